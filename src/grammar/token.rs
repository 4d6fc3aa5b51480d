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
    /// The first 8 bytes of [`Tok::lower_form`], zero-padded (see [`head`]): with the
    /// length, most comparisons with a word of a list are one integer compare.
    pub head: u64,
    /// [`Tok::UPPER`] and [`Tok::NUMERIC`]: what the first character of a word is.
    pub first: u8,
}

/// The tokens of a paragraph, and the lower-case forms of its words with capitals in one
/// string (no allocation per word): the paragraph with its ASCII capitals lower-cased (a
/// word's offset in it is its offset in the paragraph), then the forms of words with
/// other characters, one after the other.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tokens {
    pub toks: Vec<Tok>,
    pub lower: String,
    /// Buffers of [`tokenize_into`], kept for the next paragraph.
    scratch: Scratch,
}

/// The quotation marks' positions sorted, reused from one paragraph to the next. Not
/// part of the tokens: any two are equal.
#[derive(Debug, Clone, Default)]
struct Scratch {
    opens: Vec<usize>,
    closes: Vec<usize>,
    inner: Vec<(usize, usize)>,
}

impl PartialEq for Scratch {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}
impl Eq for Scratch {}

/// The first 8 bytes of `w`, zero-padded, as one number (little-endian): two words of
/// at most 8 bytes are equal when their lengths and heads are.
#[inline(always)]
pub const fn head(w: &[u8]) -> u64 {
    // At most two loads, which may overlap (equal bytes OR to themselves), rather than a
    // loop over the bytes or a copy of variable length (a call to memcpy): the words of
    // the grammar's lists are compared with a token's head at run time. For a literal
    // the compiler folds it all.
    let n = w.len();
    if n >= 8 {
        u64::from_le_bytes([w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7]])
    } else if n >= 4 {
        let lo = u32::from_le_bytes([w[0], w[1], w[2], w[3]]) as u64;
        let hi = u32::from_le_bytes([w[n - 4], w[n - 3], w[n - 2], w[n - 1]]) as u64;
        lo | (hi << (8 * (n - 4)))
    } else if n >= 2 {
        let lo = u16::from_le_bytes([w[0], w[1]]) as u64;
        let hi = u16::from_le_bytes([w[n - 2], w[n - 1]]) as u64;
        lo | (hi << (8 * (n - 2)))
    } else if n == 1 {
        w[0] as u64
    } else {
        0
    }
}

impl Deref for Tokens {
    type Target = [Tok];
    fn deref(&self) -> &[Tok] {
        &self.toks
    }
}

impl Tok {
    /// [`Tok::first`]: the word starts with an upper-case letter.
    pub const UPPER: u8 = 1;
    /// [`Tok::first`]: the word starts with a digit (or another numeric character).
    pub const NUMERIC: u8 = 2;

