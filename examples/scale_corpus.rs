//! Build a large corpus for measuring `claimtrail report`, deterministically, by
//! recombining sentences of real articles.
//!
//!     cargo run --release --example scale_corpus -- --from DIR --articles N --out FILE.jsonl
//!
//! Every `.txt` under DIR (sorted by path) is split into sentences. Each generated
//! article takes a headline sentence and 8–16 runs of 1–3 consecutive sentences from
//! randomly chosen source paragraphs (so "he said" keeps a plausible antecedent), and a
//! date in 2016 drawn with them. The same arguments always give the same bytes.

use std::fs;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use anyhow::Context;
use clap::Parser;

use claimtrail::grammar::Grammar;

/// Build N articles by recombining sentences of the articles in a folder.
#[derive(Debug, Parser)]
struct Args {
    /// Folder of `.txt` articles (searched recursively).
    #[arg(long, value_name = "DIR")]
    from: PathBuf,
    /// Number of articles to write.
    #[arg(long, value_name = "N")]
    articles: usize,
    /// JSONL output: one `{"id","date","text"}` per line.
    #[arg(long, value_name = "FILE")]
    out: PathBuf,
    /// Seed of the generator.
    #[arg(long, default_value_t = 1)]
    seed: u64,
}

/// splitmix64: small, fast, and the same on every platform.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn txt_files(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    let mut entries: Vec<PathBuf> = fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            txt_files(&p, out)?;
        } else if p.extension().is_some_and(|e| e == "txt") {
            out.push(p);
        }
    }
    Ok(())
}

fn main() -> anyhow::Result<()> {
    let args = Args::parse();
    let mut files = Vec::new();
    txt_files(&args.from, &mut files)
        .with_context(|| format!("cannot read {}", args.from.display()))?;
    let splitter = Grammar::default_en().splitter;
    // Paragraphs, each a list of sentences.
    let mut paragraphs: Vec<Vec<String>> = Vec::new();
    for f in &files {
        let text = fs::read_to_string(f).with_context(|| format!("cannot read {}", f.display()))?;
        for para in text.split("\n\n") {
            let sentences: Vec<String> = splitter
                .split(para, 0..para.len())
                .into_iter()
                .filter_map(|r| para.get(r))
                .map(|s| s.split_whitespace().collect::<Vec<_>>().join(" "))
                .filter(|s| s.len() > 20)
                .collect();
            if !sentences.is_empty() {
                paragraphs.push(sentences);
            }
        }
    }
    anyhow::ensure!(
        !paragraphs.is_empty(),
        "no sentences found in {}",
        args.from.display()
    );
    let out = fs::File::create(&args.out)
        .with_context(|| format!("cannot write {}", args.out.display()))?;
    let mut out = BufWriter::new(out);
    let mut rng = Rng(args.seed);
    for n in 1..=args.articles {
        let headline = {
            let p = &paragraphs[rng.below(paragraphs.len())];
            p[rng.below(p.len())].clone()
        };
        let mut text = headline;
        text.push_str("\n\n");
        let runs = 8 + rng.below(9);
        for _ in 0..runs {
            let p = &paragraphs[rng.below(paragraphs.len())];
            let start = rng.below(p.len());
            let len = 1 + rng.below(3);
            let run: Vec<&str> = p[start..(start + len).min(p.len())]
                .iter()
                .map(String::as_str)
                .collect();
            text.push_str(&run.join(" "));
            text.push_str("\n\n");
        }
        let date = format!("2016-{:02}-{:02}", 1 + rng.below(12), 1 + rng.below(28));
        let line =
            serde_json::json!({ "id": format!("s{n:07}"), "date": date, "text": text.trim_end() });
        serde_json::to_writer(&mut out, &line)?;
        out.write_all(b"\n")?;
    }
    out.flush()?;
    eprintln!(
        "scale_corpus: {} articles from {} sentences in {} files",
        args.articles,
        paragraphs.iter().map(Vec::len).sum::<usize>(),
        files.len()
    );
    Ok(())
}
