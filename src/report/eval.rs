//! Scoring the report's relations on Emergent (Ferreira & Vlachos 2016): each article
//! headline is a one-sentence article; two headlines of the same claim with stances
//! `for` and `against` contradict each other, two `for` headlines agree.

use std::collections::{BTreeSet, HashMap};
use std::io::Read;
use std::path::Path;

use crate::eval::ratio;
use crate::extract::extract;
use crate::grammar::Grammar;
use crate::model::{Article, Claim, Form, Span, Text};

use super::relate::Relation;
use super::ReportBuilder;

/// A problem reading the Emergent CSV.
#[derive(Debug, thiserror::Error)]
pub enum EmergentError {
    #[error("cannot read {path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error("{path}: {source}")]
    Csv { path: String, source: csv::Error },
    #[error("{path}: no column `{column}`")]
    MissingColumn { path: String, column: &'static str },
}

/// One headline of Emergent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Headline {
    pub claim_id: String,
    pub text: String,
    /// `for`, `against` or `observing`.
    pub stance: String,
}

/// Read `train.csv` (`,claimHeadline,articleHeadline,articleHeadlineStance,articleId,claimId`).
pub fn read_emergent(path: &Path) -> Result<Vec<Headline>, EmergentError> {
    let p = path.display().to_string();
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .and_then(|mut f| f.read_to_end(&mut bytes))
        .map_err(|source| EmergentError::Io {
            path: p.clone(),
            source,
        })?;
    read_emergent_from(&bytes[..], &p)
}

/// Read Emergent rows from any reader; `origin` names it in errors.
pub fn read_emergent_from<R: Read>(r: R, origin: &str) -> Result<Vec<Headline>, EmergentError> {
    let csv_err = |source| EmergentError::Csv {
        path: origin.to_string(),
        source,
    };
    let mut rdr = csv::Reader::from_reader(r);
    let headers = rdr.headers().map_err(csv_err)?.clone();
    let col = |column: &'static str| {
        headers
            .iter()
            .position(|h| h == column)
            .ok_or(EmergentError::MissingColumn {
                path: origin.to_string(),
                column,
            })
    };
    let (h, s, c) = (
        col("articleHeadline")?,
        col("articleHeadlineStance")?,
        col("claimId")?,
    );
    let mut rows = Vec::new();
    for rec in rdr.records() {
        let rec = rec.map_err(csv_err)?;
        rows.push(Headline {
            claim_id: rec.get(c).unwrap_or("").to_string(),
            text: rec.get(h).unwrap_or("").to_string(),
            stance: rec.get(s).unwrap_or("").to_string(),
        });
    }
    Ok(rows)
}

/// Precision and recall of one relation.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Score {
    /// Predicted pairs of headlines.
    pub predicted: usize,
    /// Predicted pairs that the gold labels confirm.
    pub correct: usize,
    /// Predicted pairs within one claim where a stance is `observing`.
    pub observing: usize,
    /// Predicted pairs across different claims.
    pub cross_claim: usize,
    /// Predicted pairs within one claim where both headlines are `against` (two
    /// debunkings: for an agreement they do agree, yet they are no gold pair).
    pub both_against: usize,
    /// Gold pairs.
    pub gold: usize,
}

impl Score {
    pub fn precision(&self) -> f64 {
        ratio(self.correct, self.predicted)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.correct, self.gold)
    }
    /// Precision with the pairs involving an `observing` headline of the same claim left
    /// out: Emergent labels the headline's stance, and a headline that reports a claim
    /// without taking sides ("X says …", "Apple is shutting down Beats: report") can still
    /// state the same proposition as another.
    pub fn precision_without_observing(&self) -> f64 {
        ratio(self.correct, self.predicted - self.observing)
    }
    /// Precision counting pairs of two `against` headlines of one claim as correct: two
    /// debunkings of one claim ("No, a bird didn't poop on Vladimir Putin", "Vladimir
    /// Putin bird poop video is fake") agree. Meaningful for agreements only.
    pub fn precision_against_agreeing(&self) -> f64 {
        ratio(self.correct + self.both_against, self.predicted)
    }
}

