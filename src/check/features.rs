//! What `check` looks at in one article for one claim: weighted word overlap (whole
//! article, best sentence, lead, word pairs), refuting words, hedges, negations and
//! questions in the sentences that match the claim, and the extracted claims standing
//! in those sentences.

use std::collections::HashSet;

use super::lexicon::Lexicon;
use super::tokens::{tokenize, Token};
use crate::model::{Claim, Stance};

/// A term id of the claims' vocabulary.
pub type Term = u32;

/// Names of the relatedness features, in order (the model file repeats them).
pub const RELATED_FEATURES: &[&str] = &[
    "bias",
    "cov_doc",
    "cov_best",
    "cov_lead",
    "bigram_cov",
    "cov_doc_x_best",
];

/// Names of the stance features, in order.
pub const STANCE_FEATURES: &[&str] = &[
    "bias",
    "cov_doc",
    "cov_best",
    "refute_match",
    "negation_match",
    "hedge_match",
    "question_match",
    "refute_doc",
    "hedge_doc",
    "refute_lead",
    "hedge_lead",
    "claim_refutes",
    "claim_hedged",
    "claim_question",
    "claim_negated",
    "short_text",
    "sentences",
    "said_match",
    "said_doc",
    "refute_match_x_cov_best",
    "claim_hedged_x_hedge_doc",
    "refute_cov",
    "negation_cov",
    "hedge_cov",
    "content_cov",
    "content_denies_cov",
    "content_hedged_cov",
    "content_attributed_cov",
    "content_asserted_cov",
    "refute_match_flipped",
    "negation_match_flipped",
    "refute_doc_flipped",
    "refute_lead_flipped",
    "refute_match_x_cov_best_flipped",
    "refute_cov_flipped",
    "negation_cov_flipped",
    "content_denies_cov_flipped",
];

/// Features that point to disagree for a plain claim and to agree for a claim that is
/// itself a denial ("X is a hoax"): each also has a `_flipped` copy, set instead of it
/// when the claim refutes or is negated, so the model can learn both ways.
const POLARITY: &[&str] = &[
    "refute_match",
    "negation_match",
    "refute_doc",
    "refute_lead",
    "refute_match_x_cov_best",
    "refute_cov",
    "negation_cov",
    "content_denies_cov",
];

/// What check keeps of a claim to test.
#[derive(Debug, Clone)]
pub struct ClaimTerms {
    /// Distinct content terms, sorted.
    pub terms: Vec<Term>,
    /// Sum of the weights of `terms`.
    pub total: f64,
    /// Adjacent content terms.
    pub bigrams: Vec<(Term, Term)>,
    pub refutes: bool,
    pub hedged: bool,
    pub question: bool,
    pub negated: bool,
}

/// One sentence of an article as check sees it.
#[derive(Debug, Clone)]
pub struct SentenceView {
    /// Byte range in [`ArticleView::text`].
    pub start: usize,
    pub end: usize,
    /// Distinct known terms, sorted.
    pub terms: Vec<Term>,
    pub refute: u32,
    pub hedge: u32,
    pub negation: u32,
    /// Speech verbs: say, said, tell, told, claim, according.
    pub said: u32,
    /// Content words (known or not).
    pub words: u32,
    pub question: bool,
    /// Indexes into the article's extracted claims standing in this sentence.
    pub claims: Vec<usize>,
}

/// One article prepared for checking against every claim.
#[derive(Debug, Clone)]
pub struct ArticleView {
    /// The analysed text: the title (when the text does not start with it) and the text.
    pub text: String,
    pub sentences: Vec<SentenceView>,
    /// Distinct known terms of the whole article, sorted.
    pub terms: Vec<Term>,
    pub bigrams: HashSet<(Term, Term)>,
    pub refute: u32,
    pub hedge: u32,
    /// Distinct known terms of each extracted claim's content, sorted.
    pub claim_terms: Vec<Vec<Term>>,
}

