//! Sentence splitting that keeps quotations whole.
//!
//! The splitter works on one paragraph at a time and returns byte ranges into the
//! original text. It knows abbreviations (`Mr.`, `U.S.`, `Sept.`, initials), numbers
//! (`3.5`), and quotation marks: a sentence break inside a quotation that closes later
//! in the same paragraph is not a break, so “Q1. Q2,” she said. stays one unit, as its
//! attribution needs. An unbalanced quote mark only stops that protection; it never
//! swallows the rest of the article.

use crate::text::{FastSet, Three};
use std::ops::Range;

/// Which characters open and close quotations.
pub fn is_double_quote(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '«' | '»' | '„' | '‟' | '″')
}

/// A quotation found in a paragraph: byte range including its marks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    pub range: Range<usize>,
    /// False when the closing mark was never found (the quote runs to the paragraph end).
    pub closed: bool,
}

/// Find the double (and single ‘…’) quotations of a paragraph `text[range]`.
///
/// Straight `"` opens when it stands at a word start and closes otherwise. `’` and `'`
/// close a single quotation only while one is open and not between two letters, so
/// the apostrophes of "Abbas’s" or "isn’t" are never quote marks.
pub fn find_quotes(text: &str, range: Range<usize>) -> Vec<Quote> {
    let mut out = Vec::new();
    find_quotes_into(text, range, true, &mut out);
    out
}

/// Does `text` hold a `«` or `»` (C2 AB, C2 BB)? Asked once for an article, so that the
/// paragraphs of the many articles with none are not searched for them one by one.
pub fn has_guillemets(text: &str) -> bool {
    let b = text.as_bytes();
    memchr::memchr_iter(0xC2, b).any(|i| matches!(b.get(i + 1), Some(0xAB | 0xBB)))
}

