//! Normalising claim content for matching: words, numbers, dates, places, names,
//! negation and opposing predicates.
//!
//! Content is lower-cased, quote marks and possessives are dropped, hyphenated words
//! are split, stop words are left out of the matching words, and every word is
//! lightly stemmed (`meetings`, `meeting` → `meet`). Numbers are kept as values, years,
//! months and weekdays as dates, and capitalised words after `in`/`at` as places: they
//! take part in the relations (`number`, `date`, `place`) but not in the similarity.

use std::collections::HashMap;

/// Words that carry no content (English).
pub(super) const STOP_WORDS: &[&str] = &[
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
    "does",
    "doing",
    "during",
    "each",
    "for",
    "from",
    "further",
    "had",
    "has",
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
    "my",
    "myself",
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
    "same",
    "she",
    "should",
    "so",
    "some",
    "such",
    "than",
    "that",
    "the",
    "their",
    "theirs",
    "them",
    "themselves",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "to",
    "too",
    "under",
    "until",
    "up",
    "very",
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
    "why",
    "will",
    "with",
    "would",
    "you",
    "your",
    "yours",
    "said",
    "says",
    "say",
    "told",
    "according",
    "mr",
    "mrs",
    "ms",
    "dr",
    "may",
    "might",
    "must",
    "shall",
    "now",
    "still",
    "yet",
    "ago",
    "s",
    "de",
    "la",
    "via",
    "amid",
    "since",
    "ever",
    "already",
    "new",
    "one",
    "first",
    "last",
    "next",
    "here",
    "how",
    "get",
    "got",
    "make",
    "made",
    "go",
    "went",
    "take",
    "took",
    "really",
    "another",
    "many",
    "much",
    "well",
    "even",
    "way",
    "around",
    "back",
];

/// Negation cues inside the content (`n't` is split off words by the tokenizer).
pub(super) const NEGATIONS: &[&str] = &[
    "not", "no", "never", "n't", "nobody", "none", "nothing", "neither", "nor", "without", "hoax",
    "hoaxer", "fake", "false", "untrue", "debunk", "debunked", "myth", "bogus", "baseless",
];

/// Negations that deny the whole wording rather than one predicate ("X is a hoax",
/// "fake", "debunked"): their scope is everything.
const NOMINAL_NEGATIONS: &[&str] = &[
    "hoax", "hoaxer", "fake", "false", "untrue", "debunk", "debunked", "myth", "bogus", "baseless",
];

/// How many content words after `not`, `no`, `never` … a negation covers (fewer when a
/// break, a subordinator or a conjunction comes first).
pub const NEGATION_SCOPE: usize = 3;

/// Words that end a negation's scope besides breaks and subordinators: "has no idea
/// how the truck ended up in Syria", "was born a man and never told the swimmer".
const SCOPE_ENDS: &[&str] = &["how", "and", "but", "or"];

/// Words a negation's scope passes over ("not among the bodies found").
const SCOPE_SKIPS: &[&str] = &[
    "among",
    "actually",
    "necessarily",
    "exactly",
    "quite",
    "however",
    "indeed",
    "therefore",
    "personally",
];

/// Words after a comma that open a parenthetical inside a negation's scope.
const PARENTHETICALS: &[&str] = &["however", "indeed", "therefore", "in", "of"];

/// After a negation, these words deny the whole wording ("… is not real", "not true").
const WHOLE_WORDING: &[&str] = &["real", "true", "genuine", "authentic", "legit"];

/// Denial verbs inside the content: a headline "X denies Y" denies Y.
const DENIALS: &[&str] = &[
    "deny", "denies", "denied", "denying", "refute", "refutes", "refuted",
];

/// Hedges that make a wording non-committal.
pub(super) const HEDGES: &[&str] = &[
    "reportedly",
    "allegedly",
    "rumor",
    "rumors",
    "rumored",
    "rumour",
    "rumours",
    "rumoured",
    "unconfirmed",
    "report",
    "reports",
    "reporting",
    "claim",
    "claims",
    "claiming",
    "may",
    "might",
    "could",
    "possibly",
    "apparently",
    "apparent",
    "purportedly",
    "purported",
    "purports",
    "supposedly",
    "probably",
    "maybe",
    "perhaps",
    "alleged",
    "appears",
    "appear",
    "believed",
    "believe",
    "suggests",
    "suggest",
    "possible",
    "source",
    "sources",
];

/// Words that open a subordinate clause: a negation inside it does not negate the claim
/// ("Apple may buy Path, that social app you don't use").
const SUBORDINATORS: &[&str] = &[
    "that", "which", "who", "whom", "whose", "so", "because", "if", "unless", "when", "while",
    "although", "though", "whether", "than", "you", "after", "before", "until", "where",
];

