//! Who the source is: names, short names, titles and pronouns resolved within an article.
//!
//! As the extractor walks the article, [`Resolver::observe`] registers the people it
//! sees introduced ("Prime Minister Benjamin Netanyahu"): full name, last name and the
//! title they came with. [`Resolver::resolve`] then turns a source mention into the
//! person ("Netanyahu", "Mr. Netanyahu", "the prime minister", "he" → `Benjamin
//! Netanyahu`). Organisations and places standing for governments ("the Kremlin",
//! "Moscow") stay as written.

use std::ops::Range;

use crate::grammar::lexicon::WordInfo;
use crate::grammar::token::{head, in_range, Kind, Tok};
use crate::grammar::Lexicon;
use crate::model::SourceKind;
use crate::text::{with_lower, FastMap, FxHasher};

/// Capitalised words that describe the person a full name after them names ("Republican
/// Donald Trump", "Billionaire Donald Trump", "Rival Hillary Clinton").
const LABELS: [&str; 9] = [
    "Republican",
    "Democrat",
    "Democratic",
    "GOP",
    "Rival",
    "Billionaire",
    "Former",
    "Conservative",
    "Liberal",
];

/// A name the resolver keeps: a byte range of [`People::names`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Piece {
    start: usize,
    end: usize,
}

impl Piece {
    fn is_empty(self) -> bool {
        self.start == self.end
    }
}

#[derive(Debug, Clone, Copy)]
struct Person {
    full: Piece,
    /// The last word of `full` (a piece of it).
    last: Piece,
    /// Lower-case title words it was introduced with ("prime minister"), or empty.
    title: Piece,
    /// The gender once told (see [`People::gender_of`]).
    gender: Option<Option<Gender>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Gender {
    Female,
    Male,
}

/// Who has been mentioned in an article. Every name kept lies in one string, so a
/// person costs no allocation of its own; the buffers go on from one article to the next
/// (see [`ResolverBuffers`]), so an article's resolver seldom allocates at all.
#[derive(Debug, Default)]
struct People {
    /// The names kept, one after the other.
    names: String,
    people: Vec<Person>,
    /// One bit for each last name of `people` (see [`last_bit`]): a word whose bit is
    /// not set is no one's last name, told without a scan of the people.
    lasts: u64,
    /// Once an article has [`INDEX_FROM`] people, its full and last names by hash (a
    /// full name to its person, a last name to the latest person of it; a name of
    /// another with the same hash is looked for by a scan): the scans of
    /// [`People::by_full`] and [`People::by_last`] stay short in a huge article.
    by_full_hash: FastMap<u64, usize>,
    by_last_hash: FastMap<u64, usize>,
    /// People mentioned, most recent last (a short window), for pronouns.
    recent: Vec<Piece>,
    last_org: Option<Piece>,
    last_group: Option<Piece>,
    /// The words of the mention being resolved.
    words: Words,
}

impl People {
    fn get(&self, p: Piece) -> &str {
        &self.names[p.start..p.end]
    }

    /// The bytes of [`People::get`], where no text is needed (no test of character
    /// boundaries: a scan of the people asks it of each).
    fn bytes(&self, p: Piece) -> &[u8] {
        &self.names.as_bytes()[p.start..p.end]
    }

    /// Is the kept name `p` the same as `name`? (Most names of an article differ in
    /// length: told before the bytes are compared.)
    #[inline(always)]
    fn is(&self, p: Piece, name: &[u8]) -> bool {
        p.end - p.start == name.len() && same_bytes(&self.names.as_bytes()[p.start..p.end], name)
    }

    /// Keep what `write` appends to the names.
    fn store_with(&mut self, write: impl FnOnce(&mut String)) -> Piece {
        let start = self.names.len();
        write(&mut self.names);
        Piece {
            start,
            end: self.names.len(),
        }
    }

    /// Keep `s` among the names.
    fn store(&mut self, s: &str) -> Piece {
        self.store_with(|names| names.push_str(s))
    }

    /// Keep the title words among these, lower case, joined by spaces ("prime minister").
    fn store_title(&mut self, words: &[NameWord]) -> Piece {
        self.store_with(|names| push_title(words, names))
    }

    /// Keep the words of a name joined by spaces (taken back with `names.truncate` when
    /// the name is known: a lookup allocates nothing).
    fn store_name(&mut self, words: &[NameWord]) -> Piece {
        self.store_with(|names| {
            for (k, w) in words.iter().enumerate() {
                if k > 0 {
                    names.push(' ');
                }
                names.push_str(w.w);
            }
        })
    }

    /// A new person whose full name was just kept (no one of that full name is known
    /// yet); its last name is the last word of the full one.
    fn add_person(&mut self, full: Piece, last_len: usize, title: &[NameWord]) {
        let title = self.store_title(title);
        let last = Piece {
            start: full.end - last_len,
            end: full.end,
        };
        self.lasts |= last_bit(self.get(last));
        self.people.push(Person {
            full,
            last,
            title,
            gender: None,
        });
        if self.people.len() == INDEX_FROM {
            for i in 0..self.people.len() {
                self.index(i);
            }
        } else if self.people.len() > INDEX_FROM {
            self.index(self.people.len() - 1);
        }
    }

    /// Enter person `i` in the indexes by hash (a full name already there stays: full
    /// names differ, and another of the same hash is found by a scan).
    fn index(&mut self, i: usize) {
        let p = self.people[i];
        let (full, last) = (name_hash(self.bytes(p.full)), name_hash(self.bytes(p.last)));
        self.by_full_hash.entry(full).or_insert(i);
        self.by_last_hash.insert(last, i);
    }

    /// The gender of person `i`, from the title it was introduced with or its first name:
    /// told when first asked (most people are never referred to by a pronoun).
    fn gender_of(&mut self, lx: &Lexicon, i: usize) -> Option<Gender> {
        let p = self.people[i];
        if let Some(g) = p.gender {
            return g;
        }
        let g = gender(lx, self.get(p.full), self.get(p.title));
        self.people[i].gender = Some(g);
        g
    }

    /// The person of this full name (full names are unique among the people).
    fn by_full(&self, full: &[u8]) -> Option<usize> {
        if self.people.len() >= INDEX_FROM {
            match self.by_full_hash.get(&name_hash(full)) {
                None => return None,
                Some(&i) if self.is(self.people[i].full, full) => return Some(i),
                Some(_) => {}
            }
        }
        self.people.iter().position(|p| self.is(p.full, full))
    }

    /// The latest person of this last name.
    fn by_last(&self, last: &[u8]) -> Option<usize> {
        if self.lasts & last_bit_of(last) == 0 {
            // No one's last name.
            return None;
        }
        if self.people.len() >= INDEX_FROM {
            // (A later person of this last name would have taken its place.)
            match self.by_last_hash.get(&name_hash(last)) {
                None => return None,
                Some(&i) if self.is(self.people[i].last, last) => return Some(i),
                Some(_) => {}
            }
        }
        self.people.iter().rposition(|p| self.is(p.last, last))
    }

    /// Someone kept was mentioned: one more for pronouns (moved
    /// to the end of the window when there, the oldest dropping out when the window is
    /// full).
    fn mention(&mut self, full: Piece) {
        // (Most often the one mentioned last, by the same piece: at the end already.)
        if self.recent.last() == Some(&full) {
            return;
        }
        // (Most often in the window by the same piece: told before the bytes are compared.)
        let name = self.bytes(full);
        match self
            .recent
            .iter()
            .rposition(|&r| r == full || self.is(r, name))
        {
            Some(at) => {
                self.move_to_end(at);
            }
            None => self.push_recent(full),
        }
    }

    /// [`People::mention`] of a name not kept yet.
    fn mention_str(&mut self, name: &str) {
        match self.in_recent(name.as_bytes()) {
            Some(at) => {
                self.move_to_end(at);
            }
            None => {
                let p = self.store(name);
                self.push_recent(p);
            }
        }
    }

    /// Where `name` is in the window. (The names of the window differ: the search
    /// starts from the most recent, the likeliest.)
    fn in_recent(&self, name: &[u8]) -> Option<usize> {
        self.recent.iter().rposition(|&r| self.is(r, name))
    }

    /// Move the name at `at` of the window to its end.
    fn move_to_end(&mut self, at: usize) -> Piece {
        let r = self.recent.remove(at);
        self.recent.push(r);
        r
    }

