//! `check`: does an article agree with, dispute, or merely report a claim?
//!
//! The claims to check are few and held in memory; articles stream past one at a time.
//! An inverted index over the claims' content words (IDF over the claims) gives, for
//! each article, the claims that share enough weighted words with it: never all pairs.
//! For each candidate, [`features`] measures overlap (article, best sentence, lead,
//! word pairs) and what the matching sentences do with the claim: refuting words,
//! negations, hedges, questions, and the stance, negation and hedging of the claims
//! `extract` found there. Two small linear models ([`model`]) turn these into
//! related-or-not and agree / disagree / discuss; the deciding sentence and its
//! extracted claim give the evidence, source and cue.

pub mod features;
pub mod lexicon;
pub mod model;
pub mod score;
pub mod tokens;

use std::collections::HashMap;
use std::io::Read;
use std::path::Path;

use rayon::prelude::*;
use serde::Serialize;

use crate::model::{Article, Claim, Stance};
use features::{ArticleView, ClaimTerms, PairFeatures, Term};
use lexicon::Lexicon;
use model::Model;
use tokens::tokenize;

/// The stance of an article towards a claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Label {
    Agree,
    Disagree,
    Discuss,
    Unrelated,
}

impl Label {
    pub const ALL: [Label; 4] = [
        Label::Agree,
        Label::Disagree,
        Label::Discuss,
        Label::Unrelated,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Label::Agree => "agree",
            Label::Disagree => "disagree",
            Label::Discuss => "discuss",
            Label::Unrelated => "unrelated",
        }
    }

    pub fn index(self) -> usize {
        self as usize
    }

    pub fn is_related(self) -> bool {
        self != Label::Unrelated
    }

    /// Read a label: FNC-1 names, and Emergent's `for`, `against`, `observing`.
    pub fn parse(s: &str) -> Option<Label> {
        match s.trim().to_ascii_lowercase().as_str() {
            "agree" | "for" => Some(Label::Agree),
            "disagree" | "against" => Some(Label::Disagree),
            "discuss" | "observing" => Some(Label::Discuss),
            "unrelated" => Some(Label::Unrelated),
            _ => None,
        }
    }
}

impl std::fmt::Display for Label {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A claim to check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClaimText {
    pub id: String,
    pub text: String,
}

/// Problems reading the claims or pairs files.
#[derive(Debug, thiserror::Error)]
pub enum CheckError {
    #[error("{path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error("{path}: {source}")]
    Csv { path: String, source: csv::Error },
    #[error("{path}: no column `{column}` (the header needs {wanted})")]
    Column {
        path: String,
        column: &'static str,
        wanted: &'static str,
    },
    #[error("{path}: holds no claims")]
    Empty { path: String },
    #[error(transparent)]
    Model(#[from] model::ModelError),
}

/// Read claims: a `.csv` with columns `id` and `text` (others ignored), or any other
/// file with one claim per line (id = line number; blank lines are passed over).
pub fn read_claims(path: &Path) -> Result<Vec<ClaimText>, CheckError> {
    let name = path.display().to_string();
    let io = |source| CheckError::Io {
        path: name.clone(),
        source,
    };
    let mut raw = String::new();
    std::fs::File::open(path)
        .and_then(|mut f| f.read_to_string(&mut raw))
        .map_err(io)?;
    let raw = raw.strip_prefix('\u{feff}').unwrap_or(&raw);
    let is_csv = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("csv"));
    let claims = if is_csv {
        let rows = read_csv_columns(raw, &name, ["id", "text"], "`id,text`")?;
        rows.into_iter()
            .filter(|[_, t]| !t.trim().is_empty())
            .map(|[id, text]| ClaimText { id, text })
            .collect()
    } else {
        raw.lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty())
            .map(|(i, l)| ClaimText {
                id: (i + 1).to_string(),
                text: l.trim().to_string(),
            })
            .collect::<Vec<_>>()
    };
    if claims.is_empty() {
        return Err(CheckError::Empty { path: name });
    }
    Ok(claims)
}

