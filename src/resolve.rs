//! Who the source is: names, short names, titles and pronouns resolved within an article.
//!
//! As the extractor walks the article, [`Resolver::observe`] registers the people it
//! sees introduced ("Prime Minister Benjamin Netanyahu"): full name, last name and the
//! title they came with. [`Resolver::resolve`] then turns a source mention into the
//! person ("Netanyahu", "Mr. Netanyahu", "the prime minister", "he" → `Benjamin
//! Netanyahu`). Organisations and places standing for governments ("the Kremlin",
//! "Moscow") stay as written.

use crate::grammar::lexicon::WordInfo;
use crate::grammar::token::{Kind, Tok};
use crate::grammar::Lexicon;
use crate::model::SourceKind;
use crate::text::{with_lower, FastMap};

#[derive(Debug, Clone)]
struct Person {
    full: String,
    last: String,
    /// Lower-case title words it was introduced with ("prime minister").
    title: String,
    gender: Option<Gender>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Gender {
    Female,
    Male,
}

/// Per-article state of who has been mentioned.
pub struct Resolver<'a> {
    lx: &'a Lexicon,
    people: Vec<Person>,
    /// Index into `people` by full name (full names are unique there).
    by_full: FastMap<String, usize>,
    /// Index into `people` of the latest person by last name.
    by_last: FastMap<String, usize>,
    last_person: Option<String>,
    /// People mentioned, most recent last (a short window), for pronouns.
    recent: Vec<String>,
    last_org: Option<String>,
    last_group: Option<String>,
    /// A buffer for names being looked up (kept to save allocations).
    name_buf: String,
    /// Buffers for the lower-case words of a mention.
    lower_buf: Vec<String>,
    /// The words of a run of capitals in [`Resolver::observe`] (kept to save allocations).
    words_buf: Vec<NameWord<'a>>,
    /// Buffers of [`Resolver::resolve`]: the words of a mention, its words after a
    /// determiner, and two words joined (kept to save allocations).
    mention_buf: Vec<&'a str>,
    body_buf: Vec<NameWord<'a>>,
    pair_buf: String,
}

const DETS: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their",
];
/// People mentioned, most recent last, at most [`RECENT`]: `full` moves to the end (the
/// oldest drops out when it is new and the window is full), and is the latest person.
/// The Strings of the window are reused, not allocated again.
fn mention_in(recent: &mut Vec<String>, last_person: &mut Option<String>, full: &str) {
    if let Some(at) = recent.iter().position(|r| r == full) {
        let r = recent.remove(at);
        recent.push(r);
    } else if recent.len() >= RECENT {
        let mut r = recent.remove(0);
        r.clear();
        r.push_str(full);
        recent.push(r);
    } else {
        recent.push(full.to_string());
    }
    match last_person {
        Some(p) => {
            p.clear();
            p.push_str(full);
        }
        None => *last_person = Some(full.to_string()),
    }
}

/// How many people mentioned last a pronoun may refer to.
const RECENT: usize = 12;

/// Capitalised words that do not start or make a name.
fn not_name(w: &str) -> bool {
    matches!(
        w,
        "The"
            | "A"
            | "An"
            | "In"
            | "On"
            | "At"
            | "But"
            | "And"
            | "He"
            | "She"
            | "It"
            | "They"
            | "We"
            | "I"
            | "This"
            | "That"
            | "Last"
            | "After"
            | "Before"
            | "When"
            | "While"
            | "As"
            | "If"
            | "Despite"
            | "Both"
            | "Two"
            | "According"
            | "Mr"
            | "Mrs"
            | "Ms"
            | "Dr"
            | "Monday"
            | "Tuesday"
            | "Wednesday"
            | "Thursday"
            | "Friday"
            | "Saturday"
            | "Sunday"
            | "January"
            | "February"
            | "March"
            | "April"
            | "May"
            | "June"
            | "July"
            | "August"
            | "September"
            | "October"
            | "November"
            | "December"
    )
}

/// A word of a name with what the word lists say of it.
#[derive(Debug, Clone, Copy)]
struct NameWord<'w> {
    w: &'w str,
    title: bool,
    kind: Option<SourceKind>,
}

/// The words joined by spaces into `s`, replacing what it held.
fn join_into(words: &[NameWord], s: &mut String) {
    s.clear();
    for (k, w) in words.iter().enumerate() {
        if k > 0 {
            s.push(' ');
        }
        s.push_str(w.w);
    }
}

/// Are there title words among these?
fn has_title(words: &[NameWord]) -> bool {
    words.iter().any(|w| w.title)
}