    /// A name new to the window joins it, the oldest dropping out when it is full.
    fn push_recent(&mut self, p: Piece) {
        if self.recent.len() >= RECENT {
            self.recent.remove(0);
        }
        self.recent.push(p);
    }
}

/// Are `a` and `b`, of one length, the same bytes? A name is short: up to 16 bytes are
/// compared as one or two 8-byte heads a side (the two may overlap), where a comparison of
/// slices is a call to `memcmp` that costs more than the compare.
#[inline(always)]
fn same_bytes(a: &[u8], b: &[u8]) -> bool {
    let n = a.len();
    if n != b.len() {
        return false;
    }
    if n <= 8 {
        head(a) == head(b)
    } else if n <= 16 {
        head(&a[..8]) == head(&b[..8]) && head(&a[n - 8..]) == head(&b[n - 8..])
    } else {
        a == b
    }
}

/// The words of a mention: where each lies in the mention, and its lower-case form
/// without possessive and final period. The lower-case forms are written one after the
/// other in one string, one space apart, so two neighbours are one slice ("white house").
#[derive(Debug, Default)]
struct Words {
    lower: String,
    at: Vec<MentionWord>,
}

#[derive(Debug, Clone, Copy)]
struct MentionWord {
    /// The word's byte range in the mention.
    start: usize,
    end: usize,
    /// Its lower-case form's byte range in [`Words::lower`].
    lower: Piece,
    /// Nothing was cut from the word: its lower-case form is the whole word's.
    bare: bool,
    /// What the lists say of the lower-case form.
    info: WordInfo,
}

/// Does the capitalised word `w` look like a plural ("Traders", "Organisers"; not "Congress",
/// "Marcus", "Paris", nor a word with a capital or a wide character after its first)?
fn looks_plural(w: &str) -> bool {
    w.len() > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && !w.ends_with("is")
        // (Bytes: a first character of several bytes is no plural's.)
        && w.as_bytes()[1..].iter().all(u8::is_ascii_lowercase)
}

/// Does `text` hold the word `w` (in lower case) as a word of its own, not inside another?
fn has_word(text: &str, w: &str) -> bool {
    let t = text.as_bytes();
    let word_byte = |b: u8| b.is_ascii_alphanumeric() || b >= 0x80;
    !w.is_empty()
        && memchr::memmem::find_iter(t, w.as_bytes()).any(|i| {
            (i == 0 || !word_byte(t[i - 1])) && t.get(i + w.len()).is_none_or(|&b| !word_byte(b))
        })
}

/// Is this one word shaped like the name of an organisation: an acronym of up to four
/// capitals ("FBI", "NATO"), a period or digit inside ("U.S.", "Factcheck.org", "3M"), or a
/// capital inside after four letters ("BuzzFeed", "HuffPost"; not "McConnell", "DeSantis")?
fn one_word_body(w: &str) -> bool {
    let b = w.as_bytes();
    let letters = b.iter().filter(|c| c.is_ascii_alphabetic()).count();
    (letters <= 4 && b.iter().all(|c| c.is_ascii_uppercase()))
        || b.iter().any(|c| c.is_ascii_digit())
        || b.len() > 1 && b[..b.len() - 1].contains(&b'.')
        || b.iter().skip(4).any(|c| c.is_ascii_uppercase())
            && b[..4].iter().all(|c| c.is_ascii_alphabetic())
}

/// "An official said", "a senior administration official", "one Trump aide": one
/// person the article does not name, in the role that anonymous sourcing uses. (A name
/// given with it, "an aide, John Smith,", is not unnamed; "officials" are a `group`.)
fn unnamed_official(mention: &str, words: &Words) -> bool {
    const HEADS: [&str; 7] = [
        "official", "aide", "adviser", "advisor", "insider", "diplomat", "staffer",
    ];
    // A headline's bare "official says" is one too.
    if words.len() == 1 {
        return HEADS.contains(&words.lower(0));
    }
    // (The first word rules out most mentions: asked before the mention is searched.)
    if !matches!(words.lower(0), "a" | "an" | "one" | "another") {
        return false;
    }
    if mention.contains(',') {
        return false;
    }
    // The head noun: the last word before a complement ("an official with the ministry").
    let head_at = (1..words.len())
        .find(|&k| {
            matches!(
                words.lower_bytes(k),
                b"of" | b"for" | b"in" | b"at" | b"with" | b"from" | b"who"
            )
        })
        .unwrap_or(words.len());
    HEADS.contains(&words.lower(head_at - 1))
}

impl Words {
    /// Read the words of `mention`, replacing what was held.
    fn read(&mut self, mention: &str, lx: &Lexicon) {
        use nom::Offset;
        self.lower.clear();
        self.at.clear();
        if !mention.is_ascii() {
            for w in mention.split_whitespace() {
                let start = mention.offset(w);
                self.push(mention, start..start + w.len(), lx);
            }
            return;
        }
        // ASCII: split at the bytes `split_whitespace` splits at, without decoding.
        let b = mention.as_bytes();
        let space = |c: u8| matches!(c, b' ' | b'\t' | b'\n' | b'\x0B' | b'\x0C' | b'\r');
        let mut i = 0;
        loop {
            while i < b.len() && space(b[i]) {
                i += 1;
            }
            if i == b.len() {
                break;
            }
            let start = i;
            while i < b.len() && !space(b[i]) {
                i += 1;
            }
            self.push_ascii(mention, start..i, lx);
        }
    }

    /// [`Words::push`] of a word of an ASCII mention: its possessive can only be "'s",
    /// and its lower-case form is its bytes lower-cased.
    fn push_ascii(&mut self, mention: &str, at: Range<usize>, lx: &Lexicon) {
        let b = &mention.as_bytes()[at.clone()];
        let mut n = b.len();
        if b.ends_with(b"'s") {
            n -= 2;
        }
        while n > 0 && b[n - 1] == b'.' {
            n -= 1;
        }
        if !self.at.is_empty() {
            self.lower.push(' ');
        }
        let l = self.lower.len();
        self.lower.push_str(&mention[at.start..at.start + n]);
        // (Most words of a mention are in lower case or open with the one capital.)
        match capitals(&b[..n]) {
            Capitals::None => {}
            Capitals::First => self.lower[l..l + 1].make_ascii_lowercase(),
            Capitals::Other => self.lower[l..].make_ascii_lowercase(),
        }
        self.keep(at, l, n == b.len(), lx);
    }

    /// Add the word of `mention` at `at`.
    fn push(&mut self, mention: &str, at: Range<usize>, lx: &Lexicon) {
        let w = &mention[at.clone()];
        let s = strip_possessive(w).trim_end_matches('.');
        if !self.at.is_empty() {
            self.lower.push(' ');
        }
        let l = self.lower.len();
        if s.is_ascii() {
            self.lower.push_str(s);
            self.lower[l..].make_ascii_lowercase();
        } else {
            self.lower.push_str(&s.to_lowercase());
        }
        self.keep(at, l, s.len() == w.len(), lx);
    }

    /// Keep the word of the mention at `at`, whose lower-case form was just written to
    /// [`Words::lower`] from byte `l` (`bare`: nothing was cut from it).
    fn keep(&mut self, at: Range<usize>, l: usize, bare: bool, lx: &Lexicon) {
        self.at.push(MentionWord {
            start: at.start,
            end: at.end,
            lower: Piece {
                start: l,
                end: self.lower.len(),
            },
            bare,
            info: lx.info(&self.lower[l..]),
        });
    }

    fn len(&self) -> usize {
        self.at.len()
    }

    /// The lower-case form of word `k`.
    fn lower(&self, k: usize) -> &str {
        let p = self.at[k].lower;
        &self.lower[p.start..p.end]
    }

    /// The bytes of [`Words::lower`], for the comparisons with words of a list (no test of
    /// character boundaries, as a str slice makes).
    fn lower_bytes(&self, k: usize) -> &[u8] {
        let p = self.at[k].lower;
        &self.lower.as_bytes()[p.start..p.end]
    }

    /// Words `k` and `k + 1` in lower case, joined by a space.
    fn pair(&self, k: usize) -> &str {
        &self.lower[self.at[k].lower.start..self.at[k + 1].lower.end]
    }
}

/// Where the capitals (A to Z) of an ASCII word are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Capitals {
    None,
    /// The first byte alone.
    First,
    Other,
}

/// [`Capitals`] of the ASCII bytes `b`, eight at a time (by the tokenizer's [`in_range`],
/// whose sums carry into no other byte, as no byte is above 0x7F).
fn capitals(b: &[u8]) -> Capitals {
    let mut first = true;
    let mut found = Capitals::None;
    for chunk in b.chunks(8) {
        // (Zero-padded: a zero is no capital.)
        match in_range(head(chunk), b'A', b'Z') {
            0 => {}
            0x80 if first => found = Capitals::First,
            _ => return Capitals::Other,
        }
        first = false;
    }
    found
}

/// Per-article state of who has been mentioned.
pub struct Resolver<'a> {
    lx: &'a Lexicon,
    st: People,
    /// The words of a run of capitals in [`Resolver::observe`] (kept to save allocations).
    words_buf: Vec<NameWord<'a>>,
    /// The words of a mention after its determiner, in [`Resolver::resolve`].
    body_buf: Vec<NameWord<'a>>,
    /// The article's text, as [`Resolver::observe`] last saw it.
    text: &'a str,
    /// A person described now is no referent of later pronouns (set while the words
    /// before a relative "who" are resolved: "a Democratic pollster who").
    quiet: bool,
    /// The mention now resolved is no referent of any kind ([`Resolver::resolve_aside`]).
    aside: bool,
}

/// The buffers of a [`Resolver`], for the next article's ([`Resolver::with_buffers`],
/// [`Resolver::into_buffers`]).
#[derive(Debug, Default)]
pub struct ResolverBuffers(People);

const DETS: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their",
];
/// How many people mentioned last a pronoun may refer to.
const RECENT: usize = 12;

/// The bytes of a name up to its first space.
fn first_word(n: &[u8]) -> &[u8] {
    n.split(|&b| b == b' ').next().unwrap_or(n)
}

/// Is `w` one of [`NOT_NAMES`]? (Asked of most capitalised words of a mention or a run:
/// one probe of a small table by the word's head rather than a comparison per word.)
#[inline]
fn not_name(w: &str) -> bool {
    let b = w.as_bytes();
    if b.is_empty() || b.len() > 9 {
        return false;
    }
    let h = head(b);
    let mut i = not_name_slot(h, b.len());
    loop {
        let s = &NOT_NAME_SLOTS[i];
        if s.len == 0 {
            return false;
        }
        // (The one byte after the head only a word of nine bytes has.)
        if s.head == h && usize::from(s.len) == b.len() && (b.len() < 9 || b[8] == s.ninth) {
            return true;
        }
        i = (i + 1) % NOT_NAME_SLOTS.len();
    }
}

