//! One module per subcommand; `main.rs` only dispatches. Shared here: the global flags,
//! skip messages and the summary, the progress bar, and opening outputs safely.

pub mod check;
pub mod eval;
pub mod eval_stance;
pub mod extract;
pub mod report;

use std::collections::HashSet;
use std::fs;
use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::{Mutex, OnceLock};
use std::time::Duration;

use anyhow::Context;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::cli::GlobalArgs;
use crate::grammar::Grammar;
use crate::ingest::{IngestOptions, InputError, Progress};
use crate::output::AtomicFile;

static GLOBALS: OnceLock<GlobalArgs> = OnceLock::new();

/// Set the global flags once, from `main`. Later calls are ignored.
pub fn set_globals(g: GlobalArgs) {
    let _ = GLOBALS.set(g);
}

/// The global flags (`--quiet`, `--threads`, `--force`, `--bom`); defaults when unset.
pub fn globals() -> &'static GlobalArgs {
    GLOBALS.get_or_init(GlobalArgs::default)
}

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
        encoding: a.encoding,
        format: a.input_format,
        shard: a.shard,
        max_article_bytes: a.max_article_mb.saturating_mul(1 << 20),
    }
}

/// The progress bar being drawn, if any: messages go through it so they don't tear it.
static BAR: Mutex<Option<ProgressBar>> = Mutex::new(None);

/// Print one line on standard error (above the progress bar when one is drawn).
pub fn warn(line: &str) {
    let bar = BAR.lock().unwrap_or_else(|e| e.into_inner()).clone();
    match bar {
        Some(b) => b.suspend(|| eprintln!("{line}")),
        None => eprintln!("{line}"),
    }
}

/// A progress bar on standard error (files and MB read, rate, ETA), drawn only when
/// standard error is a terminal and `--quiet` is not given. Cleared on drop.
pub struct ProgressGuard {
    bar: Option<ProgressBar>,
    progress: Progress,
}

impl ProgressGuard {
    pub fn new(progress: Progress) -> Self {
        let bar = (!globals().quiet && io::stderr().is_terminal()).then(|| {
            let bar = ProgressBar::with_draw_target(
                Some(progress.total_bytes),
                ProgressDrawTarget::stderr(),
            );
            let style = ProgressStyle::with_template(
                "{spinner} {elapsed} [{wide_bar}] {binary_bytes}/{binary_total_bytes} \
                 {binary_bytes_per_sec} ETA {eta} {msg}",
            )
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .progress_chars("=> ");
            bar.set_style(style);
            bar.enable_steady_tick(Duration::from_millis(200));
            *BAR.lock().unwrap_or_else(|e| e.into_inner()) = Some(bar.clone());
            bar
        });
        ProgressGuard { bar, progress }
    }

    /// Bring the bar up to date with the counters.
    pub fn tick(&self) {
        if let Some(bar) = &self.bar {
            use std::sync::atomic::Ordering::Relaxed;
            bar.set_position(self.progress.bytes.load(Relaxed));
            bar.set_message(format!(
                "{}/{} files",
                self.progress.files.load(Relaxed),
                self.progress.total_files
            ));
        }
    }
}

impl Drop for ProgressGuard {
    fn drop(&mut self) {
        if let Some(bar) = self.bar.take() {
            *BAR.lock().unwrap_or_else(|e| e.into_inner()) = None;
            bar.finish_and_clear();
        }
    }
}

/// Counts articles, claims and skipped inputs; gives the summary and the exit status.
#[derive(Debug, Default)]
pub struct Skips {
    pub count: usize,
    pub strict: bool,
    /// Articles read.
    pub articles: usize,
    /// Claims found.
    pub claims: usize,
}

impl Skips {
    /// Report one input that could not be read. With `--strict` it ends the run.
    pub fn report(&mut self, e: &InputError) -> anyhow::Result<()> {
        self.count += 1;
        if self.strict {
            anyhow::bail!("{e} (--strict)");
        }
        warn(&format!("claimtrail: skipped {e}"));
        Ok(())
    }

    /// "N articles, M claims, K skipped".
    pub fn summary(&self) -> String {
        format!(
            "{} article{}, {} claim{}, {} skipped",
            self.articles,
            if self.articles == 1 { "" } else { "s" },
            self.claims,
            if self.claims == 1 { "" } else { "s" },
            self.count
        )
    }