/// The scores of both relations.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct EmergentScores {
    pub headlines: usize,
    /// Headlines for which the extractor found no claim and the whole headline was used.
    pub fallback: usize,
    pub contradiction: Score,
    pub agreement: Score,
}

/// One predicted pair of headlines, for inspection (`eval-report --pairs FILE`).
#[derive(Debug, Clone, serde::Serialize)]
pub struct PredictedPair {
    pub relation: &'static str,
    pub reason: &'static str,
    pub correct: bool,
    pub claim_a: String,
    pub claim_b: String,
    pub stance_a: String,
    pub stance_b: String,
    pub headline_a: String,
    pub headline_b: String,
}

/// Run the report over all headlines at once and score its relations.
pub fn evaluate(rows: &[Headline], grammar: &Grammar) -> EmergentScores {
    evaluate_pairs(rows, grammar).0
}

/// [`evaluate`], with every predicted pair of headlines.
pub fn evaluate_pairs(
    rows: &[Headline],
    grammar: &Grammar,
) -> (EmergentScores, Vec<PredictedPair>) {
    let mut builder = ReportBuilder::new().with_opposites(super::normalize::Opposites::from_pairs(
        &grammar.lexicon.opposites,
    ));
    let mut fallback = 0;
    let mut claim_row: Vec<usize> = Vec::new();
    for (i, row) in rows.iter().enumerate() {
        let article = Article {
            id: format!("h{}", i + 1),
            text: row.text.clone(),
            origin: format!("emergent:{}", i + 2),
            ..Article::default()
        };
        let mut claims = extract(&article, grammar);
        if claims.is_empty() {
            fallback += 1;
            claims.push(headline_claim(&article));
        }
        claim_row.extend(std::iter::repeat_n(i, claims.len()));
        builder.add_article(&article, &claims);
    }
    let report = builder.finish();

    // A relation row stands for every claim of its two statements.
    let mut members: HashMap<u32, Vec<usize>> = HashMap::new();
    for c in 0..claim_row.len() {
        members.entry(report.statement_of(c)).or_default().push(c);
    }
    let mut predicted: [BTreeSet<(usize, usize)>; 2] = [BTreeSet::new(), BTreeSet::new()];
    let mut reasons: HashMap<(usize, usize, usize), &'static str> = HashMap::new();
    for r in report.relations() {
        let k = match r.relation {
            Relation::Contradiction => 0,
            Relation::Agreement => 1,
        };
        let ma = &members[&report.statement_of(r.a as usize)];
        let mb = &members[&report.statement_of(r.b as usize)];
        for &x in ma {
            for &y in mb {
                let (x, y) = (claim_row[x], claim_row[y]);
                if x != y {
                    predicted[k].insert((x.min(y), x.max(y)));
                    reasons
                        .entry((k, x.min(y), x.max(y)))
                        .or_insert(r.reason.as_str());
                }
            }
        }
    }

    let mut scores = EmergentScores {
        headlines: rows.len(),
        fallback,
        ..EmergentScores::default()
    };
    let gold = |x: &Headline, y: &Headline, k: usize| {
        x.claim_id == y.claim_id
            && match k {
                0 => {
                    (x.stance == "for" && y.stance == "against")
                        || (x.stance == "against" && y.stance == "for")
                }
                _ => x.stance == "for" && y.stance == "for",
            }
    };
    let mut listed = Vec::new();
    let mut by_claim: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, r) in rows.iter().enumerate() {
        by_claim.entry(&r.claim_id).or_default().push(i);
    }
    for (k, pairs) in predicted.iter().enumerate() {
        let s = if k == 0 {
            &mut scores.contradiction
        } else {
            &mut scores.agreement
        };
        s.predicted = pairs.len();
        for &(x, y) in pairs {
            let (hx, hy) = (&rows[x], &rows[y]);
            listed.push(PredictedPair {
                relation: if k == 0 { "contradiction" } else { "agreement" },
                reason: reasons.get(&(k, x, y)).copied().unwrap_or(""),
                correct: gold(hx, hy, k),
                claim_a: hx.claim_id.clone(),
                claim_b: hy.claim_id.clone(),
                stance_a: hx.stance.clone(),
                stance_b: hy.stance.clone(),
                headline_a: hx.text.clone(),
                headline_b: hy.text.clone(),
            });
            if gold(hx, hy, k) {
                s.correct += 1;
            } else if hx.claim_id != hy.claim_id {
                s.cross_claim += 1;
            } else if hx.stance == "observing" || hy.stance == "observing" {
                s.observing += 1;
            } else if hx.stance == "against" && hy.stance == "against" {
                s.both_against += 1;
            }
        }
        for ids in by_claim.values() {
            for (i, &x) in ids.iter().enumerate() {
                for &y in &ids[i + 1..] {
                    if gold(&rows[x], &rows[y], k) {
                        s.gold += 1;
                    }
                }
            }
        }
    }
    (scores, listed)
}