/// [`find_quotes`] into `out`, replacing what it held (one buffer for every paragraph).
/// `guillemets`: whether the paragraph may hold `«` or `»` (false only when it holds
/// none: see [`has_guillemets`]).
///
/// Returns whether the paragraph holds a `…`, seen on the way (every `…` starts with the
/// byte E2 that the marks ’ “ ” ‘ „ start with): [`Splitter::split_with`] needs to know.
pub fn find_quotes_into(
    text: &str,
    range: Range<usize>,
    guillemets: bool,
    out: &mut Vec<Quote>,
) -> bool {
    // (The paragraph's bytes: marks and the characters around them are read from bytes.)
    let b = &text.as_bytes()[range.clone()];
    out.clear();
    let mut ellipsis = false;
    let mut open_double: Option<usize> = None;
    let mut open_single: Option<usize> = None;
    let mut skip_to = 0;
    // Opening marks met inside an open double quotation, and where the last of them closed.
    let mut nested = 0usize;
    let mut inner_close: Option<usize> = None;
    for (i, c) in mark_indices(b, guillemets, &mut ellipsis) {
        if i < skip_to {
            continue;
        }
        // The characters around the mark (most often ASCII: read as bytes; any other decoded
        // from its bytes).
        let prev = match i.checked_sub(1).map(|k| b[k]) {
            None => None,
            Some(p) if p.is_ascii() => Some(char::from(p)),
            Some(_) => wide_char_before(b, i),
        };
        let next = match b.get(i + c.len_utf8()) {
            None => None,
            Some(&n) if n.is_ascii() => Some(char::from(n)),
            Some(_) => wide_char_at(b, i + c.len_utf8()),
        };
        let at = range.start + i;
        // (Asked only where it matters: most marks are apostrophes between letters.)
        let word_start = || {
            prev.is_none_or(|p| {
                p.is_whitespace() || matches!(p, '(' | '[' | '{' | '—' | '–' | '-' | '/')
            })
        };
        // An opening mark standing where a closing one belongs, after the words of an open
        // quotation and before a space ("“It's unusual,“ said Larry Noble"), closes it.
        let c = if c == '“'
            && open_double.is_some()
            && nested == 0
            && !word_start()
            && next.is_none_or(char::is_whitespace)
        {
            '”'
        } else {
            c
        };
        match c {
            '“' | '«' | '„' if open_double.is_none() => open_double = Some(at),
            // A quotation inside a quotation with the same marks ("what he calls “hell”").
            '“' | '«' if word_start() && next.is_some_and(|n| n.is_alphanumeric()) => {
                nested += 1;
            }
            // A closing mark standing where an opening one belongs (”Fear. I am …).
            '”' if open_double.is_none()
                && word_start()
                && next.is_some_and(|n| n.is_alphanumeric()) =>
            {
                open_double = Some(at);
            }
            '”' | '»' if nested > 0 && open_double.is_some() => {
                nested -= 1;
                inner_close = Some(at + c.len_utf8());
            }
            '”' | '»' => {
                if let Some(s) = open_double.take() {
                    out.push(Quote {
                        range: s..at + c.len_utf8(),
                        closed: true,
                    });
                    open_single = None;
                    nested = 0;
                    inner_close = None;
                }
            }
            '"' => {
                let closes = open_double.is_some()
                    && !(word_start() && next.is_some_and(|n| n.is_alphanumeric()));
                if closes {
                    if let Some(s) = open_double.take() {
                        out.push(Quote {
                            range: s..at + 1,
                            closed: true,
                        });
                        open_single = None;
                        nested = 0;
                        inner_close = None;
                    }
                } else if open_double.is_none() {
                    open_double = Some(at);
                }
            }
            '‘' if word_start() && open_single.is_none() => open_single = Some(at),
            // "… this guy's for real,''' Mr. English said": the first of three apostrophes
            // closes the single quotation inside, the other two the double one.
            '\'' if next == Some('\'')
                && open_single.is_some()
                && open_double.is_some()
                && b.get(i + 2) == Some(&b'\'') =>
            {
                if let Some(s) = open_single.take() {
                    out.push(Quote {
                        range: s..at + 1,
                        closed: true,
                    });
                }
            }
            '\'' if next == Some('\'') => {
                // Two apostrophes '' are a straight double quotation mark (newswire style).
                let closes = open_double.is_some()
                    && !(word_start()
                        && char_at_bytes(b, i + 2).is_some_and(|n| n.is_alphanumeric()));
                skip_to = i + 2;
                if closes {
                    if let Some(s) = open_double.take() {
                        out.push(Quote {
                            range: s..at + 2,
                            closed: true,
                        });
                        open_single = None;
                        nested = 0;
                        inner_close = None;
                    }
                } else if open_double.is_none() {
                    open_double = Some(at);
                }
                continue;
            }
            '’' | '\'' => {
                let between_letters = prev.is_some_and(|p| p.is_alphanumeric())
                    && next.is_some_and(|n| n.is_alphanumeric());
                if !between_letters {
                    if let Some(s) = open_single {
                        if c == '’' || !word_start() {
                            // A closing single mark must end a word: ’ followed by a letter
                            // is an apostrophe (’90s) and leaves the quote open.
                            if !next.is_some_and(|n| n.is_alphanumeric()) {
                                // Keep single quotes only when they are not inside a double
                                // quote that is still open (nested quotes stay nested).
                                out.push(Quote {
                                    range: s..at + c.len_utf8(),
                                    closed: true,
                                });
                                open_single = None;
                            }
                        }
                    } else if c == '\'' && word_start() && next.is_some_and(|n| n.is_alphabetic()) {
                        open_single = Some(at);
                    }
                }
            }
            _ => {}
        }
    }
    if let Some(s) = open_double {
        // “A … “B” with A never closed: B's closing mark closes A, as if nothing nested.
        out.push(match inner_close {
            Some(e) => Quote {
                range: s..e,
                closed: true,
            },
            None => Quote {
                range: s..range.end,
                closed: false,
            },
        });
    }
    out.sort_by_key(|q| (q.range.start, std::cmp::Reverse(q.range.end)));
    ellipsis
}

