//! `claimtrail eval`: precision, recall and F1 against brat gold.

use std::io::{self, Write};
use std::process::ExitCode;
use std::time::Instant;

use anyhow::Context;

use crate::cli::EvalArgs;
use crate::eval::{error_rows, score_article, ErrorCsv, GoldDir, Prediction, Totals};
use crate::extract::extract;
use crate::model::Article;
use crate::output::AtomicFile;

use super::load_grammar;

/// Score every gold article in name order, print the table; exit 1 if an article was skipped.
pub fn run(args: EvalArgs) -> anyhow::Result<ExitCode> {
    let grammar = load_grammar(args.grammar.as_deref())?;
    let mut gold = GoldDir::open(&args.gold)?;
    if let Some(n) = args.limit {
        gold.articles.truncate(n);
    }
    let mut errors = match &args.errors {
        Some(path) => {
            let f = AtomicFile::create(path)
                .with_context(|| format!("cannot write {}", path.display()))?;
            Some(ErrorCsv::new(f)?)
        }
        None => None,
    };
    let mut skipped = 0usize;
    for orphan in &gold.orphans {
        if let Err(e) = orphan.load() {
            eprintln!("claimtrail: skipped {e}");
            skipped += 1;
        }
    }
    let mut totals = Totals::default();
    for files in &gold.articles {
        let g = match files.load() {
            Ok(g) => g,
            Err(e) => {
                eprintln!("claimtrail: skipped {e}");
                skipped += 1;
                continue;
            }
        };
        let article = Article {
            id: g.id.clone(),
            text: g.text,
            origin: g.text_path.display().to_string(),
            ..Article::default()
        };
        let t0 = Instant::now();
        let claims = extract(&article, &grammar);
        totals.extract_time += t0.elapsed();
        totals.bytes += article.text.len() as u64;
        let preds: Vec<Prediction> = claims.iter().filter_map(Prediction::from_claim).collect();
        let score = score_article(&g.relations, &preds);
        totals.add(&score);
        if let Some(w) = &mut errors {
            for row in error_rows(&g.id, &article.text, &g.relations, &preds, &score) {
                w.write(&row)?;
            }
        }
    }
    if let (Some(w), Some(path)) = (errors, &args.errors) {
        w.finish()?
            .commit()
            .with_context(|| format!("cannot write {}", path.display()))?;
    }
    let mut out = io::stdout().lock();
    writeln!(out, "gold               {}", args.gold.display())?;
    write!(out, "{totals}")?;
    out.flush()?;
    Ok(if skipped > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
