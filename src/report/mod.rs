//! The cross-article report: propositions, agreements, contradictions, unattributed
//! assertions and provenance.
//!
//! [`ReportBuilder`] takes the claims of each article in order and keeps only what the
//! report needs (ids, interned wordings and sources, a few flags), so memory grows with
//! the number of claims and distinct wordings, not with the article text.
//! [`ReportBuilder::finish`] normalises each distinct wording ([`normalize`]), matches
//! wordings through an inverted index ([`matching`]), groups them into propositions with
//! union-find, and relates matching claims ([`relate`]).
//!
//! Claims that repeat one *statement* (the same wording, source, stance, hedge and
//! 30-day window of article dates; for unattributed claims, the same outlet when the
//! input names it) are related once: a relation row stands between the first claims of
//! two statements. Without this, a sentence repeated by a hundred articles would make
//! five thousand rows of agreement with itself.

pub mod eval;
pub mod frames;
pub mod matching;
pub mod normalize;
pub mod relate;
pub mod write;

use std::collections::{HashMap, HashSet};

use crate::model::{Article, Claim, Form, SourceKind, Stance};

use frames::{frames, Events, Frame};
use matching::{match_texts, MatchOptions, UnionFind};
use normalize::{normalize, Opposites, Text};
use relate::{
    compare_texts, day_number, relate_frames, relate_pair, Reason, Relation, Side,
    EVENT_WINDOW_DAYS,
};

/// No source.
const NONE: u32 = u32::MAX;

/// Matches that group wordings into one proposition: weaker matches still relate claims,
/// but chained they would join unrelated wordings into one ever larger proposition as the
/// batch grows (A ~ B ~ C …).
pub const GROUP_SIMILARITY: f64 = 0.7;

/// How many statements of one wording take part in relations (in order of first claim).
pub const MAX_STATEMENTS_PER_TEXT: usize = 16;

/// How many wordings one (event, participant pair) key of the frame index holds (in order
/// of first claim), so that a much-repeated event stays linear.
pub const MAX_FRAMES_PER_KEY: usize = 64;

/// What the report keeps of one claim.
#[derive(Debug, Clone)]
struct ClaimRec {
    article: u32,
    content: u32,
    source: u32,
    form: Form,
    stance: Stance,
    /// Hedged, or the writer keeps its distance ([`relate::distanced`]).
    hedged: bool,
    /// Asked, not asserted ([`relate::asked`]).
    question: bool,
}

/// What the report keeps of one article.
#[derive(Debug, Clone)]
pub struct ArticleMeta {
    pub id: String,
    /// The article's date as written (claims' `date`, or the input's metadata).
    pub date: String,
    /// The outlet (input metadata), interned; `NONE` when unknown.
    outlet: u32,
}

/// A source across the batch.
#[derive(Debug, Clone)]
pub struct SourceInfo {
    /// The name as first written.
    pub name: String,
    kinds: [u32; 6],
}

impl SourceInfo {
    /// The kind most claims give it (ties: the first in `SourceKind` order).
    pub fn kind(&self) -> SourceKind {
        const KINDS: [SourceKind; 6] = [
            SourceKind::Person,
            SourceKind::Organization,
            SourceKind::Group,
            SourceKind::Anonymous,
            SourceKind::Media,
            SourceKind::None,
        ];
        let mut best = 0;
        for i in 1..6 {
            if self.kinds[i] > self.kinds[best] {
                best = i;
            }
        }
        KINDS[best]
    }
}

fn kind_index(k: SourceKind) -> usize {
    match k {
        SourceKind::Person => 0,
        SourceKind::Organization => 1,
        SourceKind::Group => 2,
        SourceKind::Anonymous => 3,
        SourceKind::Media => 4,
        SourceKind::None => 5,
    }
}

/// Collects the claims of a batch of articles.
#[derive(Debug, Default)]
pub struct ReportBuilder {
    opposites: Opposites,
    events: Events,
    match_options: MatchOptions,
    articles: Vec<ArticleMeta>,
    claim_ids: Vec<String>,
    claims: Vec<ClaimRec>,
    content_ids: HashMap<String, u32>,
    contents: Vec<String>,
    /// Per content, its normalised wording.
    content_text: Vec<u32>,
    text_ids: HashMap<String, u32>,
    texts: Vec<Text>,
    /// Per wording, its event frames that could conflict (a place, two participants).
    text_frames: Vec<Vec<Frame>>,
    source_ids: HashMap<String, u32>,
    sources: Vec<SourceInfo>,
    outlet_ids: HashMap<String, u32>,
}