    /// The byte length of [`Tok::lower_form`].
    #[inline]
    pub fn lower_len(&self) -> usize {
        // (Derived, not stored: a length byte written with each token cost the tokenizer
        // more than the branch on `lower` costs the readers.)
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
    // Quotation marks, apostrophes and dashes (General Punctuation, where no character is
    // a letter or a digit) are told without the Unicode tables.
    if GENERAL_PUNCTUATION.contains(&c) {
        return false;
    }
    c.is_alphanumeric()
        || c == '$'
        || c == '%'
        || c == '_'
        || c == '@'
        || c == '#'
        || COMBINING.contains(&c)
        || MOJIBAKE.contains(&c) && !matches!(c, '\u{a0}' | '«' | '»' | '·' | '\u{ad}' | '¡' | '¿')
}

/// Combining diacritical marks: "José" written as "Jose" and U+0301 (decomposed text) is one
/// word.
const COMBINING: std::ops::RangeInclusive<char> = '\u{300}'..='\u{36f}';

/// C1 controls and Latin-1 signs: the second byte of UTF-8 read as Windows-1252 or Latin-1
/// and encoded again ("FranÃ§ois", "PeÃ±a"), kept inside the word they broke.
const MOJIBAKE: std::ops::RangeInclusive<char> = '\u{80}'..='\u{bf}';

/// Characters of the General Punctuation block that are neither letters, digits nor
/// white space: ‐ – — ‘ ’ “ ” † • … and the like.
const GENERAL_PUNCTUATION: std::ops::RangeInclusive<char> = '\u{2010}'..='\u{2027}';

fn is_joiner(c: char) -> bool {
    matches!(c, '’' | '\'' | '-' | '.' | ',' | '&' | '‘')
}

/// Byte classes of the scanner: an ASCII word character ([`WORD`], with [`CAPITAL`] for a
/// capital letter and [`DIGIT`] for a digit), white space, a joiner, any other ASCII mark
/// ([`OTHER`]), or a byte of a non-ASCII character ([`WIDE`], read as a char). `CAPITAL`
/// and `DIGIT` are [`Tok::UPPER`] and [`Tok::NUMERIC`]: a word's [`Tok::first`] is its
/// first byte's class, masked.
const OTHER: u8 = 0;
const CAPITAL: u8 = Tok::UPPER;
const DIGIT: u8 = Tok::NUMERIC;
const WORD: u8 = 4;
const SPACE: u8 = 8;
const JOINER: u8 = 16;
const WIDE: u8 = 32;

const CLASS: [u8; 256] = {
    let mut t = [WIDE; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if c.is_ascii_uppercase() {
            WORD | CAPITAL
        } else if c.is_ascii_digit() {
            WORD | DIGIT
        } else if c.is_ascii_alphanumeric() || matches!(c, b'$' | b'%' | b'_' | b'@' | b'#') {
            WORD
        } else if matches!(c, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r') {
            SPACE
        } else if matches!(c, b'\'' | b'-' | b'.' | b',' | b'&') {
            JOINER
        } else {
            OTHER
        };
        b += 1;
    }
    t
};

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGH: u64 = ONES * 0x80;

/// The high bit of each byte of `v` (7-bit values) that lies in `lo..=hi`: no sum
/// carries from one byte into the next.
#[inline(always)]
pub(crate) const fn in_range(v: u64, lo: u8, hi: u8) -> u64 {
    let at_least_lo = v + ONES * (0x80 - lo as u64);
    let above_hi = v + ONES * (0x7F - hi as u64);
    at_least_lo & !above_hi & HIGH
}

/// The character at byte `i` of `s` (a char boundary) and its length.
fn char_at(s: &str, i: usize) -> Option<(char, usize)> {
    let b = *s.as_bytes().get(i)?;
    if b < 128 {
        return Some((b as char, 1));
    }
    let c = s.get(i..)?.chars().next()?;
    Some((c, c.len_utf8()))
}

/// The length of the word character at byte `i`, if there is one.
#[inline]
fn word_char_at(s: &str, i: usize) -> Option<usize> {
    match CLASS[usize::from(*s.as_bytes().get(i)?)] {
        WIDE => char_at(s, i).and_then(|(c, l)| is_word_char(c).then_some(l)),
        c if c & WORD != 0 => Some(1),
        _ => None,
    }
}

/// [`Tok::first`] of a word starting with `c`.
fn first_of(c: char) -> u8 {
    (u8::from(c.is_uppercase()) * Tok::UPPER) | (u8::from(c.is_numeric()) * Tok::NUMERIC)
}

/// One token found by [`next_token`], with what the scan saw of a word's bytes.
struct Scan {
    kind: Kind,
    start: usize,
    end: usize,
    /// What the scan saw of a word, in one byte: the classes of its ASCII word bytes or'ed
    /// together ([`CAPITAL`] tells a capital), with [`JOINER`] for parts joined by a mark
    /// (an apostrophe, a hyphen …: only such a word can end in n't) and [`WIDE`] for a
    /// non-ASCII character.
    seen: u8,
    /// [`Tok::first`] of a word (0 for a mark).
    first: u8,
}

impl Scan {
    /// A mark: one character at `start`, `len` bytes long.
    fn mark(start: usize, len: usize) -> Self {
        Scan {
            kind: Kind::Punct,
            start,
            end: start + len,
            seen: 0,
            first: 0,
        }
    }
}

/// The next token of `s` at or after byte `i`: its kind (word or mark), byte range, and
/// what [`tokenize_into`] needs of a word's bytes, all in one pass over them: each byte's
/// class is read once, and for ASCII it tells everything (a capital, a digit first).
/// (Inlined into the loop of [`tokenize_into`]: the call and the returned struct cost 3% of
/// the instructions of an article.)
#[inline(always)]
fn next_token(s: &str, mut i: usize) -> Option<Scan> {
    let bytes = s.as_bytes();
    // White space, then the first character of the token.
    let (start, mut end, mut seen, first) = loop {
        let c = CLASS[usize::from(*bytes.get(i)?)];
        if c & WORD != 0 {
            break (i, i + 1, c, c & (CAPITAL | DIGIT));
        }
        if c != SPACE {
            if c != WIDE {
                return Some(Scan::mark(i, 1));
            }
            match wide_start(s, i)? {
                Start::Space(l) => i += l,
                Start::Mark(l) => return Some(Scan::mark(i, l)),
                Start::Word(l, first) => break (i, i + l, WIDE, first),
            }
        } else {
            i += 1;
        }
    };
    // The rest of the word: runs of ASCII word characters (a tight loop of one table look-up
    // a byte), and between them joiners that a word character follows, or wide characters.
    loop {
        // Lower-case letters 8 at a time where 8 bytes remain (most of a word's bytes after
        // its first): their count is computed, not found by a branch per byte.
        while let Some(chunk) = bytes.get(end..).and_then(|r| r.first_chunk::<8>()) {
            let v = u64::from_le_bytes(*chunk);
            let letters = in_range(v & !HIGH, b'a', b'z') & !v;
            let n = (!letters & HIGH).trailing_zeros() as usize / 8;
            end += n;
            if n < 8 {
                break;
            }
        }
        while let Some(&b) = bytes.get(end) {
            let c = CLASS[usize::from(b)];
            if c & WORD == 0 {
                break;
            }
            seen |= c;
            end += 1;
        }
        match bytes.get(end).map(|&b| CLASS[usize::from(b)]) {
            Some(JOINER) if word_char_at(s, end + 1).is_some() => {
                seen |= JOINER;
                end += 1;
            }
            Some(WIDE) => match wide_in_word(s, end) {
                Some((l, joiner)) => {
                    seen |= if joiner { WIDE | JOINER } else { WIDE };
                    end += l;
                }
                None => break,
            },
            _ => break,
        }
    }
    Some(Scan {
        kind: Kind::Word,
        start,
        end,
        seen,
        first,
    })
}

/// What the non-ASCII character at the start of a token is.
enum Start {
    /// White space this many bytes long.
    Space(usize),
    /// A mark this many bytes long.
    Mark(usize),
    /// A word character this many bytes long, and the word's [`Tok::first`].
    Word(usize, u8),
}

/// [`Start`] of the non-ASCII character at byte `i` of `s`. Apart from the scanner's loop.
#[inline(never)]
fn wide_start(s: &str, i: usize) -> Option<Start> {
    let (ch, l) = char_at(s, i)?;
    Some(if ch.is_whitespace() {
        Start::Space(l)
    } else if is_word_char(ch) {
        Start::Word(l, first_of(ch))
    } else {
        Start::Mark(l)
    })
}

/// Inside a word, the non-ASCII character at byte `i` of `s`: its length and whether it is
/// a joiner (which a word character follows), or `None` when it ends the word. Apart from
/// the scanner's loop: few words have such characters.
#[inline(never)]
fn wide_in_word(s: &str, i: usize) -> Option<(usize, bool)> {
    let (ch, l) = char_at(s, i)?;
    if is_joiner(ch) {
        word_char_at(s, i + l)?;
        Some((l, true))
    } else {
        is_word_char(ch).then_some((l, false))
    }
}

/// [`head`] of `buf[start..start + len]`, reading 8 bytes at once where the buffer has them.
#[inline]
fn head_in(buf: &[u8], start: usize, len: usize) -> u64 {
    match buf.get(start..).and_then(|r| r.first_chunk::<8>()) {
        Some(c) => {
            let v = u64::from_le_bytes(*c);
            if len >= 8 {
                v
            } else {
                v & ((1u64 << (8 * len)) - 1)
            }
        }
        None => head(buf.get(start..start + len).unwrap_or_default()),
    }
}

/// ASCII bytes packed in a `u64`, with capitals made lower case, all at once: a byte gets
/// 0x20 added when it lies in `A..=Z` (each byte is below 0x80, so no sum carries).
#[inline]
fn ascii_lower(v: u64) -> u64 {
    v | (in_range(v, b'A', b'Z') >> 2)
}

/// [`ascii_lower`] of bytes of which some may be 0x80 or above (left as they are).
#[inline]
fn ascii_lower_wide(v: u64) -> u64 {
    v | ((in_range(v & !HIGH, b'A', b'Z') & !v) >> 2)
}

/// The quotation marks' positions of a paragraph, sorted, walked with cursors as tokens
/// advance.
struct QuoteMarks<'a> {
    opens: &'a [usize],
    closes: &'a [usize],
    /// Inner parts of quotations, merged.
    merged: &'a [(usize, usize)],
    oc: usize,
    cc: usize,
    cursor: usize,
    /// Where the cursors stop next (`usize::MAX` past the last): a token that ends before
    /// it moves no cursor, is no quotation mark, and is quoted when it starts inside the
    /// inner part at the cursor. Most tokens take this path; without quotations, all do.
    until: usize,
    /// The start of the inner part at the cursor (`usize::MAX` past the last).
    inner_start: usize,
}

