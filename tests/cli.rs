//! The command line end to end: outputs that are never lost or half-written, pipes,
//! interrupts, shards, exit codes, completions and the man page.

use std::fs;
use std::io::Write;
use std::path::Path;
use std::process::{Command as StdCommand, Output, Stdio};
use std::time::{Duration, Instant};

use assert_cmd::Command;
use claimtrail::ingest::Shard;

const ARTICLE: &str = "Harbour to reopen in May, mayor says\n\n\
The mayor said on Monday that the harbour would reopen in May.\n\
“We will not raise taxes,” said Anna Berg, the city treasurer.\n\
According to the port authority, cargo traffic fell by 12 percent last year.\n";

fn bin() -> Command {
    Command::cargo_bin("claimtrail").unwrap()
}

fn describe(out: &Output) -> String {
    format!(
        "status: {}\nstdout:\n{}\nstderr:\n{}",
        out.status,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

fn jsonl(n: usize) -> String {
    (0..n)
        .map(|i| {
            let v = serde_json::json!({ "id": format!("a{i}"), "text": ARTICLE });
            format!("{v}\n")
        })
        .collect()
}

fn names(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

#[test]
fn output_file_is_not_overwritten_without_force() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("a.txt");
    fs::write(&input, ARTICLE).unwrap();
    let out = tmp.path().join("claims.csv");

    let first = bin()
        .args(["extract", "-q", "-o"])
        .arg(&out)
        .arg(&input)
        .output()
        .unwrap();
    assert_eq!(first.status.code(), Some(0), "{}", describe(&first));
    let written = fs::read(&out).unwrap();
    assert!(written.starts_with(b"claim_id,article_id,"));

    fs::write(&out, "keep me").unwrap();
    let again = bin()
        .args(["extract", "-q", "-o"])
        .arg(&out)
        .arg(&input)
        .output()
        .unwrap();
    assert_eq!(again.status.code(), Some(2), "{}", describe(&again));
    assert_eq!(
        String::from_utf8_lossy(&again.stderr),
        format!(
            "claimtrail: error: {} exists; pass --force to overwrite it\n",
            out.display()
        )
    );
    assert_eq!(fs::read_to_string(&out).unwrap(), "keep me");

    let forced = bin()
        .args(["extract", "-q", "--force", "-o"])
        .arg(&out)
        .arg(&input)
        .output()
        .unwrap();
    assert_eq!(forced.status.code(), Some(0), "{}", describe(&forced));
    assert_eq!(fs::read(&out).unwrap(), written);
    // No temporary file is left beside it.
    assert_eq!(names(tmp.path()), ["a.txt", "claims.csv"]);
}

#[test]
fn an_input_is_never_overwritten_even_with_force() {
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("a.txt");
    fs::write(&input, ARTICLE).unwrap();
    // Named through the folder and through a different path to the same file.
    let same = tmp.path().join(".").join("a.txt");
    let out = bin()
        .args(["extract", "--force", "-o"])
        .arg(&same)
        .arg(tmp.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", describe(&out));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        format!(
            "claimtrail: error: {} is one of the inputs; refusing to write over it\n",
            same.display()
        )
    );
    assert_eq!(fs::read_to_string(&input).unwrap(), ARTICLE);
}

/// `-o /dev/null` (a device, not a regular file) is written in place: no `--force`
/// needed, and the device is not replaced by a renamed file.
#[test]
fn devices_are_written_in_place() {
    let out = bin()
        .args(["extract", "-q", "-o", "/dev/null"])
        .write_stdin(jsonl(2))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", describe(&out));
    assert!(!Path::new("/dev/null").is_file());
}

/// `claimtrail extract … | head`: the reader is gone before anything is written; the
/// run ends quietly with success.
#[test]
fn closed_stdout_ends_quietly_with_success() {
    let mut child = StdCommand::new(assert_cmd::cargo::cargo_bin("claimtrail"))
        .args(["extract", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take()); // the read end of the pipe is closed
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(jsonl(300).as_bytes()).unwrap();
    drop(stdin);
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", describe(&out));
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
}

/// Like `| head -c 100`: some output is read, then the reader goes away while the run
/// still has far more to write than a pipe holds.
#[test]
fn stdout_closed_midway_ends_quietly_with_success() {
    use std::io::Read;
    let tmp = tempfile::tempdir().unwrap();
    let input = tmp.path().join("in.jsonl");
    fs::write(&input, jsonl(2_000)).unwrap();
    let mut child = StdCommand::new(assert_cmd::cargo::cargo_bin("claimtrail"))
        .args(["extract", "-q"])
        .arg(&input)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut head = [0u8; 100];
    child.stdout.take().unwrap().read_exact(&mut head).unwrap();
    // The read end is dropped here.
    assert!(head.starts_with(b"claim_id,article_id,"));
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", describe(&out));
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
}

/// Ctrl-C (and SIGTERM) while the output is being written leaves nothing behind.
#[test]
fn interrupt_leaves_no_partial_output() {
    for signal in ["-INT", "-TERM"] {
        let tmp = tempfile::tempdir().unwrap();
        let target = tmp.path().join("claims.csv");
        let mut child = StdCommand::new(assert_cmd::cargo::cargo_bin("claimtrail"))
            .args(["extract", "-q", "-o"])
            .arg(&target)
            .arg("-")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        // Part of the input, then stdin stays open: the run is in the middle.
        let mut stdin = child.stdin.take().unwrap();
        stdin.write_all(jsonl(10).as_bytes()).unwrap();
        stdin.flush().unwrap();
        // Wait for the temporary output to appear (no timing is asserted: a bound only).
        let start = Instant::now();
        while names(tmp.path()).is_empty() && start.elapsed() < Duration::from_secs(30) {
            std::thread::sleep(Duration::from_millis(20));
        }
        let tmp_names = names(tmp.path());
        assert_eq!(tmp_names.len(), 1, "{tmp_names:?}");
        assert!(
            tmp_names[0].starts_with(".claims.csv.claimtrail-"),
            "{tmp_names:?}"
        );
        let kill = StdCommand::new("kill")
            .arg(signal)
            .arg(child.id().to_string())
            .status()
            .unwrap();
        assert!(kill.success());
        let out = child.wait_with_output().unwrap();
        drop(stdin);
        assert_eq!(out.status.code(), Some(130), "{signal}: {}", describe(&out));
        assert_eq!(
            String::from_utf8_lossy(&out.stderr),
            "claimtrail: interrupted; unfinished output files removed\n"
        );
        assert_eq!(names(tmp.path()), Vec::<String>::new(), "{signal}");
    }
}

fn articles_in_summary(stderr: &[u8]) -> usize {
    let s = String::from_utf8_lossy(stderr);
    let line = s.lines().last().unwrap_or("");
    line.strip_prefix("claimtrail: ")
        .and_then(|l| l.split(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no summary line in {s:?}"))
}

/// Standard input JSONL to standard output CSV (the pipe step of a batch engine), split
/// into shards by a stable hash of the id: every article falls in exactly one shard.
#[test]
fn stdin_jsonl_to_stdout_csv_split_into_shards() {
    let input = jsonl(40);
    let whole = bin()
        .arg("extract")
        .write_stdin(input.clone())
        .output()
        .unwrap();
    assert_eq!(whole.status.code(), Some(0), "{}", describe(&whole));
    assert_eq!(articles_in_summary(&whole.stderr), 40);

    let mut total = 0;
    let mut rows = Vec::new();
    for k in 1..=3 {
        let shard = format!("{k}/3");
        let want = (0..40)
            .filter(|i| shard.parse::<Shard>().unwrap().keeps(&format!("a{i}")))
            .count();
        let out = bin()
            .args(["extract", "--shard", &shard])
            .write_stdin(input.clone())
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{}", describe(&out));
        assert_eq!(articles_in_summary(&out.stderr), want, "shard {shard}");
        total += want;
        let text = String::from_utf8(out.stdout).unwrap();
        rows.extend(text.lines().skip(1).map(str::to_string));
    }
    assert_eq!(total, 40);
    // The shards' rows together are the whole run's rows.
    let mut whole_rows: Vec<String> = String::from_utf8(whole.stdout)
        .unwrap()
        .lines()
        .skip(1)
        .map(str::to_string)
        .collect();
    whole_rows.sort();
    rows.sort();
    assert_eq!(rows, whole_rows);
}

#[test]
fn bom_flag_starts_csv_with_a_byte_order_mark() {
    let out = bin()
        .args(["extract", "-q", "--bom"])
        .write_stdin(jsonl(1))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", describe(&out));
    assert!(out.stdout.starts_with(b"\xEF\xBB\xBFclaim_id,article_id,"));
    let plain = bin()
        .args(["extract", "-q"])
        .write_stdin(jsonl(1))
        .output()
        .unwrap();
    assert_eq!(&out.stdout[3..], &plain.stdout[..]);
}

/// 0 success, 1 something skipped, 2 usage or fatal error (`--strict` makes a skip fatal).
#[test]
fn exit_codes() {
    let tmp = tempfile::tempdir().unwrap();
    let good = tmp.path().join("good.txt");
    fs::write(&good, ARTICLE).unwrap();
    let empty = tmp.path().join("empty.txt");
    fs::write(&empty, "").unwrap();
    let code = |args: &[&str]| {
        let out = bin().args(args).output().unwrap();
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let (g, e) = (good.to_str().unwrap(), empty.to_str().unwrap());
    assert_eq!(code(&["extract", "-q", g]), (Some(0), String::new()));
    assert_eq!(
        code(&["extract", "-q", g, e]),
        (Some(1), format!("claimtrail: skipped {e}: empty file\n"))
    );
    assert_eq!(
        code(&["extract", "-q", "--strict", g, e]),
        (
            Some(2),
            format!("claimtrail: error: {e}: empty file (--strict)\n")
        )
    );
    assert_eq!(code(&["extract", "--no-such-flag"]).0, Some(2));
    assert_eq!(code(&["extract", "--shard", "4/3", g]).0, Some(2));
    assert_eq!(code(&["extract", "--threads", "0", g]).0, Some(2));
}

#[test]
fn summary_line_unless_quiet() {
    let out = bin().arg("extract").write_stdin(jsonl(3)).output().unwrap();
    let claims = String::from_utf8_lossy(&out.stdout).lines().count() - 1;
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        format!(
            "claimtrail: 3 articles, {claims} claim{}, 0 skipped\n",
            if claims == 1 { "" } else { "s" }
        )
    );
    let quiet = bin()
        .args(["extract", "--quiet"])
        .write_stdin(jsonl(3))
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&quiet.stderr), "");
}

#[test]
fn completions_and_man_page() {
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let out = bin().args(["completions", shell]).output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{shell}: {}", describe(&out));
        let script = String::from_utf8_lossy(&out.stdout);
        for word in ["claimtrail", "extract", "encoding", "shard"] {
            assert!(script.contains(word), "{shell} completions lack {word}");
        }
    }
    let out = bin().arg("man").output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", describe(&out));
    let page = String::from_utf8_lossy(&out.stdout);
    let th = page.lines().find(|l| l.starts_with(".TH")).unwrap_or("");
    assert_eq!(th, ".TH claimtrail 1  \"claimtrail 0.1.0\" ");
    for word in ["extract", "completions", "\\-\\-threads"] {
        assert!(page.contains(word), "man page lacks {word}");
    }
    let out = bin().args(["man", "extract"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", describe(&out));
    let page = String::from_utf8_lossy(&out.stdout);
    let th = page.lines().find(|l| l.starts_with(".TH")).unwrap_or("");
    assert_eq!(
        th,
        ".TH claimtrail-extract 1  \"claimtrail-extract 0.1.0\" "
    );
    for word in [
        "\\-\\-encoding",
        "\\-\\-shard",
        "\\-\\-threads",
        "\\-\\-force",
    ] {
        assert!(page.contains(word), "extract man page lacks {word}");
    }
    let out = bin().args(["man", "nope"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}
