//! `claimtrail report`.

use std::process::ExitCode;

use crate::cli::ReportArgs;

pub fn run(_args: ReportArgs) -> anyhow::Result<ExitCode> {
    anyhow::bail!("report is not implemented yet")
}
