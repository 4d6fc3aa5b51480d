//! Finding article metadata and page furniture. Nothing is removed from the text:
//! the cleaner reports byte ranges, so every offset stays true to the original.
//!
//! An article is read line by line (a line is a paragraph). The first line may be a
//! date header (`date 2017-05-11`, possibly with the first sentence on the same line)
//! or a headline (short, no final punctuation). Lines of scraped page script, photo
//! captions ending in a credit, and share/subscribe furniture are skipped.

use std::ops::Range;

/// Why a line was skipped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Furniture {
    Script,
    Caption,
    Boilerplate,
    Markup,
}

/// What the cleaner found in an article.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Layout {
    /// The date of a leading date header, as written (`2017-05-11`).
    pub date: Option<String>,
    /// The headline's byte range.
    pub headline: Option<Range<usize>>,
    /// Paragraphs to read, as byte ranges, in order.
    pub paragraphs: Vec<Range<usize>>,
    /// Skipped lines and why.
    pub skipped: Vec<(Range<usize>, Furniture)>,
}

/// Lines of `text` as byte ranges without their line ends (`\n`, `\r\n` or a lone `\r`).
pub fn lines(text: &str) -> Vec<Range<usize>> {
    // About one line in 128 bytes of news text, so the list seldom grows.
    let mut out = Vec::with_capacity(text.len() / 128 + 1);
    out.extend(line_ranges(text));
    out
}

/// The bytes that end a line.
static LINE_ENDS: crate::text::Two = crate::text::Two::new(b'\n', b'\r');

/// [`lines`] one at a time. (An empty line, as between two paragraphs, is told by its
/// first byte: no search of the bytes after it.)
fn line_ranges(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let b = text.as_bytes();
    let mut start = 0;
    std::iter::from_fn(move || {
        if start >= b.len() {
            return None;
        }
        let i = match b[start] {
            b'\n' | b'\r' => start,
            _ => match LINE_ENDS.find(&b[start..]) {
                Some(i) => start + i,
                None => {
                    let line = start..b.len();
                    start = b.len();
                    return Some(line);
                }
            },
        };
        let line = start..i;
        start = i + 1;
        if b[i] == b'\r' && b.get(i + 1) == Some(&b'\n') {
            start = i + 2;
        }
        Some(line)
    })
}

/// A visible ASCII character: no white space is ASCII above the space.
fn visible(c: u8) -> bool {
    (b'!'..0x80).contains(&c)
}

fn trim_range(text: &str, r: Range<usize>) -> Range<usize> {
    // (A line that opens and ends with a visible ASCII character, as most do, is trimmed
    // already; so is an empty line, as between two paragraphs.)
    let b = text.as_bytes();
    if r.is_empty() || visible(b[r.start]) && visible(b[r.end - 1]) {
        return r;
    }
    let s = &text[r.clone()];
    let t = s.trim_start();
    let lead = s.len() - t.len();
    let trimmed = t.trim_end();
    r.start + lead..r.start + lead + trimmed.len()
}

/// Read a leading `date YYYY-MM-DD` (or `Date: …`) header at the start of `s`.
/// Returns the date and the length of the header in bytes (including following spaces).
fn date_header(s: &str) -> Option<(String, usize)> {
    use nom::bytes::complete::{tag_no_case, take_while, take_while_m_n};
    use nom::character::complete::char;
    use nom::combinator::{opt, recognize};
    use nom::{IResult, Parser};
    fn parse(i: &str) -> IResult<&str, &str> {
        let digits = |n: usize| take_while_m_n(n, n, |c: char| c.is_ascii_digit());
        let (i, _) = tag_no_case("date").parse(i)?;
        let (i, _) = opt(char(':')).parse(i)?;
        let (i, _) = take_while(|c: char| c == ' ' || c == '\t').parse(i)?;
        let (i, d) = recognize((digits(4), char('-'), digits(2), char('-'), digits(2))).parse(i)?;
        Ok((i, d))
    }
    let (rest, d) = parse(s).ok()?;
    if rest.chars().next().is_some_and(|c| c.is_alphanumeric()) {
        return None;
    }
    let after = rest.len() - rest.trim_start().len();
    Some((d.to_string(), s.len() - rest.len() + after))
}

/// Signs of script: two of them, or one and two braces, make a line script.
const SCRIPT_SIGNS: [&str; 12] = [
    "function",
    "window.",
    "document.",
    "var ",
    "});",
    "();",
    "=>",
    ".push",
    "getElementBy",
    "!= -1",
    "!==",
    ".style.",
];

