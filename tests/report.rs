//! `claimtrail report` end to end: the real binary in a fresh folder.

use std::fs;
use std::path::Path;

use assert_cmd::Command;

const FILES: [&str; 5] = [
    "claims.csv",
    "relations.csv",
    "propositions.csv",
    "unattributed.csv",
    "sources.csv",
];

fn data(rel: &str) -> String {
    format!("{}/{rel}", env!("CARGO_MANIFEST_DIR"))
}

/// Run `claimtrail report ARGS… --out-dir OUT`; print everything when it fails.
fn report(args: &[&str], out: &Path) -> std::process::Output {
    let output = Command::cargo_bin("claimtrail")
        .map(|mut c| {
            c.arg("report").args(args).arg("--out-dir").arg(out);
            c.output()
        })
        .unwrap_or_else(|e| panic!("cannot find the binary: {e}"))
        .unwrap_or_else(|e| panic!("cannot run the binary: {e}"));
    output
}

fn show(args: &[&str], o: &std::process::Output) -> String {
    format!(
        "claimtrail report {}\nstatus: {}\nstdout:\n{}\nstderr:\n{}",
        args.join(" "),
        o.status,
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

/// The five files, each under its name, for one snapshot.
fn bundle(out: &Path, stderr: &[u8]) -> String {
    let mut s = String::new();
    for f in FILES {
        s.push_str(&format!("== {f}\n"));
        s.push_str(&fs::read_to_string(out.join(f)).unwrap_or_else(|e| format!("<{e}>\n")));
    }
    s.push_str("== stderr\n");
    s.push_str(&String::from_utf8_lossy(stderr));
    s
}

fn snapshot(name: &str, value: &str) {
    insta::with_settings!({
        snapshot_path => concat!(env!("CARGO_MANIFEST_DIR"), "/snapshots"),
        prepend_module_to_snapshot => true,
    }, {
        insta::assert_snapshot!(name, value);
    });
}

#[test]
fn report_over_the_sample_articles() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let args = [
        data("data/000_1828ec16322cb78f.txt"),
        data("data/004_9230789dfd703a08.txt"),
    ];
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let o = report(&args, dir.path());
    assert!(o.status.success(), "{}", show(&args, &o));
    snapshot("sample_articles", &bundle(dir.path(), &o.stderr));
}

#[test]
fn report_over_the_fixtures_has_a_true_and_a_false_case_per_reason() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let fixtures = data("data/fixtures/report");
    let args = [fixtures.as_str()];
    let o = report(&args, dir.path());
    assert!(o.status.success(), "{}", show(&args, &o));
    snapshot("fixtures", &bundle(dir.path(), &o.stderr));
}

#[test]
fn existing_files_are_kept_without_force_and_replaced_with_it() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let out = dir.path();
    fs::write(out.join("relations.csv"), "keep me\n").unwrap_or_else(|e| panic!("{e}"));
    let input = data("data/fixtures/report/d_same_article.txt");
    let args = [input.as_str()];
    let o = report(&args, out);
    assert_eq!(o.status.code(), Some(2), "{}", show(&args, &o));
    let mut left: Vec<String> = fs::read_dir(out)
        .unwrap_or_else(|e| panic!("{e}"))
        .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
        .collect();
    left.sort();
    assert_eq!(left, ["relations.csv"], "{}", show(&args, &o));
    assert_eq!(
        fs::read_to_string(out.join("relations.csv")).unwrap_or_default(),
        "keep me\n"
    );

    let args = [input.as_str(), "--force"];
    let o = report(&args, out);
    assert!(o.status.success(), "{}", show(&args, &o));
    assert_eq!(
        fs::read_to_string(out.join("relations.csv")).unwrap_or_default(),
        "relation,reason,similarity,claim_a,claim_b,article_a,article_b,source_a,source_b,content_a,content_b,same_article\n\
         contradiction,negation,1.000,d_same_article:2,d_same_article:3,d_same_article,d_same_article,the mayor,the transport authority,the tram line to the airport will reopen in June,the tram line to the airport will not reopen in June,true\n\
         agreement,identical,1.000,d_same_article:2,d_same_article:4,d_same_article,d_same_article,the mayor,the engineers,the tram line to the airport will reopen in June,the tram line to the airport will reopen in June,true\n\
         contradiction,negation,1.000,d_same_article:3,d_same_article:4,d_same_article,d_same_article,the transport authority,the engineers,the tram line to the airport will not reopen in June,the tram line to the airport will reopen in June,true\n"
    );
    let mut files: Vec<String> = fs::read_dir(out)
        .unwrap_or_else(|e| panic!("{e}"))
        .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
        .collect();
    files.sort();
    let mut want: Vec<String> = FILES.iter().map(|s| s.to_string()).collect();
    want.sort();
    assert_eq!(files, want, "no temporary file is left behind");
}

#[test]
fn output_is_the_same_whatever_the_order_of_inputs() {
    let fixtures = [
        data("data/fixtures/report/a_morning.txt"),
        data("data/fixtures/report/b_evening.txt"),
        data("data/fixtures/report/c_weekly.txt"),
    ];
    let forward: Vec<&str> = fixtures.iter().map(String::as_str).collect();
    let mut backward = forward.clone();
    backward.reverse();
    let (d1, d2) = (
        tempfile::tempdir().unwrap_or_else(|e| panic!("{e}")),
        tempfile::tempdir().unwrap_or_else(|e| panic!("{e}")),
    );
    let o1 = report(&forward, d1.path());
    let o2 = report(&backward, d2.path());
    assert!(
        o1.status.success() && o2.status.success(),
        "{}",
        show(&forward, &o2)
    );
    // The relations are the same set of pairs; rows follow the input order.
    let rows = |d: &Path| {
        let mut r: Vec<String> = fs::read_to_string(d.join("relations.csv"))
            .unwrap_or_default()
            .lines()
            .map(str::to_string)
            .collect();
        r.sort();
        r
    };
    let (r1, r2) = (rows(d1.path()), rows(d2.path()));
    assert_eq!(r1.len(), r2.len());
    let pairs = |rows: &[String]| {
        let mut p: Vec<(String, String, String)> = rows
            .iter()
            .map(|l| {
                let f: Vec<&str> = l.split(',').collect();
                let (a, b) = (
                    f.get(3).copied().unwrap_or(""),
                    f.get(4).copied().unwrap_or(""),
                );
                let (a, b) = if a < b { (a, b) } else { (b, a) };
                (f[0].to_string(), a.to_string(), b.to_string())
            })
            .collect();
        p.sort();
        p
    };
    assert_eq!(pairs(&r1), pairs(&r2));
}
