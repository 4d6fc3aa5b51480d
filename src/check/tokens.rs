//! Words for matching claims with articles: lowercased, possessives stripped, crude
//! suffix stemming, and a stop list. Sentences are split here too, so `check` works on
//! any text whatever the extractor finds.

/// One word of a text, with its byte range and the sentence it stands in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Lowercased, stemmed form.
    pub stem: String,
    pub start: usize,
    pub end: usize,
    pub sentence: usize,
    /// A function word (the, of, said …): kept for phrases, never matched on its own.
    pub stop: bool,
    /// A negation: not, no, never, n't …
    pub negation: bool,
}

/// Split `text` into words and sentences. Sentences end at `.`, `!`, `?` followed by
/// white space, and at line breaks. Returns the tokens and the byte range of each
/// sentence (trimmed of white space).
pub fn tokenize(text: &str) -> (Vec<Token>, Vec<(usize, usize)>) {
    let mut tokens = Vec::new();
    let mut sentences: Vec<(usize, usize)> = Vec::new();
    let mut sent_start: Option<usize> = None;
    let mut word_start: Option<usize> = None;
    let mut chars = text.char_indices().peekable();
    let push_word = |tokens: &mut Vec<Token>, s: usize, e: usize, sent: usize| {
        let raw = &text[s..e];
        let trimmed = raw.trim_matches(|c: char| c == '\'' || c == '’');
        if trimmed.is_empty() {
            return;
        }
        let lower = trimmed.to_lowercase();
        let negation = is_negation(&lower);
        let stem = stem(&lower);
        if stem.is_empty() {
            return;
        }
        let stop = STOP.binary_search(&stem.as_str()).is_ok();
        tokens.push(Token {
            stem,
            start: s,
            end: e,
            sentence: sent,
            stop,
            negation,
        });
    };
    while let Some((i, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        let in_word = c.is_alphanumeric()
            || ((c == '\'' || c == '’' || c == '-')
                && word_start.is_some()
                && next.is_some_and(char::is_alphanumeric));
        if in_word {
            if sent_start.is_none() {
                sent_start = Some(i);
            }
            if word_start.is_none() {
                word_start = Some(i);
            }
            continue;
        }
        if let Some(s) = word_start.take() {
            push_word(&mut tokens, s, i, sentences.len());
        }
        if !c.is_whitespace() && sent_start.is_none() {
            sent_start = Some(i);
        }
        let ends = match c {
            '\n' => true,
            '.' | '!' | '?' => next.is_none_or(|n| n.is_whitespace() || is_closing_quote(n)),
            _ => false,
        };
        if ends {
            if let Some(s) = sent_start.take() {
                // Keep a closing quote with its sentence.
                let mut end = i + c.len_utf8();
                if c != '\n' {
                    while let Some(&(j, n)) = chars.peek() {
                        if is_closing_quote(n) {
                            end = j + n.len_utf8();
                            chars.next();
                        } else {
                            break;
                        }
                    }
                }
                let end = if c == '\n' { i } else { end };
                close_sentence(text, s, end, &mut sentences);
            }
        }
    }
    if let Some(s) = word_start.take() {
        push_word(&mut tokens, s, text.len(), sentences.len());
    }
    if let Some(s) = sent_start.take() {
        close_sentence(text, s, text.len(), &mut sentences);
    }
    (tokens, sentences)
}

/// Record the sentence `s..e`, trimmed of white space at its end.
fn close_sentence(text: &str, s: usize, e: usize, sentences: &mut Vec<(usize, usize)>) {
    let t = text[s..e].trim_end();
    if !t.is_empty() {
        sentences.push((s, s + t.len()));
    }
}

fn is_closing_quote(c: char) -> bool {
    matches!(c, '"' | '”' | '’' | '\'' | '»' | ')')
}

fn is_negation(w: &str) -> bool {
    matches!(
        w,
        "not" | "no" | "never" | "neither" | "nor" | "none" | "nobody" | "nothing" | "cannot"
    ) || w.ends_with("n't")
        || w.ends_with("n’t")
}

/// Light stemming: possessives off, then one plural or verb suffix.
pub fn stem(word: &str) -> String {
    let mut w = word;
    for p in ["'s", "’s"] {
        if let Some(x) = w.strip_suffix(p) {
            w = x;
        }
    }
    let n = w.chars().count();
    if n <= 3 || w.chars().any(|c| c.is_ascii_digit()) {
        return w.to_string();
    }
    if let Some(x) = w.strip_suffix("ies").or_else(|| w.strip_suffix("ied")) {
        return format!("{x}y");
    }
    if w.ends_with("sses") {
        return w[..w.len() - 2].to_string();
    }
    if w.ends_with("ss") || w.ends_with("us") || w.ends_with("is") {
        return w.to_string();
    }
    if let Some(x) = w.strip_suffix("ing") {
        if x.chars().count() >= 3 {
            return x.to_string();
        }
    }
    if let Some(x) = w.strip_suffix("ed") {
        if x.chars().count() >= 3 {
            return x.to_string();
        }
    }
    if let Some(x) = w.strip_suffix("es") {
        if x.ends_with("sh") || x.ends_with("ch") || x.ends_with('x') {
            return x.to_string();
        }
    }
    if let Some(x) = w.strip_suffix('s') {
        return x.to_string();
    }
    w.to_string()
}

/// Function words and words too common in news to tell one story from another,
/// already stemmed. Sorted: looked up by binary search.
const STOP: &[&str] = &[
    "a",
    "about",
    "after",
    "again",
    "against",
    "all",
    "also",
    "am",
    "an",
    "and",
    "any",
    "are",
    "as",
    "at",
    "be",
    "because",
    "been",
    "before",
    "being",
    "between",
    "both",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "doe",
    "down",
    "dur",
    "each",
    "few",
    "for",
    "from",
    "further",
    "get",
    "had",
    "has",
    "hav",
    "have",
    "having",
    "he",
    "her",
    "here",
    "hers",
    "herself",
    "him",
    "himself",
    "his",
    "how",
    "i",
    "if",
    "in",
    "into",
    "is",
    "it",
    "its",
    "itself",
    "just",
    "me",
    "more",
    "most",
    "mr",
    "mrs",
    "ms",
    "my",
    "myself",
    "new",
    "news",
    "now",
    "of",
    "off",
    "on",
    "once",
    "only",
    "or",
    "other",
    "our",
    "ours",
    "out",
    "over",
    "own",
    "per",
    "report",
    "reportedly",
    "said",
    "same",
    "say",
    "says",
    "she",
    "should",
    "so",
    "some",
    "such",
    "tell",
    "than",
    "that",
    "the",
    "their",
    "theirs",
    "them",
    "themselve",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "to",
    "told",
    "too",
    "under",
    "until",
    "up",
    "very",
    "via",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "which",
    "while",
    "who",
    "whom",
    "whose",
    "why",
    "will",
    "with",
    "would",
    "yet",
    "you",
    "your",
    "yours",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stop_list_is_sorted() {
        let mut s = STOP.to_vec();
        s.sort_unstable();
        assert_eq!(s, STOP);
    }

    #[test]
    fn stems_collapse_inflections() {
        let got: Vec<String> = [
            "denied", "denies", "deny", "Putin's", "claims", "claimed", "talks", "boss", "crisis",
            "watches", "spoke",
        ]
        .iter()
        .map(|w| stem(&w.to_lowercase()))
        .collect();
        assert_eq!(
            got,
            [
                "deny", "deny", "deny", "putin", "claim", "claim", "talk", "boss", "crisis",
                "watch", "spoke"
            ]
        );
    }

    #[test]
    fn sentences_and_words() {
        let text = "Bennett spoke to Putin. “Is it true?” he asked.\nNo, it isn't.";
        let (toks, sents) = tokenize(text);
        let sents: Vec<&str> = sents.iter().map(|&(s, e)| &text[s..e]).collect();
        assert_eq!(
            sents,
            [
                "Bennett spoke to Putin.",
                "“Is it true?”",
                "he asked.",
                "No, it isn't."
            ]
        );
        let words: Vec<(&str, usize, bool)> = toks
            .iter()
            .map(|t| (t.stem.as_str(), t.sentence, t.negation))
            .collect();
        assert_eq!(
            words,
            [
                ("bennett", 0, false),
                ("spoke", 0, false),
                ("to", 0, false),
                ("putin", 0, false),
                ("is", 1, false),
                ("it", 1, false),
                ("true", 1, false),
                ("he", 2, false),
                ("ask", 2, false),
                ("no", 3, true),
                ("it", 3, false),
                ("isn't", 3, true),
            ]
        );
    }

    proptest::proptest! {
        /// Every word lies inside the sentence it is counted in, and sentences are in
        /// order without overlap, whatever the text.
        #[test]
        fn words_lie_inside_their_sentences(text in "[A-Za-z’'“”\". ?!\n,é-]{0,80}") {
            let (toks, sents) = tokenize(&text);
            for w in sents.windows(2) {
                proptest::prop_assert!(w[0].1 <= w[1].0);
            }
            for t in &toks {
                let (s, e) = sents[t.sentence];
                proptest::prop_assert!(s <= t.start && t.end <= e, "{t:?} in {s}..{e}");
            }
        }
    }
}