/// Read `claim_id,article_id` pairs.
pub fn read_pairs(path: &Path) -> Result<Vec<(String, String)>, CheckError> {
    let name = path.display().to_string();
    let raw = std::fs::read_to_string(path).map_err(|source| CheckError::Io {
        path: name.clone(),
        source,
    })?;
    let raw = raw.strip_prefix('\u{feff}').unwrap_or(&raw);
    let rows = read_csv_columns(
        raw,
        &name,
        ["claim_id", "article_id"],
        "`claim_id,article_id`",
    )?;
    Ok(rows.into_iter().map(|[c, a]| (c, a)).collect())
}

fn read_csv_columns<const N: usize>(
    raw: &str,
    path: &str,
    columns: [&'static str; N],
    wanted: &'static str,
) -> Result<Vec<[String; N]>, CheckError> {
    let csv_err = |source| CheckError::Csv {
        path: path.to_string(),
        source,
    };
    let mut rdr = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(raw.as_bytes());
    let headers = rdr.headers().map_err(csv_err)?.clone();
    let mut at = [0usize; N];
    for (k, c) in columns.iter().enumerate() {
        at[k] = headers
            .iter()
            .position(|h| h.trim() == *c)
            .ok_or(CheckError::Column {
                path: path.to_string(),
                column: c,
                wanted,
            })?;
    }
    let mut out = Vec::new();
    for rec in rdr.records() {
        let rec = rec.map_err(csv_err)?;
        out.push(at.map(|i| rec.get(i).unwrap_or("").to_string()));
    }
    Ok(out)
}

/// The verdict for one (claim, article) pair.
#[derive(Debug, Clone, PartialEq)]
pub struct Verdict {
    /// Index of the claim in the checker's list.
    pub claim: usize,
    pub stance: Label,
    /// The models' probability of `stance` (related × class for related stances).
    pub score: f64,
    /// The deciding sentence, white space collapsed; empty for unrelated pairs.
    pub evidence: String,
    pub evidence_claim_id: String,
    pub source: String,
    pub cue: String,
}

/// Which claims to check against an article.
#[derive(Debug, Clone, Copy)]
pub enum Select<'a> {
    /// Candidates from the index; unrelated pairs are left out.
    Candidates,
    /// Every claim; pairs that are not candidates are unrelated.
    All,
    /// Only these claims (indexes), each with a verdict.
    Only(&'a [usize]),
}

/// Pairs whose weighted overlap with the whole article is below this are unrelated
/// without a closer look.
pub const MIN_CANDIDATE: f64 = 0.1;

/// An extracted denial whose content covers this share of the claim's weighted words
/// decides disagree.
pub const DENIAL_COVER: f64 = 0.8;
/// An extracted claim whose content covers this share of the claim decides agree or
/// discuss by its hedging and cue.
pub const CONTENT_COVER: f64 = 0.8;
/// A refuting word in the best-matching sentence decides disagree when that sentence
/// covers this share of the claim.
pub const REFUTED_COVER: f64 = 0.7;
/// The least class probability of a verdict decided by a rule.
const RULE_SCORE: f64 = 0.5;
/// Cues that report a claim without taking a side.
const DISCUSS_CUES: &[&str] = &[
    "claim",
    "alleg",
    "according",
    "report",
    "rumo",
    "suggest",
    "believe",
    "speculat",
];

/// The texts of the word lists.
struct Lists<'a> {
    /// Refuting words, counted in articles and claims.
    refute: &'a str,
    /// Words that make a claim to check a denial, besides the refuting words.
    denial: &'a str,
    /// Hedges.
    discuss: &'a str,
}

/// Claims prepared for checking: vocabulary, IDF weights, inverted index, models.
pub struct Checker {
    claims: Vec<ClaimText>,
    terms: Vec<ClaimTerms>,
    vocab: HashMap<String, Term>,
    idf: Vec<f64>,
    postings: Vec<Vec<u32>>,
    refute: Lexicon,
    discuss: Lexicon,
    model: Model,
    cleaner: crate::clean::Cleaner,
}