/// Does this line look like scraped page script (JavaScript, CSS)? `signs` are searchers
/// for [`SCRIPT_SIGNS`], built once by the [`Cleaner`]. Script always has braces,
/// semicolons or assignments, prose mostly has none: the caller asks only of a line that
/// holds one of them (found by one search for the article, see [`Cleaner::layout_into`]).
fn is_script(line: &str, signs: &[memchr::memmem::Finder]) -> bool {
    // (ASCII marks counted as bytes: no byte of a wide character is ASCII.)
    let braces = memchr::memchr2_iter(b'{', b'}', line.as_bytes()).count();
    let semis = || line.bytes().filter(|&b| b == b';').count();
    if braces >= 4 && semis() >= 2 {
        return true;
    }
    // Two signs are enough: the search stops there.
    let signs = signs
        .iter()
        .filter(|s| s.find(line.as_bytes()).is_some())
        .take(2)
        .count();
    signs >= 2 || (signs >= 1 && braces >= 2)
}

/// Does this line look like a photo caption ending in a credit,
/// e.g. `… on October 6, 2021 (Kirill Kudryavtsev / Pool via REUTERS)`?
pub fn is_caption(line: &str) -> bool {
    // A line that does not end with a credit opens with a label (its first byte one of
    // theirs: most lines are told by it).
    const LABELS: [&str; 6] = [
        "photo:",
        "photo",
        "image:",
        "credit:",
        "caption:",
        "pictured:",
    ];
    // The labels' first letters, one bit each.
    const FIRSTS: u32 = {
        let (mut bits, mut k) = (0, 0);
        while k < LABELS.len() {
            bits |= 1 << (LABELS[k].as_bytes()[0] - b'a');
            k += 1;
        }
        bits
    };
    let label_first = |b: u8| {
        let l = b.to_ascii_lowercase();
        l.is_ascii_lowercase() && FIRSTS & (1 << (l - b'a')) != 0
    };
    // (Most lines are told by their first and last bytes, nothing trimmed or decoded: both
    // visible ASCII, the last no closing parenthesis and the first opening no label. Any
    // other line is told by the tests below.)
    if let (Some(&first), Some(&last)) = (line.as_bytes().first(), line.as_bytes().last()) {
        if visible(first) && visible(last) && last != b')' && !label_first(first) {
            return false;
        }
    }
    let l = line.trim_end();
    let label = || {
        let opens = l.trim_start().as_bytes().first().copied();
        opens.is_some_and(label_first) && {
            let first = l.split_whitespace().next().unwrap_or("");
            LABELS.iter().any(|p| first.eq_ignore_ascii_case(p))
        }
    };
    if !l.ends_with(')') && !label() {
        return false;
    }
    let lower = l.to_lowercase();
    if [
        "photo:",
        "photo credit",
        "image:",
        "credit:",
        "caption:",
        "pictured:",
    ]
    .iter()
    .any(|p| lower.starts_with(p))
    {
        return true;
    }
    if !l.ends_with(')') {
        return false;
    }
    let Some(open) = l.rfind('(') else {
        return false;
    };
    // (The credit lower-cased on its own: lower-casing may change lengths, "K" (the
    // Kelvin sign) to "k", so a position in the line is none in `lower`.)
    let credit = l[open..].to_lowercase();
    const AGENCIES: [&str; 12] = [
        "reuters",
        "afp",
        "getty",
        "ap photo",
        "photo",
        "pool",
        "via ",
        "epa",
        "credit",
        "courtesy",
        "shutterstock",
        "image",
    ];
    (credit.contains('/') && AGENCIES.iter().any(|a| credit.contains(a)))
        || credit.starts_with("(photo")
        || credit.contains("getty images")
        || credit.contains("ap photo")
}

/// The cleaner, with its furniture list.
#[derive(Debug, Clone)]
pub struct Cleaner {
    furniture: Vec<String>,
    /// The first characters of the furniture lines: a line opening with none of them is
    /// no furniture (told before the line is lower-cased).
    firsts: Vec<char>,
    /// The ASCII ones of `firsts`, one bit each.
    ascii_firsts: u128,
    /// A searcher for each of [`SCRIPT_SIGNS`].
    script_signs: Vec<memchr::memmem::Finder<'static>>,
}

