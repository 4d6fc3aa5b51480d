//! Word lists of the grammar, read from `grammars/<lang>/*.txt`.
//!
//! Each list is plain text, one entry per line, `#` starting a comment. The English
//! lists are embedded in the binary; `--grammar DIR` replaces any of them with the file
//! of the same name in DIR.

use std::collections::HashMap;

use crate::text::{fx_mix, FastMap, FastSet};
use std::path::Path;

use super::token::head;
use crate::model::SourceKind;

/// The class of an attribution cue (see `grammars/en/cues.txt`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CueClass {
    Speech,
    Tell,
    Write,
    Deny,
    Allege,
    Belief,
    Evidence,
    /// The writer's impression, not the subject's words: "X seems to …" (no source).
    Impression,
}

impl CueClass {
    fn parse(s: &str) -> Option<Self> {
        Some(match s {
            "speech" => CueClass::Speech,
            "tell" => CueClass::Tell,
            "write" => CueClass::Write,
            "deny" => CueClass::Deny,
            "allege" => CueClass::Allege,
            "belief" => CueClass::Belief,
            "evidence" => CueClass::Evidence,
            "impression" => CueClass::Impression,
            _ => return None,
        })
    }
}

/// A cue form: the words of one inflected form, its lemma and class.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CueEntry {
    /// Remaining words after the first (lower case), for multi-word cues.
    pub rest: Vec<String>,
    pub lemma: String,
    pub class: CueClass,
    /// True for the `-ing` form ("saying"): a participle that takes the main clause's subject.
    pub participle: bool,
    /// True for the base form ("say"): also a noun or an infinitive, so it needs a subject.
    pub base: bool,
    /// Marked `clause` in cues.txt: a cue only before a that-clause or a quotation
    /// ("maintains that …", not "maintains a presence").
    pub needs_clause: bool,
    /// Marked `relay` in cues.txt: a verb of reported speech ("said", "told") whose
    /// attribution stands even inside another's content ("X said Y told him that …").
    pub relay: bool,
    /// Marked `adjective` in cues.txt: an adjective of stance after "be" ("was critical of"):
    /// "be" before it is a copula, not a passive.
    pub adjective: bool,
}

/// The embedded English lists, by file name.
pub const EMBEDDED_EN: [(&str, &str); 16] = [
    ("cues.txt", include_str!("../../grammars/en/cues.txt")),
    (
        "noun_cues.txt",
        include_str!("../../grammars/en/noun_cues.txt"),
    ),
    ("titles.txt", include_str!("../../grammars/en/titles.txt")),
    (
        "source_nouns.txt",
        include_str!("../../grammars/en/source_nouns.txt"),
    ),
    (
        "channels.txt",
        include_str!("../../grammars/en/channels.txt"),
    ),
    ("hedges.txt", include_str!("../../grammars/en/hedges.txt")),
    (
        "agentless.txt",
        include_str!("../../grammars/en/agentless.txt"),
    ),
    (
        "negations.txt",
        include_str!("../../grammars/en/negations.txt"),
    ),
    (
        "cue_modifiers.txt",
        include_str!("../../grammars/en/cue_modifiers.txt"),
    ),
    (
        "abbreviations.txt",
        include_str!("../../grammars/en/abbreviations.txt"),
    ),
    (
        "furniture.txt",
        include_str!("../../grammars/en/furniture.txt"),
    ),
    (
        "opposites.txt",
        include_str!("../../grammars/en/opposites.txt"),
    ),
    (
        "names_female.txt",
        include_str!("../../grammars/en/names_female.txt"),
    ),
    (
        "names_male.txt",
        include_str!("../../grammars/en/names_male.txt"),
    ),
    ("events.txt", include_str!("../../grammars/en/events.txt")),
    ("places.txt", include_str!("../../grammars/en/places.txt")),
];

/// A problem in a grammar file.
#[derive(Debug, thiserror::Error)]
pub enum LexiconError {
    #[error("{file}:{line}: {message}")]
    Bad {
        file: String,
        line: usize,
        message: String,
    },
    #[error("cannot read {file}: {source}")]
    Io {
        file: String,
        source: std::io::Error,
    },
}

/// The entries of a list of words or phrases, in lower case.
fn lower_set(text: &str) -> FastSet<String> {
    entries(text).map(|(_, l)| l.to_lowercase()).collect()
}

/// Non-comment, non-empty lines with their 1-based numbers.
pub fn entries(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.trim()))
        .filter(|(_, l)| !l.is_empty() && !l.starts_with('#'))
}