impl Checker {
    /// Prepare `claims` with the embedded word lists and model.
    pub fn new(claims: Vec<ClaimText>) -> Result<Self, CheckError> {
        Ok(Self::with_model(claims, Model::embedded()?))
    }

    pub fn with_model(claims: Vec<ClaimText>, model: Model) -> Self {
        let lists = Lists {
            refute: lexicon::REFUTE_EN,
            denial: lexicon::DENIAL_EN,
            discuss: lexicon::DISCUSS_EN,
        };
        Self::with_lists(claims, model, lists)
    }

    /// Prepare `claims` with the embedded model and the word lists of `dir` where it has
    /// them (`refute.txt`, `denial.txt`, `discuss.txt`; the embedded ones otherwise), as
    /// `--grammar DIR`.
    pub fn with_grammar_dir(claims: Vec<ClaimText>, dir: &Path) -> Result<Self, CheckError> {
        let read = |name: &str, default: &str| -> Result<String, CheckError> {
            let p = dir.join(name);
            match std::fs::read_to_string(&p) {
                Ok(s) => Ok(s),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(default.to_string()),
                Err(source) => Err(CheckError::Io {
                    path: p.display().to_string(),
                    source,
                }),
            }
        };
        let refute = read("refute.txt", lexicon::REFUTE_EN)?;
        let denial = read("denial.txt", lexicon::DENIAL_EN)?;
        let discuss = read("discuss.txt", lexicon::DISCUSS_EN)?;
        let lists = Lists {
            refute: &refute,
            denial: &denial,
            discuss: &discuss,
        };
        Ok(Self::with_lists(claims, Model::embedded()?, lists))
    }

    fn with_lists(claims: Vec<ClaimText>, model: Model, lists: Lists) -> Self {
        let refute = Lexicon::parse(lists.refute);
        let denial = Lexicon::parse(lists.denial);
        let discuss = Lexicon::parse(lists.discuss);
        let mut vocab: HashMap<String, Term> = HashMap::new();
        let mut postings: Vec<Vec<u32>> = Vec::new();
        let mut prepared = Vec::with_capacity(claims.len());
        for (ci, c) in claims.iter().enumerate() {
            let (toks, _) = tokenize(&c.text);
            let mut seq: Vec<Option<Term>> = Vec::new();
            for t in &toks {
                if t.stop {
                    seq.push(None);
                    continue;
                }
                let next = vocab.len() as Term;
                let id = *vocab.entry(t.stem.clone()).or_insert(next);
                if id as usize == postings.len() {
                    postings.push(Vec::new());
                }
                seq.push(Some(id));
            }
            let mut terms: Vec<Term> = seq.iter().flatten().copied().collect();
            terms.sort_unstable();
            terms.dedup();
            for &t in &terms {
                postings[t as usize].push(ci as u32);
            }
            let bigrams = seq
                .windows(2)
                .filter_map(|w| Some((w[0]?, w[1]?)))
                .collect();
            prepared.push(ClaimTerms {
                terms,
                total: 0.0,
                bigrams,
                refutes: !refute.find(&toks).is_empty() || !denial.find(&toks).is_empty(),
                hedged: !discuss.find(&toks).is_empty(),
                question: c.text.trim_end().ends_with('?'),
                negated: toks.iter().any(|t| t.negation),
            });
        }
        let n = claims.len() as f64;
        let idf: Vec<f64> = postings
            .iter()
            .map(|p| ((n + 1.0) / (p.len() as f64 + 1.0)).ln() + 1.0)
            .collect();
        for c in &mut prepared {
            c.total = c.terms.iter().map(|&t| idf[t as usize]).sum();
        }
        Checker {
            claims,
            terms: prepared,
            vocab,
            idf,
            postings,
            refute,
            discuss,
            model,
            cleaner: crate::grammar::Grammar::default_en().cleaner,
        }
    }

    pub fn model(&self) -> &Model {
        &self.model
    }

    pub fn set_related_threshold(&mut self, t: f64) {
        self.model.related_threshold = t;
    }

    pub fn claims(&self) -> &[ClaimText] {
        &self.claims
    }

