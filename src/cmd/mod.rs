//! One module per subcommand; `main.rs` only dispatches.

pub mod check;
pub mod eval;
pub mod eval_stance;
pub mod extract;
pub mod report;

use std::process::ExitCode;

use crate::grammar::Grammar;
use crate::ingest::{IngestOptions, InputError};

/// Load the grammar named by `--grammar`, or the embedded one.
pub fn load_grammar(dir: Option<&std::path::Path>) -> anyhow::Result<Grammar> {
    match dir {
        None => Ok(Grammar::default_en()),
        Some(d) => Grammar::from_dir(d),
    }
}

pub fn ingest_options(a: &crate::cli::InputArgs) -> IngestOptions {
    IngestOptions {
        id_column: a.id_column.clone(),
        text_column: a.text_column.clone(),
    }
}

/// Counts skipped inputs and turns them into the exit status.
#[derive(Debug, Default)]
pub struct Skips {
    pub count: usize,
    pub strict: bool,
}

impl Skips {
    /// Report one input that could not be read. With `--strict` it ends the run.
    pub fn report(&mut self, e: &InputError) -> anyhow::Result<()> {
        self.count += 1;
        if self.strict {
            anyhow::bail!("{e} (--strict)");
        }
        eprintln!("claimtrail: skipped {e}");
        Ok(())
    }

    pub fn exit_code(&self) -> ExitCode {
        if self.count > 0 {
            ExitCode::from(1)
        } else {
            ExitCode::SUCCESS
        }
    }
}
