use std::io;
use std::process::ExitCode;

use clap::Parser;

use claimtrail::cli::{Cli, Command};
use claimtrail::cmd;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Extract(args) => cmd::extract::run(args),
        Command::Report(args) => cmd::report::run(args),
        Command::Check(args) => cmd::check::run(args),
        Command::Eval(args) => cmd::eval::run(args),
        Command::EvalStance(args) => cmd::eval_stance::run(args),
        Command::EvalReport(args) => cmd::report::run_eval(args),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            if is_broken_pipe(&e) {
                return ExitCode::SUCCESS;
            }
            eprintln!("claimtrail: error: {e:#}");
            ExitCode::from(2)
        }
    }
}

/// `claimtrail extract … | head`: the reader went away; that is success, not an error.
fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<io::Error>()
            .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
    })
}