impl ReportBuilder {
    pub fn new() -> Self {
        ReportBuilder {
            opposites: Opposites::default_en(),
            events: Events::default_en(),
            ..Self::default()
        }
    }

    pub fn with_opposites(mut self, opposites: Opposites) -> Self {
        self.opposites = opposites;
        self
    }

    /// Event words for the frames (`events.txt` of the grammar).
    pub fn with_events(mut self, events: Events) -> Self {
        self.events = events;
        self
    }

    pub fn with_match_options(mut self, options: MatchOptions) -> Self {
        self.match_options = options;
        self
    }

    /// Number of claims so far.
    pub fn claim_count(&self) -> usize {
        self.claims.len()
    }

    /// Add one article and its claims (in text order).
    pub fn add_article(&mut self, article: &Article, claims: &[Claim]) {
        let date = claims
            .iter()
            .map(|c| c.date.as_str())
            .find(|d| !d.is_empty())
            .or(article.date.as_deref())
            .unwrap_or("")
            .to_string();
        let a = self.articles.len() as u32;
        let outlet = match article.outlet.as_deref().map(str::trim) {
            Some(o) if !o.is_empty() => {
                let next = self.outlet_ids.len() as u32;
                *self.outlet_ids.entry(o.to_lowercase()).or_insert(next)
            }
            _ => NONE,
        };
        self.articles.push(ArticleMeta {
            id: article.id.clone(),
            date,
            outlet,
        });
        for c in claims {
            let content = self.content_id(&c.content_words());
            let source = self.source_id(c);
            self.claim_ids.push(c.claim_id.clone());
            self.claims.push(ClaimRec {
                article: a,
                content,
                source,
                form: c.form,
                stance: c.stance,
                hedged: c.hedged || relate::distanced(c),
                question: relate::asked(c),
            });
        }
    }

    fn content_id(&mut self, content: &str) -> u32 {
        if let Some(&id) = self.content_ids.get(content) {
            return id;
        }
        let text = normalize(content, &self.opposites);
        let t = match self.text_ids.get(&text.key) {
            Some(&t) => t,
            None => {
                let t = self.texts.len() as u32;
                self.text_ids.insert(text.key.clone(), t);
                self.texts.push(text);
                let mut fs = frames(content, &self.events);
                fs.retain(|f| f.place.is_some() && f.participants.len() >= 2);
                self.text_frames.push(fs);
                t
            }
        };
        let id = self.contents.len() as u32;
        self.contents.push(content.to_string());
        self.content_text.push(t);
        self.content_ids.insert(content.to_string(), id);
        id
    }

    fn source_id(&mut self, c: &Claim) -> u32 {
        let name = c.source.trim();
        if name.is_empty() || !c.form.is_attributed() {
            return NONE;
        }
        let key = name.to_lowercase();
        let id = match self.source_ids.get(&key) {
            Some(&id) => id,
            None => {
                let id = self.sources.len() as u32;
                self.source_ids.insert(key, id);
                self.sources.push(SourceInfo {
                    name: name.to_string(),
                    kinds: [0; 6],
                });
                id
            }
        };
        self.sources[id as usize].kinds[kind_index(c.source_kind)] += 1;
        id
    }