/// Capitalised words that do not start or make a name (none longer than nine bytes).
const NOT_NAMES: [&str; 104] = [
    "The",
    "A",
    "An",
    "In",
    "On",
    "At",
    "But",
    "And",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "This",
    "That",
    "Last",
    "After",
    "Before",
    "When",
    "While",
    "As",
    "If",
    "Despite",
    "Both",
    "Two",
    "According",
    // A question's or a sentence's first word ("Does Rubio, like Tilton, oppose …",
    // "Then DuPont …") is no first name.
    "Does",
    "Did",
    "Do",
    "Is",
    "Was",
    "Are",
    "Were",
    "Has",
    "Have",
    "Had",
    "Can",
    "Could",
    "Should",
    "Would",
    "Then",
    "So",
    "Or",
    "Now",
    "Even",
    "Why",
    "How",
    "What",
    "Where",
    "Since",
    "Because",
    // Subordinators and prepositions that open a sentence ("Though Kaine has adopted …").
    "Though",
    "Although",
    "Whereas",
    "Unless",
    "Until",
    "Whether",
    "Once",
    "Amid",
    "Among",
    "Under",
    "Through",
    "Against",
    "Neither",
    "Either",
    "Meanwhile",
    "By",
    "For",
    "With",
    "From",
    "During",
    "Without",
    "Unlike",
    "Like",
    "Not",
    "Also",
    "Still",
    "Yet",
    "Only",
    "Just",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A word of [`NOT_NAMES`] in [`NOT_NAME_SLOTS`]: its [`head`], its length (0: a free
/// slot) and its ninth byte.
#[derive(Clone, Copy)]
struct NotNameSlot {
    head: u64,
    len: u8,
    ninth: u8,
}

/// Where a word of this head and length is looked for first in [`NOT_NAME_SLOTS`].
const fn not_name_slot(head: u64, len: usize) -> usize {
    (head
        .wrapping_add(len as u64)
        .wrapping_mul(0x9E37_79B9_7F4A_7C15)
        >> 56) as usize
}

/// [`NOT_NAMES`] by [`not_name_slot`], a taken slot passed on to the next (less than
/// half the slots are taken: a search ends soon at a free one).
const NOT_NAME_SLOTS: [NotNameSlot; 256] = {
    let mut slots = [NotNameSlot {
        head: 0,
        len: 0,
        ninth: 0,
    }; 256];
    let mut k = 0;
    while k < NOT_NAMES.len() {
        let b = NOT_NAMES[k].as_bytes();
        assert!(!b.is_empty() && b.len() <= 9);
        let h = head(b);
        let mut i = not_name_slot(h, b.len());
        while slots[i].len != 0 {
            i = (i + 1) % 256;
        }
        slots[i] = NotNameSlot {
            head: h,
            len: b.len() as u8,
            ninth: if b.len() == 9 { b[8] } else { 0 },
        };
        k += 1;
    }
    slots
};

/// Does the token open a run of capitalised words in [`Resolver::observe`]? Names inside
/// a quotation are titles or words of the speaker ("Good Morning America"), not people
/// the article introduces.
fn opens_run(t: &Tok) -> bool {
    t.first & Tok::UPPER != 0 && t.kind == Kind::Word && !t.quoted
}

/// The first of `toks` that [`opens_run`]. (Most tokens are no capitalised word: four
/// at a time are passed over when none of them is one, told by their first bytes alone.)
fn next_run(toks: &[Tok]) -> Option<usize> {
    let mut chunks = toks.chunks_exact(4);
    let mut base = 0;
    for c in &mut chunks {
        if (c[0].first | c[1].first | c[2].first | c[3].first) & Tok::UPPER != 0 {
            if let Some(i) = c.iter().position(opens_run) {
                return Some(base + i);
            }
        }
        base += 4;
    }
    chunks
        .remainder()
        .iter()
        .position(opens_run)
        .map(|i| base + i)
}

/// A word of a name with what the word lists say of it.
#[derive(Debug, Clone, Copy)]
struct NameWord<'w> {
    w: &'w str,
    title: bool,
    kind: Option<SourceKind>,
}

/// Are there title words among these?
fn has_title(words: &[NameWord]) -> bool {
    words.iter().any(|w| w.title)
}

/// The title words among these, lower case, joined by spaces ("prime minister"), pushed
/// onto `out`. (Each word lower-cased alone is the whole lower-cased: a space ends the
/// context of a final sigma.)
fn push_title(words: &[NameWord], out: &mut String) {
    for (k, w) in words.iter().filter(|w| w.title).enumerate() {
        if k > 0 {
            out.push(' ');
        }
        let l = out.len();
        if w.w.is_ascii() {
            out.push_str(w.w.trim_end_matches('.'));
            out[l..].make_ascii_lowercase();
            // "Sen. Bernie Sanders" is "the senator" later: an abbreviated title is
            // kept in full.
            let full = match &out[l..] {
                "sen" => "senator",
                "rep" => "representative",
                "gov" => "governor",
                "gen" => "general",
                "lt" => "lieutenant",
                "col" => "colonel",
                "sgt" => "sergeant",
                "prof" => "professor",
                "dr" => "doctor",
                _ => "",
            };
            if !full.is_empty() {
                out.truncate(l);
                out.push_str(full);
            }
        } else {
            out.push_str(&w.w.to_lowercase());
        }
    }
}

/// Gender from a title (Mr., Mrs., Ms.) or a known first name.
fn gender(lx: &Lexicon, full: &str, title: &str) -> Option<Gender> {
    let by_title = with_lower(title, |t| {
        if t.split_whitespace()
            .any(|w| matches!(w.trim_end_matches('.'), "mrs" | "ms" | "miss"))
        {
            Some(Gender::Female)
        } else if t
            .split_whitespace()
            .any(|w| w.trim_end_matches('.') == "mr")
        {
            Some(Gender::Male)
        } else {
            None
        }
    });
    if by_title.is_some() {
        return by_title;
    }
    with_lower(full.split_whitespace().next()?, |first| {
        if lx.names_female.contains(first) {
            Some(Gender::Female)
        } else if lx.names_male.contains(first) {
            Some(Gender::Male)
        } else {
            None
        }
    })
}

fn is_cap(w: &str) -> bool {
    match w.as_bytes().first() {
        Some(&b) if b.is_ascii() => b.is_ascii_uppercase(),
        _ => w.chars().next().is_some_and(char::is_uppercase),
    }
}

/// [`strip_possessive`] of a word's bytes.
fn possessive_cut(w: &[u8]) -> &[u8] {
    if w.last() != Some(&b's') {
        return w;
    }
    w.strip_suffix("’s".as_bytes())
        .or_else(|| w.strip_suffix(b"'s"))
        .unwrap_or(w)
}

fn strip_possessive(w: &str) -> &str {
    // (Most words do not end in s: told by the last byte before the suffixes are compared.)
    if w.as_bytes().last() != Some(&b's') {
        return w;
    }
    w.strip_suffix("’s")
        .or_else(|| w.strip_suffix("'s"))
        .unwrap_or(w)
}

/// A mention without a contracted auxiliary at its end: "She’d argued", "They've said",
/// "We’re told", "He’ll say" name the person before the apostrophe.
fn strip_contraction(w: &str) -> &str {
    // (Told by the last byte before the suffixes are compared: most mentions end otherwise.)
    let suffixes: &[&str] = match w.as_bytes().last() {
        Some(b'd') => &["’d", "'d"],
        Some(b'e') => &["’ve", "'ve", "’re", "'re"],
        Some(b'l') => &["’ll", "'ll"],
        _ => return w,
    };
    suffixes.iter().find_map(|s| w.strip_suffix(s)).unwrap_or(w)
}

impl<'a> Resolver<'a> {
    pub fn new(lx: &'a Lexicon) -> Self {
        Self::with_buffers(lx, ResolverBuffers::default())
    }

    /// A resolver for a new article in the buffers of an earlier one.
    pub fn with_buffers(lx: &'a Lexicon, buffers: ResolverBuffers) -> Self {
        let ResolverBuffers(mut st) = buffers;
        st.names.clear();
        st.people.clear();
        st.lasts = 0;
        st.by_full_hash.clear();
        st.by_last_hash.clear();
        st.recent.clear();
        st.last_org = None;
        st.last_group = None;
        Resolver {
            lx,
            st,
            // (Room for the longest names and mentions of most articles.)
            words_buf: Vec::with_capacity(16),
            body_buf: Vec::with_capacity(16),
            text: "",
            quiet: false,
            aside: false,
        }
    }

    /// The full name of the one person of the article whose last name is `last`, if
    /// exactly one is ("Trump" → "Donald Trump", unless Ivanka Trump is named too) and
    /// the article calls no one of that name by a title of the other sex ("Michelle
    /// Obama" is not the "Obama" of an article that writes "Mr. Obama").
    pub fn only_bearer(&mut self, last: &str) -> Option<String> {
        let st = &self.st;
        if st.lasts & last_bit(last) == 0 {
            return None;
        }
        let lx = self.lx;
        let mut bearers =
            (0..st.people.len()).filter(|&i| st.is(st.people[i].last, last.as_bytes()));
        let i = bearers.next()?;
        // (A full name that opens with a known first name: not "Maybe Trump", a run of
        // capitals the article opens a sentence with.)
        let full = st.get(st.people[i].full);
        let first = std::str::from_utf8(first_word(full.as_bytes())).unwrap_or("");
        let named = first.len() < full.len() && with_lower(first, |l| lx.first_name(l));
        if !named || bearers.next().is_some() {
            return None;
        }
        // (One search of the text for the title and name together.)
        let titled = |t: &str| {
            let needle = [t, last].concat();
            memchr::memmem::find(self.text.as_bytes(), needle.as_bytes()).is_some()
        };
        let other_sex = match self.st.gender_of(lx, i) {
            Some(Gender::Female) => titled("Mr. "),
            Some(Gender::Male) => titled("Mrs. ") || titled("Ms. "),
            None => false,
        };
        (!other_sex).then(|| self.st.get(self.st.people[i].full).to_string())
    }

    /// The buffers, for the next article's resolver.
    pub fn into_buffers(self) -> ResolverBuffers {
        ResolverBuffers(self.st)
    }

    /// What the lists say of one word (no white space in it), in any case: the word
    /// table answers for titles and one-word source nouns alike.
    fn word_info(&self, w: &str) -> WordInfo {
        with_lower(w, |l| self.lx.info(l))
    }

    /// Does `w` end as an adjective of a nation or language does ("Palestinian",
    /// "Chinese", "Israeli", "Western", "Arabic-language")? (Told by its last three
    /// bytes, which every ending shares with "-language" or is.)
    fn is_adjectival(w: &str) -> bool {
        let b = w.as_bytes();
        match b.len().checked_sub(3).map(|i| &b[i..]) {
            Some(b"ian" | b"ese" | b"ish" | b"eli") => b.len() > 4,
            Some(b"ern") => true,
            Some(b"age") => w.ends_with("-language"),
            _ => false,
        }
    }

    /// A word of a mention with what the lists say of it.
    fn name_word<'w>(&self, w: &'w str) -> NameWord<'w> {
        // Words of a mention or a token: split at white space.
        let info = self.word_info(w);
        NameWord {
            w,
            title: info.has(WordInfo::TITLE),
            kind: info.kind,
        }
    }

    /// Does the word (`cap`: capitalised) end the words before a name in
    /// [`Resolver::name_core`]: a title, a word in lower case, an organisation, an
    /// adjective of a nation or a possessive?
    /// (Inlined into its callers, which ask it of every word of a run: the test of an
    /// adjectival ending, which few words reach, stays a call.)
    #[inline(always)]
    fn not_in_name(&self, nw: &NameWord, cap: bool) -> bool {
        let w = nw.w;
        // (Adjectival endings end in e, n, h or i; a possessive in s.)
        nw.title
            || !cap
            || nw.kind == Some(SourceKind::Organization)
            || match w.as_bytes().last() {
                Some(b'e' | b'n' | b'h' | b'i') => self.adjectival_not_first_name(w),
                Some(b's') => w.ends_with("’s") || w.ends_with("'s"),
                _ => false,
            }
    }

    /// Is `w` an adjective of a nation and no known first name ("Brian", "Adrian",
    /// "Jillian" end as such adjectives do)?
    #[inline(never)]
    fn adjectival_not_first_name(&self, w: &str) -> bool {
        Self::is_adjectival(w) && !with_lower(w, |l| self.lx.first_name(l))
    }

    /// Split words into title words and name words: the name is the run of capitalised
    /// words after the last title ("Prime Minister Benjamin Netanyahu" → "Benjamin
    /// Netanyahu"; "Palestinian envoy to Moscow Hafiz Nofal" → "Hafiz Nofal"). The title
    /// words are the titles among `words[..cut]`, the name is `words[start..]`: returns
    /// `(cut, start)`.
    fn name_core(&self, words: &[NameWord]) -> (usize, usize) {
        let mut cut = 0;
        let mut after_prep = false;
        for (k, nw) in words.iter().enumerate() {
            let cap = is_cap(nw.w);
            if self.not_in_name(nw, cap) {
                cut = k + 1;
                after_prep = !cap && !nw.title;
            }
        }
        if after_prep && words.len() - cut >= 3 {
            // "to Moscow Hafiz Nofal": the first capital belongs to the complement
            (cut, cut + 1)
        } else if words.len() - cut >= 3
            && LABELS.contains(&words[cut].w)
            && with_lower(words[cut + 1].w, |l| self.lx.first_name(l))
        {
            // "Republican Donald Trump", "Rival Hillary Clinton": a party or a word of
            // description before a known first name is no part of the name ("Conservative
            // Solutions PAC" keeps its first word).
            (cut, cut + 1)
        } else {
            (cut, cut)
        }
    }

    /// Register people introduced in a unit: runs of two or more capitalised words.
    pub fn observe(&mut self, text: &'a str, toks: &[Tok]) {
        self.text = text;
        let mut k = 0;
        let mut words = std::mem::take(&mut self.words_buf);
        // Names inside a quotation are titles or words of the speaker ("Good Morning
        // America"), not people the article introduces. (Most tokens are no capitalised
        // word: passed by a search that asks first what fails most often.)
        while let Some(at) = next_run(&toks[k..]) {
            k += at;
            // A capital alone (most runs) can only be the last name of someone known: told
            // before the run's words are gathered. It is alone when a possessive is cut
            // from it, or when what follows neither goes on with a name nor is the period
            // of an initial (see below).
            // (Its bytes: what is told of them needs no text of whole characters.)
            let w = &text.as_bytes()[toks[k].start..toks[k].end];
            let s = possessive_cut(w);
            if self.st.lasts & last_bit_of(s) == 0
                && (s.len() != w.len()
                    || toks.get(k + 1).is_none_or(|n| {
                        if n.kind == Kind::Word {
                            n.first & Tok::UPPER == 0 && !n.info.has(WordInfo::TITLE)
                        } else {
                            n.kind != Kind::Punct
                                || s.len() > 3
                                || text.as_bytes()[n.start..n.end] != *b"."
                        }
                    }))
            {
                k += 1;
                continue;
            }
            let mut j = k;
            words.clear();
            while j < toks.len() {
                let t = &toks[j];
                let title = t.info.has(WordInfo::TITLE);
                if t.kind == Kind::Word
                    && (t.first & Tok::UPPER != 0 || (title && !words.is_empty()))
                {
                    let w = &text[t.start..t.end];
                    let s = strip_possessive(w);
                    // The token's own facts hold for the word unless a possessive was cut.
                    words.push(if s.len() == w.len() {
                        NameWord {
                            w,
                            title,
                            kind: t.info.kind,
                        }
                    } else {
                        self.name_word(s)
                    });
                    j += 1;
                    // (A possessive was cut: the name ends there.)
                    if s.len() != w.len() {
                        break;
                    }
                } else if t.kind == Kind::Punct
                    && text.as_bytes()[t.start..t.end] == *b"."
                    && !words.is_empty()
                    && words.last().is_some_and(|l| l.w.len() <= 3)
                {
                    // An initial keeps its period ("Michael P. McDonald"); "Mr." "Sen." drop it.
                    let prev = &toks[j - 1];
                    if prev.end == t.start && prev.end - prev.start == 1 {
                        if let Some(last) = words.last_mut() {
                            *last = self.name_word(&text[prev.start..t.end]);
                        }
                    }
                    j += 1;
                } else {
                    break;
                }
            }
            // A capital alone (most runs) can only be the last name of someone known.
            if words.len() == 1 && self.st.lasts & last_bit(words[0].w) == 0 {
                k = j.max(k + 1);
                continue;
            }
            // Any other capital alone is the latest person of that last name, unless it is
            // no word of a name (what `name_core` would say of it, without the steps below
            // that only a run of several words needs).
            if words.len() == 1 {
                let w = &words[0];
                if !self.not_in_name(w, is_cap(w.w)) {
                    let st = &mut self.st;
                    if let Some(i) = st.by_last(w.w.as_bytes()) {
                        st.mention(st.people[i].full);
                    }
                }
                k = j.max(k + 1);
                continue;
            }
            // ("Senators Rubio and Cruz", "Republicans Jolly and DeSantis": a plural title or
            // party before the names opens no name; "Farmers Insurance" stays one.)
            const PLURAL_TITLES: [&str; 9] = [
                "Senators",
                "Sens",
                "Reps",
                "Representatives",
                "Governors",
                "Republicans",
                "Democrats",
                "Congressmen",
                "Congresswomen",
            ];
            let mut first = 0;
            while words.len() - first > 1
                && (not_name(words[first].w)
                    || words[first].w.ends_with('s') && PLURAL_TITLES.contains(&words[first].w))
            {
                first += 1;
            }
            // "envoy to Moscow Hafiz Nofal": the first capital after a preposition is its object.
            let after_prep = k > 0 && toks[k - 1].kind == Kind::Word && {
                let p = &text.as_bytes()[toks[k - 1].start..toks[k - 1].end];
                matches!(
                    p,
                    b"to" | b"of" | b"in" | b"from" | b"for" | b"at" | b"on" | b"with"
                )
            };
            if after_prep && words.len() - first >= 3 {
                first += 1;
            }
            let words = &words[first..];
            let (cut, start) = self.name_core(words);
            let (title, name) = (&words[..cut], &words[start..]);
            let org = name
                .iter()
                .any(|w| w.kind.is_some_and(|k| k != SourceKind::Group));
            if name.len() >= 2 && name.len() <= 4 && !org && !name.iter().any(|w| not_name(w.w)) {
                // The full name kept at the end of the names, taken back when known.
                let st = &mut self.st;
                let full = st.store_name(name);
                match st.by_full(st.bytes(full)) {
                    Some(i) => {
                        st.names.truncate(full.start);
                        if st.people[i].title.is_empty() && has_title(title) {
                            // (The gender is the one of the title it was introduced with.)
                            st.gender_of(self.lx, i);
                            st.people[i].title = st.store_title(title);
                        }
                        st.mention(st.people[i].full);
                    }
                    None => {
                        let last = name.last().map_or(0, |w| w.w.len());
                        st.add_person(full, last, title);
                        st.mention(full);
                    }
                }
            } else if name.len() == 1 {
                // The latest person of that last name.
                let st = &mut self.st;
                if let Some(i) = st.by_last(name[0].w.as_bytes()) {
                    st.mention(st.people[i].full);
                }
            }
            k = j.max(k + 1);
        }
        self.words_buf = words;
    }

    /// As [`Resolver::resolve`], but the mention becomes no referent of a later pronoun
    /// (the asker of "X was asked by Y whether …").
    pub fn resolve_aside(&mut self, mention: &'a str) -> (String, SourceKind) {
        self.aside = true;
        let got = self.resolve(mention);
        self.aside = false;
        got
    }

    /// The kind of a mention, and the resolved name.
    pub fn resolve(&mut self, mention: &'a str) -> (String, SourceKind) {
        // A possessor ("Trump’s attacks on …", "his claim that …") is the person.
        let mention = strip_contraction(strip_possessive(mention));
        match mention {
            "his" | "His" => return self.resolve("he"),
            "her" | "Her" => return self.resolve("she"),
            "their" | "Their" => return self.resolve("they"),
            "its" | "Its" => return self.resolve("it"),
            _ => {}
        }
        // A quantifier alone ("Most say", "few believe") is a group nobody refers back to.
        // (None is longer than seven bytes, nor is a longer mention in lower case: of the
        // capitals that lower to fewer bytes only the Kelvin sign lowers to ASCII, a k.)
        // (Compared ignoring ASCII case, without a lower-case copy: the quantifiers are ASCII
        // and hold no k, and no other character lowers to ASCII.)
        if mention.len() <= 7
            && crate::grammar::attribution::QUANTIFIERS
                .iter()
                .any(|q| mention.eq_ignore_ascii_case(q))
        {
            return (mention.to_string(), SourceKind::Group);
        }
        // "a birther who pledged …", "a Democratic pollster who said": the relative word
        // stands for the words before it.
        // (A description so resolved stays no referent, as it was with its "who"; an
        // organisation it names is a person: "who" speaks of people.)
        if let Some(before) = mention.strip_suffix(" who") {
            if !before.is_empty() && !before.ends_with(',') {
                self.quiet = true;
                let (source, kind) = self.resolve(before);
                self.quiet = false;
                let kind = match kind {
                    SourceKind::Organization => SourceKind::Person,
                    kind => kind,
                };
                return (source, kind);
            }
        }
        // "Sen. Bernie Sanders (I-Vt.)", "Gov. Phil Bryant (R)": the party and state after
        // a name are no part of it.
        if let Some(name) = before_party_tag(mention) {
            return self.resolve(name);
        }
        // Where ", " and " and " first stand, found in one walk over the mention.
        let (comma, and) = separators(mention);
        // A pronoun alone (a third of the mentions) is told without reading the mention's
        // words.
        if mention.len() <= 5 {
            if let Some(word) = one_word(mention) {
                if let Some(found) = with_lower(word, |l| self.resolve_pronoun(mention, l)) {
                    return found;
                }
            }
        }
        // "Richard Revesz, director of the institute": the name before its appositive.
        if let Some(i) = comma {
            // ("Rep. Elijah Cummings (D-Md.), chair of …": the name before its tag.)
            let name = before_party_tag(&mention[..i]).unwrap_or(&mention[..i]);
            let mut words = 0;
            let capitals = name.split_whitespace().all(|w| {
                words += 1;
                is_cap(w) || w.ends_with('.')
            });
            // ("Ramos, 58", "Axelrod, a former newspaperman": one capitalised word that can
            // be a name, not "However,", "Friday," nor a state's abbreviation, "N.Y.,".)
            let one_name = || {
                let w = strip_possessive(name.trim());
                !not_name(w) && !w.ends_with('.')
            };
            if capitals && (words >= 2 || one_name()) {
                return self.resolve(name);
            }
            // "Trump, who has been feuding with party leaders": the words before a relative
            // clause; "The official, who spoke on condition of anonymity": a clause that
            // withholds the name makes the source anonymous.
            let rest = mention[i + 1..].trim_start();
            if rest.starts_with("who ") || rest.starts_with("whose ") {
                let (source, kind) = self.resolve(name);
                let withheld = with_lower(rest, |l| {
                    [
                        "anonymity",
                        "anonymously",
                        "not to be identified",
                        "not to be named",
                        "not authorized to",
                    ]
                    .iter()
                    .any(|p| l.contains(p))
                });
                // ("who", unlike "whose", speaks of people: "Park, who defected in 2008".)
                let kind = match kind {
                    _ if withheld => SourceKind::Anonymous,
                    SourceKind::Organization if rest.starts_with("who ") => SourceKind::Person,
                    kind => kind,
                };
                return (source, kind);
            }
        }
        // "Netanyahu and Abbas": each name resolved, together a group.
        if let Some(i) = and {
            let (a, b) = (&mention[..i], &mention[i + " and ".len()..]);
            if is_cap(a.trim()) && is_cap(b.trim()) {
                let (a, _) = self.resolve(a.trim());
                let (b, _) = self.resolve(b.trim());
                return (format!("{a} and {b}"), SourceKind::Group);
            }
        }
        // The words in a buffer kept across calls.
        let mut words = std::mem::take(&mut self.st.words);
        words.read(mention, self.lx);
        let found = self.resolve_words(mention, &words);
        self.st.words = words;
        found
    }

    /// A mention of one word that is a pronoun (`lower`, in lower case without possessive
    /// and final period): who it stands for.
    fn resolve_pronoun(&mut self, mention: &str, lower: &str) -> Option<(String, SourceKind)> {
        let st = &mut self.st;
        let or_mention = |p: Option<Piece>, st: &People| {
            p.map_or_else(|| mention.to_string(), |p| st.get(p).to_string())
        };
        Some(match lower {
            "he" | "she" => {
                let want = if lower == "she" {
                    Gender::Female
                } else {
                    Gender::Male
                };
                let mut found = None;
                for k in (0..st.recent.len()).rev() {
                    let r = st.recent[k];
                    let g = st
                        .by_full(st.bytes(r))
                        .and_then(|i| st.gender_of(self.lx, i));
                    if g.is_none_or(|g| g == want) {
                        found = Some(r);
                        break;
                    }
                }
                (or_mention(found, st), SourceKind::Person)
            }
            // A relative pronoun stands for the name just before it.
            "who" => (
                or_mention(st.recent.last().copied(), st),
                SourceKind::Person,
            ),
            // "I" outside a quotation is the writer, or a speaker of a transcript
            // ("A: I think …"), whom the article does not name there: as written.
            "i" => (mention.to_string(), SourceKind::Person),
            "it" => (or_mention(st.last_org, st), SourceKind::Organization),
            "they" | "we" => {
                let r = st.last_group.or(st.last_org);
                (or_mention(r, st), SourceKind::Group)
            }
            _ => return None,
        })
    }

    /// [`Resolver::resolve`] of a mention of these words.
    fn resolve_words(&mut self, mention: &'a str, words: &Words) -> (String, SourceKind) {
        if words.len() == 1 {
            if let Some(found) = self.resolve_pronoun(mention, words.lower(0)) {
                return found;
            }
        }
        // The kinds the words decide, one bit each (`kinds(k)`: is `k` among them?).
        let kind_bits = words
            .at
            .iter()
            .filter_map(|w| w.info.kind)
            .fold(0u8, |bits, k| bits | kind_bit(k));
        let kinds = |k: SourceKind| kind_bits & kind_bit(k) != 0;
        // Two-word nouns ("white house", "news agency").
        let pair_kind =
            (1..words.len()).find_map(|k| self.lx.source_nouns.get(words.pair(k - 1)).copied());
        if kinds(SourceKind::Anonymous) || unnamed_official(mention, words) {
            return (mention.to_string(), SourceKind::Anonymous);
        }
        // The words after a determiner (a word cut of its possessive or period is none).
        let first = (0..words.len())
            .find(|&k| {
                !(words.at[k].bare && DETS.iter().any(|d| d.as_bytes() == words.lower_bytes(k)))
            })
            .unwrap_or(words.len());
        let mut body = std::mem::take(&mut self.body_buf);
        body.clear();
        body.extend(words.at[first..].iter().map(|at| {
            let w = &mention[at.start..at.end];
            // A bare word's lower-case form is the word's own.
            let info = if at.bare { at.info } else { self.word_info(w) };
            NameWord {
                w,
                title: info.has(WordInfo::TITLE),
                kind: info.kind,
            }
        }));
        let found = self.resolve_body(mention, words, &body, kind_bits, pair_kind);
        self.body_buf = body;
        found
    }

    /// [`Resolver::resolve_words`] once the words after a determiner are told
    /// (`body`), with the kinds the words decide (`kind_bits`) and a two-word noun's.
    fn resolve_body(
        &mut self,
        mention: &str,
        words: &Words,
        body: &[NameWord],
        kind_bits: u8,
        pair_kind: Option<SourceKind>,
    ) -> (String, SourceKind) {
        let kinds = |k: SourceKind| kind_bits & kind_bit(k) != 0;
        let (cut, start) = self.name_core(body);
        let (title, name) = (&body[..cut], &body[start..]);
        // The head noun: the last word before a complement ("ambassador" in "Syria’s
        // ambassador to the UN", "military" in "the Russian military in Syria").
        let head_at = (0..words.len())
            .find(|&k| {
                matches!(
                    words.lower_bytes(k),
                    b"to" | b"of" | b"for" | b"in" | b"at" | b"with" | b"from" | b"on" | b"who"
                )
            })
            .unwrap_or(words.len());
        let head = if head_at > 0 {
            words.lower(head_at - 1)
        } else {
            ""
        };
        // What the lists say of the head (the word table answers for one-word source
        // nouns as `source_nouns` does).
        let head_info = self.lx.info(head);
        let head_is_title = head_info.has(WordInfo::TITLE);
        let has_title = has_title(title);
        let st = &mut self.st;
        // A name we know: full or last name.
        let org_head = matches!(
            head_info.kind,
            Some(SourceKind::Organization | SourceKind::Media | SourceKind::Group)
        );
        if !name.is_empty() && !org_head {
            // The full name kept at the end of the names (taken back unless new).
            let full = st.store_name(name);
            let last = name.last().map_or("", |w| w.w);
            // (A full name the same as this one ends with it too; the last bytes, most
            // often different, are compared first.)
            let f = st.bytes(full);
            // A last name is who bears it, unless both names give first names that differ:
            // "Eric Trump" is not Donald Trump, nor "Bill Clinton" Hillary Clinton.
            let lx = self.lx;
            let first_name = |n: &[u8]| {
                let w = std::str::from_utf8(first_word(n)).unwrap_or("");
                with_lower(w, |l| lx.first_name(l))
            };
            let found = st.people.iter().rev().find(|p| {
                let pf = st.bytes(p.full);
                st.is(p.last, last.as_bytes())
                    && (name.len() == 1
                        || first_word(pf) == first_word(f)
                        || !(first_name(pf) && first_name(f)))
                    || (pf.last() == f.last() && pf.ends_with(f))
            });
            if let Some(p) = found.copied() {
                st.names.truncate(full.start);
                st.mention(p.full);
                return (st.get(p.full).to_string(), SourceKind::Person);
            }
            if name.len() >= 2 && kind_bits == 0 {
                st.add_person(full, last.len(), title);
                st.mention(full);
                return (st.get(full).to_string(), SourceKind::Person);
            }
            st.names.truncate(full.start);
        }
        // A title alone: "the prime minister" → who was introduced with it. (Not with a
        // place before it: "the Florida senator" is no senator of another state, and the
        // place is not kept with the title.)
        let lx = self.lx;
        let placed = || {
            body.len() <= 4
                && title.iter().any(|w| {
                    !w.title
                        && is_cap(w.w)
                        && with_lower(w.w, |l| {
                            lx.places.contains(l)
                                || matches!(
                                    l,
                                    "hampshire"
                                        | "jersey"
                                        | "york"
                                        | "carolina"
                                        | "dakota"
                                        | "island"
                                )
                        })
                })
        };
        if has_title && name.is_empty() && !placed() {
            let t = st.store_title(title);
            let titled = |p: &&Person| {
                let (pt, t) = (st.get(p.title), st.get(t));
                !pt.is_empty() && (pt.ends_with(t) || t.ends_with(pt))
            };
            // One of them whose last name the mention holds first ("New Hampshire Sen.
            // Kelly Ayotte’s campaign" is Kelly Ayotte, not the latest senator).
            let named = |p: &&Person| {
                body.iter()
                    .any(|w| st.is(p.last, strip_possessive(w.w).as_bytes()))
            };
            let found = st
                .people
                .iter()
                .rev()
                .find(|p| titled(p) && named(p))
                .or_else(|| st.people.iter().rev().find(titled));
            st.names.truncate(t.start);
            if let Some(p) = found.copied() {
                st.mention(p.full);
                return (st.get(p.full).to_string(), SourceKind::Person);
            }
        }
        // (Whether later pronouns may refer to the source.)
        let mut referent = true;
        let kind = match (head_info.kind, pair_kind) {
            _ if head_is_title => SourceKind::Person,
            (_, Some(k)) if k != SourceKind::Group => k,
            (Some(k), _) => k,
            _ if kinds(SourceKind::Media) => SourceKind::Media,
            _ if has_title => SourceKind::Person,
            _ if kinds(SourceKind::Organization) => SourceKind::Organization,
            _ if name.len() > 1 => SourceKind::Person,
            _ if !name.is_empty() => {
                // A single capitalised word no person of the article bears: a place or
                // organisation standing for its government ("Moscow", "Israel") when
                // listed or shaped like one (`one_word_body`), else a person known by
                // the last name ("Gorka said"). A known first name alone ("Melanie
                // said") is a person.
                // (Only a mention of that one word: "the Hill", "the Fed", "the American
                // Federation of Teachers" stay organisations, and so does a word of the
                // word lists, "Others", "Nobody".)
                let w = name[0].w;
                // (What the lists say of the word, in one lower-casing: a known first name;
                // a listed place or organisation, or a word of the other lists.)
                let (known, listed) = with_lower(w, |l| {
                    (
                        self.lx.first_name(l),
                        self.lx.places.contains(l) || self.lx.words.contains_key(l),
                    )
                });
                let alone = words.len() == 1;
                if known {
                    // "Melanie said", "Charles said": a known first name alone.
                    SourceKind::Person
                } else if !alone || listed || one_word_body(w) {
                    SourceKind::Organization
                } else if looks_plural(w) {
                    // "Traders said", "Organisers said"; so is a surname in -s no person of
                    // the article bears, "Williams said", which is rarer.
                    SourceKind::Group
                } else if with_lower(w, |l| has_word(self.text, l)) {
                    // A word the article also writes in lower case is no name ("Public",
                    // "Everyone" opening a sentence): as before, an organisation, and no
                    // one a pronoun refers to.
                    referent = false;
                    SourceKind::Organization
                } else {
                    SourceKind::Person
                }
            }
            // ("the actress", "the witness": not plurals.)
            _ if head.ends_with('s') && !head.ends_with("ss") => SourceKind::Group,
            _ => SourceKind::Person,
        };
        // "The Kremlin" and "the Kremlin" are one source.
        let name = match mention.strip_prefix("The ") {
            Some(rest) if kind != SourceKind::Person || !rest.is_empty() => {
                let mut s = String::with_capacity(mention.len());
                s.push_str("the ");
                s.push_str(rest);
                s
            }
            _ => mention.to_string(),
        };
        match kind {
            _ if !referent => {}
            // (A source resolved aside is no referent of any kind: "have been advised by
            // the World Health Organization …" leaves "it" to what it was.)
            _ if self.aside => {}
            SourceKind::Organization | SourceKind::Media => st.last_org = Some(st.store(&name)),
            SourceKind::Group => st.last_group = Some(st.store(&name)),
            // A mention that reads as a clause ("Mr. Trump tries to turn the interruptions
            // to his advantage, showcasing …", "a Jupiter Democrat who has been") is no one
            // a later "he" refers to: the person before it stays the referent.
            SourceKind::Person if !clause_like(&name) && !self.quiet => st.mention_str(&name),
            _ => {}
        }
        (name, kind)
    }
}