    /// Look at one article for the selected claims. Verdicts come in claim order.
    pub fn check(&self, article: &Article, extracted: &[Claim], select: Select) -> Vec<Verdict> {
        let view = self.view(article, extracted);
        let weight = |t: Term| self.idf.get(t as usize).copied().unwrap_or(0.0);
        let mut overlap = vec![0.0f64; self.claims.len()];
        for &t in &view.terms {
            for &c in &self.postings[t as usize] {
                overlap[c as usize] += weight(t);
            }
        }
        let cov = |c: usize| overlap[c] / self.terms[c].total.max(1e-9);
        let chosen: Vec<usize> = match select {
            Select::Only(list) => {
                let mut l: Vec<usize> = list
                    .iter()
                    .copied()
                    .filter(|&c| c < self.claims.len())
                    .collect();
                l.sort_unstable();
                l.dedup();
                l
            }
            Select::Candidates | Select::All => (0..self.claims.len())
                .filter(|&c| matches!(select, Select::All) || cov(c) >= MIN_CANDIDATE)
                .collect(),
        };
        let decide = |&c: &usize| {
            if cov(c) < MIN_CANDIDATE {
                // Sentence overlap never exceeds article overlap: an upper bound.
                let d = cov(c);
                let p = self.model.p_related(&[1.0, d, d, d, 0.0, d * d]);
                return Some(unrelated(c, 1.0 - p));
            }
            let short = view.sentences.len() <= model::SHORT;
            let f = view.features_unless(&self.terms[c], weight, extracted, |r| {
                !short && self.model.p_related(r) < self.model.related_threshold
            });
            let v = self.decide(c, &view, &f, extracted);
            (v.stance.is_related() || !matches!(select, Select::Candidates)).then_some(v)
        };
        if chosen.len() >= 64 {
            chosen.par_iter().filter_map(decide).collect()
        } else {
            chosen.iter().filter_map(decide).collect()
        }
    }

    /// The features of one article with each of `claims`, for training and inspection.
    pub fn pair_features(
        &self,
        article: &Article,
        extracted: &[Claim],
        claims: &[usize],
    ) -> Vec<PairFeatures> {
        let view = self.view(article, extracted);
        let weight = |t: Term| self.idf.get(t as usize).copied().unwrap_or(0.0);
        claims
            .iter()
            .filter_map(|&c| self.terms.get(c))
            .map(|t| view.features(t, weight, extracted))
            .collect()
    }

    fn view(&self, article: &Article, extracted: &[Claim]) -> ArticleView {
        let body = self.without_furniture(&article.text);
        let (text, prefix) = match &article.title {
            Some(t) if !t.trim().is_empty() && !article.text.trim_start().starts_with(t.trim()) => {
                let t = format!("{}\n", t.trim());
                let n = t.len();
                (t + &body, n)
            }
            _ => (body, 0),
        };
        ArticleView::new(
            text,
            prefix,
            |s| self.vocab.get(s).copied(),
            &self.refute,
            &self.discuss,
            extracted,
        )
    }

    /// The text with page furniture and a date header blanked out (each character
    /// becomes a space, so character offsets stay true).
    fn without_furniture(&self, text: &str) -> String {
        let layout = self.cleaner.layout(text);
        let mut keep: Vec<std::ops::Range<usize>> = layout
            .headline
            .into_iter()
            .chain(layout.paragraphs)
            .collect();
        keep.sort_by_key(|r| r.start);
        let mut out = String::with_capacity(text.len());
        let mut next = keep.iter().peekable();
        for (i, c) in text.char_indices() {
            while next.peek().is_some_and(|r| r.end <= i) {
                next.next();
            }
            let kept = next.peek().is_some_and(|r| r.contains(&i));
            out.push(if kept || c == '\n' { c } else { ' ' });
        }
        out
    }