/// What the word lists say about one word, looked up once per token.
///
/// (Aligned as a `u64`, the 8 bytes move from the word table to a token as one value
/// rather than field by field.)
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[repr(C, align(8))]
pub struct WordInfo {
    /// 1 + index into [`Lexicon::cue_lists`] of the cue forms starting with this word; 0 for none.
    pub cue: u32,
    /// [`WordInfo::HEDGE`], [`WordInfo::NEGATION`], … bits.
    pub flags: u16,
    /// The source kind the word decides, if any (`source_nouns.txt`).
    pub kind: Option<SourceKind>,
}

impl WordInfo {
    pub const HEDGE: u16 = 1;
    pub const NEGATION: u16 = 2;
    pub const CHANNEL_FIRST: u16 = 4;
    pub const CHANNEL_WORD: u16 = 8;
    pub const CHANNEL_LAST: u16 = 16;
    pub const TITLE: u16 = 32;
    pub const MODIFIER: u16 = 64;
    /// Closed classes of the attribution patterns (see `attribution::mark_closed_classes`).
    pub const BOUNDARY: u16 = 128;
    pub const DETERMINER: u16 = 256;
    pub const CONNECTIVE: u16 = 512;
    pub const TIME: u16 = 1024;
    /// Set by the tokenizer on words ending in n't or n’t ("didn’t").
    pub const CONTRACTION: u16 = 2048;
    /// A noun of `noun_cues.txt` ("claim", "attacks").
    pub const NOUN_CUE: u16 = 4096;
    /// A hedge, or a negation, of one word ("reportedly", "not"): the word alone is the
    /// phrase, with no list to read. (Most words with [`WordInfo::HEDGE`] or
    /// [`WordInfo::NEGATION`] are.)
    pub const HEDGE_WORD: u16 = 8192;
    pub const NEGATION_WORD: u16 = 16384;
    /// The second word of a hedge or negation of more words ("said" of "is said to"): a
    /// word that only starts such phrases ("is", "in") starts none before another word.
    pub const PHRASE_SECOND: u16 = 32768;

    pub fn has(self, flag: u16) -> bool {
        self.flags & flag != 0
    }
}

/// All word lists, ready for lookups.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    /// First word (lower case) → cue forms starting with it, longest first.
    pub cues: FastMap<String, Vec<CueEntry>>,
    pub titles: FastSet<String>,
    pub source_nouns: FastMap<String, SourceKind>,
    pub channels: PhraseSet,
    pub hedges: PhraseSet,
    pub negations: PhraseSet,
    pub cue_modifiers: FastSet<String>,
    /// Adverbs that attribute to unnamed reports (`agentless.txt`; each is also a hedge).
    pub agentless: FastSet<String>,
    pub abbreviations: String,
    pub furniture: String,
    /// Cue forms by first word, indexed by [`WordInfo::cue`].
    pub cue_lists: Vec<Vec<CueEntry>>,
    /// Every listed word (lower case) and what the lists say of it.
    pub words: FastMap<String, WordInfo>,
    /// [`Lexicon::words`] again, laid out for the one lookup per token.
    table: WordTable,
    /// Byte length of the longest word in `words`.
    pub longest_word: usize,
    /// The event words of `report`'s frames, as the text of `events.txt`.
    pub events: String,
    /// First names that tell a woman, and a man ("she" and "he" resolve to them).
    pub names_female: FastSet<String>,
    pub names_male: FastSet<String>,
    /// Places and organisations known by one name (`places.txt`, lower case).
    pub places: FastSet<String>,
    /// Opposing predicate pairs (used by `report`).
    pub opposites: Vec<(String, String)>,
    /// Nouns that attribute their complement (`noun_cues.txt`).
    pub noun_cues: FastMap<String, NounCue>,
}

/// A noun of `noun_cues.txt`: the words that open its complement, and whether it denies.
#[derive(Debug, Clone, Default)]
pub struct NounCue {
    pub opens: Vec<String>,
    pub denies: bool,
}