/// Titles and honorifics: capitalised, but not names of participants.
pub(super) const TITLES: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "dr",
    "president",
    "prime",
    "minister",
    "foreign",
    "sir",
    "king",
    "queen",
    "prince",
    "general",
    "gen",
    "sen",
    "senator",
    "rep",
    "gov",
    "governor",
    "secretary",
    "chancellor",
    "pope",
    "officials",
    "official",
    "spokesman",
    "spokeswoman",
];

/// Lower-case words allowed inside a place phrase after `in`/`at`.
pub(super) const PLACE_FILLERS: &[&str] = &[
    "the", "a", "an", "resort", "town", "city", "of", "capital", "village", "port", "region",
    "province", "state", "county", "northern", "southern", "eastern", "western", "central",
    "north", "south", "east", "west", "seaside", "border",
];

pub(super) use crate::text::{MONTHS, WEEKDAYS};

const SMALL_NUMBERS: [&str; 21] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
];

/// Opposing predicates: stemmed word → (pair number, side).
#[derive(Debug, Clone, Default)]
pub struct Opposites {
    words: HashMap<String, (u16, bool)>,
}

impl Opposites {
    /// Build from word pairs (`grammars/en/opposites.txt`, two words per line). Pairs
    /// whose words stem alike share a number: `confirmed denied` and `confirm deny`.
    pub fn from_pairs(pairs: &[(String, String)]) -> Self {
        let mut words: HashMap<String, (u16, bool)> = HashMap::new();
        let mut next = 0u16;
        for (a, b) in pairs {
            let (a, b) = (stem(&a.to_lowercase()), stem(&b.to_lowercase()));
            let pair = match (words.get(&a), words.get(&b)) {
                (Some(&(p, false)), _) | (_, Some(&(p, true))) => p,
                _ => {
                    next += 1;
                    next - 1
                }
            };
            words.entry(a).or_insert((pair, false));
            words.entry(b).or_insert((pair, true));
        }
        Opposites { words }
    }

    /// The embedded English list.
    pub fn default_en() -> Self {
        Self::from_pairs(&crate::grammar::Lexicon::embedded().opposites)
    }

    fn get(&self, stemmed: &str) -> Option<(u16, bool)> {
        self.words.get(stemmed).copied()
    }
}

/// Explicit date parts named in a wording.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Dates {
    pub weekdays: Vec<u8>,
    pub months: Vec<u8>,
    pub years: Vec<u16>,
}

/// One wording, normalised: what matching and the relations look at.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Text {
    /// Content words, stemmed, stop words left out, in order of first appearance.
    /// Opposing predicates appear as `~opp<N>` so that `rose` and `fell` match.
    pub words: Vec<String>,
    /// The normalised wording as one string: words, numbers and dates in order.
    pub key: String,
    /// Negated content: not, no longer, never, no evidence, hoax, …
    pub negated: bool,
    /// What the negation is about: the first [`NEGATION_SCOPE`] content words after a
    /// `not`, `no`, `never` … of the main clause (as in `words`); `None` for a negation
    /// of the whole wording (hoax, fake, debunked).
    pub negation_scope: Option<Vec<String>>,
    /// A question or a condition: asks or supposes, asserts nothing.
    pub question: bool,
    /// The content itself denies (a headline "X denies Y").
    pub denies: bool,
    /// A hedge or a question: the wording does not commit to the content.
    pub hedged: bool,
    /// Numbers with the word they count (`24 missiles` → ("missil", 24)); "" when none.
    pub numbers: Vec<(String, f64)>,
    /// `22 of 24`, `all 24`: (part, whole).
    pub fractions: Vec<(f64, f64)>,
    /// Places named after `in`/`at`, lower-cased.
    pub places: Vec<String>,
    pub dates: Dates,
    /// Capitalised words that name participants (people, organisations), lower-cased.
    pub names: Vec<String>,
    /// Opposing predicates: (pair, side).
    pub opposites: Vec<(u16, bool)>,
    /// Places in a series before a content word, with that word stemmed ("the second
    /// American journalist" → (2, "american")): 2, 3, … ("first" is left out: "the first
    /// ever", "for the first time").
    pub ordinals: Vec<(u32, String)>,
}

/// One token of the content.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Tok {
    /// A word: lower-cased form and whether it was capitalised.
    Word {
        lower: String,
        cap: bool,
    },
    Num(f64),
    /// `,` `;` `:` `(` … : ends a place phrase. `true` for a clause break (`;` `:` `(`
    /// `)` dashes `!` `?`, a full stop ending a sentence), which also ends an event frame.
    Break(bool),
}