    fn decide(&self, c: usize, view: &ArticleView, f: &PairFeatures, ex: &[Claim]) -> Verdict {
        let short = view.sentences.len() <= model::SHORT;
        let p_rel = if short {
            // A headline: related once it shares enough weighted words (a candidate).
            1.0
        } else {
            self.model.p_related(&f.related)
        };
        if p_rel < self.model.related_threshold {
            return unrelated(c, 1.0 - p_rel);
        }
        let p = if short {
            self.model.p_stance_headline(&f.stance)
        } else {
            self.model.p_stance(&f.stance)
        };
        let k = (0..3).fold(0, |b, k| if p[k] > p[b] { k } else { b });
        let mut stance = [Label::Agree, Label::Disagree, Label::Discuss][k];
        let mut score = p_rel * p[k];
        let terms = &self.terms[c];
        // An extracted claim whose content is this claim, denied or negated: disagree,
        // whatever the rest of the article does (unless the claim is itself a denial).
        let denial = f.best_content.filter(|&(k, cover)| {
            cover >= DENIAL_COVER
                && !terms.refutes
                && !terms.negated
                && ex
                    .get(k)
                    .is_some_and(|x| x.stance == Stance::Denies || x.negated)
        });
        // Otherwise an extracted claim that is this claim, hedged or with a reporting
        // cue, makes it discuss. (Agree is left to the model: on FNC-1 a rule for claims
        // in the article's own voice or with factive cues lost more than it won.)
        let told = || {
            let (k, cover) = f.best_content?;
            let x = ex.get(k)?;
            if cover < CONTENT_COVER || terms.refutes || terms.negated || x.negated {
                return None;
            }
            let cue = x.cue.to_lowercase();
            let has = |cues: &[&str]| cues.iter().any(|c| cue.contains(c));
            if x.hedged || has(DISCUSS_CUES) {
                Some((k, Label::Discuss))
            } else {
                None
            }
        };
        let rule = denial.map(|(k, _)| (k, Label::Disagree)).or_else(told);
        // A refuting word in the sentence that says most of the claim: disagree.
        let refuted = f.matches.first().copied().filter(|&i| {
            rule.is_none()
                && f.cov_best >= REFUTED_COVER
                && view.sentences[i].refute > 0
                && !terms.refutes
                && !terms.negated
        });
        let (sentence, claim) = match (rule, refuted) {
            (Some((k, l)), _) => {
                stance = l;
                score = p_rel * p[l.index()].max(RULE_SCORE);
                (
                    view.sentences.iter().position(|s| s.claims.contains(&k)),
                    Some(k),
                )
            }
            (None, Some(i)) => {
                stance = Label::Disagree;
                score = p_rel * p[1].max(RULE_SCORE);
                (Some(i), view.sentences[i].claims.first().copied())
            }
            _ => evidence(stance, view, f, ex),
        };
        let claim = claim.and_then(|i| ex.get(i));
        Verdict {
            claim: c,
            stance,
            score: round3(score),
            evidence: sentence
                .map(|i| collapse_ws(view.sentence_text(i)))
                .unwrap_or_default(),
            evidence_claim_id: claim.map(|c| c.claim_id.clone()).unwrap_or_default(),
            source: claim.map(|c| c.source.clone()).unwrap_or_default(),
            cue: claim.map(|c| c.cue.to_string()).unwrap_or_default(),
        }
    }
}

fn unrelated(c: usize, p: f64) -> Verdict {
    Verdict {
        claim: c,
        stance: Label::Unrelated,
        score: round3(p),
        evidence: String::new(),
        evidence_claim_id: String::new(),
        source: String::new(),
        cue: String::new(),
    }
}

fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