/// The quotation marks of a paragraph `para` (its bytes `b`) and their byte offsets, as
/// `para.match_indices(|c| matches!(c, '“' | '«' | '„' | '”' | '»' | '"' | '‘' | '’' | '\''))`
/// finds them, reading bytes: every such mark starts with `"`, `'`, 0xE2 or 0xC2 (the
/// last only `«` and `»`: not searched for when `guillemets` is false). A `…` met on the
/// way (it starts with 0xE2 too) sets `ellipsis`.
fn mark_indices<'a>(
    b: &'a [u8],
    guillemets: bool,
    ellipsis: &'a mut bool,
) -> impl Iterator<Item = (usize, char)> + 'a {
    // The candidate bytes, found with memchr (three at once, and 0xC2 apart), in order:
    // each search runs one candidate ahead (`usize::MAX`: none left), and the nearer is
    // taken. (An article without « » asks for no 0xC2, not even in an empty haystack.)
    let three_from = move |from: usize| {
        MARK_STARTS
            .find(&b[from..])
            .map_or(usize::MAX, |i| from + i)
    };
    let c2_from = move |from: usize| {
        if guillemets {
            memchr::memchr(0xC2, &b[from..]).map_or(usize::MAX, |i| from + i)
        } else {
            usize::MAX
        }
    };
    let mut three = three_from(0);
    let mut c2 = c2_from(0);
    std::iter::from_fn(move || loop {
        let i = three.min(c2);
        if i == usize::MAX {
            return None;
        }
        // (No byte is both: 0xC2 is none of the three.)
        if i == three {
            three = three_from(i + 1);
        } else {
            c2 = c2_from(i + 1);
        }
        // The mark a candidate byte starts, told by its bytes without decoding: " and '
        // alone, E2 80 then 98 99 9C 9D 9E (‘ ’ “ ” „), C2 then AB BB (« »); E2 80 A6 is a
        // `…`.
        let c = match (b[i], b.get(i + 1), b.get(i + 2)) {
            (b'"', _, _) => '"',
            (b'\'', _, _) => '\'',
            (0xE2, Some(0x80), Some(0x98)) => '‘',
            (0xE2, Some(0x80), Some(0x99)) => '’',
            (0xE2, Some(0x80), Some(0x9C)) => '“',
            (0xE2, Some(0x80), Some(0x9D)) => '”',
            (0xE2, Some(0x80), Some(0x9E)) => '„',
            (0xC2, Some(0xAB), _) => '«',
            (0xC2, Some(0xBB), _) => '»',
            (0xE2, Some(0x80), Some(0xA6)) => {
                *ellipsis = true;
                continue;
            }
            _ => continue,
        };
        return Some((i, c));
    })
}

/// The sentence terminators `.`, `!`, `?`.
static TERMINATORS: Three = Three::new(b'.', b'!', b'?');
/// The bytes that start a quotation mark but `«` and `»`: `"`, `'`, and E2 (’ “ ” ‘ „).
static MARK_STARTS: Three = Three::new(b'"', b'\'', 0xE2);

/// The first sentence terminator of the bytes `b` of a text `s` (`.`, `!`, `?` or `…`), as
/// `s.find(['.', '!', '?', '…'])` finds it (`…` is E2 80 A6). `ellipsis`: whether `b` may
/// hold a `…` (false only when it holds none: see [`find_quotes_into`]).
fn find_terminator(b: &[u8], ellipsis: bool) -> Option<usize> {
    let ascii = TERMINATORS.find(b);
    if !ellipsis {
        return ascii;
    }
    find_ellipsis(&b[..ascii.unwrap_or(b.len())]).or(ascii)
}

/// The first `…` (E2 80 A6) of `b`.
fn find_ellipsis(b: &[u8]) -> Option<usize> {
    memchr::memchr_iter(0xE2, b).find(|&i| b.get(i + 1..i + 3) == Some(&[0x80, 0xA6]))
}

/// The sentence splitter, with its abbreviation list.
#[derive(Debug, Clone)]
pub struct Splitter {
    abbreviations: FastSet<String>,
    /// The length of the longest abbreviation: a longer word is none (most words before a
    /// full stop are), and is not looked up.
    longest: usize,
    /// One bit for each abbreviation's [`abbreviation_bit`], of 1,024: a word whose bit is
    /// not set is none, told without hashing it for the set (most words before a full stop).
    bits: [u64; 16],
}

/// Where the bit of `w` is in [`Splitter::bits`]: from its length and its first and last bytes.
fn abbreviation_bit(w: &[u8]) -> usize {
    let (first, last) = (w.first().copied(), w.last().copied());
    (w.len() + usize::from(first.unwrap_or(0)) * 31 + usize::from(last.unwrap_or(0)) * 7) % 1024
}

impl Splitter {
    /// Build from an abbreviation list: one word per line, `#` comments.
    pub fn new(abbreviations: &str) -> Self {
        let abbreviations: FastSet<String> = abbreviations
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(str::to_string)
            .collect();
        let longest = abbreviations.iter().map(String::len).max().unwrap_or(0);
        let mut bits = [0u64; 16];
        for a in &abbreviations {
            let k = abbreviation_bit(a.as_bytes());
            bits[k / 64] |= 1 << (k % 64);
        }
        Splitter {
            abbreviations,
            longest,
            bits,
        }
    }

