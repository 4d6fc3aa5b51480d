//! Text helpers shared by every stage: byte ↔ character offsets.

use crate::model::Span;

/// Maps byte offsets of one text to character (Unicode scalar value) offsets.
///
/// Built once per article; a lookup goes straight to the block of [`BLOCK`] bytes that
/// holds the offset and passes the few non-ASCII characters of the block before it (a
/// claim asks for ten offsets: a search of all the wide characters cost more).
pub struct CharIndex {
    /// Byte offsets of every non-ASCII character, in order.
    wide: Vec<(usize, usize)>, // (byte offset, extra bytes beyond 1 accumulated up to and including it)
    /// For each block of [`BLOCK`] bytes, how many of `wide` start before it.
    blocks: Vec<usize>,
    len: usize,
}

/// The bytes of a block of [`CharIndex::blocks`].
const BLOCK: usize = 64;

/// The buffers of a [`CharIndex`], for the next text's ([`CharIndex::new_in`],
/// [`CharIndex::into_buffer`]).
#[derive(Debug, Default)]
pub struct CharIndexBuffers {
    wide: Vec<(usize, usize)>,
    blocks: Vec<usize>,
}

impl CharIndex {
    pub fn new(text: &str) -> Self {
        Self::new_in(text, CharIndexBuffers::default())
    }

    /// [`CharIndex::new`] in the buffers of an earlier index (see
    /// [`CharIndex::into_buffer`]), which have room for most texts already.
    pub fn new_in(text: &str, buffers: CharIndexBuffers) -> Self {
        let CharIndexBuffers {
            mut wide,
            mut blocks,
        } = buffers;
        wide.clear();
        blocks.clear();
        let mut extra = 0;
        // A lead byte of a multi-byte character tells its length. Runs of ASCII are
        // passed 32 bytes at a time, then 8, and a block of 8 with a wide character goes
        // straight to it; the character is passed whole (its continuation bytes are not
        // looked at).
        let bytes = text.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            if let Some(block) = bytes[i..].first_chunk::<32>() {
                let word = |k: usize| {
                    u64::from_le_bytes([
                        block[k],
                        block[k + 1],
                        block[k + 2],
                        block[k + 3],
                        block[k + 4],
                        block[k + 5],
                        block[k + 6],
                        block[k + 7],
                    ])
                };
                if (word(0) | word(8) | word(16) | word(24)) & 0x8080_8080_8080_8080 == 0 {
                    i += 32;
                    continue;
                }
            }
            if let Some(chunk) = bytes[i..].first_chunk::<8>() {
                let high = u64::from_le_bytes(*chunk) & 0x8080_8080_8080_8080;
                if high == 0 {
                    i += 8;
                    continue;
                }
                i += high.trailing_zeros() as usize / 8;
            }
            let b = bytes[i];
            if b >= 0xC0 {
                let more = char_len(b) - 1;
                extra += more;
                wide.push((i, extra));
                i += more;
            }
            i += 1;
        }
        // The blocks up to a wide character's own have as many before them as stand
        // before it (a fill for each block that holds one: most of a text is ASCII); one
        // block more than the text has whole ones, the end's.
        for (n, &(off, _)) in wide.iter().enumerate() {
            if blocks.len() <= off / BLOCK {
                blocks.resize(off / BLOCK + 1, n);
            }
        }
        blocks.resize(text.len() / BLOCK + 1, wide.len());
        CharIndex {
            wide,
            blocks,
            len: text.len(),
        }
    }

    /// The index's buffers, for the next [`CharIndex::new_in`].
    pub fn into_buffer(self) -> CharIndexBuffers {
        CharIndexBuffers {
            wide: self.wide,
            blocks: self.blocks,
        }
    }

    /// Character offset of byte offset `b` (which must be a char boundary or the end).
    #[inline]
    pub fn char_of(&self, b: usize) -> usize {
        let b = b.min(self.len);
        // Count extra bytes of wide chars that start strictly before b: those before its
        // block, then those of the block before it.
        let mut n = self.blocks[b / BLOCK];
        while n < self.wide.len() && self.wide[n].0 < b {
            n += 1;
        }
        if n == 0 {
            b
        } else {
            b - self.wide[n - 1].1
        }
    }

    /// Character span of a byte range. (Inlined: a claim asks for several.)
    #[inline]
    pub fn span(&self, start: usize, end: usize) -> Span {
        Span {
            start: self.char_of(start),
            end: self.char_of(end),
        }
    }
}