/// Ranked matching sentences for one claim.
#[derive(Debug, Clone)]
pub struct PairFeatures {
    pub related: Vec<f64>,
    pub stance: Vec<f64>,
    /// Sentence indexes that match the claim, best first.
    pub matches: Vec<usize>,
    /// Coverage of the best sentence.
    pub cov_best: f64,
    /// The extracted claim whose content covers the claim best, with that coverage.
    pub best_content: Option<(usize, f64)>,
    pub cov_doc: f64,
}

/// Stems of speech verbs, counted as a stand-in for attribution.
const SPEECH: &[&str] = &[
    "say",
    "said",
    "tell",
    "told",
    "claim",
    "according",
    "state",
    "announce",
    "insist",
];

/// Sentences this far into an article count as its lead.
const LEAD: usize = 3;
/// At most this many sentences decide the stance.
const MAX_MATCHES: usize = 5;

impl ArticleView {
    /// Tokenise `text`, map words to `vocab` terms and count refuting words, hedges and
    /// negations per sentence. `claims` are the extracted claims of the article; their
    /// sentence spans (characters into the original text) are mapped to sentences here.
    /// `prefix` is the number of bytes of title put before the original text.
    pub fn new(
        text: String,
        prefix: usize,
        term_of: impl Fn(&str) -> Option<Term>,
        refute: &Lexicon,
        discuss: &Lexicon,
        claims: &[Claim],
    ) -> Self {
        let (tokens, spans) = tokenize(&text);
        let mut sentences: Vec<SentenceView> = spans
            .iter()
            .map(|&(start, end)| SentenceView {
                start,
                end,
                terms: Vec::new(),
                refute: 0,
                hedge: 0,
                negation: 0,
                said: 0,
                words: 0,
                question: text[start..end]
                    .trim_end_matches(['"', '”', '’', '\'', ')'])
                    .ends_with('?'),
                claims: Vec::new(),
            })
            .collect();
        let mut all_terms = Vec::new();
        let mut bigrams = HashSet::new();
        let mut prev: Option<(Term, usize)> = None;
        for t in &tokens {
            let Some(s) = sentences.get_mut(t.sentence) else {
                continue;
            };
            if t.negation {
                s.negation += 1;
            }
            if SPEECH.contains(&t.stem.as_str()) {
                s.said += 1;
            }
            if t.stop {
                continue;
            }
            s.words += 1;
            match term_of(&t.stem) {
                Some(id) => {
                    s.terms.push(id);
                    all_terms.push(id);
                    if let Some((p, ps)) = prev {
                        if ps == t.sentence {
                            bigrams.insert((p, id));
                        }
                    }
                    prev = Some((id, t.sentence));
                }
                None => prev = None,
            }
        }
        for s in &mut sentences {
            s.terms.sort_unstable();
            s.terms.dedup();
        }
        all_terms.sort_unstable();
        all_terms.dedup();
        let mut nref = 0;
        for h in refute.find(&tokens) {
            if let Some(s) = sentence_of(&tokens, h.token).and_then(|i| sentences.get_mut(i)) {
                s.refute += 1;
                nref += 1;
            }
        }
        let mut nhedge = 0;
        for h in discuss.find(&tokens) {
            if let Some(s) = sentence_of(&tokens, h.token).and_then(|i| sentences.get_mut(i)) {
                s.hedge += 1;
                nhedge += 1;
            }
        }
        map_claims(&text, prefix, claims, &mut sentences);
        let claim_terms = claims
            .iter()
            .map(|c| {
                let mut t: Vec<Term> = tokenize(&c.content_words())
                    .0
                    .iter()
                    .filter(|t| !t.stop)
                    .filter_map(|t| term_of(&t.stem))
                    .collect();
                t.sort_unstable();
                t.dedup();
                t
            })
            .collect();
        ArticleView {
            claim_terms,
            text,
            sentences,
            terms: all_terms,
            bigrams,
            refute: nref,
            hedge: nhedge,
        }
    }