fn collapse_ws(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The deciding sentence for `stance` (the best matching sentence that shows it, else
/// the best matching one) and, in it, the extracted claim that shows it best.
fn evidence(
    stance: Label,
    view: &ArticleView,
    f: &PairFeatures,
    ex: &[Claim],
) -> (Option<usize>, Option<usize>) {
    let claim_shows = |c: &Claim| match stance {
        Label::Disagree => c.stance == Stance::Denies || c.negated,
        Label::Discuss => c.hedged || c.form.is_attributed(),
        _ => !c.hedged && c.stance == Stance::Asserts && !c.negated,
    };
    let sentence_shows = |i: usize| {
        let s = &view.sentences[i];
        let by_claims = s.claims.iter().any(|&k| ex.get(k).is_some_and(claim_shows));
        by_claims
            || match stance {
                Label::Disagree => s.refute > 0 || s.negation > 0,
                Label::Discuss => s.hedge > 0 || s.question,
                _ => s.refute == 0 && s.hedge == 0 && !s.question,
            }
    };
    let sentence = f
        .matches
        .iter()
        .copied()
        .find(|&i| sentence_shows(i))
        .or_else(|| f.matches.first().copied());
    let claim = sentence.and_then(|i| {
        let ks = &view.sentences[i].claims;
        ks.iter()
            .copied()
            .find(|&k| ex.get(k).is_some_and(claim_shows))
            .or_else(|| ks.first().copied())
    });
    (sentence, claim)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Form, SourceKind, Span};

    fn checker(claims: &[&str]) -> Checker {
        let claims = claims
            .iter()
            .enumerate()
            .map(|(i, t)| ClaimText {
                id: format!("c{}", i + 1),
                text: t.to_string(),
            })
            .collect();
        match Checker::new(claims) {
            Ok(c) => c,
            Err(e) => panic!("embedded model: {e}"),
        }
    }

    fn article(text: &str) -> Article {
        Article {
            id: "a".into(),
            text: text.into(),
            ..Article::default()
        }
    }

    /// A claim as `extract` would give it; spans are found by searching the text.
    #[allow(clippy::too_many_arguments)]
    fn extracted(
        text: &str,
        n: usize,
        sentence: &str,
        content: &str,
        form: Form,
        stance: Stance,
        source: &str,
        cue: &str,
        hedged: bool,
    ) -> Claim {
        let chars = |b: usize| text[..b].chars().count();
        let span = |s: &str| {
            let b = text.find(s).unwrap_or(0);
            Span {
                start: chars(b),
                end: chars(b + s.len()),
            }
        };
        Claim {
            claim_id: format!("a:{n}"),
            article_id: "a".into(),
            form,
            stance,
            source: source.into(),
            source_kind: if source.is_empty() {
                SourceKind::None
            } else {
                SourceKind::Person
            },
            source_mention: source.into(),
            cue: cue.into(),
            hedged,
            content: content.into(),
            sentence: sentence.into(),
            content_span: Some(span(content)),
            sentence_span: span(sentence),
            ..Claim::default()
        }
    }

    /// (stance, evidence, evidence_claim_id, source, cue) of each verdict.
    fn summary(vs: &[Verdict]) -> Vec<(usize, Label, &str, &str, &str, &str)> {
        vs.iter()
            .map(|v| {
                (
                    v.claim,
                    v.stance,
                    v.evidence.as_str(),
                    v.evidence_claim_id.as_str(),
                    v.source.as_str(),
                    v.cue.as_str(),
                )
            })
            .collect()
    }

    const DENIAL: &str = "Israel and Russia held talks in Moscow on Monday.\n\
        Netanyahu denied reports that Moscow had told Israel to end airstrikes in Syria.\n\
        He said the air force would keep attacking weapons convoys.";
    const DENIAL_SENTENCE: &str =
        "Netanyahu denied reports that Moscow had told Israel to end airstrikes in Syria.";

    /// The claim `extract` makes of [`DENIAL_SENTENCE`].
    fn denial_claim() -> Claim {
        extracted(
            DENIAL,
            1,
            DENIAL_SENTENCE,
            "Moscow had told Israel to end airstrikes in Syria",
            Form::Indirect,
            Stance::Denies,
            "Benjamin Netanyahu",
            "denied",
            false,
        )
    }

    #[test]
    fn an_extracted_denial_of_the_claim_is_disagree() {
        let ck = checker(&["Moscow told Israel to end airstrikes in Syria"]);
        let (s, ex) = (DENIAL_SENTENCE, [denial_claim()]);
        let v = ck.check(&article(DENIAL), &ex, Select::Candidates);
        assert_eq!(
            summary(&v),
            [(0, Label::Disagree, s, "a:1", "Benjamin Netanyahu", "denied")]
        );
    }

    #[test]
    fn negated_content_of_the_claim_is_disagree() {
        let text = "Israel and Russia held talks in Moscow on Monday.\n\
            The Kremlin said that Moscow did not tell Israel to end airstrikes in Syria.\n\
            Both sides spoke of close coordination.";
        let s = "The Kremlin said that Moscow did not tell Israel to end airstrikes in Syria.";
        let mut x = extracted(
            text,
            1,
            s,
            "Moscow did not tell Israel to end airstrikes in Syria",
            Form::Indirect,
            Stance::Asserts,
            "the Kremlin",
            "said",
            false,
        );
        x.negated = true;
        let ck = checker(&["Moscow told Israel to end airstrikes in Syria"]);
        let v = ck.check(&article(text), &[x], Select::Candidates);
        assert_eq!(
            summary(&v),
            [(0, Label::Disagree, s, "a:1", "the Kremlin", "said")]
        );
    }

    #[test]
    fn a_refuting_word_in_the_sentence_that_states_the_claim_is_disagree() {
        let text = "Officials met in Moscow on Monday.\n\
            Reports that Moscow had told Israel to end airstrikes in Syria were false, officials said.\n\
            The meeting lasted two hours.";
        let ck = checker(&["Moscow told Israel to end airstrikes in Syria"]);
        let v = ck.check(&article(text), &[], Select::Candidates);
        assert_eq!(
            summary(&v),
            [(
                0,
                Label::Disagree,
                "Reports that Moscow had told Israel to end airstrikes in Syria were false, officials said.",
                "",
                "",
                ""
            )]
        );
    }

    #[test]
    fn a_hedged_report_is_discuss() {
        let text = "Apple will reportedly sell 19 million Apple Watches in 2015, analysts claim.\n\
            The figures could not be verified and Apple declined to comment.";
        let s = "Apple will reportedly sell 19 million Apple Watches in 2015, analysts claim.";
        let ex = [extracted(
            text,
            1,
            s,
            "Apple will reportedly sell 19 million Apple Watches in 2015",
            Form::Indirect,
            Stance::Asserts,
            "analysts",
            "claim",
            true,
        )];
        let ck = checker(&["Apple will sell 19 million Apple Watches in 2015"]);
        let v = ck.check(&article(text), &ex, Select::Candidates);
        assert_eq!(
            summary(&v),
            [(0, Label::Discuss, s, "a:1", "analysts", "claim")]
        );
    }

    #[test]
    fn an_assertion_in_the_articles_own_voice_is_agree() {
        let text = "Prime Minister Naftali Bennett and Russian President Vladimir Putin spoke on the phone on Thursday.\n\
            Bennett also wished Putin a happy 69th birthday.\n\
            The two leaders spoke about regional security and the phone call lasted an hour.";
        let s = "Prime Minister Naftali Bennett and Russian President Vladimir Putin spoke on the phone on Thursday.";
        let ex = [extracted(
            text,
            1,
            s,
            "Prime Minister Naftali Bennett and Russian President Vladimir Putin spoke on the phone on Thursday",
            Form::Unattributed,
            Stance::Asserts,
            "",
            "",
            false,
        )];
        let ck = checker(&["Bennett and Putin spoke on the phone"]);
        let v = ck.check(&article(text), &ex, Select::Candidates);
        assert_eq!(summary(&v), [(0, Label::Agree, s, "a:1", "", "")]);
    }

    #[test]
    fn an_article_about_something_else_is_unrelated() {
        let ck = checker(&[
            "Moscow told Israel to end airstrikes in Syria",
            "Apple will sell 19 million Apple Watches in 2015",
        ]);
        let a = article(DENIAL);
        let only_related = ck.check(&a, &[], Select::Candidates);
        assert_eq!(
            only_related.iter().map(|v| v.claim).collect::<Vec<_>>(),
            [0]
        );
        let all = ck.check(&a, &[], Select::All);
        assert_eq!(summary(&all[1..]), [(1, Label::Unrelated, "", "", "", "")]);
        assert_eq!(ck.check(&a, &[], Select::Only(&[1])).len(), 1);
    }

    #[test]
    fn a_claim_that_is_itself_a_denial_is_not_flipped_by_the_rule() {
        // The claim says the same as the denial: the denial rule must not call it
        // disagree.
        let ck = checker(&["Netanyahu denied that Moscow told Israel to end airstrikes in Syria"]);
        let ex = [denial_claim()];
        let v = ck.check(&article(DENIAL), &ex, Select::Candidates);
        assert_eq!(v.len(), 1);
        assert_ne!(v[0].stance, Label::Disagree, "{v:?}");
    }

    #[test]
    fn denial_words_make_a_claim_a_denial_but_do_not_count_in_articles() {
        let ck = checker(&[
            "Netanyahu denies that Moscow told Israel to end airstrikes",
            "The photo of the shark on the highway is photoshopped",
            "Moscow told Israel to end airstrikes",
        ]);
        let refutes: Vec<bool> = ck.terms.iter().map(|t| t.refutes).collect();
        assert_eq!(refutes, [true, true, false]);
        let counts = |text: &str| -> Vec<u32> {
            let v = ck.view(&article(text), &[]);
            v.sentences.iter().map(|s| s.refute).collect()
        };
        assert_eq!(counts(DENIAL), [0, 0, 0]);
        assert_eq!(
            counts("Officials met.\nReports that Moscow told Israel to end airstrikes were false.\nThe photo is fake, a hoax."),
            [0, 1, 2]
        );
    }

    #[test]
    fn a_grammar_dir_replaces_only_the_lists_it_has() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        std::fs::write(dir.path().join("refute.txt"), "# mine\nzorble\n")
            .unwrap_or_else(|e| panic!("{e}"));
        std::fs::write(dir.path().join("denial.txt"), "blorp\n").unwrap_or_else(|e| panic!("{e}"));
        let claims = [
            "x",
            "the x is a blorp",
            "the x is a hoax",
            "the x is denied",
        ]
        .iter()
        .enumerate()
        .map(|(i, t)| ClaimText {
            id: i.to_string(),
            text: t.to_string(),
        })
        .collect();
        let ck = Checker::with_grammar_dir(claims, dir.path()).unwrap_or_else(|e| panic!("{e}"));
        let (toks, _) = tokenize("A zorble, reportedly a hoax.");
        let found = |l: &Lexicon| -> Vec<usize> { l.find(&toks).iter().map(|h| h.token).collect() };
        assert_eq!(found(&ck.refute), [1]);
        assert_eq!(found(&ck.discuss), [2]);
        let refutes: Vec<bool> = ck.terms.iter().map(|t| t.refutes).collect();
        assert_eq!(refutes, [false, true, false, false]);
    }

    #[test]
    fn claims_files_csv_and_txt() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let csv = dir.path().join("c.csv");
        let txt = dir.path().join("c.txt");
        std::fs::write(&csv, "text,id,extra\n\"A, b\",x1,z\n,x2,z\nC,x3,z\n")
            .unwrap_or_else(|e| panic!("{e}"));
        std::fs::write(&txt, "first claim\n\n third claim \n").unwrap_or_else(|e| panic!("{e}"));
        let got = |p: &Path| -> Vec<(String, String)> {
            read_claims(p)
                .unwrap_or_else(|e| panic!("{e}"))
                .into_iter()
                .map(|c| (c.id, c.text))
                .collect()
        };
        let pair = |a: &str, b: &str| (a.to_string(), b.to_string());
        assert_eq!(got(&csv), [pair("x1", "A, b"), pair("x3", "C")]);
        assert_eq!(
            got(&txt),
            [pair("1", "first claim"), pair("3", "third claim")]
        );
        std::fs::write(&csv, "id,claim\n1,x\n").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            read_claims(&csv).map_err(|e| e.to_string()).err(),
            Some(format!(
                "{}: no column `text` (the header needs `id,text`)",
                csv.display()
            ))
        );
    }
}