    /// Print the summary line on standard error, unless `--quiet`.
    pub fn print_summary(&self) {
        if !globals().quiet {
            warn(&format!("claimtrail: {}", self.summary()));
        }
    }

    pub fn exit_code(&self) -> ExitCode {
        if self.count > 0 {
            ExitCode::from(1)
        } else {
            ExitCode::SUCCESS
        }
    }
}

/// Decides whether a command may write a file: not when it exists and `--force` is not
/// given, and never when it is one of the input files (folders among the inputs are
/// walked once, on first need).
pub struct TargetGuard {
    inputs: Vec<PathBuf>,
    canonical_inputs: OnceLock<HashSet<PathBuf>>,
}

impl TargetGuard {
    /// `inputs` as given on the command line.
    pub fn new(inputs: &[PathBuf]) -> Self {
        TargetGuard {
            inputs: inputs.to_vec(),
            canonical_inputs: OnceLock::new(),
        }
    }

    pub fn check(&self, target: &Path) -> anyhow::Result<()> {
        let Ok(canon) = fs::canonicalize(target) else {
            return Ok(()); // does not exist yet, so it is no input either
        };
        let inputs = self.canonical_inputs.get_or_init(|| {
            let (files, _) = crate::ingest::expand_paths(&self.inputs);
            files
                .iter()
                .filter(|f| f.as_os_str() != "-")
                .filter_map(|f| fs::canonicalize(f).ok())
                .collect()
        });
        if inputs.contains(&canon) {
            anyhow::bail!(
                "{} is one of the inputs; refusing to write over it",
                target.display()
            );
        }
        if !globals().force {
            anyhow::bail!("{} exists; pass --force to overwrite it", target.display());
        }
        Ok(())
    }
}

/// May the command write `target`? See [`TargetGuard`].
pub fn check_target(target: &Path, inputs: &[PathBuf]) -> anyhow::Result<()> {
    TargetGuard::new(inputs).check(target)
}

/// The one output of a command: a file written atomically (see [`check_target`]), or
/// standard output when no file (or `-`) is given. An existing target that is not a
/// regular file (`/dev/null`, a named pipe) is written in place, with no `--force`.
pub enum Output {
    File(AtomicFile, PathBuf),
    Device(io::BufWriter<fs::File>),
    Stdout(io::BufWriter<io::StdoutLock<'static>>),
}

impl Output {
    pub fn open(path: Option<&Path>, inputs: &[PathBuf]) -> anyhow::Result<Output> {
        match path.filter(|p| p.as_os_str() != "-") {
            None => Ok(Output::Stdout(io::BufWriter::with_capacity(
                64 * 1024,
                io::stdout().lock(),
            ))),
            Some(p) if fs::metadata(p).is_ok_and(|m| !m.is_file() && !m.is_dir()) => {
                let f = fs::OpenOptions::new()
                    .write(true)
                    .open(p)
                    .with_context(|| format!("cannot write {}", p.display()))?;
                Ok(Output::Device(io::BufWriter::with_capacity(64 * 1024, f)))
            }
            Some(p) => {
                check_target(p, inputs)?;
                let f = AtomicFile::create(p)
                    .with_context(|| format!("cannot write {}", p.display()))?;
                Ok(Output::File(f, p.to_path_buf()))
            }
        }
    }

    /// Finish: flush standard output, or rename the file into place.
    pub fn commit(self) -> anyhow::Result<()> {
        match self {
            Output::File(f, p) => f
                .commit()
                .with_context(|| format!("cannot write {}", p.display())),
            Output::Device(mut w) => Ok(w.flush()?),
            Output::Stdout(mut w) => Ok(w.flush()?),
        }
    }
}

impl Write for Output {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Output::File(f, _) => f.write(buf),
            Output::Device(w) => w.write(buf),
            Output::Stdout(w) => w.write(buf),
        }
    }
    fn flush(&mut self) -> io::Result<()> {
        match self {
            Output::File(f, _) => f.flush(),
            Output::Device(w) => w.flush(),
            Output::Stdout(w) => w.flush(),
        }
    }
}