fn inflect(lemma: &str) -> [String; 3] {
    let last = lemma.chars().last().unwrap_or('x');
    let before_last = lemma.chars().rev().nth(1).unwrap_or('a');
    let vowel = |c: char| "aeiou".contains(c);
    let s = if lemma.ends_with('s')
        || lemma.ends_with('x')
        || lemma.ends_with("ch")
        || lemma.ends_with("sh")
    {
        format!("{lemma}es")
    } else if last == 'y' && !vowel(before_last) {
        format!("{}ies", &lemma[..lemma.len() - 1])
    } else {
        format!("{lemma}s")
    };
    let ed = if last == 'e' {
        format!("{lemma}d")
    } else if last == 'y' && !vowel(before_last) {
        format!("{}ied", &lemma[..lemma.len() - 1])
    } else {
        format!("{lemma}ed")
    };
    let ing = if last == 'e' && !lemma.ends_with("ee") {
        format!("{}ing", &lemma[..lemma.len() - 1])
    } else {
        format!("{lemma}ing")
    };
    [s, ed, ing]
}

/// Words and their [`WordInfo`] in buckets by a cheap hash. A slot (16 bytes, four to a
/// cache line) keeps the first 8 bytes of its word and whether it is longer, so words are
/// told apart without reading `keys` unless they are longer than 8 bytes.
///
/// A word's bucket is found with one look-up in `starts`, whose two neighbouring entries
/// bound the bucket's slots: most words of a text are in no list and fall in an empty
/// bucket (start equals end), and a listed word is most often the first slot of its bucket.
/// (An open-addressing table behind a bit filter cost twice the instructions for a listed
/// word: the filter's test, then the probe's set-up.)
#[derive(Debug, Clone)]
struct WordTable {
    /// Bucket `b`'s slots are `slots[starts[b]..starts[b + 1]]`. (An array of fixed size:
    /// a bucket's bounds are read without a bounds check, and an empty table's, all zero,
    /// hold no slot.)
    starts: Box<[u32; BUCKETS + 1]>,
    slots: Vec<Slot>,
    /// Where each slot's word lies in `keys`: start and byte length.
    spans: Vec<(u32, u32)>,
    /// The words, one after the other.
    keys: String,
}

impl Default for WordTable {
    fn default() -> Self {
        WordTable {
            starts: Box::new([0; BUCKETS + 1]),
            slots: Vec::new(),
            spans: Vec::new(),
            keys: String::new(),
        }
    }
}

/// The multiplier that finishes a word's hash (see [`WordTable::hash`]; the short paths,
/// [`WordTable::get_short`] and [`WordTable::get_two`], hash as it does).
const HASH_MUL: u64 = 0x9E37_79B9_7F4A_7C15;

/// log2 of the number of buckets of [`WordTable`]: the 1,400 words of the English lists
/// take some 1,300 of its 8,192 buckets, so about one unlisted word in six reaches a slot
/// (and its head tells it apart), and few listed words share a bucket.
const BUCKET_BITS: u32 = 13;

/// The number of buckets of [`WordTable`].
const BUCKETS: usize = 1 << BUCKET_BITS;

/// What the lists say of a word in none of them.
static NO_INFO: WordInfo = WordInfo {
    cue: 0,
    flags: 0,
    kind: None,
};

#[derive(Debug, Clone, Copy, Default)]
struct Slot {
    /// [`slot_head`] of the word (no listed word is empty).
    head: u64,
    info: WordInfo,
}

/// What a slot keeps of the word `w`, whose [`head`] is `h`: the head of a word of at most
/// 8 bytes, which tells it whole (no word has a zero byte); for a longer word, whose bytes
/// are compared in [`WordTable::keys`], its head with the first byte zeroed. No word's head
/// has a zero byte before another, so a short word's head never equals a long word's
/// slot head, and a short word is told by one compare (not by its head and its length).
#[inline(always)]
fn slot_head(w: &[u8], h: u64) -> u64 {
    if w.len() > 8 {
        h & !0xFF
    } else {
        h
    }
}

impl WordTable {
    fn new(words: &FastMap<String, WordInfo>) -> Self {
        // In a fixed order, so the layout does not depend on the map's: by bucket, then
        // by word.
        let mut sorted: Vec<(usize, &String, &WordInfo)> = words
            .iter()
            .filter(|(w, _)| !w.is_empty())
            .map(|(w, info)| {
                let b = Self::bucket(Self::hash(w.as_bytes(), head(w.as_bytes())));
                (b, w, info)
            })
            .collect();
        sorted.sort_unstable_by(|a, b| (a.0, a.1).cmp(&(b.0, b.1)));
        let mut t = WordTable::default();
        for &(b, w, info) in &sorted {
            // (Counts first: `starts[b + 1]` ends up as the number of slots of buckets up
            // to `b`.)
            t.starts[b + 1] += 1;
            t.slots.push(Slot {
                head: slot_head(w.as_bytes(), head(w.as_bytes())),
                info: *info,
            });
            t.spans.push((t.keys.len() as u32, w.len() as u32));
            t.keys.push_str(w);
        }
        for b in 0..BUCKETS {
            t.starts[b + 1] += t.starts[b];
        }
        t
    }

