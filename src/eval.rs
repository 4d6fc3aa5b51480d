//! Measured accuracy: extraction scored against brat standoff gold (the PolNeAR layout).
//!
//! Three parts, each usable on its own:
//! - a reader for brat `.ann` files ([`parse_standoff`], [`Standoff::relations`]);
//! - the gold folder layout, `DIR/text/<stem>.txt` beside `DIR/attributions/<stem>_<annotator>.ann`
//!   ([`GoldDir`]);
//! - the scoring ([`score_article`], [`Totals`], [`error_rows`]): predictions and gold relations
//!   are matched one-to-one, best first, by character Jaccard of their content spans.
//!
//! Predictions are plain data ([`Prediction`]), so the scoring is tested without the extractor.
//! All offsets are character (Unicode scalar value) offsets, half-open, as in brat.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt;
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::time::Duration;

use nom::bytes::complete::take_while1;
use nom::character::complete::{char, digit1, space0, space1};
use nom::combinator::{all_consuming, map, map_res};
use nom::multi::separated_list1;
use nom::sequence::{separated_pair, terminated};
use nom::{Finish, IResult, Parser};
use serde::Serialize;

use crate::model::{Claim, Form, Span};
use crate::output::csv_io;

// ---------------------------------------------------------------------------------------------
// Span sets and Jaccard
// ---------------------------------------------------------------------------------------------

/// A set of character positions, kept as sorted, disjoint, non-empty half-open pieces.
/// A discontinuous brat span (`START END;START END`) is one set.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SpanSet(Vec<Span>);

impl SpanSet {
    /// The union of the given pieces (empty pieces dropped, overlapping or touching ones merged).
    pub fn new(pieces: impl IntoIterator<Item = Span>) -> Self {
        let mut v: Vec<Span> = pieces.into_iter().filter(|s| s.end > s.start).collect();
        v.sort();
        let mut out: Vec<Span> = Vec::with_capacity(v.len());
        for s in v {
            match out.last_mut() {
                Some(last) if s.start <= last.end => last.end = last.end.max(s.end),
                _ => out.push(s),
            }
        }
        SpanSet(out)
    }

    pub fn pieces(&self) -> &[Span] {
        &self.0
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Number of character positions in the set.
    pub fn len(&self) -> usize {
        self.0.iter().map(|s| s.end - s.start).sum()
    }

    /// First position, if any.
    pub fn start(&self) -> Option<usize> {
        self.0.first().map(|s| s.start)
    }

    /// One past the last position, if any.
    pub fn end(&self) -> Option<usize> {
        self.0.last().map(|s| s.end)
    }

    /// Number of positions in both sets.
    pub fn intersection_len(&self, other: &SpanSet) -> usize {
        let (mut i, mut j, mut n) = (0, 0, 0);
        while i < self.0.len() && j < other.0.len() {
            let (a, b) = (self.0[i], other.0[j]);
            let lo = a.start.max(b.start);
            let hi = a.end.min(b.end);
            if hi > lo {
                n += hi - lo;
            }
            if a.end <= b.end {
                i += 1;
            } else {
                j += 1;
            }
        }
        n
    }

    /// True when the sets share at least one position.
    pub fn overlaps(&self, other: &SpanSet) -> bool {
        self.intersection_len(other) > 0
    }

    /// The union of two sets.
    pub fn union(&self, other: &SpanSet) -> SpanSet {
        SpanSet::new(self.0.iter().chain(&other.0).copied())
    }
}

impl From<Span> for SpanSet {
    fn from(s: Span) -> Self {
        SpanSet::new([s])
    }
}

impl From<Option<Span>> for SpanSet {
    fn from(s: Option<Span>) -> Self {
        SpanSet::new(s)
    }
}

/// Character Jaccard of two span sets, |A ∩ B| / |A ∪ B|, kept as an exact fraction so that
/// thresholds and ties are decided without rounding.
#[derive(Debug, Clone, Copy)]
pub struct Jaccard {
    pub inter: usize,
    pub union: usize,
}

impl Jaccard {
    pub fn of(a: &SpanSet, b: &SpanSet) -> Self {
        let inter = a.intersection_len(b);
        Jaccard {
            inter,
            union: a.len() + b.len() - inter,
        }
    }

    pub fn value(self) -> f64 {
        if self.union == 0 {
            0.0
        } else {
            self.inter as f64 / self.union as f64
        }
    }

    /// True when the sets overlap and the Jaccard reaches the threshold.
    pub fn reaches(self, t: Threshold) -> bool {
        self.inter > 0
            && (self.inter as u128) * (t.den as u128) >= (self.union as u128) * (t.num as u128)
    }
}

impl PartialEq for Jaccard {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == std::cmp::Ordering::Equal
    }
}
impl Eq for Jaccard {}
impl PartialOrd for Jaccard {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Jaccard {
    /// By value; an empty union counts as 0.
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        let a = (self.inter as u128) * (other.union.max(1) as u128);
        let b = (other.inter as u128) * (self.union.max(1) as u128);
        a.cmp(&b)
    }
}

/// A Jaccard threshold `num / den` (inclusive).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Threshold {
    pub num: usize,
    pub den: usize,
}

impl Threshold {
    /// Any overlap at all.
    pub const ANY: Threshold = Threshold { num: 0, den: 1 };
    /// Jaccard ≥ 0.5: the main content criterion.
    pub const HALF: Threshold = Threshold { num: 1, den: 2 };
    /// Jaccard ≥ 0.9: near-exact content.
    pub const NINE_TENTHS: Threshold = Threshold { num: 9, den: 10 };
}

// ---------------------------------------------------------------------------------------------
// brat standoff reader
// ---------------------------------------------------------------------------------------------

/// A text-bound annotation: `T3<TAB>Content 115 290<TAB>that Hillary …`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextBound {
    pub id: String,
    pub kind: String,
    /// The pieces as written (`START END;START END` gives two).
    pub spans: Vec<Span>,
    /// 1-based line in the .ann file.
    pub line: usize,
}