impl QuoteMarks<'_> {
    /// Set [`QuoteMarks::until`] and [`QuoteMarks::inner_start`] from the cursors.
    fn next_stops(&mut self) {
        let inner = self
            .merged
            .get(self.cursor)
            .copied()
            .unwrap_or((usize::MAX, usize::MAX));
        self.until = inner
            .1
            .min(self.opens.get(self.oc).copied().unwrap_or(usize::MAX))
            .min(self.closes.get(self.cc).copied().unwrap_or(usize::MAX));
        self.inner_start = inner.0;
    }

    /// The kind of the token `text[at..e]` (an opening or closing mark, or `kind`) and
    /// whether it is quoted, the cursors moved to it. Apart from the tokenizer's loop:
    /// few tokens reach a stop.
    #[inline(never)]
    fn step(&mut self, text: &str, at: usize, e: usize, mut kind: Kind) -> (Kind, bool) {
        let (opens, closes, merged) = (self.opens, self.closes, self.merged);
        while self.oc < opens.len() && opens[self.oc] < at {
            self.oc += 1;
        }
        while self.cc < closes.len() && closes[self.cc] < e {
            self.cc += 1;
        }
        if opens.get(self.oc) == Some(&at) {
            kind = Kind::Open;
        } else if kind == Kind::Punct
            && closes.get(self.cc) == Some(&e)
            // (A quotation left open runs to its paragraph end, which is no mark of it.)
            && text[at..e].starts_with(|c: char| {
                crate::sentence::is_double_quote(c) || matches!(c, '\'' | '’' | '‘')
            })
        {
            kind = Kind::Close;
        }
        while self.cursor < merged.len() && merged[self.cursor].1 <= at {
            self.cursor += 1;
        }
        let quoted = matches!(kind, Kind::Word | Kind::Punct)
            && merged
                .get(self.cursor)
                .is_some_and(|&(qs, qe)| qs <= at && e <= qe);
        // The cursors past this token, as the next token (at `e` or later) would move
        // them: its stop is then no mark of this one, and the tokens before the next stop
        // take the short path.
        while self.oc < opens.len() && opens[self.oc] < e {
            self.oc += 1;
        }
        while self.cc < closes.len() && closes[self.cc] <= e {
            self.cc += 1;
        }
        while self.cursor < merged.len() && merged[self.cursor].1 <= e {
            self.cursor += 1;
        }
        self.next_stops();
        (kind, quoted)
    }
}