/// How many people an article has when its names are indexed by hash (see
/// [`People::by_full_hash`]): fewer are found sooner by a scan.
const INDEX_FROM: usize = 64;

/// A name's hash for [`People::by_full_hash`] and [`People::by_last_hash`].
fn name_hash(name: &[u8]) -> u64 {
    use std::hash::Hasher;
    let mut h = FxHasher::default();
    h.write(name);
    h.finish()
}

/// The bit of a last name in [`People::lasts`], from its length and its first and last
/// bytes.
fn last_bit(w: &str) -> u64 {
    last_bit_of(w.as_bytes())
}

/// [`last_bit`] of a word's bytes.
fn last_bit_of(b: &[u8]) -> u64 {
    let (first, last) = (b.first().copied(), b.last().copied());
    let mix =
        b.len() ^ (usize::from(first.unwrap_or(0)) * 7) ^ (usize::from(last.unwrap_or(0)) * 13);
    1 << (mix % 64)
}

/// A bit of its own for each source kind.
fn kind_bit(k: SourceKind) -> u8 {
    1 << (k as u8)
}

/// Where ", " and " and " first stand in `s` (as `s.find(", ")` and `s.find(" and ")`), in
/// one walk over its bytes: a mention is a few words, shorter than what a vector search
/// pays for its setting up. (Each is told at its one byte that is neither a space nor
/// common: the comma, the "d". Eight bytes at a time are passed over when they hold
/// neither, most of a mention.)
fn separators(s: &str) -> (Option<usize>, Option<usize>) {
    const ONES: u64 = u64::from_ne_bytes([1; 8]);
    const HIGH: u64 = ONES << 7;
    // (A zero byte of `v ^ ONES * c` is a `c` of the eight; the test may also flag a
    // byte above one it rightly flags, which a second look at the eight sorts out.)
    let holds = |v: u64, c: u8| {
        let x = v ^ (ONES * u64::from(c));
        x.wrapping_sub(ONES) & !x & HIGH != 0
    };
    let b = s.as_bytes();
    let (mut comma, mut and) = (None, None);
    let mut at = 0;
    while at < b.len() {
        let end = (at + 8).min(b.len());
        // (The zero bytes that pad a short tail are neither.)
        let v = head(&b[at..end]);
        if !holds(v, b',') && !holds(v, b'd') {
            at = end;
            continue;
        }
        for i in at..end {
            match b[i] {
                b',' if comma.is_none() && b.get(i + 1) == Some(&b' ') => comma = Some(i),
                b'd' if and.is_none()
                    && i >= 3
                    && b.get(i + 1) == Some(&b' ')
                    && b[i - 3..i] == *b" an" =>
                {
                    and = Some(i - 3)
                }
                _ => continue,
            }
            if comma.is_some() && and.is_some() {
                return (comma, and);
            }
        }
        at = end;
    }
    (comma, and)
}