/// An event: `E1<TAB>Attribution:T4 Content:T3 Cue:T2 Source:T1`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    pub id: String,
    /// `(type, id)` of the trigger, the first `Type:ID`.
    pub trigger: (String, String),
    /// `(role, id)` of the arguments, in file order.
    pub args: Vec<(String, String)>,
    pub line: usize,
}

/// The T and E annotations of one .ann file; every other kind of line is skipped.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Standoff {
    pub text_bounds: Vec<TextBound>,
    pub events: Vec<Event>,
}

/// A line of an .ann file that cannot be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{origin}:{line}: {problem}")]
pub struct AnnError {
    /// The file, as given to the reader.
    pub origin: String,
    /// 1-based line number.
    pub line: usize,
    pub problem: AnnProblem,
}

/// What is wrong with an .ann line.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AnnProblem {
    #[error(
        "not a brat annotation line (expected an id such as T1 or E1, a tab, then fields): {0:?}"
    )]
    NotAnnotation(String),
    #[error("text-bound annotation needs `Kind START END[;START END…]`, found {0:?}")]
    BadTextBound(String),
    #[error("span {start} {end} ends before it starts")]
    Reversed { start: usize, end: usize },
    #[error("event needs `Type:ID Role:ID …`, found {0:?}")]
    BadEvent(String),
    #[error("{0} is defined twice")]
    Duplicate(String),
    #[error("{role}:{id} refers to no text-bound annotation of this file")]
    UnknownRef { role: String, id: String },
    #[error("span {start} {end} runs past the end of the text ({len} characters)")]
    OutOfText {
        start: usize,
        end: usize,
        len: usize,
    },
}

/// A character offset.
fn offset(i: &str) -> IResult<&str, usize> {
    map_res(digit1, str::parse).parse(i)
}

/// `START END`: one piece of a text-bound span.
fn piece(i: &str) -> IResult<&str, Span> {
    map(separated_pair(offset, space1, offset), |(start, end)| {
        Span { start, end }
    })
    .parse(i)
}

/// `Kind START END[;START END…]`: the middle field of a T line.
fn text_bound_body(i: &str) -> IResult<&str, (&str, Vec<Span>)> {
    separated_pair(
        take_while1(|c: char| !c.is_whitespace()),
        space1,
        terminated(separated_list1(char(';'), piece), space0),
    )
    .parse(i)
}

/// A type, role or id: letters, digits, `-` and `_`.
fn name(i: &str) -> IResult<&str, &str> {
    take_while1(|c: char| c.is_alphanumeric() || c == '-' || c == '_').parse(i)
}

/// `Role:ID`: an event argument, or the trigger (same shape).
fn argument(i: &str) -> IResult<&str, (&str, &str)> {
    separated_pair(name, char(':'), name).parse(i)
}

/// `Type:ID Role:ID …`: the second field of an E line (a trailing space is allowed).
fn event_body(i: &str) -> IResult<&str, Vec<(&str, &str)>> {
    terminated(separated_list1(space1, argument), space0).parse(i)
}

/// True for the id of a brat annotation line: `T12`, `E3`, `A1`, `#2`, `*`.
fn is_annotation_id(id: &str) -> bool {
    let mut cs = id.chars();
    match cs.next() {
        Some('*') => id.len() == 1,
        Some('#') => cs.all(|c| c.is_ascii_digit()),
        Some(c) if c.is_ascii_uppercase() => {
            let rest = cs.as_str();
            !rest.is_empty() && rest.chars().all(|c| c.is_ascii_digit())
        }
        _ => false,
    }
}

/// Cut a found field to a readable length for messages.
fn excerpt(s: &str) -> String {
    const MAX: usize = 60;
    match s.char_indices().nth(MAX) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_string(),
    }
}

/// Read brat standoff. `T` and `E` lines are parsed; `#`, `A`, `R`, `M`, `N` and `*` lines are
/// skipped. A line that is no annotation at all is accepted only as the continuation of the
/// words of a `T` or `#` line (some tools write a newline inside the words); anywhere else it is
/// an error naming `origin` and the line.
pub fn parse_standoff(src: &str, origin: &str) -> Result<Standoff, AnnError> {
    let mut out = Standoff::default();
    let mut seen: HashSet<&str> = HashSet::new();
    let mut continuation_ok = false;
    for (n, raw) in src.lines().enumerate() {
        let line = n + 1;
        let err = |problem| AnnError {
            origin: origin.to_string(),
            line,
            problem,
        };
        if raw.trim().is_empty() {
            continue;
        }
        let Some((id, rest)) = raw.split_once('\t').filter(|(id, _)| is_annotation_id(id)) else {
            if continuation_ok {
                continue;
            }
            return Err(err(AnnProblem::NotAnnotation(excerpt(raw))));
        };
        continuation_ok = id.starts_with('T') || id.starts_with('#');
        if !(id.starts_with('T') || id.starts_with('E')) {
            continue;
        }
        if !seen.insert(id) {
            return Err(err(AnnProblem::Duplicate(id.to_string())));
        }
        if id.starts_with('T') {
            let body = rest.split_once('\t').map_or(rest, |(b, _)| b);
            let (kind, spans) = match all_consuming(text_bound_body).parse(body).finish() {
                Ok((_, v)) => v,
                Err(_) => return Err(err(AnnProblem::BadTextBound(excerpt(body)))),
            };
            if let Some(s) = spans.iter().find(|s| s.end < s.start) {
                return Err(err(AnnProblem::Reversed {
                    start: s.start,
                    end: s.end,
                }));
            }
            out.text_bounds.push(TextBound {
                id: id.to_string(),
                kind: kind.to_string(),
                spans,
                line,
            });
        } else {
            let body = rest.split_once('\t').map_or(rest, |(b, _)| b);
            let args = match all_consuming(event_body).parse(body).finish() {
                Ok((_, v)) => v,
                Err(_) => return Err(err(AnnProblem::BadEvent(excerpt(body)))),
            };
            let mut args = args
                .into_iter()
                .map(|(r, i)| (r.to_string(), i.to_string()));
            let Some(trigger) = args.next() else {
                return Err(err(AnnProblem::BadEvent(excerpt(body))));
            };
            out.events.push(Event {
                id: id.to_string(),
                trigger,
                args: args.collect(),
                line,
            });
        }
    }
    Ok(out)
}

