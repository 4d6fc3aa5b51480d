//! Word lists of `check`: refuting words (`grammars/en/refute.txt`), words that make a
//! claim a denial (`grammars/en/denial.txt`) and hedges (`grammars/en/discuss.txt`),
//! matched as sequences of stems.

use std::collections::HashMap;

use super::tokens::{tokenize, Token};

/// The embedded refuting words.
pub const REFUTE_EN: &str = include_str!("../../grammars/en/refute.txt");
/// The embedded words that make a claim to check a denial (with [`REFUTE_EN`]).
pub const DENIAL_EN: &str = include_str!("../../grammars/en/denial.txt");
/// The embedded hedges.
pub const DISCUSS_EN: &str = include_str!("../../grammars/en/discuss.txt");

/// Phrases indexed by their first stem.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    by_first: HashMap<String, Vec<Vec<String>>>,
}

/// One match: the index of its first token and its length in tokens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub token: usize,
    pub len: usize,
}

impl Lexicon {
    /// Parse a word list: one entry per line, `#` starts a comment line.
    pub fn parse(list: &str) -> Self {
        let mut by_first: HashMap<String, Vec<Vec<String>>> = HashMap::new();
        for line in list.lines().map(str::trim) {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let stems: Vec<String> = tokenize(line).0.into_iter().map(|t| t.stem).collect();
            let Some(first) = stems.first() else { continue };
            let v = by_first.entry(first.clone()).or_default();
            if !v.contains(&stems) {
                v.push(stems);
            }
        }
        // Longest first, so "not true" wins over a shorter entry at the same place.
        for v in by_first.values_mut() {
            v.sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| a.cmp(b)));
        }
        Lexicon { by_first }
    }

    /// Every non-overlapping match in `tokens`, left to right; a phrase never crosses a
    /// sentence boundary.
    pub fn find(&self, tokens: &[Token]) -> Vec<Hit> {
        let mut hits = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            let mut len = 0;
            if let Some(entries) = self.by_first.get(&tokens[i].stem) {
                for e in entries {
                    let fits = tokens.get(i..i + e.len()).is_some_and(|w| {
                        w.iter().zip(e).all(|(t, s)| &t.stem == s)
                            && w.iter().all(|t| t.sentence == tokens[i].sentence)
                    });
                    if fits {
                        len = e.len();
                        break;
                    }
                }
            }
            if len > 0 {
                hits.push(Hit { token: i, len });
                i += len;
            } else {
                i += 1;
            }
        }
        hits
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_match_on_stems_within_a_sentence() {
        let lex = Lexicon::parse("# comment\nno evidence\ndenied\nnot true\n");
        let (toks, _) = tokenize("Officials denied it. There is no evidence, and it is not. True");
        let hits = lex.find(&toks);
        let words: Vec<String> = hits
            .iter()
            .map(|h| {
                toks[h.token..h.token + h.len]
                    .iter()
                    .map(|t| t.stem.as_str())
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect();
        assert_eq!(words, ["deny", "no evidence"]);
    }

    #[test]
    fn embedded_lists_parse() {
        let r = Lexicon::parse(REFUTE_EN);
        let d = Lexicon::parse(DISCUSS_EN);
        let (toks, _) = tokenize("The report was a hoax, according to police.");
        assert_eq!(r.find(&toks), [Hit { token: 4, len: 1 }]);
        assert_eq!(
            d.find(&toks),
            [Hit { token: 1, len: 1 }, Hit { token: 5, len: 2 }]
        );
    }
}