    /// Split the paragraph `text[range]` into sentence ranges (trimmed of white space).
    pub fn split(&self, text: &str, range: Range<usize>) -> Vec<Range<usize>> {
        let mut quotes = Vec::new();
        let ellipsis = find_quotes_into(text, range.clone(), true, &mut quotes);
        let mut out = Vec::new();
        self.split_with(text, range, &quotes, ellipsis, &mut out);
        out
    }

    /// [`Splitter::split`] into `out` (replacing what it held: one buffer for every
    /// paragraph), with the paragraph's quotations already found, and whether it holds a
    /// `…` (both as [`find_quotes_into`] tells them).
    pub fn split_with(
        &self,
        text: &str,
        range: Range<usize>,
        quotes: &[Quote],
        ellipsis: bool,
        out: &mut Vec<Range<usize>>,
    ) {
        // Closed double quotations: no sentence breaks inside them.
        let protected = |q: &Quote| {
            let s = &text[q.range.clone()];
            q.closed && (s.starts_with("''") || is_double_quote(s.chars().next().unwrap_or(' ')))
        };
        // Double quotations never nest, so in `quotes` (sorted by start) they are sorted and
        // disjoint, and read in place (no list of them made for each paragraph).
        // A break at `b` whose run of marks ends at `run_end` is inside a quotation when
        // the quotation goes on after the run. Breaks come in text order, so a cursor
        // passes each quotation once: one that ends before a break, or is no closed double
        // quotation, holds none of the breaks after it either.
        let mut cursor = 0;
        let mut in_quote = |b: usize, run_end: usize| {
            while quotes
                .get(cursor)
                .is_some_and(|q| q.range.end <= b || !protected(q))
            {
                cursor += 1;
            }
            quotes
                .get(cursor)
                .is_some_and(|q| q.range.start < b && run_end < q.range.end)
        };
        let para = &text[range.clone()];
        out.clear();
        let mut start = range.start;
        let end_of = range.end;
        let char_at = |b: usize| char_before_end(text, b, end_of);
        let mut pos = range.start;
        // (Most paragraphs have no `…`, and then each terminator is found by one search for
        // three bytes, rather than one more for the first byte of `…`, which starts ’ “ ” —
        // too.)
        // (The bytes searched: no test that their ends are character boundaries.)
        while let Some(rel) = find_terminator(&text.as_bytes()[pos..end_of], ellipsis) {
            let at = pos + rel;
            let c = char_at(at).unwrap_or('.');
            // Take the run of terminators and closing marks: ?!” ).
            let mut j = at + c.len_utf8();
            while let Some(nc) = char_at(j) {
                // (The character after is read only for ’ and ', whose closing depends on it.)
                let after = || char_at(j + nc.len_utf8());
                if matches!(nc, '.' | '!' | '?' | '…' | ')' | ']') || is_closing(nc, after) {
                    j += nc.len_utf8();
                } else {
                    break;
                }
            }
            let end = j;
            // Must be followed by white space and then a sentence start.
            let n = skip_space(text, j, end_of);
            let followed_by_space = n > j;
            let next = char_at(n);
            let starts_sentence =
                next.is_some_and(|x| x.is_uppercase() || x.is_numeric() || is_opening(x));
            if followed_by_space
                && starts_sentence
                && !in_quote(at, end)
                && !(c == '.' && self.is_abbreviation(para, at - range.start, next))
            {
                push_trimmed(text, start..end, out);
                start = n;
                pos = n;
            } else {
                pos = end;
            }
        }
        push_trimmed(text, start..range.end, out);
    }