/// The lower-case form of the word `w`, which has non-ASCII characters, when it differs
/// from the word: appended to `lower`, its range there returned and its [`head`] put in
/// `head`. Apart from the tokenizer's loop: few words have such characters.
#[inline(never)]
fn push_lower(w: &str, lower: &mut String, head: &mut u64) -> Option<(u32, u32)> {
    let from = lower.len();
    if w.chars().any(char::is_uppercase) {
        lower.push_str(&w.to_lowercase());
        *head = head_in(lower.as_bytes(), from, lower.len() - from);
    }
    (lower.len() > from).then_some((from as u32, lower.len() as u32))
}

/// Whether the word `w`'s only non-ASCII characters are of U+2000..U+203F (E2 80 xx:
/// apostrophes and the like, which have no case), as in "Trump’s": its lower-case form is
/// then its ASCII lower-case form, found in the lower-cased paragraph, with no call to
/// `to_lowercase`.
fn caseless_wide(w: &[u8]) -> bool {
    let mut i = 0;
    while let Some(&b) = w.get(i) {
        if b < 0x80 {
            i += 1;
        } else if matches!(w.get(i..i + 2), Some([0xE2, 0x80])) {
            i += 3;
        } else {
            return false;
        }
    }
    true
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
    // The paragraph lower-cased at once (a vectorized pass): a word with ASCII capitals
    // takes its lower-case form from there, without a copy of its own.
    out.lower.push_str(whole);
    out.lower.make_ascii_lowercase();
    // A larger buffer is new rather than grown: growing would copy the old tokens.
    let want = whole.len() / 5;
    if out.toks.capacity() < want {
        out.toks = Vec::with_capacity(want.max(2 * out.toks.capacity()));
    }
    // Opening and closing positions, sorted, walked with cursors as tokens advance.
    let Scratch {
        opens,
        closes,
        inner: merged,
    } = &mut out.scratch;
    opens.clear();
    closes.clear();
    merged.clear();
    opens.extend(quotes.iter().map(|q| q.start));
    closes.extend(quotes.iter().map(|q| q.end));
    opens.sort_unstable();
    closes.sort_unstable();
    // Inner parts of quotations, sorted, then merged in place, walked with a cursor.
    merged.extend(
        quotes
            .iter()
            .map(|q| (q.start + 1, q.end.saturating_sub(1))),
    );
    merged.sort_unstable();
    let mut kept = 0;
    for k in 0..merged.len() {
        let (s, e) = merged[k];
        if kept > 0 && s <= merged[kept - 1].1 {
            merged[kept - 1].1 = merged[kept - 1].1.max(e);
        } else {
            merged[kept] = (s, e);
            kept += 1;
        }
    }
    merged.truncate(kept);
    let mut marks = QuoteMarks {
        opens,
        closes,
        merged,
        oc: 0,
        cc: 0,
        cursor: 0,
        until: 0,
        inner_start: 0,
    };
    marks.next_stops();
    // The whole text's bytes: heads are read 8 bytes at a time, past the paragraph end.
    let bytes = text.as_bytes();
    // The paragraph's bytes from the text's start: offsets in it are offsets in `text`.
    let upto = &bytes[..end];
    let mut pos = start;
    while pos < upto.len() {
        // The 8 bytes at `pos`, read once: the first tells the token's class, and a word's
        // scan and head start from them.
        let v = load8(upto, pos);
        let b = v as u8;
        let c = CLASS[usize::from(b)];
        if c == SPACE {
            pos += 1;
            continue;
        }
        // Most tokens take one of two short paths: a plain word, or an ASCII mark, that
        // reach no quotation mark's stop. Any other token goes to `slow_token`.
        if c & WORD != 0 {
            if let Some(w) = plain_word(upto, pos, c, v).filter(|w| w.end < marks.until) {
                let at = pos;
                let e = w.end;
                let len = e - at;
                let mut head = w.head;
                if w.capitals {
                    // Its head lower-cased at once (its lower-case form is its place in the
                    // lower-cased paragraph, stored with the token below: not kept across the
                    // look-up).
                    head = if w.wide {
                        ascii_lower_wide(head)
                    } else {
                        ascii_lower(head)
                    };
                }
                let none;
                // (A reference into the word table, copied to the token as one 8-byte value.)
                let info = if len <= 8 {
                    lx.info_of_head(head)
                } else if len > lx.longest_word {
                    // Words longer than any listed word cannot be in the lists.
                    none = WordInfo::default();
                    &none
                } else if len <= 16 {
                    // The bytes after the first 8, read at once (ASCII: lower-cased at once).
                    let mut tail = load8(bytes, at + 8);
                    if len < 16 {
                        tail &= (1u64 << (8 * (len - 8))) - 1;
                    }
                    let l = if w.capitals {
                        tail = ascii_lower_wide(tail);
                        &out.lower.as_bytes()[at - start..e - start]
                    } else {
                        &bytes[at..e]
                    };
                    lx.info_of_two(l, head, tail)
                } else if w.capitals {
                    lx.info_with_head(&out.lower.as_bytes()[at - start..e - start], head)
                } else {
                    lx.info_with_head(&bytes[at..e], head)
                };
                let tok = Tok {
                    kind: Kind::Word,
                    start: at,
                    end: e,
                    quoted: marks.inner_start <= at,
                    lower: None,
                    // (Copied from the word table as one 8-byte value.)
                    info: *info,
                    head,
                    first: c & (CAPITAL | DIGIT),
                };
                // (Two pushes: a word without capitals stores no range.)
                if w.capitals {
                    out.toks.push(Tok {
                        lower: Some(((at - start) as u32, (e - start) as u32)),
                        ..tok
                    });
                } else {
                    out.toks.push(tok);
                }
                if w.joined && ends_in_nt(&bytes[at..e]) {
                    if let Some(t) = out.toks.last_mut() {
                        t.info.flags |= WordInfo::CONTRACTION;
                    }
                }
                // (An ASCII space after the word is passed over at once.)
                pos = e + usize::from(w.space);
                continue;
            }
        } else {
            // An ASCII mark, or a character of U+2000..U+203F (E2 80 xx: quotation marks,
            // apostrophes, dashes, wide spaces), none of which is a word character.
            let len = if c != WIDE {
                1
            } else {
                match upto.get(pos..pos + 3) {
                    Some(&[0xE2, 0x80, x]) if general_space(x) => {
                        pos += 3;
                        continue;
                    }
                    Some(&[0xE2, 0x80, _]) => 3,
                    _ => 0,
                }
            };
            if len != 0 {
                let e = pos + len;
                let (kind, quoted) = if e < marks.until {
                    (Kind::Punct, marks.inner_start <= pos)
                } else {
                    marks.step(text, pos, e, Kind::Punct)
                };
                out.toks.push(Tok {
                    kind,
                    start: pos,
                    end: e,
                    quoted,
                    lower: None,
                    info: WordInfo::default(),
                    head: if len == 1 {
                        u64::from(b)
                    } else {
                        v & 0xFF_FFFF
                    },
                    first: 0,
                });
                // (An ASCII space after the mark, as after ", ", is passed over at once.)
                pos = e + usize::from((v >> (8 * len)) & 0xFF == u64::from(b' '));
                continue;
            }
        }
        match slow_token(
            text,
            start,
            end,
            pos,
            &mut marks,
            lx,
            &mut out.toks,
            &mut out.lower,
        ) {
            Some(e) => pos = e,
            None => break,
        }
    }
}

