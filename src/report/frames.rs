//! Event frames: who met (called, visited, struck …) whom, and where.
//!
//! A frame is an event head from `grammars/en/events.txt` (`meeting` → `meet`), the
//! participants named around it and the place it happened. Two wordings of one event
//! may share too few words to match ("Abbas is scheduled to meet with Putin in the
//! Russian resort town of Sochi" and "Abbas's meeting with Putin in Moscow comes amid
//! efforts by …"); their frames still agree on the event and the participants and
//! disagree on the place. The report indexes frames by event and pair of participants
//! to find such `place` contradictions without comparing all pairs.
//!
//! A head's frame covers the words between the previous and the next head of another
//! event, within one clause (`;`, `:`, brackets and dashes end it; commas do not). Participants are
//! capitalised runs ("Palestinian Authority Mahmoud Abbas", "US President Donald Trump")
//! keyed by their last word that is not a title or a demonym (`abbas`, `trump`), so the
//! full name and the surname meet. The place is the capitalised words of an `in`/`at`
//! phrase (`in the Russian resort town of Sochi` → `sochi`, `at the White House` →
//! `white house`), the first one after the head, else the last one before it.

use std::collections::HashMap;

use super::normalize::{
    title_case, tokenize, Tok, HEDGES, MONTHS, NEGATIONS, PLACE_FILLERS, STOP_WORDS, TITLES,
    WEEKDAYS,
};

/// More participants than this in one frame: a list of names, not an event.
pub const MAX_PARTICIPANTS: usize = 6;

/// Endings of demonyms: adjectives, not participants or places ("Russian", "Israeli").
const DEMONYM_ENDINGS: &[&str] = &["ish", "ian", "ese", "ean", "can", "eli", "aqi", "ani"];

/// Capitalised adjectives that name no participant ("Democratic rival Hillary Clinton").
const ADJECTIVES: &[&str] = &[
    "democratic",
    "conservative",
    "liberal",
    "islamic",
    "socialist",
];

/// Forms of `be`: `met` after them is passive ("it was met with skepticism").
const BE: &[&str] = &["is", "are", "was", "were", "be", "been", "being"];

/// Words after which a `noun` form is a verb ("who talks about").
const SUBJECTS: &[&str] = &["he", "she", "it", "who", "that", "which"];

/// Event heads: word form → (lemma number, noun only).
#[derive(Debug, Clone, Default)]
pub struct Events {
    forms: HashMap<String, (u16, bool)>,
    lemmas: Vec<String>,
}

impl Events {
    /// Parse `form lemma [noun]` lines (`#` comments, blank lines skipped); a line with
    /// one word is its own lemma.
    pub fn parse(text: &str) -> Self {
        let mut ev = Events::default();
        for line in text.lines() {
            let line = line.split('#').next().unwrap_or("").trim();
            let mut words = line.split_whitespace();
            let Some(form) = words.next() else { continue };
            let lemma = words.next().unwrap_or(form).to_lowercase();
            let noun = words.next() == Some("noun");
            let id = match ev.lemmas.iter().position(|l| *l == lemma) {
                Some(p) => p as u16,
                None => {
                    ev.lemmas.push(lemma);
                    (ev.lemmas.len() - 1) as u16
                }
            };
            ev.forms.insert(form.to_lowercase(), (id, noun));
        }
        ev
    }

    /// The embedded English list.
    pub fn default_en() -> Self {
        Self::parse(include_str!("../../grammars/en/events.txt"))
    }

    /// The lemma of an event number.
    pub fn lemma(&self, id: u16) -> &str {
        self.lemmas.get(id as usize).map_or("", String::as_str)
    }

    fn get(&self, lower: &str) -> Option<u16> {
        self.forms.get(lower).map(|&(id, _)| id)
    }

    /// The event of a word after `prev` (the previous word, lower-cased).
    fn head(&self, lower: &str, prev: Option<&str>) -> Option<u16> {
        match self.forms.get(lower) {
            Some(&(_, true)) if prev.is_some_and(|p| SUBJECTS.contains(&p)) => None,
            Some(_) if lower == "met" && prev.is_some_and(|p| BE.contains(&p)) => None,
            Some(&(id, _)) => Some(id),
            None => None,
        }
    }
}

/// One event named in a wording.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Frame {
    /// The event's lemma number in [`Events`].
    pub event: u16,
    /// Participants, lower-cased keys, sorted, without repeats.
    pub participants: Vec<String>,
    /// Where it happened: the capitalised words of the place phrase, lower-cased,
    /// space-separated (`west bank`).
    pub place: Option<String>,
}

fn is_demonym(l: &str) -> bool {
    DEMONYM_ENDINGS.iter().any(|e| l.ends_with(e)) || ADJECTIVES.contains(&l)
}

