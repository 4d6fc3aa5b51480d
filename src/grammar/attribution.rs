//! Attribution patterns over the tokens of one sentence unit.
//!
//! The grammar, in the order it is tried for each cue (a word of `cues.txt` outside
//! quotation marks):
//!
//! ```text
//! passive   := C (is|was|has been|have been) attributed to S | S (is|are) said to C
//! according := According to S , C | C , according to S
//! final     := C , S [mod] CUE [adjunct] | “Q ,” S CUE | “Q ,” CUE S        (content first)
//! medial    := “Q1 ,” S CUE , “Q2”                                           (quote around the cue)
//! forward   := S [mod] CUE [adjunct] [object] [that] C | S CUE [,:] “Q”     (content after)
//! particip  := … , CUE-ing [that] C                      (source: the subject of the unit)
//! intro     := S CUE [adjunct] [that] :  ¶ “Q”                   (the next paragraph's quotation)
//! adverb    := C-with-(reportedly|allegedly|…)      (no source; only when nothing else matched)
//! ```
//!
//! Each pattern is a small function; each returns byte ranges into the article text.

use std::cell::Cell;
use std::ops::Range;

use super::lexicon::{CueClass, CueEntry, Lexicon, PhraseSet, WordInfo};
use super::token::{head, Kind, Tok};
use crate::model::{Form, Stance};

/// Mark the closed word classes above in the lexicon, so each is one bit test per token.
pub fn mark_closed_classes(lx: &mut Lexicon) {
    lx.mark(BOUNDARIES, WordInfo::BOUNDARY);
    lx.mark(DETERMINERS, WordInfo::DETERMINER);
    lx.mark(CONNECTIVES, WordInfo::CONNECTIVE);
    lx.mark(&crate::text::WEEKDAYS, WordInfo::TIME);
    lx.mark(TIME_WORDS, WordInfo::TIME);
}

/// Which pattern found an attribution.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pattern {
    Passive,
    According,
    Final,
    Inverted,
    Forward,
    Participle,
    Colon,
    Noun,
    /// "The FBI is reportedly …": an adverb of unnamed reports (`agentless.txt`).
    Adverb,
    /// "He said:" closing its paragraph, the quotation in the next one: the content is
    /// empty here, and the extractor fills it from the paragraph that follows (or drops it).
    Intro,
}

/// One attribution found in a unit. Ranges are byte ranges into the article text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attribution {
    pub pattern: Pattern,
    pub form: Form,
    pub stance: Stance,
    pub source: Option<Range<usize>>,
    pub cue: Option<Range<usize>>,
    pub content: Range<usize>,
    /// The words inside `content` that are not content: the attribution between the two
    /// pieces of “Q1,” S said, “Q2.” or of C1, S said, C2.
    pub gap: Option<Range<usize>>,
    pub channel: Option<Range<usize>>,
    pub hedged: bool,
    pub negated: bool,
    pub class: Option<CueClass>,
    /// The cue is marked `relay`: the attribution stands inside another's content.
    pub relay: bool,
    /// The source is no one a later pronoun refers to: the asker in "Sanders was asked by
    /// host John Dickerson whether …" (a later "he" is Sanders).
    pub aside: bool,
}

const DETERMINERS: &[&str] = &[
    "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these",
    "those", "some", "many", "several", "both", "all", "most", "other", "another", "one", "two",
    "three", "four", "five", "few", "no", "each", "every", "any",
];
const BOUNDARIES: &[&str] = &[
    "that", "and", "but", "or", "because", "while", "when", "as", "if", "although", "though",
    "after", "before", "since", "which", "where", "whether", "so", "yet", "than", "until",
    "unless", "whom", "whose", "what", "how", "why", "also", "not", "by", "be", "been", "being",
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should",
    "may", "might", "must", "did", "does", "do", "then", "there", "here", "only", "just", "even",
    "still", "however", "said", "says", "told",
];
const CONNECTIVES: &[&str] = &[
    "but",
    "and",
    "so",
    "yet",
    "however",
    "still",
    "then",
    "now",
    "meanwhile",
    "instead",
    "also",
    "or",
    "thus",
    "moreover",
    "indeed",
    "later",
    "earlier",
    "previously",
    "last",
    "on",
];
/// Words before a participle that opens a sentence ("By offering …, Trump would show").
const OPENING_PREPOSITIONS: &[&str] = &[
    "while", "before", "after", "by", "when", "despite", "since", "without", "upon", "having",
];
/// Auxiliaries before a verb ("has refused", "would not").
const AUXILIARY_WORDS: [&str; 18] = [
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should",
    "may", "might", "must", "did", "does", "do",
];
const AUXILIARIES: HeadSet<18> = HeadSet::new(AUXILIARY_WORDS);
/// Forms of "be" before a passive participle.
const BE: [&str; 6] = ["is", "are", "was", "were", "be", "been"];
const SUBORDINATORS: HeadSet<12> = HeadSet::new([
    "while", "although", "though", "as", "because", "if", "when", "since", "after", "before",
    "whereas", "unless",
]);
/// Lemmas whose base form is rarely a noun: "officials say" needs no plural check.
const UNAMBIGUOUS_BASE: &[&str] = &[
    "say",
    "tell",
    "argue",
    "think",
    "believe",
    "know",
    "insist",
    "contend",
    "suggest",
    "warn",
    "predict",
    "worry",
    "agree",
    "deny",
    "acknowledge",
    "admit",
    "concede",
    "urge",
    "ask",
    "write",
    "expect",
    "fear",
    "assert",
    "add",
    "explain",
    "note",
    "maintain",
    "claim",
    "allege",
    "accuse",
    "recall",
    "dispute",
];
/// Lemmas whose -s form is more often a plural noun ("remarks", "states", "calls").
const NOUN_LIKE_LEMMAS: &[&str] = &[
    "state",
    "remark",
    "thank",
    "call",
    "claim",
    "report",
    "offer",
    "support",
    "show",
    "find",
    "seek",
    "tweet",
    "post",
    "comment",
    "answer",
    "question",
    "reply",
    "charge",
    "demand",
    "estimate",
    "forecast",
    "promise",
    "pledge",
    "vow",
    "quote",
    "order",
    "voice",
    "hint",
    "signal",
    "plan",
    "credit",
    "challenge",
    "press",
    "concern",
];
/// Cues that stand before their source after a comma ("…, said Smith"); others after a
/// comma are participles ("officials, called superdelegates").
const INVERTING: &[&str] = &[
    "say", "add", "write", "ask", "tell", "explain", "note", "insist", "recall", "reply",
    "respond", "argue", "warn", "declare", "announce", "continue", "conclude", "observe", "remark",
    "tweet",
];
/// Past participles that modify a noun in a subject ("people briefed on the move").
const MODIFIER_PARTICIPLES: &[&str] = &[
    "briefed",
    "involved",
    "interviewed",
    "surveyed",
    "polled",
    "asked",
    "questioned",
    "contacted",
    "quoted",
    "cited",
    "based",
    "aligned",
    "connected",
    "tied",
    "linked",
    "elected",
    "appointed",
    "informed",
    "authorized",
    "allowed",
    "affiliated",
    "associated",
    "related",
    "registered",
    "retired",
    "unnamed",
    "concerned",
    "disaffected",
    "undecided",
    "unaffiliated",
    "employed",
    "unemployed",
    "educated",
    "experienced",
];
/// Nouns that end like adverbs: "the family said" is not "the reportedly said".
const NOUNS_IN_LY: &[&str] = &[
    "family",
    "ally",
    "assembly",
    "rally",
    "daily",
    "weekly",
    "monthly",
    "quarterly",
    "supply",
    "monopoly",
    "anomaly",
    "bully",
];
/// Speech cues whose content is a clause, never trimmed as an object.
const CLAUSE_LEMMAS: &[&str] = &[
    "say",
    "add",
    "note",
    "announce",
    "explain",
    "insist",
    "argue",
    "state",
    "report",
    "predict",
    "estimate",
    "suggest",
    "confirm",
    "reveal",
    "admit",
    "acknowledge",
    "recall",
    "conclude",
    "continue",
    "agree",
    "promise",
    "vow",
    "pledge",
    "respond",
    "reply",
    "answer",
    "claim",
    "assert",
    "contend",
    "maintain",
    "stress",
    "emphasize",
    "emphasise",
    "reiterate",
    "repeat",
    "declare",
    "concede",
    "observe",
    "remark",
    "comment",
    "testify",
    "disclose",
    "speculate",
    "forecast",
    "swear",
    "deny",
    "dispute",
    "allege",
];
/// Determiners that stand alone as a plural subject ("most believe", "few think").
pub(crate) const QUANTIFIERS: [&str; 7] = ["most", "many", "some", "few", "both", "all", "several"];
const PRONOUNS: [&str; 7] = ["he", "she", "they", "it", "i", "we", "you"];
/// Nouns of a poll or a study: what one "found" or "indicates" may be an object.
const EVIDENCE_NOUNS: &[&str] = &[
    "poll",
    "polls",
    "survey",
    "surveys",
    "study",
    "studies",
    "analysis",
    "report",
    "research",
    "review",
    "data",
    "census",
    "audit",
    "investigation",
    "count",
    "tally",
];
/// Possessive determiners ("in a statement to my colleague …").
const POSSESSIVE_DETERMINERS: [&str; 7] = ["my", "his", "her", "their", "our", "its", "your"];
const OBJECT_PRONOUNS: &[&str] = &[
    "him",
    "her",
    "them",
    "me",
    "us",
    "you",
    "reporters",
    "journalists",
    "lawmakers",
    "supporters",
    "voters",
    "viewers",
    "listeners",
    "readers",
    "students",
    "donors",
    "senators",
    "congress",
    "parliament",
    "members",
];
/// Numbers written as words ([`Unit::number_word`]).
const NUMBER_WORDS: [&str; 10] = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
];
/// Words of a time besides the days of the week (both marked [`WordInfo::TIME`]).
const TIME_WORDS: &[&str] = &[
    "yesterday",
    "today",
    "tonight",
    "recently",
    "earlier",
    "later",
    "again",
    "previously",
    "repeatedly",
    "once",
    "also",
    "then",
    "now",
    "too",
    "privately",
    "publicly",
    "late",
    "early",
    "morning",
    "afternoon",
    "evening",
    "night",
];
/// Cues whose object is a stance rather than what is said: "voiced support for …".
const STANCE_VERBS: [&str; 6] = ["express", "voice", "offer", "pledge", "show", "signal"];

/// Nouns of stance that take their object with a preposition: "expressed concern about …".
const STANCE_NOUNS: [&str; 40] = [
    "concern",
    "concerns",
    "support",
    "misgivings",
    "doubts",
    "doubt",
    "interest",
    "enthusiasm",
    "displeasure",
    "discomfort",
    "frustration",
    "condolences",
    "sympathy",
    "outrage",
    "skepticism",
    "fear",
    "fears",
    "alarm",
    "dismay",
    "astonishment",
    "confidence",
    "wish",
    "hope",
    "hopes",
    "disdain",
    "contempt",
    "admiration",
    "anger",
    "reservations",
    "worries",
    "disappointment",
    "gratitude",
    "regret",
    "opposition",
    "praise",
    "criticism",
    "opinion",
    "optimism",
    "pessimism",
    "questions",
];

/// Spans of time after "for" ("has been arguing for years that …").
const SPANS: [&str; 7] = [
    "years", "months", "weeks", "decades", "days", "hours", "ages",
];
/// Abbreviated months and the units of time, for [`Unit::time_only`] (beside the months).
const TIME_UNITS: &[&str] = &[
    "jan", "feb", "aug", "sept", "oct", "nov", "dec", "week", "month", "year", "weekend",
];
const REPORT_NOUNS: &[&str] = &[
    "reports",
    "report",
    "claims",
    "claim",
    "allegations",
    "allegation",
    "accusations",
    "accusation",
    "suggestions",
    "suggestion",
    "rumors",
    "rumours",
    "rumor",
    "charges",
    "speculation",
    "assertions",
];

/// A list of lower-case words that [`Unit::is`] checks a token against: by length and
/// [`head`] (one compare each, the longer words' tails only when those match). Literal
/// lists are arrays, whose loop the compiler unrolls and whose heads it folds.
trait Words {
    /// Is a word of this length and head, whose lower-case form `lw` gives, in the list?
    fn has<'w>(&self, len: usize, h: u64, lw: impl Fn() -> &'w str) -> bool;
}

#[inline(always)]
fn same<'w>(x: &str, len: usize, h: u64, lw: &impl Fn() -> &'w str) -> bool {
    x.len() == len
        && head(x.as_bytes()) == h
        && (len <= 8 || lw().as_bytes().get(8..) == x.as_bytes().get(8..))
}

/// [`same`] for a word known at compile time (a literal of an array). A word has no zero
/// byte, so the head of a word shorter than 8 bytes ends in zero bytes just past it: for
/// such a list word, equal heads mean equal words, and the check is one compare with a
/// constant (the token's length is not read).
#[inline(always)]
fn same_literal<'w>(x: &str, len: usize, h: u64, lw: &impl Fn() -> &'w str) -> bool {
    if x.len() < 8 {
        head(x.as_bytes()) == h
    } else {
        same(x, len, h, lw)
    }
}

impl<const N: usize> Words for [&str; N] {
    #[inline(always)]
    fn has<'w>(&self, len: usize, h: u64, lw: impl Fn() -> &'w str) -> bool {
        // (A long list is a loop, where the length compare spares computing heads.)
        if N > 8 {
            return self.as_slice().has(len, h, lw);
        }
        for x in self {
            if same_literal(x, len, h, &lw) {
                return true;
            }
        }
        false
    }
}

impl Words for [&str] {
    #[inline(always)]
    fn has<'w>(&self, len: usize, h: u64, lw: impl Fn() -> &'w str) -> bool {
        // (A list of run-time words: the length first, the head only when it matches.)
        for x in self {
            if same(x, len, h, &lw) {
                return true;
            }
        }
        false
    }
}

/// A filter of word lists by [`head`]: one multiply and one bit test tell most words that
/// are in none of the lists (a word that passes is then looked up in the lists themselves).
/// A word of a list has the head of its list word (see [`same`]), so no word of the lists
/// is ever filtered out.
#[derive(Clone, Copy)]
struct HeadBits(u128);

impl HeadBits {
    /// The filter of the words of `lists`.
    const fn of(lists: &[&[&str]]) -> HeadBits {
        let mut bits = 0;
        let mut l = 0;
        while l < lists.len() {
            let mut w = 0;
            while w < lists[l].len() {
                bits |= HeadBits::bit(head(lists[l][w].as_bytes()));
                w += 1;
            }
            l += 1;
        }
        HeadBits(bits)
    }

    /// The bit of a head: its top 7 bits after a multiply that mixes all its bytes.
    #[inline(always)]
    const fn bit(h: u64) -> u128 {
        1 << (h.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 57)
    }

    /// Can a word of this head be in the lists?
    #[inline(always)]
    fn may_hold(self, h: u64) -> bool {
        self.0 & HeadBits::bit(h) != 0
    }
}

/// [`HeadBits`] with 4096 slots: for lists of tens of words, which would set half of
/// [`HeadBits`]' 128 bits and let half of all words through.
struct HeadSlots([bool; 4096]);

impl HeadSlots {
    /// The filter of the words of `lists`.
    const fn of(lists: &[&[&str]]) -> HeadSlots {
        let mut slots = [false; 4096];
        let mut l = 0;
        while l < lists.len() {
            let mut w = 0;
            while w < lists[l].len() {
                slots[HeadSlots::slot(head(lists[l][w].as_bytes()))] = true;
                w += 1;
            }
            l += 1;
        }
        HeadSlots(slots)
    }

    /// The slot of a head: the top 12 bits of a multiply that mixes all its bytes.
    #[inline(always)]
    const fn slot(h: u64) -> usize {
        (h.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 52) as usize
    }

    /// Can a word of this head be in the lists?
    #[inline(always)]
    fn may_hold(&self, h: u64) -> bool {
        self.0[HeadSlots::slot(h)]
    }
}

/// A list of words of at most 8 bytes, as their sorted heads: a word that long is told by
/// its head and a length of at most 8 (a shorter word's head ends in zero bytes, see
/// [`same_literal`]), so a token is in the list when its head is, found by a binary search
/// (after the filter of [`HeadBits`], which tells most words at once). For long lists,
/// where [`Unit::is`] would compare each word.
struct HeadSet<const N: usize> {
    bits: HeadBits,
    heads: [u64; N],
}

impl<const N: usize> HeadSet<N> {
    const fn new(words: [&str; N]) -> Self {
        let mut heads = [0; N];
        let mut i = 0;
        while i < N {
            assert!(
                words[i].len() <= 8,
                "a word of a HeadSet has at most 8 bytes"
            );
            heads[i] = head(words[i].as_bytes());
            i += 1;
        }
        // (Sorted by insertion: a short list, once, at compile time.)
        let mut i = 1;
        while i < N {
            let mut j = i;
            while j > 0 && heads[j - 1] > heads[j] {
                let t = heads[j];
                heads[j] = heads[j - 1];
                heads[j - 1] = t;
                j -= 1;
            }
            i += 1;
        }
        HeadSet {
            bits: HeadBits::of(&[&words]),
            heads,
        }
    }
}

impl<const N: usize> Words for HeadSet<N> {
    #[inline(always)]
    fn has<'w>(&self, len: usize, h: u64, _: impl Fn() -> &'w str) -> bool {
        len <= 8 && self.bits.may_hold(h) && self.heads.binary_search(&h).is_ok()
    }
}

/// A list of lemmas that a cue's lemma is checked against ([`Lemmas::has`]), with the
/// filter of its heads: most lemmas asked about are in no list but [`CLAUSE_LEMMAS`] ("say"
/// is in none of [`NOUN_LIKE_LEMMAS`]), and one multiply and one load tell them out where
/// the list would compare each of its words.
struct Lemmas {
    slots: HeadSlots,
    words: &'static [&'static str],
}

impl Lemmas {
    const fn new(words: &'static [&'static str]) -> Lemmas {
        Lemmas {
            slots: HeadSlots::of(&[words]),
            words,
        }
    }

    /// Is the cue's lemma in the list?
    fn has(&self, entry: &CueEntry) -> bool {
        let l = entry.lemma.as_str();
        self.slots.may_hold(head(l.as_bytes())) && self.words.contains(&l)
    }
}

static CLAUSE: Lemmas = Lemmas::new(CLAUSE_LEMMAS);
static NOUN_LIKE: Lemmas = Lemmas::new(NOUN_LIKE_LEMMAS);
static UNAMBIGUOUS: Lemmas = Lemmas::new(UNAMBIGUOUS_BASE);
static INVERTS: Lemmas = Lemmas::new(INVERTING);

/// Words that are probably a finite verb ([`Unit::verbish`], besides the [`AUXILIARIES`]).
const VERBS: HeadSet<28> = HeadSet::new([
    "remains", "said", "made", "went", "came", "took", "gave", "got", "held", "told", "knew",
    "thought", "found", "left", "won", "lost", "met", "saw", "kept", "sent", "wrote", "drew",
    "began", "became", "brought", "led", "stood", "rose",
]);

/// Words that open an adjunct after a cue ([`Unit::skip_adjuncts`]).
const ADJUNCT_OPENERS: HeadSet<11> = HeadSet::new([
    "on", "in", "at", "during", "via", "through", "last", "this", "earlier", "late", "over",
]);

/// Prepositions that a subject does not start with ([`Unit::left_np`]; and "throughout").
const LEADING: HeadSet<9> = HeadSet::new([
    "in", "on", "at", "for", "with", "from", "of", "around", "across",
]);

/// Words of a time ([`Unit::time_only`]) besides the time words of the lexicon.
const TIME_ONLY: [&str; 8] = ["early", "late", "this", "last", "next", "on", "in", "at"];

/// The verbs of "S is said to …", "S is believed to …" ([`Unit::passive`]).
const SAID_TO: [&str; 10] = [
    "said",
    "believed",
    "thought",
    "reported",
    "rumored",
    "rumoured",
    "alleged",
    "expected",
    "understood",
    "considered",
];

/// The words that open a pattern of their own ("according to", "asked", "in a poll", the
/// verbs of the passive patterns), as bits of [`Unit::seen`]: each pattern's search runs
/// only in a unit that has its word.
struct Seen;

impl Seen {
    const ACCORDING: u8 = 1;
    const ASKED: u8 = 2;
    const POLL: u8 = 4;
    /// "attributed" or a verb of [`SAID_TO`].
    const PASSIVE: u8 = 8;
    /// "by", before the agent of a passive cue ([`Unit::passive_by`]).
    const BY: u8 = 16;

    /// The words and their bits (besides [`SAID_TO`], whose bit is [`Seen::PASSIVE`]).
    const WORDS: [(&str, u8); 8] = [
        ("according", Seen::ACCORDING),
        ("by", Seen::BY),
        ("asked", Seen::ASKED),
        ("poll", Seen::POLL),
        ("polls", Seen::POLL),
        ("survey", Seen::POLL),
        ("surveys", Seen::POLL),
        ("attributed", Seen::PASSIVE),
    ];

    /// The words' bits by the slot of their heads ([`HeadSlots::slot`]). The words take 17
    /// slots of 4096: another word that falls in one of them (rare) only costs the pattern
    /// a search.
    const SLOTS: [u8; 4096] = {
        let mut bits = [0; 4096];
        let mut k = 0;
        while k < Seen::WORDS.len() + SAID_TO.len() {
            let (w, b) = if k < Seen::WORDS.len() {
                Seen::WORDS[k]
            } else {
                (SAID_TO[k - Seen::WORDS.len()], Seen::PASSIVE)
            };
            bits[HeadSlots::slot(head(w.as_bytes()))] |= b;
            k += 1;
        }
        bits
    };

    /// The bits a word may have, by its [`head`]: one multiply and one load, no compare
    /// and no branch. (A filter: a word of the lists has its bits, and a few others have
    /// some; a head of "according" is its first 8 bytes, so a longer word that starts with
    /// them has its bit too.)
    #[inline(always)]
    fn of(h: u64) -> u8 {
        Seen::SLOTS[HeadSlots::slot(h)]
    }
}

/// The first of `toks` that `take` accepts, when `take` accepts only tokens whose `mark`
/// is not zero (a bit of the flags, a cue index). (Most tokens have none: four at a time
/// are passed over when none of them has one, told by their marks together.)
#[inline(always)]
fn next_marked(
    toks: &[Tok],
    mark: impl Fn(&Tok) -> u32,
    take: impl Fn(&Tok) -> bool,
) -> Option<usize> {
    let mut chunks = toks.chunks_exact(4);
    let mut base = 0;
    for c in &mut chunks {
        if mark(&c[0]) | mark(&c[1]) | mark(&c[2]) | mark(&c[3]) != 0 {
            if let Some(i) = c.iter().position(&take) {
                return Some(base + i);
            }
        }
        base += 4;
    }
    chunks.remainder().iter().position(&take).map(|i| base + i)
}

/// The parser of one unit, over its tokens.
pub struct Unit<'a> {
    pub lx: &'a Lexicon,
    pub text: &'a str,
    pub toks: &'a [Tok],
    /// The lower-case forms of the tokens' words ([`super::token::Tokens::lower`]).
    pub lower: &'a str,
    /// Written in title case, as headlines are: counted on first use (only a capitalised
    /// cue word or an object content asks).
    title: Cell<Option<bool>>,
    /// Hedged anywhere outside quotations: computed on first use, once (the search looks
    /// words up in the hedge list).
    hedged: Cell<Option<bool>>,
    /// [`Unit::content_end`] (computed once: every pattern asks for it).
    end: usize,
    /// The [`Seen`] bits of the unit's words: a pattern whose word is not there needs no
    /// search.
    seen: u8,
    /// The [`WordInfo`] flags of all the unit's words together: a phrase list none of
    /// whose first words is there needs no search.
    flags: u16,
}

impl<'a> Unit<'a> {
    /// The parser of one unit.
    pub fn new(lx: &'a Lexicon, text: &'a str, toks: &'a [Tok], lower: &'a str) -> Self {
        let mut u = Unit {
            lx,
            text,
            toks,
            lower,
            title: Cell::new(None),
            hedged: Cell::new(None),
            end: 0,
            seen: 0,
            flags: 0,
        };
        (u.flags, u.seen) = u.scan_words();
        u.end = u.find_content_end();
        u
    }

    /// Is any hedge word outside quotations?
    pub fn hedged(&self) -> bool {
        if let Some(h) = self.hedged.get() {
            return h;
        }
        let h = self.has_phrase(0, self.toks.len(), &self.lx.hedges, false);
        self.hedged.set(Some(h));
        h
    }

