//! The report's own work (normalising, matching through the index, relating) over
//! synthetic claims, without extraction: `cargo bench --bench report`.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};

use claimtrail::model::{Article, Claim, Form, SourceKind, Stance};
use claimtrail::report::ReportBuilder;

const SUBJECTS: [&str; 8] = [
    "the steel plant in Leeds",
    "the new stadium in Cardiff",
    "the tram line to the airport",
    "the copper mine near Santiago",
    "the dinosaur exhibition",
    "the river bridge in Porto",
    "the cup final",
    "the wind farm off Aberdeen",
];
const PREDICATES: [&str; 6] = [
    "had closed after 40 years",
    "will not reopen in June",
    "rose sharply last week",
    "fell sharply last week",
    "will host 12 of the 40 events",
    "was sold to a French group on Tuesday",
];
const SOURCES: [&str; 5] = ["the ministry", "the union", "the mayor", "Reuters", ""];

/// `n` articles of 10 claims each, recombined deterministically from the lists above.
fn batch(n: usize) -> Vec<(Article, Vec<Claim>)> {
    (0..n)
        .map(|i| {
            let id = format!("a{i}");
            let claims = (0..10)
                .map(|j| {
                    let k = i * 31 + j * 7;
                    let source = SOURCES[k % SOURCES.len()];
                    let content = format!(
                        "{} {} (report {})",
                        SUBJECTS[k % SUBJECTS.len()],
                        PREDICATES[(k / 3) % PREDICATES.len()],
                        k % 97
                    );
                    Claim {
                        claim_id: format!("{id}:{}", j + 1),
                        article_id: id.as_str().into(),
                        date: format!("2020-01-{:02}", 1 + i % 28).into(),
                        form: if source.is_empty() {
                            Form::Unattributed
                        } else {
                            Form::Indirect
                        },
                        stance: if k % 11 == 0 {
                            Stance::Denies
                        } else {
                            Stance::Asserts
                        },
                        source: source.to_string(),
                        source_kind: SourceKind::Organization,
                        source_mention: source.into(),
                        cue: "said".into(),
                        sentence: content.as_str().into(),
                        content: content.into(),
                        ..Claim::default()
                    }
                })
                .collect();
            let a = Article {
                id,
                ..Article::default()
            };
            (a, claims)
        })
        .collect()
}

fn report(c: &mut Criterion) {
    let mut g = c.benchmark_group("report");
    g.sample_size(10);
    for n in [1_000usize, 10_000] {
        let input = batch(n);
        g.throughput(Throughput::Elements((n * 10) as u64));
        g.bench_with_input(BenchmarkId::new("claims", n * 10), &input, |b, input| {
            b.iter(|| {
                let mut builder = ReportBuilder::new();
                for (a, claims) in input {
                    builder.add_article(a, claims);
                }
                builder.finish().summary()
            })
        });
    }
    g.finish();
}

criterion_group!(benches, report);
criterion_main!(benches);