    /// The hash of `w`, whose [`head`] is `h0`: one multiplication for a word of at most 8
    /// bytes (its head tells its length: no word has a zero byte), each further 8 bytes
    /// mixed in before it.
    #[inline(always)]
    fn hash(w: &[u8], h0: u64) -> u64 {
        let mut h = h0;
        if w.len() > 8 {
            for chunk in w[8..].chunks(8) {
                h = fx_mix(h, head(chunk));
            }
        }
        h.wrapping_mul(HASH_MUL)
    }

    /// The bucket of hash `h`: its top bits.
    #[inline(always)]
    fn bucket(h: u64) -> usize {
        (h >> (64 - BUCKET_BITS)) as usize
    }

    /// The bounds of the slots of the bucket of hash `h` (most often equal: none).
    /// (`b + 1` is at most BUCKETS: no bounds check on `starts`.)
    #[inline(always)]
    fn bounds(&self, h: u64) -> (usize, usize) {
        let b = Self::bucket(h);
        (self.starts[b] as usize, self.starts[b + 1] as usize)
    }

    /// [`WordTable::get`] of a word of at most 8 bytes, whose [`head`] is `h` (and tells
    /// it whole): no length and no bytes to compare, and the slot's info returned as one
    /// 8-byte value, which the tokenizer stores with one move.
    ///
    /// (A reference, to the slot's info or to [`NO_INFO`]: the caller copies the 8 bytes
    /// as one value, where a value returned would be taken apart into its fields.)
    #[inline(always)]
    fn get_short(&self, h: u64) -> &WordInfo {
        let (mut i, e) = self.bounds(h.wrapping_mul(HASH_MUL));
        // (Slot by slot, not a slice: an empty bucket, the common case, costs one compare,
        // and a bucket of one slot a load and two.)
        if i != e {
            while let Some(s) = self.slots.get(i) {
                if s.head == h {
                    return &s.info;
                }
                i += 1;
                if i == e {
                    break;
                }
            }
        }
        &NO_INFO
    }

    /// [`WordTable::get`] of a word of 9 to 16 bytes, whose [`head`] is `h` and the head of
    /// whose bytes after the first 8 is `tail`: its hash is one more multiplication.
    #[inline(always)]
    fn get_two(&self, w: &[u8], h: u64, tail: u64) -> &WordInfo {
        self.probe(w, h, fx_mix(h, tail).wrapping_mul(HASH_MUL))
    }

    /// What the table holds for `w`, whose [`head`] is `h`.
    #[inline(always)]
    fn get(&self, w: &[u8], h: u64) -> &WordInfo {
        self.probe(w, h, Self::hash(w, h))
    }

    /// The slots' answer for `w` (head `h`, hash `hash`). (A reference, as
    /// [`WordTable::get_short`]'s.)
    #[inline(always)]
    fn probe(&self, w: &[u8], h: u64, hash: u64) -> &WordInfo {
        let (mut i, e) = self.bounds(hash);
        let key = slot_head(w, h);
        while i < e {
            let Some(slot) = self.slots.get(i) else { break };
            i += 1;
            if slot.head != key {
                continue;
            }
            // A word of at most 8 bytes is told by its head; a longer one by its bytes.
            if w.len() <= 8
                || self.spans.get(i - 1).is_some_and(|&(start, n)| {
                    self.keys
                        .as_bytes()
                        .get(start as usize..(start + n) as usize)
                        == Some(w)
                })
            {
                return &slot.info;
            }
        }
        &NO_INFO
    }
}

/// Phrases of one or more words, indexed by their first word.
#[derive(Debug, Clone, Default)]
pub struct PhraseSet {
    /// First word → the remaining words of each phrase starting with it, longest first.
    pub by_first: FastMap<String, Vec<Vec<String>>>,
    /// Every word that ends a phrase ("agency" of "news agency").
    pub last_words: FastSet<String>,
}