/// One gold attribution: an `E` line with a Content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Relation {
    /// The E id (`E5`).
    pub id: String,
    /// Content spans; `Content2`, `Content3`… arguments (a quote continued later) are added in.
    pub content: SpanSet,
    /// Source spans, empty when the attribution has no source.
    pub source: SpanSet,
    /// Cue spans, empty when absent.
    pub cue: SpanSet,
    /// 1-based line of the E in the .ann file.
    pub line: usize,
}

/// Which field of a relation an event role fills: `Content`, `Content2` → content, etc.
fn role_field(role: &str) -> Option<usize> {
    match role.trim_end_matches(|c: char| c.is_ascii_digit()) {
        "Content" => Some(0),
        "Source" => Some(1),
        "Cue" => Some(2),
        _ => None,
    }
}

impl Standoff {
    /// The attributions: every event with a Content argument, ordered by where the content
    /// starts (then by line). An argument naming an undefined T is an error.
    pub fn relations(&self, origin: &str) -> Result<Vec<Relation>, AnnError> {
        let tbs: HashMap<&str, &TextBound> = self
            .text_bounds
            .iter()
            .map(|t| (t.id.as_str(), t))
            .collect();
        let mut out = Vec::new();
        for e in &self.events {
            let mut fields = [SpanSet::default(), SpanSet::default(), SpanSet::default()];
            let mut has_content = false;
            for (role, id) in &e.args {
                let Some(f) = role_field(role) else {
                    continue;
                };
                let Some(tb) = tbs.get(id.as_str()) else {
                    return Err(AnnError {
                        origin: origin.to_string(),
                        line: e.line,
                        problem: AnnProblem::UnknownRef {
                            role: role.clone(),
                            id: id.clone(),
                        },
                    });
                };
                has_content |= f == 0;
                fields[f] = fields[f].union(&SpanSet::new(tb.spans.iter().copied()));
            }
            if !has_content {
                continue;
            }
            let [content, source, cue] = fields;
            out.push(Relation {
                id: e.id.clone(),
                content,
                source,
                cue,
                line: e.line,
            });
        }
        out.sort_by_key(|r| (r.content.start(), r.line));
        Ok(out)
    }

    /// Check that every text-bound span lies inside a text of `len` characters.
    pub fn check_bounds(&self, len: usize, origin: &str) -> Result<(), AnnError> {
        for t in &self.text_bounds {
            if let Some(s) = t.spans.iter().find(|s| s.end > len) {
                return Err(AnnError {
                    origin: origin.to_string(),
                    line: t.line,
                    problem: AnnProblem::OutOfText {
                        start: s.start,
                        end: s.end,
                        len,
                    },
                });
            }
        }
        Ok(())
    }
}

// ---------------------------------------------------------------------------------------------
// Gold folder
// ---------------------------------------------------------------------------------------------

/// A gold folder or article that cannot be read.
#[derive(Debug, thiserror::Error)]
pub enum GoldError {
    #[error("{dir}: no {missing}/ folder (gold needs DIR/text/<stem>.txt and DIR/attributions/<stem>_<annotator>.ann)")]
    Layout { dir: String, missing: &'static str },
    #[error("{dir}: no .txt files in text/")]
    NoArticles { dir: String },
    #[error("{path}: {error}")]
    Io { path: String, error: io::Error },
    #[error("{path}: not valid UTF-8 (first bad byte at offset {at})")]
    Utf8 { path: String, at: usize },
    #[error(transparent)]
    Ann(#[from] AnnError),
    #[error(
        "{path}: no annotation file for this text (expected attributions/{stem}_<annotator>.ann)"
    )]
    NoAnn { path: String, stem: String },
    #[error("{path}: annotation file without text (expected text/{stem}.txt)")]
    NoText { path: String, stem: String },
}

/// The files of one gold article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoldFiles {
    /// File stem of the text: the article id.
    pub stem: String,
    pub text: PathBuf,
    /// The first annotation file by name, if any.
    pub ann: Option<PathBuf>,
}

/// A gold article, read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoldArticle {
    pub id: String,
    /// The text exactly as in the file (a byte-order mark, if any, is kept: brat counts it).
    pub text: String,
    pub relations: Vec<Relation>,
    pub text_path: PathBuf,
    pub ann_path: PathBuf,
}

/// A gold folder: `DIR/text/*.txt` and `DIR/attributions/*.ann`, listed, not yet read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoldDir {
    /// One entry per text, sorted by stem.
    pub articles: Vec<GoldFiles>,
    /// Annotation files that belong to no text.
    pub orphans: Vec<GoldFiles>,
}

fn io_err(path: &Path) -> impl FnOnce(io::Error) -> GoldError + '_ {
    move |error| GoldError::Io {
        path: path.display().to_string(),
        error,
    }
}

/// File names with the given extension in `dir`, sorted, as (stem, path).
fn list(dir: &Path, ext: &str) -> Result<Vec<(String, PathBuf)>, GoldError> {
    let mut out = Vec::new();
    for entry in fs::read_dir(dir).map_err(io_err(dir))? {
        let path = entry.map_err(io_err(dir))?.path();
        if path.extension().and_then(|e| e.to_str()) != Some(ext) || !path.is_file() {
            continue;
        }
        if let Some(stem) = path.file_stem().and_then(|s| s.to_str()) {
            out.push((stem.to_string(), path.clone()));
        }
    }
    out.sort();
    Ok(out)
}

