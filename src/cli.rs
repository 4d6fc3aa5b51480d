//! The command line, defined with clap derive. Doc comments are the help text.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::ingest::{Encoding, InputFormat, Shard, DEFAULT_MAX_ARTICLE_MB};
use crate::output::Format;

/// Who said what, who contradicts whom, and what is asserted with no source.
#[derive(Debug, Parser)]
#[command(name = "claimtrail", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
    #[command(flatten)]
    pub global: GlobalArgs,
}

/// Flags that apply to every command.
#[derive(Debug, Args, Clone, Default)]
pub struct GlobalArgs {
    /// No progress bar and no summary line on standard error (skip messages still appear).
    #[arg(short, long, global = true)]
    pub quiet: bool,
    /// Worker threads for extraction [default: one per core]. Output is the same whatever
    /// the number.
    #[arg(long, global = true, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub threads: Option<u16>,
    /// Overwrite output files that already exist.
    #[arg(long, global = true)]
    pub force: bool,
    /// Start CSV output with a UTF-8 byte-order mark (for spreadsheet programs that need one).
    #[arg(long, global = true)]
    pub bom: bool,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Attributed and unattributed claims of each article, with character offsets.
    Extract(ExtractArgs),
    /// Agreements, contradictions, unattributed assertions and provenance across articles.
    Report(ReportArgs),
    /// Does each article agree with, dispute, or merely report each claim?
    Check(CheckArgs),
    /// Score extraction against brat gold (PolNeAR layout: DIR/text, DIR/attributions).
    Eval(EvalArgs),
    /// Score `check` on FNC-1 or Emergent stance gold (and train its weights).
    EvalStance(EvalStanceArgs),
    /// Score the report's agreements and contradictions on Emergent headlines.
    EvalReport(EvalReportArgs),
    /// Print a shell completion script (e.g. `claimtrail completions bash > ~/.local/share/bash-completion/completions/claimtrail`).
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the man page (roff) on standard output (`claimtrail man > claimtrail.1`,
    /// `claimtrail man extract > claimtrail-extract.1`).
    Man {
        /// The subcommand whose page to print; none for the main page.
        #[arg(value_name = "COMMAND")]
        command: Option<String>,
    },
}

/// Where articles come from, shared by every command that reads them.
#[derive(Debug, Args, Clone)]
pub struct InputArgs {
    /// Files, folders (recursive) or `-` for standard input. `.txt`/`.md`: one article per
    /// file; `.jsonl`/`.ndjson`: one per line; `.csv`: one per row.
    #[arg(value_name = "INPUT", default_value = "-")]
    pub inputs: Vec<PathBuf>,
    /// CSV column with the article id.
    #[arg(long, default_value = "id", value_name = "NAME")]
    pub id_column: String,
    /// CSV column with the article text.
    #[arg(long, default_value = "text", value_name = "NAME")]
    pub text_column: String,
    /// Stop at the first input that cannot be read, instead of skipping it.
    #[arg(long)]
    pub strict: bool,
    /// Folder of word lists replacing the embedded English grammar (see grammars/en).
    #[arg(long, value_name = "DIR")]
    pub grammar: Option<PathBuf>,
    /// Encoding of text without a byte-order mark (BOMs for UTF-8 and UTF-16 are always
    /// honoured). Offsets count characters of the decoded text.
    #[arg(long, value_enum, default_value_t = Encoding::Utf8, value_name = "NAME")]
    pub encoding: Encoding,
    /// Read every input as this format instead of going by its extension.
    #[arg(long, value_enum, default_value_t = InputFormat::Auto, value_name = "FORMAT")]
    pub input_format: InputFormat,
    /// Keep only shard K of N: the articles whose id hashes (FNV-1a 64) to K-1 modulo N.
    #[arg(long, value_name = "K/N")]
    pub shard: Option<Shard>,
    /// Skip articles (files, JSONL lines, CSV fields) larger than this many MiB.
    #[arg(long, default_value_t = DEFAULT_MAX_ARTICLE_MB, value_name = "MB",
          value_parser = clap::value_parser!(u64).range(1..))]
    pub max_article_mb: u64,
}

