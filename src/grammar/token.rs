//! Tokens of a sentence, with byte offsets into the article.
//!
//! The token grammar, written with nom in [`reference`] (the tests check the fast scanner
//! against it):
//!
//! ```text
//! token := ws* (word | mark)
//! word  := wordchar+ ( joiner wordchar+ )*      joiner := ’ ' - . , & ‘
//! mark  := any one character that is not white space
//! ```

use std::ops::{Deref, Range};

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
    /// The word in lower case, when it differs from the text: a byte range into
    /// [`Tokens::lower`].
    pub lower: Option<(u32, u32)>,
    /// What the grammar's word lists say of the word.
    pub info: WordInfo,
}

/// The tokens of a paragraph, and the lower-case forms of its words with capitals, one
/// after the other in one string (no allocation per word).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tokens {
    pub toks: Vec<Tok>,
    pub lower: String,
}

impl Deref for Tokens {
    type Target = [Tok];
    fn deref(&self) -> &[Tok] {
        &self.toks
    }
}

impl Tok {
    /// The byte length of [`Tok::lower_form`].
    #[inline]
    pub fn lower_len(&self) -> usize {
        match self.lower {
            Some((s, e)) => (e - s) as usize,
            None => self.end - self.start,
        }
    }

    /// The word in lower case: `lower` is the [`Tokens::lower`] of its paragraph.
    #[inline]
    pub fn lower_form<'a>(&self, text: &'a str, lower: &'a str) -> &'a str {
        match self.lower {
            Some((s, e)) => lower.get(s as usize..e as usize).unwrap_or_default(),
            None => text.get(self.start..self.end).unwrap_or_default(),
        }
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '$' || c == '%' || c == '_' || c == '@' || c == '#'
}

fn is_joiner(c: char) -> bool {
    matches!(c, '’' | '\'' | '-' | '.' | ',' | '&' | '‘')
}

/// For each ASCII byte: 1 when a word character, 2 when white space.
const ASCII_CLASS: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        if c.is_ascii_alphanumeric() || matches!(c, b'$' | b'%' | b'_' | b'@' | b'#') {
            t[b] = 1;
        } else if matches!(c, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r') {
            t[b] = 2;
        }
        b += 1;
    }
    t
};

/// The character at byte `i` of `s` (a char boundary) and its length.
fn char_at(s: &str, i: usize) -> Option<(char, usize)> {
    let b = *s.as_bytes().get(i)?;
    if b < 128 {
        return Some((b as char, 1));
    }
    let c = s.get(i..)?.chars().next()?;
    Some((c, c.len_utf8()))
}

fn word_char_at(s: &str, i: usize) -> Option<usize> {
    match s.as_bytes().get(i) {
        Some(&b) if b < 128 => (ASCII_CLASS[b as usize] == 1).then_some(1),
        Some(_) => char_at(s, i).and_then(|(c, l)| is_word_char(c).then_some(l)),
        None => None,
    }
}

/// The end of the run of word characters starting at `i` (`i` when there is none).
fn word_chars(s: &str, mut i: usize) -> usize {
    while let Some(l) = word_char_at(s, i) {
        i += l;
    }
    i
}

/// The next token of `s` at or after byte `i`: its kind (word or mark) and byte range.
fn next_token(s: &str, mut i: usize) -> Option<(Kind, usize, usize)> {
    // White space.
    loop {
        let b = *s.as_bytes().get(i)?;
        if b < 128 {
            if ASCII_CLASS[b as usize] != 2 {
                break;
            }
            i += 1;
        } else {
            let (c, l) = char_at(s, i)?;
            if !c.is_whitespace() {
                break;
            }
            i += l;
        }
    }
    let start = i;
    let first = word_chars(s, i);
    if first == start {
        let (_, l) = char_at(s, i)?;
        return Some((Kind::Punct, start, start + l));
    }
    let mut end = first;
    // Joined parts: a joiner counts only when a word character follows it.
    while let Some((c, l)) = char_at(s, end) {
        if !is_joiner(c) {
            break;
        }
        let after = word_chars(s, end + l);
        if after == end + l {
            break;
        }
        end = after;
    }
    Some((Kind::Word, start, end))
}

/// Tokenize `text[start..end]`. Quote marks are told apart by the quotations found for
/// the paragraph (`quotes`: byte ranges including their marks).
pub fn tokenize(
    text: &str,
    start: usize,
    end: usize,
    quotes: &[Range<usize>],
    lx: &Lexicon,
) -> Tokens {
    let mut out = Tokens::default();
    tokenize_into(text, start, end, quotes, lx, &mut out);
    out
}