/// The name before a party and state that close a mention ("Sen. Bernie Sanders (I-Vt.)",
/// "Gov. Phil Bryant (R)", "Rep. Peter King (R-N.Y.)", "Sen. Ted Cruz (Tex.)"), in a mention
/// of no other parenthesis or comma. (Not an acronym: "the World Health Organization
/// (WHO)" is resolved as written.)
fn before_party_tag(mention: &str) -> Option<&str> {
    let inner = mention.strip_suffix(')')?;
    let open = inner.rfind(" (")?;
    let (name, tag) = (&inner[..open], &inner[open + 2..]);
    let b = tag.as_bytes();
    // "R", "D-Md.", "I-Vt.", "R-New York": a party letter, then a state after a hyphen.
    let party = matches!(b.first(), Some(b'R' | b'D' | b'I'))
        && (b.len() == 1 || b[1] == b'-' && b.len() <= 16 && is_cap(&tag[2..]));
    // "Tex.", "Fla.": a state alone, abbreviated.
    let state = b.len() <= 6
        && b.last() == Some(&b'.')
        && b[0].is_ascii_uppercase()
        && b[1..b.len() - 1].iter().all(u8::is_ascii_lowercase);
    let last = name.rsplit(' ').next()?;
    ((party || state) && is_cap(last) && !name.contains([',', '('])).then_some(name)
}