/// Light English stemming: plural and verb endings (`meetings` → `meet`,
/// `denied` → `deny`, `says` → `say`).
pub fn stem(w: &str) -> String {
    if w.chars().count() <= 3 || !w.is_ascii() {
        return w.to_string();
    }
    if let Some(s) = w.strip_suffix("ies").or_else(|| w.strip_suffix("ied")) {
        if s.len() > 1 {
            return format!("{s}y");
        }
    }
    // Plural or third person first, then verb endings: `meetings` → `meeting` → `meet`.
    let w = if ["sses", "ches", "shes", "xes"]
        .iter()
        .any(|e| w.ends_with(e))
    {
        &w[..w.len() - 2]
    } else {
        match w.strip_suffix('s') {
            Some(s) if !(s.ends_with('s') || s.ends_with('u') || s.ends_with('i')) => s,
            _ => w,
        }
    };
    for suffix in ["ing", "ed"] {
        if let Some(s) = w.strip_suffix(suffix) {
            if s.len() >= 3 {
                return s.to_string();
            }
        }
    }
    w.to_string()
}

/// Split content into tokens. Curly quotes and apostrophes are unified, possessive
/// `'s` is dropped, `n't` becomes a word of its own, hyphenated words are split, and
/// digits with `,` or `.` inside form one number.
pub(super) fn tokenize(content: &str) -> Vec<Tok> {
    let mut toks = Vec::new();
    let chars: Vec<char> = content
        .chars()
        .map(|c| match c {
            '’' | '‘' | '`' | '´' => '\'',
            c => c,
        })
        .collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_alphanumeric() {
            let start = i;
            while i < chars.len()
                && (chars[i].is_alphanumeric()
                    || ((chars[i] == ',' || chars[i] == '.')
                        && chars[i - 1].is_ascii_digit()
                        && chars.get(i + 1).is_some_and(|d| d.is_ascii_digit()))
                    || (chars[i] == '\'' && chars.get(i + 1).is_some_and(|d| d.is_alphabetic())))
            {
                i += 1;
            }
            let raw: String = chars[start..i].iter().collect();
            push_word(&raw, &mut toks);
        } else {
            if matches!(c, ',' | ';' | ':' | '(' | ')' | '—' | '–' | '.' | '!' | '?') {
                // A full stop ends a sentence when a space follows and it does not end
                // an abbreviation ("Mr.", "D.C.").
                let sentence_end = c == '.'
                    && chars.get(i + 1).is_none_or(|n| n.is_whitespace())
                    && matches!(toks.last(), Some(Tok::Word { lower, .. })
                        if lower.chars().count() > 1 && !TITLES.contains(&lower.as_str()));
                toks.push(Tok::Break(sentence_end || !matches!(c, ',' | '.')));
            }
            i += 1;
        }
    }
    toks
}

/// One raw word (letters, digits, inner apostrophes) → tokens.
fn push_word(raw: &str, toks: &mut Vec<Tok>) {
    let cap = raw.chars().next().is_some_and(char::is_uppercase);
    let mut lower = raw.to_lowercase();
    if let Some(s) = lower.strip_suffix("'s") {
        lower = s.to_string();
    }
    let mut neg = false;
    if let Some(s) = lower.strip_suffix("n't") {
        neg = true;
        lower = match s {
            "ca" => "can".to_string(),
            "wo" => "will".to_string(),
            s => s.to_string(),
        };
    }
    let lower = lower.replace('\'', "");
    if let Some(n) = parse_number(&lower) {
        toks.push(Tok::Num(n));
    } else if !lower.is_empty() {
        toks.push(Tok::Word { lower, cap });
    }
    if neg {
        toks.push(Tok::Word {
            lower: "n't".to_string(),
            cap: false,
        });
    }
}

/// `1,000` → 1000, `2.5` → 2.5, `69th` → 69, `19m` → 19e6, `5bn` → 5e9.
fn parse_number(w: &str) -> Option<f64> {
    if !w.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let digits_end = w
        .find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'))
        .unwrap_or(w.len());
    let (num, suffix) = w.split_at(digits_end);
    let value: f64 = num.replace(',', "").parse().ok()?;
    let mult = match suffix {
        "" | "st" | "nd" | "rd" | "th" | "s" => 1.0,
        "k" => 1e3,
        "m" => 1e6,
        "bn" | "b" => 1e9,
        _ => return None,
    };
    Some(value * mult)
}