impl PhraseSet {
    fn parse(text: &str) -> Self {
        let mut set = PhraseSet::default();
        for (_, l) in entries(text) {
            let words: Vec<String> = l.split_whitespace().map(str::to_lowercase).collect();
            if let Some((first, rest)) = words.split_first() {
                set.by_first
                    .entry(first.clone())
                    .or_default()
                    .push(rest.to_vec());
                if let Some(last) = words.last() {
                    set.last_words.insert(last.clone());
                }
            }
        }
        for v in set.by_first.values_mut() {
            v.sort_by_key(|p| std::cmp::Reverse(p.len()));
        }
        set
    }

    /// Is this word a whole one-word phrase of the set?
    pub fn has_word(&self, w: &str) -> bool {
        self.by_first
            .get(w)
            .is_some_and(|v| v.iter().any(|r| r.is_empty()))
    }
}

impl Lexicon {
    /// Build from list texts by file name (missing names fall back to the embedded ones).
    pub fn from_texts(get: impl Fn(&str) -> Option<String>) -> Result<Self, LexiconError> {
        let text = |name: &str| -> String {
            get(name).unwrap_or_else(|| {
                EMBEDDED_EN
                    .iter()
                    .find(|(n, _)| *n == name)
                    .map(|(_, t)| t.to_string())
                    .unwrap_or_default()
            })
        };
        let mut lx = Lexicon::default();
        let cues = text("cues.txt");
        for (line, l) in entries(&cues) {
            let (head, irregular) = match l.split_once(':') {
                Some((h, i)) => (h.trim(), Some(i.trim())),
                None => (l, None),
            };
            let mut words: Vec<&str> = head.split_whitespace().collect();
            let (mut needs_clause, mut relay, mut noun, mut adjective) =
                (false, false, false, false);
            while let Some(&flag @ ("clause" | "relay" | "noun" | "adjective")) = words.last() {
                needs_clause |= flag == "clause";
                relay |= flag == "relay";
                noun |= flag == "noun";
                adjective |= flag == "adjective";
                words.pop();
            }
            let bad = |m: &str| LexiconError::Bad {
                file: "cues.txt".into(),
                line,
                message: m.into(),
            };
            let class_word = words.pop().ok_or_else(|| bad("empty entry"))?;
            let class = CueClass::parse(class_word)
                .ok_or_else(|| bad(&format!("unknown class `{class_word}` (speech, tell, write, deny, allege, belief, evidence)")))?;
            if words.is_empty() {
                return Err(bad("no lemma before the class"));
            }
            let lemma = words.join(" ").to_lowercase();
            let head_word = words[0].to_lowercase();
            let tail: Vec<String> = words[1..].iter().map(|w| w.to_lowercase()).collect();
            let mut forms: Vec<(Vec<String>, bool, bool)> = Vec::new();
            let mut add = |form_words: Vec<String>, participle: bool, base: bool| {
                match forms.iter_mut().find(|f| f.0 == form_words) {
                    // A listed form the same as the lemma is its past too ("put it",
                    // "forecast", "read"): no base form only.
                    Some(f) => f.2 &= base,
                    None => forms.push((form_words, participle, base)),
                }
            };
            add(
                std::iter::once(head_word.clone())
                    .chain(tail.iter().cloned())
                    .collect(),
                false,
                true,
            );
            match irregular {
                Some(irr) => {
                    // Irregular forms are written whole ("pointed out"): split on the known tail.
                    let irr_words: Vec<String> =
                        irr.split_whitespace().map(str::to_lowercase).collect();
                    let step = 1 + tail.len();
                    for chunk in irr_words.chunks(step) {
                        let participle = chunk[0].ends_with("ing");
                        add(chunk.to_vec(), participle, false);
                    }
                }
                None => {
                    for (k, f) in inflect(&head_word).into_iter().enumerate() {
                        // `noun`: the -s form is the plural noun ("attacks", "views"), no cue.
                        if noun && k == 0 {
                            continue;
                        }
                        add(
                            std::iter::once(f).chain(tail.iter().cloned()).collect(),
                            k == 2,
                            false,
                        );
                    }
                }
            }
            for (fw, participle, base) in forms {
                lx.cues.entry(fw[0].clone()).or_default().push(CueEntry {
                    rest: fw[1..].to_vec(),
                    lemma: lemma.clone(),
                    class,
                    participle,
                    base,
                    needs_clause,
                    relay,
                    adjective,
                });
            }
        }
        for v in lx.cues.values_mut() {
            v.sort_by_key(|e| std::cmp::Reverse(e.rest.len()));
        }
        lx.titles = lower_set(&text("titles.txt"));
        let nouns = text("source_nouns.txt");
        for (line, l) in entries(&nouns) {
            let (word, kind) =
                l.rsplit_once(char::is_whitespace)
                    .ok_or_else(|| LexiconError::Bad {
                        file: "source_nouns.txt".into(),
                        line,
                        message: "expected `word kind`".into(),
                    })?;
            let kind = match kind {
                "anonymous" => SourceKind::Anonymous,
                "group" => SourceKind::Group,
                "organization" => SourceKind::Organization,
                "media" => SourceKind::Media,
                "person" => SourceKind::Person,
                k => {
                    return Err(LexiconError::Bad {
                        file: "source_nouns.txt".into(),
                        line,
                        message: format!(
                            "unknown kind `{k}` (anonymous, group, organization, media, person)"
                        ),
                    })
                }
            };
            lx.source_nouns.insert(word.trim().to_lowercase(), kind);
        }
        lx.channels = PhraseSet::parse(&text("channels.txt"));
        lx.hedges = PhraseSet::parse(&text("hedges.txt"));
        lx.negations = PhraseSet::parse(&text("negations.txt"));
        lx.cue_modifiers = lower_set(&text("cue_modifiers.txt"));
        lx.agentless = lower_set(&text("agentless.txt"));
        lx.abbreviations = text("abbreviations.txt");
        lx.furniture = text("furniture.txt");
        let opp = text("opposites.txt");
        for (line, l) in entries(&opp) {
            let mut it = l.split_whitespace();
            match (it.next(), it.next()) {
                (Some(a), Some(b)) => lx.opposites.push((a.to_lowercase(), b.to_lowercase())),
                _ => {
                    return Err(LexiconError::Bad {
                        file: "opposites.txt".into(),
                        line,
                        message: "expected two words".into(),
                    })
                }
            }
        }
        let names = |t: String| -> FastSet<String> {
            entries(&t)
                .flat_map(|(_, l)| {
                    l.split_whitespace()
                        .map(str::to_lowercase)
                        .collect::<Vec<_>>()
                })
                .collect()
        };
        for (line, l) in entries(&text("noun_cues.txt")) {
            let mut words: Vec<String> = l.split_whitespace().map(str::to_lowercase).collect();
            let denies = words.last().is_some_and(|w| w == "deny");
            if denies {
                words.pop();
            }
            if words.len() < 2 {
                return Err(LexiconError::Bad {
                    file: "noun_cues.txt".into(),
                    line,
                    message: "expected `noun word…` (the words that open its complement)".into(),
                });
            }
            let noun = words.remove(0);
            lx.noun_cues.insert(
                noun,
                NounCue {
                    opens: words,
                    denies,
                },
            );
        }
        lx.events = text("events.txt");
        lx.names_female = names(text("names_female.txt"));
        lx.names_male = names(text("names_male.txt"));
        lx.places = names(text("places.txt"));
        lx.index_words();
        Ok(lx)
    }

