//! Deciding how two claims of the same proposition relate, and why.

use super::matching::participants_differ;
use super::normalize::{Text, HEDGES, STOP_WORDS};
use crate::model::Claim;

/// Two claims further apart than this (by their articles' dates) are about different
/// events: the two sample articles describe two phone calls four years apart.
pub const EVENT_WINDOW_DAYS: i64 = 30;

/// Wordings with fewer content words than this ("Now", "that, too", a tweet id) say
/// too little to agree or contradict.
pub const MIN_WORDS: usize = 3;

/// A `number`, `place` or `date` contradiction needs wordings this similar: the rest
/// of the claim must describe the same event.
pub const VALUE_CONFLICT_SIMILARITY: f64 = 0.7;

/// An agreement needs wordings this similar: saying the same thing is a stronger
/// statement than being about the same proposition (matching needs 0.5). Chosen on
/// Emergent (README), which has no held-out split.
pub const AGREEMENT_SIMILARITY: f64 = 0.55;

/// How two claims relate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Relation {
    Agreement,
    Contradiction,
}

/// Why two claims relate: the `reason` column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Reason {
    /// One source asserts, the other denies.
    Denial,
    /// P against not-P (not, no longer, never, no evidence, hoax, …).
    Negation,
    /// Opposing predicates from `grammars/en/opposites.txt` (rose/fell).
    Opposite,
    /// The same count with different values (22 of 24 against all 24).
    Number,
    /// The same event in different places.
    Place,
    /// The same event on different dates.
    Date,
    /// Agreement: the same normalised wording.
    Identical,
    /// Agreement: matching wordings with nothing in conflict.
    Similar,
}

impl Relation {
    pub fn as_str(self) -> &'static str {
        match self {
            Relation::Agreement => "agreement",
            Relation::Contradiction => "contradiction",
        }
    }
}

impl Reason {
    pub fn as_str(self) -> &'static str {
        match self {
            Reason::Denial => "denial",
            Reason::Negation => "negation",
            Reason::Opposite => "opposite",
            Reason::Number => "number",
            Reason::Place => "place",
            Reason::Date => "date",
            Reason::Identical => "identical",
            Reason::Similar => "similar",
        }
    }
}

/// One side of a candidate pair: a wording and what the claim adds to it.
#[derive(Debug, Clone, Copy)]
pub struct Side<'a> {
    pub text: &'a Text,
    /// The claim's stance is `denies`.
    pub denies: bool,
    /// The claim is hedged (reportedly, allegedly, may …) or its writer keeps its
    /// distance ([`distanced`]).
    pub hedged: bool,
    /// The claim is asked, not asserted ([`asked`]).
    pub question: bool,
    /// The resolved source, `None` when unattributed.
    pub source: Option<u32>,
    /// The article's date as a day number, when known.
    pub day: Option<i64>,
}

impl Side<'_> {
    /// Denies the proposition: a denying stance, or a denial inside the wording
    /// ("Apple denies …"), but not both.
    fn denies(&self) -> bool {
        self.denies != self.text.denies
    }
    /// Hedged by the claim, or by its wording unless it denies: in "denies ISIS claims
    /// that …" or "denied reports Moscow had told …" the claims and the reports are
    /// what is denied.
    fn hedged(&self) -> bool {
        self.hedged || (self.text.hedged && !(self.denies || self.text.denies))
    }
    fn question(&self) -> bool {
        self.question || self.text.question
    }
}

/// Cues that attribute an impression, a belief, an intention or an allegation, not a
/// statement of fact: "Video appears to show …", "People believed …", "Kim considers
/// opening …", "the man's claims that …".
const NON_COMMITTAL_CUES: &[&str] = &[
    "appear",
    "appears",
    "appeared",
    "seem",
    "seems",
    "seemed",
    "purport",
    "purports",
    "purported",
    "believe",
    "believes",
    "believed",
    "think",
    "thinks",
    "thought",
    "hope",
    "hopes",
    "hoped",
    "fear",
    "fears",
    "feared",
    "expect",
    "expects",
    "expected",
    "want",
    "wants",
    "wanted",
    "consider",
    "considers",
    "considered",
    "predict",
    "predicts",
    "predicted",
    "speculate",
    "speculates",
    "speculated",
    "doubt",
    "doubts",
    "doubted",
    // Nouns of an allegation: "the congressman's claim that …" is hedged as "the
    // congressman claims …" is (the verb is an `allege` cue).
    "claim",
    "claims",
    "allegation",
    "allegations",
    "accusation",
    "accusations",
];