/// Ordinal words from "second" on ("first" is a superlative as often as a place in a
/// series: "its first-ever store", "for the first time").
const ORDINALS: [&str; 9] = [
    "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
];

/// The place in a series an ordinal names: `second` and `2nd` → 2; `None` for other
/// words and for first / `1st`.
fn ordinal(w: &str) -> Option<u32> {
    if let Some(p) = ORDINALS.iter().position(|o| o.eq_ignore_ascii_case(w)) {
        return Some(p as u32 + 2);
    }
    let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let n: u32 = digits.parse().ok()?;
    let suffix = &w[digits.len()..];
    let expected = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    (n >= 2 && suffix.eq_ignore_ascii_case(expected)).then_some(n)
}

fn small_number(w: &str) -> Option<f64> {
    SMALL_NUMBERS.iter().position(|s| *s == w).map(|p| p as f64)
}

fn multiplier(w: &str) -> Option<f64> {
    match w {
        "hundred" => Some(1e2),
        "thousand" => Some(1e3),
        "million" => Some(1e6),
        "billion" => Some(1e9),
        _ => None,
    }
}

/// Normalise one wording.
pub fn normalize(content: &str, opposites: &Opposites) -> Text {
    let toks = tokenize(content);
    // Number words and multipliers: "two" → 2, "19 million" → 19e6.
    // "one" counts only before a content word ("one mile", "one million", not "one of
    // them", "no one in …"); after "no", "any", "every", "the" … it is a pronoun.
    let counted_one = |i: usize| {
        let word = |j: usize| match toks.get(j) {
            Some(Tok::Word { lower, .. }) => Some(lower.as_str()),
            _ => None,
        };
        word(i + 1).is_some_and(|n| !STOP_WORDS.contains(&n))
            && !i
                .checked_sub(1)
                .and_then(word)
                .is_some_and(|p| ["no", "any", "every", "the", "this", "that"].contains(&p))
    };
    let mut merged: Vec<Tok> = Vec::with_capacity(toks.len());
    for (i, t) in toks.iter().enumerate() {
        match (t, merged.last_mut()) {
            (Tok::Word { lower, .. }, Some(Tok::Num(prev))) if multiplier(lower).is_some() => {
                *prev *= multiplier(lower).unwrap_or(1.0);
            }
            (Tok::Word { lower, .. }, _)
                if small_number(lower).is_some() && (lower != "one" || counted_one(i)) =>
            {
                merged.push(Tok::Num(small_number(lower).unwrap_or(0.0)));
            }
            _ => merged.push(t.clone()),
        }
    }
    let toks = merged;

    let title_case = title_case(&toks);

    // A question or a condition ("If only a bird really did …") asserts nothing.
    let question = content.contains('?')
        || matches!(toks.first(), Some(Tok::Word { lower, .. }) if lower == "if" || lower == "whether");
    let mut text = Text {
        hedged: question,
        question,
        negation_scope: Some(Vec::new()),
        ..Text::default()
    };
    // Content words still to take into the scope of the last negation.
    let mut scope_left = 0usize;
    // Inside a parenthetical between commas (", however,").
    let mut aside = false;
    let mut key_parts: Vec<String> = Vec::new();
    let mut place_words: Vec<usize> = Vec::new();
    // Place phrase after `in`/`at`: Some(index of the last capitalised word so far).
    let mut in_place: Option<Option<usize>> = None;
    // Inside a subordinate clause (until the next break).
    let mut subordinate = false;
    for (i, t) in toks.iter().enumerate() {
        let prev = i.checked_sub(1).and_then(|j| toks.get(j));
        let prev_lower = match prev {
            Some(Tok::Word { lower, .. }) => lower.as_str(),
            _ => "",
        };
        match t {
            Tok::Break(clause) => {
                subordinate = false;
                // "did not, however, found ISIS": a parenthetical keeps the scope open.
                let opens = matches!(toks.get(i + 1), Some(Tok::Word { lower, .. }) if PARENTHETICALS.contains(&lower.as_str()));
                if *clause || !(opens || aside) {
                    scope_left = 0;
                }
                aside = opens && !*clause;
                if let Some(Some(p)) = in_place.take() {
                    place_words.push(p);
                }
            }
            Tok::Num(n) => {
                if let Some(Some(p)) = in_place.take() {
                    place_words.push(p);
                }
                let n = *n;
                let is_year = n.fract() == 0.0 && (1900.0..=2100.0).contains(&n);
                if is_year
                    && !matches!(toks.get(i + 1), Some(Tok::Word { .. }) if !is_date_follower(&toks, i + 1))
                {
                    text.dates.years.push(n as u16);
                    key_parts.push(format!("y{n}"));
                    continue;
                }
                // `22 of (the) 24`, `all (the) 24`.
                let next_num = |j: usize| match (toks.get(j), toks.get(j + 1)) {
                    (Some(Tok::Num(m)), _) => Some(*m),
                    (Some(Tok::Word { lower, .. }), Some(Tok::Num(m))) if lower == "the" => {
                        Some(*m)
                    }
                    _ => None,
                };
                if matches!(toks.get(i + 1), Some(Tok::Word { lower, .. }) if lower == "of") {
                    if let Some(whole) = next_num(i + 2) {
                        text.fractions.push((n, whole));
                    }
                }
                if prev_lower == "all"
                    || (prev_lower == "the"
                        && matches!(i.checked_sub(2).and_then(|j| toks.get(j)), Some(Tok::Word { lower, .. }) if lower == "all"))
                {
                    text.fractions.push((n, n));
                }
                let unit = toks[i + 1..]
                    .iter()
                    .find_map(|t| match t {
                        Tok::Word { lower, .. } if !STOP_WORDS.contains(&lower.as_str()) => {
                            Some(Some(stem(lower)))
                        }
                        Tok::Word { .. } | Tok::Num(_) => None,
                        Tok::Break(_) => Some(None),
                    })
                    .flatten()
                    .unwrap_or_default();
                text.numbers.push((unit, n));
                key_parts.push(format_number(n));
            }
            Tok::Word { lower, cap } => {
                let l = lower.as_str();
                if SUBORDINATORS.contains(&l) && i > 0 {
                    subordinate = true;
                }
                if SUBORDINATORS.contains(&l) || SCOPE_ENDS.contains(&l) {
                    scope_left = 0;
                }
                if NEGATIONS.contains(&l) {
                    // "no longer", "not", "never", "no evidence", "hoax": all the same cue.
                    if !subordinate || predicate_of_whole(&toks, i) {
                        text.negated = true;
                        if NOMINAL_NEGATIONS.contains(&l) {
                            text.negation_scope = None;
                        } else {
                            scope_left = NEGATION_SCOPE;
                        }
                    }
                    key_parts.push("~not".to_string());
                    continue;
                }
                // "Scientists cast doubt on man's claims that a spider burrowed …".
                if DENIALS.contains(&l)
                    || (l == "doubt" && ["cast", "casts", "casting"].contains(&prev_lower))
                {
                    text.denies = true;
                }
                // "Seth Rogen reported to play Woz", "Microsoft said to be buying …".
                let to_next = |after: &[&str]| {
                    matches!(toks.get(i + 1), Some(Tok::Word { lower, .. }) if lower == "to")
                        && (after.is_empty()
                            || matches!(toks.get(i + 2), Some(Tok::Word { lower, .. }) if after.contains(&lower.as_str())))
                };
                // "Steve Jobs biopic eyes Seth Rogen to play Wozniak": the verb `eyes` (after a
                // content word, not "his eyes") reports an intention, not the casting.
                let eyes_verb =
                    l == "eyes" && !prev_lower.is_empty() && !STOP_WORDS.contains(&prev_lower);
                // "Jihadi John named by media": unnamed media as the agent, a report.
                let by_media = l == "media" && prev_lower == "by";
                if HEDGES.contains(&l)
                    || eyes_verb
                    || by_media
                    || (["reported", "rumored", "rumoured", "tipped"].contains(&l) && to_next(&[]))
                    || (["said", "thought"].contains(&l) && to_next(&["be", "have"]))
                {
                    text.hedged = true;
                }
                if let Some(d) = WEEKDAYS.iter().position(|w| *w == l) {
                    text.dates.weekdays.push(d as u8);
                    key_parts.push(l.to_string());
                    continue;
                }
                if let Some(m) = MONTHS.iter().position(|w| *w == l) {
                    // "may" is a month only when capitalised and not sentence-initial.
                    if l != "may" || (*cap && i > 0) {
                        text.dates.months.push(m as u8);
                        key_parts.push(l.to_string());
                        continue;
                    }
                }
                if let Some(place) = in_place.as_mut() {
                    if *cap && !STOP_WORDS.contains(&l) {
                        // Demonyms are adjectives, not places: "at Scottish train station".
                        if !["ish", "ian", "ese", "ean", "can"]
                            .iter()
                            .any(|e| l.ends_with(e))
                        {
                            *place = Some(i);
                        }
                    } else if !PLACE_FILLERS.contains(&l) {
                        if let Some(p) = in_place.take().flatten() {
                            place_words.push(p);
                        }
                    }
                }
                if (l == "in" || l == "at") && in_place.is_none() && !title_case {
                    in_place = Some(None);
                }
                if STOP_WORDS.contains(&l) {
                    continue;
                }
                let s = stem(l);
                key_parts.push(s.clone());
                let word = match opposites.get(&s) {
                    Some((pair, side)) => {
                        text.opposites.push((pair, side));
                        format!("~opp{pair}")
                    }
                    None => s,
                };
                if scope_left > 0 && !SCOPE_SKIPS.contains(&l) {
                    scope_left -= 1;
                    if WHOLE_WORDING.contains(&l) {
                        text.negation_scope = None;
                    }
                    if let Some(scope) = text.negation_scope.as_mut() {
                        scope.push(word.clone());
                    }
                }
                if !text.words.contains(&word) {
                    text.words.push(word);
                }
            }
        }
    }
    if let Some(Some(p)) = in_place {
        place_words.push(p);
    }
    for &p in &place_words {
        if let Some(Tok::Word { lower, .. }) = toks.get(p) {
            if !text.places.contains(lower) {
                text.places.push(lower.clone());
            }
        }
    }
    if !title_case {
        for t in &toks {
            if let Tok::Word { lower, cap: true } = t {
                let l = lower.as_str();
                if !STOP_WORDS.contains(&l)
                    && !TITLES.contains(&l)
                    && !NEGATIONS.contains(&l)
                    && !text.places.contains(lower)
                    && !WEEKDAYS.contains(&l)
                    && !MONTHS.contains(&l)
                    && !text.names.contains(lower)
                {
                    text.names.push(lower.clone());
                }
            }
        }
    }
    text.ordinals = ordinals(content);
    text.key = key_parts.join(" ");
    text
}

