//! `claimtrail report` and `claimtrail eval-report`.

use std::fs;
use std::io::{self, BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;

use crate::cli::{EvalReportArgs, ReportArgs};
use crate::output::AtomicFile;
use crate::report::normalize::Opposites;
use crate::report::write::{ClaimSpill, FILES};
use crate::report::{Report, ReportBuilder};

use super::extract::for_each_extracted;

/// A file removed when dropped: the claim rows kept on disk while the report is built.
struct TempPath(PathBuf);

impl Drop for TempPath {
    fn drop(&mut self) {
        let _ = fs::remove_file(&self.0);
    }
}

pub fn run(args: ReportArgs) -> anyhow::Result<ExitCode> {
    let dir = &args.out_dir;
    fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    for f in FILES {
        super::check_target(&dir.join(f), &args.input.inputs)?;
    }
    if !super::globals().force {
        if let Some(f) = FILES.iter().map(|f| dir.join(f)).find(|p| p.exists()) {
            anyhow::bail!("{} exists (use --force to replace it)", f.display());
        }
    }
    let spill_path = TempPath(dir.join(format!(".claims.claimtrail-{}.spill", std::process::id())));
    let file = fs::File::create(&spill_path.0)
        .with_context(|| format!("cannot write in {}", dir.display()))?;
    let mut spill = ClaimSpill::new(BufWriter::new(file));
    let grammar = super::load_grammar(args.input.grammar.as_deref())?;
    let mut builder = ReportBuilder::new()
        .with_opposites(Opposites::from_pairs(&grammar.lexicon.opposites))
        .with_events(crate::report::frames::Events::parse(
            &grammar.lexicon.events,
        ));
    drop(grammar);
    let skips = for_each_extracted(&args.input, |article, claims| {
        builder.add_article(article, &claims);
        for c in &claims {
            spill.write(c)?;
        }
        Ok(())
    })?;
    spill.finish()?.flush()?;
    let report = builder.finish();
    write_all(&report, dir, &spill_path.0)?;
    drop(spill_path);
    if !super::globals().quiet {
        eprintln!("claimtrail: report: {}", report.summary());
    }
    Ok(skips.exit_code())
}

/// Write the five files under temporary names and rename them only when all are
/// complete: the folder gets the whole report or none of it.
fn write_all(report: &Report, dir: &Path, spill: &Path) -> anyhow::Result<()> {
    let mut done = Vec::with_capacity(FILES.len());
    for name in FILES {
        let path = dir.join(name);
        let f = AtomicFile::create(&path)
            .with_context(|| format!("cannot write {}", path.display()))?;
        let f = match name {
            "claims.csv" => {
                let r = BufReader::new(fs::File::open(spill)?);
                report.write_claims(r, f)
            }
            "relations.csv" => report.write_relations(f),
            "propositions.csv" => report.write_propositions(f),
            "unattributed.csv" => report.write_unattributed(f),
            _ => report.write_sources(f),
        }
        .with_context(|| format!("cannot write {}", path.display()))?;
        done.push((path, f));
    }
    for (path, f) in done {
        f.commit()
            .with_context(|| format!("cannot write {}", path.display()))?;
    }
    Ok(())
}

/// `claimtrail eval-report --emergent FILE`: precision and recall of the relations on
/// Emergent's headlines.
pub fn run_eval(args: EvalReportArgs) -> anyhow::Result<ExitCode> {
    let rows = crate::report::eval::read_emergent(&args.emergent)?;
    let grammar = super::load_grammar(args.grammar.as_deref())?;
    let (scores, pairs) = crate::report::eval::evaluate_pairs(&rows, &grammar);
    if let Some(path) = &args.pairs {
        let mut f =
            AtomicFile::create(path).with_context(|| format!("cannot write {}", path.display()))?;
        {
            let mut w = csv::Writer::from_writer(&mut f);
            for p in &pairs {
                w.serialize(p).map_err(crate::output::csv_io)?;
            }
            w.flush()?;
        }
        f.commit()
            .with_context(|| format!("cannot write {}", path.display()))?;
    }
    let mut out = io::stdout().lock();
    write!(out, "{scores}")?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
