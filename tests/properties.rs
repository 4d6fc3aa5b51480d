//! Invariants over generated articles: spans slice the text to exactly the claim's words;
//! output bytes do not depend on the order files were made in or on the thread count;
//! extracting a concatenated JSONL gives the concatenation of the extracts.
//! Case counts are modest so `cargo test` stays fast.

use std::fs;
use std::path::Path;
use std::process::Command;

use claimtrail::extract::extract;
use claimtrail::grammar::Grammar;
use claimtrail::model::{Article, Span};
use claimtrail::text::slice_chars;
use proptest::prelude::*;

const SOURCES: &[&str] = &[
    "Anna Berg",
    "the mayor",
    "Officials",
    "He",
    "She",
    "The ministry",
    "A spokesman for the council",
    "Mr. Okafor",
    "Reuters",
];
const CUES: &[&str] = &[
    "said",
    "told reporters",
    "claimed",
    "denied",
    "warned",
    "added",
    "insisted",
];
const CONTENTS: &[&str] = &[
    "the harbour would reopen in May",
    "taxes will not rise",
    "the budget was balanced",
    "nobody had been hurt",
    "the talks are over",
    "prices rose by 12 percent in 2023",
];
const BREAKS: &[&str] = &[" ", "\n", "\r\n", "\r", "\n\n", "\r\n\r\n"];

/// One sentence in one of the shapes the grammar knows, or free text.
fn sentence() -> impl Strategy<Value = String> {
    let s = prop::sample::select(SOURCES);
    let c = prop::sample::select(CUES);
    let t = prop::sample::select(CONTENTS);
    (0..7u8, s, c, t, "\\PC{0,30}").prop_map(|(shape, s, c, t, free)| match shape {
        0 => format!("{s} {c} that {t}."),
        1 => format!("“{}{},” {s} {c}.", t[..1].to_uppercase(), &t[1..]),
        2 => format!("According to {s}, {t}."),
        3 => format!("{s} {c} the plan was “{t}”."),
        4 => format!("\"{t},\" {c} {s}."),
        5 => format!("{}{}.", t[..1].to_uppercase(), &t[1..]),
        _ => free,
    })
}

/// An article: sentences joined by assorted line ends.
fn article_text() -> impl Strategy<Value = String> {
    prop::collection::vec((sentence(), prop::sample::select(BREAKS)), 1..8).prop_map(|parts| {
        parts
            .into_iter()
            .map(|(s, b)| format!("{s}{b}"))
            .collect::<String>()
    })
}

fn check_span(
    text: &str,
    span: Option<Span>,
    words: &str,
    what: &str,
) -> Result<(), TestCaseError> {
    if let Some(sp) = span {
        prop_assert_eq!(slice_chars(text, sp), Some(words), "{} span {:?}", what, sp);
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    /// Every span of every claim slices the original text to exactly the claim's
    /// content, source mention and cue.
    #[test]
    fn spans_slice_the_text_to_the_claims_words(text in article_text()) {
        let grammar = Grammar::default_en();
        let article = Article { id: "p".into(), text: text.clone(), ..Article::default() };
        for c in extract(&article, &grammar) {
            check_span(&text, c.content_span, &c.content, "content")?;
            check_span(&text, c.source_span, &c.source_mention, "source")?;
            check_span(&text, c.cue_span, &c.cue, "cue")?;
        }
    }
}

fn claimtrail(args: &[&str], dir: &Path) -> Vec<u8> {
    let out = Command::new(assert_cmd::cargo::cargo_bin("claimtrail"))
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "claimtrail {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

fn jsonl_line(id: &str, text: &str) -> String {
    format!("{}\n", serde_json::json!({ "id": id, "text": text }))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 6, ..ProptestConfig::default() })]

    /// The same files made in another order give the same bytes, with 1 or 2 threads.
    #[test]
    fn output_does_not_depend_on_file_order_or_threads(
        texts in prop::collection::vec(article_text(), 1..6),
        order in any::<u64>(),
    ) {
        let tmp = tempfile::tempdir().unwrap();
        let (a, b) = (tmp.path().join("a"), tmp.path().join("b"));
        fs::create_dir(&a).unwrap();
        fs::create_dir(&b).unwrap();
        let n = texts.len();
        for (i, t) in texts.iter().enumerate() {
            fs::write(a.join(format!("art{i}.txt")), format!("Report\n\n{t}")).unwrap();
        }
        // b: the same files, made in a shuffled order.
        for k in 0..n {
            let i = (k + (order as usize % n)) % n;
            let i = if order % 2 == 0 { i } else { n - 1 - i };
            fs::write(b.join(format!("art{i}.txt")), format!("Report\n\n{}", texts[i])).unwrap();
        }
        let one = claimtrail(&["extract", "-q", "--threads", "1", "a"], tmp.path());
        let two = claimtrail(&["extract", "-q", "--threads", "2", "b"], tmp.path());
        prop_assert_eq!(String::from_utf8_lossy(&one), String::from_utf8_lossy(&two));
    }

    /// Extracting a concatenation of JSONL files gives the concatenation of their rows.
    #[test]
    fn extract_of_a_concatenation_is_the_concatenation_of_extracts(
        docs in prop::collection::vec(prop::collection::vec(article_text(), 1..4), 1..4),
    ) {
        let tmp = tempfile::tempdir().unwrap();
        let mut all = String::new();
        let mut parts: Vec<u8> = Vec::new();
        for (d, texts) in docs.iter().enumerate() {
            let doc: String = texts
                .iter()
                .enumerate()
                .map(|(i, t)| jsonl_line(&format!("d{d}-{i}"), t))
                .collect();
            let name = format!("doc{d}.jsonl");
            fs::write(tmp.path().join(&name), &doc).unwrap();
            let out = claimtrail(&["extract", "-q", &name], tmp.path());
            // Keep the header of the first only.
            let body = if d == 0 {
                &out[..]
            } else {
                let nl = out.iter().position(|&b| b == b'\n').unwrap();
                &out[nl + 1..]
            };
            parts.extend_from_slice(body);
            all.push_str(&doc);
        }
        fs::write(tmp.path().join("all.jsonl"), &all).unwrap();
        let whole = claimtrail(&["extract", "-q", "all.jsonl"], tmp.path());
        prop_assert_eq!(String::from_utf8_lossy(&whole), String::from_utf8_lossy(&parts));
    }
}
