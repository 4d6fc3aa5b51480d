//! `claimtrail extract`: one row per claim.

use std::fs;
use std::io::Write;
use std::process::ExitCode;

use anyhow::Context;
use rayon::prelude::*;

use crate::cli::ExtractArgs;
use crate::extract::extract;
use crate::model::{Article, Claim};
use crate::output::{write_brat, write_jsonl, AtomicFile, CsvClaims, Format};

use super::{globals, ingest_options, load_grammar, Output, ProgressGuard, Skips, TargetGuard};

/// How many articles are extracted in parallel before their rows are written in order.
const BATCH: usize = 256;

/// Read articles in batches, extract each batch in parallel, and hand the results to
/// `sink` in input order, whatever the thread count. Skipped inputs are reported as they
/// come; a progress bar is drawn on a terminal. The returned tally counts articles, claims
/// and skips (print its summary with [`Skips::print_summary`]).
pub fn for_each_extracted(
    args: &crate::cli::InputArgs,
    mut sink: impl FnMut(&Article, Vec<Claim>) -> anyhow::Result<()>,
) -> anyhow::Result<Skips> {
    let grammar = load_grammar(args.grammar.as_deref())?;
    let mut skips = Skips {
        strict: args.strict,
        ..Skips::default()
    };
    let mut inputs = crate::ingest::read_inputs(&args.inputs, &ingest_options(args));
    let bar = ProgressGuard::new(inputs.progress());
    // The batch extracted last, waiting to be written while the next one is extracted.
    let mut pending: Option<(Vec<Article>, Vec<Vec<Claim>>)> = None;
    let mut write = |(batch, results): (Vec<Article>, Vec<Vec<Claim>>),
                     skips: &mut Skips|
     -> anyhow::Result<()> {
        for (a, claims) in batch.iter().zip(results) {
            skips.articles += 1;
            skips.claims += claims.len();
            sink(a, claims)?;
        }
        Ok(())
    };
    loop {
        let mut batch: Vec<Article> = Vec::with_capacity(BATCH);
        let mut done = true;
        for item in inputs.by_ref() {
            match item {
                Ok(a) => batch.push(a),
                Err(e) => skips.report(&e)?,
            }
            if batch.len() == BATCH {
                done = false;
                break;
            }
        }
        // Extract this batch on the pool while this thread writes the previous one.
        let results = std::thread::scope(|s| -> anyhow::Result<Vec<Vec<Claim>>> {
            let worker = s.spawn(|| {
                batch
                    .par_iter()
                    .map(|a| extract(a, &grammar))
                    .collect::<Vec<_>>()
            });
            let written = pending.take().map(|p| write(p, &mut skips)).transpose();
            let results = worker
                .join()
                .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
            written?;
            Ok(results)
        })?;
        pending = Some((batch, results));
        bar.tick();
        if done {
            if let Some(p) = pending.take() {
                write(p, &mut skips)?;
            }
            return Ok(skips);
        }
    }
}

pub fn run(args: ExtractArgs) -> anyhow::Result<ExitCode> {
    let skips = match args.format {
        Format::Brat => {
            let dir = args
                .out_dir
                .clone()
                .context("--format brat needs --out-dir DIR")?;
            fs::create_dir_all(&dir).with_context(|| format!("cannot create {}", dir.display()))?;
            let guard = TargetGuard::new(&args.input.inputs);
            let write = |path: &std::path::Path, bytes: &[u8]| -> anyhow::Result<()> {
                guard.check(path)?;
                let mut f = AtomicFile::create(path)
                    .with_context(|| format!("cannot write {}", path.display()))?;
                f.write_all(bytes)?;
                f.commit()
                    .with_context(|| format!("cannot write {}", path.display()))
            };
            for_each_extracted(&args.input, |a, claims| {
                let mut ann = Vec::new();
                let refs: Vec<&Claim> = claims.iter().collect();
                write_brat(&mut ann, &a.text, &refs)?;
                write(&dir.join(format!("{}.ann", sanitize(&a.id))), &ann)?;
                write(
                    &dir.join(format!("{}.txt", sanitize(&a.id))),
                    a.text.as_bytes(),
                )
            })?
        }
        Format::Csv | Format::Jsonl => {
            let out = Output::open(args.output.as_deref(), &args.input.inputs)?;
            let (skips, out) = write_claims(&args, out)?;
            out.commit()?;
            skips
        }
    };
    skips.print_summary();
    Ok(skips.exit_code())
}

fn write_claims<W: Write>(args: &ExtractArgs, w: W) -> anyhow::Result<(Skips, W)> {
    match args.format {
        Format::Csv => {
            let mut csv = CsvClaims::with_bom(w, globals().bom)?;
            let skips = for_each_extracted(&args.input, |_, claims| {
                for c in &claims {
                    csv.write(c)?;
                }
                Ok(())
            })?;
            let mut w = csv.finish()?;
            w.flush()?;
            Ok((skips, w))
        }
        _ => {
            let mut w = w;
            let skips = for_each_extracted(&args.input, |_, claims| {
                for c in &claims {
                    write_jsonl(&mut w, c)?;
                }
                Ok(())
            })?;
            w.flush()?;
            Ok((skips, w))
        }
    }
}

/// A file name from an article id: path separators and control characters replaced.
pub fn sanitize(id: &str) -> String {
    id.chars()
        .map(|c| {
            if c == '/' || c == '\\' || c.is_control() || c == ':' {
                '_'
            } else {
                c
            }
        })
        .collect()
}