/// The title words among these, lower case, joined by spaces ("prime minister").
fn title_of(words: &[NameWord]) -> String {
    let titles: Vec<&str> = words.iter().filter(|w| w.title).map(|w| w.w).collect();
    titles.join(" ").to_lowercase()
}

fn is_cap(w: &str) -> bool {
    match w.as_bytes().first() {
        Some(&b) if b.is_ascii() => b.is_ascii_uppercase(),
        _ => w.chars().next().is_some_and(char::is_uppercase),
    }
}

fn strip_possessive(w: &str) -> &str {
    w.strip_suffix("’s")
        .or_else(|| w.strip_suffix("'s"))
        .unwrap_or(w)
}

impl<'a> Resolver<'a> {
    pub fn new(lx: &'a Lexicon) -> Self {
        Resolver {
            lx,
            people: Vec::with_capacity(16),
            // Room for the people of most articles (about a dozen), so the maps seldom grow.
            by_full: FastMap::with_capacity_and_hasher(16, Default::default()),
            by_last: FastMap::with_capacity_and_hasher(16, Default::default()),
            last_person: None,
            recent: Vec::new(),
            last_org: None,
            last_group: None,
            name_buf: String::new(),
            lower_buf: Vec::new(),
            words_buf: Vec::new(),
            mention_buf: Vec::new(),
            body_buf: Vec::new(),
            pair_buf: String::new(),
        }
    }

    /// A new person (no one of that full name is known yet).
    fn add_person(&mut self, p: Person) {
        self.by_full.insert(p.full.clone(), self.people.len());
        self.by_last.insert(p.last.clone(), self.people.len());
        self.people.push(p);
    }

    /// Someone was mentioned: the latest person, and one more for pronouns.
    fn mention(&mut self, full: &str) {
        mention_in(&mut self.recent, &mut self.last_person, full);
    }

    /// [`Resolver::mention`] of the person at `i` of `people`.
    fn mention_person(&mut self, i: usize) {
        let Resolver {
            people,
            recent,
            last_person,
            ..
        } = self;
        mention_in(recent, last_person, &people[i].full);
    }

