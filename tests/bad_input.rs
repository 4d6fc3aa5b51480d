//! Nasty inputs, as a table: each row is an input built here in a temp folder and what
//! claimtrail must do with it (read it as which articles, or skip it with which message).
//! The whole folder is run through the real binary together with one good article; the
//! good article's rows must be byte-identical to running it alone, nothing may panic, and
//! the exit status is 1 because something was skipped.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Output;

use assert_cmd::Command;
use claimtrail::model::Span;
use claimtrail::text::slice_chars;

/// The good article: attributions of several forms, curly quotes, representable in
/// Windows-1252 (so the same text can be written in every encoding of the table).
const GOOD: &str = "Harbour to reopen in May, mayor says\n\n\
The mayor said on Monday that the harbour would reopen in May.\n\
“We will not raise taxes,” said Anna Berg, the city treasurer.\n\
According to the port authority, cargo traffic fell by 12 percent last year.\n\
Berg told reporters the budget was “balanced and fair”.\n\
The council has not yet approved the budget.\n";

/// How an input is made.
enum Make {
    File(Vec<u8>),
    /// A folder of this many tiny articles.
    ManyFiles(usize),
    /// A file whose permissions are 000.
    Unreadable(Vec<u8>),
    /// A symlink to this name (two of them pointing at each other make a loop).
    Symlink(&'static str),
    /// A folder holding a symlink to its parent.
    DirLinkLoop,
}

/// One row of the table.
struct Case {
    /// Path under the input folder.
    name: &'static str,
    make: Make,
    /// Articles read from it: (article id, its decoded text when the test checks offsets).
    articles: Vec<(String, Option<String>)>,
    /// Skip messages: (suffix of the origin after the path, e.g. "" or ":3"; the message).
    skips: Vec<(String, String)>,
    /// The article decodes to exactly GOOD: its rows must equal the good article's.
    same_as_good: bool,
}

fn article(id: &str, text: Option<&str>) -> (String, Option<String>) {
    (id.to_string(), text.map(str::to_string))
}

fn skip(at: &str, msg: &str) -> (String, String) {
    (at.to_string(), msg.to_string())
}

fn case(name: &'static str, make: Make) -> Case {
    Case {
        name,
        make,
        articles: vec![],
        skips: vec![],
        same_as_good: false,
    }
}

impl Case {
    fn reads(mut self, id: &str, text: Option<&str>) -> Self {
        self.articles.push(article(id, text));
        self
    }
    fn skips(mut self, at: &str, msg: &str) -> Self {
        self.skips.push(skip(at, msg));
        self
    }
    fn same_as_good(mut self) -> Self {
        self.same_as_good = true;
        self
    }
}

fn with_bom(bom: &[u8], body: &[u8]) -> Vec<u8> {
    let mut v = bom.to_vec();
    v.extend_from_slice(body);
    v
}

fn utf16(s: &str, big_endian: bool) -> Vec<u8> {
    let mut v = if big_endian {
        vec![0xFE, 0xFF]
    } else {
        vec![0xFF, 0xFE]
    };
    for u in s.encode_utf16() {
        v.extend(if big_endian {
            u.to_be_bytes()
        } else {
            u.to_le_bytes()
        });
    }
    v
}

/// GOOD in Windows-1252: curly quotes become 0x93/0x94.
fn cp1252(s: &str) -> Vec<u8> {
    s.chars()
        .map(|c| match c {
            '“' => 0x93,
            '”' => 0x94,
            '’' => 0x92,
            c if (c as u32) < 0x80 => c as u8,
            c => panic!("not in the test's Windows-1252 table: {c}"),
        })
        .collect()
}

/// Deterministic "random" bytes (xorshift), with no NUL, so they fail as UTF-8.
fn noise(n: usize) -> Vec<u8> {
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    (0..n)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x % 255) as u8 + 1
        })
        .collect()
}