/// The ordinals of a wording that stand before a content word, with that word stemmed
/// ("the second American journalist" → (2, "american"), "ISIS executes 2nd American
/// journalist", "third-place finish" → (3, "place"); not "the second was an attack"), in
/// order, without repeats.
fn ordinals(content: &str) -> Vec<(u32, String)> {
    // Byte ranges of the alphanumeric runs.
    let mut spans: Vec<(usize, usize)> = Vec::new();
    let mut open = None;
    for (i, c) in content.char_indices() {
        if c.is_alphanumeric() {
            open.get_or_insert(i);
        } else if let Some(s) = open.take() {
            spans.push((s, i));
        }
    }
    if let Some(s) = open {
        spans.push((s, content.len()));
    }
    let mut out = Vec::new();
    for (k, &(start, end)) in spans.iter().enumerate() {
        let Some(n) = ordinal(&content[start..end]) else {
            continue;
        };
        let Some(&(next_start, next_end)) = spans.get(k + 1) else {
            continue;
        };
        let next = content[next_start..next_end].to_lowercase();
        // Only spaces or a hyphen between: "second American", "3rd-place".
        let joined = content[end..next_start]
            .chars()
            .all(|c| c == ' ' || c == '-');
        if joined && next.starts_with(char::is_alphabetic) && !STOP_WORDS.contains(&next.as_str()) {
            let o = (n, stem(&next));
            if !out.contains(&o) {
                out.push(o);
            }
        }
    }
    out
}