impl GoldDir {
    /// List the gold folder. Each text gets the first annotation file by name among
    /// `<stem>.ann` and `<stem>_<annotator>.ann`.
    pub fn open(dir: &Path) -> Result<Self, GoldError> {
        let show = dir.display().to_string();
        for missing in ["text", "attributions"] {
            if !dir.join(missing).is_dir() {
                return Err(GoldError::Layout { dir: show, missing });
            }
        }
        let texts = list(&dir.join("text"), "txt")?;
        if texts.is_empty() {
            return Err(GoldError::NoArticles { dir: show });
        }
        let anns = list(&dir.join("attributions"), "ann")?;
        let stems: HashSet<&str> = texts.iter().map(|(s, _)| s.as_str()).collect();
        let mut first: HashMap<&str, &PathBuf> = HashMap::new();
        let mut orphans = Vec::new();
        for (name, path) in &anns {
            let base = name.rsplit_once('_').map(|(b, _)| b);
            let key = [Some(name.as_str()), base]
                .into_iter()
                .flatten()
                .find(|k| stems.contains(k));
            match key {
                Some(k) => {
                    first.entry(k).or_insert(path);
                }
                None => orphans.push(GoldFiles {
                    stem: base.unwrap_or(name).to_string(),
                    text: dir
                        .join("text")
                        .join(format!("{}.txt", base.unwrap_or(name))),
                    ann: Some(path.clone()),
                }),
            }
        }
        let articles = texts
            .iter()
            .map(|(stem, path)| GoldFiles {
                stem: stem.clone(),
                text: path.clone(),
                ann: first.get(stem.as_str()).map(|p| (*p).clone()),
            })
            .collect();
        Ok(GoldDir { articles, orphans })
    }
}

impl GoldFiles {
    /// Read the text and its annotations.
    pub fn load(&self) -> Result<GoldArticle, GoldError> {
        let Some(ann_path) = &self.ann else {
            return Err(GoldError::NoAnn {
                path: self.text.display().to_string(),
                stem: self.stem.clone(),
            });
        };
        if !self.text.is_file() {
            return Err(GoldError::NoText {
                path: ann_path.display().to_string(),
                stem: self.stem.clone(),
            });
        }
        let text = read_utf8(&self.text)?;
        let origin = ann_path.display().to_string();
        let standoff = parse_standoff(&read_utf8(ann_path)?, &origin)?;
        standoff.check_bounds(text.chars().count(), &origin)?;
        let relations = standoff.relations(&origin)?;
        Ok(GoldArticle {
            id: self.stem.clone(),
            text,
            relations,
            text_path: self.text.clone(),
            ann_path: ann_path.clone(),
        })
    }
}

fn read_utf8(path: &Path) -> Result<String, GoldError> {
    let bytes = fs::read(path).map_err(io_err(path))?;
    String::from_utf8(bytes).map_err(|e| GoldError::Utf8 {
        path: path.display().to_string(),
        at: e.utf8_error().valid_up_to(),
    })
}

// ---------------------------------------------------------------------------------------------
// Scoring
// ---------------------------------------------------------------------------------------------

/// One predicted attribution, as scored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prediction {
    pub content: SpanSet,
    pub source: SpanSet,
    pub cue: SpanSet,
    pub form: Form,
    /// The sentence it stands in, for the error listing.
    pub sentence: String,
}

impl Prediction {
    /// The prediction a claim makes, if it is scored: attributed (not unattributed, not the
    /// headline) and with a content span.
    pub fn from_claim(c: &Claim) -> Option<Self> {
        if !c.form.is_attributed() {
            return None;
        }
        c.content_span?;
        Some(Prediction {
            content: SpanSet::new(c.content_pieces()),
            source: c.source_span.into(),
            cue: c.cue_span.into(),
            form: c.form,
            sentence: c.sentence.to_string(),
        })
    }
}

/// A gold relation and a prediction matched to each other (indices into the article's lists).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pair {
    pub gold: usize,
    pub pred: usize,
    pub jaccard: Jaccard,
}

/// Every gold × prediction pair whose contents overlap, best first: Jaccard descending, then
/// gold index, then prediction index.
pub fn candidate_pairs(gold: &[Relation], preds: &[Prediction]) -> Vec<Pair> {
    let mut pairs = Vec::new();
    for (g, r) in gold.iter().enumerate() {
        for (p, pr) in preds.iter().enumerate() {
            let jaccard = Jaccard::of(&r.content, &pr.content);
            if jaccard.inter > 0 {
                pairs.push(Pair {
                    gold: g,
                    pred: p,
                    jaccard,
                });
            }
        }
    }
    pairs.sort_by(|a, b| {
        b.jaccard
            .cmp(&a.jaccard)
            .then(a.gold.cmp(&b.gold))
            .then(a.pred.cmp(&b.pred))
    });
    pairs
}

/// One-to-one matching, best first: walk the candidates (sorted as by [`candidate_pairs`]) and
/// take each pair whose Jaccard reaches `t` and whose gold and prediction are both still free.
pub fn greedy_match(candidates: &[Pair], n_gold: usize, n_pred: usize, t: Threshold) -> Vec<Pair> {
    let mut gold_used = vec![false; n_gold];
    let mut pred_used = vec![false; n_pred];
    let mut out = Vec::new();
    for &p in candidates {
        if !p.jaccard.reaches(t) || gold_used[p.gold] || pred_used[p.pred] {
            continue;
        }
        gold_used[p.gold] = true;
        pred_used[p.pred] = true;
        out.push(p);
    }
    out
}

/// True when the sources agree: they overlap, or both are absent.
pub fn source_agrees(g: &Relation, p: &Prediction) -> bool {
    (g.source.is_empty() && p.source.is_empty()) || g.source.overlaps(&p.source)
}

/// True when the cues overlap.
pub fn cue_agrees(g: &Relation, p: &Prediction) -> bool {
    g.cue.overlaps(&p.cue)
}