fn utf8_error_at(bytes: &[u8]) -> usize {
    match std::str::from_utf8(bytes) {
        Ok(_) => panic!("test input meant to be invalid UTF-8 is valid"),
        Err(e) => e.valid_up_to(),
    }
}

fn hint(at: usize) -> String {
    format!(
        "not valid UTF-8 at byte {at}; if it is Windows-1252, pass --encoding windows-1252 \
         (or --encoding auto)"
    )
}

fn jsonl(id: &str, text: &str) -> String {
    serde_json::json!({ "id": id, "text": text }).to_string()
}

/// Size of the many-files folder of the table; `many_tiny_files` below has 100,000.
const MANY: usize = 2_000;

fn table() -> Vec<Case> {
    let random = noise(4096);
    let mut bad_middle = "It was “fine,” she said. ".as_bytes().to_vec();
    bad_middle.extend_from_slice(b"\xC3\x28 then more text.");
    let crlf = GOOD.replace('\n', "\r\n");
    let cr = GOOD.replace('\n', "\r");
    let quotes = "\"".repeat(100_000);
    let nested = {
        let depth = 2_000;
        let mut s = String::from("The minister said ");
        for i in 0..depth {
            s.push_str(if i % 2 == 0 { "“level " } else { "‘level " });
        }
        s.push_str("core");
        for i in (0..depth).rev() {
            s.push_str(if i % 2 == 0 { "”" } else { "’" });
        }
        s.push_str(".\n");
        s
    };
    let huge_line = format!(
        "{{\"id\": \"huge\", \"text\": \"{}\"}}\n{}\n",
        "word ".repeat(20 << 20),
        jsonl("after-huge", GOOD)
    );
    let truncated = format!(
        "{}\n{}\n{}",
        jsonl("t1", GOOD),
        jsonl("t2", "He said it was over."),
        &jsonl("t3", GOOD)[..40]
    );
    let types = [
        r#"{"id": "w1", "text": 42}"#,
        r#"{"id": {"x": 1}, "text": "Fine text."}"#,
        r#"{"id": "w3", "title": "no text here"}"#,
        r#"["id", "text"]"#,
        r#"{"id": "w5" "text": "missing comma"}"#,
        r#"{"id": 6, "body": "A number id and a body field are fine."}"#,
        "",
        r#"{"text": "no id"}"#,
    ]
    .join("\n");
    let csv = "id,text,date\n\
c1,\"She said \"\"yes\"\"\nand then, after a pause,\n\"\"no\"\".\",2024-01-02\n\
,\"An empty id.\",\n\
c3\n\
c4,\"“Quoted,” he said.\",\n";

    vec![
        case("empty.txt", Make::File(vec![])).skips("", "empty file"),
        case("blank.txt", Make::File(b"  \n\t \r\n".to_vec()))
            .skips("", "file holds only white space"),
        case("nul.txt", Make::File(b"abc\0def said".to_vec()))
            .skips("", "binary file (NUL byte at 3)"),
        case("random.txt", Make::File(random.clone())).skips("", &hint(utf8_error_at(&random))),
        case(
            "bom-utf8.txt",
            Make::File(with_bom(b"\xEF\xBB\xBF", GOOD.as_bytes())),
        )
        .reads("bom-utf8", Some(GOOD))
        .same_as_good(),
        case("bom-utf16le.txt", Make::File(utf16(GOOD, false)))
            .reads("bom-utf16le", Some(GOOD))
            .same_as_good(),
        case("bom-utf16be.txt", Make::File(utf16(GOOD, true)))
            .reads("bom-utf16be", Some(GOOD))
            .same_as_good(),
        case("cp1252.txt", Make::File(cp1252(GOOD))).skips("", &hint(utf8_error_at(&cp1252(GOOD)))),
        case(
            "latin1.txt",
            Make::File(b"Caf\xe9 owners said prices rose.".to_vec()),
        )
        .skips("", &hint(3)),
        case("bad-middle.txt", Make::File(bad_middle.clone()))
            .skips("", &hint(utf8_error_at(&bad_middle))),
        case("crlf.txt", Make::File(crlf.clone().into_bytes())).reads("crlf", Some(&crlf)),
        case("lone-cr.txt", Make::File(cr.clone().into_bytes())).reads("lone-cr", Some(&cr)),
        case("quotes.txt", Make::File(quotes.clone().into_bytes())).reads("quotes", Some(&quotes)),
        case("nested.txt", Make::File(nested.clone().into_bytes())).reads("nested", Some(&nested)),
        case("huge-line.jsonl", Make::File(huge_line.into_bytes()))
            .skips(
                ":1",
                "line is 100.0 MiB, over the limit of 16 MiB (see --max-article-mb)",
            )
            .reads("after-huge", Some(GOOD))
            .same_as_good(),
        case("truncated.jsonl", Make::File(truncated.into_bytes()))
            .reads("t1", Some(GOOD))
            .reads("t2", Some("He said it was over."))
            .skips(":3", "JSON cut short (truncated line)"),
        case("types.jsonl", Make::File(types.into_bytes()))
            .skips(":1", "field `text` is not a string")
            .skips(":2", "no `id` field (string or number)")
            .skips(":3", "no `text` (or `body`) field")
            .skips(":4", "line is not a JSON object")
            .skips(
                ":5",
                "malformed JSON (expected `,` or `}` at line 1 column 13)",
            )
            .reads("6", Some("A number id and a body field are fine."))
            .skips(":8", "no `id` field (string or number)"),
        case("embedded.csv", Make::File(csv.as_bytes().to_vec()))
            .reads(
                "c1",
                Some("She said \"yes\"\nand then, after a pause,\n\"no\"."),
            )
            .skips(":5", "row has an empty id")
            .skips(":6", "row has no text column")
            .reads("c4", Some("“Quoted,” he said.")),
        case(
            "crlf.csv",
            Make::File(
                b"id,text\r\nr1,\"Line one\r\nline two.\"\r\n,no id\r\nr3,\"\x93Hi\x94\"\r\n"
                    .to_vec(),
            ),
        )
        .reads("r1", Some("Line one\r\nline two."))
        .skips(":4", "row has an empty id")
        .skips(
            ":5",
            "not valid UTF-8 at byte 0 of field 2; if it is Windows-1252, pass --encoding \
             windows-1252 (or --encoding auto)",
        ),
        {
            let mut c = case("many", Make::ManyFiles(MANY));
            for i in 0..MANY {
                c = c.reads(&format!("tiny{i:06}"), None);
            }
            c
        },
        case("unreadable.txt", Make::Unreadable(GOOD.as_bytes().to_vec())),
        case("link-a.txt", Make::Symlink("link-b.txt")).skips("", "symlink loop"),
        case("link-b.txt", Make::Symlink("link-a.txt")).skips("", "symlink loop"),
        case("loop", Make::DirLinkLoop).skips("/up", "symlink loop"),
    ]
}