/// Searches for one, two or three bytes with their searcher built once. memchr's
/// `memchr`, `memchr2` and `memchr3` pick the searcher for the CPU and build it on every
/// call: a cost that shows on haystacks as short as a sentence or a line, searched some
/// 150 k times an article set. On x86-64 with AVX2 these use memchr's AVX2 searchers
/// (built on first use); elsewhere they call the functions.
macro_rules! byte_search {
    ($(#[$doc:meta])* $name:ident, $avx2:ident, $call:path, $($n:ident),+) => {
        $(#[$doc])*
        pub(crate) struct $name {
            needles: [u8; byte_search!(@count $($n)+)],
            #[cfg(target_arch = "x86_64")]
            avx2: std::sync::OnceLock<Option<memchr::arch::x86_64::avx2::memchr::$avx2>>,
        }

        impl $name {
            pub(crate) const fn new($($n: u8),+) -> Self {
                $name {
                    needles: [$($n),+],
                    #[cfg(target_arch = "x86_64")]
                    avx2: std::sync::OnceLock::new(),
                }
            }

            /// The first of the bytes in `hay`, as memchr's function finds it.
            #[inline]
            pub(crate) fn find(&self, hay: &[u8]) -> Option<usize> {
                // (The needles are read where they are used: once built, the searcher
                // holds its own, and a search reads none of them here.)
                #[cfg(target_arch = "x86_64")]
                if let Some(t) = self.avx2.get_or_init(|| {
                    let [$($n),+] = self.needles;
                    memchr::arch::x86_64::avx2::memchr::$avx2::new($($n),+)
                }) {
                    return t.find(hay);
                }
                let [$($n),+] = self.needles;
                $call($($n,)+ hay)
            }
        }
    };
    (@count $($n:ident)+) => { [$(byte_search!(@one $n)),+].len() };
    (@one $n:ident) => { () };
}

byte_search!(
    /// A search for one byte (see [`byte_search`]).
    One, One, memchr::memchr, n1
);
byte_search!(
    /// A search for two bytes (see [`byte_search`]).
    Two, Two, memchr::memchr2, n1, n2
);
byte_search!(
    /// A search for three bytes (see [`byte_search`]).
    Three, Three, memchr::memchr3, n1, n2, n3
);

/// The months, lower case, January first (for dates in `report` and times in `extract`).
pub const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// The days of the week, lower case, Monday first (for dates in `report` and times in
/// `extract`).
pub const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Slice `text` by a character span. Returns `None` when out of range.
pub fn slice_chars(text: &str, span: Span) -> Option<&str> {
    let mut it = text
        .char_indices()
        .map(|(i, _)| i)
        .chain(std::iter::once(text.len()));
    let start = it.nth(span.start)?;
    let end = if span.end == span.start {
        start
    } else {
        text.char_indices()
            .map(|(i, _)| i)
            .chain(std::iter::once(text.len()))
            .nth(span.end)?
    };
    if end < start {
        return None;
    }
    text.get(start..end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_offsets_count_scalar_values() {
        let t = "a“b”c’d";
        let ix = CharIndex::new(t);
        let pos: Vec<usize> = t.char_indices().map(|(i, _)| ix.char_of(i)).collect();
        assert_eq!(pos, vec![0, 1, 2, 3, 4, 5, 6]);
        assert_eq!(ix.char_of(t.len()), 7);
        assert_eq!(slice_chars(t, Span { start: 1, end: 4 }), Some("“b”"));
    }

    proptest::proptest! {
        /// Every char boundary maps to the number of characters before it.
        #[test]
        fn char_of_counts_characters(t in "([a-z é€“”]|\\PC){0,30}") {
            let ix = CharIndex::new(&t);
            for (i, _) in t.char_indices().chain(std::iter::once((t.len(), ' '))) {
                proptest::prop_assert_eq!(ix.char_of(i), t[..i].chars().count());
            }
        }

        /// The byte searches built once find what memchr's functions find.
        #[test]
        fn byte_searches_agree_with_memchr(h in proptest::collection::vec(proptest::sample::select(b"ab.:!?\n\r".to_vec()), 0..80)) {
            proptest::prop_assert_eq!(One::new(b':').find(&h), memchr::memchr(b':', &h));
            proptest::prop_assert_eq!(Two::new(b'\n', b'\r').find(&h), memchr::memchr2(b'\n', b'\r', &h));
            proptest::prop_assert_eq!(Three::new(b'.', b'!', b'?').find(&h), memchr::memchr3(b'.', b'!', b'?', &h));
        }
    }
}

/// A fast, non-cryptographic hasher (FxHash) for the word lists: keys are short words
/// from our own grammar files, so hash flooding is not a concern.
#[derive(Default, Clone, Copy)]
pub struct FxHasher(u64);

/// One step of the Fx hash: `h` with the 8 bytes `v` mixed in (also the word table's
/// hash, in `grammar::lexicon`).
#[inline(always)]
pub(crate) fn fx_mix(h: u64, v: u64) -> u64 {
    const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
    (h.rotate_left(5) ^ v).wrapping_mul(K)
}

impl FxHasher {
    #[inline(always)]
    fn add(&mut self, v: u64) {
        self.0 = fx_mix(self.0, v);
    }
}

impl std::hash::Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        // Each chunk zero-padded to 8 bytes, read by `head` (no copy of variable length).
        for chunk in bytes.chunks(8) {
            self.add(crate::grammar::token::head(chunk));
        }
    }
    fn write_u8(&mut self, i: u8) {
        // As `write(&[i])`.
        self.add(u64::from(i));
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

/// A `HashMap` with [`FxHasher`].
pub type FastMap<K, V> = std::collections::HashMap<K, V, std::hash::BuildHasherDefault<FxHasher>>;
/// A `HashSet` with [`FxHasher`].
pub type FastSet<K> = std::collections::HashSet<K, std::hash::BuildHasherDefault<FxHasher>>;

/// The byte length of the character whose UTF-8 encoding starts with `lead`.
#[inline(always)]
pub fn char_len(lead: u8) -> usize {
    match lead {
        0xF0.. => 4,
        0xE0.. => 3,
        0xC0.. => 2,
        _ => 1,
    }
}

/// Call `f` with `w` in lower case, without allocating for short ASCII words.
pub fn with_lower<R>(w: &str, f: impl FnOnce(&str) -> R) -> R {
    if !w.bytes().any(|b| b.is_ascii_uppercase()) && w.is_ascii() {
        return f(w);
    }
    let mut buf = [0u8; 48];
    if w.is_ascii() && w.len() <= buf.len() {
        for (d, s) in buf.iter_mut().zip(w.bytes()) {
            *d = s.to_ascii_lowercase();
        }
        // ASCII lower-casing keeps UTF-8 valid.
        if let Ok(s) = std::str::from_utf8(&buf[..w.len()]) {
            return f(s);
        }
    }
    f(&w.to_lowercase())
}