/// Head nouns of a source that is hearsay.
const RUMOURS: &[&str] = &[
    "rumor",
    "rumors",
    "rumour",
    "rumours",
    "speculation",
    "hearsay",
    "gossip",
];

/// The writer keeps its distance from the claim, so that it states nothing that could
/// agree or contradict (only a denial can answer it): the source is a report or rumour
/// itself ("Report: …",
/// "…, reports say", "Rumor: …"), the cue is one of impression or belief
/// ([`NON_COMMITTAL_CUES`]), or a headline names its source after the claim ("…,
/// officials say", "…, according to developers", "…: CNN"): a headline states in its
/// own voice, and a source tagged on at its end is what the outlet relays without
/// taking it on.
pub fn distanced(c: &Claim) -> bool {
    if !c.form.is_attributed() {
        return false;
    }
    let lower = |s: &str| s.to_lowercase();
    let words = |s: &str| -> Vec<String> {
        lower(s)
            .split(|ch: char| !ch.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect()
    };
    let source = words(&c.source);
    // "Rumor: …", "NHL expansion rumors: …", "Reports say …", "Media reports: …", but
    // not "A UN report says …": a named report is a source.
    let rumour = source.last().is_some_and(|w| RUMOURS.contains(&w.as_str()))
        || (source.iter().any(|w| HEDGES.contains(&w.as_str()))
            && source.iter().all(|w| {
                HEDGES.contains(&w.as_str())
                    || STOP_WORDS.contains(&w.as_str())
                    || ["media", "news", "press", "check"].contains(&w.as_str())
            }));
    // A source tagged on a negation ("… is not al-Baghdadi's wife, Iraq says") relays a
    // refutation: that contradicts.
    let tagged = c.headline
        && !c.negated
        && matches!((c.content_span, c.source_span),
            (Some(content), Some(source)) if source.start >= content.end);
    rumour
        || tagged
        || words(&c.cue)
            .first()
            .is_some_and(|w| NON_COMMITTAL_CUES.contains(&w.as_str()))
}

/// The claim is asked, not asserted: its sentence puts a question mark right after it
/// ("Taylor Lianne Chandler: Michael Phelps Cougar Girlfriend Revealed?").
pub fn asked(c: &Claim) -> bool {
    let content = c.content.trim();
    if content.is_empty() {
        return false;
    }
    c.sentence.find(content).is_some_and(|at| {
        c.sentence[at + content.len()..]
            .chars()
            .find(|ch| !(ch.is_whitespace() || "\"'”’)]".contains(*ch)))
            == Some('?')
    })
}

/// Days since 1970-01-01 of a date written `YYYY-MM-DD…`.
pub fn day_number(date: &str) -> Option<i64> {
    let d = date.trim();
    let y: i64 = d.get(0..4)?.parse().ok()?;
    if d.get(4..5)? != "-" || d.get(7..8)? != "-" {
        return None;
    }
    let m: i64 = d.get(5..7)?.parse().ok()?;
    let day: i64 = d.get(8..10)?.parse().ok()?;
    if !(1..=12).contains(&m) || !(1..=31).contains(&day) {
        return None;
    }
    // Howard Hinnant's days_from_civil.
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

fn disjoint<T: PartialEq>(a: &[T], b: &[T]) -> bool {
    !a.is_empty() && !b.is_empty() && !a.iter().any(|x| b.contains(x))
}

/// Counts that disagree: `22 of 24` against `all 24`, or the same unit with values each
/// side lacks (`19 million watches` against `20 million watches`).
pub fn numbers_conflict(a: &Text, b: &Text) -> bool {
    let fractions = a
        .fractions
        .iter()
        .any(|&(pa, wa)| b.fractions.iter().any(|&(pb, wb)| wa == wb && pa != pb));
    if fractions {
        return true;
    }
    // Counts of nothing named ("500, gold at 5,000"): all values differ.
    let bare = |t: &Text| -> Vec<f64> {
        t.numbers
            .iter()
            .filter(|(u, _)| u.is_empty())
            .map(|p| p.1)
            .collect()
    };
    let all = |t: &Text| -> Vec<f64> { t.numbers.iter().map(|p| p.1).collect() };
    if !bare(a).is_empty() && !bare(b).is_empty() && disjoint(&all(a), &all(b)) {
        return true;
    }
    a.numbers.iter().any(|(unit, _)| {
        if unit.is_empty() {
            return false;
        }
        let va: Vec<f64> = a
            .numbers
            .iter()
            .filter(|(u, _)| u == unit)
            .map(|p| p.1)
            .collect();
        let vb: Vec<f64> = b
            .numbers
            .iter()
            .filter(|(u, _)| u == unit)
            .map(|p| p.1)
            .collect();
        disjoint(&va, &vb)
    })
}

fn opposite(a: &Text, b: &Text) -> bool {
    a.opposites.iter().any(|&(pair, side)| {
        b.opposites.contains(&(pair, !side)) && !a.opposites.contains(&(pair, !side))
    })
}

fn dates_conflict(a: &Text, b: &Text) -> bool {
    let (x, y) = (&a.dates, &b.dates);
    disjoint(&x.weekdays, &y.weekdays)
        || disjoint(&x.months, &y.months)
        || disjoint(&x.years, &y.years)
}

/// What two wordings have in conflict, computed once per pair of wordings and shared
/// by every pair of claims that use them.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TextPair {
    /// One of them is too short to relate, or they name different participants
    /// (different events: "Bennett and Putin spoke" and "Netanyahu and Putin spoke").
    unrelated: bool,
    /// Both negated or neither (a negation anywhere: a denial of "not P" is no
    /// contradiction of P).
    same_polarity: bool,
    /// Negation, opposite, number, place or date, in that order of precedence; a value
    /// conflict (number, place, date) only between wordings matched closely.
    conflict: Option<Reason>,
    /// A value conflict between wordings not matched closely enough to be one event.
    loose_conflict: bool,
    identical: bool,
    similarity: f64,
}

/// Negated as far as the other (not negated) wording is concerned: the negation is about what the
/// other says (a word of its scope is a word of the other) or about the whole wording
/// (hoax, fake). "Feminist aborts baby for being a boy, shocked people don't approve"
/// does not negate "I aborted my baby because it was a boy".
fn negated_against(t: &Text, other: &Text) -> bool {
    t.negated
        && t.negation_scope
            .as_ref()
            .is_none_or(|scope| scope.iter().any(|w| other.words.contains(w)))
}

/// The wordings place their events differently in a series: one puts an ordinal before a
/// word that the other uses with another ordinal or none. "ISIS beheads a second American
/// journalist" is another event than "ISIS beheads American journalist" or "… a third
/// American journalist"; "running in the 7th congressional district" adds a detail to
/// "running for Congress", and "third-place finish" says what "finishing third" does.
pub fn ordinals_differ(a: &Text, b: &Text) -> bool {
    let one_way = |x: &Text, y: &Text| {
        x.ordinals.iter().any(|(n, w)| {
            !y.ordinals.contains(&(*n, w.clone()))
                && (y.words.contains(w) || y.ordinals.iter().any(|(_, v)| v == w))
        })
    };
    one_way(a, b) || one_way(b, a)
}

/// Compare two wordings matched with this similarity.
pub fn compare_texts(ta: &Text, tb: &Text, similarity: f64) -> TextPair {
    use Reason::*;
    let unrelated = ta.words.len() < MIN_WORDS
        || tb.words.len() < MIN_WORDS
        || participants_differ(ta, tb)
        || ordinals_differ(ta, tb);
    let close = similarity >= VALUE_CONFLICT_SIMILARITY;
    let (na, nb) = if ta.negated && tb.negated {
        (true, true)
    } else {
        (negated_against(ta, tb), negated_against(tb, ta))
    };
    let (conflict, value) = if na != nb {
        (Some(Negation), false)
    } else if opposite(ta, tb) {
        (Some(Opposite), false)
    } else if numbers_conflict(ta, tb) {
        (Some(Number), true)
    } else if disjoint(&ta.places, &tb.places) {
        (Some(Place), true)
    } else if dates_conflict(ta, tb) {
        (Some(Date), true)
    } else {
        (None, false)
    };
    TextPair {
        unrelated,
        same_polarity: ta.negated == tb.negated,
        conflict,
        loose_conflict: value && !close,
        identical: ta.key == tb.key,
        similarity,
    }
}

/// The relation of two matching claims, with its reason; `None` when they neither
/// agree nor contradict (different events, one source repeating itself, hedged
/// agreement, a denial of a negation).
pub fn relate(a: &Side, b: &Side) -> Option<(Relation, Reason)> {
    relate_pair(a, b, &compare_texts(a.text, b.text, 1.0))
}

/// [`relate`] with the comparison of the two wordings already made.
pub fn relate_pair(a: &Side, b: &Side, tp: &TextPair) -> Option<(Relation, Reason)> {
    use Reason::*;
    use Relation::*;
    // A question or a condition asserts nothing, not even what a denial could answer.
    if tp.unrelated || a.question() || b.question() {
        return None;
    }
    if let (Some(x), Some(y)) = (a.day, b.day) {
        if (x - y).abs() > EVENT_WINDOW_DAYS {
            return None;
        }
    }
    // A denial answers any claim of P, hedged or reported ("Apple is reportedly shutting
    // down Beats" / "Apple denies it"): that is what a fact-checker looks for.
    if a.denies() != b.denies() {
        return tp.same_polarity.then_some((Contradiction, Denial));
    }
    // Otherwise a hedged wording commits to nothing: it neither agrees nor contradicts.
    if a.hedged() || b.hedged() {
        return None;
    }
    if let Some(reason) = tp.conflict {
        return (!tp.loose_conflict).then_some((Contradiction, reason));
    }
    if a.source.is_some() && a.source == b.source {
        return None;
    }
    if tp.similarity < AGREEMENT_SIMILARITY {
        return None;
    }
    Some((Agreement, if tp.identical { Identical } else { Similar }))
}

/// The relation of two claims whose wordings name one event (the same event head and
/// two shared participants, see [`super::frames`]) at different places: a `place`
/// contradiction when they can be the same event (in one article, or in articles both
/// dated and within [`EVENT_WINDOW_DAYS`]; no explicit dates in conflict), neither is
/// hedged and they take the same stance. Frames pair wordings that do not match, so
/// unknown article dates are no evidence of one event here.
pub fn relate_frames(a: &Side, b: &Side, same_article: bool) -> Option<(Relation, Reason)> {
    if a.text.words.len() < MIN_WORDS || b.text.words.len() < MIN_WORDS {
        return None;
    }
    match (a.day, b.day) {
        (Some(x), Some(y)) if (x - y).abs() > EVENT_WINDOW_DAYS => return None,
        (Some(_), Some(_)) => {}
        _ if !same_article => return None,
        _ => {}
    }
    if dates_conflict(a.text, b.text)
        || a.denies() != b.denies()
        || a.hedged()
        || b.hedged()
        || a.question()
        || b.question()
    {
        return None;
    }
    Some((Relation::Contradiction, Reason::Place))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Form;
    use crate::report::normalize::{normalize, Opposites};

    fn rel(a: &str, b: &str) -> Option<(Relation, Reason)> {
        rel_with(a, false, b, false)
    }

    fn rel_with(a: &str, a_denies: bool, b: &str, b_denies: bool) -> Option<(Relation, Reason)> {
        let o = Opposites::default_en();
        let (ta, tb) = (normalize(a, &o), normalize(b, &o));
        let side = |text, denies, source| Side {
            text,
            denies,
            hedged: false,
            question: false,
            source: Some(source),
            day: None,
        };
        relate(&side(&ta, a_denies, 1), &side(&tb, b_denies, 2))
    }

    use Reason::*;
    use Relation::*;

    #[test]
    fn denial_true_and_false() {
        let p = "Moscow had told Israel to end airstrikes in Syria";
        assert_eq!(rel_with(p, false, p, true), Some((Contradiction, Denial)));
        assert_eq!(rel_with(p, true, p, true), Some((Agreement, Identical)));
        // A denial inside the wording counts too.
        assert_eq!(
            rel(
                "Apple will sell the gold watch",
                "Apple denies it will sell the gold watch"
            ),
            Some((Contradiction, Denial))
        );
    }

    #[test]
    fn negation_true_and_false() {
        assert_eq!(
            rel(
                "Russia grants Israel freedom of action over Syrian skies",
                "Russia no longer grants Israel freedom of action over Syrian skies"
            ),
            Some((Contradiction, Negation))
        );
        assert_eq!(
            rel(
                "Russia no longer grants Israel freedom of action",
                "Russia does not grant Israel freedom of action"
            ),
            Some((Agreement, Similar))
        );
        // A negation about something the other wording does not say.
        assert_eq!(
            rel(
                "Feminist aborted her baby because it was a boy",
                "Feminist aborted her baby for being a boy, shocked people don't approve"
            ),
            Some((Agreement, Similar))
        );
        assert_eq!(
            rel(
                "the plumber's truck ended up with rebels in Syria",
                "the plumber has no idea how his truck ended up with rebels in Syria"
            ),
            Some((Agreement, Similar))
        );
        // `not real` denies the whole wording.
        assert_eq!(
            rel(
                "ESPN's domestic violence panel is all male",
                "ESPN's all-male domestic violence panel is not real"
            ),
            Some((Contradiction, Negation))
        );
    }

    #[test]
    fn number_true_and_false() {
        assert_eq!(
            rel(
                "air defense shot down 22 of the 24 missiles",
                "air defense shot down all 24 missiles"
            ),
            Some((Contradiction, Number))
        );
        assert_eq!(
            rel(
                "Apple will sell 19 million watches",
                "Apple will sell 20 million watches"
            ),
            Some((Contradiction, Number))
        );
        assert_eq!(
            rel(
                "the steel watch will cost 500, the gold watch 5,000",
                "the steel watch will cost 499, the gold watch 4,999"
            ),
            Some((Contradiction, Number))
        );
        assert_eq!(
            rel(
                "the steel watch will cost 500, the gold watch 5,000",
                "the steel watch will cost 500 and the gold watch 5,000"
            ),
            Some((Agreement, Identical))
        );
        assert_eq!(
            rel(
                "two men kept the burger for 20 years",
                "the men kept a burger for 20 years"
            ),
            Some((Agreement, Similar))
        );
    }

    #[test]
    fn place_true_and_false() {
        assert_eq!(
            rel(
                "Abbas will meet Putin in Sochi",
                "Abbas will meet Putin in Moscow"
            ),
            Some((Contradiction, Place))
        );
        assert_eq!(
            rel(
                "Abbas will meet Putin in Sochi",
                "Abbas will meet Putin in the resort town of Sochi"
            ),
            Some((Agreement, Similar))
        );
    }

    #[test]
    fn date_true_and_false() {
        assert_eq!(
            rel(
                "Netanyahu and Putin spoke on Wednesday",
                "Netanyahu and Putin spoke on Thursday"
            ),
            Some((Contradiction, Date))
        );
        assert_eq!(
            rel(
                "Netanyahu and Putin spoke on Wednesday",
                "Netanyahu and Putin spoke by phone on Wednesday"
            ),
            Some((Agreement, Similar))
        );
    }

    #[test]
    fn opposite_true_and_false() {
        assert_eq!(
            rel("oil prices rose sharply", "oil prices fell sharply"),
            Some((Contradiction, Opposite))
        );
        assert_eq!(
            rel(
                "oil prices rose sharply",
                "oil prices rose sharply on Friday"
            ),
            Some((Agreement, Similar))
        );
    }

    #[test]
    fn different_events_do_not_contradict() {
        let o = Opposites::default_en();
        let ta = normalize("Putin and the prime minister spoke on Thursday", &o);
        let tb = normalize("Putin and the prime minister spoke on Wednesday", &o);
        let side = |text, day| Side {
            text,
            denies: false,
            hedged: false,
            question: false,
            source: None,
            day,
        };
        let (a, b) = (
            side(&ta, day_number("2021-10-07")),
            side(&tb, day_number("2017-05-11")),
        );
        assert_eq!(relate(&a, &b), None);
        let b = side(&tb, day_number("2021-10-08"));
        assert_eq!(relate(&a, &b), Some((Contradiction, Date)));
        // Different participants: different calls.
        assert_eq!(
            rel(
                "Bennett and Putin spoke on Thursday",
                "Netanyahu and Putin spoke on Wednesday"
            ),
            None
        );
    }

    #[test]
    fn another_event_of_a_series_is_unrelated() {
        assert_eq!(
            rel(
                "ISIS beheads American journalist",
                "ISIS beheads second American journalist"
            ),
            None
        );
        assert_eq!(
            rel(
                "ISIS beheads second American journalist",
                "ISIS beheads third American journalist"
            ),
            None
        );
        assert_eq!(
            rel(
                "ISIS executes 2nd American journalist",
                "ISIS beheads second American journalist"
            ),
            Some((Agreement, Similar))
        );
        // An ordinal on a word the other does not use is a detail, not another event.
        assert_eq!(
            rel(
                "Maria Espinoza is running for Congress in the 7th congressional district",
                "Maria Espinoza is running for Congress"
            ),
            Some((Agreement, Similar))
        );
        assert_eq!(
            rel(
                "Santorum won by finishing third in Iowa",
                "Santorum won with a third-place finish in Iowa"
            ),
            Some((Agreement, Similar))
        );
    }

    #[test]
    fn hedged_claims_and_one_source_do_not_agree() {
        let o = Opposites::default_en();
        let t = normalize("Apple will sell a gold watch", &o);
        let side = |hedged, source| Side {
            text: &t,
            denies: false,
            hedged,
            question: false,
            source,
            day: None,
        };
        assert_eq!(relate(&side(true, None), &side(false, None)), None);
        assert_eq!(relate(&side(false, Some(3)), &side(false, Some(3))), None);
        // A denial answers a hedged claim ("reportedly P" / "denies P").
        let deny = Side {
            denies: true,
            ..side(false, Some(4))
        };
        assert_eq!(
            relate(&side(true, None), &deny),
            Some((Contradiction, Denial))
        );
        assert_eq!(
            relate(&side(false, None), &deny),
            Some((Contradiction, Denial))
        );
        assert_eq!(
            relate(&side(false, None), &side(false, None)),
            Some((Agreement, Identical))
        );
    }

    #[test]
    fn questions_relate_to_nothing() {
        assert_eq!(
            rel(
                "Is Kim Jong-un opening a restaurant in Scotland?",
                "Kim Jong-un is opening a restaurant in Scotland"
            ),
            None
        );
        assert_eq!(
            rel_with(
                "Could Kim Jong-un open a restaurant in Scotland?",
                false,
                "Kim Jong-un will open a restaurant in Scotland",
                true
            ),
            None
        );
    }

    #[test]
    fn hedge_words_inside_a_denial_are_what_is_denied() {
        assert_eq!(
            rel(
                "ISIS beheaded the poster girl Rehana",
                "Kurdish fighters deny ISIS claims that they beheaded the poster girl Rehana"
            ),
            Some((Contradiction, Denial))
        );
        // A denial answers a claim however hedged: ISIS claims P, the Kurds deny P.
        assert_eq!(
            rel(
                "ISIS claims that they beheaded the poster girl Rehana",
                "Kurdish fighters deny ISIS beheaded the poster girl Rehana"
            ),
            Some((Contradiction, Denial))
        );
    }

    use crate::model::{SourceKind, Span};

    fn claim(form: Form, source: &str, kind: SourceKind, cue: &str, content: &str) -> Claim {
        Claim {
            claim_id: "a:1".to_string(),
            article_id: "a".into(),
            form,
            source: source.to_string(),
            source_kind: kind,
            source_mention: source.into(),
            cue: cue.into(),
            content: content.into(),
            sentence: content.into(),
            ..Claim::default()
        }
    }

    #[test]
    fn distance_from_the_claim() {
        use SourceKind::*;
        let c = |source, kind, cue| claim(Form::Indirect, source, kind, cue, "Apple buys Beats");
        // An anonymous source is a source: its claims are what a fact-checker checks.
        assert!(!distanced(&c(
            "A source familiar with the talks",
            Anonymous,
            "said"
        )));
        assert!(distanced(&c("Report", Organization, ":")));
        assert!(distanced(&c("Reports", Organization, "say")));
        assert!(distanced(&c("NHL expansion rumors", Organization, ":")));
        assert!(distanced(&c("Video", Organization, "appears")));
        assert!(distanced(&c("Kim Jong-Un", Person, "considers")));
        // "Scientists cast doubt on man's claims that …": an allegation, as "claims" is.
        assert!(distanced(&c("man", Person, "claims")));
        assert!(distanced(&c("congressman", Person, "claim")));
        assert!(!distanced(&c("congressman", Person, "statement")));
        assert!(!distanced(&c("A UN report", Organization, "says")));
        assert!(!distanced(&c("Tim Cook", Person, "says")));
        // A source tagged on at the end of a headline, not one that opens it.
        let mut tag = c("officials", Group, "say");
        tag.headline = true;
        tag.content_span = Some(Span { start: 0, end: 16 });
        tag.source_span = Some(Span { start: 18, end: 27 });
        assert!(distanced(&tag));
        tag.source_span = Some(Span { start: 0, end: 9 });
        tag.content_span = Some(Span { start: 14, end: 30 });
        assert!(!distanced(&tag));
        let mut negated = tag.clone();
        (negated.content_span, negated.source_span) = (tag.source_span, tag.content_span);
        assert!(distanced(&negated));
        negated.negated = true;
        assert!(!distanced(&negated));
        // Not in a headline: "Apple buys Beats, officials said." is their claim.
        tag.headline = false;
        tag.content_span = Some(Span { start: 0, end: 16 });
        tag.source_span = Some(Span { start: 18, end: 27 });
        assert!(!distanced(&tag));
        assert!(!distanced(&claim(
            Form::Headline,
            "",
            None,
            "",
            "Apple buys Beats"
        )));
    }

    #[test]
    fn asked_claims() {
        let mut c = claim(
            Form::Mixed,
            "Taylor Lianne Chandler",
            SourceKind::Person,
            ":",
            "Michael Phelps Cougar Girlfriend Revealed",
        );
        c.sentence = "Taylor Lianne Chandler: Michael Phelps Cougar Girlfriend Revealed?".into();
        assert!(asked(&c));
        c.sentence =
            "Taylor Lianne Chandler: Michael Phelps Cougar Girlfriend Revealed. Why?".into();
        assert!(!asked(&c));
    }

    #[test]
    fn day_numbers() {
        assert_eq!(day_number("1970-01-01"), Some(0));
        assert_eq!(day_number("2017-05-11"), Some(17297));
        assert_eq!(day_number("2021-10-07T10:00"), Some(18907));
        assert_eq!(day_number("May 2017"), None);
    }
}
