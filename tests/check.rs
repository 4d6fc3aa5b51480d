//! `claimtrail check` and `claimtrail eval-stance`, run as the real binary.

use std::path::{Path, PathBuf};
use std::process::Output;

use assert_cmd::Command;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn samples() -> [PathBuf; 2] {
    [
        root().join("data/000_1828ec16322cb78f.txt"),
        root().join("data/004_9230789dfd703a08.txt"),
    ]
}

/// Run claimtrail in `dir`; print everything when the status is not the expected one.
fn run(dir: &Path, args: &[&str], envs: &[(&str, &str)], code: i32) -> Output {
    let mut cmd = match Command::cargo_bin("claimtrail") {
        Ok(c) => c,
        Err(e) => panic!("binary not built: {e}"),
    };
    cmd.current_dir(dir).args(args);
    for (k, v) in envs {
        cmd.env(k, v);
    }
    let out = match cmd.output() {
        Ok(o) => o,
        Err(e) => panic!("cannot run claimtrail: {e}"),
    };
    assert_eq!(
        out.status.code(),
        Some(code),
        "claimtrail {args:?}\nstdout:\n{}\nstderr:\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn snapshot(name: &str, value: &str) {
    insta::with_settings!({
        snapshot_path => concat!(env!("CARGO_MANIFEST_DIR"), "/snapshots"),
        prepend_module_to_snapshot => true,
    }, {
        insta::assert_snapshot!(name, value);
    });
}

fn tmp() -> tempfile::TempDir {
    match tempfile::tempdir() {
        Ok(d) => d,
        Err(e) => panic!("no temp dir: {e}"),
    }
}

fn write(path: &Path, s: &str) {
    if let Err(e) = std::fs::write(path, s) {
        panic!("cannot write {}: {e}", path.display());
    }
}

fn check_args<'a>(claims: &'a str, files: &'a [PathBuf; 2], extra: &[&'a str]) -> Vec<&'a str> {
    let mut a = vec!["check", "--claims", claims];
    a.extend(files.iter().map(|p| p.to_str().unwrap_or_default()));
    a.extend(extra);
    a
}

/// One claim per stance against the two sample articles, every pair written.
#[test]
fn sample_articles_one_claim_per_stance() {
    let dir = tmp();
    let claims = root().join("data/fixtures/check/claims.csv");
    let claims = claims.to_str().unwrap_or_default();
    let files = samples();
    let out = run(dir.path(), &check_args(claims, &files, &["--all"]), &[], 0);
    snapshot("sample_articles_all_pairs", &text(&out.stdout));

    // Without --all the unrelated pairs are left out, the rest is the same.
    let related = run(dir.path(), &check_args(claims, &files, &[]), &[], 0);
    let all = text(&out.stdout);
    let expected: Vec<&str> = all.lines().filter(|l| !l.contains(",unrelated,")).collect();
    assert_eq!(text(&related.stdout).lines().collect::<Vec<_>>(), expected);

    // -o writes the same bytes; one thread or two, the same bytes.
    let o = dir.path().join("out.csv");
    let o_str = o.to_str().unwrap_or_default();
    run(
        dir.path(),
        &check_args(claims, &files, &["--all", "-o", o_str]),
        &[("RAYON_NUM_THREADS", "1")],
        0,
    );
    assert_eq!(std::fs::read_to_string(&o).unwrap_or_default(), all);
}

/// `--pairs` checks only the listed pairs (with `--all`, unrelated ones are written
/// too; unknown claim ids are passed over); a `.txt` claims file numbers claims by line.
#[test]
fn pairs_and_text_claims() {
    let dir = tmp();
    let files = samples();
    let claims = dir.path().join("claims.txt");
    write(
        &claims,
        "Bennett and Putin spoke on the phone\n\nApple will sell 19 million Apple Watches in 2015\n",
    );
    let pairs = dir.path().join("pairs.csv");
    write(
        &pairs,
        "claim_id,article_id\n1,000_1828ec16322cb78f\n3,004_9230789dfd703a08\n9,000_1828ec16322cb78f\n",
    );
    let out = run(
        dir.path(),
        &check_args("claims.txt", &files, &["--pairs", "pairs.csv", "--all"]),
        &[],
        0,
    );
    snapshot("pairs_and_text_claims", &text(&out.stdout));
    let related = run(
        dir.path(),
        &check_args("claims.txt", &files, &["--pairs", "pairs.csv"]),
        &[],
        0,
    );
    let all = text(&out.stdout);
    let expected: Vec<&str> = all.lines().filter(|l| !l.contains(",unrelated,")).collect();
    assert_eq!(text(&related.stdout).lines().collect::<Vec<_>>(), expected);
}

#[test]
fn a_claims_file_without_the_text_column_is_an_error() {
    let dir = tmp();
    let files = samples();
    write(&dir.path().join("claims.csv"), "id,claim\n1,Putin called\n");
    let out = run(dir.path(), &check_args("claims.csv", &files, &[]), &[], 2);
    assert_eq!(
        text(&out.stderr),
        "claimtrail: error: claims.csv: no column `text` (the header needs `id,text`)\n"
    );
    assert_eq!(text(&out.stdout), "");
}

/// A tiny FNC-1 folder: the predictions are written in the gold layout, and a stances
/// file is scored against the gold with exact figures.
#[test]
fn eval_stance_on_a_tiny_fnc1() {
    let dir = tmp();
    let fnc = dir.path().join("fnc");
    if let Err(e) = std::fs::create_dir(&fnc) {
        panic!("{e}");
    }
    write(
        &fnc.join("train_bodies.csv"),
        "Body ID,articleBody\n\
         1,\"Netanyahu denied reports that Moscow had told Israel to end airstrikes in Syria. He said strikes would go on.\"\n\
         2,\"Bennett and Putin spoke on the phone on Thursday. They discussed regional security.\"\n",
    );
    write(
        &fnc.join("train_stances.csv"),
        "Headline,Body ID,Stance\n\
         Moscow told Israel to end airstrikes in Syria,1,disagree\n\
         Moscow told Israel to end airstrikes in Syria,2,unrelated\n\
         Bennett and Putin spoke on the phone,2,agree\n\
         Bennett and Putin spoke on the phone,1,unrelated\n",
    );
    // Scoring a given file: two right (unrelated, agree), one related pair with the
    // wrong class (disagree as discuss: 0.25), one related pair called unrelated.
    write(
        &dir.path().join("stances.csv"),
        "Headline,Body ID,Stance\n\
         Moscow told Israel to end airstrikes in Syria,1,discuss\n\
         Moscow told Israel to end airstrikes in Syria,2,unrelated\n\
         Bennett and Putin spoke on the phone,2,agree\n\
         Bennett and Putin spoke on the phone,1,discuss\n",
    );
    let out = run(
        dir.path(),
        &["eval-stance", "--fnc1", "fnc", "--stances", "stances.csv"],
        &[],
        0,
    );
    snapshot("eval_stance_scored_file", &text(&out.stdout));

    let out = run(
        dir.path(),
        &["eval-stance", "--fnc1", "fnc", "--write", "pred.csv"],
        &[],
        0,
    );
    let pred = std::fs::read_to_string(dir.path().join("pred.csv")).unwrap_or_default();
    snapshot("eval_stance_predictions", &pred);
    assert!(
        text(&out.stdout).contains("fnc1 all: 4 pairs"),
        "{}",
        text(&out.stdout)
    );
}