/// The 8 bytes of `b` at `i`, zero-padded past its end (a zero byte is a mark, as the end
/// of the paragraph is no word character: a word stops at either).
#[inline(always)]
fn load8(b: &[u8], i: usize) -> u64 {
    match b.get(i..).and_then(|r| r.first_chunk::<8>()) {
        Some(c) => u64::from_le_bytes(*c),
        None => load8_padded(b, i),
    }
}

/// [`load8`] within 8 bytes of the end. Apart from the tokenizer's loop: it serves the last
/// word of a paragraph.
#[inline(never)]
fn load8_padded(b: &[u8], i: usize) -> u64 {
    // The last 8 bytes, shifted down to start at `i` (a call to memcpy for the copy
    // below cost more than the rest).
    if let Some(last) = b.last_chunk::<8>() {
        let skip = i.saturating_sub(b.len() - 8);
        return u64::from_le_bytes(*last)
            .checked_shr(8 * skip.min(8) as u32)
            .unwrap_or(0);
    }
    let mut c = [0u8; 8];
    for (d, s) in c.iter_mut().zip(b.get(i..).unwrap_or_default()) {
        *d = *s;
    }
    u64::from_le_bytes(c)
}

/// A plain word at byte `at` of `b`, whose byte there is an ASCII word character of class
/// `c` (`first`: the 8 bytes there, see [`load8`]): then ASCII word characters, and joiners
/// between them (ASCII ones, ’ and ‘), ended by white space or a mark that no word
/// character follows. Its end, its [`head`] (not lower-cased), whether it has a capital
/// letter, whether an ASCII space follows it and whether it has a joiner, or `None` for any
/// other word (with wide characters): [`slow_token`] reads it.
#[inline(always)]
fn plain_word(b: &[u8], at: usize, c: u8, first: u64) -> Option<Plain> {
    // Lower-case letters 8 at a time (most of a word's bytes after its first: the first
    // counts as one), a capital, a digit or a joiner by itself.
    let mut stop = not_lower(first) & !0x80;
    let mut v = first;
    let mut e = at;
    let mut seen = c;
    let next = loop {
        let n = stop.trailing_zeros() as usize / 8;
        e += n;
        if n < 8 {
            let next = CLASS[usize::from((v >> (8 * n)) as u8)];
            // White space or another ASCII mark ends the word (most words).
            if next & (WORD | JOINER | WIDE) == 0 {
                break next;
            }
            if next & WORD != 0 {
                seen |= next;
            } else if next == JOINER {
                // A joiner ends the word unless a word character follows it.
                match b.get(e + 1).map(|&x| CLASS[usize::from(x)]) {
                    Some(c) if c & WORD != 0 => seen |= JOINER,
                    Some(WIDE) if !no_word_char(b, e + 1) => return None,
                    _ => break next,
                }
            } else if matches!(b.get(e..e + 3), Some([0xE2, 0x80, 0x98 | 0x99])) {
                // Of wide characters, ’ and ‘ may join: an ASCII word character after one
                // goes on with the word ("Trump’s"), a wide one is left to `slow_token`.
                match b.get(e + 3).map(|&x| CLASS[usize::from(x)]) {
                    Some(c) if c & WORD != 0 => seen |= JOINER | WIDE,
                    Some(WIDE) => return None,
                    _ => break next,
                }
                e += 2;
            } else if no_word_char(b, e) {
                break next;
            } else {
                return None;
            }
            e += 1;
        }
        v = load8(b, e);
        stop = not_lower(v);
    };
    // The bytes of the word among the first 8 (at least one), from its length once.
    let head = first & (u64::MAX >> (64 - 8 * (e - at).min(8)));
    Some(Plain {
        end: e,
        head,
        capitals: seen & CAPITAL != 0,
        space: next == SPACE,
        joined: seen & JOINER != 0,
        wide: seen & WIDE != 0,
    })
}

