//! `claimtrail eval-stance`: the figures of `check` on FNC-1 and Emergent, computed
//! from predictions (or a given stances file) and the gold; and the training of the
//! weights in `data/models/stance.json`.
//!
//! FNC-1 is split by Body ID: bodies whose FNV-1a hash is 0 mod 5 are held out and
//! never used for tuning or training.

use std::collections::HashMap;
use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use anyhow::Context;
use rayon::prelude::*;

use crate::check::model::Model;
use crate::check::score::Confusion;
use crate::check::{features::PairFeatures, Checker, ClaimText, Label, Select, MIN_CANDIDATE};
use crate::cli::EvalStanceArgs;
use crate::extract::extract;
use crate::grammar::Grammar;
use crate::model::{Article, Claim};
use crate::output::AtomicFile;

/// Training examples: (features, related?) and (features, class index).
type RelatedExamples = Vec<(Vec<f64>, bool)>;
type StanceExamples = Vec<(Vec<f64>, usize)>;

/// Folds of the tuning bodies for out-of-fold bias tuning.
const FOLDS: u64 = 5;

/// One gold pair.
#[derive(Debug, Clone)]
pub struct GoldPair {
    pub claim: usize,
    pub article: usize,
    pub gold: Label,
    pub held_out: bool,
    /// The two key columns of the gold layout, for writing and reading stances files.
    pub key: (String, String),
}

/// A stance data set: claims, articles and gold pairs.
pub struct Task {
    pub claims: Vec<ClaimText>,
    pub articles: Vec<Article>,
    pub pairs: Vec<GoldPair>,
    /// Header of the gold layout: two key columns and the stance column.
    pub header: [&'static str; 3],
    /// Emergent writes `for`, `against`, `observing`.
    pub emergent: bool,
}

/// FNV-1a, 64 bits: a stable hash for the held-out split.
pub fn fnv1a(s: &str) -> u64 {
    s.bytes().fold(0xcbf29ce484222325, |h, b| {
        (h ^ b as u64).wrapping_mul(0x100000001b3)
    })
}

/// Held-out FNC-1 bodies: FNV-1a of the Body ID is 0 mod 5.
pub fn is_held_out(body_id: &str) -> bool {
    fnv1a(body_id.trim()).is_multiple_of(5)
}

fn csv_rows(path: &Path) -> anyhow::Result<(csv::StringRecord, Vec<csv::StringRecord>)> {
    let mut rdr = csv::ReaderBuilder::new()
        .flexible(true)
        .from_path(path)
        .with_context(|| format!("cannot read {}", path.display()))?;
    let h = rdr.headers()?.clone();
    let rows = rdr
        .records()
        .collect::<Result<Vec<_>, _>>()
        .with_context(|| format!("cannot read {}", path.display()))?;
    Ok((h, rows))
}

fn column(h: &csv::StringRecord, name: &str, path: &Path) -> anyhow::Result<usize> {
    h.iter()
        .position(|c| c.trim_start_matches('\u{feff}') == name)
        .with_context(|| format!("{}: no column `{name}`", path.display()))
}

/// Read FNC-1 (`train_bodies.csv`, `train_stances.csv`).
pub fn read_fnc1(dir: &Path) -> anyhow::Result<Task> {
    let bp = dir.join("train_bodies.csv");
    let (h, rows) = csv_rows(&bp)?;
    let (bid, btext) = (column(&h, "Body ID", &bp)?, column(&h, "articleBody", &bp)?);
    let mut articles = Vec::new();
    let mut body_index = HashMap::new();
    for r in &rows {
        let id = r.get(bid).unwrap_or("").trim().to_string();
        body_index.insert(id.clone(), articles.len());
        articles.push(Article {
            id,
            text: r.get(btext).unwrap_or("").to_string(),
            origin: bp.display().to_string(),
            ..Article::default()
        });
    }
    let sp = dir.join("train_stances.csv");
    let (h, rows) = csv_rows(&sp)?;
    let (hh, hb, hs) = (
        column(&h, "Headline", &sp)?,
        column(&h, "Body ID", &sp)?,
        column(&h, "Stance", &sp)?,
    );
    let mut claims = Vec::new();
    let mut claim_index: HashMap<String, usize> = HashMap::new();
    let mut pairs = Vec::new();
    for (n, r) in rows.iter().enumerate() {
        let headline = r.get(hh).unwrap_or("").to_string();
        let body = r.get(hb).unwrap_or("").trim().to_string();
        let gold = Label::parse(r.get(hs).unwrap_or(""))
            .with_context(|| format!("{}:{}: unknown stance", sp.display(), n + 2))?;
        let article = *body_index
            .get(&body)
            .with_context(|| format!("{}:{}: unknown Body ID {body}", sp.display(), n + 2))?;
        let claim = *claim_index.entry(headline.clone()).or_insert_with(|| {
            claims.push(ClaimText {
                id: claims.len().to_string(),
                text: headline.clone(),
            });
            claims.len() - 1
        });
        pairs.push(GoldPair {
            claim,
            article,
            gold,
            held_out: is_held_out(&body),
            key: (headline, body),
        });
    }
    Ok(Task {
        claims,
        articles,
        pairs,
        header: ["Headline", "Body ID", "Stance"],
        emergent: false,
    })
}

/// Read Emergent: each row's article headline is an article of one sentence.
pub fn read_emergent(path: &Path) -> anyhow::Result<Task> {
    let (h, rows) = csv_rows(path)?;
    let ch = column(&h, "claimHeadline", path)?;
    let ah = column(&h, "articleHeadline", path)?;
    let st = column(&h, "articleHeadlineStance", path)?;
    let aid = column(&h, "articleId", path)?;
    let cid = column(&h, "claimId", path)?;
    let mut claims = Vec::new();
    let mut claim_index: HashMap<String, usize> = HashMap::new();
    let mut articles = Vec::new();
    let mut pairs = Vec::new();
    for (n, r) in rows.iter().enumerate() {
        let get = |i: usize| r.get(i).unwrap_or("").to_string();
        let gold = Label::parse(&get(st))
            .with_context(|| format!("{}:{}: unknown stance", path.display(), n + 2))?;
        let claim = *claim_index.entry(get(cid)).or_insert_with(|| {
            claims.push(ClaimText {
                id: get(cid),
                text: get(ch),
            });
            claims.len() - 1
        });
        articles.push(Article {
            id: format!("{}#{n}", get(aid)),
            text: get(ah),
            origin: format!("{}:{}", path.display(), n + 2),
            ..Article::default()
        });
        pairs.push(GoldPair {
            claim,
            article: articles.len() - 1,
            gold,
            held_out: is_held_out(&get(cid)),
            key: (get(cid), get(aid)),
        });
    }
    Ok(Task {
        claims,
        articles,
        pairs,
        header: ["claimId", "articleId", "articleHeadlineStance"],
        emergent: true,
    })
}

impl Task {
    /// Claim indexes to check per article.
    fn claims_per_article(&self) -> Vec<Vec<usize>> {
        let mut by = vec![Vec::new(); self.articles.len()];
        for p in &self.pairs {
            by[p.article].push(p.claim);
        }
        by
    }