    /// Is the period at `dot` (byte offset in `para`) the end of an abbreviation?
    fn is_abbreviation(&self, para: &str, dot: usize, next: Option<char>) -> bool {
        let before = &para[..dot];
        let word = &before[word_start(before)..];
        if word.is_empty() {
            return false;
        }
        let k = abbreviation_bit(word.as_bytes());
        if word.len() <= self.longest
            && self.bits[k / 64] & (1 << (k % 64)) != 0
            && self.abbreviations.contains(word)
        {
            return true;
        }
        // Initials and dotted acronyms: "J.", "U.S.", "U.N." (one letter between dots).
        // (Most words are told none by their first two bytes: an ASCII first character
        // that is no capital, or one that a dot does not follow.)
        let b = word.as_bytes();
        if b[0].is_ascii() && !(b[0].is_ascii_uppercase() && b.get(1).is_none_or(|&c| c == b'.')) {
            return false;
        }
        let mut letters = 0;
        if word.split('.').all(|p| {
            letters += 1;
            p.chars().count() == 1 && p.chars().all(|c| c.is_uppercase())
        }) {
            // "in the U.S. The …" is ambiguous; a following pronoun or article starts a sentence.
            return !(letters > 1
                && next.is_some_and(|c| c.is_uppercase())
                && ends_sentence_like(para, dot));
        }
        false
    }
}

/// Where the word that ends `before` starts: after its last white space, `(`, opening mark
/// or `—` (0 when there is none).
fn word_start(before: &str) -> usize {
    // ASCII bytes read backwards, without decoding characters; a non-ASCII character (rare in
    // a word before a period) sends the search to the characters.
    for (i, &b) in before.as_bytes().iter().enumerate().rev() {
        if !b.is_ascii() {
            return word_start_by_chars(before);
        }
        if matches!(
            b,
            b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r' | b'(' | b'"' | b'\'' | b'['
        ) {
            return i + 1;
        }
    }
    0
}

/// [`word_start`] read character by character.
fn word_start_by_chars(before: &str) -> usize {
    before
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace() || c == '(' || is_opening(c) || c == '—')
        .map(|(i, c)| i + c.len_utf8())
        .unwrap_or(0)
}

/// After a dotted acronym, does a common sentence opener follow?
fn ends_sentence_like(para: &str, dot: usize) -> bool {
    let rest = para[dot + 1..].trim_start();
    let w: String = rest.chars().take_while(|c| c.is_alphabetic()).collect();
    matches!(
        w.as_str(),
        "The"
            | "He"
            | "She"
            | "It"
            | "They"
            | "We"
            | "I"
            | "But"
            | "And"
            | "This"
            | "That"
            | "In"
            | "A"
    )
}

fn is_opening(c: char) -> bool {
    matches!(c, '“' | '"' | '‘' | '\'' | '«' | '„' | '(' | '[')
}

/// Does `c` close a quotation, `next` giving the character after it?
fn is_closing(c: char, next: impl FnOnce() -> Option<char>) -> bool {
    matches!(c, '”' | '»' | '"')
        || (matches!(c, '’' | '\'') && !next().is_some_and(|n| n.is_alphanumeric()))
}

/// Where the white space that starts `text[from..end]` ends, as `text[from..end].trim_start()`
/// finds it: ASCII white space passed byte by byte, the rest (rare) by characters.
fn skip_space(text: &str, from: usize, end: usize) -> usize {
    let b = &text.as_bytes()[..end];
    let mut i = from;
    while let Some(&x) = b.get(i) {
        if matches!(x, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r') {
            i += 1;
        } else if x.is_ascii() {
            return i;
        } else {
            return end - text[i..end].trim_start().len();
        }
    }
    i
}

/// The character at byte `b` of `text[..end]`, if any. (An ASCII character, as most are,
/// is read without decoding. Always inlined: the splitter asks for the characters around
/// every terminator, and a call each cost more than the reading.)
#[inline(always)]
fn char_before_end(text: &str, b: usize, end: usize) -> Option<char> {
    char_at_bytes(&text.as_bytes()[..end], b)
}

/// The character at byte `at` of the bytes `b` of a text (`at` a character boundary), if any.
#[inline(always)]
fn char_at_bytes(b: &[u8], at: usize) -> Option<char> {
    match b.get(at) {
        Some(&x) if x.is_ascii() => Some(char::from(x)),
        // (Decoded from its bytes, which its first tells the number of: `at` is a character
        // boundary, and no test of it is needed, as a slice of the text would make.)
        Some(_) => wide_char_at(b, at),
        None => None,
    }
}

/// The character of several bytes that starts at byte `at` of `b` (the bytes of a text, `at`
/// a character boundary), decoded from its bytes, which its first tells the number of.
#[inline(always)]
fn wide_char_at(b: &[u8], at: usize) -> Option<char> {
    let x = u32::from(*b.get(at)?);
    let more = |k: usize| b.get(at + k).map_or(0, |&c| u32::from(c & 0x3F));
    let c = match x {
        0xC0..=0xDF => ((x & 0x1F) << 6) | more(1),
        0xE0..=0xEF => ((x & 0x0F) << 12) | (more(1) << 6) | more(2),
        _ => ((x & 0x07) << 18) | (more(1) << 12) | (more(2) << 6) | more(3),
    };
    char::from_u32(c)
}