    /// Build [`Lexicon::words`]: one lookup per token then answers every list.
    fn index_words(&mut self) {
        let mut words: FastMap<String, WordInfo> = FastMap::default();
        let mut firsts: Vec<(&String, &Vec<CueEntry>)> = self.cues.iter().collect();
        firsts.sort_by(|a, b| a.0.cmp(b.0));
        for (w, entries) in firsts {
            self.cue_lists.push(entries.clone());
            words.entry(w.clone()).or_default().cue = self.cue_lists.len() as u32;
        }
        let mut flag = |set: &PhraseSet, first: u16, single: u16, last: u16| {
            for (w, rests) in &set.by_first {
                let e = words.entry(w.clone()).or_default();
                e.flags |= first;
                if rests.iter().any(|r| r.is_empty()) {
                    e.flags |= single;
                }
            }
            for w in &set.last_words {
                words.entry(w.clone()).or_default().flags |= last;
            }
        };
        flag(&self.hedges, WordInfo::HEDGE, WordInfo::HEDGE_WORD, 0);
        flag(
            &self.negations,
            WordInfo::NEGATION,
            WordInfo::NEGATION_WORD,
            0,
        );
        flag(
            &self.channels,
            WordInfo::CHANNEL_FIRST,
            WordInfo::CHANNEL_WORD,
            WordInfo::CHANNEL_LAST,
        );
        for set in [&self.hedges, &self.negations] {
            for second in set.by_first.values().flatten().filter_map(|r| r.first()) {
                words.entry(second.clone()).or_default().flags |= WordInfo::PHRASE_SECOND;
            }
        }
        for w in &self.titles {
            words.entry(w.clone()).or_default().flags |= WordInfo::TITLE;
        }
        for w in &self.cue_modifiers {
            words.entry(w.clone()).or_default().flags |= WordInfo::MODIFIER;
        }
        for w in self.noun_cues.keys() {
            words.entry(w.clone()).or_default().flags |= WordInfo::NOUN_CUE;
        }
        for (w, k) in &self.source_nouns {
            if !w.contains(' ') {
                words.entry(w.clone()).or_default().kind = Some(*k);
            }
        }
        self.longest_word = words.keys().map(String::len).max().unwrap_or(0);
        self.words = words;
        self.table = WordTable::new(&self.words);
    }