/// Build the inputs of the table under `dir`; returns whether files with mode 000 can
/// still be read (tests running as root), which decides the unreadable row.
fn build(dir: &Path, cases: &mut [Case]) -> bool {
    use std::os::unix::fs::{symlink, PermissionsExt};
    let mut unreadable_is_readable = false;
    for c in cases.iter_mut() {
        let path = dir.join(c.name);
        match &c.make {
            Make::File(bytes) => fs::write(&path, bytes).unwrap(),
            Make::ManyFiles(n) => {
                fs::create_dir(&path).unwrap();
                for i in 0..*n {
                    fs::write(path.join(format!("tiny{i:06}.txt")), format!("Tiny {i}.")).unwrap();
                }
            }
            Make::Unreadable(bytes) => {
                fs::write(&path, bytes).unwrap();
                fs::set_permissions(&path, fs::Permissions::from_mode(0o000)).unwrap();
                unreadable_is_readable = fs::read(&path).is_ok();
                if unreadable_is_readable {
                    c.articles.push(article("unreadable", Some(GOOD)));
                    c.same_as_good = true;
                } else {
                    c.skips.push(skip("", "permission denied"));
                }
            }
            Make::Symlink(target) => symlink(target, &path).unwrap(),
            Make::DirLinkLoop => {
                fs::create_dir(&path).unwrap();
                symlink("..", path.join("up")).unwrap();
            }
        }
    }
    unreadable_is_readable
}

