//! The three output formats of `extract` say the same thing: CSV, JSON lines, and brat
//! standoff that `claimtrail eval` reads back as a perfect score.

use std::fs;
use std::path::Path;

use assert_cmd::Command;

const SAMPLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/data/004_9230789dfd703a08.txt");

fn bin() -> Command {
    Command::cargo_bin("claimtrail").unwrap()
}

fn run(args: &[&str]) -> String {
    let out = bin().args(args).output().unwrap();
    assert!(
        out.status.success(),
        "claimtrail {args:?}\nstatus: {}\nstderr: {}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn jsonl_rows_are_the_csv_rows() {
    let csv_out = run(&["-q", "extract", SAMPLE]);
    let jsonl_out = run(&["-q", "extract", "--format", "jsonl", SAMPLE]);
    let mut rdr = csv::Reader::from_reader(csv_out.as_bytes());
    let header: Vec<String> = rdr.headers().unwrap().iter().map(str::to_string).collect();
    let rows: Vec<Vec<String>> = rdr
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect();
    let lines: Vec<serde_json::Value> = jsonl_out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(rows.len(), lines.len());
    assert!(rows.len() > 10);
    for (row, obj) in rows.iter().zip(&lines) {
        let as_csv: Vec<String> = header
            .iter()
            .map(|h| match &obj[h.as_str()] {
                serde_json::Value::Null => String::new(),
                serde_json::Value::String(s) => s.clone(),
                v => v.to_string(),
            })
            .collect();
        assert_eq!(&as_csv, row);
    }
}

#[test]
fn brat_output_scores_perfectly_against_itself() {
    let dir = tempfile::tempdir().unwrap();
    let brat = dir.path().join("brat");
    run(&[
        "-q",
        "extract",
        "--format",
        "brat",
        "--out-dir",
        brat.to_str().unwrap(),
        SAMPLE,
    ]);
    // Lay the output out as a gold folder: text/ and attributions/.
    let gold = dir.path().join("gold");
    fs::create_dir_all(gold.join("text")).unwrap();
    fs::create_dir_all(gold.join("attributions")).unwrap();
    let id = "004_9230789dfd703a08";
    fs::copy(
        brat.join(format!("{id}.txt")),
        gold.join("text").join(format!("{id}.txt")),
    )
    .unwrap();
    fs::copy(
        brat.join(format!("{id}.ann")),
        gold.join("attributions").join(format!("{id}.ann")),
    )
    .unwrap();
    assert_eq!(
        fs::read(brat.join(format!("{id}.txt"))).unwrap(),
        fs::read(Path::new(SAMPLE)).unwrap()
    );
    let table = run(&["eval", "--gold", gold.to_str().unwrap()]);
    let content = table
        .lines()
        .find(|l| l.starts_with("content J>=0.5"))
        .unwrap();
    let full = table.lines().find(|l| l.starts_with("full")).unwrap();
    let fields = |l: &str| l.split_whitespace().map(str::to_string).collect::<Vec<_>>();
    // precision, recall, F1 all 1.000, no false positive or negative.
    assert_eq!(
        &fields(content)[2..5],
        ["1.000", "1.000", "1.000"],
        "{table}"
    );
    assert_eq!(&fields(content)[6..], ["0", "0"], "{table}");
    assert_eq!(&fields(full)[1..4], ["1.000", "1.000", "1.000"], "{table}");
}