    /// Match, group and relate.
    pub fn finish(self) -> Report {
        let edges = match_texts(&self.texts, &self.match_options);
        let mut uf = UnionFind::new(self.texts.len());
        for e in edges.iter().filter(|e| e.similarity >= GROUP_SIMILARITY) {
            uf.union(e.a, e.b);
        }

        // Propositions numbered in order of their first claim.
        // A wording too short to state anything ("Trump", "that") is a proposition of
        // its own claim: "attacks on Trump" and "endorsed Trump" share no proposition.
        let mut prop_of_root: HashMap<(u32, u32), u32> = HashMap::new();
        let mut claim_prop: Vec<u32> = Vec::with_capacity(self.claims.len());
        for (k, c) in self.claims.iter().enumerate() {
            let text = self.content_text[c.content as usize];
            let key = if self.texts[text as usize].words.len() < relate::MIN_WORDS {
                (NONE, k as u32)
            } else {
                (uf.find(text), NONE)
            };
            let next = prop_of_root.len() as u32;
            claim_prop.push(*prop_of_root.entry(key).or_insert(next));
        }
        let n_props = prop_of_root.len();

        // Statements: claims with the same wording, source, stance, hedge and date.
        let days: Vec<Option<i64>> = self.articles.iter().map(|a| day_number(&a.date)).collect();
        type StatementKey = (u32, (u32, u32), bool, (bool, bool), Option<i64>);
        let mut statement_ids: HashMap<StatementKey, u32> = HashMap::new();
        let mut statements: Vec<u32> = Vec::new(); // first claim of each statement
        let mut text_statements: Vec<Vec<u32>> = vec![Vec::new(); self.texts.len()];
        let mut claim_statement: Vec<u32> = Vec::with_capacity(self.claims.len());
        for (i, c) in self.claims.iter().enumerate() {
            let t = self.content_text[c.content as usize];
            // Dates by windows of EVENT_WINDOW_DAYS, so that a sentence repeated on many
            // days is still a handful of statements.
            let window = days[c.article as usize].map(|d| d.div_euclid(EVENT_WINDOW_DAYS));
            // Who asserts it: the source, or for an unattributed claim the outlet.
            let voice = if c.source != NONE {
                (c.source, NONE)
            } else {
                (NONE, self.articles[c.article as usize].outlet)
            };
            let key = (
                t,
                voice,
                c.stance == Stance::Denies,
                (c.hedged, c.question),
                window,
            );
            let s = *statement_ids.entry(key).or_insert_with(|| {
                let s = statements.len() as u32;
                statements.push(i as u32);
                text_statements[t as usize].push(s);
                s
            });
            claim_statement.push(s);
        }
        drop(statement_ids);

        let side = |s: u32| {
            let c = &self.claims[statements[s as usize] as usize];
            Side {
                text: &self.texts[self.content_text[c.content as usize] as usize],
                denies: c.stance == Stance::Denies,
                hedged: c.hedged,
                question: c.question,
                source: (c.source != NONE).then_some(c.source),
                day: days[c.article as usize],
            }
        };
        let mut relations: Vec<RelationRec> = Vec::new();
        let mut consider = |s1: u32, s2: u32, similarity: f64, tp: &relate::TextPair| {
            if let Some((relation, reason)) = relate_pair(&side(s1), &side(s2), tp) {
                let (c1, c2) = (statements[s1 as usize], statements[s2 as usize]);
                let (a, b) = if c1 < c2 { (c1, c2) } else { (c2, c1) };
                relations.push(RelationRec {
                    a,
                    b,
                    relation,
                    reason,
                    similarity,
                });
            }
        };
        // Only the first MAX_STATEMENTS_PER_TEXT statements of a wording are paired, so
        // a wording repeated by very many sources stays linear.
        let firsts = |t: u32| {
            let l = &text_statements[t as usize];
            &l[..l.len().min(MAX_STATEMENTS_PER_TEXT)]
        };
        for t in 0..text_statements.len() as u32 {
            let list = firsts(t);
            if list.len() < 2 {
                continue;
            }
            let text = &self.texts[t as usize];
            let tp = compare_texts(text, text, 1.0);
            for (i, &s1) in list.iter().enumerate() {
                for &s2 in &list[i + 1..] {
                    consider(s1, s2, 1.0, &tp);
                }
            }
        }
        for e in &edges {
            let tp = compare_texts(
                &self.texts[e.a as usize],
                &self.texts[e.b as usize],
                e.similarity,
            );
            for &s1 in firsts(e.a) {
                for &s2 in firsts(e.b) {
                    consider(s1, s2, e.similarity, &tp);
                }
            }
        }
        // Event frames: wordings that name one event (the same head and two shared
        // participants) at different places, found through an index by event and pair of
        // participants. Pairs already related keep their relation.
        let mut related: HashSet<(u32, u32)> = relations.iter().map(|r| (r.a, r.b)).collect();
        for (ta, tb, similarity) in frame_candidates(&self.text_frames) {
            for &s1 in firsts(ta) {
                for &s2 in firsts(tb) {
                    let (c1, c2) = (statements[s1 as usize], statements[s2 as usize]);
                    let (a, b) = if c1 < c2 { (c1, c2) } else { (c2, c1) };
                    if related.contains(&(a, b)) {
                        continue;
                    }
                    let same_article =
                        self.claims[a as usize].article == self.claims[b as usize].article;
                    if let Some((relation, reason)) =
                        relate_frames(&side(s1), &side(s2), same_article)
                    {
                        related.insert((a, b));
                        relations.push(RelationRec {
                            a,
                            b,
                            relation,
                            reason,
                            similarity,
                        });
                    }
                }
            }
        }
        drop(related);
        relations.sort_by_key(|r| (r.a, r.b));
        drop(text_statements);

        // Per proposition and per source.
        let mut props: Vec<PropositionStats> = vec![PropositionStats::default(); n_props];
        let mut prop_contents: Vec<HashMap<u32, (u32, u32)>> = vec![HashMap::new(); n_props];
        let mut relays: HashSet<(u32, u32, u32)> = HashSet::new();
        let mut independent: HashSet<(u32, u32)> = HashSet::new();
        let mut prop_sources: Vec<Vec<u32>> = vec![Vec::new(); n_props];
        let mut srcs: Vec<SourceStats> = vec![SourceStats::default(); self.sources.len()];
        let mut last_article: Vec<u32> = vec![NONE; n_props];
        let mut src_last_article: Vec<u32> = vec![NONE; self.sources.len()];
        for (i, c) in self.claims.iter().enumerate() {
            let p = claim_prop[i] as usize;
            let st = &mut props[p];
            st.claims += 1;
            if last_article[p] != c.article {
                last_article[p] = c.article;
                st.articles += 1;
            }
            let n = prop_contents[p].len() as u32;
            prop_contents[p].entry(c.content).or_insert((0, n)).0 += 1;
            if matches!(c.form, Form::Unattributed | Form::Headline) {
                st.unattributed += 1;
            }
            if c.source != NONE {
                if relays.insert((p as u32, c.article, c.source)) {
                    st.sources += 1;
                }
                if independent.insert((p as u32, c.source)) {
                    st.independent_sources += 1;
                    prop_sources[p].push(c.source);
                }
                let s = &mut srcs[c.source as usize];
                s.claims += 1;
                if src_last_article[c.source as usize] != c.article {
                    src_last_article[c.source as usize] = c.article;
                    s.articles += 1;
                }
            }
        }
        drop((relays, independent));
        for r in &relations {
            let p = claim_prop[r.a as usize] as usize;
            let (sa, sb) = (
                self.claims[r.a as usize].source,
                self.claims[r.b as usize].source,
            );
            let bump = |x: &mut SourceStats| match r.relation {
                Relation::Agreement => x.agreements += 1,
                Relation::Contradiction => x.contradictions += 1,
            };
            // A frame contradiction may join two propositions: it counts in both.
            let pb = claim_prop[r.b as usize] as usize;
            for q in if pb == p { vec![p] } else { vec![p, pb] } {
                match r.relation {
                    Relation::Agreement => props[q].agreements += 1,
                    Relation::Contradiction => props[q].contradictions += 1,
                }
            }
            if sa != NONE {
                bump(&mut srcs[sa as usize]);
            }
            if sb != NONE && sb != sa {
                bump(&mut srcs[sb as usize]);
            }
        }
        for (p, counts) in prop_contents.into_iter().enumerate() {
            // The wording most claims use; ties go to the first seen.
            props[p].text = counts
                .into_iter()
                .max_by_key(|&(_, (n, order))| (n, std::cmp::Reverse(order)))
                .map(|(content, _)| content)
                .unwrap_or(0);
        }

        Report {
            articles: self.articles,
            claim_ids: self.claim_ids,
            claims: self.claims,
            contents: self.contents,
            sources: self.sources,
            claim_prop,
            claim_statement,
            props,
            prop_sources,
            srcs,
            relations,
        }
    }
}