    /// The words of sentence `i`.
    pub fn sentence_text(&self, i: usize) -> &str {
        self.sentences
            .get(i)
            .and_then(|s| self.text.get(s.start..s.end))
            .unwrap_or("")
    }

    /// Features of this article for one claim; `weight` gives a term's weight.
    pub fn features(
        &self,
        claim: &ClaimTerms,
        weight: impl Fn(Term) -> f64,
        extracted: &[Claim],
    ) -> PairFeatures {
        self.features_unless(claim, weight, extracted, |_| false)
    }

    /// [`Self::features`], but when `unrelated` says so from the relatedness features,
    /// the stance features are not computed (left empty, with no matches).
    pub fn features_unless(
        &self,
        claim: &ClaimTerms,
        weight: impl Fn(Term) -> f64,
        extracted: &[Claim],
        unrelated: impl Fn(&[f64]) -> bool,
    ) -> PairFeatures {
        let total = claim.total.max(1e-9);
        let cov = |terms: &[Term]| intersect_weight(&claim.terms, terms, &weight) / total;
        let cov_doc = cov(&self.terms);
        let per_sentence: Vec<f64> = self.sentences.iter().map(|s| cov(&s.terms)).collect();
        let cov_best = per_sentence.iter().copied().fold(0.0, f64::max);
        let cov_lead = per_sentence.iter().take(LEAD).copied().fold(0.0, f64::max);
        let bigram_cov = if claim.bigrams.is_empty() {
            0.0
        } else {
            claim
                .bigrams
                .iter()
                .filter(|b| self.bigrams.contains(b))
                .count() as f64
                / claim.bigrams.len() as f64
        };
        let related = vec![
            1.0,
            cov_doc,
            cov_best,
            cov_lead,
            bigram_cov,
            cov_doc * cov_best,
        ];
        if unrelated(&related) {
            return PairFeatures {
                related,
                stance: Vec::new(),
                matches: Vec::new(),
                cov_best,
                best_content: None,
                cov_doc,
            };
        }

        // Matching sentences: within half of the best, best first, text order on ties.
        let floor = (cov_best * 0.5).max(0.15);
        let mut matches: Vec<usize> = (0..self.sentences.len())
            .filter(|&i| per_sentence[i] >= floor && per_sentence[i] > 0.0)
            .collect();
        // Best coverage first; on ties the sentence with fewer other words, then text order.
        matches.sort_by(|&a, &b| {
            per_sentence[b]
                .total_cmp(&per_sentence[a])
                .then(self.sentences[a].words.cmp(&self.sentences[b].words))
                .then(a.cmp(&b))
        });
        matches.truncate(MAX_MATCHES);

        let mut m = MatchCounts::default();
        for &i in &matches {
            let s = &self.sentences[i];
            m.refute += s.refute as f64;
            m.negation += s.negation as f64;
            m.hedge += s.hedge as f64;
            m.question |= s.question;
            m.said += s.said as f64;
        }
        let lead = |f: fn(&SentenceView) -> u32| -> f64 {
            self.sentences.iter().take(LEAD).map(|s| f(s) as f64).sum()
        };
        let ln = |x: f64| (1.0 + x).ln();
        let flag = |b: bool| b as u8 as f64;
        let refute_doc = ln(self.refute as f64);
        let nsent = self.sentences.len().max(1) as f64;
        // How well each extracted claim's content covers the claim.
        let content: Vec<f64> = self.claim_terms.iter().map(|t| cov(t)).collect();
        let content_where = |p: &dyn Fn(&Claim) -> bool| {
            extracted
                .iter()
                .zip(&content)
                .filter(|(c, _)| p(c))
                .map(|(_, &v)| v)
                .fold(0.0, f64::max)
        };
        let best_content =
            content
                .iter()
                .enumerate()
                .fold(None, |b: Option<(usize, f64)>, (i, &v)| match b {
                    Some((_, bv)) if bv >= v => b,
                    _ if v > 0.0 => Some((i, v)),
                    _ => b,
                });
        // The best coverage among sentences with a property.
        let best_where = |p: &dyn Fn(&SentenceView) -> bool| {
            self.sentences
                .iter()
                .zip(&per_sentence)
                .filter(|(s, _)| p(s))
                .map(|(_, &c)| c)
                .fold(0.0, f64::max)
        };
        let stance = vec![
            1.0,
            cov_doc,
            cov_best,
            ln(m.refute),
            ln(m.negation),
            ln(m.hedge),
            flag(m.question),
            refute_doc,
            ln(self.hedge as f64),
            ln(lead(|s| s.refute)),
            ln(lead(|s| s.hedge)),
            flag(claim.refutes),
            flag(claim.hedged),
            flag(claim.question),
            flag(claim.negated),
            flag(self.sentences.len() <= 1),
            ln(nsent),
            ln(m.said),
            ln(self.sentences.iter().map(|s| s.said as f64).sum()),
            ln(m.refute) * cov_best,
            flag(claim.hedged) * ln(self.hedge as f64),
            best_where(&|s: &SentenceView| s.refute > 0),
            best_where(&|s: &SentenceView| s.negation > 0),
            best_where(&|s: &SentenceView| s.hedge > 0 || s.question),
            best_content.map_or(0.0, |b| b.1),
            content_where(&|c: &Claim| c.stance == Stance::Denies || c.negated),
            content_where(&|c: &Claim| c.hedged),
            content_where(&|c: &Claim| {
                c.form.is_attributed() && !c.hedged && c.stance == Stance::Asserts && !c.negated
            }),
            content_where(&|c: &Claim| {
                !c.form.is_attributed() && !c.hedged && c.stance == Stance::Asserts && !c.negated
            }),
        ];
        let stance = flip_polarity(stance, claim.refutes || claim.negated);
        PairFeatures {
            related,
            stance,
            matches,
            cov_best,
            best_content,
            cov_doc,
        }
    }
}