    /// Mark these lower-case words with a flag of [`WordInfo`].
    pub fn mark(&mut self, words: &[&str], flag: u16) {
        for w in words {
            self.words.entry((*w).to_string()).or_default().flags |= flag;
            self.longest_word = self.longest_word.max(w.len());
        }
        self.table = WordTable::new(&self.words);
    }

    /// Is `lower` (a word in lower case) a listed first name, a woman's or a man's?
    pub fn first_name(&self, lower: &str) -> bool {
        self.names_female.contains(lower) || self.names_male.contains(lower)
    }

    /// What the lists say of a lower-case word.
    pub fn info(&self, lower: &str) -> WordInfo {
        let (w, h) = (lower.as_bytes(), head(lower.as_bytes()));
        // (A word of at most 8 bytes, most words asked, is told by its head alone.)
        if w.len() <= 8 {
            *self.table.get_short(h)
        } else {
            *self.table.get(w, h)
        }
    }

    /// [`Lexicon::info`] of a word of at most 8 bytes, told by its [`head`] alone.
    #[inline]
    pub fn info_of_head(&self, head: u64) -> &WordInfo {
        self.table.get_short(head)
    }

    /// [`Lexicon::info`] of a word of 9 to 16 bytes whose [`head`] is `head` and the head
    /// of whose bytes after the first 8 is `tail`.
    #[inline]
    pub fn info_of_two(&self, lower: &[u8], head: u64, tail: u64) -> &WordInfo {
        self.table.get_two(lower, head, tail)
    }

    /// [`Lexicon::info`] of a word (its bytes) whose [`head`] is known.
    #[inline]
    pub fn info_with_head(&self, lower: &[u8], head: u64) -> &WordInfo {
        self.table.get(lower, head)
    }

    /// The embedded English lists.
    pub fn embedded() -> Self {
        Self::from_texts(|_| None).expect("embedded grammar is valid")
    }

    /// Lists from a folder; files it lacks fall back to the embedded ones.
    pub fn from_dir(dir: &Path) -> Result<Self, LexiconError> {
        if !dir.is_dir() {
            return Err(LexiconError::Io {
                file: dir.display().to_string(),
                source: std::io::Error::new(std::io::ErrorKind::NotFound, "not a folder"),
            });
        }
        let mut texts = HashMap::new();
        for (name, _) in EMBEDDED_EN {
            let p = dir.join(name);
            if p.exists() {
                let t = std::fs::read_to_string(&p).map_err(|source| LexiconError::Io {
                    file: p.display().to_string(),
                    source,
                })?;
                texts.insert(name, t);
            }
        }
        Self::from_texts(|n| texts.get(n).cloned())
    }
}

#[cfg(test)]
mod tests {
    /// Every entry of the embedded lists stands once: a second copy is dead weight that a
    /// later edit of the first would silently miss.
    #[test]
    fn no_list_repeats_an_entry() {
        for (name, text) in super::EMBEDDED_EN {
            let mut seen = std::collections::HashSet::new();
            for line in text.lines().map(str::trim) {
                if line.is_empty() || line.starts_with('#') {
                    continue;
                }
                assert!(seen.insert(line), "{name}: \"{line}\" twice");
            }
        }
    }

    use super::*;

    /// An empty table (no slots) is answered by its empty buckets: no read of slots it
    /// lacks.
    #[test]
    fn an_empty_table_knows_no_word() {
        let t = WordTable::default();
        for w in ["said", "a", "internationalization"] {
            assert_eq!(
                *t.get(w.as_bytes(), head(w.as_bytes())),
                WordInfo::default()
            );
        }
    }