    /// Gender from a title (Mr., Mrs., Ms.) or a known first name.
    fn gender(&self, full: &str, title: &str) -> Option<Gender> {
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
            if self.lx.names_female.contains(first) {
                Some(Gender::Female)
            } else if self.lx.names_male.contains(first) {
                Some(Gender::Male)
            } else {
                None
            }
        })
    }

    fn is_title(&self, w: &str) -> bool {
        self.word_info(w).has(WordInfo::TITLE)
    }

    /// What the lists say of one word (no white space in it), in any case: the word
    /// table answers for titles and one-word source nouns alike.
    fn word_info(&self, w: &str) -> WordInfo {
        with_lower(w, |l| self.lx.info(l))
    }

    fn is_adjectival(w: &str) -> bool {
        w.ends_with("-language")
            || (w.len() > 4
                && (w.ends_with("ian")
                    || w.ends_with("ese")
                    || w.ends_with("ish")
                    || w.ends_with("eli")))
            || w.ends_with("ern")
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

    /// Split words into title words and name words: the name is the run of capitalised
    /// words after the last title ("Prime Minister Benjamin Netanyahu" → "Benjamin
    /// Netanyahu"; "Palestinian envoy to Moscow Hafiz Nofal" → "Hafiz Nofal"). The title
    /// words are the titles among `words[..cut]`, the name is `words[start..]`: returns
    /// `(cut, start)`.
    fn name_core(words: &[NameWord]) -> (usize, usize) {
        let mut cut = 0;
        let mut after_prep = false;
        for (k, nw) in words.iter().enumerate() {
            let w = nw.w;
            if nw.title
                || !is_cap(w)
                || Self::is_adjectival(w)
                || nw.kind == Some(SourceKind::Organization)
                || w.ends_with("’s")
                || w.ends_with("'s")
            {
                cut = k + 1;
                after_prep = !is_cap(w) && !nw.title;
            }
        }
        if after_prep && words.len() - cut >= 3 {
            // "to Moscow Hafiz Nofal": the first capital belongs to the complement
            (cut, cut + 1)
        } else {
            (cut, cut)
        }
    }

    /// Register people introduced in a unit: runs of two or more capitalised words.
    pub fn observe(&mut self, text: &'a str, toks: &[Tok]) {
        let mut k = 0;
        let mut words = std::mem::take(&mut self.words_buf);
        while k < toks.len() {
            // Names inside a quotation are titles or words of the speaker ("Good Morning
            // America"), not people the article introduces.
            if toks[k].kind != Kind::Word || toks[k].first & Tok::UPPER == 0 || toks[k].quoted {
                k += 1;
                continue;
            }
            let mut j = k;
            words.clear();
            while j < toks.len() {
                let t = &toks[j];
                let w = &text[t.start..t.end];
                let title = t.info.has(WordInfo::TITLE);
                if t.kind == Kind::Word
                    && (t.first & Tok::UPPER != 0 || (title && !words.is_empty()))
                {
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
                    if w.ends_with("’s") || w.ends_with("'s") {
                        break;
                    }
                } else if t.kind == Kind::Punct
                    && w == "."
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
            let mut first = 0;
            while words.len() - first > 1 && not_name(words[first].w) {
                first += 1;
            }
            // "envoy to Moscow Hafiz Nofal": the first capital after a preposition is its object.
            let after_prep = k > 0 && toks[k - 1].kind == Kind::Word && {
                let p = &text[toks[k - 1].start..toks[k - 1].end];
                matches!(
                    p,
                    "to" | "of" | "in" | "from" | "for" | "at" | "on" | "with"
                )
            };
            if after_prep && words.len() - first >= 3 {
                first += 1;
            }
            let words = &words[first..];
            let (cut, start) = Self::name_core(words);
            let (title, name) = (&words[..cut], &words[start..]);
            let org = name
                .iter()
                .any(|w| w.kind.is_some_and(|k| k != SourceKind::Group));
            if name.len() >= 2 && name.len() <= 4 && !org && !name.iter().any(|w| not_name(w.w)) {
                // The full name in a buffer kept across names: known people (most
                // names) cost no allocation.
                let mut full = std::mem::take(&mut self.name_buf);
                join_into(name, &mut full);
                match self.by_full.get(full.as_str()).copied() {
                    Some(i) => {
                        let p = &mut self.people[i];
                        if p.title.is_empty() && has_title(title) {
                            p.title = title_of(title);
                        }
                        self.mention_person(i);
                    }
                    None => {
                        let last = name.last().map(|s| s.w.to_string()).unwrap_or_default();
                        let title = title_of(title);
                        let gender = self.gender(&full, &title);
                        self.add_person(Person {
                            full: full.clone(),
                            last,
                            title,
                            gender,
                        });
                        self.mention(&full);
                    }
                }
                self.name_buf = full;
            } else if name.len() == 1 {
                // The latest person of that last name.
                if let Some(&i) = self.by_last.get(name[0].w) {
                    self.mention_person(i);
                }
            }
            k = j.max(k + 1);
        }
        self.words_buf = words;
    }

    /// The kind of a mention, and the resolved name.
    pub fn resolve(&mut self, mention: &'a str) -> (String, SourceKind) {
        // A possessor ("Trump’s attacks on …", "his claim that …") is the person.
        let mention = strip_possessive(mention);
        match mention {
            "his" | "His" => return self.resolve("he"),
            "her" | "Her" => return self.resolve("she"),
            "their" | "Their" => return self.resolve("they"),
            "its" | "Its" => return self.resolve("it"),
            _ => {}
        }
        // A quantifier alone ("Most say", "few believe") is a group nobody refers back to.
        if with_lower(mention, |l| {
            crate::grammar::attribution::QUANTIFIERS.contains(&l)
        }) {
            return (mention.to_string(), SourceKind::Group);
        }
        // "Richard Revesz, director of the institute": the name before its appositive.
        if let Some((name, _)) = split_once_at(mention, ", ") {
            let words: Vec<&str> = name.split_whitespace().collect();
            if words.len() >= 2 && words.iter().all(|w| is_cap(w) || w.ends_with('.')) {
                return self.resolve(name);
            }
        }
        // "Netanyahu and Abbas": each name resolved, together a group.
        if let Some((a, b)) = split_once_at(mention, " and ") {
            if is_cap(a.trim()) && is_cap(b.trim()) {
                let (a, _) = self.resolve(a.trim());
                let (b, _) = self.resolve(b.trim());
                return (format!("{a} and {b}"), SourceKind::Group);
            }
        }
        let mut words = std::mem::take(&mut self.mention_buf);
        words.clear();
        words.extend(mention.split_whitespace());
        // The words in lower case, without possessive and final period, in Strings kept
        // across calls.
        let mut lower = std::mem::take(&mut self.lower_buf);
        for (k, w) in words.iter().enumerate() {
            if k == lower.len() {
                lower.push(String::new());
            }
            let l = &mut lower[k];
            l.clear();
            let w = strip_possessive(w).trim_end_matches('.');
            if w.is_ascii() {
                l.push_str(w);
                l.make_ascii_lowercase();
            } else {
                l.push_str(&w.to_lowercase());
            }
        }
        let found = self.resolve_words(mention, &words, &lower[..words.len()]);
        self.lower_buf = lower;
        self.mention_buf = words;
        found
    }

    /// [`Resolver::resolve`] of a mention of these words (`lower`: in lower case, without
    /// possessive and final period).
    fn resolve_words(
        &mut self,
        mention: &str,
        words: &[&'a str],
        lower: &[String],
    ) -> (String, SourceKind) {
        if words.len() == 1 {
            match lower[0].as_str() {
                "he" | "she" => {
                    let want = if lower[0] == "she" {
                        Gender::Female
                    } else {
                        Gender::Male
                    };
                    let found = self.recent.iter().rev().find(|full| {
                        self.by_full
                            .get(*full)
                            .and_then(|&i| self.people[i].gender)
                            .is_none_or(|g| g == want)
                    });
                    return (
                        found.cloned().unwrap_or_else(|| mention.to_string()),
                        SourceKind::Person,
                    );
                }
                // A relative pronoun stands for the name just before it.
                "who" => {
                    if let Some(r) = self.recent.last() {
                        return (r.clone(), SourceKind::Person);
                    }
                    return (mention.to_string(), SourceKind::Person);
                }
                "i" => {
                    return (
                        self.last_person
                            .clone()
                            .unwrap_or_else(|| mention.to_string()),
                        SourceKind::Person,
                    );
                }
                "it" => {
                    return (
                        self.last_org.clone().unwrap_or_else(|| mention.to_string()),
                        SourceKind::Organization,
                    )
                }
                "they" | "we" => {
                    let r = self.last_group.clone().or_else(|| self.last_org.clone());
                    return (r.unwrap_or_else(|| mention.to_string()), SourceKind::Group);
                }
                _ => {}
            }
        }
        // The kinds the words decide, one bit each (`kinds(k)`: is `k` among them?).
        let kind_bits = lower
            .iter()
            .filter_map(|w| self.lx.info(w).kind)
            .fold(0u8, |bits, k| bits | kind_bit(k));
        let kinds = |k: SourceKind| kind_bits & kind_bit(k) != 0;
        // Two-word nouns ("white house", "news agency").
        let mut pair = std::mem::take(&mut self.pair_buf);
        let pair_kind = lower.windows(2).find_map(|p| {
            pair.clear();
            pair.push_str(&p[0]);
            pair.push(' ');
            pair.push_str(&p[1]);
            self.lx.source_nouns.get(&pair).copied()
        });
        self.pair_buf = pair;
        if kinds(SourceKind::Anonymous) {
            return (mention.to_string(), SourceKind::Anonymous);
        }
        let mut body = std::mem::take(&mut self.body_buf);
        body.clear();
        body.extend(
            words
                .iter()
                .copied()
                .skip_while(|w| with_lower(w, |l| DETS.contains(&l)))
                .map(|w| self.name_word(w)),
        );
        let found = self.resolve_body(mention, lower, &body, kind_bits, pair_kind);
        self.body_buf = body;
        found
    }

    /// [`Resolver::resolve_words`] once the words after a determiner are told
    /// (`body`), with the kinds the words decide (`kind_bits`) and a two-word noun's.
    fn resolve_body(
        &mut self,
        mention: &str,
        lower: &[String],
        body: &[NameWord],
        kind_bits: u8,
        pair_kind: Option<SourceKind>,
    ) -> (String, SourceKind) {
        let kinds = |k: SourceKind| kind_bits & kind_bit(k) != 0;
        let (cut, start) = Self::name_core(body);
        let (title, name) = (&body[..cut], &body[start..]);
        // The head noun: the last word before a complement ("ambassador" in "Syria’s
        // ambassador to the UN", "military" in "the Russian military in Syria").
        let head_at = lower
            .iter()
            .position(|w| {
                matches!(
                    w.as_str(),
                    "to" | "of" | "for" | "in" | "at" | "with" | "from" | "on" | "who"
                )
            })
            .unwrap_or(lower.len());
        let head = if head_at > 0 {
            lower[head_at - 1].as_str()
        } else {
            ""
        };
        let head_is_title = self.is_title(head);
        let has_title = has_title(title);
        // A name we know: full or last name.
        if !name.is_empty() && !has_org_head(self.lx, head) {
            // The full name in the buffer kept across names (returned when new).
            let mut full = std::mem::take(&mut self.name_buf);
            join_into(name, &mut full);
            let last = name.last().map_or("", |w| w.w);
            if let Some(p) = self
                .people
                .iter()
                .rev()
                .find(|p| p.full == full || p.last == last || p.full.ends_with(&full))
            {
                let f = p.full.clone();
                self.name_buf = full;
                self.mention(&f);
                return (f, SourceKind::Person);
            }
            if name.len() >= 2 && kind_bits == 0 {
                let title = title_of(title);
                let gender = self.gender(&full, &title);
                self.add_person(Person {
                    full: full.clone(),
                    last: last.to_string(),
                    title,
                    gender,
                });
                self.mention(&full);
                return (full, SourceKind::Person);
            }
            self.name_buf = full;
        }
        // A title alone: "the prime minister" → who was introduced with it.
        if has_title && name.is_empty() {
            let t = title_of(title);
            if let Some(p) =
                self.people.iter().rev().find(|p| {
                    !p.title.is_empty() && (p.title.ends_with(&t) || t.ends_with(&p.title))
                })
            {
                let f = p.full.clone();
                self.mention(&f);
                return (f, SourceKind::Person);
            }
        }
        let kind = match (self.lx.source_nouns.get(head).copied(), pair_kind) {
            _ if head_is_title => SourceKind::Person,
            (_, Some(k)) if k != SourceKind::Group => k,
            (Some(k), _) => k,
            _ if kinds(SourceKind::Media) => SourceKind::Media,
            _ if has_title => SourceKind::Person,
            _ if kinds(SourceKind::Organization) => SourceKind::Organization,
            _ if !name.is_empty() => {
                // A single unknown capitalised word: a place or organisation standing for
                // its government ("Moscow", "Israel"), unless it looks like a plural group.
                // A known first name alone ("Melanie said") is a person.
                let known = with_lower(name[0].w, |first| {
                    self.lx.names_female.contains(first) || self.lx.names_male.contains(first)
                });
                if name.len() == 1 && !known {
                    SourceKind::Organization
                } else {
                    SourceKind::Person
                }
            }
            _ if head.ends_with('s') => SourceKind::Group,
            _ => SourceKind::Person,
        };
        // "The Kremlin" and "the Kremlin" are one source.
        let name = match mention.strip_prefix("The ") {
            Some(rest) if kind != SourceKind::Person || !rest.is_empty() => format!("the {rest}"),
            _ => mention.to_string(),
        };
        match kind {
            SourceKind::Organization | SourceKind::Media => self.last_org = Some(name.clone()),
            SourceKind::Group => self.last_group = Some(name.clone()),
            SourceKind::Person => self.mention(&name),
            _ => {}
        }
        (name, kind)
    }
}

/// A bit of its own for each source kind.
fn kind_bit(k: SourceKind) -> u8 {
    1 << (k as u8)
}

/// `s.split_once(pat)` for a short ASCII `pat`, found from its first byte (mentions are
/// short: setting up a substring searcher costs more than the search).
fn split_once_at<'s>(s: &'s str, pat: &str) -> Option<(&'s str, &'s str)> {
    let (b, p) = (s.as_bytes(), pat.as_bytes());
    let i = memchr::memchr_iter(*p.first()?, b).find(|&i| b[i..].starts_with(p))?;
    Some((&s[..i], &s[i + p.len()..]))
}

fn has_org_head(lx: &Lexicon, head: &str) -> bool {
    lx.source_nouns.get(head).is_some_and(|k| {
        matches!(
            k,
            SourceKind::Organization | SourceKind::Media | SourceKind::Group
        )
    })
}

#[cfg(test)]
mod tests {
    use crate::extract::extract_text;

    fn sources(text: &str) -> Vec<(String, String)> {
        extract_text(text)
            .into_iter()
            .filter(|c| c.form.is_attributed())
            .map(|c| (c.source_mention, c.source))
            .collect()
    }

    #[test]
    fn split_once_at_splits_as_split_once() {
        for s in [
            "a, b, c",
            "Netanyahu and Abbas",
            "x,y",
            "",
            "and",
            " and ",
            "é, ü and ö",
        ] {
            for pat in [", ", " and "] {
                assert_eq!(
                    super::split_once_at(s, pat),
                    s.split_once(pat),
                    "{s:?} {pat:?}"
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
    fn a_first_name_alone_is_a_person_and_a_place_an_organization() {
        let kinds = |text: &str| -> Vec<(String, crate::model::SourceKind)> {
            extract_text(text)
                .into_iter()
                .map(|c| (c.source, c.source_kind))
                .collect()
        };
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