/// Append the `_flipped` copies of the [`POLARITY`] features: zero for a plain claim;
/// for a denying claim they take the values and the plain ones become zero.
fn flip_polarity(mut x: Vec<f64>, flipped: bool) -> Vec<f64> {
    for name in POLARITY {
        let Some(i) = STANCE_FEATURES.iter().position(|n| n == name) else {
            continue;
        };
        if flipped {
            x.push(x[i]);
            x[i] = 0.0;
        } else {
            x.push(0.0);
        }
    }
    x
}

#[derive(Default)]
struct MatchCounts {
    refute: f64,
    negation: f64,
    hedge: f64,
    question: bool,
    said: f64,
}

fn sentence_of(tokens: &[Token], i: usize) -> Option<usize> {
    tokens.get(i).map(|t| t.sentence)
}

/// Sum of weights of the terms in both sorted lists.
fn intersect_weight(a: &[Term], b: &[Term], weight: &impl Fn(Term) -> f64) -> f64 {
    let (mut i, mut j, mut sum) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                sum += weight(a[i]);
                i += 1;
                j += 1;
            }
        }
    }
    sum
}

/// Attach each extracted claim to the sentences its own sentence span overlaps.
fn map_claims(text: &str, prefix: usize, claims: &[Claim], sentences: &mut [SentenceView]) {
    if claims.is_empty() {
        return;
    }
    // Character offset → byte offset in the original text (after the prefix).
    let original = text.get(prefix..).unwrap_or("");
    let bytes_of: Vec<usize> = original
        .char_indices()
        .map(|(b, _)| b)
        .chain(std::iter::once(original.len()))
        .collect();
    for (k, c) in claims.iter().enumerate() {
        let span = c.content_span.unwrap_or(c.sentence_span);
        let (Some(&s), Some(&e)) = (bytes_of.get(span.start), bytes_of.get(span.end)) else {
            continue;
        };
        let (s, e) = (s + prefix, e + prefix);
        for sv in sentences.iter_mut() {
            if sv.start < e.max(s + 1) && s < sv.end {
                sv.claims.push(k);
            }
        }
    }
}