/// A nominal negation (hoax, fake) at `i` that ends the wording after a form of `be`
/// denies the whole wording even after a relative clause: "Woman who claimed to have a
/// third breast added is fake", "Story of women who repelled an attack is a hoax"; so
/// does `is not real`, `isn't true` ("That ESPN panel you keep hearing about isn't real").
fn predicate_of_whole(toks: &[Tok], i: usize) -> bool {
    let word = |j: usize| match toks.get(j) {
        Some(Tok::Word { lower, .. }) => Some(lower.as_str()),
        _ => None,
    };
    let Some(w) = word(i) else { return false };
    if ["not", "n't"].contains(&w) && word(i + 1).is_some_and(|n| WHOLE_WORDING.contains(&n)) {
        return is_final_predicate(toks, i, i + 1);
    }
    NOMINAL_NEGATIONS.contains(&w) && is_final_predicate(toks, i, i)
}

/// The words `start..=last` end the wording (only stop words after them, up to a clause
/// break) and follow a form of `be`, with `a`, `all`, `totally` … between: "is fake",
/// "was a hoax", "exposed as a hoax", "is not real".
fn is_final_predicate(toks: &[Tok], start: usize, last: usize) -> bool {
    let word = |j: usize| match toks.get(j) {
        Some(Tok::Word { lower, .. }) => Some(lower.as_str()),
        _ => None,
    };
    let mut j = start;
    while j > 0
        && word(j - 1)
            .is_some_and(|p| ["a", "an", "all", "totally", "completely", "just"].contains(&p))
    {
        j -= 1;
    }
    // "is fake", "was a hoax", "exposed as a hoax".
    let after_be =
        j > 0 && word(j - 1).is_some_and(|p| ["is", "are", "was", "were", "as"].contains(&p));
    let ends = toks[last + 1..]
        .iter()
        .take_while(|t| !matches!(t, Tok::Break(true)))
        .all(|t| {
            matches!(t, Tok::Word { lower, .. } if STOP_WORDS.contains(&lower.as_str()))
                || matches!(t, Tok::Break(false))
        });
    after_be && ends
}