/// Pairs of wordings `(a, b, overlap)` with `a < b`, in order, whose frames name the same
/// event and two shared participants at different places. The overlap is the best
/// [`frames::overlap`] of such frames. Frames are indexed under their event and each pair
/// of their participants; only wordings sharing a key are compared.
fn frame_candidates(text_frames: &[Vec<Frame>]) -> Vec<(u32, u32, f64)> {
    type Key<'a> = (u16, &'a str, &'a str);
    let mut index: HashMap<Key, Vec<(u32, usize)>> = HashMap::new();
    for (t, fs) in text_frames.iter().enumerate() {
        for (k, f) in fs.iter().enumerate() {
            let p = &f.participants;
            for i in 0..p.len() {
                for j in i + 1..p.len() {
                    let list = index.entry((f.event, &p[i], &p[j])).or_default();
                    if list.len() < MAX_FRAMES_PER_KEY && list.last() != Some(&(t as u32, k)) {
                        list.push((t as u32, k));
                    }
                }
            }
        }
    }
    let mut best: HashMap<(u32, u32), f64> = HashMap::new();
    for list in index.values() {
        for (i, &(ta, fa)) in list.iter().enumerate() {
            for &(tb, fb) in &list[i + 1..] {
                if ta == tb {
                    continue;
                }
                let (x, y) = (&text_frames[ta as usize][fa], &text_frames[tb as usize][fb]);
                if !frames::places_differ(x, y) {
                    continue;
                }
                let o = frames::overlap(x, y);
                let e = best.entry((ta.min(tb), ta.max(tb))).or_insert(o);
                *e = e.max(o);
            }
        }
    }
    let mut out: Vec<(u32, u32, f64)> = best.into_iter().map(|((a, b), o)| (a, b, o)).collect();
    out.sort_by_key(|&(a, b, _)| (a, b));
    out
}