/// Does a source as written read as a clause rather than a person: more than six words,
/// a comma or a parenthesis, or a relative word?
fn clause_like(name: &str) -> bool {
    // (One walk over the bytes: the marks, the spaces, and each word as it ends.)
    let b = name.as_bytes();
    let (mut spaces, mut from) = (0, 0);
    for i in 0..=b.len() {
        match b.get(i) {
            Some(b',' | b'(' | b')') => return true,
            Some(b' ') | None => {
                if matches!(&b[from..i], b"who" | b"which" | b"that" | b"whose") {
                    return true;
                }
                spaces += 1;
                from = i + 1;
            }
            _ => {}
        }
    }
    spaces > 6
}

/// The one word of a mention with no white space in it, without possessive and final
/// periods, as [`Words::read`] would keep it; `None` for a mention of other words (or one
/// not in ASCII, left to [`Words::read`]).
fn one_word(mention: &str) -> Option<&str> {
    let b = mention.as_bytes();
    if b.is_empty() || !b.iter().all(|&c| c.is_ascii_graphic()) {
        return None;
    }
    let s = strip_possessive(mention);
    Some(s.trim_end_matches('.'))
}

#[cfg(test)]
mod tests {
    use crate::extract::extract_text;

    fn sources(text: &str) -> Vec<(String, String)> {
        extract_text(text)
            .into_iter()
            .filter(|c| c.form.is_attributed())
            .map(|c| (c.source_mention.to_string(), c.source))
            .collect()
    }