/// [`tokenize`] into `out`, reusing its buffers.
pub fn tokenize_into(
    text: &str,
    start: usize,
    end: usize,
    quotes: &[Range<usize>],
    lx: &Lexicon,
    out: &mut Tokens,
) {
    out.toks.clear();
    out.lower.clear();
    let Some(whole) = text.get(start..end) else {
        return;
    };
    out.toks.reserve(whole.len() / 5);
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
    let mut pos = 0;
    while let Some((kind, s, e)) = next_token(whole, pos) {
        pos = e;
        let w = &whole[s..e];
        let at = start + s;
        let e = start + e;
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
        let mut lower = None;
        let mut info = WordInfo::default();
        if kind == Kind::Word {
            let from = out.lower.len();
            // One pass tells the common case, ASCII without capitals, which needs nothing.
            let plain = !w.bytes().any(|b| b >= 0x80 || b.is_ascii_uppercase());
            if plain {
                // The word is its own lower-case form.
            } else if w.is_ascii() {
                out.lower
                    .extend(w.bytes().map(|b| b.to_ascii_lowercase() as char));
            } else if w.chars().any(char::is_uppercase) {
                out.lower.push_str(&w.to_lowercase());
            }
            let l = if out.lower.len() > from {
                lower = Some((from as u32, out.lower.len() as u32));
                &out.lower[from..]
            } else {
                w
            };
            // Words longer than any listed word cannot be in the lists.
            if w.len() <= lx.longest_word {
                info = lx.info(l);
            }
            if l.ends_with("n't") || l.ends_with("n’t") {
                info.flags |= WordInfo::CONTRACTION;
            }
        }
        out.toks.push(Tok {
            kind,
            start: at,
            end: e,
            quoted,
            lower,
            info,
        });
    }
}

/// The token grammar written with nom: the definition the fast scanner follows.
#[cfg(test)]
pub(crate) mod reference {
    use nom::branch::alt;
    use nom::bytes::complete::take_while1;
    use nom::character::complete::satisfy;
    use nom::combinator::{map, recognize};
    use nom::{IResult, Offset, Parser};

    use super::{is_joiner, is_word_char, Kind};

    /// A word: runs of word characters joined by ’ ' - . , & when a word character follows
    /// ("Abbas’s", "Russian-language", "U.S", "30,000", "AT&T").
    fn word(i: &str) -> IResult<&str, &str> {
        recognize((
            take_while1(is_word_char),
            nom::multi::many0_count((satisfy(is_joiner), take_while1(is_word_char))),
        ))
        .parse(i)
    }

    /// One token and the white space before it.
    fn token(i: &str) -> IResult<&str, (Kind, &str)> {
        let (i, _) = nom::bytes::complete::take_while(char::is_whitespace)(i)?;
        alt((
            map(word, |w| (Kind::Word, w)),
            map(recognize(satisfy(|c| !c.is_whitespace())), |p| {
                (Kind::Punct, p)
            }),
        ))
        .parse(i)
    }

    /// Words and marks of `s` with their byte ranges.
    pub fn tokens(s: &str) -> Vec<(Kind, usize, usize)> {
        let mut rest = s;
        let mut out = Vec::new();
        while let Ok((next, (kind, t))) = token(rest) {
            let at = s.offset(t);
            out.push((kind, at, at + t.len()));
            rest = next;
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

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
        let lower: Vec<&str> = toks.iter().map(|k| k.lower_form(t, &toks.lower)).collect();
        assert_eq!(
            &lower[..5],
            ["abbas’s", "u.s", ".", "$30,000", "russian-language"]
        );
    }

    proptest! {
        /// The scanner finds the tokens the nom grammar finds; a word with capitals has
        /// its `str::to_lowercase` form, any other token is its own text.
        #[test]
        fn scanner_follows_the_grammar(s in "([ \t\n\u{a0}\u{2003}a-zA-Z0-9$%_@#’'.,&‘\"“”«»!?;:()—–-]|[ÀÉİΣßéñῼ]|\\PC){0,60}") {
            let lx = Lexicon::embedded();
            let toks = tokenize(&s, 0, s.len(), &[], &lx);
            let got: Vec<(Kind, usize, usize)> = toks.iter().map(|t| (t.kind, t.start, t.end)).collect();
            prop_assert_eq!(got, reference::tokens(&s));
            for t in toks.iter() {
                let w = &s[t.start..t.end];
                let caps = t.kind == Kind::Word && w.chars().any(char::is_uppercase);
                let want = if caps { w.to_lowercase() } else { w.to_string() };
                prop_assert_eq!(t.lower_form(&s, &toks.lower), want);
                prop_assert_eq!(t.lower.is_some(), caps);
            }
        }
    }
}