/// One relation between two claims (indices in input order, `a < b`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RelationRec {
    pub a: u32,
    pub b: u32,
    pub relation: Relation,
    pub reason: Reason,
    pub similarity: f64,
}

#[derive(Debug, Clone, Default)]
struct PropositionStats {
    /// Content id of the representative wording.
    text: u32,
    claims: u32,
    articles: u32,
    sources: u32,
    independent_sources: u32,
    agreements: u32,
    contradictions: u32,
    unattributed: u32,
}

#[derive(Debug, Clone, Default)]
struct SourceStats {
    claims: u32,
    articles: u32,
    agreements: u32,
    contradictions: u32,
}

/// The finished report, ready to be written ([`write`]).
#[derive(Debug)]
pub struct Report {
    articles: Vec<ArticleMeta>,
    claim_ids: Vec<String>,
    claims: Vec<ClaimRec>,
    contents: Vec<String>,
    sources: Vec<SourceInfo>,
    claim_prop: Vec<u32>,
    /// Per claim, its statement (claims repeating one statement share it).
    claim_statement: Vec<u32>,
    props: Vec<PropositionStats>,
    prop_sources: Vec<Vec<u32>>,
    srcs: Vec<SourceStats>,
    relations: Vec<RelationRec>,
}

/// Totals for the summary line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Summary {
    pub articles: usize,
    pub claims: usize,
    pub propositions: usize,
    pub sources: usize,
    pub agreements: usize,
    pub contradictions: usize,
    pub unattributed: usize,
}

impl std::fmt::Display for Summary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} articles, {} claims, {} propositions, {} sources, {} agreements, {} contradictions, {} unattributed",
            self.articles,
            self.claims,
            self.propositions,
            self.sources,
            self.agreements,
            self.contradictions,
            self.unattributed
        )
    }
}

impl Report {
    /// The relations, in order of their first claim.
    pub fn relations(&self) -> &[RelationRec] {
        &self.relations
    }

    /// `P<n>`: the proposition of the claim with this index (input order).
    pub fn proposition_of(&self, claim: usize) -> String {
        proposition_id(self.claim_prop[claim])
    }

    /// The statement of the claim with this index: claims with the same wording, source,
    /// stance, hedge and article date share one, and a relation row stands for all of them.
    pub fn statement_of(&self, claim: usize) -> u32 {
        self.claim_statement[claim]
    }

    /// The claim id of the claim with this index.
    pub fn claim_id(&self, claim: usize) -> &str {
        &self.claim_ids[claim]
    }

    pub fn summary(&self) -> Summary {
        let count = |rel| self.relations.iter().filter(|r| r.relation == rel).count();
        Summary {
            articles: self.articles.len(),
            claims: self.claims.len(),
            propositions: self.props.len(),
            sources: self.sources.len(),
            agreements: count(Relation::Agreement),
            contradictions: count(Relation::Contradiction),
            unattributed: self
                .claims
                .iter()
                .filter(|c| matches!(c.form, Form::Unattributed | Form::Headline))
                .count(),
        }
    }
}

/// Proposition ids: `P1`, `P2`, … in order of first claim.
pub fn proposition_id(p: u32) -> String {
    format!("P{}", p + 1)
}

#[cfg(test)]
mod tests;