/// A word read by [`plain_word`].
struct Plain {
    end: usize,
    /// Its [`head`], not lower-cased.
    head: u64,
    /// It has a capital letter.
    capitals: bool,
    /// An ASCII space follows it.
    space: bool,
    /// It has a joiner (an ASCII one, or ’ or ‘).
    joined: bool,
    /// It has ’ or ‘ (whose bytes are not ASCII: see [`ascii_lower_wide`]).
    wide: bool,
}

/// Whether E2 80 `x` is white space: U+2000..U+200A, U+2028, U+2029, U+202F.
#[inline(always)]
fn general_space(x: u8) -> bool {
    matches!(x, 0x80..=0x8A | 0xA8 | 0xA9 | 0xAF)
}

/// Whether the wide character at byte `i` of `b` is known to be no word character: one of
/// U+2000..U+203F (spaces, dashes, quotation marks, …: E2 80 xx) or a no-break space
/// (C2 A0), the wide characters that most often follow a word.
#[inline(always)]
fn no_word_char(b: &[u8], i: usize) -> bool {
    matches!(b.get(i..i + 2), Some([0xE2, 0x80] | [0xC2, 0xA0]))
}

/// Whether the word `w` ends in n't or n’t, in any case ("didn't", "DIDN’T").
fn ends_in_nt(w: &[u8]) -> bool {
    w.last_chunk::<3>()
        .is_some_and(|t| t.eq_ignore_ascii_case(b"n't"))
        || w.last_chunk::<5>()
            .is_some_and(|t| t.eq_ignore_ascii_case("n’t".as_bytes()))
}

/// The high bit of each byte of `v` that is not an ASCII lower-case letter. With the high
/// bits set, no byte borrows from the next: `y - 0x61` of a byte has its high bit when the
/// byte's low 7 bits are at least `a`, `y - 0x7B` when they are above `z`. (Three
/// constants, where a test of the range on the low 7 bits takes four.)
#[inline(always)]
fn not_lower(v: u64) -> u64 {
    let y = v | HIGH;
    let at_least_a = y - ONES * u64::from(b'a');
    let above_z = y - ONES * u64::from(b'z' + 1);
    (!at_least_a | above_z | v) & HIGH
}