/// The whole headline as one headline claim, for headlines the extractor passes over.
fn headline_claim(a: &Article) -> Claim {
    let n = a.text.chars().count();
    let text = Text::from(a.text.as_str());
    Claim {
        claim_id: format!("{}:1", a.id),
        article_id: a.id.as_str().into(),
        form: Form::Headline,
        content: text.clone(),
        sentence: text,
        content_span: Some(Span { start: 0, end: n }),
        sentence_span: Span { start: 0, end: n },
        headline: true,
        ..Claim::default()
    }
}

impl std::fmt::Display for EmergentScores {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        writeln!(
            f,
            "headlines\t{} ({} without an extracted claim, used whole)",
            self.headlines, self.fallback
        )?;
        writeln!(
            f,
            "relation\tpredicted\tcorrect\tprecision\trecall\tgold\twrong:observing\twrong:other_claim\tprecision_without_observing\tprecision_against_agreeing"
        )?;
        for (name, s) in [
            ("contradiction", &self.contradiction),
            ("agreement", &self.agreement),
        ] {
            // Two `against` headlines agree; they never contradict.
            let against_agreeing = if std::ptr::eq(s, &self.agreement) {
                format!("{:.3}", s.precision_against_agreeing())
            } else {
                "-".to_string()
            };
            writeln!(
                f,
                "{name}\t{}\t{}\t{:.3}\t{:.3}\t{}\t{}\t{}\t{:.3}\t{against_agreeing}",
                s.predicted,
                s.correct,
                s.precision(),
                s.recall(),
                s.gold,
                s.observing,
                s.cross_claim,
                s.precision_without_observing()
            )?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_pairs_of_headlines() {
        let csv = "\
,claimHeadline,articleHeadline,articleHeadlineStance,articleId,claimId
0,c,McDonald's will stop serving the Big Mac burger,for,a1,C1
1,c,McDonald's will stop serving the Big Mac burger next year,for,a2,C1
2,c,McDonald's will not stop serving the Big Mac burger,against,a3,C1
3,c,Apple will sell 19 million Apple Watches,observing,a4,C2
";
        let rows = read_emergent_from(csv.as_bytes(), "test.csv").unwrap_or_default();
        assert_eq!(rows.len(), 4);
        let s = evaluate(&rows, &Grammar::default_en());
        assert_eq!(
            (
                s.contradiction.predicted,
                s.contradiction.correct,
                s.contradiction.gold
            ),
            (2, 2, 2)
        );
        assert_eq!(
            (s.agreement.predicted, s.agreement.correct, s.agreement.gold),
            (1, 1, 1)
        );
        assert_eq!(s.agreement.both_against, 0);
    }

    #[test]
    fn two_debunkings_agree_in_the_last_column_only() {
        let csv = "\
,claimHeadline,articleHeadline,articleHeadlineStance,articleId,claimId
0,c,\"No, McDonald's will not stop serving the Big Mac burger\",against,a1,C1
1,c,\"No, McDonald's will not stop serving the Big Mac burger next year\",against,a2,C1
";
        let rows = read_emergent_from(csv.as_bytes(), "test.csv").unwrap_or_default();
        let s = evaluate(&rows, &Grammar::default_en());
        assert_eq!(
            (
                s.agreement.predicted,
                s.agreement.correct,
                s.agreement.both_against
            ),
            (1, 0, 1)
        );
        assert_eq!(s.agreement.precision(), 0.0);
        assert_eq!(s.agreement.precision_against_agreeing(), 1.0);
    }
}