/// The scores of one article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArticleScore {
    pub gold: usize,
    pub predicted: usize,
    /// Pairs matched at Jaccard ≥ 0.5.
    pub matched: Vec<Pair>,
    /// Number of pairs matched at Jaccard ≥ 0.9 (a separate matching run).
    pub matched_strict: usize,
    /// Pairs of `matched` whose sources agree.
    pub source_agree: usize,
    /// Pairs of `matched` whose cues overlap.
    pub cue_agree: usize,
    /// Pairs of `matched` where both agree: the full matches.
    pub full: usize,
    /// Pairs matched at any overlap (Jaccard > 0): the nearest counterpart of a false
    /// positive or negative, shown in the error listing.
    pub nearest: Vec<Pair>,
    /// Predictions, matches and full matches by predicted form.
    pub by_form: BTreeMap<Form, FormCounts>,
}

/// How the predictions of one form fared.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct FormCounts {
    pub predicted: usize,
    /// Matched at Jaccard ≥ 0.5.
    pub matched: usize,
    /// Of those, full matches.
    pub full: usize,
}

/// Score the predictions of one article against its gold relations.
pub fn score_article(gold: &[Relation], preds: &[Prediction]) -> ArticleScore {
    let cands = candidate_pairs(gold, preds);
    let run = |t| greedy_match(&cands, gold.len(), preds.len(), t);
    let matched = run(Threshold::HALF);
    let mut by_form: BTreeMap<Form, FormCounts> = BTreeMap::new();
    for p in preds {
        by_form.entry(p.form).or_default().predicted += 1;
    }
    let (mut source_agree, mut cue_agree, mut full) = (0, 0, 0);
    for p in &matched {
        let s = source_agrees(&gold[p.gold], &preds[p.pred]);
        let c = cue_agrees(&gold[p.gold], &preds[p.pred]);
        source_agree += usize::from(s);
        cue_agree += usize::from(c);
        full += usize::from(s && c);
        let f = by_form.entry(preds[p.pred].form).or_default();
        f.matched += 1;
        f.full += usize::from(s && c);
    }
    ArticleScore {
        gold: gold.len(),
        predicted: preds.len(),
        matched_strict: run(Threshold::NINE_TENTHS).len(),
        matched,
        source_agree,
        cue_agree,
        full,
        nearest: run(Threshold::ANY),
        by_form,
    }
}

/// True positives, false positives and false negatives, with precision, recall and F1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Prf {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
}