    /// A row of [`sources`]: the source as written and as resolved.
    fn row(mention: &str, source: &str) -> (String, String) {
        (mention.to_string(), source.to_string())
    }

    /// The resolved source and its kind of each claim.
    fn kinds(text: &str) -> Vec<(String, crate::model::SourceKind)> {
        extract_text(text)
            .into_iter()
            .map(|c| (c.source, c.source_kind))
            .collect()
    }

    #[test]
    fn not_name_holds_its_words_and_no_others() {
        use super::{not_name, NOT_NAMES};
        for w in NOT_NAMES {
            assert!(not_name(w), "{w}");
            // Near misses: another case, a byte more or less, another last byte.
            assert!(!not_name(&w.to_lowercase()) || NOT_NAMES.contains(&&*w.to_lowercase()));
            for other in [
                format!("{w}s"),
                format!("{w}."),
                w[..w.len() - 1].to_string(),
            ] {
                assert_eq!(not_name(&other), NOT_NAMES.contains(&&*other), "{other}");
            }
            let mut changed = w.as_bytes().to_vec();
            *changed.last_mut().unwrap() ^= 1;
            let changed = String::from_utf8(changed).unwrap();
            assert_eq!(
                not_name(&changed),
                NOT_NAMES.contains(&&*changed),
                "{changed}"
            );
        }
        for w in [
            "",
            "Wednesdays",
            "Septembex",
            "Meanwhilé",
            "Trump",
            "THE",
            "Mr.",
        ] {
            assert!(!not_name(w), "{w}");
        }
    }

    #[test]
    fn an_ascii_word_is_read_as_any_word_is() {
        use super::Words;
        let lx = crate::grammar::Lexicon::embedded();
        for mention in [
            "the White House's press secretary",
            "Mr. Smith's  aide",
            "U.S. officials...",
            "'s . .. Ms.'s",
            "The\tNew York\nTimes",
        ] {
            let (mut fast, mut slow) = (Words::default(), Words::default());
            fast.read(mention, &lx);
            for w in mention.split_whitespace() {
                let start = w.as_ptr() as usize - mention.as_ptr() as usize;
                slow.push(mention, start..start + w.len(), &lx);
            }
            assert_eq!(fast.lower, slow.lower, "{mention}");
            assert_eq!(fast.len(), slow.len());
            for (a, b) in fast.at.iter().zip(&slow.at) {
                assert_eq!(
                    (a.start, a.end, a.lower, a.bare),
                    (b.start, b.end, b.lower, b.bare)
                );
                assert_eq!(a.info, b.info);
            }
        }
    }

    #[test]
    fn the_next_run_is_the_first_token_that_opens_one() {
        use super::{next_run, opens_run};
        let lx = crate::grammar::Lexicon::embedded();
        let text = "The Prime Minister, Benjamin Netanyahu, said “Good Morning America” \
                    was wrong; a b c d e f g h i j K l m n o p q r s t U V w x y z. \
                    Then he and Mr. Smith's aide left for Washington at 5 p.m.";
        let quote = text.find('“').unwrap()..text.find('”').unwrap() + '”'.len_utf8();
        let quotes = std::slice::from_ref(&quote);
        let toks = crate::grammar::token::tokenize(text, 0, text.len(), quotes, &lx);
        for k in 0..=toks.len() {
            assert_eq!(
                next_run(&toks[k..]),
                toks[k..].iter().position(opens_run),
                "from {k}"
            );
        }
    }

    #[test]
    fn capitals_are_told_eight_bytes_at_a_time_as_one_at_a_time() {
        use super::{capitals, Capitals};
        let all: Vec<u8> = (0..0x80).collect();
        for w in [
            &b""[..],
            b"A",
            b"a",
            b"Trump's",
            b"trump's",
            b"@[`{",
            b"@AZ[`az{",
            b"WHITE",
            b"Press Secretary",
            b"abcdefghZ",
            b"Abcdefghi",
            &all,
        ] {
            let at: Vec<usize> = (0..w.len())
                .filter(|&i| w[i].is_ascii_uppercase())
                .collect();
            let want = match at[..] {
                [] => Capitals::None,
                [0] => Capitals::First,
                _ => Capitals::Other,
            };
            assert_eq!(capitals(w), want, "{:?}", String::from_utf8_lossy(w));
        }
    }

    #[test]
    fn a_possessive_is_cut_from_bytes_as_from_text() {
        use super::{possessive_cut, strip_possessive};
        for w in [
            "Trump's",
            "Trump’s",
            "s",
            "'s",
            "’s",
            "Bus",
            "it's's",
            "’",
            "Ross’",
            "",
        ] {
            assert_eq!(
                possessive_cut(w.as_bytes()),
                strip_possessive(w).as_bytes(),
                "{w}"
            );
        }
    }

    #[test]
    fn separators_are_found_as_find_finds_them() {
        for s in [
            "a, b, c",
            "Netanyahu and Abbas",
            "x,y",
            "",
            "and",
            " and ",
            "é, ü and ö",
            "d and",
            "Sands and Dee and Dodd",
            "a  and b",
            "Dodd, Sands and Dee, and",
            "and d ,d , and",
            "Richard Revesz, director of the institute",
            "Benjamin Netanyahu and Mahmoud Abbas",
            "the Kremlin's spokesman, Dmitry Peskov, and aides",
        ] {
            // At every offset from a boundary of eight bytes.
            for pad in 0..9 {
                let s = format!("{}{s}", "x".repeat(pad));
                assert_eq!(
                    super::separators(&s),
                    (s.find(", "), s.find(" and ")),
                    "{s:?}"
                );
            }
        }
    }

    #[test]
    fn short_names_titles_and_pronouns_resolve_to_the_person() {
        let got = sources(
            "Prime Minister Benjamin Netanyahu met Mary Keller on Monday.\n\n\
             Netanyahu said that the talks went well.\n\n\
             “It was a good day,” she said.\n\n\
             The prime minister told reporters that he would return.\n\n\
             “We will see,” he said.",
        );
        assert_eq!(
            got,
            vec![
                ("Netanyahu".to_string(), "Benjamin Netanyahu".to_string()),
                ("she".to_string(), "Mary Keller".to_string()),
                (
                    "The prime minister".to_string(),
                    "Benjamin Netanyahu".to_string()
                ),
                ("he".to_string(), "Benjamin Netanyahu".to_string()),
            ]
        );
    }

    #[test]
    fn a_sentence_opener_is_no_first_name_and_a_family_is_several_people() {
        let got = sources(
            "Donald Trump spoke in Ohio.\n\n\
             Does Rubio, like Tilton, oppose abortion?\n\n\
             Marco Rubio said he would vote.\n\n\
             Rubio said he opposes abortion.\n\n\
             Eric Trump said the campaign was strong.\n\n\
             Trump said he would win.\n\n\
             Then Brafman rose.\n\n\
             Brafman said the case was weak.",
        );
        assert_eq!(
            got,
            vec![
                row("Marco Rubio", "Marco Rubio"),
                row("Rubio", "Marco Rubio"),
                row("Eric Trump", "Eric Trump"),
                row("Trump", "Eric Trump"),
                row("Brafman", "Brafman"),
            ]
        );
    }

    #[test]
    fn a_subordinator_or_a_plural_that_opens_a_name_is_no_part_of_it() {
        let got = sources(
            "Anthony Weiner and Elizabeth Warren spoke in Queens.\n\n\
             Although Weiner announced that he was in therapy, he left.\n\n\
             Though Kaine said he opposed it, nothing changed.\n\n\
             Neither Warren nor Kaine came. Warren said it was over.\n\n\
             Marco Rubio spoke. Together, Senators Rubio and Cruz ran. Mr. Rubio said no.",
        );
        assert_eq!(
            got,
            vec![
                // (Before, "Although Weiner", "Though Kaine" and "Neither Warren" were people.)
                row("Weiner", "Anthony Weiner"),
                row("Kaine", "Kaine"),
                row("Warren", "Elizabeth Warren"),
                // (A plural noun of people opens no name: "Senators Rubio" is no one.)
                row("Mr. Rubio", "Marco Rubio"),
            ]
        );
    }

    #[test]
    fn a_first_name_that_ends_as_an_adjective_is_a_name() {
        // "Brian", "Julian" end as "Palestinian" does: known first names, they are names.
        let got = kinds(
            "Clinton spokesman Brian Fallon said the report was wrong.\n\n\
             Fallon added that it was old.\n\n\
             Julian Assange said nothing.\n\n\
             Palestinian officials said the talks failed.",
        );
        use crate::model::SourceKind::{Group, Person};
        let row = |s: &str, k| (s.to_string(), k);
        assert_eq!(
            got,
            vec![
                row("Brian Fallon", Person),
                row("Brian Fallon", Person),
                row("Julian Assange", Person),
                row("Palestinian officials", Group),
            ]
        );
    }

    #[test]
    fn documents_are_organizations_and_a_noun_in_ss_no_plural() {
        let got = kinds(
            "The lawsuit says the law is unconstitutional.\n\n\
             The editorial said the senator should resign.\n\n\
             The crowd chanted that the race was rigged.\n\n\
             The actress said the film was done.",
        );
        use crate::model::SourceKind::{Group, Media, Organization, Person};
        let row = |s: &str, k| (s.to_string(), k);
        assert_eq!(
            got,
            vec![
                row("the lawsuit", Organization),
                row("the editorial", Media),
                row("the crowd", Group),
                row("the actress", Person),
            ]
        );
    }