    /// Extract every article, in parallel.
    fn extracted(&self, grammar: &Grammar) -> Vec<Vec<Claim>> {
        self.articles
            .par_iter()
            .map(|a| extract(a, grammar))
            .collect()
    }

    /// Predict every gold pair with `checker`.
    pub fn predict(&self, checker: &Checker, extracted: &[Vec<Claim>]) -> Vec<Label> {
        let by = self.claims_per_article();
        let verdicts: Vec<HashMap<usize, Label>> = self
            .articles
            .par_iter()
            .enumerate()
            .map(|(i, a)| {
                checker
                    .check(a, &extracted[i], Select::Only(&by[i]))
                    .into_iter()
                    .map(|v| (v.claim, v.stance))
                    .collect()
            })
            .collect();
        self.pairs
            .iter()
            .map(|p| {
                verdicts[p.article]
                    .get(&p.claim)
                    .copied()
                    .unwrap_or(Label::Unrelated)
            })
            .collect()
    }

    fn label_name(&self, l: Label) -> &'static str {
        match (self.emergent, l) {
            (true, Label::Agree) => "for",
            (true, Label::Disagree) => "against",
            (true, Label::Discuss) => "observing",
            _ => l.as_str(),
        }
    }

    /// Write predictions in the gold layout.
    pub fn write<W: Write>(&self, predicted: &[Label], w: W) -> anyhow::Result<W> {
        let mut w = csv::Writer::from_writer(w);
        w.write_record(self.header)?;
        for (p, l) in self.pairs.iter().zip(predicted) {
            w.write_record([p.key.0.as_str(), p.key.1.as_str(), self.label_name(*l)])?;
        }
        Ok(w.into_inner().map_err(|e| e.into_error())?)
    }