/// The character of several bytes that ends before byte `end` of `b` (the bytes of a text,
/// `end` a character boundary): its first byte is the last before `end` that is no
/// continuation byte.
#[inline(always)]
fn wide_char_before(b: &[u8], end: usize) -> Option<char> {
    let mut k = end.checked_sub(1)?;
    while k > 0 && b[k] & 0xC0 == 0x80 {
        k -= 1;
    }
    wide_char_at(b, k)
}

fn push_trimmed(text: &str, r: Range<usize>, out: &mut Vec<Range<usize>>) {
    // Most sentences start and end with a visible ASCII character: nothing to trim, no
    // characters to decode (told by the bytes: no str slice is made).
    let b = &text.as_bytes()[r.clone()];
    if b.first().is_some_and(u8::is_ascii_graphic) && b.last().is_some_and(u8::is_ascii_graphic) {
        out.push(r);
        return;
    }
    let s = &text[r.clone()];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead + trail < s.len() {
        out.push(r.start + lead..r.end - trail);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// The byte scanners find what `str`'s char searches find.
        #[test]
        fn byte_scans_agree_with_char_searches(s in "([a-z .!?…“”«»„\"‘’'\u{a0}\u{2026}\u{2019}\u{e9}\u{20ac}(\\[\t\n\u{b}—]|\\PC){0,40}") {
            let is_mark = |c: char| matches!(c, '“' | '«' | '„' | '”' | '»' | '"' | '‘' | '’' | '\'');
            let expected = s.match_indices(is_mark).collect::<Vec<_>>();
            let mut ellipsis = false;
            let marks = |guillemets: bool, ellipsis: &mut bool| {
                mark_indices(s.as_bytes(), guillemets, ellipsis)
                    .map(|(i, c)| (i, &s[i..i + c.len_utf8()]))
                    .collect::<Vec<_>>()
            };
            prop_assert_eq!(marks(true, &mut ellipsis), expected.clone());
            prop_assert_eq!(ellipsis, s.contains('…'));
            // Told that there is no « or », it finds the same where there is none.
            prop_assert_eq!(has_guillemets(&s), s.contains(['«', '»']));
            if !s.contains(['«', '»']) {
                let mut ellipsis = false;
                prop_assert_eq!(marks(false, &mut ellipsis), expected);
                prop_assert_eq!(ellipsis, s.contains('…'));
            }
            let mut quotes = Vec::new();
            prop_assert_eq!(find_quotes_into(&s, 0..s.len(), has_guillemets(&s), &mut quotes), s.contains('…'));
            prop_assert_eq!(quotes, find_quotes(&s, 0..s.len()));
            prop_assert_eq!(find_terminator(s.as_bytes(), true), s.find(['.', '!', '?', '…']));
            prop_assert_eq!(word_start(&s), word_start_by_chars(&s));
            for from in (0..=s.len()).filter(|&i| s.is_char_boundary(i)) {
                prop_assert_eq!(skip_space(&s, from, s.len()), s.len() - s[from..].trim_start().len());
                prop_assert_eq!(char_before_end(&s, from, s.len()), s[from..].chars().next());
                if s[..from].chars().next_back().is_some_and(|c| !c.is_ascii()) {
                    prop_assert_eq!(wide_char_before(s.as_bytes(), from), s[..from].chars().next_back());
                }
            }
            if !s.contains('…') {
                prop_assert_eq!(find_terminator(s.as_bytes(), false), s.find(['.', '!', '?', '…']));
            }
        }
    }

    fn split(t: &str) -> Vec<&str> {
        let s = Splitter::new(include_str!("../grammars/en/abbreviations.txt"));
        s.split(t, 0..t.len()).into_iter().map(|r| &t[r]).collect()
    }

    #[test]
    fn abbreviations_and_initials_do_not_split() {
        assert_eq!(
            split("Mr. Putin met Sen. J. Smith in the U.S. capital on Sept. 5. He left."),
            vec![
                "Mr. Putin met Sen. J. Smith in the U.S. capital on Sept. 5.",
                "He left."
            ]
        );
    }

    #[test]
    fn quotes_spanning_sentences_stay_whole() {
        assert_eq!(
            split("“You should resign. You should go,” Warren said. Then she left."),
            vec![
                "“You should resign. You should go,” Warren said.",
                "Then she left."
            ]
        );
    }

    #[test]
    fn unbalanced_quote_degrades_one_sentence_only() {
        assert_eq!(
            split("He said “it is over. They left. Nobody came."),
            vec!["He said “it is over.", "They left.", "Nobody came."]
        );
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        let t = "Abbas’s meeting isn’t over. The countries’ militaries met.";
        assert!(find_quotes(t, 0..t.len()).is_empty());
        assert_eq!(
            split(t),
            vec![
                "Abbas’s meeting isn’t over.",
                "The countries’ militaries met."
            ]
        );
    }

    #[test]
    fn three_apostrophes_close_a_single_then_a_double_quotation() {
        let t = "''Part of my job is to say: 'Hey, this guy's for real,''' Mr. English said.";
        let got: Vec<_> = find_quotes(t, 0..t.len())
            .into_iter()
            .map(|q| (&t[q.range], q.closed))
            .collect();
        assert_eq!(
            got,
            [
                (
                    "''Part of my job is to say: 'Hey, this guy's for real,'''",
                    true
                ),
                ("'Hey, this guy's for real,'", true)
            ]
        );
    }

    #[test]
    fn numbers_do_not_split() {
        assert_eq!(
            split("It rose 3.5 percent. Then fell."),
            vec!["It rose 3.5 percent.", "Then fell."]
        );
    }

    #[test]
    fn double_quotes_nest_and_a_misdirected_mark_opens() {
        let quoted = |t: &str| -> Vec<String> {
            find_quotes(t, 0..t.len())
                .into_iter()
                .map(|q| t[q.range].to_string())
                .collect()
        };
        assert_eq!(
            quoted("“I’d rather live in what he calls “hell” than here.” ― Adriana Rodarte"),
            vec!["“I’d rather live in what he calls “hell” than here.”"]
        );
        assert_eq!(
            quoted("”Fear. I am truly afraid.” ― Edwin G. Monroy"),
            vec!["”Fear. I am truly afraid.”"]
        );
        // An opening mark never closed: the later closing mark still ends the quotation.
        assert_eq!(
            quoted("He said “it is over and “done” now."),
            vec!["“it is over and “done”"]
        );
        // An opening mark after the words and before a space closes: a typo for ”.
        assert_eq!(
            quoted("“It's unusual,“ said Larry Noble. “It's hard.”"),
            vec!["“It's unusual,“", "“It's hard.”"]
        );
    }

    #[test]
    fn single_quotes_in_headlines() {
        let t = "Warren: ‘You Should Be Investigated.’";
        let q = find_quotes(t, 0..t.len());
        assert_eq!(q.len(), 1);
        assert_eq!(&t[q[0].range.clone()], "‘You Should Be Investigated.’");
    }
}