fn run(cmd: &mut Command) -> Output {
    let out = cmd.output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{cmd:?} panicked:\n{stderr}");
    out
}

fn describe(cmd: &str, out: &Output) -> String {
    format!(
        "command: {cmd}\nstatus: {}\nstderr:\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    )
}

type Rows = Vec<csv::StringRecord>;

fn rows(stdout: &[u8]) -> (csv::StringRecord, Rows) {
    let mut r = csv::Reader::from_reader(stdout);
    let header = r.headers().unwrap().clone();
    (header, r.records().map(|r| r.unwrap()).collect())
}

fn rows_of<'a>(rows: &'a Rows, id: &str) -> Vec<&'a csv::StringRecord> {
    rows.iter().filter(|r| &r[1] == id).collect()
}

/// The row with article id and claim id prefix replaced by GOOD's, to compare with it.
fn as_good(r: &csv::StringRecord, id: &str) -> Vec<String> {
    r.iter()
        .enumerate()
        .map(|(i, f)| match i {
            0 => f.replacen(id, "good", 1),
            1 => "good".to_string(),
            _ => f.to_string(),
        })
        .collect()
}

/// Every span of the row slices the article text to exactly the column it belongs to.
fn check_spans(header: &csv::StringRecord, r: &csv::StringRecord, text: &str) {
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    for (words, start, end) in [
        ("content", "content_start", "content_end"),
        ("source_mention", "source_start", "source_end"),
        ("cue", "cue_start", "cue_end"),
    ] {
        let (s, e) = (&r[col(start)], &r[col(end)]);
        if s.is_empty() {
            continue;
        }
        let span = Span {
            start: s.parse().unwrap(),
            end: e.parse().unwrap(),
        };
        assert_eq!(
            slice_chars(text, span),
            Some(&r[col(words)]),
            "{words} span {span:?} of row {r:?}"
        );
    }
}

#[test]
fn bad_inputs_are_skipped_with_a_message_and_good_ones_are_untouched() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("in");
    fs::create_dir(&dir).unwrap();
    let good = tmp.path().join("good.txt");
    fs::write(&good, GOOD).unwrap();
    let mut cases = table();
    build(&dir, &mut cases);

    let alone = run(Command::cargo_bin("claimtrail")
        .unwrap()
        .args(["extract", "-q"])
        .arg(&good));
    assert_eq!(
        alone.status.code(),
        Some(0),
        "{}",
        describe("alone", &alone)
    );

    let mut cmd = Command::cargo_bin("claimtrail").unwrap();
    cmd.arg("extract").arg(&good).arg(&dir);
    let out = run(&mut cmd);
    let what = describe(&format!("{cmd:?}"), &out);
    assert_eq!(out.status.code(), Some(1), "{what}");

    // stdout: the good article's rows are exactly those of running it alone.
    let (header, all) = rows(&out.stdout);
    let (_, good_rows) = rows(&alone.stdout);
    assert_eq!(
        rows_of(&all, "good"),
        good_rows.iter().collect::<Vec<_>>(),
        "{what}"
    );

    // stderr: exactly the table's skip messages, and the summary.
    let mut texts: BTreeMap<String, String> = BTreeMap::new();
    texts.insert("good".into(), GOOD.into());
    let mut want: Vec<String> = Vec::new();
    let mut articles = 1;
    for c in &cases {
        let path = dir.join(c.name);
        for (at, msg) in &c.skips {
            want.push(format!("claimtrail: skipped {}{at}: {msg}", path.display()));
        }
        articles += c.articles.len();
        for (id, text) in &c.articles {
            if let Some(t) = text {
                texts.insert(id.clone(), t.clone());
            }
        }
    }
    let skipped = want.len();
    want.push(format!(
        "claimtrail: {articles} articles, {} claim{}, {skipped} skipped",
        all.len(),
        if all.len() == 1 { "" } else { "s" }
    ));
    want.sort();
    let stderr = String::from_utf8_lossy(&out.stderr);
    let mut got: Vec<&str> = stderr.lines().collect();
    got.sort();
    assert_eq!(got, want, "{what}");

    // Each processed article: rows only for articles of the table, offsets that slice the
    // decoded text, and the same rows as GOOD where the input is GOOD in another encoding.
    for r in &all {
        assert!(
            texts.contains_key(&r[1]) || r[1].starts_with("tiny"),
            "row of an unexpected article: {r:?}"
        );
        if let Some(t) = texts.get(&r[1]) {
            check_spans(&header, r, t);
        }
    }
    let good_rows: Vec<Vec<String>> = good_rows.iter().map(|r| as_good(r, "good")).collect();
    for c in cases.iter().filter(|c| c.same_as_good) {
        let (id, _) = c.articles.last().unwrap();
        let got: Vec<Vec<String>> = rows_of(&all, id).iter().map(|r| as_good(r, id)).collect();
        assert_eq!(got, good_rows, "rows of {} ({id})", c.name);
    }
}