    /// Read a stances file in the gold layout; pairs it lacks count as unrelated.
    pub fn read_stances(&self, path: &Path) -> anyhow::Result<(Vec<Label>, usize)> {
        let (h, rows) = csv_rows(path)?;
        let k0 = column(&h, self.header[0], path)?;
        let k1 = column(&h, self.header[1], path)?;
        let st = column(&h, self.header[2], path)?;
        let mut by: HashMap<(String, String), Label> = HashMap::new();
        for (n, r) in rows.iter().enumerate() {
            let l = Label::parse(r.get(st).unwrap_or(""))
                .with_context(|| format!("{}:{}: unknown stance", path.display(), n + 2))?;
            let key = (
                r.get(k0).unwrap_or("").to_string(),
                r.get(k1).unwrap_or("").trim().to_string(),
            );
            by.insert(key, l);
        }
        let mut missing = 0;
        let labels = self
            .pairs
            .iter()
            .map(|p| {
                let key = (p.key.0.clone(), p.key.1.trim().to_string());
                by.get(&key).copied().unwrap_or_else(|| {
                    missing += 1;
                    Label::Unrelated
                })
            })
            .collect();
        Ok((labels, missing))
    }

    /// Confusion over the pairs that `keep` selects.
    pub fn confusion(&self, predicted: &[Label], keep: impl Fn(&GoldPair) -> bool) -> Confusion {
        let mut c = Confusion::default();
        for (p, l) in self.pairs.iter().zip(predicted) {
            if keep(p) {
                c.add(p.gold, *l);
            }
        }
        c
    }

    /// Features of the tuning pairs, for training.
    fn training_examples(
        &self,
        checker: &Checker,
        extracted: &[Vec<Claim>],
    ) -> (RelatedExamples, StanceExamples, Vec<u64>) {
        let mut by: Vec<Vec<(usize, Label)>> = vec![Vec::new(); self.articles.len()];
        for p in self.pairs.iter().filter(|p| !p.held_out) {
            by[p.article].push((p.claim, p.gold));
        }
        let fold_of: Vec<u64> = self
            .articles
            .iter()
            .map(|a| (fnv1a(&a.id) >> 8) % FOLDS)
            .collect();
        let per: Vec<Vec<(PairFeatures, Label)>> = self
            .articles
            .par_iter()
            .enumerate()
            .map(|(i, a)| {
                let claims: Vec<usize> = by[i].iter().map(|&(c, _)| c).collect();
                checker
                    .pair_features(a, &extracted[i], &claims)
                    .into_iter()
                    .zip(by[i].iter().map(|&(_, g)| g))
                    .collect()
            })
            .collect();
        let mut related = Vec::new();
        let mut stance = Vec::new();
        let mut folds = Vec::new();
        for (i, fs) in per.into_iter().enumerate() {
            for (f, g) in fs {
                if f.cov_doc >= MIN_CANDIDATE {
                    related.push((f.related.clone(), g.is_related()));
                }
                if g.is_related() {
                    stance.push((f.stance, g.index()));
                    folds.push(fold_of[i]);
                }
            }
        }
        (related, stance, folds)
    }
}