    #[test]
    fn a_name_and_its_age_or_appositive_is_the_name_and_a_clause_no_referent() {
        // "Ramos, 58" and "Axelrod, a former newspaperman" are the people; "he" after them
        // refers to them (before, to the mention as written, "Ramos, 58").
        let got = sources(
            "Jorge Ramos and David Axelrod spoke in Miami.\n\n\
             Ramos, 58, said the debate was over.\n\n\
             He added that it went well.\n\n\
             Axelrod, a former newspaperman, said it was not.\n\n\
             Friday, Obama took a lighter tone, he said.",
        );
        assert_eq!(
            got,
            vec![
                row("Ramos, 58", "Jorge Ramos"),
                row("He", "Jorge Ramos"),
                row("Axelrod, a former newspaperman", "David Axelrod"),
                row("he", "David Axelrod"),
            ]
        );
        // The words before a relative "who" are the source; "who" speaks of people, and a
        // person so described is no referent (the person named before stays it).
        let got: Vec<_> = extract_text(
            "Donald Trump spoke in Ohio.\n\n\
             “It’s going to be hard,” said a longtime GOP data expert who has worked for rivals.\n\n\
             He added that it was a good day.",
        )
        .into_iter()
        .filter(|c| c.form.is_attributed())
        .map(|c| (c.source_mention.to_string(), c.source, c.source_kind))
        .collect();
        use crate::model::SourceKind::Person;
        assert_eq!(
            got,
            vec![
                (
                    "a longtime GOP data expert who".to_string(),
                    "a longtime GOP data expert".to_string(),
                    Person
                ),
                ("He".to_string(), "Donald Trump".to_string(), Person),
            ]
        );
        use super::clause_like;
        for (name, clause) in [
            ("Jorge Ramos", false),
            ("the prime minister", false),
            ("a senior administration official with the ministry", true),
            ("a Jupiter Democrat who has been", true),
            ("Senate filings)", true),
            (
                "Mr. Trump tries to turn the interruptions to his advantage, showcasing",
                true,
            ),
        ] {
            assert_eq!(clause_like(name), clause, "{name}");
        }
    }

    #[test]
    fn an_abbreviated_title_is_the_title_and_a_place_before_a_title_is_kept() {
        let got = sources(
            "Sen. Kelly Ayotte and Sen. Harry Reid spoke in Concord.\n\n\
             The senator said the talks went well.\n\n\
             The Vermont senator said they had not.\n\n\
             Sen. Kelly Ayotte’s campaign said no.",
        );
        assert_eq!(
            got,
            vec![
                // "Sen." is "senator": the latest person introduced with it.
                row("The senator", "Harry Reid"),
                // No senator of Vermont was introduced: as written.
                row("The Vermont senator", "the Vermont senator"),
                row("Sen. Kelly Ayotte’s campaign", "Kelly Ayotte"),
            ]
        );
    }

    #[test]
    fn a_party_before_a_first_name_is_no_part_of_the_name() {
        let got = sources(
            "Republican Donald Trump spoke in Ohio.\n\n\
             Trump said the plan failed.\n\n\
             Rival Hillary Clinton said it would work.\n\n\
             Conservative Solutions PAC said nothing.",
        );
        assert_eq!(
            got,
            vec![
                row("Trump", "Donald Trump"),
                row("Rival Hillary Clinton", "Hillary Clinton"),
                // (No known first name after the label: a name of its own.)
                row("Conservative Solutions PAC", "Conservative Solutions PAC"),
            ]
        );
    }

    #[test]
    fn i_outside_a_quotation_stays_as_written() {
        let got = sources(
            "Donald Trump spoke in Ohio.\n\n\
             I think the plan will fail.\n\n\
             “We will see,” I said.",
        );
        assert_eq!(got, vec![row("I", "I"), row("I", "I")]);
    }

    #[test]
    fn an_unnamed_official_is_an_anonymous_source() {
        let kinds: Vec<_> = extract_text(
            "An official said the talks would resume.\n\n\
             A senior administration official with the ministry said they had stalled.\n\n\
             One Trump aide said the plan would fail.\n\n\
             An aide, John Smith, said the plan would work.\n\n\
             The official said the talks had ended.\n\n\
             Officials said the talks had ended.\n\n\
             Talks will resume, official says.",
        )
        .into_iter()
        .filter(|c| c.form.is_attributed())
        .map(|c| (c.source, c.source_kind))
        .collect();
        let row = |s: &str, k| (s.to_string(), k);
        use crate::model::SourceKind::{Anonymous, Group, Person};
        assert_eq!(
            kinds,
            vec![
                row("An official", Anonymous),
                row(
                    "A senior administration official with the ministry",
                    Anonymous
                ),
                row("One Trump aide", Anonymous),
                row("John Smith", Person),
                row("the official", Person),
                row("Officials", Group),
                // A headline's bare role.
                row("official", Anonymous),
            ]
        );
    }

    #[test]
    fn the_asker_of_a_passive_question_is_no_referent() {
        let got = sources(
            "Herman Cain was asked by a caller why young men come as refugees. \
             “So they can be planted among us,” he said.",
        );
        assert_eq!(
            got,
            vec![row("a caller", "a caller"), row("he", "Herman Cain")]
        );
    }

    #[test]
    fn the_agent_of_a_passive_cue_is_no_referent() {
        let got = sources(
            "The Zika bill stalled in the Senate. \
             Women have been warned by the World Health Organization to wait. \
             “Congress has failed to act,” it read.",
        );
        assert_eq!(
            got,
            vec![
                row(
                    "the World Health Organization",
                    "the World Health Organization"
                ),
                row("it", "it"),
            ]
        );
    }

    #[test]
    fn a_relative_who_stands_for_the_name_before_its_comma() {
        // Not for the source resolved just before it in the unit (Lindsey Graham), nor
        // for the place after "of".
        let got = sources(
            "Donald Trump spoke on Monday.\n\n\
             Lindsey Graham endorsed Jeb Bush, and Senator Ted Cruz of Texas, who has \
             threatened to shut down the government, praised the plan.",
        );
        assert_eq!(
            got,
            vec![
                row("Lindsey Graham", "Lindsey Graham"),
                row("who", "Ted Cruz")
            ]
        );
    }

    #[test]
    fn names_resolve_in_an_article_of_many_people() {
        // More people than `INDEX_FROM`: their names are found by hash too.
        let letters = |i: usize| {
            let a = char::from(b'a' + (i / 26) as u8);
            let b = char::from(b'a' + (i % 26) as u8);
            format!("{a}{b}")
        };
        let name = |i: usize| (format!("Jo{}", letters(i)), format!("Smi{}", letters(i)));
        let full = |i: usize| {
            let (first, last) = name(i);
            format!("{first} {last}")
        };
        let mut text = String::new();
        for i in 0..2 * super::INDEX_FROM {
            text.push_str(&format!("{} arrived at the meeting on time.\n\n", full(i)));
        }
        let mut want = Vec::new();
        for i in [3, super::INDEX_FROM + 5, 2 * super::INDEX_FROM - 3] {
            // A last name resolved; a last name seen, then a full name seen, and "he".
            text.push_str(&format!("{} said that the talks went well.\n\n", name(i).1));
            text.push_str(&format!(
                "Reporters met {} on Monday.\n\nHe said that the talks went well.\n\n",
                name(i + 1).1
            ));
            text.push_str(&format!(
                "Reporters met {} again.\n\nHe said that the talks went well.\n\n",
                full(i + 2)
            ));
            want.extend([full(i), full(i + 1), full(i + 2)]);
        }
        let got: Vec<String> = sources(&text).into_iter().map(|(_, s)| s).collect();
        assert_eq!(got, want);
    }

    #[test]
    fn a_first_name_alone_is_a_person_and_a_place_an_organization() {
        use crate::model::SourceKind::{Organization, Person};
        assert_eq!(
            kinds("Sarah said the talks went well.\n\nMoscow said the talks went well."),
            vec![
                ("Sarah".to_string(), Person),
                ("Moscow".to_string(), Organization)
            ]
        );
    }

    #[test]
    fn a_party_and_state_after_a_name_are_no_part_of_it() {
        let got = sources(
            "Sen. Bernie Sanders (I-Vt.) said the plan would fail.\n\n\
             Florida Gov. Rick Scott (R), a Trump ally, said it would not.\n\n\
             Rep. Steve Israel (D-N.Y) said Hillary Clinton called. She added that it went well.\n\n\
             Donald Trump and Sen. Ted Cruz (Tex.) said no.\n\n\
             The World Health Organization (WHO) said no cases were found.\n\n\
             Israel said the talks went well.",
        );
        assert_eq!(
            got,
            vec![
                row("Sen. Bernie Sanders (I-Vt.)", "Bernie Sanders"),
                row("Florida Gov. Rick Scott (R), a Trump ally", "Rick Scott"),
                row("Rep. Steve Israel (D-N.Y)", "Steve Israel"),
                // (Before, "she" went to the mention as written, of no gender told.)
                row("She", "Hillary Clinton"),
                row(
                    "Donald Trump and Sen. Ted Cruz (Tex.)",
                    "Donald Trump and Ted Cruz"
                ),
                // An acronym is no party: the mention as written.
                row(
                    "The World Health Organization (WHO)",
                    "the World Health Organization (WHO)"
                ),
                row("Israel", "Steve Israel"),
            ]
        );
    }

    #[test]
    fn governments_and_groups_stay_as_written() {
        let got = sources("Moscow denied that talks had been requested.\n\nThe Kremlin said the call went well.\n\nRussian officials said nothing changed.");
        assert_eq!(
            got,
            vec![
                ("Moscow".to_string(), "Moscow".to_string()),
                ("The Kremlin".to_string(), "the Kremlin".to_string()),
                (
                    "Russian officials".to_string(),
                    "Russian officials".to_string()
                ),
            ]
        );
    }
}
