//! Make a large JSONL corpus for measuring memory and speed: the given articles repeated
//! with new ids until the output reaches the asked size.
//!
//!     cargo run --release --example make_jsonl -- 1024 data/*.txt > /tmp/big.jsonl
//!
//! The first argument is the size in MiB; the rest are `.txt` articles.

use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let Some(mib) = args.next().and_then(|a| a.parse::<u64>().ok()) else {
        eprintln!("usage: make_jsonl SIZE_MIB ARTICLE.txt...");
        return ExitCode::from(2);
    };
    let mut texts = Vec::new();
    for path in args {
        match std::fs::read_to_string(&path) {
            Ok(t) => texts.push(t),
            Err(e) => {
                eprintln!("make_jsonl: {path}: {e}");
                return ExitCode::from(2);
            }
        }
    }
    if texts.is_empty() {
        eprintln!("usage: make_jsonl SIZE_MIB ARTICLE.txt...");
        return ExitCode::from(2);
    }
    let limit = mib << 20;
    let mut out = BufWriter::new(io::stdout().lock());
    let mut written = 0u64;
    let mut n = 0u64;
    while written < limit {
        let text = &texts[(n as usize) % texts.len()];
        let line = serde_json::json!({ "id": format!("gen-{n:09}"), "text": text }).to_string();
        if writeln!(out, "{line}").is_err() {
            return ExitCode::SUCCESS; // reader gone
        }
        written += line.len() as u64 + 1;
        n += 1;
    }
    if out.flush().is_err() {
        return ExitCode::SUCCESS;
    }
    eprintln!("make_jsonl: {n} articles, {written} bytes");
    ExitCode::SUCCESS
}