/// Headline case, as [`super::normalize`] decides it, but titles and demonyms do not
/// count: "Prime Minister Naftali Bennett and Russian President Vladimir Putin spoke on
/// the phone" is a sentence of names.
fn headline_case(toks: &[Tok]) -> bool {
    let words: Vec<Tok> = toks
        .iter()
        .filter(|t| match t {
            Tok::Word { lower, .. } => !TITLES.contains(&lower.as_str()) && !is_demonym(lower),
            _ => true,
        })
        .cloned()
        .collect();
    title_case(&words)
}

/// What one token is for frames.
#[derive(Debug, Clone, PartialEq)]
enum Role {
    Other,
    Clause,
    Event(u16),
    /// The end of a participant's name, with its key.
    Name(String),
    /// The end of a place phrase, with the place.
    Place(String),
}

/// The event frames of one wording; none in headline case, where capitals name nothing.
pub fn frames(content: &str, events: &Events) -> Vec<Frame> {
    let toks = tokenize(content);
    if headline_case(&toks) {
        return Vec::new();
    }
    let word = |i: usize| match toks.get(i) {
        Some(Tok::Word { lower, cap }) => Some((lower.as_str(), *cap)),
        _ => None,
    };
    let mut roles = vec![Role::Other; toks.len()];
    let mut i = 0;
    while i < toks.len() {
        match &toks[i] {
            Tok::Break(true) => roles[i] = Role::Clause,
            Tok::Word { lower, cap } => {
                let l = lower.as_str();
                let prev = i.checked_sub(1).and_then(word).map(|(w, _)| w);
                if let Some(e) = events.head(l, prev) {
                    roles[i] = Role::Event(e);
                } else if (l == "in" || l == "at") && !cap {
                    // `in`/`at`, fillers and demonyms, then a capitalised run.
                    let mut j = i + 1;
                    while let Some((w, c)) = word(j) {
                        if (!c && PLACE_FILLERS.contains(&w)) || (c && is_demonym(w)) {
                            j += 1;
                        } else {
                            break;
                        }
                    }
                    let mut last = None;
                    let mut place: Vec<&str> = Vec::new();
                    while let Some((w, true)) = word(j) {
                        if STOP_WORDS.contains(&w)
                            || events.get(w).is_some()
                            || WEEKDAYS.contains(&w)
                            || MONTHS.contains(&w)
                        {
                            break;
                        }
                        last = Some(j);
                        place.push(w);
                        j += 1;
                        // `town of Sochi`: a filler between capitals continues the phrase.
                        while let (Some((f, false)), Some((_, true))) = (word(j), word(j + 1)) {
                            if !PLACE_FILLERS.contains(&f) {
                                break;
                            }
                            j += 1;
                        }
                    }
                    if let Some(p) = last {
                        roles[p] = Role::Place(place.join(" "));
                        i = j;
                        continue;
                    }
                } else if *cap {
                    // A capitalised run names one participant, keyed by its last word
                    // that is not a title, a demonym or a function word.
                    let mut key = None;
                    let mut j = i;
                    while let Some((w, true)) = word(j) {
                        if events.get(w).is_some() || (STOP_WORDS.contains(&w) && j > i) {
                            break;
                        }
                        let skip = STOP_WORDS.contains(&w)
                            || TITLES.contains(&w)
                            || NEGATIONS.contains(&w)
                            || HEDGES.contains(&w)
                            || WEEKDAYS.contains(&w)
                            || MONTHS.contains(&w)
                            || is_demonym(w);
                        if !skip {
                            key = Some((j, w));
                        }
                        j += 1;
                    }
                    if let Some((p, w)) = key {
                        roles[p] = Role::Name(w.to_string());
                    }
                    i = j.max(i + 1);
                    continue;
                }
            }
            _ => {}
        }
        i += 1;
    }

    // A head repeating the lemma of the previous one in its clause ("spoke … in a phone
    // call") belongs to the same frame.
    let mut last: Option<u16> = None;
    for r in roles.iter_mut() {
        match r {
            Role::Clause => last = None,
            Role::Event(e) if last == Some(*e) => *r = Role::Other,
            Role::Event(e) => last = Some(*e),
            _ => {}
        }
    }
    let heads: Vec<(usize, u16)> = roles
        .iter()
        .enumerate()
        .filter_map(|(i, r)| match r {
            Role::Event(e) => Some((i, *e)),
            _ => None,
        })
        .collect();
    let mut out = Vec::new();
    for &(h, event) in &heads {
        // From the previous head or clause break to the next one.
        let mut start = h;
        while start > 0 && !matches!(roles[start - 1], Role::Clause | Role::Event(_)) {
            start -= 1;
        }
        let mut end = h + 1;
        while end < roles.len() && !matches!(roles[end], Role::Clause | Role::Event(_)) {
            end += 1;
        }
        let mut participants: Vec<String> = Vec::new();
        let (mut before, mut after) = (None, None);
        for (i, r) in roles.iter().enumerate().take(end).skip(start) {
            match r {
                Role::Name(n) => participants.push(n.clone()),
                Role::Place(p) if i < h => before = Some(p.clone()),
                Role::Place(p) if after.is_none() => after = Some(p.clone()),
                _ => {}
            }
        }
        participants.sort();
        participants.dedup();
        let place = after.or(before);
        participants.retain(|n| {
            !place
                .as_deref()
                .is_some_and(|p| p.split(' ').any(|w| w == n))
        });
        if participants.len() > MAX_PARTICIPANTS {
            continue;
        }
        out.push(Frame {
            event,
            participants,
            place,
        });
    }
    out
}

