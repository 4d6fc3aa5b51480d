//! `claimtrail check`: the stance of each article towards each claim.
//!
//! Claims are loaded whole; articles stream through `extract` and are checked one at a
//! time, then dropped. Only the verdict rows are kept (unrelated pairs only with
//! `--all`), sorted by claim then article order before writing.

use std::collections::HashMap;
use std::io::{self, Write};
use std::process::ExitCode;

use serde::Serialize;

use crate::check::{read_claims, read_pairs, Checker, Select, Verdict};
use crate::cli::CheckArgs;
use crate::output::csv_io;

use super::extract::for_each_extracted;

/// The CSV header of `check`, in order.
pub const CHECK_HEADER: [&str; 8] = [
    "claim_id",
    "article_id",
    "stance",
    "score",
    "evidence",
    "evidence_claim_id",
    "source",
    "cue",
];

/// One output row, in header order.
#[derive(Debug, Serialize)]
pub struct CheckRow<'a> {
    pub claim_id: &'a str,
    pub article_id: &'a str,
    pub stance: &'static str,
    pub score: f64,
    pub evidence: &'a str,
    pub evidence_claim_id: &'a str,
    pub source: &'a str,
    pub cue: &'a str,
}

/// Verdicts with the article they belong to (position in input order).
pub struct Verdicts {
    pub article_ids: Vec<String>,
    pub rows: Vec<(usize, Verdict)>,
}

impl Verdicts {
    /// Write as CSV, sorted by claim then article order.
    pub fn write_csv<W: Write>(mut self, checker: &Checker, w: W) -> io::Result<W> {
        self.rows
            .sort_by(|(a1, v1), (a2, v2)| v1.claim.cmp(&v2.claim).then(a1.cmp(a2)));
        let mut w = csv::WriterBuilder::new().has_headers(false).from_writer(w);
        w.write_record(CHECK_HEADER).map_err(csv_io)?;
        for (a, v) in &self.rows {
            w.serialize(CheckRow {
                claim_id: &checker.claims()[v.claim].id,
                article_id: &self.article_ids[*a],
                stance: v.stance.as_str(),
                score: v.score,
                evidence: &v.evidence,
                evidence_claim_id: &v.evidence_claim_id,
                source: &v.source,
                cue: &v.cue,
            })
            .map_err(csv_io)?;
        }
        w.into_inner().map_err(|e| e.into_error())
    }
}

pub fn run(args: CheckArgs) -> anyhow::Result<ExitCode> {
    let claims = read_claims(&args.claims)?;
    let checker = match &args.input.grammar {
        Some(dir) => Checker::with_grammar_dir(claims, dir)?,
        None => Checker::new(claims)?,
    };
    let pairs = match &args.pairs {
        None => None,
        Some(p) => Some(pairs_by_article(&checker, &read_pairs(p)?)),
    };
    let mut out = Verdicts {
        article_ids: Vec::new(),
        rows: Vec::new(),
    };
    let skips = for_each_extracted(&args.input, |article, extracted| {
        let select = match &pairs {
            Some(p) => match p.get(&article.id) {
                Some(list) => Select::Only(list),
                None => return Ok(()),
            },
            None if args.all => Select::All,
            None => Select::Candidates,
        };
        let at = out.article_ids.len();
        out.article_ids.push(article.id.clone());
        for v in checker.check(article, &extracted, select) {
            if args.all || v.stance.is_related() {
                out.rows.push((at, v));
            }
        }
        Ok(())
    })?;
    let mut w = super::Output::open(args.output.as_deref(), &args.input.inputs)?;
    if super::globals().bom {
        w.write_all(crate::output::UTF8_BOM)?;
    }
    out.write_csv(&checker, w)?.commit()?;
    skips.print_summary();
    Ok(skips.exit_code())
}

/// Claim indexes per article id, from `claim_id,article_id` pairs. Unknown claim ids
/// are passed over.
fn pairs_by_article(checker: &Checker, pairs: &[(String, String)]) -> HashMap<String, Vec<usize>> {
    let index: HashMap<&str, usize> = checker
        .claims()
        .iter()
        .enumerate()
        .map(|(i, c)| (c.id.as_str(), i))
        .collect();
    let mut by: HashMap<String, Vec<usize>> = HashMap::new();
    for (c, a) in pairs {
        if let Some(&i) = index.get(c.as_str()) {
            by.entry(a.clone()).or_default().push(i);
        }
    }
    by
}
