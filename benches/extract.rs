//! Extraction throughput in MB/s (10⁶ bytes of article text per second).
//!
//! Over the folder named by `CLAIMTRAIL_BENCH_CORPUS` (for example
//! `../shared/data/polnear/train/text`) when set, else over `data/`:
//!
//! ```text
//! CLAIMTRAIL_BENCH_CORPUS=/path/to/train/text cargo bench --bench extract
//! ```
//!
//! The texts are read once, outside the timed loop; one iteration extracts every article on
//! one thread.

use std::path::PathBuf;
use std::time::Duration;

use criterion::{black_box, criterion_group, criterion_main, Criterion, SamplingMode, Throughput};

use claimtrail::extract::extract;
use claimtrail::grammar::Grammar;
use claimtrail::ingest::{read_inputs, IngestOptions};
use claimtrail::model::Article;

fn corpus() -> PathBuf {
    match std::env::var_os("CLAIMTRAIL_BENCH_CORPUS") {
        Some(p) => PathBuf::from(p),
        None => PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/data")),
    }
}

fn bench_extract(c: &mut Criterion) {
    let dir = corpus();
    let articles: Vec<Article> = read_inputs(std::slice::from_ref(&dir), &IngestOptions::default())
        .filter_map(|a| match a {
            Ok(a) => Some(a),
            Err(e) => {
                eprintln!("bench: skipped {e}");
                None
            }
        })
        .collect();
    let bytes: u64 = articles.iter().map(|a| a.text.len() as u64).sum();
    if articles.is_empty() {
        eprintln!("bench: no articles in {}", dir.display());
        return;
    }
    eprintln!(
        "bench: {} articles, {} bytes from {}",
        articles.len(),
        bytes,
        dir.display()
    );
    let grammar = Grammar::default_en();
    let mut group = c.benchmark_group("extract");
    group
        .throughput(Throughput::BytesDecimal(bytes))
        .sampling_mode(SamplingMode::Flat)
        .sample_size(10)
        .warm_up_time(Duration::from_secs(2))
        .measurement_time(Duration::from_secs(10));
    group.bench_function("corpus", |b| {
        b.iter(|| {
            let mut n = 0usize;
            for a in &articles {
                n += extract(black_box(a), &grammar).len();
            }
            black_box(n)
        })
    });
    group.finish();
}

criterion_group!(benches, bench_extract);
criterion_main!(benches);