pub fn run(args: EvalStanceArgs) -> anyhow::Result<ExitCode> {
    let task = match (&args.fnc1, &args.emergent) {
        (Some(d), _) => read_fnc1(d)?,
        (None, Some(f)) => read_emergent(f)?,
        (None, None) => anyhow::bail!("give --fnc1 DIR or --emergent FILE"),
    };
    let started = std::time::Instant::now();
    let (predicted, note) = match &args.stances {
        Some(path) => {
            let (labels, missing) = task.read_stances(path)?;
            (
                labels,
                format!(
                    "scored {} ({missing} pairs missing, counted unrelated)",
                    path.display()
                ),
            )
        }
        None => {
            let grammar = super::load_grammar(args.grammar.as_deref())?;
            let extracted = task.extracted(&grammar);
            let mut checker = Checker::new(task.claims.clone())?;
            if let Some(out) = &args.train {
                let (related, stance, folds) = task.training_examples(&checker, &extracted);
                eprintln!(
                    "training on {} relatedness and {} stance examples (tuning part)",
                    related.len(),
                    stance.len()
                );
                if task.emergent {
                    // Emergent trains the headline weights; the rest of the file stays.
                    let mut model = checker.model().clone();
                    model.headline = Some(Model::train(&[], &stance).stance);
                    write_model(out, &model)?;
                    checker = Checker::with_model(task.claims.clone(), model);
                    let p = task.predict(&checker, &extracted);
                    return finish(&args, &task, p, "trained headline weights".into());
                }
                let mut model = Model::train(&related, &stance);
                model.headline = checker.model().headline.clone();
                // Class biases from out-of-fold logits (5 folds of tuning bodies).
                let mut oof = Vec::new();
                for k in 0..FOLDS {
                    let train: Vec<(Vec<f64>, usize)> = stance
                        .iter()
                        .zip(&folds)
                        .filter(|(_, &f)| f != k)
                        .map(|(e, _)| e.clone())
                        .collect();
                    let m = Model::train(&[], &train);
                    for ((x, y), _) in stance.iter().zip(&folds).filter(|(_, &f)| f == k) {
                        oof.push((m.stance_logits(x), *y));
                    }
                }
                let (da, dd, f1) = Model::best_offsets(&oof);
                model.shift_biases(da, dd);
                eprintln!(
                    "class bias offsets agree {da:+.1} disagree {dd:+.1}: out-of-fold macro F1 {f1:.4}"
                );
                checker = Checker::with_model(task.claims.clone(), model.clone());
                // The relatedness threshold that scores best on the tuning part.
                let mut best = (f64::NEG_INFINITY, 0.5);
                for t in (1..=12).map(|k| k as f64 * 0.05) {
                    checker.set_related_threshold(t);
                    let p = task.predict(&checker, &extracted);
                    let s = task.confusion(&p, |p| !p.held_out).fnc_score();
                    if s > best.0 {
                        best = (s, t);
                    }
                }
                eprintln!(
                    "related threshold {:.2} (tuning FNC-1 score {:.4})",
                    best.1, best.0
                );
                model.related_threshold = best.1;
                write_model(out, &model)?;
                checker = Checker::with_model(task.claims.clone(), model);
            }
            let p = task.predict(&checker, &extracted);
            (
                p,
                format!("predicted in {:.2}s", started.elapsed().as_secs_f64()),
            )
        }
    };
    finish(&args, &task, predicted, note)
}

fn write_model(out: &Path, model: &Model) -> anyhow::Result<()> {
    let mut f =
        AtomicFile::create(out).with_context(|| format!("cannot write {}", out.display()))?;
    serde_json::to_writer_pretty(&mut f, model)?;
    f.write_all(b"\n")?;
    f.commit()?;
    Ok(())
}

fn finish(
    args: &EvalStanceArgs,
    task: &Task,
    predicted: Vec<Label>,
    note: String,
) -> anyhow::Result<ExitCode> {
    if let Some(out) = &args.write {
        let f =
            AtomicFile::create(out).with_context(|| format!("cannot write {}", out.display()))?;
        task.write(&predicted, f)?.commit()?;
    }
    let mut report = String::new();
    report.push_str(&format!("{note}\n"));
    if task.emergent {
        report.push_str(
            &task
                .confusion(&predicted, |p| p.held_out)
                .report("emergent held-out"),
        );
        report.push_str(
            &task
                .confusion(&predicted, |p| !p.held_out)
                .report("emergent tuning"),
        );
        report.push_str(&task.confusion(&predicted, |_| true).report("emergent all"));
    } else {
        report.push_str(
            &task
                .confusion(&predicted, |p| p.held_out)
                .report("fnc1 held-out"),
        );
        report.push_str(
            &task
                .confusion(&predicted, |p| !p.held_out)
                .report("fnc1 tuning"),
        );
        report.push_str(&task.confusion(&predicted, |_| true).report("fnc1 all"));
    }
    print!("{report}");
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_is_stable() {
        assert_eq!(fnv1a(""), 0xcbf29ce484222325);
        assert_eq!(fnv1a("a"), 0xaf63dc4c8601ec8c);
        let held: Vec<bool> = ["0", "1", "2", "3", "4", "5"]
            .iter()
            .map(|s| is_held_out(s))
            .collect();
        assert_eq!(held.len(), 6);
    }
}