/// Windows-1252 and Latin-1 are decoded when `--encoding` names them (or `auto`), and
/// the decoded article gives the same rows as its UTF-8 original.
#[test]
fn single_byte_encodings_are_decoded_when_asked() {
    let tmp = tempfile::tempdir().unwrap();
    let good = tmp.path().join("good.txt");
    fs::write(&good, GOOD).unwrap();
    let old = tmp.path().join("old.txt");
    fs::write(&old, cp1252(GOOD)).unwrap();
    let extract = |enc: &str, path: &PathBuf| {
        let out = run(Command::cargo_bin("claimtrail")
            .unwrap()
            .args(["extract", "-q", "--encoding", enc])
            .arg(path));
        assert_eq!(out.status.code(), Some(0), "{}", describe(enc, &out));
        out.stdout
    };
    let want = String::from_utf8(extract("utf-8", &good))
        .unwrap()
        .replace("good", "old");
    for enc in ["windows-1252", "auto"] {
        assert_eq!(
            String::from_utf8(extract(enc, &old)).unwrap(),
            want,
            "{enc}"
        );
    }
    // Latin-1 maps 0x93/0x94 to C1 controls: not quotes, but read without loss.
    let latin = tmp.path().join("latin.txt");
    fs::write(&latin, b"Caf\xe9 owners said prices rose.\n").unwrap();
    let out = run(Command::cargo_bin("claimtrail")
        .unwrap()
        .args([
            "extract",
            "-q",
            "--format",
            "jsonl",
            "--encoding",
            "latin-1",
        ])
        .arg(&latin));
    assert_eq!(out.status.code(), Some(0), "{}", describe("latin-1", &out));
    for line in String::from_utf8(out.stdout).unwrap().lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        assert!(
            !v["sentence"].as_str().unwrap_or("").contains('\u{FFFD}'),
            "{line}"
        );
    }
}

/// The issue's 100,000 tiny files, in a folder of their own (about 8 s in a debug build).
#[test]
fn many_tiny_files() {
    let tmp = tempfile::tempdir().unwrap();
    let n = 100_000;
    for i in 0..n {
        fs::write(
            tmp.path().join(format!("t{i:06}.txt")),
            format!("Tiny {i}."),
        )
        .unwrap();
    }
    let out = run(Command::cargo_bin("claimtrail")
        .unwrap()
        .args(["extract", "--threads", "2"])
        .arg(tmp.path()));
    let what = describe("extract 100,000 files", &out);
    assert_eq!(out.status.code(), Some(0), "{what}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.starts_with(&format!("claimtrail: {n} articles, ")),
        "{what}"
    );
}
