use std::io::{self, Write};
use std::process::ExitCode;

use anyhow::Context;
use clap::{CommandFactory, Parser};

use claimtrail::cli::{Cli, Command};
use claimtrail::cmd;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
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

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    if let Some(n) = cli.global.threads {
        rayon::ThreadPoolBuilder::new()
            .num_threads(usize::from(n))
            .build_global()?;
    }
    // Ctrl-C or SIGTERM: remove the outputs being written, then stop (128 + SIGINT).
    ctrlc::set_handler(|| {
        claimtrail::output::remove_temp_files();
        eprintln!("claimtrail: interrupted; unfinished output files removed");
        std::process::exit(130);
    })?;
    cmd::set_globals(cli.global);
    match cli.command {
        Command::Extract(args) => cmd::extract::run(args),
        Command::Report(args) => cmd::report::run(args),
        Command::Check(args) => cmd::check::run(args),
        Command::Eval(args) => cmd::eval::run(args),
        Command::EvalReport(args) => cmd::report::run_eval(args),
        Command::EvalStance(args) => cmd::eval_stance::run(args),
        Command::Completions { shell } => {
            let mut out = Vec::new();
            clap_complete::generate(shell, &mut Cli::command(), "claimtrail", &mut out);
            io::stdout().lock().write_all(&out)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Man { command } => {
            let mut cli = Cli::command();
            cli.build();
            let page = match command {
                None => cli,
                Some(name) => cli
                    .find_subcommand(&name)
                    .with_context(|| format!("no command `{name}`"))?
                    .clone()
                    .name(format!("claimtrail-{name}"))
                    .version(env!("CARGO_PKG_VERSION")),
            };
            let mut out = Vec::new();
            clap_mangen::Man::new(page).render(&mut out)?;
            io::stdout().lock().write_all(&out)?;
            Ok(ExitCode::SUCCESS)
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