impl Cleaner {
    pub fn new(furniture: &str) -> Self {
        let furniture = furniture
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(str::to_lowercase)
            .collect::<Vec<String>>();
        let mut firsts: Vec<char> = furniture.iter().filter_map(|f| f.chars().next()).collect();
        firsts.sort_unstable();
        firsts.dedup();
        let ascii_firsts = firsts
            .iter()
            .filter(|c| c.is_ascii())
            .fold(0, |bits, &c| bits | 1 << u32::from(c));
        let script_signs = SCRIPT_SIGNS
            .iter()
            .map(|s| memchr::memmem::Finder::new(s).into_owned())
            .collect();
        Cleaner {
            furniture,
            firsts,
            ascii_firsts,
            script_signs,
        }
    }

    fn is_boilerplate(&self, line: &str) -> bool {
        if line.len() > 360 {
            return false;
        }
        // The line's first character is the first of what is compared below (unless that
        // is empty, which is no furniture either): most lines are told by it, before
        // anything is trimmed. (The first character lower-cased is the lower-cased line's
        // first: only a final sigma lowers by its context, and nothing precedes the first.)
        let furniture_first = match line.as_bytes().first() {
            Some(&b) if b.is_ascii_alphabetic() => {
                self.ascii_firsts & (1 << b.to_ascii_lowercase()) != 0
            }
            _ => line
                .trim_start()
                .chars()
                .next()
                .and_then(|c| c.to_lowercase().next())
                .is_some_and(|c| self.firsts.contains(&c)),
        };
        if !furniture_first {
            return false;
        }
        // (An ASCII line has as many characters as bytes.)
        let ascii = line.is_ascii();
        if line.len() > 90 && (ascii || line.chars().count() > 90) {
            return false;
        }
        let l = line
            .trim()
            .trim_end_matches(['.', '!', ':', '»', '›', '>'])
            .trim();
        // An ASCII line is compared without a lower-case copy: the furniture is in lower
        // case, and ASCII's lower case is all there is to it.
        let lowered;
        let l = if ascii {
            l
        } else {
            lowered = l.to_lowercase();
            lowered.as_str()
        };
        let is = |a: &[u8], f: &str| a.eq_ignore_ascii_case(f.as_bytes());
        let l = l.as_bytes();
        // (The furniture is in lower case: a line is compared only with the lines that open
        // with its first byte, lower-cased.)
        let Some(first) = l.first().map(u8::to_ascii_lowercase) else {
            return false;
        };
        self.furniture.iter().any(|f| {
            f.as_bytes().first() == Some(&first)
                && (is(l, f) || (f.len() >= 8 && l.len() >= f.len() && is(&l[..f.len()], f)))
        })
    }

    /// Lay out an article: date header, headline, paragraphs, skipped furniture.
    pub fn layout(&self, text: &str) -> Layout {
        let mut layout = Layout::default();
        self.layout_into(text, &mut layout);
        layout
    }

    /// [`Cleaner::layout`] into the lists of an earlier layout (kept from one article to
    /// the next, they seldom grow).
    pub fn layout_into(&self, text: &str, layout: &mut Layout) {
        layout.date = None;
        layout.headline = None;
        layout.paragraphs.clear();
        layout.skipped.clear();
        // About one line in 128 bytes of news text (and fewer paragraphs).
        layout.paragraphs.reserve(text.len() / 128 + 1);
        let mut first = true;
        // The next brace, semicolon or equals sign at or after the line being read: a
        // line without one is no script (one search for the article, not one a line).
        let bytes = text.as_bytes();
        let mut sign = memchr::memchr3(b'{', b';', b'=', bytes);
        for r in line_ranges(text) {
            let mut r = trim_range(text, r);
            if r.is_empty() {
                continue;
            }
            if first {
                first = false;
                if let Some((date, len)) = date_header(&text[r.clone()]) {
                    layout.date = Some(date);
                    r.start += len;
                    if r.is_empty() {
                        continue;
                    }
                } else if is_headline(&text[r.clone()]) {
                    layout.headline = Some(r);
                    continue;
                }
            }
            let line = &text[r.clone()];
            if sign.is_some_and(|at| at < r.start) {
                sign = memchr::memchr3(b'{', b';', b'=', &bytes[r.start..]).map(|at| r.start + at);
            }
            let why = if sign.is_some_and(|at| at < r.end) && is_script(line, &self.script_signs) {
                Some(Furniture::Script)
            } else if is_caption(line) {
                Some(Furniture::Caption)
            } else if self.is_boilerplate(line) {
                Some(Furniture::Boilerplate)
            } else if line.starts_with('<') && line.contains("</") {
                Some(Furniture::Markup)
            } else {
                None
            };
            match why {
                Some(w) => layout.skipped.push((r, w)),
                None => layout.paragraphs.push(r),
            }
        }
    }
}