    fn w(&self, i: usize) -> &'a str {
        let t = &self.toks[i];
        &self.text[t.start..t.end]
    }
    /// The bytes of token `i`: [`Unit::w`] without the test that its ends are character
    /// boundaries (they are), for the tests that read bytes.
    #[inline]
    fn bytes(&self, i: usize) -> &'a [u8] {
        let t = &self.toks[i];
        &self.text.as_bytes()[t.start..t.end]
    }
    #[inline]
    fn lw(&self, i: usize) -> &'a str {
        self.toks[i].lower_form(self.text, self.lower)
    }
    #[inline(always)]
    fn is<W: Words + ?Sized>(&self, i: usize, words: &W) -> bool {
        let Some(t) = self.toks.get(i) else {
            return false;
        };
        t.kind == Kind::Word && words.has(t.lower_len(), t.head, || self.lw(i))
    }
    /// The opening mark of the quotation that closes at token `close` (or the unit start).
    fn quote_start(&self, close: usize) -> usize {
        // (A quotation inside it, 'Q2' in "Q1 'Q2,'", is passed over: its marks pair up.)
        let mut depth = 0usize;
        for k in (0..close).rev() {
            match self.toks[k].kind {
                Kind::Close => depth += 1,
                Kind::Open if depth == 0 => return k,
                Kind::Open => depth -= 1,
                _ => {}
            }
        }
        0
    }

    /// Does token `k` follow a closing quotation mark, with or without a comma between
    /// ("“Q,” the sign read", "“Q”, said S")?
    fn after_quotation(&self, k: usize) -> bool {
        k > 0 && self.toks[k - 1].kind == Kind::Close
            || k > 1 && self.punct(k - 1, ",") && self.toks[k - 2].kind == Kind::Close
    }

    /// Do the words before the quotation opening at `open` (closing at `close`, a comma
    /// inside it) make one sentence with it, so that an inverted cue after it attributes them
    /// too? Not after a colon, a parenthesis, a semicolon or a dash, nor when they hold a
    /// cue of their own ("Frazier said the amendment was … “Q,” said …").
    fn leads_into(&self, open: usize, close: usize) -> bool {
        open > 0
            && !self.toks[open - 1].quoted
            && !(self.punct(open - 1, ":")
                || self.punct(open - 1, "(")
                || self.punct(open - 1, ";")
                || self.is_dash(open - 1))
            // (A doubled apostrophe is two tokens: ,'' ends with a comma too.)
            && self.text[..self.toks[close].start]
                .trim_end_matches(['\'', '’'])
                .ends_with(',')
            && (0..open).all(|k| {
                self.toks[k].quoted
                    || !self.cue_at(k).is_some_and(|(e, _)| {
                        !e.base
                            && matches!(
                                e.class,
                                CueClass::Speech | CueClass::Write | CueClass::Tell
                            )
                    })
            })
    }

    /// Does an opening quotation mark stand at token `j` (false past the unit's end)?
    #[inline]
    fn opens(&self, j: usize) -> bool {
        self.toks.get(j).is_some_and(|t| t.kind == Kind::Open)
    }

    /// A dash: —, –, ―, the hyphen pair `--`, or a hyphen between spaces.
    #[inline]
    fn is_dash(&self, i: usize) -> bool {
        // (Most tokens asked are words: one test of the kind first.)
        match self.toks.get(i) {
            Some(t) if t.kind == Kind::Punct => {}
            _ => return false,
        }
        self.punct(i, "—")
            || self.punct(i, "–")
            || self.punct(i, "―")
            || (self.punct(i, "-")
                && (self.punct(i + 1, "-")
                    || i > 0 && self.punct(i - 1, "-")
                    // "Donald Trump - who previously said … - said": a hyphen between
                    // spaces, as some papers set a dash.
                    || i > 0
                        && i + 1 < self.toks.len()
                        && self.toks[i - 1].end < self.toks[i].start
                        && self.toks[i].end < self.toks[i + 1].start))
    }

    fn in_set(&self, i: usize, flag: u16) -> bool {
        i < self.toks.len() && self.toks[i].kind == Kind::Word && self.toks[i].info.has(flag)
    }
    /// The period after a one-letter capital, an initial ("Michael M. Grynbaum").
    fn initial_period(&self, j: usize) -> bool {
        j > 0 && self.punct(j, ".") && self.cap(j - 1) && self.bytes(j - 1).len() == 1
    }
    /// A short capitalised word or dotted initials before a period: "Sen", "U.S", "S.E.C".
    fn short_abbrev(&self, i: usize) -> bool {
        let w = self.w(i);
        w.chars().count() <= 4 || w.split('.').all(|p| p.chars().count() == 1)
    }

    #[inline(always)]
    fn punct(&self, i: usize, p: &str) -> bool {
        // A mark is one character: its bytes are its head.
        self.toks.get(i).is_some_and(|t| {
            t.kind == Kind::Punct
                && p.len() <= 8
                && t.end - t.start == p.len()
                && t.head == head(p.as_bytes())
        })
    }
    #[inline]
    fn word(&self, i: usize) -> bool {
        i < self.toks.len() && self.toks[i].kind == Kind::Word
    }
    /// A word starting with a capital or a digit.
    #[inline]
    fn cap(&self, i: usize) -> bool {
        self.word(i) && self.toks[i].first != 0
    }
    /// Does the word at `i` end as a plural does, in "s" but not "ss" ("voters", not
    /// "actress")?
    fn s_plural(&self, i: usize) -> bool {
        let w = self.lw(i);
        w.ends_with('s') && !w.ends_with("ss")
    }
    /// "Theresa May said", "George Will wrote": a capitalised modal right after a listed
    /// first name is a surname (not before a capitalised word: "Hillary Will Win" is a
    /// headline in title case).
    fn surname_after_first_name(&self, i: usize) -> bool {
        i > 0
            && self.cap(i)
            && self.auxiliary(i)
            && !self.cap(i + 1)
            && self.cap(i - 1)
            && self.lx.first_name(self.lw(i - 1))
    }

    /// "May said", "Will told": a capitalised modal right before a cue in a past or
    /// present form (no modal takes one) is a name.
    fn name_before_finite_cue(&self, i: usize) -> bool {
        i + 1 < self.toks.len()
            && self.cap(i)
            && self.auxiliary(i)
            && self.word(i + 1)
            && !self.cap(i + 1)
            && {
                let next = self.lw(i + 1);
                next.ends_with("ed")
                    || next.ends_with('s')
                    || matches!(next, "said" | "told" | "wrote")
            }
    }
    fn range(&self, a: usize, b: usize) -> Range<usize> {
        self.toks[a].start..self.toks[b - 1].end
    }

    /// The cue forms that start at token `i`, longest first, with their token end.
    #[inline(always)]
    fn cue_at(&self, i: usize) -> Option<(&'a CueEntry, usize)> {
        // Most tokens are no cue: told inline, the rest out of line.
        let t = &self.toks[i];
        if t.kind != Kind::Word || t.quoted || t.info.cue == 0 {
            return None;
        }
        self.cue_forms_at(i)
    }

    /// [`Unit::cue_at`] of a word that starts cue forms.
    fn cue_forms_at(&self, i: usize) -> Option<(&'a CueEntry, usize)> {
        // A capitalised cue is a name ("United States") unless the unit is in title case.
        if self.cap(i) && i > 0 && !self.title_case() {
            return None;
        }
        let idx = self.toks[i].info.cue;
        if idx == 0 {
            return None;
        }
        let entries = &self.lx.cue_lists[idx as usize - 1];
        // (A word of a cue's rest is told by the token's length and head, see `same`: most
        // tokens after "made", "called", "went" differ in them, and their lower-case form is
        // not read.)
        entries.iter().find_map(|e| {
            let ok = e.rest.iter().enumerate().all(|(k, r)| {
                let j = i + 1 + k;
                self.word(j)
                    && same(r, self.toks[j].lower_len(), self.toks[j].head, &|| {
                        self.lw(j)
                    })
            });
            ok.then_some((e, i + 1 + e.rest.len()))
        })
    }

    /// The last token of the unit's content: final sentence punctuation outside quotes is left out.
    #[inline]
    fn content_end(&self) -> usize {
        self.end
    }

    /// [`Unit::content_end`], found once by [`Unit::new`].
    fn find_content_end(&self) -> usize {
        let mut n = self.toks.len();
        while n > 0
            && self.toks[n - 1].kind == Kind::Punct
            && !self.toks[n - 1].quoted
            // (The mark's bytes: "…" is E2 80 A6.)
            && matches!(
                self.bytes(n - 1),
                b"." | b"!" | b"?" | b"\xE2\x80\xA6" | b";" | b":" | b","
            )
        {
            n -= 1;
        }
        n
    }

    /// Is the unit written in title case, as headlines are?
    fn title_case(&self) -> bool {
        if let Some(t) = self.title.get() {
            return t;
        }
        let (mut words, mut caps) = (0, 0);
        for t in self.toks {
            // Counted without branches: (a word of more than 3 bytes, and capitalised).
            let long = usize::from(t.kind == Kind::Word && t.end - t.start > 3);
            words += long;
            caps += long & usize::from(t.first != 0);
        }
        let title = words >= 2 && caps * 4 >= words * 3;
        self.title.set(Some(title));
        title
    }

    /// In one pass over the words: the flags of all of them together, and the [`Seen`] bits.
    fn scan_words(&self) -> (u16, u8) {
        let (mut flags, mut seen) = (0, 0);
        for t in self.toks {
            // (A token that is no word has no flags: the tokenizer looks up words only.)
            flags |= t.info.flags;
            seen |= Seen::of(t.head);
        }
        (flags, seen)
    }

    /// Is token `k` a possessive ("Cruz's", "Abbas’s", "Gates'", "the Clintons’")?
    #[inline(always)]
    fn possessive(&self, k: usize) -> bool {
        let w = self.bytes(k);
        // (The last byte first: of ’ it is 0x99.)
        if !matches!(w.last(), Some(b's' | b'\'' | 0x99)) {
            return false;
        }
        ["’s", "'s", "s’", "s'"]
            .iter()
            .any(|e| w.ends_with(e.as_bytes()))
    }

    /// A plural noun of agents ("forecasters", "specialists", "respondents"): people who
    /// can say something.
    fn agentive(&self, k: usize) -> bool {
        let w = self.lw(k);
        self.word(k)
            && w.len() >= 7
            && ["ers", "ors", "ists", "ants", "ents", "ians"]
                .iter()
                .any(|s| w.ends_with(s))
    }

    /// Does a that-clause open within ten tokens of `from` (before `end`): "said at an event
    /// in Colorado that …"? (Not a demonstrative "that night".)
    fn that_clause_within(&self, from: usize, end: usize) -> bool {
        (from..end.min(from + 10))
            .any(|k| self.is(k, &["that"]) && !self.toks[k].quoted && !self.demonstrative(k))
    }

    /// Is the "that" at `k` a demonstrative before a time ("said … that night")?
    #[inline]
    fn demonstrative(&self, k: usize) -> bool {
        self.is(k, &["that"])
            && (self.in_set(k + 1, WordInfo::TIME)
                || self.is(k + 1, &["day", "week", "month", "year", "time", "weekend"]))
    }

    /// Do tokens `k - 2..=k` name a share of people ("two in three", "one of four")?
    fn share_ends_at(&self, k: usize) -> bool {
        k >= 2 && self.is(k - 1, &["in", "of"]) && self.number_word(k) && self.number_word(k - 2)
    }

    /// Is the cue at token `k` one of evidence ("show", "found")?
    fn evidence_cue(&self, k: usize) -> bool {
        self.cue_at(k)
            .is_some_and(|(e, _)| e.class == CueClass::Evidence)
    }

    /// Can a clause's subject start at token `k` (a pronoun, a capital, a determiner)?
    fn subject_start(&self, k: usize) -> bool {
        self.is(k, &PRONOUNS) || self.cap(k) || self.in_set(k, WordInfo::DETERMINER)
    }

    /// The "who" opening a relative clause within `from..to`, nearest `to` first, when a
    /// word stands before it that is not "and" ("women who have accused …").
    fn relative_who(&self, from: usize, to: usize) -> Option<usize> {
        (from..to)
            .rev()
            .find(|&x| self.is(x, &["who"]) && !self.toks[x].quoted)
            .filter(|&w| self.word(w - 1) && !self.is(w - 1, &["and"]))
            // ("someone who doesn't answer questions can't be president, while Cruz said": a
            // comma closes the relative clause before the subject.)
            .filter(|&w| !(w..to).any(|x| self.punct(x, ",")))
    }

    /// A token of ASCII digits only ("12", "2016").
    fn digits(&self, k: usize) -> bool {
        // (Bytes, not characters: a digit is one byte, and no byte of another character is one.)
        self.bytes(k).iter().all(|b| b.is_ascii_digit())
    }

    /// An auxiliary of [`AUXILIARIES`]: each is a boundary word too, so a word without that
    /// bit is told by one test instead of a search of the list.
    #[inline]
    fn auxiliary(&self, k: usize) -> bool {
        self.in_set(k, WordInfo::BOUNDARY) && self.is(k, &AUXILIARIES)
    }

    /// A number, in digits or words ("three", "12").
    fn number_word(&self, k: usize) -> bool {
        self.word(k) && (self.digits(k) || self.is(k, &NUMBER_WORDS))
    }

    /// A number after "of" at `k` ("the mother of three"): it ends a noun's phrase, though
    /// a number word is a determiner. ("of" first: one compare.)
    fn number_after_of(&self, k: usize) -> bool {
        k > 0 && self.is(k - 1, &["of"]) && self.number_word(k)
    }

    /// The subject noun phrase ending just before token `end` (exclusive): names, titles,
    /// determiners, nouns with their of/to/for/with complements, a relative clause with who.
    fn left_np(&self, end: usize, lo: usize) -> Option<(usize, usize)> {
        // "family members of the victims, many of whom say …": a share of a relative
        // "whom" is the subject.
        if end >= lo + 3
            && self.is(end - 1, &["whom"])
            && self.is(end - 2, &["of"])
            && (self.is(end - 3, &QUANTIFIERS)
                || self.number_word(end - 3)
                || self.is(end - 3, &["none", "each", "half"]))
        {
            return Some((end - 3, end));
        }
        let mut j = end;
        let mut start = end;
        let mut who = false;
        while j > lo {
            let k = j - 1;
            let t = &self.toks[k];
            if t.quoted {
                break;
            }
            match t.kind {
                Kind::Word => {
                    // (A word shorter than 8 bytes is its head: "who", "and" and "that" are
                    // told by it; the lower-case form only where a test needs its ending.)
                    const WHO: u64 = head(b"who");
                    const AND: u64 = head(b"and");
                    const THAT: u64 = head(b"that");
                    let lw = || self.lw(k);
                    if t.head == WHO && k > lo && self.word(k - 1) && !who {
                        who = true;
                    } else if k + 1 == end && self.is(k, &["which"]) {
                        // "the Chicago Police Department, which reported …": the relative
                        // pronoun alone is the subject (extract finds its antecedent).
                        return Some((k, end));
                    } else if t.head == AND
                        && k > lo
                        && (self.cap(k - 1) && self.cap(k + 1)
                            // "the independent Vermont senator and Democratic presidential
                            // candidate": two roles of one person.
                            // ("president and CEO of …" is left as it was.)
                            || self.toks[k - 1].info.has(WordInfo::TITLE)
                                && self.cap(k + 1)
                                && !self.toks[k + 1].info.has(WordInfo::TITLE)
                            // "Edwards and others", "Hawkins and other activists"
                            || k + 1 < end && self.cap(k - 1) && self.is(k + 1, &["others", "other"])
                            // "teachers and union officials": two plural nouns of people.
                            || k + 1 < end
                                && !self.cap(k - 1)
                                && (self.agentive(k - 1) || self.toks[k - 1].info.kind.is_some())
                                && self.lw(k - 1).ends_with('s')
                                && (self.agentive(end - 1) || self.toks[end - 1].info.kind.is_some())
                                && (k + 1..end).all(|q| self.word(q) && !self.toks[q].quoted)
                            // "Companies and individuals complain", "regulators and
                            // environmental groups worried": two plurals, the first may open
                            // the unit.
                            || k + 1 < end
                                && (!self.cap(k - 1) || k - 1 == lo)
                                && self.word(k - 1)
                                && !self.verbish(k - 1)
                                && self.s_plural(k - 1)
                                && self.s_plural(end - 1)
                                && (k + 1..end).all(|q| self.word(q) && !self.toks[q].quoted && !self.verbish(q))
                            // "Experts on North Korea and nuclear nonproliferation": within
                            // the phrase after a source noun.
                            || (k.saturating_sub(5).max(lo + 1)..k).any(|p| {
                                self.is(p, &["on", "of", "in", "for", "from"])
                                    && (self.toks[p - 1].info.kind.is_some()
                                        || self.agentive(p - 1))
                                    && (p + 1..k).all(|q| {
                                        self.word(q)
                                            && !self.toks[q].quoted
                                            && self.toks[q].info.cue == 0
                                    })
                            })
                            || self.is(
                                k + 1,
                                &[
                                    "around",
                                    "across",
                                    "in",
                                    "at",
                                    "from",
                                    "throughout",
                                    "outside",
                                ],
                            ))
                    {
                        // "Netanyahu and Abbas", "observers in Virginia and around the
                        // country": one subject.
                    } else if self.toks[k].info.has(WordInfo::BOUNDARY)
                        // "That person said": a determiner that opens the unit.
                        && !(k == 0 && t.head == THAT && self.cap(k) && k + 1 < end)
                        && !self.surname_after_first_name(k)
                        && !(k + 1 == end && self.name_before_finite_cue(k))
                        && !(k + 1 == end && k > lo && self.number_after_of(k))
                    {
                        // "people who have battled online threats say": the relative
                        // clause belongs to the subject; go on before its "who".
                        match self.relative_who(k.saturating_sub(8).max(lo + 1), k) {
                            Some(w) if !who => {
                                who = true;
                                start = w;
                                j = w;
                                continue;
                            }
                            _ => break,
                        }
                    } else if self.toks[k].info.cue != 0
                        && !self.cap(k)
                        && self.toks[k].info.kind.is_none()
                        // "voters in each state": a noun after a determiner.
                        && !(k > lo && self.in_set(k - 1, WordInfo::DETERMINER))
                        // "familiar with Cruz's thinking", "Gates' work": a noun after a
                        // possessive.
                        && !(k > lo && self.possessive(k - 1))
                        // "the secretary of state": a noun after "of" (not "a series of
                        // tweets early Friday saying": the subject stands before).
                        && !(k > lo && self.is(k - 1, &["of"]) && !lw().ends_with('s'))
                        // "state delegate", "report author": a noun before a role.
                        && !(k + 1 < end
                            && (self.toks[k + 1].info.has(WordInfo::TITLE)
                                || self.toks[k + 1].info.kind.is_some()))
                        // "a CNN poll released on Tuesday showed": a participle after its
                        // noun, with only a time or channel after it.
                        && !(lw().ends_with("ed")
                            && k > lo
                            && self.word(k - 1)
                            && !self.verbish(k - 1)
                            && k + 1 < end
                            && self.skip_adjuncts(k + 1, end) == end)
                    {
                        // Another verb: the subject cannot reach past it, unless it is in a
                        // relative clause ("women who have accused Clinton of … said", "an
                        // official who was not authorized to discuss the plan said": up to
                        // six words before the verb).
                        if !who {
                            match self.relative_who(k.saturating_sub(6).max(lo + 1), k + 1) {
                                Some(w) => {
                                    who = true;
                                    start = w;
                                    j = w;
                                    continue;
                                }
                                _ => break,
                            }
                        }
                    }
                }
                Kind::Punct => {
                    // (The marks told by their heads, see `punct`: no slice of the text.)
                    let abbrev_dot =
                        self.punct(k, ".") && k > lo && self.cap(k - 1) && self.short_abbrev(k - 1);
                    if self.punct(k, ")") {
                        // "Jason Chaffetz (R-Utah)": a short parenthesis belongs to the name.
                        if let Some(open) = (k.saturating_sub(8).max(lo)..k)
                            .rev()
                            .find(|&o| self.punct(o, "("))
                        {
                            if open > lo && self.cap(open - 1) {
                                start = open;
                                j = open;
                                continue;
                            }
                        }
                        break;
                    }
                    // "the coal miners' union", "Gates’ work": the apostrophe of a plural
                    // possessive belongs to the phrase.
                    let apostrophe = (self.punct(k, "'") || self.punct(k, "’"))
                        && k > lo
                        && k + 1 < end
                        && self.word(k - 1)
                        && self.toks[k - 1].end == t.start
                        && self.lw(k - 1).ends_with('s')
                        && self.word(k + 1)
                        && self.toks[k + 1].start > t.end;
                    if !(abbrev_dot || apostrophe || self.punct(k, "&")) {
                        break;
                    }
                }
                _ => break,
            }
            start = k;
            j = k;
        }
        // Drop sentence-initial connectives and leading prepositions.
        while start < end
            && (self.in_set(start, WordInfo::CONNECTIVE)
                || (self.is(start, &LEADING) || self.is(start, &["throughout"]))
                    && !self.is(start + 1, &["least", "most"]))
        {
            start += 1;
        }
        if start >= end {
            return None;
        }
        // Too long for a subject: keep the last chunk that starts with a determiner or a capital.
        // (After a quotation, all of it up to 24 words: "“Q,” nuclear experts David Albright
        // and Serena Kelleher-Vergantini of Washington's Institute for … wrote".)
        if end - start > 12 && !(end - start <= 24 && self.after_quotation(start)) {
            let from = end - 12;
            start = (from..end).find(|&k| self.in_set(k, WordInfo::DETERMINER) || self.cap(k))?;
        }
        // A subject has a head: a name, a pronoun, a known source noun or title, or a det+noun.
        let last = end - 1;
        // "Two in three said", "one of four say": a share of the people asked.
        if end - start >= 3 && self.share_ends_at(last) {
            return Some((start, end));
        }
        // A quantifier alone is a subject: "Most say", "But few believe", "…, others argue".
        if end - start == 1
            && (self.is(last, &QUANTIFIERS)
                || self.is(last, &["others"])
                || self.is(last, &["another"]))
        {
            return Some((start, end));
        }
        if self.in_set(last, WordInfo::DETERMINER)
            && !(last > start && self.number_after_of(last))
            && !self.no_one(last)
            || self.is(last, &["of", "to", "for", "with", "in", "on", "at", "from"])
        {
            return None;
        }
        // "the ones he", "the two guides I": a pronoun inside is the subject.
        if end - start >= 2 && self.is(end - 1, &["he", "she", "they", "i", "we"]) {
            start = end - 1;
        }
        // "Stein complied with police": a past-tense verb after the head means this is a clause
        // (not "a CNN poll released on Tuesday": a participle and a time).
        if (start + 1..end.saturating_sub(1)).any(|k| {
            let w = self.lw(k);
            w.ends_with("ed")
                && !self.cap(k)
                && !MODIFIER_PARTICIPLES.contains(&w)
                && ((self.cap(k - 1) && !self.in_set(k - 1, WordInfo::DETERMINER))
                    || self.is(k - 1, &PRONOUNS))
                && self.skip_adjuncts(k + 1, end) != end
        }) {
            return None;
        }
        // A number alone is not a subject ("9/11 attacks").
        // (A word whose first byte is an ASCII letter is told at once.)
        if (start..end).all(|k| {
            !self.bytes(k).first().is_some_and(u8::is_ascii_alphabetic)
                && self.w(k).chars().all(|c| !c.is_alphabetic())
        }) {
            return None;
        }
        let evidence = || {
            self.evidence_cue(end) && (self.lw(last).ends_with('s') || self.is(last, &["data"]))
                // "a game in which companies said that …", "Despite that, independent analyses
                // agree the top 1 percent would …": a plural before a finite verb of saying.
                || self.lw(last).len() > 3
                    && self.s_plural(last)
                    && !self.verbish(last)
                    && self.cue_at(end).is_some_and(|(e, ce)| {
                        !e.participle
                            && matches!(e.class, CueClass::Speech | CueClass::Write | CueClass::Tell)
                            // (Not a participle after its noun, "the laws proposed during
                            // …": "said", or a that-clause or a quotation after the cue; a
                            // clause after a base form, "agree the plan failed".)
                            && (self.is(end, &["said", "says", "told"])
                                || e.base
                                    && (self.subject_pronoun(ce)
                                        || self.finite_clause(ce, (ce + 8).min(self.toks.len())))
                                || self.is(ce, &["that"])
                                || self.opens(ce)
                                || self.punct(ce, ":"))
                    })
        };
        let has_head = (start..end).any(|k| {
            self.cap(k)
                || self.is(k, &PRONOUNS)
                || self.is(k, &["who"])
                || self.toks[k].info.kind.is_some()
                || self.toks[k].info.has(WordInfo::TITLE)
        }) || (end - start >= 2 && self.in_set(start, WordInfo::DETERMINER))
            || self.agentive(last)
            // "proponents of more controls", "supporters in Iowa": the head before its
            // phrase.
            || (start..last).any(|k| {
                self.is(k + 1, &["of", "in", "at", "from", "for", "on", "with"]) && self.agentive(k)
            })
            || evidence();
        if !has_head {
            return None;
        }
        // A lone lower-case word that is not a pronoun or source noun is rarely a subject
        // (but "…, records show": a plural before a verb of evidence; "…, official says",
        // "…, analyst says": a headline's role without an article).
        let headline_role =
            || self.toks[start].info.has(WordInfo::TITLE) && self.is(end, &["says", "said"]);
        if end - start == 1
            && !self.cap(start)
            && !self.is(start, &PRONOUNS)
            && !self.is(start, &["who"])
            && self.toks[start].info.kind.is_none()
            && !headline_role()
            && !self.agentive(start)
            && !evidence()
        {
            return None;
        }
        Some((start, end))
    }

    /// Is token `k` the "one" of "no one", "every one", or a "One" opening the unit (a
    /// person, not a number)?
    fn no_one(&self, k: usize) -> bool {
        self.is(k, &["one"]) && (k == 0 || self.is(k - 1, &["no", "not", "every", "each", "any"]))
    }

    /// The subject starting at token `i`: a pronoun, or names, determiners, titles and
    /// source nouns with a head among them.
    fn subject_from(&self, i: usize) -> Option<(usize, usize)> {
        if self.is(i, &["he", "she", "it", "they", "we", "i"]) && !self.toks[i].quoted {
            return Some((i, i + 1));
        }
        let mut e = i;
        while e < self.toks.len()
            && !self.toks[e].quoted
            && (self.cap(e)
                || self.in_set(e, WordInfo::DETERMINER)
                || self.toks[e].info.has(WordInfo::TITLE)
                || self.toks[e].info.kind.is_some()
                || (self.punct(e, ".") && e > i && self.cap(e - 1)))
        {
            e += 1;
        }
        // "The paranoia remained …": a determiner and the lower-case noun after it.
        if e > i
            && self.in_set(e - 1, WordInfo::DETERMINER)
            && self.word(e)
            && !self.toks[e].quoted
            && !self.verbish(e)
        {
            e += 1;
        }
        let head_ok = (i..e).any(|k| {
            self.cap(k) && !self.in_set(k, WordInfo::DETERMINER)
                || self.toks[k].info.kind.is_some()
                || k > i && self.in_set(k - 1, WordInfo::DETERMINER)
        });
        (e > i && head_ok && e - i <= 8).then_some((i, e))
    }

    /// The subject at the start of the unit, past connectives and a leading adverbial
    /// ("Rival Hillary Clinton had mocked …" → "Rival Hillary Clinton").
    fn unit_subject(&self) -> Option<(usize, usize)> {
        let mut i = 0;
        while self.in_set(i, WordInfo::CONNECTIVE) {
            i += 1;
        }
        // "Meanwhile, it attacked Trump, saying …"
        if i > 0 && self.punct(i, ",") {
            i += 1;
        }
        if self.is(
            i,
            &[
                "in", "on", "at", "after", "before", "during", "while", "when", "despite", "since",
                "as",
            ],
        ) {
            match (i..self.toks.len().min(i + 12)).find(|&k| self.punct(k, ",")) {
                Some(comma) => i = comma + 1,
                // "On September 27 they published …": a time without a comma.
                None => {
                    let mut k = i + 1;
                    while k < self.toks.len() && self.time_only(k, k + 1) {
                        k += 1;
                    }
                    if k == i + 1 {
                        return None;
                    }
                    i = k;
                }
            }
        }
        // "On September 27 they …": past a time that opens the unit.
        let mut k = i;
        while k < self.toks.len() && self.time_only(k, k + 1) {
            k += 1;
        }
        // ("On Thursday, Trump spoke …", "On Thursday, however, Trump …")
        if k > i && self.punct(k, ",") {
            k += 1;
            if self.in_set(k, WordInfo::CONNECTIVE) && self.punct(k + 1, ",") {
                k += 2;
            }
        }
        if k > i && self.subject_from(k).is_some() {
            i = k;
        }
        // The subject: a pronoun, or determiners, names, titles and source nouns up to the verb.
        self.subject_from(i)
    }

    /// A noun phrase starting at `i` (for `according to S`, `said S`, `attributed to S`).
    fn right_np(&self, i: usize, hi: usize) -> Option<(usize, usize)> {
        // A noun phrase does not open with a preposition ("on Saturday").
        if self.is(
            i,
            &[
                "on", "in", "at", "to", "for", "from", "with", "by", "of", "during", "after",
                "before",
            ],
        ) {
            return None;
        }
        let mut j = i;
        while j < hi {
            let t = &self.toks[j];
            if t.quoted || t.kind != Kind::Word {
                if self.punct(j, ".") && j > i && self.cap(j - 1) && self.short_abbrev(j - 1) {
                    j += 1;
                    continue;
                }
                break;
            }
            if j > i
                && (self.toks[j].info.has(WordInfo::BOUNDARY)
                    // ("says a new report from …": a cue word that is a source noun is
                    // the phrase's noun.)
                    || self.toks[j].info.cue != 0 && self.toks[j].info.kind.is_none())
                && !self.cap(j)
            {
                break;
            }
            j += 1;
            if j - i >= 12 {
                break;
            }
        }
        (j > i).then_some((i, j))
    }

    /// Skip adjuncts after a cue: times (Tuesday, earlier this month), channels (in a
    /// statement, in an interview with X, on Twitter), with their commas.
    fn skip_adjuncts(&self, mut i: usize, hi: usize) -> usize {
        loop {
            let start = i;
            while i < hi && (self.in_set(i, WordInfo::TIME)) {
                i += 1;
            }
            // "that night"
            if i + 1 < hi && self.demonstrative(i) {
                i += 2;
            }
            if self.is(i, &ADJUNCT_OPENERS) {
                // A short phrase ending in a time word or containing a channel noun.
                let mut j = i + 1;
                let mut good = false;
                while j < hi
                    && j - i <= 12
                    && (self.word(j)
                        // ("to my colleague Michael M. Grynbaum": an initial's period.)
                        || self.initial_period(j))
                    && !self.toks[j].quoted
                    && !self.is(j, &["that"])
                {
                    let lw = self.lw(j);
                    let time = self.toks[j].info.has(WordInfo::TIME)
                        || matches!(
                            lw,
                            "week"
                                | "month"
                                | "year"
                                | "weekend"
                                | "day"
                                | "days"
                                | "weeks"
                                | "months"
                        );
                    if time || self.toks[j].info.has(WordInfo::CHANNEL_WORD) {
                        good = true;
                    }
                    j += 1;
                    // "told ABC’s “Good Morning America” on Monday the tone of …", "said
                    // last year the plan would fail": a determiner after a time opens the
                    // clause.
                    if time && self.is(j, &["the", "a", "an"]) {
                        break;
                    }
                    if good
                        && !self.initial_period(j)
                        && !(self.word(j)
                            && (self.cap(j)
                                || self.is(
                                    j,
                                    &["with", "on", "at", "in", "of", "to", "the", "a", "an"],
                                )
                                || self.is(j, &POSSESSIVE_DETERMINERS)
                                || self.toks[j].info.has(WordInfo::CHANNEL_WORD)
                                // "… message to the convention": the noun of a phrase
                                // the adjunct opened.
                                || (self.is(j - 1, &["the", "a", "an"])
                                    || self.is(j - 1, &POSSESSIVE_DETERMINERS)
                                    // ("in an email to supporters": a plural after "to".)
                                    || self.is(j - 1, &["to"]) && self.lw(j).ends_with('s'))
                                    && !self.toks[j].quoted
                                    && !self.is(j, &["that"])))
                    {
                        break;
                    }
                }
                // "on NBC's “Meet the Press”": a show's title closes the phrase.
                if let Some(t) = self.title_after(j, hi) {
                    good = true;
                    j = t;
                }
                if good {
                    i = j;
                    if self.punct(i, ",") {
                        i += 1;
                    }
                }
            }
            if i == start {
                return i;
            }
        }
    }

    /// The title of a show or an article in quotation marks after a name's possessive
    /// ("ABC's “Good Morning America.”", "NBC's “Meet the Press”", "NBC's “Today” show"),
    /// when token `open` is its opening mark: the token after it (and after "show" or
    /// "program"). A title is a channel, not a quotation; its words are capitalised.
    fn title_after(&self, open: usize, hi: usize) -> Option<usize> {
        if open == 0
            || self.toks.get(open)?.kind != Kind::Open
            || !(self.word(open - 1) && self.cap(open - 1) && self.possessive(open - 1))
        {
            return None;
        }
        self.quoted_title(open, hi)
    }

    /// The token after a title in quotation marks opening at token `open` (and after "show"
    /// or "program"): a few capitalised words ("“Fox and Friends,”", "''Inside Edition''").
    fn quoted_title(&self, open: usize, hi: usize) -> Option<usize> {
        if self.toks.get(open)?.kind != Kind::Open {
            return None;
        }
        let mut j = open + 1;
        while j < hi && j <= open + 8 {
            match self.toks[j].kind {
                Kind::Close if j > open + 1 => {
                    let next = j + 1;
                    return Some(if self.is(next, &["show", "program", "programme"]) {
                        next + 1
                    } else {
                        next
                    });
                }
                Kind::Word
                    if self.cap(j)
                        || self
                            .is(j, &["of", "the", "and", "a", "an", "in", "on", "to", "for"]) => {}
                Kind::Punct if self.punct(j, ".") || self.punct(j, "!") || self.punct(j, "?") => {}
                // ("“Fox and Friends,”": the comma of the sentence inside the marks.)
                Kind::Punct
                    if self.punct(j, ",")
                        && self.toks.get(j + 1).is_some_and(|t| t.kind == Kind::Close) => {}
                _ => return None,
            }
            j += 1;
        }
        None
    }

    /// Skip the object of a tell-class cue ("told reporters", "told the TASS news agency").
    fn skip_object(&self, i: usize, hi: usize) -> usize {
        if self.is(i, OBJECT_PRONOUNS) {
            return i + 1;
        }
        let mut j = i;
        if self.in_set(j, WordInfo::DETERMINER) {
            j += 1;
            while j < hi && j - i <= 5 && self.word(j) && !self.is(j, &["that"]) {
                let info = self.toks[j].info;
                j += 1;
                if info.has(WordInfo::CHANNEL_LAST) || info.kind.is_some() {
                    break;
                }
            }
            return j;
        }
        // "told “Fox and Friends,” …": a show's title is the object.
        if let Some(after) = self.quoted_title(j, hi) {
            return after;
        }
        while j < hi && self.cap(j) && !self.is(j, &PRONOUNS) {
            j += 1;
        }
        self.title_after(j, hi).unwrap_or(j)
    }

    /// Do tokens from `s` hold a short subject (names, determiners, titles, source nouns:
    /// "former President Bill Clinton", "analysts", "records") and then, before `hi`, a
    /// finite cue ("said", not "saying" or "say")? The cue's token.
    fn subject_and_cue(&self, s: usize, hi: usize) -> Option<usize> {
        let c = (s + 1..hi).find(|&j| self.toks[j].info.cue != 0 && !self.toks[j].quoted)?;
        let np_between = (s..c).all(|j| {
            self.cap(j)
                || self.in_set(j, WordInfo::DETERMINER)
                || self.toks[j].info.has(WordInfo::TITLE)
                || self.toks[j].info.kind.is_some()
                || self.punct(j, ".")
                // "…, analysts say", "…, records show"
                || j + 1 == c
                    && (self.agentive(j) || self.lw(j).ends_with('s') && self.evidence_cue(c))
        });
        (np_between
            && self
                .cue_at(c)
                .is_some_and(|(e, _)| !e.participle && !e.base))
        .then_some(c)
    }

    /// Where the content of a forward attribution starting at `i` ends: the unit end, or
    /// before `, <participle cue>` / `, according to`.
    fn forward_end(&self, i: usize) -> usize {
        let end = self.content_end();
        // ", although she is currently registered as a Democrat": a concession without a cue
        // of its own is said too (", while Sanders said …" is not).
        // (No cue of its own after the conjunction at `k + 1`.)
        let no_cue_after =
            |k: usize| !(k + 2..end).any(|j| self.toks[j].info.cue != 0 && !self.toks[j].quoted);
        let said_concession = |k: usize| {
            self.is(k + 1, &["though", "although", "while", "whereas", "yet"]) && no_cue_after(k)
        };
        // Is the content up to `k` a clause of its own ("he was alarmed by the images", "she
        // could not support Trump"), which a coordinated verb after it goes on with?
        let own_clause = |k: usize| self.subject_pronoun(i) || self.finite_clause(i, k);
        let mut k = i;
        while k + 1 < end {
            // (A word ends the content only as "but" or "and", a mark as a dash, a semicolon
            // or a comma: one test of the token's kind first.)
            let t = &self.toks[k];
            if t.kind == Kind::Word {
                const BUT: u64 = head(b"but");
                const AND: u64 = head(b"and");
                const AS: u64 = head(b"as");
                // "… tweeted his observations of the rally as he lined up outside": a clause
                // of time with a pronoun for subject closes the content ("even as he says …"
                // goes on).
                if t.head == AS
                    && !t.quoted
                    && k > i + 2
                    && !self.cap(k)
                    && !self.is(k - 1, &["even", "just", "such", "so", "same"])
                    && (self.is(k + 1, &PRONOUNS) && !self.is(k + 1, &["you"])
                        // ("… missile launch as Pyongyang fired three missiles": a name and a
                        // verb that is no auxiliary.)
                        || self.cap(k + 1)
                            && !self.toks[k + 1].info.has(WordInfo::TITLE)
                            && (k + 2..end.min(k + 4)).any(|j| {
                                self.verbish(j)
                                    && !self.auxiliary(j)
                                    && (j == k + 2 || self.cap(j - 1))
                            }))
                {
                    return k;
                }
                if (t.head == BUT || t.head == AND) && !t.quoted && k > i {
                    // "… but noted that …", "praised the plan and said it would pass": a
                    // coordinated finite cue starts a new attribution, after any content.
                    // (Past modifiers of a cue: "… and repeatedly says, “…”".)
                    let mut c = k + 1;
                    while c < end && self.word(c) && self.toks[c].info.has(WordInfo::MODIFIER) {
                        c += 1;
                    }
                    if self.cue_at(c).is_some_and(|(e, _)| {
                        !e.participle
                            && !e.base
                            // ("He said he was alarmed by the images and wanted to see …":
                            // after a clause of its own, a verb that is no verb of saying
                            // goes on with that clause.)
                            && (matches!(e.class, CueClass::Speech | CueClass::Write | CueClass::Tell)
                                || !own_clause(k))
                    }) {
                        return k;
                    }
                    // "… and Democrats accused the GOP of …": a new subject with its own cue
                    // (not "Cruz and Rubio implied", one subject; not "and that …"), after a
                    // content of three words or more, as the rule below.
                    if t.head == AND
                        && k > i + 2
                        && !self.cap(k - 1)
                        && !self.punct(k - 1, ".")
                        && !self.is(k + 1, &["that"])
                        && self
                            .subject_and_cue(k + 1, end.min(k + 7))
                            .is_some_and(|c| c + 1 < end)
                    {
                        return k;
                    }
                    // "has railed against the Washington cartel and cast himself as …",
                    // "claimed self-defense and was acquitted": after an object that is no
                    // clause, a second verb of the subject.
                    // (A short object, up to seven words, that opens with a word: "said yes
                    // and took the opportunity …" and longer ones are often clauses.)
                    if t.head == AND
                        && k > i
                        && k - i <= 7
                        && self.word(i)
                        && !self.toks[i].quoted
                        && !self.is(
                            i,
                            &["that", "whether", "if", "how", "what", "why", "yes", "no"],
                        )
                        && {
                            let mut v = k + 1;
                            while self.is(
                                v,
                                &["even", "also", "then", "later", "now", "still", "just"],
                            ) {
                                v += 1;
                            }
                            // (A verb for sure, or a word in "-ed" with an object after it:
                            // not "the anxiety and deep-seated anger".)
                            self.auxiliary(v)
                                || self.is(v, &VERBS)
                                || self.verbish(v)
                                    && (self.in_set(v + 1, WordInfo::DETERMINER)
                                        || self.is(v + 1, &PRONOUNS)
                                        || self.is(v + 1, &["to", "that"])
                                        || self.cap(v + 1))
                        }
                        // (Asked last: the costliest test.)
                        && !own_clause(k)
                    {
                        return k;
                    }
                    // "… but stopped short of …": a second verb of the subject.
                    if self.is(k, &["but"])
                        && k > i + 2
                        && self.word(k + 1)
                        && self.lw(k + 1).ends_with("ed")
                        // (Not after a clause of its own: "said she could not support
                        // Trump but understood why people did".)
                        && !own_clause(k)
                    {
                        return k;
                    }
                }
                k += 1;
                continue;
            }
            if t.kind != Kind::Punct {
                k += 1;
                continue;
            }
            // (Every dash of `is_dash` is one of these marks; a mark is its head, see `punct`.)
            const BAR: u64 = head("―".as_bytes());
            const EM: u64 = head("—".as_bytes());
            const EN: u64 = head("–".as_bytes());
            const HYPHEN: u64 = head(b"-");
            const SEMICOLON: u64 = head(b";");
            const COMMA: u64 = head(b",");
            // ("the U.S.-Mexico border": a hyphen between two words is no dash.)
            let dash = matches!(t.head, BAR | EM | EN)
                || t.head == HYPHEN
                    && !(k > 0
                        && self.toks[k - 1].end == t.start
                        && self
                            .toks
                            .get(k + 1)
                            .is_some_and(|n| n.start == t.end && n.kind == Kind::Word));
            // ("that – in his professional life – he is …": an aside may open right after
            // "that".)
            if (dash || t.head == SEMICOLON)
                && !t.quoted
                && (k > i + 2 || dash && k == i + 1 && self.is(i, &["that"]))
            {
                // "… the battlefield - with Russian planes flying raids - would …": a pair of
                // dashes encloses an aside; the content goes on after it.
                let closing = (k + 2..end).find(|&j| {
                    (self.punct(j, "―")
                        || self.punct(j, "—")
                        || self.punct(j, "–")
                        || self.punct(j, "-"))
                        && !self.toks[j].quoted
                        && !self.punct(j - 1, "-")
                });
                // "… to his advantage - helping start …", "… history books -- ''the
                // president …''": an elaboration after a single dash goes on.
                let mut after = k + 1;
                while self.is_dash(after) {
                    after += 1;
                }
                let elaborates = dash
                    && (self.opens(after)
                        || self.word(after) && !self.cap(after) && self.lw(after).ends_with("ing"));
                match closing {
                    // ("… not paid anything ― as was true for … ― Trump boasted, “…”": a new
                    // subject and its cue after the aside close the content at its start.)
                    Some(j)
                        if dash
                            && self
                                .subject_and_cue(j + 1, end.min(j + 8))
                                .is_some_and(|c| {
                                    self.punct(c + 1, ",")
                                        || self.punct(c + 1, ":")
                                        || self.opens(c + 1)
                                        || self.is(c + 1, &["that"])
                                }) =>
                    {
                        return k;
                    }
                    Some(j) if dash => {
                        k = j + 1;
                        continue;
                    }
                    _ if elaborates => {
                        k = after;
                        continue;
                    }
                    _ => return k,
                }
            }
            if t.head == COMMA && !t.quoted {
                if let Some((e, _)) = self.cue_at(k + 1) {
                    if e.participle {
                        return k;
                    }
                    // "The paper, citing unnamed sources, reported that …": the verb of the
                    // subject after an aside that a participle opened.
                    if !e.base && i > 1 && self.punct(i - 2, ",") && self.toks[i - 1].info.cue != 0
                    {
                        return k;
                    }
                }
                // "…, compared with 64 percent who …", "…, as Pyongyang fired three missiles":
                // a comparison or a clause of its own closes the content.
                if self.is(k + 1, &["compared"]) && self.is(k + 2, &["with", "to"])
                    || k > i + 2
                        && self.is(k + 1, &["as"])
                        && (self.is(k + 2, &PRONOUNS)
                            || self.cap(k + 2)
                            || self.in_set(k + 2, WordInfo::DETERMINER))
                        && !self.is(
                            k + 2,
                            &["well", "much", "many", "long", "soon", "part", "a", "an"],
                        )
                {
                    return k;
                }
                // ", with Sen. John McCain calling it …": an absolute clause with its own cue.
                if self.is(k + 1, &["with"])
                    && (k + 2..end.min(k + 9)).any(|j| {
                        !self.toks[j].quoted && self.cue_at(j).is_some_and(|(e, _)| e.participle)
                    })
                {
                    return k;
                }
                if self.is(k + 1, &["according"]) && self.is(k + 2, &["to"]) {
                    return k;
                }
                // "…, former President Bill Clinton said this week": a trailing attribution
                // of the whole sentence closes the content.
                if self.subject_and_cue(k + 1, end.min(k + 10)).is_some() {
                    return k;
                }
                // ", but …", ", although …", ", which …": another clause closes the content.
                // (", but that …" goes on with what was said.)
                if self.is(
                    k + 1,
                    &[
                        "but", "although", "though", "while", "whereas", "even", "yet",
                    ],
                ) && !(self.is(k + 1, &["but"]) && self.is(k + 2, &["that"]))
                    // (", but “the offers were …”": the quotation goes on with what was said.)
                    && !(self.is(k + 1, &["but"]) && {
                        let q = (k + 2..end).find(|&j| self.opens(j));
                        q.is_some_and(|q| (k + 2..q).all(|j| self.cue_at(j).is_none()))
                    })
                    // ", but could not …": a second verb of the same subject goes on.
                    && !(self.is(k + 1, &["but"]) && self.verbish(k + 2))
                    && !said_concession(k)
                    // ("… she had no plans to yell anything about anyone, but when Trump
                    // mentioned Cruz, it just happened": after a clause of its own, ", but"
                    // and a clause without a cue of its own go on with what was said.)
                    // (Not another person's answer: ", but Jones disagreed".)
                    && !(self.is(k + 1, &["but"])
                        && (self.is(i, &["that"]) || own_clause(k))
                        && !(self.cap(k + 2) && self.verbish(k + 3))
                        && no_cue_after(k))
                {
                    return k;
                }
                // ", a mass layoff rivaling …": an appositive to the sentence closes it.
                // (Not "the plan, a bipartisan effort, would fail": closed by a comma.)
                if self.is(k + 1, &["a", "an"])
                    && !(k + 2..end).any(|j| self.punct(j, ",") && !self.toks[j].quoted)
                {
                    return k;
                }
                // ", and Hillary Clinton is promising …": a new clause with its own subject.
                if self.is(k + 1, &["and"])
                    // ", and that …" goes on with what was said.
                    && !self.is(k + 2, &["that"])
                    && self.subject_start(k + 2)
                {
                    return k;
                }
                // ", and has championed an agenda …", ", and when asked …": a second verb of
                // the subject, or a clause that opens with an adverb.
                if k > i + 2
                    && self.is(k + 1, &["and"])
                    && (self.verbish(k + 2)
                        || self.is(
                            k + 2,
                            &[
                                "when", "after", "before", "while", "now", "then", "so", "who",
                                "through", "like",
                            ],
                        ))
                {
                    return k;
                }
                // "he did not support Mr. Trump, the presumed Putin favorite": an appositive
                // to a name, without a verb, to the end.
                // (No verb: an auxiliary, a listed verb or a negation; "-ed" words are
                // adjectives here, "the presumed …". No list: "Israel, the Iranian nuclear
                // deal and …".)
                if k > i + 2
                    && self.cap(k - 1)
                    && self.is(k + 1, &["the"])
                    && !(k + 2..end).any(|j| {
                        self.auxiliary(j)
                            || self.is(j, &VERBS)
                            || self.word(j) && self.lw(j).ends_with("n't")
                            || self.toks[j].quoted
                            || self.toks[j].kind == Kind::Open
                            || self.punct(j, ",")
                            || self.is(j, &["and", "or", "that", "who", "which"])
                            || self.toks[j].info.cue != 0
                    })
                {
                    return k;
                }
                // ", which …" ends the content unless the relative clause is closed by a
                // later comma and the sentence goes on ("the call, which came …, was …").
                if self.is(k + 1, &["which", "who"])
                    && !(k + 2..end).any(|j| self.punct(j, ",") && !self.toks[j].quoted)
                {
                    return k;
                }
            }
            k += 1;
        }
        self.trim_trailing_adjunct(i, end)
    }

    /// Do tokens `a..b` between a cue and "that" hold only adjuncts (times, adverbs,
    /// channels, names: "said Tuesday in an interview with CNN that") and, for tell-class
    /// cues, the object? Otherwise the "that" opens a relative clause ("called for
    /// contestants to wear dresses that showed …").
    fn adjuncts_only(&self, entry: &CueEntry, a: usize, b: usize) -> bool {
        let a = if entry.class == CueClass::Tell {
            self.skip_object(a, b)
        } else {
            a
        };
        // "said after a lunch on Tuesday that …": a prepositional phrase without a verb.
        if b > a + 1
            && b - a <= 10
            && (self.is(
                a,
                &[
                    "after",
                    "during",
                    "at",
                    "in",
                    "on",
                    "before",
                    "following",
                    "while",
                ],
            )
                // "explained to reporters that …", "made the case to 23 progressive group
                // leaders that …": the one spoken to.
                || self.is(a, &["to"])
                    && entry.class != CueClass::Tell
                    && (self.is(a + 1, OBJECT_PRONOUNS)
                        || self.cap(a + 1)
                        || self.in_set(a + 1, WordInfo::DETERMINER) && !self.is(a + 1, &["that"])))
            && (a..b).all(|j| !self.verbish(j) && !self.toks[j].quoted && self.cue_at(j).is_none())
        {
            return true;
        }
        (a..b).all(|j| {
            let t = &self.toks[j];
            t.kind == Kind::Punct
                || self.cap(j)
                || t.info.has(WordInfo::TIME)
                || t.info.has(WordInfo::CHANNEL_WORD)
                || t.info.has(WordInfo::CHANNEL_LAST)
                || t.info.kind.is_some() && entry.class == CueClass::Tell
                || self.in_set(j, WordInfo::DETERMINER)
                || self.w(j).chars().all(|c| c.is_numeric())
                || self.lw(j).ends_with("ly") && !NOUNS_IN_LY.contains(&self.lw(j))
                || self.is(
                    j,
                    &[
                        "in",
                        "on",
                        "at",
                        "during",
                        "with",
                        "to",
                        "before",
                        "after",
                        "over",
                        "week",
                        "month",
                        "year",
                        "weekend",
                        "night",
                        "morning",
                        "afternoon",
                        "evening",
                        "ago",
                        "again",
                        "also",
                        "too",
                        "then",
                        "later",
                        "now",
                        "not",
                        "of",
                        "for",
                        "from",
                        "and",
                    ],
                )
        })
    }

    /// Is the content starting at `c` a clause ("that …", "whether …", a quotation, or a
    /// subject with its verb) rather than an object ("criticized the act as …")?
    fn clausal(&self, c: usize, end: usize) -> bool {
        // "declined that assignment and has since left", "echoed that promise on Monday": a
        // demonstrative and its noun, before an adjunct or the end, are an object.
        if self.is(c, &["that", "this", "these", "those"])
            && self.word(c + 1)
            && !self.cap(c + 1)
            && !self.toks[c + 1].quoted
            && !self.is(c + 1, &PRONOUNS)
            && !self.verbish(c + 1)
            && (c + 2 >= end
                || self.punct(c + 2, ",")
                || self.is(
                    c + 2,
                    &[
                        "and", "in", "on", "at", "during", "as", "for", "to", "with", "before",
                        "after", "when", "while", "because",
                    ],
                ))
        {
            return false;
        }
        if self.is(
            c,
            &[
                "that", "whether", "if", "how", "what", "why", "who", "when", "where",
            ],
        ) || self.is(c, &PRONOUNS)
            || self
                .toks
                .get(c)
                .is_some_and(|t| t.kind == Kind::Open || t.quoted)
        {
            return true;
        }
        // A verb after "and" or a comma belongs to a second predicate of the subject
        // ("boasted about his vast wealth and said …"), not to the content.
        (c..end.min(c + 10))
            .take_while(|&j| {
                self.toks[j].quoted || !(self.is(j, &["and", "but"]) || self.punct(j, ","))
            })
            .any(|j| self.verbish(j))
    }

    /// Does a clause with a subject and a finite verb start at `c` ("the United States
    /// should send", "Clinton leading" is not one)? The verb is an auxiliary, a modal or a
    /// past tense within a few words after a subject that is not itself a verb.
    fn finite_clause(&self, c: usize, end: usize) -> bool {
        if self.verbish(c) {
            return false;
        }
        if self.cap(c)
            && self.word(c + 1)
            && !self.cap(c + 1)
            && !self.toks[c + 1].quoted
            && self.lw(c + 1).len() > 3
            && self.s_plural(c + 1)
        {
            return true; // "Gulen runs a network"
        }
        (c + 1..end.min(c + 8)).any(|j| self.verbish(j) && !self.is(j, &["said", "told"]))
    }

    /// The subject of the nearest finite verb before token `before` ("the actor held an
    /// audition and asked …" → "the actor"; "Trump spotted a sign … and asked" → "Trump").
    fn clause_subject(&self, before: usize) -> Option<(usize, usize)> {
        let lo = before.saturating_sub(25);
        for j in (lo..before).rev() {
            if self.toks[j].quoted || self.punct(j, ";") || self.punct(j, ":") {
                return None;
            }
            if !self.verbish(j) || self.is(j, &["said", "told"]) && self.toks[j].info.cue != 0 {
                continue;
            }
            let mut m = j;
            while m > 0 && self.word(m - 1) && self.toks[m - 1].info.has(WordInfo::MODIFIER) {
                m -= 1;
            }
            return self
                .left_np(m, 0)
                .filter(|&(s, e)| !self.time_only(s, e) && self.subject_from(s).is_some());
        }
        None
    }

    /// Are tokens `s..e` only a time ("early Friday", "this month", "September 27")?
    fn time_only(&self, s: usize, e: usize) -> bool {
        static LISTS: HeadSlots = HeadSlots::of(&[&TIME_ONLY, &crate::text::MONTHS, TIME_UNITS]);
        (s..e).all(|k| {
            self.in_set(k, WordInfo::TIME)
                || self.digits(k)
                || LISTS.may_hold(self.toks[k].head)
                    && (self.is(k, &TIME_ONLY)
                        || self.is(k, &crate::text::MONTHS)
                        || self.is(k, TIME_UNITS))
        })
    }

    /// Where a subject ends once a time that closes it is left out ("Sen. Bernie Sanders
    /// on Saturday", "the State Department last week", "Clinton earlier this month", "who
    /// on Tuesday", "DuPont, only two months later"): the time is when the source spoke,
    /// not who it is, and would make one source look like several. A subject that is all
    /// time is left as it is.
    fn source_end(&self, s: usize, e: usize) -> usize {
        // "Donald Trump — a Republican — said": an aside between dashes is no part of who
        // speaks.
        let e = (s + 1..e)
            .find(|&k| self.toks[k].kind == Kind::Punct && self.is_dash(k) && !self.toks[k].quoted)
            .unwrap_or(e);
        // Words that date something on their own (with the days and the months), and words
        // that only go with them.
        const ANCHORS: &[&str] = &[
            "yesterday",
            "today",
            "tonight",
            "ago",
            "earlier",
            "later",
            "recently",
            "week",
            "weeks",
            "month",
            "months",
            "year",
            "years",
            "weekend",
            "morning",
            "afternoon",
            "evening",
            "night",
        ];
        const FILLERS: &[&str] = &[
            "on",
            "last",
            "this",
            "next",
            "past",
            "recent",
            "coming",
            "come",
            "early",
            "late",
            "in",
            "at",
            "for",
            "the",
            "a",
            "an",
            "that",
            "of",
            "end",
            "start",
            "beginning",
            "middle",
            "less",
            "more",
            "than",
            "about",
            "only",
            "just",
            "some",
            "long",
            "few",
            "several",
            "nearly",
            "almost",
        ];
        // (A word in none of the lists, and no number, ends the time: the filter tells most
        // words at once, where the lists would compare each.)
        static DATING: HeadSlots = HeadSlots::of(&[
            ANCHORS,
            &crate::text::WEEKDAYS,
            &crate::text::MONTHS,
            FILLERS,
            &NUMBER_WORDS,
        ]);
        let mut cut = e;
        let mut anchored = false;
        while cut > s {
            let k = cut - 1;
            let t = &self.toks[k];
            if t.quoted
                || t.kind == Kind::Word
                    && !DATING.may_hold(t.head)
                    && !(t.head as u8).is_ascii_digit()
            {
                break;
            }
            if self.is(k, ANCHORS)
                || self.is(k, &crate::text::WEEKDAYS)
                || self.is(k, &crate::text::MONTHS)
            {
                // ("Super Tuesday", "Black Friday": a day of its own name.)
                if cut == e && self.cap(k) && k > s && self.cap(k - 1) && !self.is(k - 1, &["on"]) {
                    break;
                }
                anchored = true;
            } else if !(self.is(k, FILLERS) || self.number_word(k) || self.punct(k, ",")) {
                break;
            }
            cut -= 1;
        }
        // ("…, only two months later": the comma goes with the time.)
        while cut > s && self.punct(cut - 1, ",") {
            cut -= 1;
        }
        if !anchored || cut == s {
            return e;
        }
        // "a poll released Monday", "a report published on Tuesday", "a poll out Monday":
        // the participle that dated the noun goes with its time.
        let k = cut - 1;
        // ("the scholars I interviewed this week": a verb of its own subject stays.)
        if k > s
            && self.word(k)
            && !self.cap(k)
            && !self.is(k - 1, &PRONOUNS)
            && (self.lw(k).ends_with("ed") || self.is(k, &["taken", "written", "given", "out"]))
        {
            return k;
        }
        cut
    }

    /// A subject pronoun, alone or contracted with its verb ("he", "he's", "they’re").
    fn subject_pronoun(&self, c: usize) -> bool {
        if !self.word(c) || self.toks[c].quoted {
            return false;
        }
        let w = self.lw(c);
        let stem = w.split(['\'', '’']).next().unwrap_or(w);
        PRONOUNS.contains(&stem)
    }

    /// A word that is probably a finite verb or an auxiliary.
    #[inline]
    fn verbish(&self, j: usize) -> bool {
        if !self.word(j) || self.toks[j].quoted {
            return false;
        }
        if self.auxiliary(j) || self.is(j, &VERBS) {
            return true;
        }
        let w = self.lw(j);
        (w.len() > 4 && w.ends_with("ed") && !self.cap(j))
            || w.ends_with("n't")
            || w.ends_with("n’t")
    }

    /// After "called" at content start `c`: the end of a quoted label that closes what is
    /// called ("called Ryan's remarks ''racist,'' an extraordinary indictment …" ends after
    /// ''racist,''), unless a list of labels goes on ("a “nasty guy,” an “anchor baby,”
    /// “unstable” and “sick”"). None when an unquoted comma or a second past-tense verb
    /// ("called him divisive and accused him of …") comes first.
    fn label_end(&self, c: usize, end: usize) -> Option<usize> {
        for k in c + 1..end {
            let t = &self.toks[k];
            if t.quoted || t.kind == Kind::Open {
                continue;
            }
            if t.kind == Kind::Word {
                if k > c + 1
                    && t.info.cue != 0
                    && self.lw(k).ends_with("ed")
                    && self.cue_at(k).is_some()
                {
                    return None;
                }
                continue;
            }
            if self.punct(k, ",") {
                return None;
            }
            if t.kind != Kind::Close {
                continue;
            }
            // (A comma inside the marks: “nasty guy,” and ,'' alike.)
            let comma_in = self.text[..t.start]
                .trim_end_matches(['\'', '’', '”'])
                .ends_with(',');
            let comma_after = self.punct(k + 1, ",");
            let next = if comma_after { k + 2 } else { k + 1 };
            let enumeration = (comma_in || comma_after || self.is(k + 1, &["and", "or"]))
                && (self.opens(next)
                    || self.is(next, &["a", "an", "the", "and", "or"])
                        && (self.opens(next + 1)
                            || self.is(next + 1, &["a", "an"]) && self.opens(next + 2)));
            if !enumeration
                && (k + 1 >= end
                    || comma_in
                    || comma_after
                    || self.punct(k + 1, "(")
                    || self.punct(k + 1, ";")
                    || self.is_dash(k + 1)
                    || self.is(k + 1, &["and", "but"]))
            {
                return Some(k + 1);
            }
        }
        None
    }

    /// Where an object content ("praised Mrs. Clinton's proposals", "endorsed Hillary
    /// Clinton for president") ends: before a trailing adjunct of the reporting clause —
    /// a subordinate clause (when, while, since …), a time or channel phrase ("on
    /// Thursday", "in an interview"), a second verb of the subject ("and has since left"),
    /// or a comma and a participle or relative clause.
    fn object_end(&self, entry: &CueEntry, c: usize, end: usize) -> usize {
        // Verbs whose content is a clause keep everything to its end ("said the exhibition
        // opens on Tuesday"): only cues that take an object are trimmed.
        // (The cheap tests first. Whether the content is a clause and whether the unit is in
        // title case are asked by `cut`, once a word that closes the object is found: most
        // objects run to the end, and the search for that word is cheap.)
        let takes_clause = || {
            // ("denied the charges and counter-accused her": a denied object ends as others do.)
            if entry.class == CueClass::Deny && !self.clausal(c, end) {
                return false;
            }
            !matches!(
                entry.class,
                CueClass::Speech | CueClass::Deny | CueClass::Evidence
            ) || CLAUSE.has(entry)
        };
        // "called inversions “unpatriotic,” and his administration has …": what is called
        // ends with the quoted label.
        if entry.lemma == "call" {
            if let Some(e) = self.label_end(c, end) {
                return e;
            }
        }
        if c >= end || takes_clause() {
            return end;
        }
        let cut = |k: usize| {
            if self.clausal(c, end) || self.title_case() {
                end
            } else {
                k
            }
        };
        const SUBORDINATE: [&str; 11] = [
            "when", "while", "since", "because", "although", "though", "amid", "despite", "until",
            "unless", "whereas",
        ];
        // (A word ends the object only as one of these: the filter tells most words at once.)
        static CLOSING: HeadSlots =
            HeadSlots::of(&[&SUBORDINATE, &["on", "in", "at", "during"], &["and", "but"]]);
        for k in c + 1..end {
            let t = &self.toks[k];
            if t.quoted || t.kind == Kind::Word && !CLOSING.may_hold(t.head) {
                continue;
            }
            // "… a “crazy system” during a campaign stop in Flint": the occasion is no
            // part of the object.
            if k > c + 1 && self.is(k, &["during"]) {
                return cut(k);
            }
            if self.is(k, &SUBORDINATE) {
                return cut(k);
            }
            if self.is(k, &["on", "in", "at", "during"])
                && ((k + 1..end.min(k + 4)).any(|j| {
                    self.in_set(j, WordInfo::TIME)
                        || self.toks[j].info.has(WordInfo::CHANNEL_WORD)
                        || self.is(j, &["week", "month", "year", "weekend", "interview"])
                        // ("rejected that argument in a ruling released Thursday",
                        // "denounced the annexation in an on-air diatribe": the occasion.)
                        || self.is(
                                j,
                                &[
                                    "ruling", "diatribe", "speech", "remarks", "op-ed",
                                    "appearance", "rally", "hearing", "address",
                                    "forum", "letter", "debate",
                                ],
                            )
                }) || self.month_closes(k + 1, end)
                    // ("rose from 11 percent in April": the month of a figure.)
                    && !(self.digits(k - 1)
                        || self.is(k - 1, &["percent", "points", "showing"])
                        || self.w(k - 1).ends_with('%')))
                // ("called Mr. Obama's remarks on Saturday “a true wake-up call”": the
                // second complement comes after the time.)
                && !(k + 2..end.min(k + 6)).any(|j| self.toks[j].kind == Kind::Open)
            {
                return cut(k);
            }
            if self.is(k, &["and", "but"])
                && (self.is(
                    k + 1,
                    &[
                        "has", "have", "had", "was", "is", "also", "then", "later", "said",
                    ],
                ) || self.verbish(k + 1))
            {
                return cut(k);
            }
            if self.punct(k, ",")
                && (self.is(k + 1, &["which", "who", "with", "as"])
                    || self.word(k + 1)
                        && self.lw(k + 1).ends_with("ing")
                        && !self.is(k + 1, &["including", "according"]))
            {
                return cut(k);
            }
        }
        end
    }

    /// Does a month start at `m` ("May", "late May", "July 2010") with nothing after it but
    /// the end, a comma or a word that starts another clause? "endorsed Sanders in May"
    /// ends before "in"; "pleaded guilty in July 2010 to illegal lobbying" goes on.
    fn month_closes(&self, m: usize, end: usize) -> bool {
        let m = if self.is(m, &["late", "early", "mid"]) {
            m + 1
        } else {
            m
        };
        let after = if m + 1 < end && self.digits(m + 1) {
            m + 2
        } else {
            m + 1
        };
        m < end
            && self.cap(m)
            && self.is(m, &crate::text::MONTHS)
            && (after >= end
                || self.punct(after, ",")
                || self.is(
                    after,
                    &[
                        "after", "before", "and", "but", "when", "while", "since", "because",
                    ],
                ))
    }

    /// Leave out a trailing adjunct that names the channel ("… in a statement on Thursday").
    fn trim_trailing_adjunct(&self, i: usize, end: usize) -> usize {
        let from = end.saturating_sub(8).max(i + 2);
        for k in from..end {
            if !self.is(k, &["in", "on", "at", "during"]) || self.toks[k].quoted {
                continue;
            }
            let tail = k + 1..end;
            let adjunct = tail.clone().all(|j| {
                self.word(j)
                    && !self.toks[j].quoted
                    && (self.in_set(j, WordInfo::DETERMINER)
                        || self.in_set(j, WordInfo::TIME)
                        || self.toks[j].info.has(WordInfo::CHANNEL_WORD)
                        || self.toks[j].info.has(WordInfo::CHANNEL_LAST)
                        || self.is(
                            j,
                            &[
                                "on", "in", "at", "week", "month", "year", "morning", "night",
                            ],
                        ))
            });
            // Only an adjunct that names a channel: "opens on Tuesday" keeps its date.
            // (Asked of an adjunct only.)
            let named = || {
                tail.clone()
                    .any(|j| self.toks[j].info.has(WordInfo::CHANNEL_WORD))
            };
            if adjunct && named() {
                return k;
            }
        }
        end
    }

    /// Does a phrase of `phrases` stand among tokens `a..b` (quoted ones only if asked)?
    pub fn has_phrase(&self, a: usize, b: usize, phrases: &PhraseSet, quoted_too: bool) -> bool {
        let (flag, single) = if std::ptr::eq(phrases, &self.lx.hedges) {
            (WordInfo::HEDGE, WordInfo::HEDGE_WORD)
        } else if std::ptr::eq(phrases, &self.lx.negations) {
            (WordInfo::NEGATION, WordInfo::NEGATION_WORD)
        } else {
            (0, 0)
        };
        if flag != 0 && self.flags & (flag | WordInfo::CONTRACTION) == 0 {
            return false;
        }
        let take = |k: usize| self.word(k) && (quoted_too || !self.toks[k].quoted);
        // (Of a flagged set, a word with neither bit starts no phrase: one test each, over
        // the tokens in order, by `position`, a tight loop: most tokens cost a load, a test
        // and a branch. Four at a time, as `next_marked` reads them, cost more: most
        // units have a word of the hedges' first words, "is", "in", "said", every few words.)
        let mask = flag | WordInfo::CONTRACTION;
        let toks = self.toks.get(a..b.min(self.toks.len())).unwrap_or_default();
        // (Whether the set holds "n't" is looked up once, at the first contraction.)
        let mut nt = None;
        let mut d = 0;
        while let Some(off) = toks[d..].iter().position(|t| {
            (flag == 0 || t.info.flags & mask != 0)
                && t.kind == Kind::Word
                && (quoted_too || !t.quoted)
        }) {
            let k = a + d + off;
            d += off + 1;
            let info = self.toks[k].info;
            if info.has(WordInfo::CONTRACTION) && *nt.get_or_insert_with(|| phrases.has_word("n't"))
            {
                return true;
            }
            // (Of a flagged set, the word bits answer without reading the list: a phrase of
            // one word, or no phrase of more words before a word that is no second word.)
            if info.has(single) {
                return true;
            }
            let next = (k + 1..b).find(|&j| take(j));
            if flag != 0
                && !(info.has(flag)
                    && next.is_some_and(|j| self.toks[j].info.has(WordInfo::PHRASE_SECOND)))
            {
                continue;
            }
            let Some(rests) = phrases.by_first.get(self.lw(k)) else {
                continue;
            };
            // (The word after the first, found once for all the phrases that start there:
            // most of them differ in it.)
            let second = next.map(|j| self.lw(j));
            let found = rests.iter().any(|rest| {
                if rest.first().is_some_and(|r| Some(r.as_str()) != second) {
                    return false;
                }
                let mut j = k + 1;
                rest.iter().all(|r| {
                    while j < b && !take(j) {
                        j += 1;
                    }
                    let ok = j < b && self.lw(j) == r;
                    j += 1;
                    ok
                })
            });
            if found {
                return true;
            }
        }
        false
    }

    fn form_of(&self, a: usize, b: usize) -> Form {
        // (Over the slice of the content: no bounds test per token.)
        let toks = &self.toks[a..b];
        // (Most contents have no quotation: four tokens at a time.)
        let open = |t: &Tok| t.kind == Kind::Open;
        if next_marked(toks, |t| u32::from(open(t)), open).is_none() {
            return Form::Indirect;
        }
        let starts_quoted = self.toks[a].kind == Kind::Open;
        let ends_quoted = self.toks[b - 1].kind == Kind::Close
            || (b >= 2 && self.toks[b - 2].kind == Kind::Close);
        // (The words outside the quotation are counted only for a content that opens and
        // closes with one, and only up to the fourth.)
        let few_outside = || {
            toks.iter()
                .filter(|t| t.kind == Kind::Word && !t.quoted)
                .nth(3)
                .is_none()
        };
        if starts_quoted && ends_quoted && few_outside() {
            Form::Direct
        } else {
            Form::Mixed
        }
    }

    /// The attribution between two pieces of content: from the end of token `piece_end - 1`
    /// to the start of token `resume`.
    fn with_gap(&self, mut a: Attribution, piece_end: usize, resume: usize) -> Attribution {
        if piece_end > 0 && resume < self.toks.len() && piece_end < resume {
            a.gap = Some(self.toks[piece_end - 1].end..self.toks[resume].start);
        }
        a
    }

    fn make(
        &self,
        pattern: Pattern,
        entry: Option<&CueEntry>,
        source: Option<(usize, usize)>,
        cue: Option<(usize, usize)>,
        content: (usize, usize),
        form: Option<Form>,
    ) -> Option<Attribution> {
        let (a, b) = content;
        let words = self.toks.get(a..b.min(self.toks.len())).unwrap_or_default();
        if a >= b || !words.iter().any(|t| t.kind == Kind::Word) {
            return None;
        }
        // "the appeal of radical change offered by Trump", "Reporting by David Bailey": an
        // agent after a participle, not what was said ("responded by saying …" is).
        if cue.is_some_and(|(_, e)| e == a)
            && self.is(a, &["by"])
            && !(a + 1..b.min(a + 3)).any(|k| self.word(k) && self.lw(k).ends_with("ing"))
            // ("say by 55%-41% that …": a margin, then what was said.)
            && !(a + 1..b.min(a + 6)).any(|k| self.is(k, &["that"]))
        {
            return None;
        }
        // "at a rate not seen since the 1960s": a time, not what was seen.
        if self.is(a, &["since"]) && entry.is_some_and(|e| e.lemma == "see") {
            return None;
        }
        let class = entry.map(|e| e.class);
        let hedged = class == Some(CueClass::Allege) || self.hedged();
        Some(Attribution {
            pattern,
            form: form.unwrap_or_else(|| self.form_of(a, b)),
            stance: if class == Some(CueClass::Deny) {
                Stance::Denies
            } else {
                Stance::Asserts
            },
            source: source.map(|(s, e)| self.range(s, self.source_end(s, e))),
            cue: cue.map(|(s, e)| self.range(s, e)),
            content: self.range(a, b),
            gap: None,
            channel: self.channel(a, b, cue),
            hedged,
            negated: self.has_phrase(a, b, &self.lx.negations, true),
            class,
            relay: entry.is_some_and(|e| e.relay),
            aside: false,
        })
    }

    /// The channel named in the unit outside the content (a statement, the TASS news
    /// agency, Channel 9, Twitter).
    fn channel(&self, ca: usize, cb: usize, cue: Option<(usize, usize)>) -> Option<Range<usize>> {
        self.title_channel(ca, cb, cue)
            .or_else(|| self.listed_channel(ca, cb, cue))
    }

    /// A show named by its title within ten tokens after the cue, outside the content
    /// ("told ABC's “Good Morning America”", "said on NBC's “Meet the Press”"): the
    /// network's name and the title (see [`Unit::title_after`]).
    fn title_channel(
        &self,
        ca: usize,
        cb: usize,
        cue: Option<(usize, usize)>,
    ) -> Option<Range<usize>> {
        let (_, e) = cue?;
        let n = self.toks.len();
        // (Over the slice of the window: no bounds test per token.)
        let window = self.toks.get(e + 1..n.min(e + 10)).unwrap_or_default();
        window
            .iter()
            .enumerate()
            .filter(|&(_, t)| t.kind == Kind::Open)
            .map(|(d, _)| e + 1 + d)
            .filter(|k| !(ca..cb).contains(k))
            .find_map(|k| {
                let end = self.title_after(k, n)?;
                // The network's whole name ("Sirius XM's"); the title's closing mark, or
                // "show" after it, ends the channel.
                let mut start = k - 1;
                while start > e && start + 3 > k && self.word(start - 1) && self.cap(start - 1) {
                    start -= 1;
                }
                Some(self.range(start, end))
            })
    }

    /// A channel of the grammar's list named near the cue, outside the content.
    fn listed_channel(
        &self,
        ca: usize,
        cb: usize,
        cue: Option<(usize, usize)>,
    ) -> Option<Range<usize>> {
        // (No word of the unit starts a channel: no search.)
        if self.flags & WordInfo::CHANNEL_FIRST == 0 {
            return None;
        }
        let n = self.toks.len();
        // (With a cue, only the tokens within ten of it are read: the test below passes
        // over the others.)
        let (from, to) = cue.map_or((0, n), |(s, e)| (s.saturating_sub(10), n.min(e + 11)));
        for (d, t) in self
            .toks
            .get(from..to)
            .unwrap_or_default()
            .iter()
            .enumerate()
        {
            // (Every first word of a channel carries the flag: one bit test per token.)
            if !t.info.has(WordInfo::CHANNEL_FIRST) {
                continue;
            }
            let k = from + d;
            if (ca..cb).contains(&k)
                || cue.is_some_and(|(s, e)| (s..e).contains(&k))
                || self.toks[k].quoted
                || !self.word(k)
            {
                continue;
            }
            // Near the cue ("said in a statement", "told the TASS news agency"), not in a
            // far clause ("… who began his speech").
            if cue.is_some_and(|(s, e)| {
                k + 10 < s || k > e + 10 || (e..k).any(|j| self.is(j, &["who", "which"]))
            }) {
                continue;
            }
            // A noun after a determiner, possessive or preposition, or a name: "failed to
            // show up" names no show.
            let introduced = self.cap(k)
                || k > 0
                    && (self.in_set(k - 1, WordInfo::DETERMINER)
                        || self.cap(k - 1)
                        || self.possessive(k - 1)
                        || self.is(
                            k - 1,
                            &["in", "on", "via", "through", "during", "with", "at", "news"],
                        ));
            if !introduced {
                continue;
            }
            let lw = self.lw(k);
            let Some(rests) = self.lx.channels.by_first.get(lw) else {
                continue;
            };
            let Some(p) = rests.iter().find(|rest| {
                rest.iter()
                    .enumerate()
                    .all(|(m, x)| self.word(k + 1 + m) && self.lw(k + 1 + m) == x)
            }) else {
                continue;
            };
            let mut end = k + 1 + p.len();
            // "interview with Channel 9": the channel is who the interview was with, when named.
            if (lw == "interview" || lw == "call") && self.is(end, &["with"]) {
                let mut s = end + 1;
                while self.in_set(s, WordInfo::DETERMINER) {
                    s += 1;
                }
                let mut e = s;
                while e < n && self.cap(e) && !(ca..cb).contains(&e) {
                    e += 1;
                }
                if e > s
                    && (s..e).any(|m| {
                        self.toks[m].info.has(WordInfo::CHANNEL_WORD)
                            || self.toks[m].info.kind.as_ref()
                                == Some(&crate::model::SourceKind::Media)
                    })
                {
                    return Some(self.strip_adjectives(s, e));
                }
            }
            // Named channels: a run of capitals before the noun ("the TASS news agency") and
            // a number or name after it ("Channel 9").
            let mut start = k;
            while start > 0
                && self.cap(start - 1)
                && !(ca..cb).contains(&(start - 1))
                && start - 1 > 0
            {
                start -= 1;
            }
            while end < n
                && self.cap(end)
                && !(ca..cb).contains(&end)
                && self.w(end).chars().all(|c| c.is_numeric())
            {
                end += 1;
            }
            return Some(self.strip_adjectives(start, end));
        }
        None
    }

    /// Drop nationality and language adjectives at the front of a name ("Israeli
    /// Russian-language Channel 9" → "Channel 9").
    fn strip_adjectives(&self, mut s: usize, e: usize) -> Range<usize> {
        while s + 1 < e {
            let w = self.w(s);
            let adjectival = w.ends_with("-language")
                || (w.len() > 4
                    && (w.ends_with("ian")
                        || w.ends_with("ese")
                        || w.ends_with("ish")
                        || w.ends_with("eli")
                        || w.ends_with("ican")));
            if adjectival {
                s += 1;
            } else {
                break;
            }
        }
        self.range(s, e)
    }

    /// Every attribution of the unit, in text order.
    pub fn parse(&self) -> Vec<Attribution> {
        let mut out = Vec::new();
        self.parse_into(&mut out);
        out
    }

    /// [`Unit::parse`] into `out` (cleared first), reusing its memory.
    pub fn parse_into(&self, out: &mut Vec<Attribution>) {
        let n = self.toks.len();
        out.clear();
        if n == 0 {
            return;
        }
        if let Some(a) = self.according() {
            out.push(a);
        }
        if let Some(a) = self.asked() {
            out.push(a);
        }
        if let Some(a) = self.as_reported() {
            out.push(a);
            return;
        }
        if let Some(a) = self.dash_signature() {
            out.push(a);
            return;
        }
        if let Some(a) = self.passive() {
            out.push(a);
        }
        let mut i = 0;
        let mut subject: Option<(usize, usize)> = None;
        while i < n {
            // (The next word that may start a cue: the cue index first, zero for most words,
            // four at a time.)
            let Some(d) = next_marked(
                &self.toks[i..],
                |t| t.info.cue,
                |t| t.info.cue != 0 && t.kind == Kind::Word && !t.quoted,
            ) else {
                break;
            };
            i += d;
            let Some((entry, cue_end)) = self.cue_at(i) else {
                i += 1;
                continue;
            };
            if let Some(mut a) = self
                .at_cue(i, cue_end, entry, &mut subject)
                .map(|a| self.impression(a, entry, cue_end))
            {
                // "refused to say", "went on to say": the cue takes in the verb before it,
                // whose own attribution ("refused | to say …") it replaces.
                if self.matrix_infinitive(i, entry) {
                    let v = self.infinitive_verb(i);
                    let verb = self.toks[v].start..self.toks[i - 1].start;
                    out.retain(|o| {
                        o.cue
                            .as_ref()
                            .is_none_or(|c| !(verb.start <= c.start && c.end <= verb.end))
                    });
                    if let Some(c) = a.cue.as_mut() {
                        c.start = self.toks[v].start;
                    }
                    // "refused to confirm or deny the report": one cue, and the source
                    // commits to nothing.
                    if self.is(cue_end, &["or", "nor"]) {
                        if let Some((_, e2)) = self.cue_at(cue_end + 1) {
                            if let (Some(c), Some(next)) = (a.cue.as_mut(), self.toks.get(e2)) {
                                c.end = self.toks[e2 - 1].end;
                                a.content.start = a.content.start.max(next.start);
                                a.hedged = true;
                            }
                        }
                    }
                }
                // Two cues may find the same content ("said … adding"): keep the first.
                if !out.iter().any(|o| o.content == a.content) {
                    out.push(a);
                }
            }
            i = cue_end;
        }
        // A poll the sentence names, when nothing else attributes its content.
        if let Some(a) = self.in_poll() {
            if !out
                .iter()
                .any(|o| o.content.start < a.content.end && a.content.start < o.content.end)
            {
                out.push(a);
            }
        }
        for a in self.noun_cues() {
            if !out.iter().any(|o| o.content == a.content) {
                out.push(a);
            }
        }
        if out.is_empty() {
            out.extend(self.colon_quote());
        }
        if out.is_empty() {
            out.extend(self.passive_by());
        }
        if out.is_empty() {
            out.extend(self.agentless());
        }
        // A cue inside another attribution's content is part of what that source reports
        // ("He said Obama hopes that …", "Clinton says she opposes the deal"), not a second
        // attribution, unless it relays speech (`relay` in cues.txt: "X said Y told him …").
        // (A cue in the gap of a content is the attribution's own: "C1, they believe, C2".)
        // (Of two attributions whose contents hold each other's cue, "He agreed to sell it,
        // records show", the later cue is the outer one.)
        let within = |c: &Range<usize>, r: &Range<usize>| r.start <= c.start && c.end <= r.end;
        let kept = |a: &Attribution, all: &[Attribution]| {
            a.relay
                || a.class.is_none()
                || a.cue.as_ref().is_none_or(|c| {
                    !all.iter().any(|o| {
                        within(c, &o.content)
                            && !o.gap.as_ref().is_some_and(|g| within(c, g))
                            && !o
                                .cue
                                .as_ref()
                                .is_some_and(|oc| within(oc, &a.content) && oc.start < c.start)
                    })
                })
        };
        // (Each is tested against all of them as found: the answers first, as bits, then
        // the removal; more than 64 attributions in a unit take a copy instead.)
        if out.len() <= 64 {
            let mut drop = out
                .iter()
                .enumerate()
                .fold(0u64, |m, (k, a)| m | (u64::from(!kept(a, out)) << k));
            out.retain(|_| {
                let keep = drop & 1 == 0;
                drop >>= 1;
                keep
            });
        } else {
            let all = out.clone();
            out.retain(|a| kept(a, &all));
        }
        // "Do you support Donald Trump?", "Did Clinton say that the plan failed?": a
        // question the writer asks reports no one's words, only a quotation in it does.
        if self.inverted_question() {
            out.retain(|a| matches!(a.form, Form::Direct | Form::Mixed));
        }
        out.sort_by_key(|a| (a.content.start, a.content.end));
    }

    /// "Trump leaned in and boomed: “Q”", "Cruz called them on it: “Q”": a subject, a verb
    /// and a colon before a quotation that runs to the end of the unit. The words from the
    /// verb to the colon are the cue.
    fn colon_quote(&self) -> Option<Attribution> {
        let n = self.toks.len();
        // (Most units have no colon: told by a search of their bytes, before their tokens,
        // with a searcher built once.)
        static COLON: crate::text::One = crate::text::One::new(b':');
        let bytes = &self.text.as_bytes()[self.toks.first()?.start..self.toks[n - 1].end];
        COLON.find(bytes)?;
        let k = (2..n.saturating_sub(1)).find(|&k| {
            self.toks[k].kind == Kind::Open && self.punct(k - 1, ":") && !self.toks[k - 1].quoted
        })? - 1;
        // The quotation closes at the unit end (after its final mark).
        let last_close = (k + 2..n)
            .rev()
            .find(|&j| self.toks[j].kind == Kind::Close)?;
        if (last_close + 1..n).any(|j| self.word(j)) {
            return None;
        }
        let (s, e) = self.unit_subject()?;
        if e >= k || k - e > 12 {
            return None;
        }
        if (e..k).any(|j| {
            self.toks[j].quoted
                || self.punct(j, ",")
                || self.punct(j, ";")
                || self.punct(j, ":")
                || self.is(j, &["that", "who", "which", "whose", "whom"])
        }) {
            return None;
        }
        // The verb right after the subject, or after an adverb ("then added", "also played").
        let mut v = e;
        while v < k
            && self.word(v)
            && (self.toks[v].info.has(WordInfo::MODIFIER)
                || self.lw(v).ends_with("ly") && !self.cap(v))
        {
            v += 1;
        }
        let verb = |j: usize| self.verbish(j) || self.word(j) && !self.cap(j) && self.s_plural(j);
        if v >= k || !verb(v) {
            return None;
        }
        self.make(
            Pattern::Forward,
            None,
            Some((s, e)),
            Some((e, k + 1)),
            (k + 1, last_close + 1),
            Some(Form::Direct),
        )
    }

    /// Is the unit a question of the writer's, opened by an auxiliary or a wh-word and
    /// closed by a question mark outside quotation marks?
    fn inverted_question(&self) -> bool {
        let n = self.toks.len();
        n > 2
            && self.punct(n - 1, "?")
            && !self.toks[n - 1].quoted
            && self.word(0)
            && !self.toks[0].quoted
            && (self.auxiliary(0)
                || self.is(0, &["why", "how", "what", "who", "where", "when", "which"]))
    }

    /// Nominal attributions: "Trump’s attacks on Machado", "Clinton’s support for the
    /// deal", "his claim that C": a possessor, a cue noun and its complement.
    fn noun_cues(&self) -> Vec<Attribution> {
        let mut out = Vec::new();
        if self.flags & WordInfo::NOUN_CUE == 0 {
            return out;
        }
        let n = self.toks.len();
        for k in 1..n.saturating_sub(1) {
            if !self.in_set(k, WordInfo::NOUN_CUE) || self.toks[k].quoted {
                continue;
            }
            let Some(cue) = self.lx.noun_cues.get(self.lw(k)) else {
                continue;
            };
            let preps = &cue.opens;
            let deny = cue.denies;
            // The possessor: right before the noun, or before one adjective.
            let poss = |j: usize| {
                self.word(j)
                    && !self.toks[j].quoted
                    && (self.possessive(j) || self.is(j, &["his", "her", "their", "its"]))
            };
            let p = if poss(k - 1) {
                k - 1
            } else if k >= 2 && poss(k - 2) && self.word(k - 1) && !self.cap(k - 1) {
                k - 2
            } else {
                continue;
            };
            let opens = |w: &str| preps.iter().any(|p| p == w);
            let (c, cue_end) = if self.is(k + 1, &["that"]) && opens("that") {
                (k + 1, k + 1)
            } else if self.word(k + 1) && opens(self.lw(k + 1)) && !self.is(k + 1, &["that"]) {
                (k + 2, k + 2)
            } else {
                continue;
            };
            if c >= n {
                continue;
            }
            let source = if self.is(p, &["his", "her", "their", "its"]) {
                (p, p + 1)
            } else {
                match self.left_np(p + 1, 0) {
                    Some(np) => np,
                    None => (p, p + 1),
                }
            };
            let end = self.forward_end(c);
            // The complement ends where the sentence goes on: a verb, a comma, a clause.
            let cend = if self.is(c, &["that"]) {
                end
            } else {
                (c + 1..end)
                    .find(|&j| {
                        !self.toks[j].quoted
                            && (self.verbish(j)
                                || self.punct(j, ",")
                                || self.is(j, &SUBORDINATORS)
                                || self.is(j, &["which", "who", "that"]))
                    })
                    .unwrap_or(end)
            };
            if let Some(mut a) = self.make(
                Pattern::Noun,
                None,
                Some(source),
                Some((k, cue_end)),
                (c, cend),
                None,
            ) {
                if deny {
                    a.stance = Stance::Denies;
                }
                out.push(a);
            }
        }
        out
    }

    /// "As The Daily Caller reported, C." / "As reported by Western Journalism, C."
    fn as_reported(&self) -> Option<Attribution> {
        let mut i = 0;
        while self.in_set(i, WordInfo::CONNECTIVE) {
            i += 1;
        }
        if !self.is(i, &["as"]) {
            return None;
        }
        let n = self.toks.len();
        let comma = (i + 1..n.min(i + 16)).find(|&j| self.punct(j, ",") && !self.toks[j].quoted)?;
        let end = self.content_end();
        if comma + 1 >= end {
            return None;
        }
        // As reported by S,
        if self.is(i + 1, &["reported", "noted", "stated", "announced", "said"])
            && self.is(i + 2, &["by", "in"])
        {
            let (s, e) = (i + 3, comma);
            if e <= s {
                return None;
            }
            return self.make(
                Pattern::According,
                None,
                Some((s, e)),
                Some((i, i + 3)),
                (comma + 1, end),
                None,
            );
        }
        // As S reported,
        let (entry, cue_end) = (i + 2..comma)
            .find_map(|k| self.cue_at(k).map(|(e, ce)| (k, e, ce)))
            .map(|(k, e, ce)| ((k, e), ce))
            .or_else(|| {
                // "As many tax experts, including Mr. Goldberg, have pointed out, C": an
                // appositive between commas in the source; the cue ends at a later comma.
                let mut prev = comma;
                for j in comma + 1..n.min(comma + 24) {
                    if !self.punct(j, ",") || self.toks[j].quoted {
                        continue;
                    }
                    if let Some((k, e, ce)) = (prev + 1..j)
                        .find_map(|k| self.cue_at(k).map(|(e, ce)| (k, e, ce)))
                        .filter(|&(_, _, ce)| ce == j)
                    {
                        return Some(((k, e), ce));
                    }
                    prev = j;
                }
                None
            })?;
        let (k, entry) = entry;
        let appositive = cue_end > comma;
        let comma = if appositive { cue_end } else { comma };
        if comma + 1 >= end
            || cue_end != comma
            || entry.participle
            || !matches!(
                entry.class,
                CueClass::Speech | CueClass::Write | CueClass::Evidence
            )
        {
            return None;
        }
        let (s, e) = if appositive {
            // The subject is the words from "as" to the cue's modifiers.
            let mut m = k;
            while m > i + 1
                && (self.toks[m - 1].info.has(WordInfo::MODIFIER) || self.auxiliary(m - 1))
            {
                m -= 1;
            }
            // The appositive's comma stands right before the cue and its modifiers ("As
            // Election Day nears, Stone says, …": a subject of its own before the cue).
            // (The comma may close a quotation in it: "author of ''America's Unwritten
            // Constitution,'' put it, …".)
            if self.punct(m - 1, ",") {
                m -= 1;
            } else if !(m > 2 && !self.word(m - 1) && self.punct(m - 2, ",")) {
                return None;
            }
            // (Not a clause of time: "As China builds islands …, it is his job, he said, …".)
            if (i + 1..m)
                .any(|j| self.verbish(j) && !self.toks[j].quoted && !self.is(j, &["including"]))
            {
                return None;
            }
            (i + 1, m)
        } else {
            self.left_np(k, i + 1)?
        };
        if s != i + 1 {
            return None;
        }
        self.make(
            Pattern::According,
            Some(entry),
            Some((s, e)),
            Some((k, cue_end)),
            (comma + 1, end),
            None,
        )
    }

    /// "Asked whether C, …" / "… when asked how C": a question put to the subject, with no
    /// asker named.
    fn asked(&self) -> Option<Attribution> {
        if self.seen & Seen::ASKED == 0 {
            return None;
        }
        let n = self.toks.len();
        let k = (0..n).find(|&k| {
            self.is(k, &["asked"])
                && !self.toks[k].quoted
                && (k == 0
                    || self.is(k - 1, &["when", "after", "if", "being", "once"])
                    || self.is(k - 1, &BE)
                    || self.punct(k - 1, ","))
        })?;
        // "Clinton was asked about …", "Rubio was asked to name …": what was asked is the
        // content; the one asked is not the source.
        let passive = k > 0 && self.is(k - 1, &BE);
        let mut c = self.skip_adjuncts(k + 1, n);
        // "When asked by Ingraham about …": the one who asked is the source.
        let mut source = None;
        const OPENS: &[&str] = &[
            "whether", "if", "how", "what", "why", "who", "when", "about", "which", "whom", "where",
        ];
        if self.is(c, &["by"]) {
            let (s, e) = self.right_np(c + 1, n)?;
            let e = (s + 1..e).find(|&j| self.is(j, OPENS)).unwrap_or(e);
            source = Some((s, e));
            c = self.skip_adjuncts(e, n);
        }
        // "was asked, “Q?”"
        if passive && self.punct(c, ",") && self.opens(c + 1) {
            c += 1;
        }
        // After a passive, also an infinitive, a quotation or an object: "was asked to
        // name …", "was asked “Q?”", "was asked a straightforward question about …".
        let passive_object = passive
            && (self.is(c, &["to"])
                || self.opens(c)
                || self.in_set(c, WordInfo::DETERMINER) && !self.is(c, &["that"]));
        if !self.is(c, OPENS) && !passive_object {
            return None;
        }
        if self.is(c, &["about"]) {
            c += 1;
        }
        let end = (c..n)
            .find(|&j| self.punct(j, ",") && !self.toks[j].quoted)
            .unwrap_or_else(|| self.content_end());
        self.make(
            Pattern::Participle,
            None,
            source,
            Some((k, k + 1)),
            (c, end),
            Some(Form::Indirect),
        )
        .map(|a| Attribution {
            aside: passive,
            ..a
        })
    }

    /// “Q” ― Name: a quotation signed with a dash, as in reader comments and epigraphs.
    fn dash_signature(&self) -> Option<Attribution> {
        // (The opening mark first: most units open with none, and need no search.)
        if self.toks.first()?.kind != Kind::Open {
            return None;
        }
        let n = self.toks.len();
        let close = (0..n).rev().find(|&k| self.toks[k].kind == Kind::Close)?;
        let dash = close + 1;
        if !(self.punct(dash, "―") || self.punct(dash, "—") || self.punct(dash, "–")) {
            return None;
        }
        let end = self.content_end();
        let (s, e) = self.right_np(dash + 1, end)?;
        if e < end && !self.punct(e, ",") {
            return None;
        }
        self.make(
            Pattern::Final,
            None,
            Some((s, e)),
            Some((dash, dash + 1)),
            (0, close + 1),
            Some(Form::Direct),
        )
    }

    fn according(&self) -> Option<Attribution> {
        if self.seen & Seen::ACCORDING == 0 {
            return None;
        }
        let n = self.toks.len();
        let k = (0..n.saturating_sub(1)).find(|&k| {
            self.is(k, &["according"]) && self.is(k + 1, &["to"]) && !self.toks[k].quoted
        })?;
        let end = self.content_end();
        let cue = (k, k + 2);
        let s = k + 2;
        // The source runs to the next comma ("According to early results of the exit poll
        // conducted by Edison Research, …") or to the end ("…, according to the ministry.").
        let comma = (s..end.min(s + 30)).find(|&j| self.punct(j, ",") && !self.toks[j].quoted);
        // "…, because, according to S, C": a connective before the comma opens a clause.
        let after_connective = k >= 2
            && self.punct(k - 1, ",")
            && (self.in_set(k - 2, WordInfo::CONNECTIVE)
                || self.is(k - 2, &SUBORDINATORS)
                || self.is(k - 2, &["that", "but", "and", "so", "yet"]));
        // "That’s according to fundraising reports.": the demonstrative is what is said.
        if k == 1 && self.cap(0) && {
            let w = self.lw(0);
            w == "that’s" || w == "that's"
        } {
            let e = comma.unwrap_or(end);
            if e > s {
                let mut a = self.make(
                    Pattern::According,
                    None,
                    Some((s, e)),
                    Some(cue),
                    (0, 1),
                    Some(Form::AccordingTo),
                )?;
                a.content.end = a.content.start + "That".len();
                return Some(a);
            }
        }
        let opens = k == 0
            || (k <= 3 && self.punct(k - 1, ","))
            || self.in_set(k - 1, WordInfo::CONNECTIVE)
            || after_connective
            || self.punct(k - 1, ":");
        match comma {
            // According to S, C.   /   In addition, according to S, C.   /   …, because, according to S, C.
            // (not "C, according to S, but …", where the content came first)
            Some(e)
                if e > s
                    && e + 1 < end
                    && opens
                    && !(k >= 2
                        && self.is(
                            e + 1,
                            &["but", "and", "while", "although", "though", "which", "as"],
                        )) =>
            {
                let mut a = self.make(
                    Pattern::According,
                    None,
                    Some((s, e)),
                    Some(cue),
                    (e + 1, end),
                    Some(Form::AccordingTo),
                )?;
                a.content.end = self.range(e + 1, self.forward_end(e + 1)).end;
                Some(a)
            }
            // C, according to S.   /   C — according to S.   /   ''Q'' according to S.
            // C according to S, but …
            _ if k >= 2
                && (self.punct(k - 1, ",")
                    || self.is_dash(k - 1)
                    || self.punct(k - 1, "—")
                    || self.punct(k - 1, "―")
                    || self.punct(k - 1, "–")
                    || self.toks[k - 1].kind == Kind::Close
                    || (k >= 4 && self.word(k - 1))) =>
            {
                let e = comma.unwrap_or(end);
                if e <= s {
                    return None;
                }
                let cend = if self.toks[k - 1].kind == Kind::Word
                    || self.toks[k - 1].kind == Kind::Close
                {
                    k
                } else {
                    k - 1
                };
                // The content starts after a colon that closes a lead-in ("And it hasn’t
                // gone unnoticed: …").
                let cstart = (0..cend)
                    .rev()
                    .find(|&j| self.punct(j, ":") && !self.toks[j].quoted)
                    .map_or(0, |j| j + 1);
                // "At the heart of the trouble, according to Ross, was a decision …": the
                // words before have no verb, the sentence goes on after the source.
                let medial = e + 1 < end
                    && self.punct(e, ",")
                    && !(cstart..cend).any(|j| self.verbish(j))
                    && !self.is(e + 1, &["but", "and", "which", "who", "while", "as"]);
                let cend = if medial { end } else { cend };
                self.make(
                    Pattern::According,
                    None,
                    Some((s, e)),
                    Some(cue),
                    (cstart, cend),
                    Some(Form::AccordingTo),
                )
            }
            _ => None,
        }
    }

    /// "In a CNN poll released Monday, C" / "C in the latest Fox News poll": a poll or
    /// survey the figures stand in is their source (cue "in", form `according_to`).
    fn in_poll(&self) -> Option<Attribution> {
        if self.seen & Seen::POLL == 0 {
            return None;
        }
        let n = self.toks.len();
        let end = self.content_end();
        // The head noun, and the "in" that opens its noun phrase.
        let (k, head) = (1..end).find_map(|h| {
            if self.toks[h].quoted || !self.is(h, &["poll", "polls", "survey", "surveys"]) {
                return None;
            }
            let k = (h.saturating_sub(8)..h)
                .rev()
                .find(|&j| self.is(j, &["in"]) && !self.toks[j].quoted)?;
            // Only the words of a noun phrase between: "a new Fox News/Wall Street Journal".
            let np = (k + 1..h).all(|j| {
                self.word(j)
                    && !self.verbish(j)
                    && (self.cap(j) || !self.lw(j).ends_with("ing"))
                    && !self.is(
                        j,
                        &[
                            "which", "that", "who", "to", "at", "of", "after", "before", "for",
                            "from",
                        ],
                    )
                    || self.punct(j, "/")
                    || self.punct(j, "-")
            });
            // "in the polls" is a standing, not a source; "going to the polls" is a vote.
            let bare = h == k + 1 || h == k + 2 && self.is(k + 1, &["the"]);
            (np && !bare).then_some((k, h))
        })?;
        // The phrase goes on with what qualifies the poll: "released Monday", "last month",
        // "conducted March 11-13", "from Florida Southern College", "of New Hampshire".
        let mut e = head + 1;
        if self.is(e, &["released", "conducted", "published", "taken", "out"]) {
            e += 1;
            while e < end && e - head <= 5 && (self.cap(e) || self.in_set(e, WordInfo::TIME))
                || self
                    .w(e.min(n - 1))
                    .chars()
                    .all(|c| c.is_ascii_digit() || c == '-')
                    && e < end
            {
                e += 1;
            }
        } else if self.is(e, &["last", "this"]) && self.in_set(e + 1, WordInfo::TIME) {
            e += 2;
        } else if self.is(e, &["from", "of", "by"]) && self.cap(e + 1) {
            e += 1;
            while e < end && self.cap(e) {
                e += 1;
            }
        }
        let source = (k + 1, e);
        // A poll inside a subject ("78 percent of voters in a recent poll said …").
        if self.verbish(e) || self.cue_at(e.min(n - 1)).is_some() && e < end {
            return None;
        }
        if k == 0 || self.in_set(0, WordInfo::CONNECTIVE) && k == 1 {
            // In S, C.   (In S, conducted March 11-13, C.)
            let mut comma =
                (e..end.min(e + 12)).find(|&j| self.punct(j, ",") && !self.toks[j].quoted)?;
            if self.is(comma + 1, &["released", "conducted", "published", "taken"]) {
                comma = (comma + 2..end.min(comma + 14))
                    .find(|&j| self.punct(j, ",") && !self.toks[j].quoted)?;
            }
            let cstart = comma + 1;
            if cstart >= end {
                return None;
            }
            let cend = self.forward_end(cstart);
            return self.make(
                Pattern::According,
                None,
                Some((source.0, comma)),
                Some((k, k + 1)),
                (cstart, cend),
                Some(Form::AccordingTo),
            );
        }
        // C in S: the clause before "in", from the unit start or the nearest comma,
        // subordinator or "that".
        let cstart = self.clause_start(k);
        // A clause needs a verb: "support in the polls" is no claim.
        if k < cstart + 2 || !(cstart..k).any(|j| self.verbish(j)) {
            return None;
        }
        self.make(
            Pattern::According,
            None,
            Some(source),
            Some((k, k + 1)),
            (cstart, k),
            Some(Form::AccordingTo),
        )
    }

    /// Where the clause holding token `k` starts: after the nearest comma, colon,
    /// parenthesis, subordinator or "that" before it, else at the unit start.
    fn clause_start(&self, k: usize) -> usize {
        (0..k)
            .rev()
            .find(|&j| {
                !self.toks[j].quoted
                    && (self.punct(j, ",")
                        || self.punct(j, ":")
                        || self.punct(j, "(")
                        || self.is(j, &SUBORDINATORS)
                        || self.is(j, &["that", "why", "how"]))
            })
            .map_or(0, |j| j + 1)
    }

    /// C with an adverb that leaves its source unnamed ("The FBI is reportedly making
    /// arrangements …", "after he allegedly brandished a pistol"): a passive attribution,
    /// hedged, with no source, the adverb as its cue and the gap in its content.
    fn agentless(&self) -> Option<Attribution> {
        if self.flags & WordInfo::HEDGE == 0 {
            return None;
        }
        let k = (0..self.toks.len()).find(|&k| {
            !self.toks[k].quoted
                && self.toks[k].info.has(WordInfo::HEDGE)
                && self.lx.agentless.contains(self.lw(k))
        })?;
        // The clause around the adverb: after the comma or subordinator before it.
        let start = self.clause_start(k);
        let mut a = if start == k {
            // "Reportedly, C": the whole clause after it ("X, reportedly, …" is left alone).
            if k > 0 {
                return None;
            }
            let from = if self.punct(k + 1, ",") { k + 2 } else { k + 1 };
            let stop = self.forward_end(from);
            self.make(
                Pattern::Adverb,
                None,
                None,
                Some((k, k + 1)),
                (from, stop),
                Some(Form::Passive),
            )?
        } else {
            let stop = self.forward_end(k + 1);
            let a = self.make(
                Pattern::Adverb,
                None,
                None,
                Some((k, k + 1)),
                (start, stop),
                Some(Form::Passive),
            )?;
            self.with_gap(a, k, k + 1)
        };
        a.hedged = true;
        Some(a)
    }

    /// "The nominee has been endorsed by dozens of papers", "Donald Trump, meanwhile, is
    /// supported by far fewer publications": a cue in the passive with its agent after
    /// "by". The agent is the source; the subject is the content.
    fn passive_by(&self) -> Option<Attribution> {
        if self.seen & Seen::BY == 0 {
            return None;
        }
        let n = self.toks.len();
        let k = (2..n.saturating_sub(2)).find(|&k| {
            self.is(k + 1, &["by"])
                && !self.toks[k].quoted
                && self.toks[k].info.cue != 0
                && {
                    let w = self.lw(k);
                    w.ends_with("ed") || w.ends_with("en") || w.ends_with("wn")
                }
                && (self.is(k - 1, &BE)
                    // ("was first reported by MSNBC", "is widely supported by …")
                    || (self.lw(k - 1).ends_with("ly")
                        || self.is(k - 1, &["first", "also", "even", "later", "then", "already"]))
                        && self.is(k - 2, &BE))
        })?;
        let (entry, cue_end) = self.cue_at(k)?;
        // ("known by some as …", "continued by the foundation", "explained by the rules":
        // no one's words.)
        if entry.base
            || entry.participle
            || cue_end != k + 1
            || matches!(entry.lemma.as_str(), "know" | "continue" | "explain")
        {
            return None;
        }
        let (s, e) = self.right_np(k + 2, n)?;
        // The agent ends before a phrase of its own ("by some of his rivals for failing …",
        // "by the Human Rights Council in 2015").
        let e = (s + 1..e)
            .find(|&j| {
                self.is(
                    j,
                    &[
                        "for", "to", "in", "as", "about", "after", "during", "with", "on", "from",
                        "over", "at", "than", "already",
                    ],
                ) || self.punct(j, ".")
            })
            .unwrap_or(e);
        let headed = (s..e).any(|j| {
            self.cap(j)
                || self.toks[j].info.kind.is_some()
                || self.toks[j].info.has(WordInfo::TITLE)
                || self.agentive(j)
        }) || e - s >= 2
            && (self.in_set(s, WordInfo::DETERMINER) || {
                let last = self.lw(e - 1);
                last.ends_with('s') && !last.ends_with("ss")
            });
        if !headed {
            return None;
        }
        // The subject: the clause before the auxiliaries of the participle.
        let mut be = if self.is(k - 1, &BE) { k - 1 } else { k - 2 };
        while be > 0
            && (self.is(be - 1, &BE)
                || self.is(be - 1, &AUXILIARIES)
                || self.is(be - 1, &["to", "likely", "also", "not"])
                || self.word(be - 1) && self.lw(be - 1).ends_with("ly") && !self.cap(be - 1))
        {
            be -= 1;
        }
        let mut end = be;
        // "Donald Trump, meanwhile, is …": an adverb between commas is no part of it, nor
        // an aside between dashes ("Lazio — who was regarded as a lightweight — was …").
        if end >= 3 && self.punct(end - 1, ",") && self.punct(end - 3, ",") {
            end -= 3;
        } else if end >= 2 && self.is_dash(end - 1) {
            end = (0..end - 1).rev().find(|&j| self.is_dash(j))?;
        }
        let mut start = self.clause_start(end);
        // ("That effort has been …": a demonstrative opening the unit.)
        if start == 1 && self.is(0, &["that"]) {
            start = 0;
        }
        // (Not a connective or an adverb: "how greatly she is disliked by …".)
        while start < end
            && (self.in_set(start, WordInfo::CONNECTIVE)
                || self.word(start) && !self.cap(start) && self.lw(start).ends_with("ly"))
        {
            start += 1;
        }
        // ("…, which were claimed by …", "a deal that was rejected by …": a relative word
        // alone is no content.)
        if start >= end || end - start == 1 && self.is(start, &["which", "who", "that"]) {
            return None;
        }
        // "Trump has been criticized by some of his rivals for failing …", "she is seen by
        // other leaders as uniquely credible": the complement after the agent is content too.
        let rest = if self.is(e, &["for", "as", "of", "to", "about"]) && !self.toks[e].quoted {
            Some(self.forward_end(e))
        } else {
            None
        };
        let a = self.make(
            Pattern::Passive,
            Some(entry),
            Some((s, e)),
            Some((k, k + 2)),
            (start, rest.unwrap_or(end)),
            Some(Form::Passive),
        )?;
        let a = if rest.is_some() {
            self.with_gap(a, end, e)
        } else {
            a
        };
        Some(Attribution { aside: true, ..a })
    }

    /// "Trump’s supporters seemed unperturbed", "It appears that C": the writer's
    /// impression, hedged, with no source; the subject is part of the content and the cue
    /// its gap. ("He seemed to confirm C" keeps its source: a cue follows.)
    fn impression(&self, mut a: Attribution, entry: &CueEntry, cue_end: usize) -> Attribution {
        if entry.class != CueClass::Impression
            || self.is(cue_end, &["to"]) && self.cue_at(cue_end + 1).is_some()
        {
            return a;
        }
        a.hedged = true;
        a.form = Form::Passive;
        let Some(src) = a.source.take() else {
            return a;
        };
        let s = self.toks.partition_point(|t| t.start < src.start);
        let expletive = self.is(s, &["it", "there"]) && self.toks[s].end == src.end;
        if !expletive && src.end <= a.content.start {
            a.gap = Some(src.end..a.content.start);
            a.content.start = src.start;
        }
        a
    }

    /// Does the cue at `i` stand in an infinitive of purpose, before its complement, after a
    /// clause with a subject of its own ("He went out of his way to say that …", "Clinton
    /// took to Twitter to say: …", "Trump took to Twitter overnight to accuse Clinton's
    /// campaign of …")? Not "it is fair to say that …".
    fn purpose_infinitive(&self, i: usize, cue_end: usize, entry: &CueEntry) -> bool {
        let end = self.content_end();
        i > 2
            && entry.base
            && self.is(i - 1, &["to"])
            && matches!(
                entry.class,
                CueClass::Speech | CueClass::Write | CueClass::Allege | CueClass::Deny
            )
            && !self.toks[i - 2].quoted
            && !self.in_set(i - 2, WordInfo::DETERMINER)
            // ("had nothing but positive things to say about", "more to say": a noun's
            // infinitive; "who was not authorized to discuss the plan": leave, no purpose.)
            && !self.is(
                i - 2,
                &[
                    "things",
                    "nothing",
                    "more",
                    "much",
                    "little",
                    "something",
                    "anything",
                    "lot",
                    "authorized",
                    "allowed",
                    "permitted",
                    "cleared",
                    "unable",
                ],
            )
            // Any complement but another infinitive (on train, an object is right about as
            // often as a clause: "to accuse Clinton's campaign of …", "to discuss the test").
            && cue_end < end
            && !self.is(cue_end, &["to"])
            && self.clause_subject(i - 1).is_some_and(|(s, e)| {
                !(e == s + 1 && self.is(s, &["it", "there", "that", "this", "what"]))
            })
    }

    /// The content after a cue that says what follows it: where it starts (after the cue's
    /// adjuncts, object or "that") and where it ends (as a forward content, and before a
    /// trailing adjunct of an object).
    fn forward_content(&self, entry: &CueEntry, cue_end: usize, end: usize) -> (usize, usize) {
        let c = self.after_cue(cue_end, entry, end, None);
        let cend = self.forward_end(c.max(cue_end));
        (c, self.object_end(entry, c.max(cue_end), cend))
    }

    /// Does the cue at `i` stand in an infinitive after an object pronoun or a quantifier
    /// that is its subject ("allow him to call for …", "leaving some to question …"), before
    /// words of its own?
    fn object_control(&self, i: usize, cue_end: usize, entry: &CueEntry) -> bool {
        i > 2
            && entry.base
            && self.is(i - 1, &["to"])
            && self.is(
                i - 2,
                &["him", "her", "them", "us", "me", "some", "many", "others"],
            )
            && !self.toks[i - 2].quoted
            && cue_end < self.content_end()
    }

    /// Does the cue at `i` stand in an infinitive after a verb (or adjective) that leaves
    /// the saying to its subject ("refused to say", "went on to say", "continued to call
    /// for", "was quick to point out")?
    fn matrix_infinitive(&self, i: usize, entry: &CueEntry) -> bool {
        // (Not "he’s heralded plans to go after", "the hopes to …": a noun.)
        let noun = |v: usize| {
            v > 0
                && (self.in_set(v - 1, WordInfo::DETERMINER) && !self.is(v - 1, &["that"])
                    || self.verbish(v - 1) && !self.auxiliary(v - 1))
        };
        i > 2
            && self.is(i - 1, &["to"])
            && !self.toks[i - 2].quoted
            // (Not "failed to show up": evidence and impressions need their own subject.)
            && !matches!(entry.class, CueClass::Evidence | CueClass::Impression)
            && !noun(self.infinitive_verb(i))
            && (self.is(
                i - 2,
                &[
                    "continued",
                    "continues",
                    "continue",
                    "continuing",
                    "refused",
                    "refuses",
                    "refuse",
                    "declined",
                    "declines",
                    "tried",
                    "tries",
                    "began",
                    "begins",
                    "begin",
                    "started",
                    "starts",
                    "sought",
                    "seeks",
                    "moved",
                    "rushed",
                    "attempted",
                    "failed",
                    "chose",
                    "proceeded",
                    "wanted",
                    "wants",
                    "hoped",
                    "hopes",
                    "plans",
                    "planned",
                    "vowed",
                    "promised",
                    "decided",
                    "agreed",
                    "pledged",
                    "threatened",
                    "intends",
                    "intended",
                    "expects",
                    "expected",
                    "used",
                    "quick",
                    "eager",
                    "reluctant",
                    "willing",
                    "unwilling",
                    "ready",
                ],
            ) || self.is(i - 2, &["on"]) && self.is(i - 3, &["went", "goes", "go", "going"]))
    }

    /// Where a quotation reopens after an attribution's adjuncts or appositive (“Q1,” Trump
    /// said during a rally in Kenansville, N.C., “but Q2.”): the opening mark after a comma,
    /// with no cue or "that" between, of a quotation that runs to the unit's end.
    fn reopening(&self, from: usize, end: usize) -> Option<usize> {
        let k = (from + 1..end.min(from + 24)).find(|&k| self.toks[k].kind == Kind::Open)?;
        let n = self.toks.len();
        ((self.punct(k - 1, ",")
            // (“Q1,” he said, but “Q2.”; “Q1,” Jordan said, and still “Q2.”)
            || (from..k).all(|j| {
                self.punct(j, ",") || self.is(j, &["and", "but", "still", "also", "yet"])
            }))
            && (from..k).all(|j| self.cue_at(j).is_none() && !self.is(j, &["that"]))
            && self.toks[k..n]
                .iter()
                .rev()
                .take(2)
                .any(|t| t.kind == Kind::Close))
        .then_some(k)
    }

    /// The verb before the infinitive of a cue ("refused" in "refused to say", "went" in
    /// "went on to say").
    fn infinitive_verb(&self, i: usize) -> usize {
        if self.is(i - 2, &["on"]) {
            i - 3
        } else {
            i - 2
        }
    }

    /// Does a form of "be" stand before token `k`, perhaps with an adverb between ("is
    /// widely expected", "was not thought")?
    fn passive_aux(&self, k: usize) -> bool {
        k > 0 && self.is(k - 1, &BE)
            || k > 1
                && self.is(k - 2, &BE)
                && self.is(
                    k - 1,
                    &[
                        "not",
                        "also",
                        "widely",
                        "still",
                        "now",
                        "generally",
                        "largely",
                        "long",
                        "already",
                        "initially",
                        "originally",
                        "n't",
                    ],
                )
    }

    /// "It is said that C", "It was widely reported on Monday that C", "it has long been
    /// believed that C": "it", a passive of the cue (adverbs may stand before the cue) and a
    /// that-clause. A passive attribution with no source, hedged as "S is said to …" is; the
    /// cue is the words from "it" to the verb.
    fn expletive_passive(&self, i: usize, cue_end: usize, entry: &CueEntry) -> Option<Attribution> {
        // (Asked at every cue: an "it" within six tokens before it first, one compare of
        // each token's head, and most cues have none.)
        const IT: u64 = head(b"it");
        if entry.participle
            || entry.adjective
            || i < 2
            || !self.toks[i.saturating_sub(6)..i]
                .iter()
                .any(|t| t.head == IT)
        {
            return None;
        }
        let mut b = i;
        // (Adverbs: "widely", "also", "long", words in "-ly"; the cue modifiers hold "is".)
        while b > 0
            && self.word(b - 1)
            && (self.is(
                b - 1,
                &["also", "long", "now", "not", "often", "still", "already"],
            ) || !self.cap(b - 1) && self.lw(b - 1).ends_with("ly"))
        {
            b -= 1;
        }
        let mut aux = b;
        while aux > 0
            && self.is(
                aux - 1,
                &[
                    "is", "was", "are", "were", "been", "be", "has", "had", "have", "will",
                    "would", "may", "might", "could", "being", "widely", "long", "also",
                ],
            )
        {
            aux -= 1;
        }
        // (At least "is", "was" or "been" right before the adverbs and the cue.)
        if aux == b || !self.is(b - 1, &["is", "was", "are", "were", "been", "be", "being"]) {
            return None;
        }
        let it = aux.checked_sub(1)?;
        if !self.is(it, &["it"]) || self.toks[it].quoted {
            return None;
        }
        // "It" opens the clause: the unit, or after a comma, a connective or a conjunction.
        if it > 0
            && !(self.punct(it - 1, ",")
                || self.in_set(it - 1, WordInfo::CONNECTIVE)
                || self.is(it - 1, &["and", "but", "that", "because", "since", "as"]))
        {
            return None;
        }
        let end = self.content_end();
        let that = self.skip_adjuncts(cue_end, end);
        if !self.is(that, &["that"]) || self.toks[that].quoted {
            return None;
        }
        let stop = self.forward_end(that);
        let mut a = self.make(
            Pattern::Passive,
            Some(entry),
            None,
            Some((it, cue_end)),
            (that, stop),
            Some(Form::Passive),
        )?;
        a.hedged = true;
        Some(a)
    }

    fn passive(&self) -> Option<Attribution> {
        // (Both patterns need one of their verbs: most units have none.)
        if self.seen & Seen::PASSIVE == 0 {
            return None;
        }
        let end = self.content_end();
        // (Both patterns have "to" after the verb: the tokens from the third on are searched
        // for its head, a tight loop of one compare per token, not a walk over pairs.)
        const TO: u64 = head(b"to");
        let mut from = 2;
        while from < self.toks.len() {
            let Some(off) = self.toks[from..].iter().position(|t| t.head == TO) else {
                break;
            };
            // The verb before that "to".
            let k = from + off - 1;
            from += off + 1;
            if self.toks[k].quoted || !self.is(k + 1, &["to"]) {
                continue;
            }
            // C (has been|was|…) attributed to S.
            if self.is(k, &["attributed"]) && self.is(k - 1, &["been", "was", "were", "is", "are"])
            {
                let mut c_end = k - 1;
                while c_end > 0
                    && self.is(
                        c_end - 1,
                        &["has", "have", "had", "been", "was", "were", "is", "are"],
                    )
                {
                    c_end -= 1;
                }
                let (s, e) = self.right_np(k + 2, end)?;
                // "While Israel has rarely acknowledged …, a number of attacks have been
                // attributed to Jerusalem": what is attributed starts after the clause's comma.
                let c_start = (0..c_end)
                    .rev()
                    .find(|&j| self.punct(j, ",") && !self.toks[j].quoted)
                    .map_or(0, |j| j + 1);
                let mut a = self.make(
                    Pattern::Passive,
                    None,
                    Some((s, e)),
                    Some((k, k + 2)),
                    (c_start, c_end),
                    Some(Form::Passive),
                )?;
                a.content = self.range(c_start, end);
                return Some(a);
            }
            // S is said to …, S is believed to …
            if self.is(k, &SAID_TO) && self.passive_aux(k) {
                // The clause of the passive: "…, which is expected to draw 50,000
                // delegates", "a race that is widely expected to grow …" (the relative
                // pronoun included, as its subject).
                let mut be = k - 1;
                while be > 0 && !self.is(be, &BE) && self.passive_aux(be + 1) {
                    be -= 1;
                }
                let mut from = self.clause_start(be);
                if from > 0 && self.is(from - 1, &["that"]) {
                    from -= 1;
                }
                if let Some(r) =
                    (from..be).find(|&j| self.is(j, &["which", "who"]) && !self.toks[j].quoted)
                {
                    from = r;
                }
                let to = self.forward_end(k + 2);
                let mut a = self.make(
                    Pattern::Passive,
                    None,
                    None,
                    Some((k - 1, k + 2)),
                    (from, to),
                    Some(Form::Passive),
                )?;
                a.hedged = true;
                return Some(a);
            }
        }
        None
    }

    fn at_cue(
        &self,
        i: usize,
        cue_end: usize,
        entry: &CueEntry,
        subject: &mut Option<(usize, usize)>,
    ) -> Option<Attribution> {
        let n = self.toks.len();
        let end = self.content_end();
        // A noun or an infinitive, not a cue: "the report", "his claim", "gathered to discuss".
        // (A quantifier is a subject before a base form: "most believe", "few think".)
        // ("Several said", "Two in three said": a past form after a share of people, too.)
        let quantifier = || {
            let past = !entry.base && !entry.participle && !self.lw(i).ends_with('s');
            (entry.base || past) && (self.is(i - 1, &QUANTIFIERS) || self.share_ends_at(i - 1))
                // ("Some state officials praised …": a noun before a source noun.)
                && !(entry.base
                    && self
                        .toks
                        .get(cue_end)
                        .is_some_and(|t| t.info.kind.is_some() && !t.quoted)
                    // (A plural one: "Both want government playing …" keeps its verb.)
                    && self.lw(cue_end).ends_with('s'))
                // "Yet another said", "another says": one more of those before.
                || !entry.base && !entry.participle && self.is(i - 1, &["another"])
                // "No one expected …", "One says …": a person, not a number.
                || !entry.participle && self.no_one(i - 1)
                // "The mother of three replied" (not "one of three", a share).
                || !entry.participle
                    && i >= 3
                    && self.number_after_of(i - 1)
                    && self.word(i - 3)
                    && !self.number_word(i - 3)
        };
        // "… allow him to call for law and order", "leaving some to question whether …": the
        // object of the verb before the infinitive says it.
        let controlled = self.object_control(i, cue_end, entry);
        if i > 0
            && (self.in_set(i - 1, WordInfo::DETERMINER)
                && !quantifier()
                // ("Smith is a supporter of …": the article of a noun of a role after "be".)
                && !(entry.adjective && i > 1 && self.is(i - 2, &BE))
                || self.is(i - 1, &["to"])
                    // ("refused to say", "continued to call for" take the verb before in.)
                    && !self.matrix_infinitive(i, entry)
                    && !self.purpose_infinitive(i, cue_end, entry)
                    && !controlled
                || self.possessive(i - 1)
                    // "He's said …": a pronoun and its auxiliary.
                    && !self.subject_pronoun(i - 1))
        {
            return None;
        }
        if controlled {
            let (c, cend) = self.forward_content(entry, cue_end, end);
            return self.make(
                Pattern::Forward,
                Some(entry),
                Some((i - 2, i - 1)),
                Some((i, cue_end)),
                (c, cend),
                None,
            );
        }
        // "(WARNING: Video contains graphic images.)": a label in capitals, not a cue.
        if i == 0
            && self.punct(cue_end, ":")
            && self.bytes(i).len() > 1
            && self.bytes(i).iter().all(u8::is_ascii_uppercase)
        {
            return None;
        }
        // "a program called Sandy Hook Promise": a name given, not a claim.
        if self.lw(i) == "called"
            && (self.cap(cue_end) || self.opens(cue_end))
            && (2..=3).any(|back| {
                i >= back
                    && self.is(i - back, &["a", "an"])
                    && (i - back + 1..i).all(|j| {
                        self.word(j)
                            && self.toks[j].info.kind.is_none()
                            && !self.toks[j].info.has(WordInfo::TITLE)
                    })
            })
        {
            return None;
        }
        // "the final say", "no say in the matter": a noun.
        if entry.base
            && entry.lemma == "say"
            && i > 0
            && self.is(
                i - 1,
                &[
                    "final", "last", "a", "no", "any", "much", "little", "more", "equal",
                ],
            )
        {
            return None;
        }
        // "a strong showing in Iowa", "his second-place showing": a noun of a result.
        // (One compare of the word's head first: `head` of a word of up to 8 bytes is the word.)
        const SHOWING: u64 = head(b"showing");
        const STATES: u64 = head(b"states");
        if self.toks[i].head == SHOWING
            && i > 0
            && (self.is(
                i - 1,
                &[
                    "strong",
                    "stronger",
                    "strongest",
                    "poor",
                    "poorer",
                    "weak",
                    "weaker",
                    "best",
                    "worst",
                    "good",
                    "better",
                    "bad",
                    "solid",
                    "dismal",
                    "disappointing",
                    "impressive",
                    "surprising",
                    "respectable",
                    "lackluster",
                    "decent",
                ],
            ) || self.lw(i - 1).ends_with("-place")
                || self.lw(i - 1).ends_with("-best"))
        {
            return None;
        }
        // "in 30 states", "Western states where …": the noun. (After a determiner, "these
        // states", the test at the top has said so; a number after "of" is let through
        // there, "one of 45 states", and told here.)
        if self.toks[i].head == STATES
            && i > 0
            && (self.number_word(i - 1)
                || self.is(
                    i - 1,
                    &[
                        "western",
                        "southern",
                        "eastern",
                        "northern",
                        "member",
                        "battleground",
                        "swing",
                        "red",
                        "blue",
                        "key",
                        "early",
                        "border",
                        "neighboring",
                        "individual",
                        "united",
                        "and",
                        "or",
                        "of",
                        "in",
                        "across",
                    ],
                ))
        {
            return None;
        }
        // "a think tank"; "pledged delegates"; "the rate would decline by four points";
        // "the money would show up in their paychecks"; "points to 4.2 percent": no cues.
        if self.is(cue_end, &["tank", "tanks"])
            || entry.lemma == "pledge" && self.is(cue_end, &["delegates", "delegate"])
            || entry.lemma == "show" && self.is(cue_end, &["up"])
            // "rose 0.1 percentage points to 4.2 percent": a noun.
            || entry.lemma == "point to"
                && i > 0
                && (self.is(i - 1, &["percentage", "basis"]) || self.number_word(i - 1))
            || entry.lemma == "decline"
                && (self.is(cue_end, &["by", "from", "slightly", "sharply", "steadily"])
                    || self.word(cue_end)
                        && self.w(cue_end).starts_with(|c: char| c.is_ascii_digit()))
        {
            return None;
        }
        // "Trump appeared on CNN": to show up somewhere, not an impression.
        if entry.class == CueClass::Impression
            && self.is(
                cue_end,
                &[
                    "on",
                    "in",
                    "at",
                    "before",
                    "with",
                    "alongside",
                    "during",
                    "onstage",
                    "together",
                    "from",
                    "outside",
                    "inside",
                    "beside",
                    "via",
                    "after",
                ],
            )
        {
            return None;
        }
        // "is said to", "is widely expected to" are the passive pattern's ("is promising to"
        // is a progressive).
        if self.is(cue_end, &["to"]) && self.passive_aux(i) && !entry.participle {
            return None;
        }
        // Cue first: "Said Ellis: “Q”", "Added the senator, “Q”".
        // The source is a name or a title; the quotation or a colon follows it, perhaps
        // after an appositive ("Said Dorothy Poynter, who grew up with Ali, “Q”").
        if i == 0
            && !entry.base
            && !entry.participle
            && self.cap(i)
            && matches!(entry.class, CueClass::Speech | CueClass::Write)
            && entry.lemma != "ask"
        {
            if let Some((s, e)) = self.right_np(cue_end, end) {
                let named = (s..e).any(|k| self.cap(k) || self.toks[k].info.has(WordInfo::TITLE));
                let lead = (e..end.min(e + 16)).find(|&k| {
                    !self.toks[k].quoted
                        && (self.punct(k, ":") || self.punct(k, ",") && self.opens(k + 1))
                });
                if let Some(k) = lead.filter(|&k| named && e - s <= 8 && k + 1 < end) {
                    subject.get_or_insert((s, e));
                    return self.make(
                        Pattern::Inverted,
                        Some(entry),
                        Some((s, e)),
                        Some((i, cue_end)),
                        (k + 1, end),
                        None,
                    );
                }
            }
        }
        // Modifiers between subject and cue.
        let mut m = i;
        // "Cruz is a fervent supporter of …", "Clinton has been a consistent and outspoken
        // supporter of …": before a noun of a role (an `adjective` cue), its article and
        // adjectives stand between "be" and the cue.
        if entry.adjective {
            let mut k = i;
            while k > 0
                && i - k < 6
                && !self.toks[k - 1].quoted
                && (self.word(k - 1)
                    && !self.cap(k - 1)
                    && !self.is(k - 1, &BE)
                    && !self.auxiliary(k - 1)
                    || self.punct(k - 1, ","))
            {
                k -= 1;
            }
            if k < i && k > 0 && self.is(k - 1, &BE) && self.in_set(k, WordInfo::DETERMINER) {
                m = k;
            }
        }
        while m > 0 && self.word(m - 1) && !self.toks[m - 1].quoted && {
            let lw = self.lw(m - 1);
            self.toks[m - 1].info.has(WordInfo::MODIFIER)
                && !self.surname_after_first_name(m - 1)
                && !(m == i && self.name_before_finite_cue(m - 1))
                // "Trump and Sanders have both argued": a quantifier after its noun.
                || m > 1
                    && matches!(lw, "both" | "all" | "each")
                    && (self.auxiliary(m - 2)
                        || self.cap(m - 2)
                        // ("Brown (D-Ohio) and Robert Menendez (D-N.J.) all suggested")
                        || self.punct(m - 2, ")")
                        || self.word(m - 2) && self.lw(m - 2).ends_with('s'))
                || (lw.ends_with("ly")
                    && lw.len() > 4
                    && !self.cap(m - 1)
                    && !NOUNS_IN_LY.contains(&lw))
                // "Trump isn’t saying", "The senator wasn't saying": a negated auxiliary.
                || lw.ends_with("n't")
                || lw.ends_with("n’t")
        } {
            m -= 1;
        }
        // "Will Rogers, for example, said": an aside between commas.
        if m > 3 && self.punct(m - 1, ",") && !self.toks[m - 1].quoted {
            let aside = |a: usize| -> bool {
                match m - 1 - a {
                    1 => self.is(
                        a,
                        &[
                            "however",
                            "meanwhile",
                            "too",
                            "though",
                            "instead",
                            "moreover",
                            "furthermore",
                            "nonetheless",
                            "nevertheless",
                            "again",
                            "also",
                        ],
                    ),
                    2 => [
                        ("for", "example"),
                        ("for", "instance"),
                        ("in", "fact"),
                        ("of", "course"),
                        ("in", "particular"),
                        ("in", "turn"),
                        ("at", "least"),
                        ("in", "part"),
                    ]
                    .iter()
                    .any(|&(x, y)| self.is(a, &[x]) && self.is(a + 1, &[y])),
                    _ => false,
                }
            };
            if let Some(open) = (m.saturating_sub(4)..m - 1)
                .rev()
                .find(|&k| self.punct(k, ",") && !self.toks[k].quoted)
            {
                if open > 0 && aside(open + 1) {
                    m = open;
                }
            }
        }
        // "Speaker Paul D. Ryan, the nation's highest-ranking Republican, on Tuesday called
        // …", "Scott has freed up funds and on Monday announced …": a time between a comma
        // or a conjunction and the cue says when, not who; the subject stands before it.
        {
            // (The word before the cue is a day, a month or a time word, "Tuesday",
            // "week", "later", told by its flag or its head first: most are not. Before it,
            // such words and "on", "this", "last", "early", "late", "past"; no numbers,
            // "748 opposed", and no capitalised word but a day or a month, "Rex Early
            // described".)
            static UNITS: HeadSlots = HeadSlots::of(&[&crate::text::MONTHS, TIME_UNITS]);
            const BEFORE: [&str; 6] = ["on", "this", "last", "early", "late", "past"];
            let time_word = |k: usize| {
                (self.in_set(k, WordInfo::TIME)
                    || UNITS.may_hold(self.toks[k].head)
                        && (self.is(k, &crate::text::MONTHS) || self.is(k, TIME_UNITS)))
                    && (!self.cap(k)
                        || self.is(k, &crate::text::WEEKDAYS)
                        || self.is(k, &crate::text::MONTHS))
            };
            let mut t = m;
            if m > 2 && self.word(m - 1) && !self.toks[m - 1].quoted && time_word(m - 1) {
                t = m - 1;
                while t > 0
                    && self.word(t - 1)
                    && !self.toks[t - 1].quoted
                    && (time_word(t - 1) || !self.cap(t - 1) && self.is(t - 1, &BEFORE))
                {
                    t -= 1;
                }
            }
            if t < m
                && t > 1
                && !self.toks[t - 1].quoted
                && (self.punct(t - 1, ",") || self.is(t - 1, &["and", "but"]))
            {
                m = t;
            }
        }
        let passive_aux = m < i
            && !entry.participle
            && !entry.adjective
            && self.is(
                i - 1,
                &[
                    "was",
                    "were",
                    "been",
                    "be",
                    "being",
                    "is",
                    "are",
                    "isn't",
                    "isn’t",
                    "wasn't",
                    "wasn’t",
                    "aren't",
                    "aren’t",
                    "weren't",
                    "weren’t",
                ],
            )
            // ("We’re told that …": a contracted "are"; told by the bytes as written.)
            || i > 0 && !entry.participle && {
                let b = self.bytes(i - 1);
                b.ends_with("’re".as_bytes()) || b.ends_with(b"'re")
            };
        // "It is said that …", "It was widely reported that …": a passive without an agent
        // whose subject is the "it" of the clause after it.
        if let Some(a) = self.expletive_passive(i, cue_end, entry) {
            return Some(a);
        }
        if passive_aux {
            return None;
        }

        // Participle: "…, saying that C" takes the unit's subject; so does a coordinated
        // verb ("announced the arrest and said C").
        let coordinated = !entry.participle && !entry.base && m > 0 && self.is(m - 1, &["and", "but"])
            // "Protesters continued to call for …", "He went out of his way to say …": the
            // subject of the verb before. (A cue after "to" got past the test at the top only
            // in a matrix or purpose infinitive, so "to" before it says which.)
            || entry.base && i > 0 && self.is(i - 1, &["to"]);
        // "Having announced …, Judge Berman …": a perfect participle.
        let having = i == 1 && self.is(0, &["having"]);
        let opens_participle = having
            || entry.participle
                && (i == 0
                || self.punct(i - 1, ",")
                || m < i && m > 0 && self.punct(m - 1, ",") && !self.toks[m - 1].quoted
                // "… the “Golden Week,” saying that …"
                || i > 1 && self.toks[i - 1].kind == Kind::Close && self.punct(i - 2, ",")
                || self.is(i - 1, OPENING_PREPOSITIONS)
                // ("Mr. Sanders, after initially saying …": modifiers after the preposition.)
                || m < i && m > 0 && self.is(m - 1, OPENING_PREPOSITIONS)
                // "…, calling them rapists and vowing to …": the next participle of a series.
                || i > 2
                    && self.is(i - 1, &["and"])
                    // (Not a series of gerunds that is the subject: "Enacting dominance …,
                    // cooperating and finding what we have in common, is …".)
                    && !self.lw(0).ends_with("ing")
                    && (i.saturating_sub(30)..i - 2).any(|k| {
                        self.punct(k, ",")
                            && !self.toks[k].quoted
                            && self.word(k + 1)
                            && self.lw(k + 1).ends_with("ing")
                    }));
        // The subject before the cue (found once, for the test below and the patterns after).
        let left = if coordinated || opens_participle {
            None
        } else {
            self.left_np(m, 0)
        };
        // "… a series of tweets early Friday saying …": a time before the participle is
        // no subject.
        let after_time =
            entry.participle && i > 0 && left.is_some_and(|(s, e)| self.time_only(s, e));
        // "The town released a statement Wednesday saying …": a participle after the object
        // that names a channel speaks for the subject of the verb before it.
        let after_channel = entry.participle
            && (left.is_some_and(|(s, e)| {
                (s..e).any(|k| self.toks[k].info.has(WordInfo::CHANNEL_WORD))
                    && (s.saturating_sub(1)..e).any(|k| self.verbish(k))
            }) || {
                // ("He released a statement saying …", "Trump released a new radio ad
                // calling …": the object right before the participle, after its verb.)
                let mut k = m;
                while k > 0
                    && m - k < 6
                    && self.word(k - 1)
                    && !self.toks[k - 1].quoted
                    && !self.verbish(k - 1)
                {
                    k -= 1;
                }
                k > 0
                    && k < m
                    && self.verbish(k - 1)
                    && (k..m).any(|j| self.toks[j].info.has(WordInfo::CHANNEL_WORD))
            });
        if coordinated || opens_participle || after_time || after_channel {
            // "Citing an unfounded theory, Trump accused …": a participle opening the unit
            // takes the subject after its phrase, and its content ends at the comma.
            // ("By offering …, Trump would show", "Having announced …, Judge Berman …";
            // the comma may close a quotation: "Citing “obligations in Tennessee,” the …")
            let leads = i == 0 || (i == 1 || m == 1) && self.is(0, OPENING_PREPOSITIONS);
            let opening = if leads && (entry.participle || having) {
                (cue_end..end)
                    .find(|&k| {
                        self.punct(k, ",")
                            && (!self.toks[k].quoted
                                || self.toks.get(k + 1).is_some_and(|t| t.kind == Kind::Close))
                    })
                    .and_then(|k| {
                        let after = if self.toks[k].quoted { k + 2 } else { k + 1 };
                        self.subject_from(after).map(|np| (k, np))
                    })
            } else {
                None
            };
            let src = match opening {
                Some((_, np)) => Some(np),
                // The subject of an earlier cue, else that of the nearest verb before,
                // else the unit's.
                None => subject
                    .or_else(|| self.clause_subject(m))
                    .or_else(|| self.unit_subject())
                    // ("Adding, “Q”": the participle is no subject of its own.)
                    .filter(|&(s, e)| !((s..e).contains(&i) || leads && s == 0 && e <= i + 1)),
            };
            if src.is_none() && i > 0 {
                return None;
            }
            let (c, cend) = self.forward_content(entry, cue_end, end);
            // (A comma that closes a quotation leaves the quotation whole.)
            let cend = opening.map_or(cend, |(k, _)| {
                cend.min(if self.toks[k].quoted { k + 2 } else { k })
            });
            // "…, calling him a “nice guy” and threatening …": the next participle of the
            // series starts its own attribution.
            let cend = if entry.participle {
                (c.max(cue_end) + 1..cend)
                    .find(|&k| {
                        self.is(k, &["and"])
                            && !self.toks[k].quoted
                            && self.word(k + 1)
                            && !self.toks[k + 1].quoted
                            && self.lw(k + 1).ends_with("ing")
                    })
                    .unwrap_or(cend)
            } else {
                cend
            };
            return self.make(
                Pattern::Participle,
                Some(entry),
                src,
                Some((i, cue_end)),
                (c, cend),
                None,
            );
        }

        let mut np = left;
        // "Wells Fargo just this month announced …": the subject stands before the time.
        if let Some((s0, _)) = np.filter(|&(s, e)| self.time_only(s, e)) {
            let mut k = s0;
            while k > 0 && self.is(k - 1, &["just", "only", "also", "earlier", "later"]) {
                k -= 1;
            }
            np = self
                .left_np(k, 0)
                .filter(|&(s, e)| !self.time_only(s, e))
                .or(np);
        }
        // "Kall -- co-editor of Debating The Donald -- said …": an appositive between dashes.
        if np.is_none() && m > 2 && self.is_dash(m - 1) {
            if let Some(first) = (1..m - 1).find(|&k| self.is_dash(k) && !self.toks[k].quoted) {
                if let Some((s0, _)) = self.left_np(first, 0) {
                    if (s0 == 0 || self.toks[s0 - 1].kind == Kind::Close || self.punct(s0 - 1, ","))
                        && self.cap(s0)
                        && m - 1 - first <= 32
                    {
                        let mut e = m - 1;
                        while e > first && self.is_dash(e - 1) {
                            e -= 1;
                        }
                        np = Some((s0, e));
                    }
                }
            }
        }
        // "Richard Revesz, director of the institute, said …": a name and its appositive.
        // The name may follow an opening phrase ("With 50 days to go, Minyon Moore, a senior
        // adviser, called …"): the commas are tried from the nearest.
        if np.is_none() && m > 2 && self.punct(m - 1, ",") {
            // (The comma before a relative clause first: "Beck, who supported Sen. Ted Cruz,
            // R-Texas, and opposed Trump, last week said …".)
            // (Not after a place: "a truck driver from Ava, Mo., who is …".)
            let relative = (1..m - 1).find(|&k| {
                self.punct(k, ",")
                    && !self.toks[k].quoted
                    && self.is(k + 1, &["who", "whose"])
                    && self
                        .left_np(k, 0)
                        .is_some_and(|(s0, _)| s0 == 0 || !self.punct(s0 - 1, ","))
            });
            let commas = relative.into_iter().chain(
                (1..m - 1)
                    .rev()
                    .filter(|&k| self.punct(k, ",") && !self.toks[k].quoted)
                    .take(4),
            );
            for first_comma in commas {
                let Some((s0, _)) = self.left_np(first_comma, 0) else {
                    continue;
                };
                // (Past "Even", "But": "Even Rendell, a stalwart supporter, said …"; past a
                // subordinator: "When the F.B.I. director, James B. Comey, said …".)
                let opens_unit = s0 == 0
                    || (s0 <= 2
                        && (0..s0).all(|k| {
                            self.in_set(k, WordInfo::CONNECTIVE)
                                || self.is(k, &["even", "only", "and", "but", "yet"])
                                || k + 1 == s0 && self.is(k, &SUBORDINATORS)
                        }))
                    || self.toks[s0 - 1].kind == Kind::Close
                    || self.punct(s0 - 1, ",")
                    // ("It was no accident — Brendan Buck, a spokesman for Ryan, told …".)
                    || !self.toks[s0 - 1].quoted
                        && (self.is_dash(s0 - 1) || self.punct(s0 - 1, ";"));
                // A title in quotation marks may stand in the appositive ("the co-author of
                // “Going Viral,” …"), closed within it.
                let region = first_comma + 1..m - 1;
                let appositive_ok = !self.toks[first_comma + 1].quoted
                    && self.toks[first_comma + 1].kind != Kind::Open
                    && region.clone().all(|k| {
                        self.toks[k].kind != Kind::Open
                            || (k + 1..m - 1).any(|j| self.toks[j].kind == Kind::Close)
                    })
                    && !self.toks[m - 2].quoted;
                // ("“Q,” the economist Jared Bernstein, a former adviser …, wrote": after a
                // quotation the name may open with a determiner.)
                // ("C, the official, who was not authorized to speak, said": a source noun
                // with a relative clause of "who".)
                let who_person = || {
                    self.is(first_comma + 1, &["who"])
                        && (s0..first_comma).any(|j| {
                            self.toks[j].info.kind.is_some()
                                || self.toks[j].info.has(WordInfo::TITLE)
                        })
                };
                // ("…, his top aide, Tad Devine, told …": a role and the name after it.)
                let name_after = || {
                    s0 > 0
                        && self.punct(s0 - 1, ",")
                        && (first_comma + 1..m - 1)
                            .all(|k| self.word(k) && self.cap(k) && !self.toks[k].quoted)
                };
                if opens_unit
                    && (self.cap(s0)
                        || self.is(s0, &["the"]) && self.cap(s0 + 1)
                        || self.after_quotation(s0)
                        || who_person()
                        || name_after())
                    && appositive_ok
                    && m - 1 - first_comma <= 32
                {
                    // "The company's chief executive, in a letter to shareholders, said …":
                    // an adjunct between the commas is no part of the source.
                    let adjunct = self.is(
                        first_comma + 1,
                        &[
                            "in",
                            "on",
                            "at",
                            "during",
                            "after",
                            "before",
                            "via",
                            "through",
                            "speaking",
                            "writing",
                            "testifying",
                        ],
                    );
                    np = Some((s0, if adjunct { first_comma } else { m - 1 }));
                    break;
                }
            }
        }
        // "Sen. Jack Reed (D-R.I.), said …": a stray comma after a name and its party.
        if np.is_none() && m > 2 && self.punct(m - 1, ",") && self.punct(m - 2, ")") {
            np = self
                .left_np(m - 1, 0)
                .filter(|&(s0, _)| s0 == 0 && self.cap(s0));
        }
        // "47% say …": a share of respondents.
        if np.is_none() && m >= 1 {
            // (Bytes: a digit or a period is one byte, and no byte of another character is one.)
            let share = |b: &[u8]| b.iter().all(|&c| c.is_ascii_digit() || c == b'.');
            let w = self.bytes(m - 1);
            if w.len() > 1 && w.ends_with(b"%") && share(&w[..w.len() - 1]) {
                np = Some((m - 1, m));
            } else if m >= 2 && self.punct(m - 1, "%") && share(self.bytes(m - 2)) {
                np = Some((m - 2, m));
            }
        }
        // "One delegate not on the Cruz slate, Kelly Schmidt, told …": a description, then
        // the name between commas.
        if np.is_none() && m > 3 && self.punct(m - 1, ",") {
            if let Some(first) = (1..m - 1)
                .rev()
                .find(|&k| self.punct(k, ",") && !self.toks[k].quoted)
            {
                let name = first + 1..m - 1;
                let is_name = !name.is_empty()
                    && name.len() <= 4
                    && name.clone().all(|k| self.cap(k) && !self.toks[k].quoted)
                    && !self.in_set(first + 1, WordInfo::DETERMINER);
                let described = first <= 12
                    && (self.cap(0) || self.in_set(0, WordInfo::DETERMINER))
                    && (0..first).all(|k| !self.toks[k].quoted && !self.verbish(k));
                if is_name && described {
                    np = Some((name.start, name.end));
                }
            }
        }
        // "C, a spokeswoman, Anna Richardson White, said …": a description and a name
        // between commas, after the content.
        if np.is_none() && m > 4 && self.punct(m - 1, ",") {
            let name = self.left_np(m - 1, 0).filter(|&(s, e)| {
                s > 2 && self.punct(s - 1, ",") && (s..e).all(|k| self.cap(k) || self.punct(k, "."))
            });
            if let Some((s0, e0)) = name {
                let described = self.left_np(s0 - 1, 0).filter(|&(s, e)| {
                    s > 1
                        && self.punct(s - 1, ",")
                        && self.in_set(s, WordInfo::DETERMINER)
                        && e - s <= 6
                });
                if let Some((ds, _)) = described {
                    np = Some((ds, e0));
                }
            }
        }
        // Inverted: “Q,” said S / C, said S.
        if np.is_none()
            && i > 0
            // ("“Q,” accusing it of …": a participle after a quotation is no inverted cue.)
            && !entry.participle
            && (self.toks[i - 1].kind == Kind::Close
                || (self.punct(i - 1, ",") && INVERTS.has(entry)))
            // "…, say some Democrats": a plural subject after the base form.
            && (!entry.base
                || UNAMBIGUOUS.has(entry)
                    && self.right_np(cue_end, end).is_some_and(|(_, e)| {
                        let last = self.lw(e - 1);
                        e > cue_end
                            && (last.ends_with('s') && !last.ends_with("ss")
                                || self.toks[e - 1].info.kind == Some(crate::model::SourceKind::Group))
                    }))
        {
            let (s, e) = self.right_np(cue_end, end)?;
            // "…, declared bankruptcy": a bare lower-case noun is no source.
            if !(s..e).any(|k| {
                self.cap(k)
                    || self.in_set(k, WordInfo::DETERMINER)
                    || self.toks[k].info.kind.is_some()
                    || self.toks[k].info.has(WordInfo::TITLE)
                    || self.is(k, &PRONOUNS)
            }) {
                return None;
            }
            let after_quote = self.toks[i - 1].kind == Kind::Close;
            // "Another commenter, “Lady Amanita,” claimed that …", "the host of “Today,”
            // reminded his staff": a short quotation of capitalised words within a sentence is
            // a name or a title, and the verb after it has its subject before it.
            if after_quote {
                let open = self.quote_start(i - 1);
                let mut words = (open + 1..i - 1).filter(|&k| self.word(k));
                if open > 0 && words.clone().count() <= 4 && words.all(|k| self.cap(k)) {
                    return None;
                }
            }
            if !(after_quote || e >= end || self.punct(e, ",") || self.punct(e, ".")) {
                return None;
            }
            let close = if self.toks[i - 1].kind == Kind::Close {
                i
            } else {
                i - 1
            };
            subject.get_or_insert((s, e));
            // The quotation before the cue, not what leads up to it ("… members (“Q,” wrote S)"),
            // unless the words before it make one sentence with it: "Trump's misinformation
            // may be “strategic,” said S" is all said (mixed), as with "… “strategic,” S said".
            let start = if self.toks[i - 1].kind == Kind::Close {
                let qs = self.quote_start(i - 1);
                if self.leads_into(qs, i - 1) {
                    0
                } else {
                    qs
                }
            } else {
                0
            };
            // “Q1,” said S, “Q2.”: the quotation goes on after the source (and after an
            // appositive: “Q1,” said Edward Leamer, an economist at UCLA, “Q2.”).
            let reopen = if self.opens(e + 1) {
                Some(e + 1)
            } else {
                self.reopening(e, end)
            };
            if let Some(r) = reopen.filter(|_| after_quote && self.punct(e, ",")) {
                return self
                    .make(
                        Pattern::Inverted,
                        Some(entry),
                        Some((s, e)),
                        Some((i, cue_end)),
                        (start, end),
                        Some(Form::Direct),
                    )
                    .map(|a| self.with_gap(a, close, r));
            }
            return self.make(
                Pattern::Inverted,
                Some(entry),
                Some((s, e)),
                Some((i, cue_end)),
                (start, close),
                None,
            );
        }
        let (ns, ne) = np?;
        if entry.base
            && self.in_set(ns, WordInfo::DETERMINER)
            && ne - ns == 1
            && !self.is(
                ns,
                &[
                    "some", "many", "most", "few", "several", "both", "all", "others",
                ],
            )
        {
            return None;
        }
        // "compared with 23 percent": a comparison; "Israel is attacking Iranian targets in
        // Syria": an armed attack is no stance. (The -s forms that are nouns, "the Paris
        // attacks", "their views on trade", are no cue forms: `noun` in cues.txt.)
        if entry.lemma == "compare" && self.is(cue_end, &["with", "to"])
            || entry.lemma == "attack"
                && (cue_end..end.min(cue_end + 4)).any(|k| {
                    self.is(
                        k,
                        &[
                            "targets",
                            "target",
                            "positions",
                            "bases",
                            "base",
                            "troops",
                            "forces",
                            "convoy",
                            "convoys",
                            "villages",
                            "village",
                            "towns",
                            "ships",
                            "soldiers",
                            "civilians",
                            "camps",
                            "facilities",
                            "installations",
                            "checkpoints",
                        ],
                    )
                })
        {
            return None;
        }
        // An -s form after a lower-case word is a plural noun ("fundraising emails",
        // "battleground states", "sexist remarks"), and "thanks to" is no cue.
        let w = self.lw(i);
        // "Health worries have dogged …": a verb right after an -s form makes it a noun,
        // the verb's subject.
        if !entry.base
            && !entry.participle
            && m == i
            && w.ends_with('s')
            && self.is(
                cue_end,
                &[
                    "have", "had", "are", "were", "will", "would", "can", "could", "remain",
                ],
            )
        {
            return None;
        }
        if !entry.base && !entry.participle && m == i && w.ends_with('s') && NOUN_LIKE.has(entry) {
            let prev = ne - 1;
            let noun_before = self.word(prev)
                && !self.cap(prev)
                && !self.is(prev, &PRONOUNS)
                && self.toks[prev].info.kind.is_none()
                && !self.toks[prev].info.has(WordInfo::TITLE);
            // "The ad claims “Q”", "Footage from the game shows that …": a quotation or a
            // that-clause after it makes the word a verb.
            let verb_follows = self.opens(cue_end)
                || self.is(cue_end, &["that"]) && !self.verbish(cue_end + 1)
                // ("Video of the incident shows him with …": an object pronoun or a question
                // word after it.)
                || self.is(
                    cue_end,
                    &["him", "them", "us", "me", "how", "what", "why", "whether"],
                );
            if noun_before && !verb_follows || (w == "thanks" && self.is(cue_end, &["to"])) {
                return None;
            }
        }
        // A base form ("say", "plan") after a singular noun is a noun compound ("tax plan"):
        // it needs a plural or pronoun subject, or an auxiliary before it.
        // After a quotation the word is the verb: "“Anybody but Trump,” the sign read."
        if entry.base && m == i && !self.after_quotation(ns) && !UNAMBIGUOUS.has(entry) {
            // The head noun: the last word before a complement ("records from the 2008
            // cycle show"); capitalised only as the first word of the unit ("Polls show").
            let head = (ns..ne)
                .find(|&k| {
                    k > ns
                        && self.is(k, &["of", "from", "in", "for", "with", "on", "at", "by"])
                        // ("4 in 10 Republican voters", "half of the voters": a share before
                        // the head noun.)
                        && !(self.number_word(k - 1)
                                || self.is(
                                    k - 1,
                                    &["half", "most", "majority", "percent", "share", "number"],
                                )
                                || self.is(k - 1, &QUANTIFIERS))
                })
                .map_or(ne - 1, |k| k - 1);
            let last = self.lw(head);
            let plural = (last.ends_with('s') && !last.ends_with("ss") || last == "data")
                && (!self.cap(head) || head == 0);
            if !(plural
                // "Obama and Clinton call them …", "China and Russia support …": a
                // coordinated subject is plural.
                || ne - ns >= 3 && (ns + 1..ne - 1).any(|k| self.is(k, &["and"]))
                // "… would benefit Democrats, who want to keep …": a plural before the comma
                // of "who".
                || ne - ns == 1
                    && self.is(ns, &["who"])
                    && ns >= 2
                    && self.punct(ns - 1, ",")
                    && self.word(ns - 2)
                    && self.s_plural(ns - 2)
                || self.is(ne - 1, &["i", "we", "they", "you"])
                || self.is(ne - 1, &QUANTIFIERS)
                || self.toks[ne - 1].info.kind == Some(crate::model::SourceKind::Group))
            {
                return None;
            }
        }
        subject.get_or_insert((ns, ne));
        let adjuncts = self.skip_adjuncts(cue_end, end);
        let mut after = adjuncts;
        // "…, the president told her.": the object of a tell-class cue is not a clause.
        if entry.class == CueClass::Tell && self.is(after, OBJECT_PRONOUNS) {
            after = self.skip_adjuncts(after + 1, end);
        } else if entry.class == CueClass::Tell {
            // "…, Graham told The Huffington Post on Thursday.": an object and adjuncts
            // that close the unit.
            let o = self.skip_object(after, end);
            let o2 = self.skip_adjuncts(o, end);
            if o > after
                && (o2 >= end
                    || self.punct(o2, ",")
                    // ("told “Fox and Friends,” reminding …": a title closes its comma.)
                    || self.toks[o - 1].kind == Kind::Close
                    // ("…, Obama told his advisers as he labored over …": an adjunct clause.)
                    || !self.toks[o2].quoted
                        && self.is(
                            o2,
                            &[
                                "as", "during", "after", "before", "while", "when", "at", "in",
                                "on", "without", "because", "since", "until",
                            ],
                        )
                        && !self.that_clause_within(o2, end))
            {
                after = o2;
            }
        }
        // ("C, the AP said on Thursday, adding …": a comma that `skip_adjuncts` passed after
        // an adjunct closes the attribution as a comma right after the cue does.)
        let after = if after > cue_end && self.punct(after - 1, ",") && !self.toks[after - 1].quoted
        {
            after - 1
        } else {
            after
        };
        // Content first: “Q,” S said. / C, S said. The tail after the cue is empty, a
        // comma, or an adjunct ("without elaborating", "in a statement") — not a clause.
        // ("C, as police have said.": "as" between the comma and the subject.)
        // (Of a verb of saying: "…, as everyone knew" is no attribution of what precedes.)
        let boundary = if ns >= 2
            && self.is(ns - 1, &["as"])
            && matches!(
                entry.class,
                CueClass::Speech | CueClass::Tell | CueClass::Write | CueClass::Evidence
            )
            && !self.toks[ns - 1].quoted
            && (self.punct(ns - 2, ",") || self.toks[ns - 2].kind == Kind::Close)
        {
            Some(ns - 2)
        } else if ne == ns + 1 && self.is(ns, &["which"]) {
            // "…, which reported that …": what a relative clause's pronoun says follows it.
            None
        } else {
            ns.checked_sub(1)
        };
        // (Asked only when a boundary stands before the subject: closures.)
        // Nothing after the cue but a mark that closes it: "…, political analysts say; in
        // 2012, …".
        let bare_tail = || {
            after >= end
                || self.punct(after, ",")
                || self.punct(after, "—")
                || self.punct(after, ";")
        };
        let tail_empty = || {
            bare_tail()
            // "C, a spokeswoman said on Saturday, and it has …": a new clause follows.
            || after > 0
                && self.punct(after - 1, ",")
                && self.is(after, &["and", "but"])
                && self.subject_start(after + 1)
            || (self.word(after)
                && !self.cap(after)
                && !self.toks[after].quoted
                && !self.in_set(after, WordInfo::DETERMINER)
                && !self.is(after, &PRONOUNS)
                && !self.is(
                    after,
                    &[
                        "that", "to", "how", "what", "why", "whether", "if", "when", "there", "it",
                    ],
                )
                // An adjunct opens with a preposition, a subordinator, an -ing or an -ly
                // word ("without elaborating", "as he left"); "violent threats …" is a clause.
                && (self.is(
                    after,
                    &[
                        "without", "in", "on", "at", "after", "before", "during", "while", "as",
                        "of", "about", "outside", "inside", "near", "from", "for", "with", "by",
                        "through", "since", "until", "because", "though", "although", "adding",
                    ],
                ) || self.lw(after).ends_with("ing")
                    || self.lw(after).ends_with("ly"))
                // "said at an event in Colorado that …": a that-clause follows the adjunct.
                && !self.that_clause_within(after, end)
                // "reported at least six planes filled …": a quantity opens the clause.
                && !(self.is(after, &["at"]) && self.is(after + 1, &["least", "most"]))
                // ("predicted about one-third of the vote will …": "about" a quantity.)
                && !(self.is(after, &["about", "around", "nearly", "almost", "some"])
                    && (self.number_word(after + 1)
                        || self.word(after + 1)
                            && (self.lw(after + 1).contains('-')
                                || self.lw(after + 1).starts_with(|c: char| c.is_ascii_digit())
                                || self.is(after + 1, &["half", "a"])))))
        };
        if let Some(b) = boundary {
            let close = self.toks[b].kind == Kind::Close;
            if (close || self.punct(b, ",") || self.punct(b, "—")) && b > 0 {
                let content_end = if close { b + 1 } else { b };
                let mut a2 = after;
                if self.punct(a2, ",") || self.punct(a2, ":") {
                    a2 += 1;
                }
                // Medial: “Q1,” S said, “Q2.” (Also after adjuncts: “Q1,” Trump said during a
                // rally in Kenansville, N.C., “but Q2.”)
                let after_q1 = content_end > 0 && self.toks[content_end - 1].kind == Kind::Close;
                if after_q1 && a2 < n && self.toks[a2].kind != Kind::Open {
                    a2 = self.reopening(a2, end).unwrap_or(a2);
                }
                let medial = after_q1 && a2 < n && self.toks[a2].kind == Kind::Open;
                // "Asked about it, Ryan said, “Q.”", "Of course, Clinton said, “Q.”": a
                // quotation after the cue, with no quotation before it, is all that is said
                // (the forward pattern's); what leads up to the source is not.
                let quote_after = !close
                    && a2 < n
                    && self.toks[a2].kind == Kind::Open
                    && (0..content_end)
                        .all(|k| !self.toks[k].quoted && self.toks[k].kind != Kind::Open);
                // Parenthetical: "C1, S said, C2." — not when an adjunct clause follows
                // ("C, S said, as they bristled at …").
                let parenthetical = !close
                    && self.punct(after, ",")
                    && a2 < end
                    && !self.cue_at(a2).is_some_and(|(e, _)| e.participle)
                    && !self.is(a2, &["according"])
                    && !self.is(a2, &SUBORDINATORS)
                    && !self.is(a2, &["which", "who", "whose", "where", "even", "adding"])
                    // "C, a spokeswoman said on Saturday, and it has …": a new clause.
                    && !(self.is(a2, &["and", "but"]) && self.subject_start(a2 + 1))
                    // ("C, he said, in an interview on Tuesday.", "C, he said, on condition
                    // of anonymity …": an adjunct of the attribution, no second content.)
                    && !(self.skip_adjuncts(a2, end) >= end
                        || self.is(a2, &["on"]) && self.is(a2 + 1, &["condition"]))
                    && !quote_after;
                // Either way the content is the unit less the attribution, its gap.
                if medial || parenthetical {
                    return self
                        .make(
                            Pattern::Final,
                            Some(entry),
                            Some((ns, ne)),
                            Some((i, cue_end)),
                            (0, end),
                            medial.then_some(Form::Direct),
                        )
                        .map(|a| self.with_gap(a, content_end, a2));
                }
                let forward_start =
                    self.is(after, &["that"]) || self.punct(after, ":") || self.opens(after);
                let quote_first = self.toks[0].kind == Kind::Open;
                // "While Brookover did not …, Collins says C": a subordinate clause before the
                // subject is no content.
                let subordinate_lead =
                    !close && self.is(0, &["while", "although", "though", "whereas"]);
                // "While he is running third in most polls, a strong showing could …, veteran
                // Republicans said.": at the end of the unit, the cue takes the subordinate
                // clause with the main one (before a cue with words of its own after it, the
                // subordinate clause is no content: below).
                if subordinate_lead
                    && tail_empty()
                    && (1..content_end)
                        .any(|k| self.punct(k, ",") && !self.toks[k].quoted && k + 1 < content_end)
                {
                    return self.make(
                        Pattern::Final,
                        Some(entry),
                        Some((ns, ne)),
                        Some((i, cue_end)),
                        (0, content_end),
                        None,
                    );
                }
                // "At Monday’s debate, Clinton mentioned …": an opening phrase without a verb
                // is no content.
                // (The first word past the connectives: "But at Monday’s debate, …".)
                let first = || {
                    let mut f = 0;
                    while self.in_set(f, WordInfo::CONNECTIVE) {
                        f += 1;
                    }
                    f
                };
                let opening_phrase = !close && {
                    let f = first();
                    self.is(
                        f,
                        &[
                            "at", "in", "on", "during", "after", "before", "from", "with", "for",
                            "by", "under", "over", "since", "facing", "amid",
                        ],
                    )
                    // ("in late May": a capitalised "May" is the month, no auxiliary.)
                    && !(f..content_end).any(|k| self.verbish(k) && !self.cap(k))
                };
                // "When he interviewed Clinton, Ramos reminded viewers about …": a clause of
                // time or reason before the subject is no content when the cue has words of
                // its own after it.
                let clause_lead = !close && self.is(first(), &SUBORDINATORS) && !bare_tail();
                // "Earlier this week, the president proposed …", "Meanwhile, Kasich reminds
                // us …": a few words without a verb before a cue that has its own
                // complement are no content.
                let verbless_lead = !close
                    && content_end <= 5
                    && (0..content_end).all(|k| {
                        !self.verbish(k) && !self.toks[k].quoted && self.toks[k].kind != Kind::Open
                    })
                    && after < end
                    && !self.punct(after, ",")
                    && !self.punct(after, ".");
                let subordinate_lead = subordinate_lead
                    || opening_phrase
                    || quote_after
                    || verbless_lead
                    || clause_lead;
                if !subordinate_lead && (tail_empty() || (close && quote_first && !forward_start)) {
                    // "…, especially fundraising: “Q,” he said.": the quotation after a colon
                    // is all that is said.
                    let qs = if close { self.quote_start(b) } else { 0 };
                    let from = if qs > 1 && self.punct(qs - 1, ":") && !self.toks[qs - 1].quoted {
                        qs
                    } else {
                        0
                    };
                    return self.make(
                        Pattern::Final,
                        Some(entry),
                        Some((ns, ne)),
                        Some((i, cue_end)),
                        (from, content_end),
                        None,
                    );
                }
            }
        }
        // Forward: S said (that) C / S said: “Q.”
        let c = self.after_cue(cue_end, entry, end, Some(adjuncts));
        // "argued that:" — a "that" alone is no content.
        let c = if c + 1 == end && self.is(c, &["that"]) && self.punct(end, ":") {
            end
        } else {
            c
        };
        if c >= end {
            // "He said:", "The company said in a statement:" at the end of the unit.
            let last = n - 1;
            if end == last
                && self.punct(last, ":")
                && !self.toks[last].quoted
                && !entry.participle
                && !entry.base
                && matches!(
                    entry.class,
                    CueClass::Speech | CueClass::Write | CueClass::Tell
                )
                && (cue_end == last
                    || cue_end + 1 == last && self.is(cue_end, &["that"])
                    || self.adjuncts_only(entry, cue_end, last))
            {
                let at = self.toks[last].end;
                return Some(Attribution {
                    pattern: Pattern::Intro,
                    form: Form::Direct,
                    stance: Stance::Asserts,
                    source: Some(self.range(ns, self.source_end(ns, ne))),
                    cue: Some(self.range(i, cue_end)),
                    content: at..at,
                    gap: None,
                    channel: self.channel(last, last, Some((i, cue_end))),
                    hedged: self.hedged(),
                    negated: false,
                    class: Some(entry.class),
                    relay: entry.relay,
                    aside: false,
                });
            }
            return None;
        }
        if entry.class == CueClass::Tell && self.is(c, &["to"]) {
            return None; // "told Israel to end airstrikes": an order, not a claim
        }
        // "Although Reynolds disagrees, others argue that …", "Reynolds disagrees, saying that
        // …": after the cue's comma, words with a cue of their own (a participle right after
        // the comma, or a cue within the next five words) are another attribution, not what
        // this cue says.
        if c == cue_end + 1 && self.punct(cue_end, ",") && !self.toks[cue_end].quoted {
            let participle = self.cue_at(c).is_some_and(|(e, _)| e.participle);
            let own = || {
                (c + 1..end.min(c + 6))
                    .take_while(|&k| self.word(k) && !self.toks[k].quoted)
                    .any(|k| self.cue_at(k).is_some())
            };
            if participle || own() {
                return None;
            }
        }
        // "what she told NBC News before her appearance": after the object, an adjunct.
        if entry.class == CueClass::Tell
            && c > cue_end
            && self.is(
                c,
                &[
                    "before", "after", "during", "while", "when", "since", "until",
                ],
            )
        {
            return None;
        }
        // "the 35 states that have voted": a plural noun and its relative clause.
        // (The "that" first: one compare, where most lemmas are in no list.)
        if self.is(c, &["that"])
            && NOUN_LIKE.has(entry)
            && self.lw(i).ends_with('s')
            && self.verbish(c + 1)
        {
            return None;
        }
        let mut cend = self.forward_end(c);
        cend = self.object_end(entry, c, cend);
        // "In a statement announcing the pick, the union called …": a participle in an
        // opening phrase says what stands before the phrase's comma.
        if entry.participle
            && self.is(0, &["in", "on", "at", "with", "during", "through", "via"])
            && (1..i).all(|k| self.word(k) && !self.toks[k].quoted)
        {
            if let Some(k) = (c..cend).find(|&k| self.punct(k, ",") && !self.toks[k].quoted) {
                cend = k;
            }
        }
        // "Graham has been critical of Trump since they both were …": the object of an
        // adjective with its preposition ends at a clause of time or reason (not that of
        // "convinced that", "eager to": a clause, which may hold one).
        if entry.adjective && entry.rest.last().is_some_and(|w| w != "that" && w != "to") {
            if let Some(k) =
                (c + 1..cend).find(|&k| !self.toks[k].quoted && self.is(k, &SUBORDINATORS))
            {
                cend = k;
            }
        }
        // "Collins, who had endorsed Jeb Bush, represents …": a relative clause ends at its
        // comma.
        // ("Smith, who said that the plan, which failed, was good, left": a that-clause or a
        // quotation goes on.)
        if ne == ns + 1
            && self.is(ns, &["who", "which"])
            && !self.is(c, &["that"])
            && !self.opens(c)
        {
            if let Some(k) =
                (c..cend).find(|&k| (self.punct(k, ",") || self.is_dash(k)) && !self.toks[k].quoted)
            {
                cend = k;
            }
        }
        // "centrists who wanted a complete break from the Bush years, radicals who …": a
        // relative clause within a subject ends before the next verb or at a comma, unless
        // what is said is a clause of its own ("those who said he would win were …").
        if ne - ns >= 2
            && self.is(ne - 1, &["who"])
            && !self.punct(ne - 2, ",")
            && !self.is(c, &["that"])
            && !self.opens(c)
            && !self.subject_pronoun(c)
            && (!(CLAUSE.has(entry) || matches!(entry.class, CueClass::Belief | CueClass::Tell))
                || !self.finite_clause(c, cend))
        {
            if let Some(k) = (c + 1..cend).find(|&k| {
                !self.toks[k].quoted && (self.punct(k, ",") || self.verbish(k) && !self.cap(k))
            }) {
                cend = k;
            }
        }
        // "While Israel has rarely acknowledged C, …": the clause ends at its comma.
        if ns > 0 && self.is(ns - 1, &SUBORDINATORS) || self.is(ns, &SUBORDINATORS) {
            if let Some(k) = (c..cend).find(|&k| self.punct(k, ",") && !self.toks[k].quoted) {
                cend = k;
            }
        }
        if entry.needs_clause
            && !(self.is(
                c,
                &["that", "whether", "if", "how", "what", "why", "who", "when"],
            ) || self.opens(c)
                || self.punct(c.saturating_sub(1), ":")
                // A clause without "that": "suggested the United States should send …",
                // "claims he's worth $10 billion".
                || c == cue_end && !self.is(c, &["to"]) && self.finite_clause(c, cend)
                || c == cue_end && self.subject_pronoun(c)
                // "The April survey found Clinton leading …": what a poll or a study finds
                // may be an object.
                || c == cue_end
                    && entry.class == CueClass::Evidence
                    && (ns..ne).any(|j| self.is(j, EVIDENCE_NOUNS))
                // "reported spending $1.8 million on ads": what a filing reports.
                || c == cue_end
                    && entry.lemma == "report"
                    && self.word(c)
                    && !self.toks[c].quoted
                    && self.lw(c).ends_with("ing"))
        {
            return None;
        }
        // "bragged about his success", "spoke of the need": the preposition right after
        // the cue goes with it; what is said is its object.
        let (cue_end, c) = if c == cue_end
            && c + 1 < cend
            && !self.toks[c].quoted
            && self.is(c, &["about", "of", "on", "for", "against", "with", "over", "at"])
            // ("reported at least six planes", "said about 200 people": a quantity.)
            && !self.number_word(c + 1)
            && !self.is(c + 1, &["least", "most", "half"])
            // ("has been arguing for years that …": a span of time.)
            && !self.is(c + 1, &SPANS)
        {
            (c + 1, c + 1)
        } else if let Some(k) = (c == cue_end)
            .then(|| self.stance_noun_object(entry, (ns, ne), c, cend))
            .flatten()
        {
            (k, k)
        } else if c == cue_end
            && self.is(c, &["for"])
            && self.is(c + 1, &SPANS)
            && self.is(c + 2, &["that"])
        {
            // "has been arguing for years that …": the span of time is no content.
            (cue_end, c + 2)
        } else {
            (cue_end, c)
        };
        self.make(
            Pattern::Forward,
            Some(entry),
            Some((ns, ne)),
            Some((i, cue_end)),
            (c, cend),
            None,
        )
    }

    /// "expressed misgivings about Mrs. Clinton", "voiced support for the plan": a noun of
    /// stance and its preposition right after the cue go with it; what the stance is about
    /// starts after the preposition. The token after the preposition, if any.
    fn stance_noun_object(
        &self,
        entry: &CueEntry,
        (ns, ne): (usize, usize),
        c: usize,
        cend: usize,
    ) -> Option<usize> {
        // ("The survey showed support for Trump rising …": what a poll shows.)
        if !STANCE_VERBS.contains(&entry.lemma.as_str())
            || entry.class == CueClass::Evidence && (ns..ne).any(|j| self.is(j, EVIDENCE_NOUNS))
        {
            return None;
        }
        let k = (c..cend.min(c + 4))
            .find(|&k| self.word(k) && !self.toks[k].quoted && self.is(k, &STANCE_NOUNS))?;
        // Before the noun only its determiner and adjectives: "an", "deep", "his".
        if (c..k).any(|j| {
            !self.word(j)
                || self.toks[j].quoted
                || self.cap(j)
                || self.verbish(j)
                || self.is(j, &["that"])
                || self.subject_pronoun(j)
        }) {
            return None;
        }
        (self.is(
            k + 1,
            &["about", "over", "with", "for", "at", "in", "on", "of", "to"],
        ) && !self.toks[k + 1].quoted
            && k + 2 < cend)
            .then_some(k + 2)
    }

    /// Where the content starts after a cue: after adjuncts, the object of tell-class
    /// cues, "reports" after a denial, and a colon or comma before a quotation. A
    /// "that" opening the clause is part of the content.
    /// `adjuncts` is [`Unit::skip_adjuncts`] from `cue_end`, when the caller has it.
    fn after_cue(
        &self,
        cue_end: usize,
        entry: &CueEntry,
        end: usize,
        adjuncts: Option<usize>,
    ) -> usize {
        // A "that" within reach, with only adjuncts or an object before it.
        // (The walk below can only end at a "that": where no token within reach has its
        // head, one compare each, there is no walk.)
        const THAT: u64 = head(b"that");
        let reach = self.toks.get(cue_end..end.min(cue_end + 13));
        let mut k = if reach.is_some_and(|r| r.iter().any(|t| t.head == THAT)) {
            cue_end
        } else {
            end
        };
        while k < end && k - cue_end <= 12 {
            let t = &self.toks[k];
            let abbrev_dot = self.punct(k, ".") && k > 0 && self.cap(k - 1);
            if abbrev_dot {
                k += 1;
                continue;
            }
            if t.quoted || t.kind != Kind::Word || self.cue_at(k).is_some() {
                break;
            }
            if self.is(k, &["that"]) && !self.demonstrative(k) {
                if k == cue_end
                    || !self.in_set(k - 1, WordInfo::DETERMINER)
                        && self.adjuncts_only(entry, cue_end, k)
                {
                    return k;
                }
                break;
            }
            // A subject or a verb before "that" means the clause has begun: that "that"
            // is a relative pronoun ("says he has fought for initiatives that matter").
            if self.is(k, &PRONOUNS) && !self.is(k, &["it"]) || self.auxiliary(k) {
                break;
            }
            k += 1;
        }
        // "said — on Twitter, as it happens — that …": an aside between dashes.
        if self.is_dash(cue_end) {
            let close = (cue_end + 2..end.min(cue_end + 14))
                .find(|&j| !self.toks[j].quoted && self.is_dash(j));
            if let Some(j) = close.filter(|&j| self.is(j + 1, &["that"])) {
                return j + 1;
            }
        }
        // "claimed, without evidence, that …", "said, however, that …": an aside between
        // commas, words without a cue of their own.
        if self.punct(cue_end, ",") && !self.toks[cue_end].quoted {
            let close = (cue_end + 2..end.min(cue_end + 10))
                .find(|&j| self.punct(j, ",") || !self.word(j) || self.toks[j].quoted);
            if let Some(j) = close.filter(|&j| {
                self.punct(j, ",")
                    && self.is(j + 1, &["that"])
                    && !self.toks[j].quoted
                    && (cue_end + 1..j).all(|k| self.toks[k].info.cue == 0)
            }) {
                return j + 1;
            }
        }
        let mut c = adjuncts.unwrap_or_else(|| self.skip_adjuncts(cue_end, end));
        if entry.class == CueClass::Tell {
            c = self.skip_object(c, end);
            c = self.skip_adjuncts(c, end);
        }
        if entry.class == CueClass::Deny && self.is(c, REPORT_NOUNS) {
            c += 1;
        }
        if self.punct(c, ",") || self.punct(c, ":") {
            c += 1;
        }
        c
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grammar::token::tokenize;
    use crate::sentence::find_quotes;

    /// The one-compare check of a literal word agrees with the full one, for words of
    /// every length around 8 bytes and words sharing their first bytes.
    #[test]
    fn head_sets_hold_their_words_and_no_others() {
        let h = |w: &str| head(w.as_bytes());
        // (The words `verbish` takes: the auxiliaries and the other verbs.)
        let verb = |w: &str| AUXILIARIES.has(w.len(), h(w), || w) || VERBS.has(w.len(), h(w), || w);
        for w in ["is", "wrote", "thought", "do"] {
            assert!(verb(w), "{w}");
        }
        for w in ["i", "isn", "wrote.", "thoughts", "thoughtful", "d", "door"] {
            assert!(!verb(w), "{w}");
        }
        let subordinator = |w: &str| SUBORDINATORS.has(w.len(), h(w), || w);
        assert!(subordinator("although") && subordinator("as"));
        assert!(!subordinator("althoughs") && !subordinator("altho"));
        let lists: [&[&str]; 3] = [&TIME_ONLY, &crate::text::MONTHS, TIME_UNITS];
        let bits = HeadBits::of(&lists);
        let slots = HeadSlots::of(&lists);
        for w in lists.concat() {
            assert!(bits.may_hold(h(w)), "{w}");
            assert!(slots.may_hold(h(w)), "{w}");
        }
        assert_eq!(Seen::of(h("according")), Seen::ACCORDING);
        assert_eq!(Seen::of(h("surveys")), Seen::POLL);
        assert_eq!(Seen::of(h("ask")), 0);
    }

    #[test]
    fn every_auxiliary_is_a_boundary_word() {
        // (`Unit::auxiliary` tests the boundary bit before the list.)
        for w in AUXILIARY_WORDS {
            assert!(BOUNDARIES.contains(&w), "{w}");
        }
    }

    #[test]
    fn a_literal_word_is_told_by_its_head_alone() {
        let words = [
            "a",
            "as",
            "said",
            "saidx",
            "announc",
            "announce",
            "announced",
            "announces",
            "announcement",
            "n’t",
            "ab\u{e9}",
            "ab\u{e9}c",
        ];
        for x in words {
            for w in words {
                let lw = || w;
                let (len, h) = (w.len(), head(w.as_bytes()));
                assert_eq!(same_literal(x, len, h, &lw), x == w, "{x} {w}");
                assert_eq!(same(x, len, h, &lw), x == w, "{x} {w}");
            }
        }
    }

    type Row = (
        Pattern,
        Form,
        Stance,
        Option<String>,
        Option<String>,
        String,
        Option<String>,
    );

    /// The row of an asserted attribution with no channel.
    fn asserted(
        pattern: Pattern,
        form: Form,
        source: Option<&str>,
        cue: Option<&str>,
        content: &str,
    ) -> Row {
        (
            pattern,
            form,
            Stance::Asserts,
            source.map(Into::into),
            cue.map(Into::into),
            content.into(),
            None,
        )
    }

    /// Source, cue and content of each attribution of `t`.
    fn said(t: &str) -> Vec<(Option<String>, Option<String>, String)> {
        parse(t).into_iter().map(|r| (r.3, r.4, r.5)).collect()
    }

    /// Assert that `t` makes exactly one attribution, by `source` with `cue`, of `content`.
    fn said_one(t: &str, source: &str, cue: &str, content: &str) {
        assert_eq!(said(t), vec![by(source, cue, content)], "{t}");
    }

    /// A row of [`said`] with a source and a cue.
    fn by(source: &str, cue: &str, content: &str) -> (Option<String>, Option<String>, String) {
        (Some(source.into()), Some(cue.into()), content.into())
    }

    fn parse(t: &str) -> Vec<Row> {
        // The grammar's lexicon: the embedded lists with the closed classes marked.
        let lx = crate::grammar::Grammar::default_en().lexicon;
        let q: Vec<_> = find_quotes(t, 0..t.len())
            .into_iter()
            .map(|q| q.range)
            .collect();
        let toks = tokenize(t, 0, t.len(), &q, &lx);
        let u = Unit::new(&lx, t, &toks, &toks.lower);
        let s = |r: Option<Range<usize>>| r.map(|r| t[r].to_string());
        u.parse()
            .into_iter()
            .map(|a| {
                (
                    a.pattern,
                    a.form,
                    a.stance,
                    s(a.source),
                    s(a.cue),
                    t[a.content].to_string(),
                    s(a.channel),
                )
            })
            .collect()
    }

    #[test]
    fn direct_quote_then_source() {
        let got = parse("“Mr. Putin and Mr. Netanyahu discussed matters,” the Kremlin said without elaborating.");
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].3.as_deref(), Some("the Kremlin"));
        assert_eq!(got[0].5, "“Mr. Putin and Mr. Netanyahu discussed matters,”");
        assert_eq!(got[0].1, Form::Direct);
    }

    #[test]
    fn mixed_content_first() {
        let got = parse(
            "The leaders discussed “a number of subjects,” the prime minister’s office said.",
        );
        assert_eq!(got[0].1, Form::Mixed);
        assert_eq!(got[0].3.as_deref(), Some("the prime minister’s office"));
        assert_eq!(got[0].5, "The leaders discussed “a number of subjects,”");
    }

    #[test]
    fn indirect_with_that_and_channel() {
        let got = parse("Palestinian envoy to Moscow Hafiz Nofal told the TASS news agency earlier this month that Abbas and Putin will discuss the summit.");
        assert_eq!(got.len(), 1);
        assert_eq!(
            got[0].3.as_deref(),
            Some("Palestinian envoy to Moscow Hafiz Nofal")
        );
        assert_eq!(got[0].5, "that Abbas and Putin will discuss the summit");
        assert_eq!(got[0].6.as_deref(), Some("TASS news agency"));
    }

    #[test]
    fn a_relative_that_does_not_open_the_content() {
        let got =
            parse("Trump called for female contestants to wear dresses that showed more cleavage.");
        assert_eq!(got.len(), 1);
        assert_eq!(
            got[0].5,
            "female contestants to wear dresses that showed more cleavage"
        );
        let got = parse("Obama said on Tuesday in an interview with CNN that the deal was done.");
        assert_eq!(got[0].5, "that the deal was done");
    }

    #[test]
    fn trailing_group_source() {
        let got = parse("Netanyahu discussed the peace process in a Wednesday phone call with Putin, Russian officials said.");
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].3.as_deref(), Some("Russian officials"));
        assert_eq!(
            got[0].5,
            "Netanyahu discussed the peace process in a Wednesday phone call with Putin"
        );
    }

    #[test]
    fn denial_and_participle() {
        let got = parse("Netanyahu subsequently denied reports Moscow had told Israel to end airstrikes in Syria, vowing that the IDF would continue attacking weapons convoys.");
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(got[0].2, Stance::Denies);
        assert_eq!(
            got[0].5,
            "Moscow had told Israel to end airstrikes in Syria"
        );
        assert_eq!(got[1].3.as_deref(), Some("Netanyahu"));
        assert_eq!(
            got[1].5,
            "that the IDF would continue attacking weapons convoys"
        );
    }

    #[test]
    fn a_show_title_after_a_possessive_is_no_quotation() {
        let content = |t: &str| parse(t).first().map(|r| r.5.clone());
        for (t, want) in [
            ("“We will win,” the senator told ABC's “Good Morning America.”", "“We will win,”"),
            ("Trump said on NBC's “Meet the Press” that he would win.", "that he would win"),
            ("Clinton told NBC's “Today” show that she would win.", "that she would win"),
            (
                "She told ABC’s “Good Morning America” on Monday the tone of the interview was cordial.",
                "the tone of the interview was cordial",
            ),
            (
                "“It is over,” the independent Vermont senator and Democratic presidential candidate told ABC's “This Week.”",
                "“It is over,”",
            ),
        ] {
            assert_eq!(content(t).as_deref(), Some(want), "{t}");
        }
        // The network and the title are the channel.
        let channel = |t: &str| parse(t).first().and_then(|r| r.6.clone());
        assert_eq!(
            channel("Trump said on NBC's “Meet the Press” that he would win.").as_deref(),
            Some("NBC's “Meet the Press”")
        );
        assert_eq!(
            channel(
                "“We will win,” she said in an interview with Sirius XM's “Breitbart News Daily.”"
            )
            .as_deref(),
            Some("Sirius XM's “Breitbart News Daily.”")
        );
        assert_eq!(
            channel("Clinton told NBC's “Today” show that she would win.").as_deref(),
            Some("NBC's “Today” show")
        );
    }

    #[test]
    fn a_time_after_the_subject_is_no_part_of_the_source() {
        let source = |t: &str| parse(t).first().and_then(|r| r.3.clone());
        for (t, want) in [
            (
                "Sen. Bernie Sanders (I-Vt.) on Saturday said the talks would resume.",
                "Sen. Bernie Sanders (I-Vt.)",
            ),
            (
                "The State Department last week said the talks would resume.",
                "The State Department",
            ),
            (
                "Clinton earlier this month said the talks would resume.",
                "Clinton",
            ),
            (
                "DuPont, only two months later, said the talks would resume.",
                "DuPont",
            ),
            ("A poll released Monday showed Clinton ahead.", "A poll"),
            (
                "A Monmouth poll out Monday showed Clinton ahead.",
                "A Monmouth poll",
            ),
            (
                "Officials in Washington on Tuesday night said the talks would resume.",
                "Officials in Washington",
            ),
            // Kept: a day of its own name, a verb of its own subject, a subject all time.
            (
                "Voters on Super Tuesday said the talks mattered.",
                "Voters on Super Tuesday",
            ),
            (
                "None of the scholars I interviewed this week said the law was clear.",
                "None of the scholars I interviewed",
            ),
        ] {
            assert_eq!(source(t).as_deref(), Some(want), "{t}");
        }
    }

    #[test]
    fn a_poll_is_the_source_of_its_figures() {
        let got = parse("In an NBC News/Wall Street Journal poll released Monday, 50 percent of respondents chose Clinton.");
        assert_eq!(
            got,
            [(
                Pattern::According,
                Form::AccordingTo,
                Stance::Asserts,
                Some("an NBC News/Wall Street Journal poll".into()),
                Some("In".into()),
                "50 percent of respondents chose Clinton".into(),
                None
            )]
        );
        let got = parse("In the new Morning Consult poll, conducted March 11-13, 40 percent of voters backed Sanders.");
        assert_eq!(
            got[0].3.as_deref(),
            Some("the new Morning Consult poll, conducted March 11-13")
        );
        assert_eq!(got[0].5, "40 percent of voters backed Sanders");
        let got = parse("By then, Clinton held a 24-point lead over Obama among black voters in a CNN national poll.");
        assert_eq!(got[0].3.as_deref(), Some("a CNN national poll"));
        assert_eq!(
            got[0].5,
            "Clinton held a 24-point lead over Obama among black voters"
        );
        // A standing in "the polls", a vote, and a poll inside a subject are no sources.
        assert!(parse("Trump has a slight lead in the polls.").is_empty());
        assert!(parse(
            "About 9 in 10 voters in five states going to the polls Tuesday are unhappy."
        )
        .is_empty());
        assert_eq!(
            parse("Most voters in a recent CBS News poll said they liked her.")[0]
                .3
                .as_deref(),
            Some("Most voters in a recent CBS News poll")
        );
    }

    #[test]
    fn according_to_both_ways() {
        let a = parse("According to the ministry, 40 people died.");
        assert_eq!(
            (a[0].3.as_deref(), a[0].5.as_str()),
            (Some("the ministry"), "40 people died")
        );
        let b = parse("Forty people died, according to the ministry.");
        assert_eq!(
            (b[0].3.as_deref(), b[0].5.as_str()),
            (Some("the ministry"), "Forty people died")
        );
        let got = |t: &str| {
            let a = parse(t);
            (a[0].3.clone().unwrap_or_default(), a[0].5.clone())
        };
        let row = |s: &str, c: &str| (s.to_string(), c.to_string());
        assert_eq!(
            got("Clinton leads by 271 delegates according to a count by The Associated Press, but Sanders fights on."),
            row("a count by The Associated Press", "Clinton leads by 271 delegates")
        );
        assert_eq!(
            got(
                "Ferguson had 115 violent crimes — according to the most recent data from the FBI."
            ),
            row(
                "the most recent data from the FBI",
                "Ferguson had 115 violent crimes"
            )
        );
        assert_eq!(
            got("It hasn’t gone unnoticed: According to recent polls, Trump holds 14 percent."),
            row("recent polls", "Trump holds 14 percent")
        );
        assert_eq!(
            got("At the heart of the trouble, according to Dennis Ross, was a decision by Mr. Obama."),
            row(
                "Dennis Ross",
                "At the heart of the trouble, according to Dennis Ross, was a decision by Mr. Obama"
            )
        );
        assert_eq!(
            got("Forty percent came from women, according to an analysis by Crowdpac, a fundraising website."),
            row("an analysis by Crowdpac", "Forty percent came from women")
        );
    }

    #[test]
    fn source_then_quote() {
        let got = parse("Warren said: “You squeezed employees to the breaking point.”");
        assert_eq!(got[0].5, "“You squeezed employees to the breaking point.”");
        assert_eq!(got[0].1, Form::Direct);
    }

    #[test]
    fn a_passive_holds_its_own_clause() {
        let got = parse("So far, Cleveland has raised $57 million for the event, which is expected to draw 50,000 delegates and media.");
        assert_eq!(
            got,
            vec![asserted(
                Pattern::Passive,
                Form::Passive,
                None,
                Some("is expected to"),
                "which is expected to draw 50,000 delegates and media"
            )]
        );
        let got = parse("It is a race that is widely expected to grow more combative as Clinton tries to regain her footing.");
        assert_eq!(got[0].4.as_deref(), Some("widely expected to"));
        assert_eq!(
            got[0].5,
            "that is widely expected to grow more combative as Clinton tries to regain her footing"
        );
    }

    #[test]
    fn a_quotation_after_a_colon_is_all_that_is_said() {
        // (Lamenting holds all of the sentence as its content; the pipeline keeps both.)
        let got = parse("Murphy followed up by lamenting the churn of tasks his job entails, especially fundraising: “There’s just a ton of bullshit with this job,” he said.");
        assert_eq!(
            got[1..],
            vec![asserted(
                Pattern::Final,
                Form::Direct,
                Some("he"),
                Some("said"),
                "“There’s just a ton of bullshit with this job,”"
            )]
        );
    }

    #[test]
    fn a_quotation_with_a_quotation_inside_is_whole() {
        let got = parse("\"They have a problem, because Sanders can say 'I can win anywhere,'\" said Jon Ralston.");
        assert_eq!(
            got,
            vec![asserted(
                Pattern::Inverted,
                Form::Direct,
                Some("Jon Ralston"),
                Some("said"),
                "\"They have a problem, because Sanders can say 'I can win anywhere,'\""
            )]
        );
        let got = parse("“The Democrats have ignored the word ‘urban’ or ‘city’ the entire year,” said Mitchell Moss.");
        assert_eq!(
            got[0].5,
            "“The Democrats have ignored the word ‘urban’ or ‘city’ the entire year,”"
        );
    }

    #[test]
    fn what_leads_up_to_a_source_before_its_quotation_is_not_said() {
        // "Asked …, S said, “Q”", "Of course, S said, “Q”": the quotation alone.
        for (text, source) in [
            (
                "Asked whether he would fire a speechwriter, Priebus said, “Probably.”",
                "Priebus",
            ),
            (
                "Of course, Clinton said, “I didn’t know him that well.”",
                "Clinton",
            ),
            (
                "An economic downturn, he said, “could be a good time to borrow.”",
                "he",
            ),
        ] {
            let got = parse(text);
            let quote = &text[text.find('“').unwrap()..];
            // ("Asked whether …" is an attribution of its own, the question's.)
            assert_eq!(
                got[got.len() - 1..],
                vec![asserted(
                    Pattern::Forward,
                    Form::Direct,
                    Some(source),
                    Some("said"),
                    quote
                )],
                "{text}"
            );
        }
        // A content before the source without a quotation after it stays: "C1, S said, C2".
        let got = parse("The plan, Smith said, will fail.");
        assert_eq!(got[0].5, "The plan, Smith said, will fail");
    }

    #[test]
    fn a_verb_and_a_colon_attribute_the_quotation_after_them() {
        let got = parse("Trump leaned in and boomed: “Let’s defeat her in November.”");
        assert_eq!(
            got,
            vec![asserted(
                Pattern::Forward,
                Form::Direct,
                Some("Trump"),
                Some("leaned in and boomed:"),
                "“Let’s defeat her in November.”"
            )]
        );
        let got = parse("And Mr. Christie gloated: ''I told you he wouldn't be ready.''");
        assert_eq!(
            got,
            vec![asserted(
                Pattern::Forward,
                Form::Direct,
                Some("Mr. Christie"),
                Some("gloated:"),
                "''I told you he wouldn't be ready.''"
            )]
        );
        let got = parse("Then she added a caveat: \"Down the ballot, I'll vote for anyone.\"");
        assert_eq!(got[0].3.as_deref(), Some("she"));
        assert_eq!(got[0].4.as_deref(), Some("added a caveat:"));
        // What stands before the colon must be a subject and its verb.
        for text in [
            "The timing of the surge doesn’t surprise the pollster Daron Shaw: “Historically, they win.”",
            "The scheduling was so odd that a spokesman could only quip: \"I guess Christmas Eve was booked.\"",
            "Isaiah 45:1 reads: “This is what the LORD says.”",
        ] {
            assert!(
                parse(text)
                    .iter()
                    .all(|r| !r.4.as_deref().is_some_and(|c| c.ends_with(':'))),
                "{text}"
            );
        }
    }

    #[test]
    fn a_long_source_or_one_with_an_appositive_may_follow_a_quotation() {
        let got = parse("''We may be seeing wage acceleration,'' the economist Jared Bernstein, a former adviser in the Obama White House, wrote on his blog.");
        let mut want = asserted(
            Pattern::Final,
            Form::Direct,
            Some("the economist Jared Bernstein, a former adviser in the Obama White House"),
            Some("wrote"),
            "''We may be seeing wage acceleration,''",
        );
        want.6 = Some("blog".into());
        assert_eq!(got, vec![want]);
        let got = parse("“Tritium would enable nuclear weapons designs,” nuclear experts David Albright and Serena Kelleher-Vergantini of Washington's Institute for Science and International Security wrote.");
        assert_eq!(
            got[0].3.as_deref(),
            Some("nuclear experts David Albright and Serena Kelleher-Vergantini of Washington's Institute for Science and International Security")
        );
        assert_eq!(got[0].5, "“Tritium would enable nuclear weapons designs,”");
    }

    #[test]
    fn words_that_lead_into_a_quotation_before_an_inverted_cue_are_said_too() {
        let got = parse("Trump's misinformation may be \"strategic,\" said Jeffery Hemsley, an assistant professor at Syracuse University.");
        assert_eq!(
            got,
            vec![asserted(
                Pattern::Inverted,
                Form::Mixed,
                Some("Jeffery Hemsley"),
                Some("said"),
                "Trump's misinformation may be \"strategic,\"",
            )]
        );
        // A doubled apostrophe closes after its comma too.
        let got = parse("However laudable the goal, using the capital gains tax ''is a misguided approach,'' said Mr. Burman.");
        assert_eq!(
            got[0].5,
            "However laudable the goal, using the capital gains tax ''is a misguided approach,''"
        );
        // Not after a colon, nor when the words before hold a cue of their own.
        let got = parse("He had one word for it: \"strategic,\" said Jeffery Hemsley.");
        assert_eq!(got[0].5, "\"strategic,\"");
        let got = parse(
            "Frazier said it was a gesture to highlight \"the hypocrisy,\" said Jeffery Hemsley.",
        );
        assert!(got
            .iter()
            .any(|r| r.5 == "\"the hypocrisy,\"" && r.3.as_deref() == Some("Jeffery Hemsley")));
    }

    #[test]
    fn a_short_capitalised_quotation_is_a_name_and_no_quotation_before_a_cue() {
        // The verb after "Lady Amanita," has its subject before it: no inverted attribution
        // with "that the" for a source.
        let got = parse(
            "Another commenter, \"Lady Amanita,\" claimed that the report is an exaggeration.",
        );
        assert!(
            got.iter().all(|r| r.3.as_deref() != Some("that the")),
            "{got:?}"
        );
        let got = parse("Noah Oppenheim, the NBC executive in charge of ''Today,'' reminded his staff about it.");
        assert!(
            got.iter()
                .all(|r| r.1 != Form::Direct && r.1 != Form::Mixed),
            "{got:?}"
        );
    }

    #[test]
    fn others_alone_and_a_head_before_its_phrase_are_subjects() {
        let got = parse("Although Reynolds disagrees, others argue that Santilli is the reason.");
        assert_eq!(
            got,
            vec![asserted(
                Pattern::Forward,
                Form::Indirect,
                Some("others"),
                Some("argue"),
                "that Santilli is the reason",
            )]
        );
        let got = parse("Indeed, proponents of more controls say there is a direct correlation.");
        assert_eq!(
            got,
            vec![asserted(
                Pattern::Forward,
                Form::Indirect,
                Some("proponents of more controls"),
                Some("say"),
                "there is a direct correlation",
            )]
        );
    }

    #[test]
    fn words_with_their_own_cue_after_a_cues_comma_are_not_its_content() {
        let argue = vec![asserted(
            Pattern::Forward,
            Form::Indirect,
            Some("others"),
            Some("argue"),
            "that Santilli is the reason",
        )];
        for agree in ["agrees", "disagrees"] {
            let got = parse(&format!(
                "Although Reynolds {agree}, others argue that Santilli is the reason."
            ));
            assert_eq!(got, argue, "{agree}");
        }
        let got = parse("Reynolds disagrees, saying that Santilli is the reason.");
        assert_eq!(
            got,
            vec![asserted(
                Pattern::Participle,
                Form::Indirect,
                Some("Reynolds"),
                Some("saying"),
                "that Santilli is the reason",
            )]
        );
    }

    #[test]
    fn a_participle_after_a_comma_may_have_modifiers_before_it() {
        assert_eq!(
            said(
                "The nominee complained about his mic, even suggesting he may have been sabotaged."
            ),
            vec![
                by("The nominee", "complained about", "his mic"),
                by("The nominee", "suggesting", "he may have been sabotaged"),
            ]
        );
        // After an opening preposition too.
        said_one(
            "After initially saying he would not run ads, Sanders changed course.",
            "Sanders",
            "saying",
            "he would not run ads",
        );
    }

    #[test]
    fn a_plural_looking_cue_before_an_object_pronoun_is_the_verb() {
        said_one(
            "Video of the incident shows him with his hands in the air.",
            "Video of the incident",
            "shows",
            "him with his hands in the air",
        );
        // "supporting" is no cue: a noun's modifier far more often than a stance.
        said_one(
            "Many of the Americans supporting Trump say he is honest.",
            "Many of the Americans supporting Trump",
            "say",
            "he is honest",
        );
    }

    #[test]
    fn a_final_cue_takes_a_leading_subordinate_clause_and_an_appositive_source() {
        said_one("While he is running third in most polls, a strong showing could change that, veteran Republicans said.", "veteran Republicans", "said", "While he is running third in most polls, a strong showing could change that");
        // A role and the name after it, after a clause whose verb is not told ("stays").
        said_one(
            "Sanders stays in the race, his top aide, Tad Devine, said.",
            "his top aide, Tad Devine",
            "said",
            "Sanders stays in the race",
        );
        // A name and its appositive after a subordinator.
        said_one("When Mr. Comey, the F.B.I. director, said that the account was safe, experts were skeptical.", "Mr. Comey, the F.B.I. director", "said", "that the account was safe");
    }

    #[test]
    fn shares_before_a_head_noun_and_quantities_after_a_cue() {
        // A share before the head noun: "voters", not "4", is what "want" agrees with.
        said_one("Only about 4 in 10 Republican voters in each state want all immigrants to be deported.", "about 4 in 10 Republican voters in each state", "want", "all immigrants to be deported");
        // "the" and a capital before an appositive.
        said_one("Last month, the Independent, a British newspaper, revealed that the clothing was made in Vietnam.", "the Independent, a British newspaper", "revealed", "that the clothing was made in Vietnam");
        // "about" a quantity opens a clause, not an adjunct: the relative clause says
        // what follows, not the quotation before.
        assert_eq!(
            said("“We chase absentee requests,” said Borges, who predicted about one-third of the vote will be cast early."),
            vec![
                by("Borges", "said", "“We chase absentee requests,”"),
                by(
                    "who",
                    "predicted about",
                    "one-third of the vote will be cast early"
                ),
            ]
        );
    }

    #[test]
    fn the_object_before_an_infinitive_cue_says_it() {
        said_one(
            "Scenes of mayhem could allow him to call for law and order.",
            "him",
            "call for",
            "law and order",
        );
        said_one(
            "Fiorina left, leaving some to question whether she was right.",
            "some",
            "question",
            "whether she was right",
        );
    }

    #[test]
    fn the_one_spoken_to_is_no_part_of_the_content() {
        said_one(
            "She explained to reporters that the plan failed.",
            "She",
            "explained",
            "that the plan failed",
        );
        said_one(
            "Obama made the case to 23 progressive group leaders that he did not sell them out.",
            "Obama",
            "made the case",
            "that he did not sell them out",
        );
        // An infinitive is no one spoken to.
        said_one(
            "I also wanted to address the judge's concern that I was not contrite.",
            "I",
            "wanted",
            "to address the judge's concern that I was not contrite",
        );
    }

    #[test]
    fn a_base_form_after_a_quantifier_before_a_source_noun_is_a_noun() {
        said_one(
            "Some state officials praised his work.",
            "Some state officials",
            "praised",
            "his work",
        );
        // Before a clause it is the verb.
        said_one(
            "Some state that the plan failed.",
            "Some",
            "state",
            "that the plan failed",
        );
    }

    #[test]
    fn a_participle_after_a_channel_object_speaks_for_the_subject() {
        said_one(
            "He released a statement saying that Scalia was a remarkable person.",
            "He",
            "saying",
            "that Scalia was a remarkable person",
        );
        said_one(
            "After the attacks, Trump released a new radio ad calling it dangerous.",
            "Trump",
            "calling",
            "it dangerous",
        );
    }

    #[test]
    fn a_participle_in_an_opening_phrase_ends_at_its_comma() {
        assert_eq!(
            said("In a statement announcing the pick, the union called Clinton a “champion” for its members."),
            vec![
                by("a statement", "announcing", "the pick"),
                by("the union", "called", "Clinton a “champion” for its members"),
            ]
        );
    }

    #[test]
    fn the_occasion_after_an_object_is_no_part_of_it() {
        said_one(
            "Justice Frank Nervo rejected that argument in a ruling released Thursday.",
            "Justice Frank Nervo",
            "rejected",
            "that argument",
        );
        said_one(
            "Abby Martin had previously denounced the annexation in an on-air diatribe.",
            "Abby Martin",
            "denounced",
            "the annexation",
        );
        // "in the event of" is no occasion.
        said_one(
            "Hannity discussed a walkout in the event of his ouster.",
            "Hannity",
            "discussed",
            "a walkout in the event of his ouster",
        );
    }

    #[test]
    fn a_noun_of_stance_and_its_preposition_go_with_the_cue() {
        let got = parse("Younger black voters have expressed deep misgivings about Mrs. Clinton.");
        assert_eq!(
            got,
            vec![asserted(
                Pattern::Forward,
                Form::Indirect,
                Some("Younger black voters"),
                Some("expressed deep misgivings about"),
                "Mrs. Clinton",
            )]
        );
        // Not after other cues ("reiterated his support for Mr. Trump": the support is what
        // he reiterated), nor across a clause ("said they had no opinion of him").
        assert_eq!(
            said("Ryan reiterated his support for Mr. Trump."),
            vec![by("Ryan", "reiterated", "his support for Mr. Trump")]
        );
        assert_eq!(
            said("Most voters said they had no opinion of him."),
            vec![by("Most voters", "said", "they had no opinion of him")]
        );
    }

    #[test]
    fn and_within_the_phrase_after_a_source_noun_is_part_of_the_subject() {
        let got = parse("Experts on North Korea and nuclear nonproliferation said the latest test could change that.");
        assert_eq!(
            got,
            vec![asserted(
                Pattern::Forward,
                Form::Indirect,
                Some("Experts on North Korea and nuclear nonproliferation"),
                Some("said"),
                "the latest test could change that",
            )]
        );
        // A video or a polling average shows as a poll does.
        let got = parse("The Gallup average shows Clinton leading Trump.");
        assert_eq!(got[0].3.as_deref(), Some("The Gallup average"));
        assert_eq!(got[0].5, "Clinton leading Trump");
    }

    #[test]
    fn a_few_words_without_a_verb_before_the_subject_are_no_content() {
        let got = parse("Earlier this week, the president proposed nearly $1 billion in funds.");
        assert_eq!(
            got,
            vec![asserted(
                Pattern::Forward,
                Form::Indirect,
                Some("the president"),
                Some("proposed"),
                "nearly $1 billion in funds",
            )]
        );
        let got =
            parse("Like President Obama, I believe in the good sense of the American people.");
        assert_eq!(got[0].5, "in the good sense of the American people");
        // A content with a verb, or a cue closing the unit, is as it was.
        let got = parse("No way, she said.");
        assert_eq!(got[0].5, "No way");
    }

    #[test]
    fn a_hyphen_between_two_words_is_no_dash() {
        let got =
            parse("He promised to build a wall along the U.S.-Mexico border and deport millions.");
        assert_eq!(
            got[0].5,
            "to build a wall along the U.S.-Mexico border and deport millions"
        );
        // A hyphen with a space around it still ends the content.
        let got = parse("He said it was over - and that he would leave.");
        assert_eq!(got[0].5, "it was over");
    }

    #[test]
    fn what_is_called_ends_with_its_quoted_label() {
        let got = parse("President Obama called inversions \"unpatriotic,\" and his administration has made a major effort to crack down.");
        assert_eq!(
            got,
            vec![asserted(
                Pattern::Forward,
                Form::Mixed,
                Some("President Obama"),
                Some("called"),
                "inversions \"unpatriotic,\"",
            )]
        );
        // A list of labels goes on.
        let got = parse("Trump called the senator a \"nasty guy,\" an \"anchor baby,\" \"unstable\" and \"sick.\"");
        assert_eq!(
            got[0].5,
            "the senator a \"nasty guy,\" an \"anchor baby,\" \"unstable\" and \"sick.\""
        );
        // A participle after a quotation is no inverted cue: no source "it of".
        let got = parse("He has called China ''provocative and expansionist,'' accusing it of ''creating a Great Wall of sand.''");
        assert!(
            got.iter().all(|r| r.3.as_deref() != Some("it of")),
            "{got:?}"
        );
    }

    #[test]
    fn a_headline_role_without_an_article_says() {
        let got = parse("Her fate hinges on Obama's popularity, analyst says.");
        assert_eq!(
            got,
            vec![asserted(
                Pattern::Final,
                Form::Indirect,
                Some("analyst"),
                Some("says"),
                "Her fate hinges on Obama's popularity",
            )]
        );
    }

    #[test]
    fn what_someone_was_asked_is_said_with_no_source() {
        let got = parse("At a town hall, Clinton was asked about securing the border.");
        let rows: Vec<_> = got
            .iter()
            .map(|r| (r.3.as_deref(), r.4.as_deref(), r.5.as_str()))
            .collect();
        assert_eq!(rows, [(None, Some("asked"), "securing the border")]);
        let got = parse("Marco Rubio was asked to name a single achievement.");
        assert_eq!(got[0].5, "to name a single achievement");
        let got = parse("Trump was asked, “What’s the most dangerous place you’ve been to?”");
        assert_eq!(
            got[0].5,
            "“What’s the most dangerous place you’ve been to?”"
        );
        // The one who asked, when named, is the source.
        let got = parse("Sanders was asked by host John Dickerson whether his aim was similar.");
        assert_eq!(got[0].3.as_deref(), Some("host John Dickerson"));
        assert_eq!(got[0].5, "whether his aim was similar");
    }

    #[test]
    fn a_cue_in_the_passive_has_its_agent_for_source() {
        let got = parse("Donald Trump, meanwhile, is supported by far fewer publications.");
        assert_eq!(
            got,
            vec![asserted(
                Pattern::Passive,
                Form::Passive,
                Some("far fewer publications"),
                Some("supported by"),
                "Donald Trump",
            )]
        );
        // The complement after the agent is content too (the attribution is its gap).
        let got = parse("Trump has been criticized by some of his rivals for failing to campaign.");
        assert_eq!(got[0].3.as_deref(), Some("some of his rivals"));
        assert_eq!(
            got[0].5,
            "Trump has been criticized by some of his rivals for failing to campaign"
        );
        // A relative word alone, or a verb that reports no one's words, is none.
        assert!(
            parse("They fought the attacks, which were claimed by the Islamic State.")
                .iter()
                .all(|r| r.1 != Form::Passive)
        );
        assert!(parse("Its good works will be continued by the Gates Foundation.").is_empty());
    }

    #[test]
    fn attacking_someone_is_a_stance_and_attacks_are_a_noun() {
        let got = parse("Chris Christie attacked Rubio for not answering the question.");
        assert_eq!(
            got,
            vec![asserted(
                Pattern::Forward,
                Form::Indirect,
                Some("Chris Christie"),
                Some("attacked"),
                "Rubio for not answering the question",
            )]
        );
        assert!(parse("The Paris terror attacks highlight the threat.")
            .iter()
            .all(|r| r.4.as_deref() != Some("attacks")));
        // An armed attack is no stance (the sample article's trap).
        assert!(parse("Israel is attacking Iranian targets in Syria.").is_empty());
    }

    #[test]
    fn cues_of_stance_take_objects() {
        // (sentence, source, cue, content) of the one attribution each sentence holds.
        let cases = [
            (
                "Ben Carson suggested rallying NATO and Middle Eastern allies.",
                "Ben Carson",
                "suggested",
                "rallying NATO and Middle Eastern allies",
            ),
            (
                "Chris Christie questioned his depth and experience.",
                "Chris Christie",
                "questioned",
                "his depth and experience",
            ),
            (
                "Other Republicans echoed those comments.",
                "Other Republicans",
                "echoed",
                "those comments",
            ),
            (
                "Several senior Democrats compared her dilemma to that of Al Gore.",
                "Several senior Democrats",
                "compared",
                "her dilemma to that of Al Gore",
            ),
            (
                "Voters view Mrs. Clinton as vastly more prepared for the job.",
                "Voters",
                "view",
                "Mrs. Clinton as vastly more prepared for the job",
            ),
            (
                "The Ohio governor ignored South Carolina.",
                "The Ohio governor",
                "ignored",
                "South Carolina",
            ),
            (
                "Republican senators vowed to block Mr. Obama's nominee.",
                "Republican senators",
                "vowed to block",
                "Mr. Obama's nominee",
            ),
            (
                "Reince Priebus pushed back on those charges.",
                "Reince Priebus",
                "pushed back on",
                "those charges",
            ),
            (
                "Bernie Sanders ponders his next moves.",
                "Bernie Sanders",
                "ponders",
                "his next moves",
            ),
            (
                "Many voters across party lines shrugged off the decision.",
                "Many voters across party lines",
                "shrugged off",
                "the decision",
            ),
        ];
        for (t, source, cue, content) in cases {
            let got: Vec<_> = parse(t).into_iter().map(|r| (r.3, r.4, r.5)).collect();
            assert_eq!(
                got,
                [(Some(source.into()), Some(cue.into()), content.into())],
                "{t}"
            );
        }
        // Not the nouns ("views", "advocates", "details"), nor a comparison of figures.
        for t in [
            "Her nuanced views about free trade are a harder sell.",
            "Turnout rose 123 percent compared with the same period in 2012.",
            "Future leaks of party emails might contain fake information.",
        ] {
            assert_eq!(parse(t), vec![], "{t}");
        }
        for t in [
            "Other refugee advocates said the government should go further.",
            "The updated version includes new details about his finances.",
        ] {
            let cues: Vec<_> = parse(t).into_iter().filter_map(|r| r.4).collect();
            assert!(cues.iter().all(|c| c == "said"), "{t}: {cues:?}");
        }
    }

    #[test]
    fn what_is_revealed_may_be_an_object() {
        let got = parse("CNN exit poll data revealed deep anxiety over the nation's economy.");
        assert_eq!(
            got,
            vec![asserted(
                Pattern::Forward,
                Form::Indirect,
                Some("CNN exit poll data"),
                Some("revealed"),
                "deep anxiety over the nation's economy",
            )]
        );
    }

    #[test]
    fn a_title_in_quotation_marks_after_told_is_its_object() {
        let got = parse("\"Of course Bill Clinton’s fair game. He’s a former president,\" Fiorina told \"Fox and Friends,\" reminding the co-hosts that Trump has denounced Bush.");
        let rows: Vec<_> = got.iter().map(|r| (r.4.as_deref(), r.5.as_str())).collect();
        assert_eq!(
            rows,
            [
                (
                    Some("told"),
                    "\"Of course Bill Clinton’s fair game. He’s a former president,\""
                ),
                (Some("reminding"), "that Trump has denounced Bush")
            ]
        );
    }

    #[test]
    fn a_demonstrative_object_and_a_denied_object_end_before_an_adjunct() {
        // "that assignment" is an object, not a that-clause.
        let got = parse("Smith declined that assignment and has since left the network.");
        assert_eq!(got[0].5, "that assignment");
        let got = parse("Bernie Sanders echoed that promise on Monday.");
        assert_eq!(got[0].5, "that promise");
        // A denial of an object ends as other objects do; of a clause, it does not.
        let got = parse("Lolita Grayson denied the charges and counter-accused her of battery.");
        assert_eq!(got[0].5, "the charges");
        let got = parse("Grayson denied that she hit him and left.");
        assert_eq!(got[0].5, "that she hit him and left");
    }

    #[test]
    fn a_negated_auxiliary_is_no_part_of_the_source() {
        for (text, source) in [
            (
                "Trump isn’t saying what other techniques he would support.",
                "Trump",
            ),
            (
                "The candidates aren't offering specifics.",
                "The candidates",
            ),
            ("I can't say my own Twitter use has been prolific.", "I"),
        ] {
            assert_eq!(parse(text)[0].3.as_deref(), Some(source), "{text}");
        }
    }

    #[test]
    fn an_absolute_clause_and_an_occasion_close_the_content() {
        let got = parse("Republicans who agree that the prison should be closed were irritated about the lack of detail, with Sen. John McCain calling it a “Chinese menu.”");
        let cues: Vec<_> = got.iter().map(|r| (r.4.as_deref(), r.5.as_str())).collect();
        assert_eq!(
            cues,
            [
                (
                    Some("agree"),
                    "that the prison should be closed were irritated about the lack of detail"
                ),
                (Some("calling"), "it a “Chinese menu.”")
            ]
        );
        let got = parse("Bill Clinton criticized the Affordable Care Act as a “crazy system” during a campaign stop in Flint, Mich.");
        assert_eq!(got[0].5, "the Affordable Care Act as a “crazy system”");
    }

    #[test]
    fn a_cue_in_an_infinitive_takes_in_the_verb_before() {
        let got = parse("Trump refused to say whether he would accept the result.");
        assert_eq!(
            got,
            vec![asserted(
                Pattern::Participle,
                Form::Indirect,
                Some("Trump"),
                Some("refused to say"),
                "whether he would accept the result"
            )]
        );
        let got = parse("He went on to say that the deal was dead.");
        assert_eq!(got[0].4.as_deref(), Some("went on to say"));
        assert_eq!(got[0].5, "that the deal was dead");
        let got = parse(
            "Small groups of protesters continued to call for more information about the shooting.",
        );
        assert_eq!(got[0].3.as_deref(), Some("Small groups of protesters"));
        assert_eq!(got[0].4.as_deref(), Some("continued to call for"));
        let got = parse("Though he’s heralded plans to go after carried interest, he left.");
        assert!(
            got.iter()
                .all(|r| r.4.as_deref() != Some("plans to go after")),
            "{got:?}"
        );
        let got = parse("It is a super PAC that intends to hammer Clinton with negative ads.");
        assert_eq!(got[0].4.as_deref(), Some("intends to hammer"));
        let got =
            parse("The company refused to confirm or deny the report that it is buying Path.");
        assert_eq!(got[0].4.as_deref(), Some("refused to confirm or deny"));
        assert_eq!(got[0].5, "the report that it is buying Path");
        // A purpose is the subject's, as PolNeAR reads it.
        assert_eq!(
            said("European leaders gathered Friday to discuss the crisis."),
            [by("European leaders", "discuss", "the crisis")]
        );
    }

    #[test]
    fn to_show_up_is_no_evidence_and_points_are_no_pointing() {
        assert_eq!(
            parse("It raised its forecast by 0.1 percentage points to 1.8 percent."),
            []
        );
        assert_eq!(
            parse("Workers would end up better off because the extra money would show up in their paychecks."),
            []
        );
    }

    #[test]
    fn a_comparison_or_an_as_clause_closes_the_content() {
        let got = parse("Seventy-four percent of Democrats say they have a favorable view of Clinton, compared with 64 percent who say the same of Sanders.");
        assert_eq!(got[0].5, "they have a favorable view of Clinton");
        let got = parse(
            "Abe said the launch was unacceptable, as Pyongyang fired three missiles into the sea.",
        );
        assert_eq!(got[0].5, "the launch was unacceptable");
    }

    #[test]
    fn manners_of_speaking_need_a_quotation_or_clause() {
        let got = parse("“Go back to Univision,” Trump barked.");
        assert_eq!(
            got,
            vec![asserted(
                Pattern::Final,
                Form::Direct,
                Some("Trump"),
                Some("barked"),
                "“Go back to Univision,”"
            )]
        );
        assert_eq!(
            parse("Stocks snapped a five-day losing streak on Monday."),
            []
        );
        assert_eq!(
            parse("Iowa: Tim Albrecht, Brad Anderson, Christopher Rants, Jeff Boeyink."),
            []
        );
    }

    #[test]
    fn a_quantifier_after_its_noun_is_no_subject() {
        let got = parse("Donald J. Trump and Senator Bernie Sanders have both argued that workers have lost jobs.");
        assert_eq!(
            got[0].3.as_deref(),
            Some("Donald J. Trump and Senator Bernie Sanders")
        );
        let got = parse(
            "Republican establishment figures both suggested that the speechwriter be fired.",
        );
        assert_eq!(
            got[0].3.as_deref(),
            Some("Republican establishment figures")
        );
        assert_eq!(got[0].5, "that the speechwriter be fired");
    }

    #[test]
    fn a_medial_attribution_may_hold_adjuncts() {
        let t = "\"I think Lester Holt will be very fair,\" Trump said during a rally in Kenansville, N.C., \"but a lot of people are going to be watching.\"";
        let got = parse(t);
        assert_eq!(got[0].4.as_deref(), Some("said"));
        assert_eq!(got[0].5, t);
        assert_eq!(got[0].1, Form::Direct);
        let t = "\"The risk,\" said Edward Leamer, an economist at the UCLA Anderson Forecast, \"is that we attract workers.\"";
        assert_eq!(parse(t)[0].5, t);
        // Not past a clause of its own: "that" or another cue.
        let got =
            parse("\"It is over,\" Trump said after aides told him that, \"and we move on.\"");
        assert_eq!(got[0].5, "\"It is over,\"");
    }

    #[test]
    fn a_cue_word_after_of_is_a_noun_of_the_subject() {
        let got = parse("The former secretary of state said the U.S. needed more airstrikes.");
        assert_eq!(got[0].3.as_deref(), Some("The former secretary of state"));
        assert_eq!(got[0].4.as_deref(), Some("said"));
    }

    #[test]
    fn a_second_complement_after_a_time() {
        let got = parse("Trump called Mr. Obama's remarks on Saturday \"a true wake-up call\" to his supporters.");
        assert_eq!(
            got[0].5,
            "Mr. Obama's remarks on Saturday \"a true wake-up call\" to his supporters"
        );
        let got = parse("Trump praised the plan on Saturday at a rally in Ohio.");
        assert_eq!(got[0].5, "the plan");
    }

    #[test]
    fn a_new_subject_with_its_own_cue_after_and_closes_the_content() {
        let got = parse("Republicans said they're increasingly convinced the Justice Department mishandled the investigation and Democrats accused the GOP of stoking the issue.");
        let cues: Vec<_> = got.iter().map(|r| (r.4.as_deref(), r.5.as_str())).collect();
        assert_eq!(
            cues,
            [
                (
                    Some("said"),
                    "they're increasingly convinced the Justice Department mishandled the investigation"
                ),
                (Some("accused"), "the GOP of stoking the issue")
            ]
        );
        // "and that …" goes on with what was said.
        let got = parse("Police said witnesses saw a gun and that one was found nearby.");
        assert_eq!(got.len(), 1);
        assert_eq!(
            got[0].5,
            "witnesses saw a gun and that one was found nearby"
        );
    }

    #[test]
    fn a_month_after_an_object_is_no_part_of_it() {
        let got = parse("The CORE Teachers endorsed Sanders in February and organized for him.");
        assert_eq!(got[0].5, "Sanders");
        let got = parse("Lazar pleaded guilty in July 2010 to illegal lobbying.");
        assert_eq!(got[0].5, "guilty in July 2010 to illegal lobbying");
        let got = parse("The survey showed support for Trump rising from 11 percent in April to 19 percent in August.");
        assert_eq!(
            got[0].5,
            "support for Trump rising from 11 percent in April to 19 percent in August"
        );
    }

    #[test]
    fn a_quotation_after_but_goes_on_with_what_was_said() {
        let got = parse("“You know, I love Larry,” he said, but “when it comes to energy issues, Larry has a history.”");
        assert_eq!(got.len(), 1);
        assert_eq!((got[0].0, got[0].1), (Pattern::Final, Form::Direct));
        assert_eq!(
            got[0].5,
            "“You know, I love Larry,” he said, but “when it comes to energy issues, Larry has a history.”"
        );
        let got = parse("Zimmerman said he had received offers for the gun, but “the offers were to use the gun in a fashion I did not like.”");
        assert_eq!(
            got[0].5,
            "he had received offers for the gun, but “the offers were to use the gun in a fashion I did not like.”"
        );
        // Another source's quotation after "but" is its own.
        let got =
            parse("Zimmerman said he had received offers, but his lawyer said “nothing was sold.”");
        assert_eq!(got[0].5, "he had received offers");
    }

    #[test]
    fn someone_is_a_subject_and_a_comma_closes_a_relative_clause_before_one() {
        let got = parse("Then someone asked how Clinton could inspire young people.");
        assert_eq!(
            (got[0].3.as_deref(), got[0].5.as_str()),
            (Some("someone"), "how Clinton could inspire young people")
        );
        let got = parse("Rubio suggested that someone who doesn't answer questions can't be president, while Cruz said that the stakes are too high.");
        let rows: Vec<_> = got.iter().map(|r| (r.3.as_deref(), r.5.as_str())).collect();
        assert_eq!(
            rows,
            [
                (
                    Some("Rubio"),
                    "that someone who doesn't answer questions can't be president"
                ),
                (Some("Cruz"), "that the stakes are too high")
            ]
        );
    }

    #[test]
    fn the_next_participle_of_a_series_is_a_cue_of_the_same_subject() {
        let got = parse("The tycoon entered the race with harsh words about Mexican immigrants, calling them rapists and vowing to make Mexico pay for a border wall.");
        let rows: Vec<_> = got
            .iter()
            .map(|r| (r.3.as_deref(), r.4.as_deref(), r.5.as_str()))
            .collect();
        assert_eq!(
            rows,
            [
                (Some("The tycoon"), Some("calling"), "them rapists"),
                (
                    Some("The tycoon"),
                    Some("vowing"),
                    "to make Mexico pay for a border wall"
                )
            ]
        );
        // A series of gerunds that is the subject says nothing.
        let got = parse("Enacting dominance over others, rather than celebrating difference, cooperating and finding what we have in common, is the most destructive way forward.");
        assert_eq!(got, []);
    }

    #[test]
    fn another_and_two_plural_nouns_of_people_are_subjects() {
        assert_eq!(
            said("Yet another said, “Rubio is in a five-person battle with Bush.”"),
            [by(
                "another",
                "said",
                "“Rubio is in a five-person battle with Bush.”"
            )]
        );
        assert_eq!(
            said("The plan is dead, teachers and union officials told POLITICO."),
            [by(
                "teachers and union officials",
                "told",
                "The plan is dead"
            )]
        );
    }

    #[test]
    fn an_adjunct_clause_after_the_object_of_tell_is_no_content() {
        assert_eq!(
            said("This is not about me, President Obama told his closest advisers as he labored over the speech."),
            [by("President Obama", "told", "This is not about me")]
        );
        // A that-clause after the adjunct is the content.
        assert_eq!(
            said("Obama told his advisers during a meeting that the speech was ready."),
            [by("Obama", "told", "that the speech was ready")]
        );
    }

    #[test]
    fn an_adverb_may_stand_between_be_and_a_passive_cue() {
        assert_eq!(
            said("O’Malley’s move was first reported by MSNBC."),
            [by("MSNBC", "reported by", "O’Malley’s move")]
        );
    }

    #[test]
    fn an_aside_between_dashes_may_follow_a_name_after_a_comma() {
        assert_eq!(
            said("On Friday, Gingrich — mentioned by Newsmax as the leading choice — told Newsmax that the plan is dead."),
            [by("Gingrich", "told", "that the plan is dead")]
        );
    }

    #[test]
    fn a_subject_and_its_cue_after_an_aside_between_dashes_close_the_content() {
        assert_eq!(
            said("Clinton noted that Trump has not paid anything ― as was true for a few years ― Trump boasted, “That makes me smart.”"),
            [
                by("Clinton", "noted", "that Trump has not paid anything"),
                by("Trump", "boasted", "“That makes me smart.”")
            ]
        );
        // An aside whose words merely hold a name and a verb goes on.
        assert_eq!(
            said("He said that the obliteration — a word used by several observers — Johnson spoke of was changing attitudes."),
            [by(
                "He",
                "said",
                "that the obliteration — a word used by several observers — Johnson spoke of was changing attitudes"
            )]
        );
    }

    #[test]
    fn a_relative_clause_within_a_subject_ends_before_the_next_verb_or_a_comma() {
        assert_eq!(
            said("Republicans who have praised his candidacy have little to say."),
            [by("Republicans who", "praised", "his candidacy")]
        );
        assert_eq!(
            said("Radicals who wanted to reshape the financial system, centrists who wanted a break from the Bush years, and others joined."),
            [
                by("Radicals who", "wanted", "to reshape the financial system"),
                by("centrists who", "wanted", "a break from the Bush years")
            ]
        );
        // What is said may be a clause with a verb of its own.
        assert_eq!(
            said("People who said they would vote for Trump were happy."),
            [by(
                "People who",
                "said",
                "they would vote for Trump were happy"
            )]
        );
    }

    #[test]
    fn a_progressive_before_to_is_no_passive() {
        assert_eq!(
            said("Hillary Clinton is promising to help mining communities."),
            [by(
                "Hillary Clinton",
                "promising",
                "to help mining communities"
            )]
        );
        // "is said to" stays the passive pattern's.
        assert_eq!(
            said("Clinton is said to favor the plan."),
            [(
                None,
                Some("is said to".into()),
                "Clinton is said to favor the plan".into()
            )]
        );
    }

    #[test]
    fn two_plurals_joined_by_and_are_one_subject() {
        assert_eq!(
            said("Companies and individuals complain bitterly that taxes are too high."),
            [by(
                "Companies and individuals",
                "complain",
                "that taxes are too high"
            )]
        );
        assert_eq!(
            said("Regulators and environmental groups worried that the deal would fail."),
            [by(
                "Regulators and environmental groups",
                "worried",
                "that the deal would fail"
            )]
        );
    }

    #[test]
    fn a_quantifier_after_a_party_in_parentheses_is_passed_over() {
        assert_eq!(
            said("Sherrod Brown (D-Ohio) and Robert Menendez (D-N.J.) all suggested that the claims were grounds for a case."),
            [by(
                "Robert Menendez (D-N.J.)",
                "suggested",
                "that the claims were grounds for a case"
            )]
        );
    }

    #[test]
    fn an_adjective_of_stance_after_be_is_no_passive() {
        assert_eq!(
            said("Graham has been critical of Trump since the primary began."),
            [by("Graham", "critical of", "Trump")]
        );
        assert_eq!(
            said("Voters are wary of the plan, the poll found."),
            [by("the poll", "found", "Voters are wary of the plan")]
        );
        assert_eq!(
            said("He is confident that the deal will pass."),
            [by("He", "confident that", "the deal will pass")]
        );
    }

    #[test]
    fn idioms_of_stance_are_cues_in_all_their_forms() {
        assert_eq!(
            said("Clinton took issue with the plan."),
            [by("Clinton", "took issue with", "the plan")]
        );
        assert_eq!(
            said("Trump makes no secret of his admiration for Putin."),
            [by(
                "Trump",
                "makes no secret of",
                "his admiration for Putin"
            )]
        );
    }

    #[test]
    fn a_base_form_cue_takes_a_coordinated_subject() {
        assert_eq!(
            said("China and Russia support the government."),
            [by("China and Russia", "support", "the government")]
        );
        assert_eq!(
            said("The upturn would benefit Democrats, who want to keep the White House."),
            [by("who", "want", "to keep the White House")]
        );
        // A singular noun before a base form is still a compound: "the tax plan".
        assert_eq!(said("The tax plan failed."), []);
    }

    #[test]
    fn a_noun_of_a_role_after_be_is_a_cue_of_its_subject() {
        assert_eq!(
            said("Smith is a fervent supporter of the plan."),
            [by("Smith", "supporter of", "the plan")]
        );
        assert_eq!(
            said("Smith has been a dogged defender of the law."),
            [by("Smith", "defender of", "the law")]
        );
    }

    #[test]
    fn a_plural_before_a_finite_verb_of_saying_is_a_subject() {
        assert_eq!(
            said("It was a game in which companies said that the plan failed."),
            [by("companies", "said", "that the plan failed")]
        );
        assert_eq!(
            said("Despite that, independent analyses agree the plan failed."),
            [by("independent analyses", "agree", "the plan failed")]
        );
        // Not a participle after its noun.
        assert_eq!(
            said("It was a spike in which laws proposed during the Nixon years mattered."),
            []
        );
    }

    #[test]
    fn a_share_of_a_relative_whom_is_a_subject() {
        assert_eq!(
            said("They met the victims, many of whom say the claims are unfounded."),
            [by("many of whom", "say", "the claims are unfounded")]
        );
    }

    #[test]
    fn no_one_and_a_leading_one_are_subjects() {
        assert_eq!(
            said("No one expected a full 90 minutes of policy."),
            [by("No one", "expected", "a full 90 minutes of policy")]
        );
        assert_eq!(
            said("One says China has the most, while another says the United States does."),
            [
                by("One", "says", "China has the most"),
                by("another", "says", "the United States does")
            ]
        );
    }

    #[test]
    fn a_hyphen_between_spaces_is_a_dash() {
        assert_eq!(
            said("Donald Trump - who previously said he would win - said at a rally that the borders should close."),
            [
                by("who", "said", "he would win"),
                by("Donald Trump", "said", "that the borders should close")
            ]
        );
        // Not a hyphen within a word.
        assert_eq!(
            said("The front-runner said that the borders should close."),
            [by(
                "The front-runner",
                "said",
                "that the borders should close"
            )]
        );
    }

    #[test]
    fn a_coordinated_verb_after_a_clause_goes_on_with_the_clause() {
        assert_eq!(
            said("He said he was alarmed by the images and wanted to see for himself what it was like."),
            [by(
                "He",
                "said",
                "he was alarmed by the images and wanted to see for himself what it was like"
            )]
        );
        assert_eq!(
            said("She said she could not support Trump but understood why people did."),
            [by(
                "She",
                "said",
                "she could not support Trump but understood why people did"
            )]
        );
        // A verb of saying starts its own attribution.
        assert_eq!(
            said("He said he was tired and added that he would leave."),
            [
                by("He", "said", "he was tired"),
                by("He", "added", "that he would leave")
            ]
        );
    }

    #[test]
    fn a_coordinated_cue_after_a_short_content_starts_its_own() {
        assert_eq!(
            said("Trump praised the plan and said it would pass."),
            [
                by("Trump", "praised", "the plan"),
                by("Trump", "said", "it would pass")
            ]
        );
    }

    #[test]
    fn emailed_is_a_cue_of_writing_and_emails_a_noun() {
        assert_eq!(
            said("A spokesman emailed that the senator had no comment."),
            [by(
                "A spokesman",
                "emailed",
                "that the senator had no comment"
            )]
        );
        assert_eq!(
            said("In an email, he said her emails were deleted."),
            [by("he", "said", "her emails were deleted")]
        );
    }

    #[test]
    fn which_alone_before_a_cue_is_its_subject() {
        assert_eq!(
            said("They turned to the police department, which reported that 2,521 shootings happened."),
            [by("which", "reported", "that 2,521 shootings happened")]
        );
        // What the relative pronoun says follows it: nothing before it is its content.
        assert_eq!(
            said("He lost the state, which suggests that the plan failed."),
            [by("which", "suggests", "that the plan failed")]
        );
    }

    #[test]
    fn what_is_reported_may_be_a_gerund() {
        let got = parse("A new super PAC has reported spending $1.8 million on direct mail.");
        assert_eq!(
            (got[0].4.as_deref(), got[0].5.as_str()),
            (Some("reported"), "spending $1.8 million on direct mail")
        );
        // Other cues that need a clause still do.
        assert_eq!(parse("The senator maintains a presence in Iowa."), []);
    }

    #[test]
    fn an_infinitive_of_purpose_says_what_its_clause_subject_says() {
        assert_eq!(
            said("He went out of his way to say that Russia's economy had hit bottom."),
            [by("He", "say", "that Russia's economy had hit bottom")]
        );
        assert_eq!(
            said("Clinton took to Twitter to say: “Thank you, Nevada.”"),
            [by("Clinton", "say", "“Thank you, Nevada.”")]
        );
        assert_eq!(
            said("Democratic insiders were more likely to say Clinton still has a shot."),
            [by("Democratic insiders", "say", "Clinton still has a shot")]
        );
        // No subject of its own.
        assert_eq!(said("It is fair to say that the plan failed."), []);
        // An object, too.
        assert_eq!(
            said("Trump took to Twitter overnight to accuse Clinton's campaign of being duped."),
            [by("Trump", "accuse", "Clinton's campaign of being duped")]
        );
        // Not a noun's infinitive: "things to say about".
        assert_eq!(
            said("Arroyo has nothing but positive things to say about his job."),
            []
        );
    }

    #[test]
    fn a_relative_clause_ends_at_its_comma() {
        let got = parse("Collins, who had endorsed Jeb Bush in the GOP race, represents one of the most conservative districts.");
        assert_eq!(
            (got[0].3.as_deref(), got[0].5.as_str()),
            (Some("who"), "Jeb Bush in the GOP race")
        );
        // A that-clause goes on past a comma of its own.
        let got = parse("He met Smith, who said that the plan, which failed, was good.");
        assert_eq!(got[0].5, "that the plan, which failed, was good");
    }

    #[test]
    fn as_the_source_put_it_attributes_what_stands_beside_it() {
        // After the content: "as" between the comma and the subject.
        assert_eq!(
            said("It also does not answer whether Scott had a gun, as police have said."),
            [by(
                "police",
                "said",
                "It also does not answer whether Scott had a gun"
            )]
        );
        // "put it" is its own past.
        assert_eq!(
            said(
                "The requirement is a lawful source of income, as a Homeland Security memo put it."
            ),
            [by(
                "a Homeland Security memo",
                "put it",
                "The requirement is a lawful source of income"
            )]
        );
        // Before the content, past a channel with a person and an initial.
        assert_eq!(
            said("As Ms. Simonyan put it in a statement to my colleague Michael M. Grynbaum in July, RT is “providing a perspective.”"),
            [by("Ms. Simonyan", "put it", "RT is “providing a perspective.”")]
        );
        // Before the content, with an appositive between commas in the source.
        assert_eq!(
            said("As many tax experts, including Mr. Goldberg, have pointed out, Mr. Trump is free to disclose his returns."),
            [by(
                "many tax experts, including Mr. Goldberg",
                "pointed out",
                "Mr. Trump is free to disclose his returns"
            )]
        );
        assert_eq!(
            said("As Steven M. Rosenthal, a tax lawyer, recently put it, “Did Trump lower his taxes?”"),
            [by(
                "Steven M. Rosenthal, a tax lawyer",
                "put it",
                "“Did Trump lower his taxes?”"
            )]
        );
        // A past the same as the base form needs no plural subject.
        assert_eq!(
            said("The agency forecast that growth would slow."),
            [by("The agency", "forecast", "that growth would slow")]
        );
    }

    #[test]
    fn an_appositive_to_a_name_at_the_end_is_no_part_of_the_content() {
        let got =
            parse("Mr. Schultz said he did not support Mr. Trump, the presumed Putin favorite.");
        assert_eq!(got[0].5, "he did not support Mr. Trump");
        // A list goes on.
        let got =
            parse("He said he and Trump differ on Israel, the Iranian nuclear deal and the court.");
        assert_eq!(
            got[0].5,
            "he and Trump differ on Israel, the Iranian nuclear deal and the court"
        );
    }

    #[test]
    fn plans_credits_and_challenges_after_a_noun_are_nouns() {
        assert_eq!(
            parse("The plan involves creating pollution credits by planting trees."),
            []
        );
        assert_eq!(
            parse("Their plan faced some steep challenges including this one."),
            []
        );
        // After a name, a verb.
        let got = parse("C2I plans to reforest a million acres.");
        assert_eq!(got[0].5, "to reforest a million acres");
    }

    #[test]
    fn a_clause_of_time_or_a_second_verb_after_the_content_closes_it() {
        let got = parse(
            "He tweeted his observations of the rally as he lined up with other attendees outside.",
        );
        assert_eq!(got[0].5, "his observations of the rally");
        let got = parse(
            "Ban condemned North Korea's latest missile launch as Pyongyang fired three missiles.",
        );
        assert_eq!(got[0].5, "North Korea's latest missile launch");
        // Not before an auxiliary: "as Islamic will only serve" is part of what was said.
        let got = parse(
            "He repeated his contention that naming the group as Islamic will only serve it.",
        );
        assert_eq!(
            got[0].5,
            "his contention that naming the group as Islamic will only serve it"
        );
        let got = parse(
            "He insists the GOP must be a party of ideas, and has championed an agenda of cuts.",
        );
        assert_eq!(got[0].5, "the GOP must be a party of ideas");
        let got = parse(
            "Trump said he had not seen the episode, and when asked about it, he said nothing.",
        );
        let trump = got.iter().find(|r| r.3.as_deref() == Some("Trump"));
        assert_eq!(
            trump.map(|r| r.5.as_str()),
            Some("he had not seen the episode")
        );
    }

    #[test]
    fn a_concession_without_a_cue_is_said_too() {
        let got = parse(
            "She says she identifies as an independent, although she is registered as a Democrat.",
        );
        assert_eq!(
            got[0].5,
            "she identifies as an independent, although she is registered as a Democrat"
        );
        // One with a cue of its own is another attribution.
        let got = parse("Clinton said the plan failed, while Sanders said it worked.");
        let rows: Vec<_> = got.iter().map(|r| (r.3.as_deref(), r.5.as_str())).collect();
        assert_eq!(
            rows,
            [
                (Some("Clinton"), "the plan failed"),
                (Some("Sanders"), "it worked")
            ]
        );
    }

    #[test]
    fn support_is_a_stance() {
        let got = parse("Most Republicans in Congress supported the bill, which passed on Friday.");
        assert_eq!(
            got,
            vec![asserted(
                Pattern::Forward,
                Form::Indirect,
                Some("Most Republicans in Congress"),
                Some("supported"),
                "the bill"
            )]
        );
    }

    #[test]
    fn a_token_that_is_no_word_has_no_flags() {
        // (Unit::scan_words takes the flags of every token together, words or not.)
        let lx = crate::grammar::Grammar::default_en().lexicon;
        let t = "“No, not that,” he said — (reportedly) “in talks” not; didn't, that: said.";
        let q: Vec<_> = find_quotes(t, 0..t.len())
            .into_iter()
            .map(|q| q.range)
            .collect();
        let toks = tokenize(t, 0, t.len(), &q, &lx);
        assert!(toks.iter().any(|t| t.kind != Kind::Word));
        for tok in toks.iter().filter(|t| t.kind != Kind::Word) {
            assert_eq!(tok.info.flags, 0, "{:?}", &t[tok.start..tok.end]);
        }
    }

    #[test]
    fn passive_attribution() {
        let got = parse("A number of airstrikes since have been attributed to Israel.");
        assert_eq!(got[0].0, Pattern::Passive);
        assert_eq!(got[0].3.as_deref(), Some("Israel"));
    }

    #[test]
    fn a_progressive_cue_and_even_or_only_before_a_cue_keep_the_subject() {
        assert_eq!(
            said("Officials are saying that the plan failed."),
            [by("Officials", "saying", "that the plan failed")]
        );
        assert_eq!(
            said("Critics have been warning that the plan would fail."),
            [by("Critics", "warning", "that the plan would fail")]
        );
        assert_eq!(
            said("Trump has even claimed he will enact a massive infrastructure plan."),
            [by(
                "Trump",
                "claimed",
                "he will enact a massive infrastructure plan"
            )]
        );
        assert_eq!(
            said("The senator would only say that the bill was worrisome."),
            [by("The senator", "say", "that the bill was worrisome")]
        );
        assert_eq!(
            said("He will be saying that the plan failed."),
            [by("He", "saying", "that the plan failed")]
        );
        assert_eq!(
            said("Few politicians would ever admit this."),
            [by("Few politicians", "admit", "this")]
        );
        // "been" and "be" before a form that is no participle are still the passive's.
        assert_eq!(
            said("The plan has been criticized by Smith."),
            [by("Smith", "criticized by", "The plan")]
        );
        assert_eq!(
            said("The plan will be criticized by Smith."),
            [by("Smith", "criticized by", "The plan")]
        );
        assert_eq!(said("The plan will be announced on Monday."), []);
    }

    #[test]
    fn a_final_consonant_is_doubled_before_ed_and_ing() {
        assert_eq!(
            said("Mr. Clarke planned to revitalize ticket sales."),
            [by("Mr. Clarke", "planned", "to revitalize ticket sales")]
        );
        assert_eq!(
            said("“Not now,” she snapped."),
            [by("she", "snapped", "“Not now,”")]
        );
    }

    #[test]
    fn what_a_poll_or_a_study_found_may_be_an_object() {
        assert_eq!(
            said("The April survey found Clinton leading Sanders by seven points."),
            [by(
                "The April survey",
                "found",
                "Clinton leading Sanders by seven points"
            )]
        );
        // Others find objects, not claims, unless a clause follows.
        assert_eq!(said("Police found the car in a parking lot."), []);
        assert_eq!(
            said("Police found that the car was stolen."),
            [by("Police", "found", "that the car was stolen")]
        );
    }

    #[test]
    fn a_number_after_of_ends_the_subject() {
        assert_eq!(
            said("When pressed on it, the mother of three replied, \"It is meant for mothers.\""),
            [by(
                "the mother of three",
                "replied",
                "\"It is meant for mothers.\""
            )]
        );
        assert_eq!(
            said("The father of two says the plan failed."),
            [by("The father of two", "says", "the plan failed")]
        );
        assert_eq!(
            said("One of three said the plan failed."),
            [by("One of three", "said", "the plan failed")]
        );
    }

    #[test]
    fn criticism_of_a_possessor_is_a_stance_of_theirs() {
        assert_eq!(
            said("Rubio has toned down his criticism of Hillary Clinton."),
            [by("his", "criticism of", "Hillary Clinton")]
        );
        assert_eq!(
            said("Politicians were unanimous in their condemnation of Trump’s comments."),
            [by("their", "condemnation of", "Trump’s comments")]
        );
        // The complement ends before the sentence's verb.
        assert_eq!(
            said("Trump's attacks on Machado drew criticism."),
            [by("Trump's", "attacks on", "Machado")]
        );
    }

    #[test]
    fn a_name_and_its_appositive_may_follow_a_dash() {
        assert_eq!(
            said("It was no accident — Brendan Buck, a spokesman for Ryan, told POLITICO that the speaker knew."),
            [by(
                "Brendan Buck, a spokesman for Ryan",
                "told",
                "that the speaker knew"
            )]
        );
        assert_eq!(
            said("WASHINGTON -- President Obama, dedicating the museum on Saturday, said the story was hopeful."),
            [by(
                // (The time at its end is no part of the source.)
                "President Obama, dedicating the museum",
                "said",
                "the story was hopeful"
            )]
        );
    }

    #[test]
    fn a_clause_or_phrase_before_the_subject_is_no_content_when_the_cue_has_its_own() {
        assert_eq!(
            said("In an interview in late May, Manafort bragged about his success."),
            [by("Manafort", "bragged about", "his success")]
        );
        assert_eq!(
            said("As the vote began, voters weighed in on their picks."),
            [by("voters", "weighed in on", "their picks")]
        );
        // With nothing after the cue, what comes before it is what was said.
        assert_eq!(
            said("When he arrived, the door was open, police said."),
            [by("police", "said", "When he arrived, the door was open")]
        );
    }

    #[test]
    fn a_preposition_right_after_the_cue_goes_with_it() {
        assert_eq!(
            said("He spoke of the need for unity."),
            [by("He", "spoke of", "the need for unity")]
        );
        // Not before a quantity.
        assert_eq!(
            said("She said about 200 people came."),
            [by("She", "said", "about 200 people came")]
        );
        assert_eq!(
            said("CNN reported at least six planes filled the skies."),
            [by(
                "CNN",
                "reported",
                "at least six planes filled the skies"
            )]
        );
    }

    #[test]
    fn an_adjunct_after_a_medial_attribution_is_no_second_content() {
        assert_eq!(
            said("The talks failed, he said, in an interview on Tuesday."),
            [by("he", "said", "The talks failed")]
        );
        assert_eq!(
            said("He found no taker, he said, on condition of anonymity to speak freely."),
            [by("he", "said", "He found no taker")]
        );
    }

    #[test]
    fn a_comma_after_an_adjunct_of_the_cue_closes_the_attribution() {
        assert_eq!(
            said(
                "Clinton won the primary, the AP said on Thursday, adding that the count was slow."
            ),
            [
                by("the AP", "said", "Clinton won the primary"),
                by("the AP", "adding", "that the count was slow")
            ]
        );
    }

    #[test]
    fn thats_according_to_attributes_the_demonstrative() {
        let t = "That’s according to fundraising reports through Jan. 31.";
        let got = parse(t);
        assert_eq!(
            (got[0].3.as_deref(), got[0].4.as_deref(), got[0].5.as_str()),
            (
                Some("fundraising reports through Jan. 31"),
                Some("according to"),
                "That"
            )
        );
    }

    #[test]
    fn a_label_in_capitals_before_a_colon_is_no_cue() {
        assert_eq!(said("WARNING: Video contains graphic images."), []);
        assert_eq!(
            said("Adding: “We will win.”"),
            [(None, Some("Adding".into()), "“We will win.”".into())]
        );
    }

    #[test]
    fn a_channel_to_its_readers_is_an_adjunct() {
        assert_eq!(
            said("The plan failed, Smith wrote in an email to supporters."),
            [by("Smith", "wrote", "The plan failed")]
        );
    }

    #[test]
    fn a_report_after_an_inverted_cue_is_its_source() {
        assert_eq!(
            said("The plan failed, says a new report from the Brookings Institution."),
            [by(
                "a new report from the Brookings Institution",
                "says",
                "The plan failed"
            )]
        );
    }

    #[test]
    fn a_relative_clause_of_the_subject_may_hold_a_cue_six_words_after_who() {
        assert_eq!(
            said("An official who was not authorized to discuss the plan publicly said it failed."),
            [by(
                "An official who was not authorized to discuss the plan",
                "said",
                "it failed"
            )]
        );
    }

    #[test]
    fn the_apostrophe_of_a_plural_possessive_stays_in_the_source() {
        assert_eq!(
            said("People with knowledge of Gates' work said that the deal was off."),
            [by(
                "People with knowledge of Gates' work",
                "said",
                "that the deal was off"
            )]
        );
        assert_eq!(
            said("The coal miners’ union said the deal was off."),
            [by("The coal miners’ union", "said", "the deal was off")]
        );
        // (A quotation in single marks still closes before the cue.)
        assert_eq!(
            said("He called it 'a mess of lies' and left."),
            [by("He", "called", "it 'a mess of lies'")]
        );
    }

    #[test]
    fn an_agent_after_a_participle_is_not_what_was_said() {
        assert_eq!(
            said("It was the appeal of radical change offered by Trump."),
            []
        );
        assert_eq!(said("Reporting by Valerie Volcovici."), []);
        // "responded by saying …" reports what was said; a margin before "that" too.
        assert_eq!(
            said("Clinton responded by saying the plan would fail."),
            [
                by("Clinton", "responded", "by saying the plan would fail"),
                by("Clinton", "saying", "the plan would fail")
            ]
        );
        assert_eq!(
            said("Voters say by 55%-41% that the law is bad."),
            [by("Voters", "say", "by 55%-41% that the law is bad")]
        );
    }

    #[test]
    fn nouns_that_look_like_cues_are_not_cues() {
        assert_eq!(
            said("Without a strong showing in South Carolina, Bush may quit."),
            []
        );
        assert_eq!(
            said("His second-place showing in Iowa surprised everyone."),
            []
        );
        assert_eq!(
            said("Republicans now control both chambers in 30 states."),
            []
        );
        assert_eq!(said("Judges ruled at a rate not seen since the 1960s."), []);
        // The verbs stay cues.
        assert_eq!(
            said("A new poll is showing Clinton ahead."),
            [by("A new poll", "showing", "Clinton ahead")]
        );
        assert_eq!(
            said("The document states that the leave is paid."),
            [by("The document", "states", "that the leave is paid")]
        );
    }

    #[test]
    fn but_and_a_clause_without_a_cue_go_on_with_a_clause_said() {
        assert_eq!(
            said("Smith said that the government tried to put her away, but a judge stopped them."),
            [by(
                "Smith",
                "said",
                "that the government tried to put her away, but a judge stopped them"
            )]
        );
        // (A cue after "but" starts its own attribution; an object is no clause said.)
        assert_eq!(
            said("Smith said the plan would fail, but Jones said it would pass."),
            [
                by("Smith", "said", "the plan would fail"),
                by("Jones", "said", "it would pass")
            ]
        );
        assert_eq!(
            said("Smith praised the plan, but it failed anyway."),
            [by("Smith", "praised", "the plan")]
        );
    }

    #[test]
    fn a_second_verb_after_a_short_object_closes_it() {
        assert_eq!(
            said("Cruz attacked her Spanish-language skills and even questioned the star’s identity."),
            [
                by("Cruz", "attacked", "her Spanish-language skills"),
                by("Cruz", "questioned", "the star’s identity")
            ]
        );
        assert_eq!(
            said("She has vowed to keep abortion legal and celebrated the ruling Monday."),
            [by("She", "vowed", "to keep abortion legal")]
        );
        // (Not after a clause of its own, nor after "yes".)
        assert_eq!(
            said("He said he was alarmed by the images and wanted to see for himself."),
            [by(
                "He",
                "said",
                "he was alarmed by the images and wanted to see for himself"
            )]
        );
        assert_eq!(
            said("He said yes and took the opportunity to speak."),
            [by("He", "said", "yes and took the opportunity to speak")]
        );
    }

    #[test]
    fn a_cue_after_and_and_its_modifiers_starts_its_own_attribution() {
        assert_eq!(
            said("She urges her husband to come out of the car and repeatedly says, “Don't you do it.”"),
            [
                by("She", "urges", "her husband to come out of the car"),
                by("She", "says", "“Don't you do it.”")
            ]
        );
    }

    #[test]
    fn a_determiner_after_a_time_opens_the_content() {
        assert_eq!(
            said("Smith said last year the plan would fail."),
            [by("Smith", "said", "the plan would fail")]
        );
        assert_eq!(
            said("Smith said on Monday the plan would fail."),
            [by("Smith", "said", "the plan would fail")]
        );
    }

    #[test]
    fn it_and_a_passive_before_a_that_clause_is_an_agentless_attribution() {
        for (text, cue, content) in [
            (
                "It is said that the election was rigged.",
                "It is said",
                "that the election was rigged",
            ),
            (
                "It was widely reported on Monday that the plant would close.",
                "It was widely reported",
                "that the plant would close",
            ),
            (
                "But it has long been believed that the vote was fair.",
                "it has long been believed",
                "that the vote was fair",
            ),
        ] {
            let got = parse(text);
            assert_eq!(
                got,
                vec![(
                    Pattern::Passive,
                    Form::Passive,
                    Stance::Asserts,
                    None,
                    Some(cue.to_string()),
                    content.to_string(),
                    None
                )],
                "{text}"
            );
        }
        // "It" that stands for something named before keeps its attribution.
        assert_eq!(
            said("It said that the vote would pass."),
            [by("It", "said", "that the vote would pass")]
        );
    }

    #[test]
    fn an_aside_between_commas_or_dashes_may_stand_before_that() {
        assert_eq!(
            said("He has repeatedly claimed, without evidence, that the vote was rigged."),
            [by("He", "claimed", "that the vote was rigged")]
        );
        assert_eq!(
            said("She said, however, that the plan would fail."),
            [by("She", "said", "that the plan would fail")]
        );
        assert_eq!(
            said("Kaine says that – in his professional life – he is a strong advocate."),
            [by(
                "Kaine",
                "says",
                "that – in his professional life – he is a strong advocate"
            )]
        );
    }

    #[test]
    fn a_participle_aside_after_the_subject_ends_at_its_comma() {
        assert_eq!(
            said("The paper, citing unnamed sources, reported that the CEO would step down."),
            [
                by("The paper", "citing", "unnamed sources"),
                by(
                    "The paper, citing unnamed sources",
                    "reported",
                    "that the CEO would step down"
                )
            ]
        );
        // "appearing after …": to show up somewhere, no impression.
        assert_eq!(
            said("Trump, appearing after Clinton at the forum, cited problems abroad."),
            [by(
                "Trump, appearing after Clinton at the forum",
                "cited",
                "problems abroad"
            )]
        );
    }

    #[test]
    fn state_media_is_a_source() {
        // ("state" is a cue, "media" a source noun: before, neither stood as a subject.)
        assert_eq!(
            said("Chinese state broadcaster CCTV said the talks were productive."),
            [by(
                "Chinese state broadcaster CCTV",
                "said",
                "the talks were productive"
            )]
        );
        assert_eq!(
            said("Syrian state media said the strikes hit near Damascus."),
            [by(
                "Syrian state media",
                "said",
                "the strikes hit near Damascus"
            )]
        );
        assert_eq!(
            said("The army said its defenses intercepted the missiles, state media reported."),
            [
                by(
                    "state media",
                    "reported",
                    "The army said its defenses intercepted the missiles"
                ),
                by("The army", "said", "its defenses intercepted the missiles")
            ]
        );
    }

    #[test]
    fn a_span_of_time_after_for_is_no_content() {
        assert_eq!(
            said("Smith has been arguing for years that taxes are too high."),
            [by("Smith", "arguing", "that taxes are too high")]
        );
        assert_eq!(
            said("Smith has long argued for lower taxes."),
            [by("Smith", "argued for", "lower taxes")]
        );
    }

    #[test]
    fn an_adjunct_between_commas_after_the_subject_is_no_part_of_the_source() {
        assert_eq!(
            said("The company's chief executive, in a letter to shareholders, said profits would rise."),
            [by("The company's chief executive", "said", "profits would rise")]
        );
        assert_eq!(
            said("Trump, speaking at a rally in Wilmington, said the vote was rigged."),
            [by("Trump", "said", "the vote was rigged")]
        );
        // An appositive stays: "Richard Revesz, director of the institute, said …".
        assert_eq!(
            said("Richard Revesz, director of the institute, said the rule was legal."),
            [by(
                "Richard Revesz, director of the institute",
                "said",
                "the rule was legal"
            )]
        );
    }
}