    #[test]
    fn an_adjective_cue_is_flagged_and_keeps_its_words() {
        let lx = Lexicon::from_texts(|name| {
            (name == "cues.txt").then(|| {
                "say speech relay : said says saying\nwary of belief adjective : wary of\n"
                    .to_string()
            })
        })
        .unwrap();
        let wary = &lx.cues["wary"];
        assert_eq!(wary.len(), 1);
        assert_eq!(
            (
                wary[0].rest.clone(),
                wary[0].lemma.as_str(),
                wary[0].class,
                wary[0].adjective,
                wary[0].base
            ),
            (
                vec!["of".to_string()],
                "wary of",
                CueClass::Belief,
                true,
                false
            )
        );
        assert!(lx.cues["said"].iter().all(|e| !e.adjective));
    }

    #[test]
    fn noun_cues_are_read_and_flagged() {
        let lx = Lexicon::embedded();
        let claim = lx
            .noun_cues
            .get("claim")
            .map(|c| (c.opens.clone(), c.denies));
        assert_eq!(claim, Some((vec!["that".to_string()], false)));
        let denial = lx
            .noun_cues
            .get("denial")
            .map(|c| (c.opens.clone(), c.denies));
        assert_eq!(
            denial,
            Some((vec!["of".to_string(), "that".to_string()], true))
        );
        assert!(lx.info("attacks").has(WordInfo::NOUN_CUE));
        assert!(!lx.info("said").has(WordInfo::NOUN_CUE));
        let bad = Lexicon::from_texts(|name| {
            (name == "noun_cues.txt").then(|| "# c\nclaim\n".to_string())
        });
        assert_eq!(
            bad.map(|_| ()).map_err(|e| e.to_string()),
            Err(
                "noun_cues.txt:2: expected `noun word…` (the words that open its complement)"
                    .to_string()
            )
        );
    }

    /// The word bits of the hedges and negations: a phrase of one word, the first word of a
    /// longer one only, and the second words of longer ones.
    #[test]
    fn phrase_words_are_flagged() {
        let lx = Lexicon::embedded();
        let has = |w: &str, f: u16| lx.info(w).has(f);
        assert!(has("reportedly", WordInfo::HEDGE) && has("reportedly", WordInfo::HEDGE_WORD));
        assert!(has("is", WordInfo::HEDGE) && !has("is", WordInfo::HEDGE_WORD));
        assert!(has("not", WordInfo::NEGATION_WORD) && !has("not", WordInfo::HEDGE_WORD));
        assert!(has("said", WordInfo::PHRASE_SECOND) && has("longer", WordInfo::PHRASE_SECOND));
        assert!(!has("reportedly", WordInfo::PHRASE_SECOND) && !has("is", WordInfo::PHRASE_SECOND));
    }

    #[test]
    fn regular_and_irregular_forms() {
        let lx = Lexicon::embedded();
        let lemma = |w: &str| lx.cues.get(w).map(|v| v[0].lemma.clone());
        assert_eq!(lemma("denied").as_deref(), Some("deny"));
        assert_eq!(lemma("denies").as_deref(), Some("deny"));
        assert_eq!(lemma("noting").as_deref(), Some("note"));
        assert_eq!(lemma("told").as_deref(), Some("tell"));
        assert_eq!(lemma("said").as_deref(), Some("say"));
        assert!(lx.cues["saying"][0].participle);
        assert_eq!(lx.cues["pointed"][0].rest, vec!["out".to_string()]);
        // `noun`: the -s form is the plural noun, no cue form; the others are made.
        assert_eq!(lemma("attacked").as_deref(), Some("attack"));
        assert_eq!(lemma("attacks"), None);
        assert_eq!(lemma("views"), None);
    }

    #[test]
    fn the_word_table_answers_as_the_map() {
        let lx = Lexicon::embedded();
        for (w, info) in &lx.words {
            assert_eq!(lx.info(w), *info, "{w}");
            let mut other = w.clone();
            other.push('x');
            assert_eq!(
                lx.info(&other),
                lx.words.get(&other).copied().unwrap_or_default()
            );
            // The head of a longer word, as a word of its own ("reporter" of "reporters").
            if let Some(prefix) = w.get(..8).filter(|_| w.len() > 8) {
                assert_eq!(
                    lx.info(prefix),
                    lx.words.get(prefix).copied().unwrap_or_default(),
                    "{prefix}"
                );
            }
        }
        assert_eq!(lx.info(""), WordInfo::default());
        assert_eq!(Lexicon::default().info("said"), WordInfo::default());
    }
}