/// The token at or after byte `pos` of `text[..end]` pushed to `toks` (the paragraph
/// starts at `start`; `lower` is its [`Tokens::lower`]): any token, by the general scan.
/// Its end, or `None` when no token is left. Apart from the tokenizer's loop: most tokens
/// take its short paths.
#[allow(clippy::too_many_arguments)]
#[inline(never)]
fn slow_token(
    text: &str,
    start: usize,
    end: usize,
    pos: usize,
    marks: &mut QuoteMarks,
    lx: &Lexicon,
    toks: &mut Vec<Tok>,
    lower_buf: &mut String,
) -> Option<usize> {
    let bytes = text.as_bytes();
    let scan = next_token(&text[..end], pos)?;
    let at = scan.start;
    let e = scan.end;
    let (kind, quoted) = if e < marks.until {
        (scan.kind, marks.inner_start <= at)
    } else {
        marks.step(text, at, e, scan.kind)
    };
    let len = e - at;
    let mut lower = None;
    let mut info = WordInfo::default();
    let mut head = head_in(bytes, at, len);
    if kind == Kind::Word {
        // ASCII without capitals (the common case): the word is its own lower-case form.
        if scan.seen & WIDE != 0 && !caseless_wide(&bytes[at..e]) {
            lower = push_lower(&text[at..e], lower_buf, &mut head);
        } else if scan.seen & CAPITAL != 0 {
            // ASCII with a capital, or with no other capital than ASCII ones ("Trump’s"):
            // its place in the lower-cased paragraph, and its head read there.
            lower = Some(((at - start) as u32, (e - start) as u32));
            head = head_in(lower_buf.as_bytes(), at - start, len);
        }
        // (Indexed, not `get`: both ranges lie in their buffers by construction, and
        // a fallback to an empty word costs a compare and two moves per word.)
        let l = match lower {
            Some((s, e)) => &lower_buf.as_bytes()[s as usize..e as usize],
            None => &bytes[at..e],
        };
        // Words longer than any listed word cannot be in the lists.
        if len <= lx.longest_word {
            info = *lx.info_with_head(l, head);
        }
        if scan.seen & JOINER != 0 && (l.ends_with(b"n't") || l.ends_with("n’t".as_bytes())) {
            info.flags |= WordInfo::CONTRACTION;
        }
    }
    toks.push(Tok {
        kind,
        start: at,
        end: e,
        quoted,
        lower,
        info,
        head,
        first: scan.first,
    });
    Some(e)
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

    #[test]
    fn decomposed_accents_and_mojibake_stay_inside_their_word() {
        // "José" with a combining acute; "François" and "Peña" written in UTF-8, read as
        // Windows-1252 and written again (a C1 control, a Latin-1 sign and a combining mark).
        let t = "Jose\u{301} and Fran\u{c3}\u{83}\u{c2}\u{a7}ois Pe\u{c3}\u{b1}a and Fra\u{303}\u{83}\u{c2}\u{a7}ois «said» ¿que?";
        let toks = tokenize(t, 0, t.len(), &[], &Lexicon::embedded());
        let words: Vec<&str> = toks
            .iter()
            .filter(|k| k.kind == Kind::Word)
            .map(|k| &t[k.start..k.end])
            .collect();
        assert_eq!(
            words,
            vec![
                "Jose\u{301}",
                "and",
                "Fran\u{c3}\u{83}\u{c2}\u{a7}ois",
                "Pe\u{c3}\u{b1}a",
                "and",
                "Fra\u{303}\u{83}\u{c2}\u{a7}ois",
                "said",
                "que",
            ]
        );
    }

    #[test]
    fn long_runs_of_letters_follow_the_grammar() {
        // Runs read 8 bytes at a time: of 8 letters and more, ending at the text's end,
        // before a capital, a digit, a joiner or a non-ASCII letter.
        for t in [
            "internationalization",
            "abcdefgh abcdefghijklmnop",
            "x abcdefghIjklmnopqrstuvwxyz",
            "well-established counterintelligence’s",
            "abcdefghijklmnopé1 counterproductive,",
            "aaaaaaaaaaaaaaaa’",
        ] {
            let toks = tokenize(t, 0, t.len(), &[], &Lexicon::embedded());
            let got: Vec<(Kind, usize, usize)> =
                toks.iter().map(|k| (k.kind, k.start, k.end)).collect();
            assert_eq!(got, reference::tokens(t), "{t}");
        }
    }

    #[test]
    fn the_marks_read_by_three_bytes_are_what_the_grammar_says() {
        for c in '\u{2000}'..='\u{203F}' {
            let mut b = [0u8; 4];
            let x = c.encode_utf8(&mut b).as_bytes()[2];
            assert_eq!(general_space(x), c.is_whitespace(), "{c:?}");
            assert!(!is_word_char(c), "{c:?}");
        }
    }

    #[test]
    fn general_punctuation_has_no_word_characters() {
        for c in GENERAL_PUNCTUATION {
            assert!(!c.is_alphanumeric() && !c.is_whitespace(), "{c:?}");
        }
    }

    #[test]
    fn head_is_the_first_eight_bytes_zero_padded() {
        let w = b"abcdefghijk";
        for n in 0..=w.len() {
            let mut want = [0u8; 8];
            for (d, s) in want.iter_mut().zip(&w[..n]) {
                *d = *s;
            }
            assert_eq!(head(&w[..n]), u64::from_le_bytes(want), "{n} bytes");
        }
    }

    #[test]
    fn not_lower_marks_every_byte_but_lower_case_letters() {
        for b in 0..=255u8 {
            for other in [0x00, 0x20, 0x41, 0x61, 0x7A, 0x7B, 0x80, 0xE2, 0xFF] {
                let v = u64::from_le_bytes([other, b, other, b, b, other, b, other]);
                let want = u64::from_le_bytes([other, b, other, b, b, other, b, other].map(|x| {
                    if x.is_ascii_lowercase() {
                        0
                    } else {
                        0x80
                    }
                }));
                assert_eq!(not_lower(v), want, "{b:#x} {other:#x}");
            }
        }
    }

    #[test]
    fn byte_classes_agree_with_the_grammar() {
        for b in 0..=255u8 {
            let c = CLASS[usize::from(b)];
            if b >= 128 {
                assert_eq!(c, WIDE, "{b:#x}");
                continue;
            }
            let ch = char::from(b);
            assert_eq!(c & WORD != 0, is_word_char(ch), "{b:#x}");
            assert_eq!(c == SPACE, ch.is_whitespace(), "{b:#x}");
            assert_eq!(c == JOINER, is_joiner(ch), "{b:#x}");
            // A word's first byte tells `Tok::first`.
            if c & WORD != 0 {
                assert_eq!(c & (CAPITAL | DIGIT), first_of(ch), "{b:#x}");
            }
        }
        // The lower-casing of 8 bytes at once agrees with the byte's.
        for b in 0..128u8 {
            let v = u64::from(b) << 24 | 0x2020_2020;
            let want = u64::from(b.to_ascii_lowercase()) << 24 | 0x2020_2020;
            assert_eq!(ascii_lower(v), want, "{b:#x}");
        }
        // And with bytes of 0x80 and above beside them, which it leaves as they are.
        for b in 0..=255u8 {
            for other in [0x00, 0x41, 0x5A, 0x80, 0x99, 0xC0, 0xDA, 0xE2, 0xFF] {
                let v = u64::from_le_bytes([b, other, b, 0xE2, 0x80, 0x99, other, b]);
                let want = u64::from_le_bytes(
                    [b, other, b, 0xE2, 0x80, 0x99, other, b].map(|x| x.to_ascii_lowercase()),
                );
                assert_eq!(ascii_lower_wide(v), want, "{b:#x} {other:#x}");
            }
        }
    }

    #[test]
    fn contractions_are_flagged_in_any_case() {
        let t = "didn't DIDN'T didn’t isn't-it don't’s can't";
        let toks = tokenize(t, 0, t.len(), &[], &Lexicon::embedded());
        let flagged: Vec<(&str, bool)> = toks
            .iter()
            .map(|k| (&t[k.start..k.end], k.info.has(WordInfo::CONTRACTION)))
            .collect();
        assert_eq!(
            flagged,
            vec![
                ("didn't", true),
                ("DIDN'T", true),
                ("didn’t", true),
                ("isn't-it", false),
                ("don't’s", false),
                ("can't", true),
            ]
        );
    }

    proptest! {
        /// Quotation marks and quoted tokens, found with cursors that stop only at marks,
        /// are what the quotations say of each token: an opening mark starts one, a
        /// closing mark ends a closed one, and a token is quoted inside one's marks.
        #[test]
        fn quote_cursors_follow_the_quotations(s in "([ a-zA-Z,.'\"“”‘’«»—-]|\\PC){0,60}") {
            let lx = Lexicon::embedded();
            let q = crate::sentence::find_quotes(&s, 0..s.len());
            let qr: Vec<Range<usize>> = q.iter().map(|q| q.range.clone()).collect();
            let toks = tokenize(&s, 0, s.len(), &qr, &lx);
            for t in toks.iter() {
                let (at, e) = (t.start, t.end);
                let plain = reference::tokens(&s)
                    .into_iter()
                    .find(|&(_, a, _)| a == at)
                    .map(|(k, ..)| k);
                let starts_mark = s[at..e].starts_with(|c: char| {
                    crate::sentence::is_double_quote(c) || matches!(c, '\'' | '’' | '‘')
                });
                let kind = if qr.iter().any(|r| r.start == at) {
                    Kind::Open
                } else if plain == Some(Kind::Punct) && starts_mark && qr.iter().any(|r| r.end == e) {
                    Kind::Close
                } else {
                    plain.unwrap_or(Kind::Punct)
                };
                prop_assert_eq!(t.kind, kind, "{:?}", &s[at..e]);
                let inside = qr.iter().any(|r| r.start < at && e < r.end);
                let quoted = matches!(kind, Kind::Word | Kind::Punct) && inside;
                prop_assert_eq!(t.quoted, quoted, "{:?}", &s[at..e]);
            }
        }

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
                prop_assert_eq!(t.lower_form(&s, &toks.lower), want.as_str());
                prop_assert_eq!(t.lower.is_some(), caps);
                // The head read 8 bytes at a time (capitals lowered at once) is the
                // head of the lower-case form; `first` tells its first character.
                prop_assert_eq!(t.head, head(want.as_bytes()));
                let first = match w.chars().next() {
                    Some(c) if t.kind == Kind::Word => first_of(c),
                    _ => 0,
                };
                prop_assert_eq!(t.first, first);
                prop_assert_eq!(t.lower_len(), want.len());
            }
        }
    }
}