impl Prf {
    /// From matches, predictions and gold counts.
    pub fn new(tp: usize, predicted: usize, gold: usize) -> Self {
        Prf {
            tp,
            fp: predicted - tp,
            fn_: gold - tp,
        }
    }
    pub fn precision(self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    pub fn recall(self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    pub fn f1(self) -> f64 {
        ratio(2 * self.tp, 2 * self.tp + self.fp + self.fn_)
    }
}

/// `a / b` as a share, 0 when `b` is 0 (precision and recall of nothing).
pub fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// Figures summed over articles.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Totals {
    pub articles: usize,
    pub gold: usize,
    pub predicted: usize,
    pub matched: usize,
    pub matched_strict: usize,
    pub full: usize,
    pub source_agree: usize,
    pub cue_agree: usize,
    pub by_form: BTreeMap<Form, FormCounts>,
    /// Bytes of text extracted.
    pub bytes: u64,
    /// Time spent in extraction only.
    pub extract_time: Duration,
}

impl Totals {
    pub fn add(&mut self, s: &ArticleScore) {
        self.articles += 1;
        self.gold += s.gold;
        self.predicted += s.predicted;
        self.matched += s.matched.len();
        self.matched_strict += s.matched_strict;
        self.full += s.full;
        self.source_agree += s.source_agree;
        self.cue_agree += s.cue_agree;
        for (form, c) in &s.by_form {
            let t = self.by_form.entry(*form).or_default();
            t.predicted += c.predicted;
            t.matched += c.matched;
            t.full += c.full;
        }
    }
    /// Content at Jaccard ≥ 0.5.
    pub fn content(&self) -> Prf {
        Prf::new(self.matched, self.predicted, self.gold)
    }
    /// Content at Jaccard ≥ 0.9.
    pub fn content_strict(&self) -> Prf {
        Prf::new(self.matched_strict, self.predicted, self.gold)
    }
    /// Content ≥ 0.5, sources agree and cues overlap.
    pub fn full(&self) -> Prf {
        Prf::new(self.full, self.predicted, self.gold)
    }
    /// Extraction speed in MB (10⁶ bytes) per second, if any time was measured.
    pub fn mb_per_s(&self) -> Option<f64> {
        let s = self.extract_time.as_secs_f64();
        (s > 0.0).then(|| self.bytes as f64 / 1e6 / s)
    }
}

impl fmt::Display for Totals {
    /// The table printed by `claimtrail eval`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "articles           {:>7}", self.articles)?;
        writeln!(f, "gold relations     {:>7}", self.gold)?;
        writeln!(f, "predicted          {:>7}", self.predicted)?;
        writeln!(f)?;
        writeln!(
            f,
            "                   precision  recall      F1      tp      fp      fn"
        )?;
        for (name, p) in [
            ("content J>=0.5", self.content()),
            ("content J>=0.9", self.content_strict()),
            ("full", self.full()),
        ] {
            writeln!(
                f,
                "{name:<18} {:>9.3} {:>7.3} {:>7.3} {:>7} {:>7} {:>7}",
                p.precision(),
                p.recall(),
                p.f1(),
                p.tp,
                p.fp,
                p.fn_
            )?;
        }
        writeln!(f)?;
        writeln!(f, "on the {} pairs matched at J>=0.5:", self.matched)?;
        writeln!(
            f,
            "  source overlaps  {:>7.3}   ({} pairs; both absent counts)",
            ratio(self.source_agree, self.matched),
            self.source_agree
        )?;
        writeln!(
            f,
            "  cue overlaps     {:>7.3}   ({} pairs)",
            ratio(self.cue_agree, self.matched),
            self.cue_agree
        )?;
        writeln!(f)?;
        writeln!(
            f,
            "by predicted form  predicted matched precision    full  full precision"
        )?;
        for (form, c) in &self.by_form {
            writeln!(
                f,
                "{:<18} {:>9} {:>7} {:>9.3} {:>7} {:>15.3}",
                form.as_str(),
                c.predicted,
                c.matched,
                ratio(c.matched, c.predicted),
                c.full,
                ratio(c.full, c.predicted)
            )?;
        }
        writeln!(f)?;
        match self.mb_per_s() {
            Some(v) => writeln!(
                f,
                "extraction         {v:>7.2} MB/s  ({:.2} MB in {:.3} s, one thread, extraction only)",
                self.bytes as f64 / 1e6,
                self.extract_time.as_secs_f64()
            ),
            None => writeln!(f, "extraction              -  (no time measured)"),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Error listing
// ---------------------------------------------------------------------------------------------

/// One row of `eval --errors`: a false positive, a false negative or a matched pair.
/// Text fields are on one line (whitespace runs become one space); discontinuous spans are
/// joined with ` … `.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ErrorRow {
    pub article: String,
    /// `match`, `fp` or `fn`.
    pub kind: &'static str,
    /// Content Jaccard with the counterpart: the matched pair, or for fp/fn the nearest
    /// overlapping one (empty when nothing overlaps).
    pub jaccard: Option<String>,
    /// `yes`/`no` on matches: do the sources agree (overlap, or both absent)?
    pub source_ok: &'static str,
    /// `yes`/`no` on matches: do the cues overlap?
    pub cue_ok: &'static str,
    pub pred_form: &'static str,
    pub gold_content: String,
    pub pred_content: String,
    pub gold_source: String,
    pub pred_source: String,
    pub gold_cue: String,
    pub pred_cue: String,
    /// The E id in the .ann file.
    pub gold_id: String,
    pub gold_start: Option<usize>,
    pub gold_end: Option<usize>,
    pub pred_start: Option<usize>,
    pub pred_end: Option<usize>,
    /// The predicted claim's sentence, or the paragraph text around the gold relation.
    pub context: String,
}

/// The words of a span set, pieces joined with ` … `, on one line.
fn words(chars: &[char], set: &SpanSet) -> String {
    set.pieces()
        .iter()
        .map(|s| one_line(&slice(chars, s.start, s.end)))
        .collect::<Vec<_>>()
        .join(" … ")
}

fn slice(chars: &[char], start: usize, end: usize) -> String {
    let end = end.min(chars.len());
    chars[start.min(end)..end].iter().collect()
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The text around a relation: from its first to its last character, widened to the
/// paragraph (up to 150 characters each way).
fn around(chars: &[char], r: &Relation) -> String {
    const WIDEN: usize = 150;
    let all = r.content.union(&r.source).union(&r.cue);
    let (Some(start), Some(end)) = (all.start(), all.end()) else {
        return String::new();
    };
    let end = end.min(chars.len());
    let mut s = start.min(end);
    while s > 0 && start - s < WIDEN && chars[s - 1] != '\n' {
        s -= 1;
    }
    let mut e = end;
    while e < chars.len() && e - end < WIDEN && chars[e] != '\n' {
        e += 1;
    }
    one_line(&slice(chars, s, e))
}

/// The error listing of one article: every match, false positive and false negative, in
/// text order.
pub fn error_rows(
    article: &str,
    text: &str,
    gold: &[Relation],
    preds: &[Prediction],
    score: &ArticleScore,
) -> Vec<ErrorRow> {
    let chars: Vec<char> = text.chars().collect();
    let yes_no = |b: bool| if b { "yes" } else { "no" };
    let mut gold_match: Vec<Option<usize>> = vec![None; gold.len()];
    let mut pred_match: Vec<Option<usize>> = vec![None; preds.len()];
    for p in &score.matched {
        gold_match[p.gold] = Some(p.pred);
        pred_match[p.pred] = Some(p.gold);
    }
    let nearest_of_gold: HashMap<usize, Pair> =
        score.nearest.iter().map(|p| (p.gold, *p)).collect();
    let nearest_of_pred: HashMap<usize, Pair> =
        score.nearest.iter().map(|p| (p.pred, *p)).collect();
    let row = |kind: &'static str, g: Option<usize>, p: Option<usize>, j: Option<Jaccard>| {
        let gr = g.map(|i| &gold[i]);
        let pr = p.map(|i| &preds[i]);
        let both = gr.zip(pr).filter(|_| kind == "match");
        let context = match (kind, pr, gr) {
            ("fn", _, Some(r)) => around(&chars, r),
            (_, Some(p), _) if !p.sentence.trim().is_empty() => one_line(&p.sentence),
            (_, _, Some(r)) => around(&chars, r),
            _ => String::new(),
        };
        ErrorRow {
            article: article.to_string(),
            kind,
            jaccard: j.map(|j| format!("{:.3}", j.value())),
            source_ok: both.map_or("", |(g, p)| yes_no(source_agrees(g, p))),
            cue_ok: both.map_or("", |(g, p)| yes_no(cue_agrees(g, p))),
            pred_form: pr.map_or("", |p| p.form.as_str()),
            gold_content: gr.map(|r| words(&chars, &r.content)).unwrap_or_default(),
            pred_content: pr.map(|p| words(&chars, &p.content)).unwrap_or_default(),
            gold_source: gr.map(|r| words(&chars, &r.source)).unwrap_or_default(),
            pred_source: pr.map(|p| words(&chars, &p.source)).unwrap_or_default(),
            gold_cue: gr.map(|r| words(&chars, &r.cue)).unwrap_or_default(),
            pred_cue: pr.map(|p| words(&chars, &p.cue)).unwrap_or_default(),
            gold_id: gr.map(|r| r.id.clone()).unwrap_or_default(),
            gold_start: gr.and_then(|r| r.content.start()),
            gold_end: gr.and_then(|r| r.content.end()),
            pred_start: pr.and_then(|p| p.content.start()),
            pred_end: pr.and_then(|p| p.content.end()),
            context,
        }
    };
    let mut rows = Vec::new();
    for p in &score.matched {
        rows.push(row("match", Some(p.gold), Some(p.pred), Some(p.jaccard)));
    }
    for (i, m) in pred_match.iter().enumerate() {
        if m.is_none() {
            let near = nearest_of_pred.get(&i);
            rows.push(row(
                "fp",
                near.map(|n| n.gold),
                Some(i),
                near.map(|n| n.jaccard),
            ));
        }
    }
    for (i, m) in gold_match.iter().enumerate() {
        if m.is_none() {
            let near = nearest_of_gold.get(&i);
            rows.push(row(
                "fn",
                Some(i),
                near.map(|n| n.pred),
                near.map(|n| n.jaccard),
            ));
        }
    }
    let order = |k: &str| match k {
        "match" => 0,
        "fn" => 1,
        _ => 2,
    };
    rows.sort_by_key(|r| {
        let own = match r.kind {
            "fp" => r.pred_start,
            _ => r.gold_start,
        };
        (own, order(r.kind), r.pred_start, r.gold_start)
    });
    rows
}

/// The header of `eval --errors`, in the order of [`ErrorRow`]'s fields.
pub const ERROR_HEADER: [&str; 18] = [
    "article",
    "kind",
    "jaccard",
    "source_ok",
    "cue_ok",
    "pred_form",
    "gold_content",
    "pred_content",
    "gold_source",
    "pred_source",
    "gold_cue",
    "pred_cue",
    "gold_id",
    "gold_start",
    "gold_end",
    "pred_start",
    "pred_end",
    "context",
];

/// Writes error rows as CSV; the header is written on creation, so an empty listing still
/// has one.
pub struct ErrorCsv<W: Write> {
    w: csv::Writer<W>,
}

impl<W: Write> ErrorCsv<W> {
    pub fn new(w: W) -> io::Result<Self> {
        let mut w = csv::WriterBuilder::new().has_headers(false).from_writer(w);
        w.write_record(ERROR_HEADER).map_err(csv_io)?;
        Ok(ErrorCsv { w })
    }
    pub fn write(&mut self, r: &ErrorRow) -> io::Result<()> {
        self.w.serialize(r).map_err(csv_io)
    }
    pub fn finish(self) -> io::Result<W> {
        self.w.into_inner().map_err(|e| e.into_error())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sp(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    #[test]
    fn span_sets_merge_and_intersect() {
        let a = SpanSet::new([sp(10, 20), sp(0, 5), sp(4, 8), sp(30, 30)]);
        assert_eq!(a.pieces(), &[sp(0, 8), sp(10, 20)]);
        assert_eq!(a.len(), 18);
        let b = SpanSet::new([sp(6, 12), sp(19, 40)]);
        assert_eq!(a.intersection_len(&b), 2 + 2 + 1);
        assert_eq!(Jaccard::of(&a, &b).inter, 5);
        assert_eq!(Jaccard::of(&a, &b).union, 18 + 27 - 5);
        assert!(!a.overlaps(&SpanSet::new([sp(8, 10)])));
        assert!(SpanSet::default().is_empty());
    }

    #[test]
    fn jaccard_compares_exactly() {
        let j = |inter, union| Jaccard { inter, union };
        assert_eq!(j(1, 2), j(2, 4));
        assert!(j(2, 3) > j(1, 2));
        assert!(j(1, 2).reaches(Threshold::HALF));
        assert!(!j(49, 99).reaches(Threshold::HALF));
        assert!(j(9, 10).reaches(Threshold::NINE_TENTHS));
        assert!(!j(8, 9).reaches(Threshold::NINE_TENTHS));
        assert!(!j(0, 5).reaches(Threshold::ANY));
        assert_eq!(j(0, 0).value(), 0.0);
    }

    const ANN: &str = "T1\tSource 0 5\tSmith\n\
        T2\tCue 6 10\tsaid\n\
        T3\tContent 11 20;25 30\tit rained … again\n\
        T4\tAttribution 6 10\tsaid\n\
        #1\tAnnotatorNotes T3\tnote\n\
        A1\tNegated E1\n\
        R1\tRel Arg1:T1 Arg2:T2\n\
        E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n\
        T5\tContent 40 45\tfirst line\n\
        of the words, continued\n\
        \n\
        T6\tCue 35 39\tsaid\n\
        T7\tAttribution-no-source 35 39\tsaid\n\
        E2\tAttribution-no-source:T7 Content:T5 Cue:T6 \n\
        E3\tAttribution-no-source:T7 \n\
        T8\tContent 50 55\tlater\n\
        E4\tAttribution:T4 Content:T8 Content2:T5\n";

    #[test]
    fn reads_text_bounds_and_events() {
        let s = parse_standoff(ANN, "x.ann").unwrap();
        assert_eq!(s.text_bounds.len(), 8);
        assert_eq!(
            s.text_bounds[2],
            TextBound {
                id: "T3".into(),
                kind: "Content".into(),
                spans: vec![sp(11, 20), sp(25, 30)],
                line: 3,
            }
        );
        assert_eq!(
            s.events[1],
            Event {
                id: "E2".into(),
                trigger: ("Attribution-no-source".into(), "T7".into()),
                args: vec![("Content".into(), "T5".into()), ("Cue".into(), "T6".into())],
                line: 14,
            }
        );
        let rels = s.relations("x.ann").unwrap();
        assert_eq!(
            rels,
            vec![
                Relation {
                    id: "E1".into(),
                    content: SpanSet::new([sp(11, 20), sp(25, 30)]),
                    source: sp(0, 5).into(),
                    cue: sp(6, 10).into(),
                    line: 8,
                },
                Relation {
                    id: "E2".into(),
                    content: sp(40, 45).into(),
                    source: SpanSet::default(),
                    cue: sp(35, 39).into(),
                    line: 14,
                },
                Relation {
                    id: "E4".into(),
                    content: SpanSet::new([sp(40, 45), sp(50, 55)]),
                    source: SpanSet::default(),
                    cue: SpanSet::default(),
                    line: 17,
                },
            ]
        );
    }

    fn problem(src: &str) -> String {
        match parse_standoff(src, "g.ann").and_then(|s| s.relations("g.ann")) {
            Ok(r) => format!("parsed {} relations", r.len()),
            Err(e) => e.to_string(),
        }
    }

    #[test]
    fn malformed_lines_name_file_and_line() {
        assert_eq!(
            problem("T1\tCue 1 4\tsaid\nT2\tContent 5 x\tfoo\n"),
            "g.ann:2: text-bound annotation needs `Kind START END[;START END…]`, found \"Content 5 x\""
        );
        assert_eq!(
            problem("T1\tCue 9 4\tsaid\n"),
            "g.ann:1: span 9 4 ends before it starts"
        );
        assert_eq!(
            problem("\ngarbage here\n"),
            "g.ann:2: not a brat annotation line (expected an id such as T1 or E1, a tab, then fields): \"garbage here\""
        );
        assert_eq!(
            problem("T1\tCue 1 4\tsaid\nE1\tAttribution:T1 Content\n"),
            "g.ann:2: event needs `Type:ID Role:ID …`, found \"Attribution:T1 Content\""
        );
        assert_eq!(
            problem("T1\tCue 1 4\tsaid\nE1\tAttribution:T1 Content:T9\n"),
            "g.ann:2: Content:T9 refers to no text-bound annotation of this file"
        );
        assert_eq!(
            problem("T1\tCue 1 4\tsaid\nT1\tCue 1 4\tsaid\n"),
            "g.ann:2: T1 is defined twice"
        );
        let s = parse_standoff("T1\tCue 1 40\tsaid\n", "g.ann").unwrap();
        assert_eq!(
            s.check_bounds(30, "g.ann").map_err(|e| e.to_string()),
            Err("g.ann:1: span 1 40 runs past the end of the text (30 characters)".into())
        );
        assert_eq!(problem(""), "parsed 0 relations");
    }

    fn rel(content: Span) -> Relation {
        Relation {
            id: String::new(),
            content: content.into(),
            source: SpanSet::default(),
            cue: SpanSet::default(),
            line: 0,
        }
    }

    fn pred(content: Span) -> Prediction {
        Prediction {
            content: content.into(),
            source: SpanSet::default(),
            cue: SpanSet::default(),
            form: Form::Indirect,
            sentence: String::new(),
        }
    }

    #[test]
    fn matching_is_one_to_one_best_first() {
        // p0 overlaps g0 a little and g1 a lot; p1 overlaps g1 less well than p0 does.
        let gold = [rel(sp(0, 10)), rel(sp(10, 20))];
        let preds = [pred(sp(8, 20)), pred(sp(12, 24))];
        let cands = candidate_pairs(&gold, &preds);
        let pairs: Vec<(usize, usize, usize, usize)> = cands
            .iter()
            .map(|p| (p.gold, p.pred, p.jaccard.inter, p.jaccard.union))
            .collect();
        assert_eq!(pairs, vec![(1, 0, 10, 12), (1, 1, 8, 14), (0, 0, 2, 20)]);
        let m = greedy_match(&cands, 2, 2, Threshold::ANY);
        let m: Vec<(usize, usize)> = m.iter().map(|p| (p.gold, p.pred)).collect();
        assert_eq!(m, vec![(1, 0)]);
        let s = score_article(&gold, &preds);
        assert_eq!(s.matched.len(), 1);
        assert_eq!(s.matched_strict, 0);
        // Neither has a source (agree); neither has a cue (no overlap).
        assert_eq!((s.source_agree, s.cue_agree, s.full), (1, 0, 0));
    }

    proptest::proptest! {
        /// Any input gives a Standoff or an error, never a panic.
        #[test]
        fn reader_never_panics(src in "(([TEA#R][0-9]{0,2}|x)\t?[A-Za-z:0-9 ;-]{0,30}\t?[a-z ]{0,5}\n?){0,6}") {
            let _ = parse_standoff(&src, "p.ann").and_then(|s| {
                s.check_bounds(20, "p.ann")?;
                s.relations("p.ann")
            });
        }

        /// Span-set sizes and intersections agree with plain sets of positions.
        #[test]
        fn span_sets_count_like_sets(
            a in proptest::collection::vec((0usize..40, 0usize..10), 0..4),
            b in proptest::collection::vec((0usize..40, 0usize..10), 0..4),
        ) {
            let to_set = |v: &[(usize, usize)]| SpanSet::new(v.iter().map(|&(s, l)| sp(s, s + l)));
            let positions = |v: &[(usize, usize)]| -> HashSet<usize> {
                v.iter().flat_map(|&(s, l)| s..s + l).collect()
            };
            let (sa, sb) = (to_set(&a), to_set(&b));
            let (pa, pb) = (positions(&a), positions(&b));
            proptest::prop_assert_eq!(sa.len(), pa.len());
            proptest::prop_assert_eq!(sa.intersection_len(&sb), pa.intersection(&pb).count());
            proptest::prop_assert_eq!(sa.union(&sb).len(), pa.union(&pb).count());
        }
    }

    #[test]
    fn prf_of_nothing_is_zero() {
        let p = Prf::new(0, 0, 0);
        assert_eq!((p.precision(), p.recall(), p.f1()), (0.0, 0.0, 0.0));
        let p = Prf::new(3, 4, 6);
        assert_eq!((p.tp, p.fp, p.fn_), (3, 1, 3));
        assert_eq!((p.precision(), p.recall(), p.f1()), (0.75, 0.5, 0.6));
    }
}