#[derive(Debug, Args)]
pub struct ExtractArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// Write here instead of standard output (csv and jsonl).
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Csv)]
    pub format: Format,
    /// Folder for brat output: one `<article_id>.ann` (and `.txt`) per article.
    #[arg(long, value_name = "DIR")]
    pub out_dir: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct EvalArgs {
    /// Gold folder: `text/<stem>.txt` and `attributions/<stem>_<annotator>.ann` (brat; the
    /// first .ann by name when an article has several), as in PolNeAR.
    #[arg(long, value_name = "DIR")]
    pub gold: PathBuf,
    /// Also write one CSV row per match, false positive and false negative here.
    #[arg(long, value_name = "FILE")]
    pub errors: Option<PathBuf>,
    /// Score only the first N articles (by file name).
    #[arg(long, value_name = "N")]
    pub limit: Option<usize>,
    /// Folder of word lists replacing the embedded English grammar (see grammars/en).
    #[arg(long, value_name = "DIR")]
    pub grammar: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ReportArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// Folder for claims.csv, relations.csv, propositions.csv, unattributed.csv, sources.csv
    /// (report files already there are replaced only with --force).
    #[arg(long, value_name = "DIR")]
    pub out_dir: PathBuf,
}

#[derive(Debug, Args)]
pub struct EvalReportArgs {
    /// Emergent `train.csv` (`articleHeadline`, `articleHeadlineStance`, `claimId` columns).
    #[arg(long, value_name = "FILE")]
    pub emergent: PathBuf,
    /// Also write every predicted pair of headlines, with its gold label, to this CSV.
    #[arg(long, value_name = "FILE")]
    pub pairs: Option<PathBuf>,
    /// Folder of word lists replacing the embedded English grammar (see grammars/en).
    #[arg(long, value_name = "DIR")]
    pub grammar: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// Claims to check: CSV with `id,text`, or `.txt` with one claim per line.
    #[arg(long, value_name = "FILE")]
    pub claims: PathBuf,
    /// Write here instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Also write unrelated pairs.
    #[arg(long)]
    pub all: bool,
    /// Only check these pairs: CSV with `claim_id,article_id`.
    #[arg(long, value_name = "FILE")]
    pub pairs: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct EvalStanceArgs {
    /// FNC-1 folder with `train_bodies.csv` and `train_stances.csv`. Scores the held-out
    /// part (Body IDs whose FNV-1a hash is 0 mod 5, never tuned on), the rest, and all.
    #[arg(long, value_name = "DIR", required_unless_present = "emergent")]
    pub fnc1: Option<PathBuf>,
    /// Emergent `train.csv`: claim headline against article headline.
    #[arg(long, value_name = "FILE", conflicts_with = "fnc1")]
    pub emergent: Option<PathBuf>,
    /// Score this stances file instead of predicting: the gold layout (FNC-1:
    /// `Headline,Body ID,Stance`; Emergent: `claimId,articleId,articleHeadlineStance`).
    #[arg(long, value_name = "FILE")]
    pub stances: Option<PathBuf>,
    /// Write the predictions here, in the gold layout.
    #[arg(long, value_name = "FILE")]
    pub write: Option<PathBuf>,
    /// Train on the tuning part, write the weights here, and score with them. FNC-1 trains
    /// the article weights, Emergent the headline weights; the rest of the file is kept.
    #[arg(
        long,
        value_name = "FILE",
        requires = "fnc1",
        conflicts_with = "stances"
    )]
    pub train: Option<PathBuf>,
    /// Folder of word lists replacing the embedded English grammar (see grammars/en).
    #[arg(long, value_name = "DIR")]
    pub grammar: Option<PathBuf>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_definition_is_valid() {
        Cli::command().debug_assert();
    }
}
