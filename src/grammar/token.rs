//! Tokens of a sentence, read with nom over `&str`, with byte offsets into the article.

use nom::branch::alt;
use nom::bytes::complete::take_while1;
use nom::character::complete::satisfy;
use nom::combinator::{map, recognize};
use nom::{IResult, Offset, Parser};

use super::lexicon::{Lexicon, WordInfo};

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Letters and digits, with inner apostrophes, hyphens and dots ("isn’t", "U.S", "3.5").
    Word,
    /// An opening quotation mark.
    Open,
    /// A closing quotation mark.
    Close,
    /// Any other mark: , ; : — ( ) . ? !
    Punct,
}

/// One token: its kind and byte range in the article text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tok {
    pub kind: Kind,
    pub start: usize,
    pub end: usize,
    /// True when the token stands inside a quotation (not counting the marks).
    pub quoted: bool,
    /// The word in lower case, when it differs from the text.
    pub lower: Option<Box<str>>,
    /// What the grammar's word lists say of the word.
    pub info: WordInfo,
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '$' || c == '%' || c == '_' || c == '@' || c == '#'
}

/// A word: runs of word characters joined by ’ ' - . , & when a word character follows
/// ("Abbas’s", "Russian-language", "U.S", "30,000", "AT&T").
fn word(i: &str) -> IResult<&str, &str> {
    recognize((
        take_while1(is_word_char),
        nom::multi::many0_count((
            satisfy(|c| matches!(c, '’' | '\'' | '-' | '.' | ',' | '&' | '‘')),
            take_while1(is_word_char),
        )),
    ))
    .parse(i)
}

/// One token and the white space before it.
fn token(i: &str) -> IResult<&str, (Kind, &str)> {
    let (i, _) = take_while0_ws(i)?;
    alt((
        map(word, |w| (Kind::Word, w)),
        map(recognize(satisfy(|c| !c.is_whitespace())), |p| {
            (Kind::Punct, p)
        }),
    ))
    .parse(i)
}

/// Unicode white space (nom's multispace is ASCII only).
fn take_while0_ws(i: &str) -> IResult<&str, &str> {
    nom::bytes::complete::take_while(char::is_whitespace)(i)
}

/// Tokenize `text[start..end]`. Quote marks are told apart by the quotations found for
/// the paragraph (`quotes`: byte ranges including their marks).
pub fn tokenize(
    text: &str,
    start: usize,
    end: usize,
    quotes: &[std::ops::Range<usize>],
    lx: &Lexicon,
) -> Vec<Tok> {
    let whole = &text[start..end];
    let mut rest = whole;
    let mut out = Vec::with_capacity(whole.len() / 5);
    // Opening and closing positions, sorted, walked with cursors as tokens advance.
    let mut opens: Vec<usize> = quotes.iter().map(|q| q.start).collect();
    let mut closes: Vec<usize> = quotes.iter().map(|q| q.end).collect();
    opens.sort_unstable();
    closes.sort_unstable();
    let (mut oc, mut cc) = (0, 0);
    // Inner parts of quotations, merged and sorted, walked with a cursor.
    let mut inner: Vec<(usize, usize)> = quotes
        .iter()
        .map(|q| (q.start + 1, q.end.saturating_sub(1)))
        .collect();
    inner.sort_unstable();
    let mut merged: Vec<(usize, usize)> = Vec::with_capacity(inner.len());
    for (s, e) in inner {
        match merged.last_mut() {
            Some(last) if s <= last.1 => last.1 = last.1.max(e),
            _ => merged.push((s, e)),
        }
    }
    let mut cursor = 0;
    while !rest.is_empty() {
        match token(rest) {
            Ok((next, (kind, s))) => {
                let at = start + whole.offset(s);
                let e = at + s.len();
                while oc < opens.len() && opens[oc] < at {
                    oc += 1;
                }
                while cc < closes.len() && closes[cc] < e {
                    cc += 1;
                }
                let kind = if opens.get(oc) == Some(&at) {
                    Kind::Open
                } else if kind == Kind::Punct && closes.get(cc) == Some(&e) {
                    Kind::Close
                } else {
                    kind
                };
                while cursor < merged.len() && merged[cursor].1 <= at {
                    cursor += 1;
                }
                let quoted = matches!(kind, Kind::Word | Kind::Punct)
                    && merged
                        .get(cursor)
                        .is_some_and(|&(qs, qe)| qs <= at && e <= qe);
                let lower = (kind == Kind::Word && s.chars().any(char::is_uppercase))
                    .then(|| s.to_lowercase().into_boxed_str());
                // Words longer than any listed word cannot be in the lists.
                let info = if kind == Kind::Word && s.len() <= lx.longest_word {
                    lx.info(lower.as_deref().unwrap_or(s))
                } else {
                    WordInfo::default()
                };
                out.push(Tok {
                    kind,
                    start: at,
                    end: e,
                    quoted,
                    lower,
                    info,
                });
                rest = next;
            }
            Err(_) => break, // only white space is left
        }
    }
    // A word that swallowed a closing mark ("right.’") is rare; marks are single chars
    // and words never start with one, so nothing else to fix.
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_keep_inner_marks() {
        let t = "Abbas’s U.S. $30,000 Russian-language “deal,” he said";
        let q = crate::sentence::find_quotes(t, 0..t.len());
        let qr: Vec<_> = q.iter().map(|q| q.range.clone()).collect();
        let toks = tokenize(t, 0, t.len(), &qr, &Lexicon::embedded());
        let words: Vec<(&str, Kind)> = toks.iter().map(|k| (&t[k.start..k.end], k.kind)).collect();
        assert_eq!(
            words,
            vec![
                ("Abbas’s", Kind::Word),
                ("U.S", Kind::Word),
                (".", Kind::Punct),
                ("$30,000", Kind::Word),
                ("Russian-language", Kind::Word),
                ("“", Kind::Open),
                ("deal", Kind::Word),
                (",", Kind::Punct),
                ("”", Kind::Close),
                ("he", Kind::Word),
                ("said", Kind::Word),
            ]
        );
        assert!(toks[6].quoted && toks[7].quoted && !toks[9].quoted);
    }
}
