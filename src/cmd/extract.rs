//! `claimtrail extract`: one row per claim.

use std::fs;
use std::io::{self, Write};
use std::process::ExitCode;

use anyhow::Context;
use rayon::prelude::*;

use crate::cli::ExtractArgs;
use crate::extract::extract;
use crate::model::{Article, Claim};
use crate::output::{write_brat, write_jsonl, AtomicFile, CsvClaims, Format};

use super::{ingest_options, load_grammar, Skips};

/// How many articles are extracted in parallel before their rows are written in order.
const BATCH: usize = 256;

/// Read articles in batches, extract each batch in parallel, and hand the results to
/// `sink` in input order, whatever the thread count.
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
    let mut batch: Vec<Article> = Vec::with_capacity(BATCH);
    loop {
        batch.clear();
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
        let results: Vec<Vec<Claim>> = batch.par_iter().map(|a| extract(a, &grammar)).collect();
        for (a, claims) in batch.iter().zip(results) {
            sink(a, claims)?;
        }
        if done {
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
            for_each_extracted(&args.input, |a, claims| {
                let path = dir.join(format!("{}.ann", sanitize(&a.id)));
                let mut f = AtomicFile::create(&path)
                    .with_context(|| format!("cannot write {}", path.display()))?;
                let refs: Vec<&Claim> = claims.iter().collect();
                write_brat(&mut f, &a.text, &refs)?;
                f.commit()?;
                let txt = dir.join(format!("{}.txt", sanitize(&a.id)));
                let mut f = AtomicFile::create(&txt)?;
                f.write_all(a.text.as_bytes())?;
                f.commit()?;
                Ok(())
            })?
        }
        Format::Csv | Format::Jsonl => match &args.output {
            Some(path) => {
                let f = AtomicFile::create(path)
                    .with_context(|| format!("cannot write {}", path.display()))?;
                let (skips, f) = write_claims(&args, f)?;
                f.commit()
                    .with_context(|| format!("cannot write {}", path.display()))?;
                skips
            }
            None => {
                let out = io::BufWriter::new(io::stdout().lock());
                write_claims(&args, out)?.0
            }
        },
    };
    Ok(skips.exit_code())
}

fn write_claims<W: Write>(args: &ExtractArgs, w: W) -> anyhow::Result<(Skips, W)> {
    match args.format {
        Format::Csv => {
            let mut csv = CsvClaims::new(w)?;
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