/// Headline case ("Man Buys World's Oldest Burger"): capitals say nothing about names.
pub(super) fn title_case(toks: &[Tok]) -> bool {
    let mut words_total = 0;
    let mut lower_words = 0;
    for t in toks {
        if let Tok::Word { lower, cap } = t {
            let l = lower.as_str();
            if !STOP_WORDS.contains(&l) && !WEEKDAYS.contains(&l) && !MONTHS.contains(&l) {
                words_total += 1;
                if !cap {
                    lower_words += 1;
                }
            }
        }
    }
    words_total >= 3 && lower_words * 5 <= words_total
}

/// After a year-like number, a following word makes it a count ("2015 people"),
/// unless it is a stop word or a break.
fn is_date_follower(toks: &[Tok], j: usize) -> bool {
    matches!(toks.get(j), Some(Tok::Word { lower, .. }) if STOP_WORDS.contains(&lower.as_str()) || NEGATIONS.contains(&lower.as_str()))
}

/// Numbers in the key: integers without a decimal point.
fn format_number(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norm(s: &str) -> Text {
        normalize(s, &Opposites::default_en())
    }

    #[test]
    fn stems_plurals_and_verb_endings() {
        let got: Vec<String> = [
            "meetings",
            "meeting",
            "denied",
            "denies",
            "says",
            "discussed",
            "bus",
            "news",
        ]
        .iter()
        .map(|w| stem(w))
        .collect();
        assert_eq!(
            got,
            ["meet", "meet", "deny", "deny", "say", "discuss", "bus", "new"]
        );
    }

    #[test]
    fn case_quotes_possessives_and_stop_words_are_normalised() {
        let a = norm("“The Kremlin’s statement,” about Russia's airstrikes");
        let b = norm("the kremlin statement about russia airstrike");
        assert_eq!(a.words, ["kremlin", "statement", "russia", "airstrike"]);
        assert_eq!(a.key, b.key);
        assert_eq!(a.words, b.words);
    }

    #[test]
    fn numbers_are_values_with_their_unit() {
        let t = norm("shot down 22 of the 24 missiles and 1,000 rounds");
        assert_eq!(
            t.numbers,
            [
                ("missile".to_string(), 22.0),
                ("missile".to_string(), 24.0),
                ("round".to_string(), 1000.0)
            ]
        );
        assert_eq!(t.fractions, [(22.0, 24.0)]);
        assert_eq!(norm("all 24 missiles").fractions, [(24.0, 24.0)]);
        assert_eq!(
            norm("Apple will sell 19 million watches").numbers,
            [("watch".to_string(), 19e6)]
        );
        assert_eq!(norm("two men").numbers, [("men".to_string(), 2.0)]);
    }

    #[test]
    fn one_counts_before_a_content_word() {
        assert_eq!(
            norm("ISIS is one mile from Baghdad").numbers,
            [("mile".to_string(), 1.0)]
        );
        assert_eq!(
            norm("one million watches").numbers,
            [("watch".to_string(), 1e6)]
        );
        assert!(norm("one of the 24 missiles").fractions.is_empty());
        assert!(norm("No one in North Korea may share his name")
            .numbers
            .is_empty());
        assert!(norm("the one thing he wants").numbers.is_empty());
        assert!(norm("one of them").numbers.is_empty());
    }

    #[test]
    fn ordinals_before_a_word() {
        let ords = |s: &str| -> Vec<(u32, String)> { norm(s).ordinals };
        let o = |n: u32, w: &str| (n, w.to_string());
        assert_eq!(
            ords("ISIS beheads second American journalist"),
            [o(2, "american")]
        );
        assert_eq!(
            ords("ISIS Executes 2nd American Journalist"),
            [o(2, "american")]
        );
        assert_eq!(
            ords("the 3rd-place team and the 11th hour"),
            [o(3, "place"), o(11, "hour")]
        );
        // Not a place in a series: "first", "1st", a wrong suffix, a count, a last word,
        // an ordinal before a stop word.
        assert!(ords("Amazon opens its first-ever store").is_empty());
        assert!(ords("Students not in 1st mass graves").is_empty());
        assert!(ords("the 2th attempt and 2 attempts").is_empty());
        assert!(ords("He came second.").is_empty());
        assert!(ords("the first one was an accident, the second was an attack").is_empty());
        // Character offsets stay right after quote marks and accents.
        assert_eq!(
            ords("“Ünïcode” — his word does not trump the Second Amendment."),
            [o(2, "amendment")]
        );
        assert!(ords("the second’s “third” thing").is_empty());
        // `2nd` is still the number 2 for number conflicts.
        assert_eq!(
            norm("the 69th Emmy awards").numbers,
            [("emmy".to_string(), 69.0)]
        );
    }

    #[test]
    fn dates_places_and_names() {
        let t = norm(
            "Abbas will meet Putin in the Russian resort town of Sochi on Thursday, May 4, 2017",
        );
        assert_eq!(t.places, ["sochi"]);
        assert_eq!(
            t.dates,
            Dates {
                weekdays: vec![3],
                months: vec![4],
                years: vec![2017]
            }
        );
        assert_eq!(t.names, ["abbas", "putin", "russian"]);
        let m = norm("Abbas's meeting with Putin in Moscow comes amid efforts");
        assert_eq!(m.places, ["moscow"]);
        assert_eq!(m.names, ["abbas", "putin"]);
        // Headline case: no names.
        assert!(norm("Man Buys World's Oldest Burger For Charity")
            .names
            .is_empty());
    }

    #[test]
    fn negation_denial_hedge_and_opposites() {
        assert!(norm("Russia no longer grants Israel freedom of action").negated);
        assert!(norm("Russia didn't change its policy").negated);
        assert!(!norm("Russia changed its policy").negated);
        assert!(norm("Big Mac hoax: McDonald's is keeping the burger").negated);
        assert!(norm("Apple denies it will sell watches").denies);
        assert!(norm("Is Apple selling watches?").hedged);
        assert!(norm("Apple reportedly sells watches").hedged);
        assert!(norm("Seth Rogen reported to play Steve Wozniak").hedged);
        assert!(norm("Microsoft said to be buying Mojang").hedged);
        assert!(!norm("Microsoft said to reporters it bought Mojang").hedged);
        assert!(norm("Steve Jobs biopic eyes Seth Rogen to play Steve Wozniak").hedged);
        assert!(!norm("Journalist shot between his eyes in Syria").hedged);
        assert!(norm("ISIS executioner Jihadi John named by media").hedged);
        assert!(norm("Militants post video claiming to show the beheading of a journalist").hedged);
        assert!(!norm("ISIS executioner Jihadi John named by police").hedged);
        assert!(norm("Veterans Today reporting Iraqi army downs two UK planes").hedged);
        assert!(
            norm("Scientists cast doubt on man's claims that a spider burrowed into him").denies
        );
        assert!(!norm("Doubt over a spider that burrowed into a man").denies);
        assert!(norm("ISIS video purports to show the beheading of an aid worker").hedged);
        assert!(norm("Experts want facts on purported audio of the shooting").hedged);
        // A hoax that ends the wording after `is` denies it all, relative clause or not.
        let t = norm("Woman who claimed to have a third breast added is fake");
        assert!(t.negated);
        assert_eq!(t.negation_scope, None);
        assert!(!norm("Apple may buy Path, that app which is fake news to you").negated);
        assert!(norm("Woman who claimed to have a third breast exposed as a hoaxer").negated);
        // So does `is not real`, `isn't true` ending it.
        let t = norm("That ESPN panel you keep hearing about isn't real");
        assert!(t.negated);
        assert_eq!(t.negation_scope, None);
        assert!(norm("The panel that you heard about is not true").negated);
        assert!(!norm("The panel that is not real news to you was held").negated);
        let t = norm("The plumber has no idea how his truck ended up in Syria");
        assert_eq!(t.negation_scope, Some(vec!["idea".to_string()]));
        let t = norm("Obama did not, however, personally found ISIS");
        assert_eq!(
            t.negation_scope,
            Some(vec!["found".to_string(), "isis".to_string()])
        );
        let rose = norm("oil prices rose");
        let fell = norm("oil prices fell");
        assert_eq!(rose.words, fell.words);
        assert_eq!(rose.opposites.len(), 1);
        assert_ne!(rose.opposites, fell.opposites);
    }
}