/// A short first line without final sentence punctuation is the headline.
fn is_headline(line: &str) -> bool {
    // (Counted no further than the limit: the first line may be a whole paragraph.)
    let words = line.split_whitespace().take(26).count();
    let last = line.trim_end().chars().last().unwrap_or('.');
    words <= 25
        && (!matches!(last, '.' | '!' | '?' | '”' | '"' | '’' | ':' | ',')
            || line.contains(": ‘")
            || line.contains(": “"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cleaner() -> Cleaner {
        Cleaner::new(include_str!("../grammars/en/furniture.txt"))
    }

    #[test]
    fn inline_date_header_is_metadata_not_text() {
        let t = " date 2017-05-11 Prime Minister Benjamin Netanyahu discussed peace.\n\nHe left.";
        let l = cleaner().layout(t);
        assert_eq!(l.date.as_deref(), Some("2017-05-11"));
        assert_eq!(l.headline, None);
        let paras: Vec<&str> = l.paragraphs.iter().map(|r| &t[r.clone()]).collect();
        assert_eq!(
            paras,
            vec![
                "Prime Minister Benjamin Netanyahu discussed peace.",
                "He left."
            ]
        );
    }

    #[test]
    fn headline_script_caption_and_furniture_are_found() {
        let t = "Bennett and Putin talk\nThey spoke.\ncnxps.cmd.push (function () {cnxps ({playerId: ’36a’}). render (‘4c’);});\nLavrov speaks in Moscow, on October 6, 2021 (Kirill Kudryavtsev / Pool via REUTERS)\nRead the rest here.\nEnd.";
        let l = cleaner().layout(t);
        assert_eq!(&t[l.headline.clone().unwrap()], "Bennett and Putin talk");
        let kinds: Vec<Furniture> = l.skipped.iter().map(|s| s.1).collect();
        assert_eq!(
            kinds,
            vec![
                Furniture::Script,
                Furniture::Caption,
                Furniture::Boilerplate
            ]
        );
        let paras: Vec<&str> = l.paragraphs.iter().map(|r| &t[r.clone()]).collect();
        assert_eq!(paras, vec!["They spoke.", "End."]);
    }

    #[test]
    fn a_caption_is_told_whatever_lower_casing_does_to_lengths() {
        // "K" (the Kelvin sign, 3 bytes) lower-cases to "k" (1 byte), "İ" (2 bytes) to
        // "i̇" (3 bytes): the credit is found in the line, not at the line's offset in its
        // lower-cased copy (which panicked).
        assert!(!is_caption("\u{212a}\u{212a}\u{212a} (a)"));
        assert!(is_caption(
            "\u{212a}\u{212a}\u{212a} rally (Photo / Reuters)"
        ));
        assert!(is_caption(
            "İİİİ rally in İstanbul (Kirill Kudryavtsev / Pool via REUTERS)"
        ));
    }

    proptest::proptest! {
        /// No line makes `is_caption` panic, with characters whose lower case is longer
        /// or shorter than they are.
        #[test]
        fn is_caption_takes_any_line(t in "[a-zK\u{212a}İẞ (/)]{0,24}") {
            let _ = is_caption(&t);
        }
    }

    proptest::proptest! {
        /// `lines` ends a line at \n, \r\n and a lone \r, as a walk over the bytes does.
        #[test]
        fn lines_end_at_every_line_break(t in "[ab\r\n]{0,20}") {
            let b = t.as_bytes();
            let mut want = Vec::new();
            let (mut start, mut i) = (0, 0);
            while i < b.len() {
                if b[i] == b'\n' || b[i] == b'\r' {
                    want.push(start..i);
                    if b[i] == b'\r' && b.get(i + 1) == Some(&b'\n') {
                        i += 1;
                    }
                    start = i + 1;
                }
                i += 1;
            }
            if start < b.len() {
                want.push(start..b.len());
            }
            proptest::prop_assert_eq!(lines(&t), want);
        }
    }

    #[test]
    fn crlf_and_lone_cr_are_line_ends() {
        let t = "A.\r\nB.\rC.";
        let ls: Vec<&str> = lines(t).into_iter().map(|r| &t[r]).collect();
        assert_eq!(ls, vec!["A.", "B.", "C."]);
    }
}