/// Two places that cannot be one: no word in common (`washington d` and `washington`
/// are one place, `sochi` and `moscow` two).
pub fn places_differ(a: &Frame, b: &Frame) -> bool {
    match (&a.place, &b.place) {
        (Some(x), Some(y)) => !x.split(' ').any(|w| y.split(' ').any(|v| v == w)),
        _ => false,
    }
}

/// The overlap of two frames: shared participants over all participants (Jaccard).
pub fn overlap(a: &Frame, b: &Frame) -> f64 {
    let shared = a
        .participants
        .iter()
        .filter(|p| b.participants.contains(p))
        .count();
    let all = a.participants.len() + b.participants.len() - shared;
    if all == 0 {
        0.0
    } else {
        shared as f64 / all as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (lemma, participants, place) of each frame.
    fn get(content: &str) -> Vec<(String, Vec<String>, Option<String>)> {
        let ev = Events::default_en();
        frames(content, &ev)
            .into_iter()
            .map(|f| (ev.lemma(f.event).to_string(), f.participants, f.place))
            .collect()
    }

    fn frame(
        lemma: &str,
        participants: &[&str],
        place: Option<&str>,
    ) -> (String, Vec<String>, Option<String>) {
        (
            lemma.to_string(),
            participants.iter().map(|p| p.to_string()).collect(),
            place.map(str::to_string),
        )
    }

    #[test]
    fn events_parse_forms_and_lemmas() {
        let ev = Events::parse("# comment\nmeet meet\nmeeting meet\n\nsummit\n");
        assert_eq!(ev.get("meeting"), ev.get("meet"));
        assert_eq!(ev.get("summit").map(|e| ev.lemma(e)), Some("summit"));
        assert_eq!(ev.get("comment"), None);
    }

    #[test]
    fn frames_of_the_sample_sentences() {
        assert_eq!(
            get("that the phone call, which came a day before Palestinian Authority Mahmoud Abbas is scheduled to meet with Putin in the Russian resort town of Sochi, was initiated by Israel"),
            [
                frame("call", &["abbas"], None),
                frame("meet", &["abbas", "israel", "putin"], Some("sochi")),
            ]
        );
        assert_eq!(
            get("Abbas’s meeting with Putin in Moscow comes amid efforts by US President Donald Trump — who is set to visit Israel and the West Bank city of Bethlehem later this month"),
            [
                frame("meet", &["abbas", "putin", "trump"], Some("moscow")),
                frame("visit", &["bank", "bethlehem", "israel"], None),
            ]
        );
        // The PA president's meeting at the White House is another meeting than the
        // one of Abbas and Putin.
        assert_eq!(
            get("that Abbas and Putin will discuss the results of the recent Arab League summit and the PA president’s meeting at the White House with Trump"),
            [
                frame("summit", &["abbas", "league", "pa", "putin"], None),
                frame("meet", &["pa", "trump"], Some("white house")),
            ]
        );
        assert_eq!(
            get("Prime Minister Naftali Bennett and Russian President Vladimir Putin spoke on the phone on Thursday"),
            [frame("call", &["bennett", "putin"], None)]
        );
        // One frame for two heads of one event; a weekday is not a place.
        assert_eq!(
            get("Putin spoke with Israel’s prime minister in a Wednesday phone call in Moscow"),
            [frame("call", &["israel", "putin"], Some("moscow"))]
        );
        // `talks` after a subject is a verb; `spoke` is no call.
        assert_eq!(get("a president who talks about America in Iowa"), []);
        assert_eq!(
            get("Allen spoke on behalf of Clinton at the Democratic convention"),
            []
        );
        // Passive `met`, adjectives, sentences.
        assert_eq!(
            get("When China announced its plan in Kazakhstan, it was met with fear"),
            []
        );
        assert_eq!(
            get("Trump and Democratic rival Hillary Clinton meet at Hofstra University"),
            [frame(
                "meet",
                &["clinton", "trump"],
                Some("hofstra university")
            )]
        );
        assert_eq!(
            get("Abbas met Putin. Trump went to a meeting in Moscow with Mr. Netanyahu"),
            [
                frame("meet", &["abbas", "putin"], None),
                frame("meet", &["netanyahu", "trump"], Some("moscow")),
            ]
        );
        // Headline case: no frames.
        assert_eq!(get("Abbas Meets Putin In Sochi For Talks"), []);
    }
}