#[cfg(test)]
mod more_tests {
    use super::*;

    #[test]
    fn a_quote_closing_a_sentence_splits_after_the_mark() {
        let t = "He said “it is over.” Then he left.";
        let s = Splitter::new("Mr");
        let got: Vec<&str> = s.split(t, 0..t.len()).into_iter().map(|r| &t[r]).collect();
        assert_eq!(got, vec!["He said “it is over.”", "Then he left."]);
    }
}

#[cfg(test)]
mod quote_break_tests {
    use super::*;

    fn split(t: &str) -> Vec<&str> {
        let s = Splitter::new(include_str!("../grammars/en/abbreviations.txt"));
        s.split(t, 0..t.len()).into_iter().map(|r| &t[r]).collect()
    }

    #[test]
    fn a_sentence_break_before_an_opening_quote() {
        assert_eq!(
            split("“It’s finished,” she said of the election. “In my head, anyway.”"),
            vec![
                "“It’s finished,” she said of the election.",
                "“In my head, anyway.”"
            ]
        );
        assert_eq!(
            split(
                "''It's more,'' said Alan Cole. ''I wouldn't call it reform. There aren't any.''"
            ),
            vec![
                "''It's more,'' said Alan Cole.",
                "''I wouldn't call it reform. There aren't any.''"
            ]
        );
    }
}
