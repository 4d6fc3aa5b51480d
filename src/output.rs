//! Writing claims: CSV (one row per claim), JSONL and brat standoff.
//!
//! Writers take any `io::Write`, so they are tested on a `Vec<u8>`. Files are written to
//! a temporary name beside the target and renamed when complete ([`AtomicFile`]).

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use serde::Serialize;

use crate::model::{Claim, Span};

/// The CSV header, in order. Kept in one place: the row struct below must match it.
pub const CLAIM_HEADER: [&str; 19] = [
    "claim_id",
    "article_id",
    "date",
    "form",
    "stance",
    "source",
    "source_kind",
    "source_mention",
    "cue",
    "channel",
    "hedged",
    "content",
    "sentence",
    "content_start",
    "content_end",
    "source_start",
    "source_end",
    "cue_start",
    "cue_end",
];

/// One CSV/JSONL row of a claim, in header order.
#[derive(Debug, Serialize)]
pub struct ClaimRow<'a> {
    pub claim_id: &'a str,
    pub article_id: &'a str,
    pub date: &'a str,
    pub form: &'static str,
    pub stance: &'static str,
    pub source: &'a str,
    pub source_kind: &'static str,
    pub source_mention: &'a str,
    pub cue: &'a str,
    pub channel: &'a str,
    pub hedged: bool,
    pub content: &'a str,
    pub sentence: &'a str,
    pub content_start: Option<usize>,
    pub content_end: Option<usize>,
    pub source_start: Option<usize>,
    pub source_end: Option<usize>,
    pub cue_start: Option<usize>,
    pub cue_end: Option<usize>,
}

impl<'a> From<&'a Claim> for ClaimRow<'a> {
    fn from(c: &'a Claim) -> Self {
        let s = |sp: Option<Span>| sp.map(|s| s.start);
        let e = |sp: Option<Span>| sp.map(|s| s.end);
        ClaimRow {
            claim_id: &c.claim_id,
            article_id: &c.article_id,
            date: &c.date,
            form: c.form.as_str(),
            stance: c.stance.as_str(),
            source: &c.source,
            source_kind: c.source_kind.as_str(),
            source_mention: &c.source_mention,
            cue: &c.cue,
            channel: &c.channel,
            hedged: c.hedged,
            content: &c.content,
            sentence: &c.sentence,
            content_start: s(c.content_span),
            content_end: e(c.content_span),
            source_start: s(c.source_span),
            source_end: e(c.source_span),
            cue_start: s(c.cue_span),
            cue_end: e(c.cue_span),
        }
    }
}

/// Output formats of `extract`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Csv,
    Jsonl,
    Brat,
}

/// Writes claims as CSV rows; the header is written on creation.
pub struct CsvClaims<W: Write> {
    w: csv::Writer<W>,
}

impl<W: Write> CsvClaims<W> {
    pub fn new(w: W) -> io::Result<Self> {
        Self::with_bom(w, false)
    }
    /// Like `new`, starting with a UTF-8 byte-order mark when `bom` is set (`--bom`).
    pub fn with_bom(mut w: W, bom: bool) -> io::Result<Self> {
        if bom {
            w.write_all(UTF8_BOM)?;
        }
        let mut w = csv::WriterBuilder::new().has_headers(false).from_writer(w);
        w.write_record(CLAIM_HEADER).map_err(csv_io)?;
        Ok(CsvClaims { w })
    }
    pub fn write(&mut self, c: &Claim) -> io::Result<()> {
        self.w.serialize(ClaimRow::from(c)).map_err(csv_io)
    }
    pub fn finish(self) -> io::Result<W> {
        self.w.into_inner().map_err(|e| e.into_error())
    }
}

/// Turn a csv error into an io error, keeping broken pipes recognisable.
pub fn csv_io(e: csv::Error) -> io::Error {
    match e.into_kind() {
        csv::ErrorKind::Io(e) => e,
        other => io::Error::other(format!("{other:?}")),
    }
}

/// Write one claim as a JSON line.
pub fn write_jsonl<W: Write>(w: &mut W, c: &Claim) -> io::Result<()> {
    serde_json::to_writer(&mut *w, &ClaimRow::from(c)).map_err(io::Error::other)?;
    w.write_all(b"\n")
}

/// Write the claims of one article as brat standoff (the layout of PolNeAR's
/// `attributions/*.ann`): Source, Cue, Content and Attribution text-bound
/// annotations, and one `E` line per attributed claim. Unattributed and headline
/// claims are left out: brat's attribution scheme has no place for them.
pub fn write_brat<W: Write>(w: &mut W, text: &str, claims: &[&Claim]) -> io::Result<()> {
    let mut t = 0usize;
    let mut e = 0usize;
    // A discontinuous span is written as brat writes it: `START END;START END`, its words
    // the pieces joined by a space.
    let mut tb = |w: &mut W, kind: &str, pieces: &[Span]| -> io::Result<String> {
        t += 1;
        let offsets: Vec<String> = pieces
            .iter()
            .map(|sp| format!("{} {}", sp.start, sp.end))
            .collect();
        let words: Vec<String> = pieces
            .iter()
            .map(|&sp| {
                crate::text::slice_chars(text, sp)
                    .unwrap_or("")
                    .replace(['\n', '\r'], " ")
            })
            .collect();
        writeln!(w, "T{t}\t{kind} {}\t{}", offsets.join(";"), words.join(" "))?;
        Ok(format!("T{t}"))
    };
    for c in claims.iter().filter(|c| c.form.is_attributed()) {
        let Some(content) = c.content_span else {
            continue;
        };
        let content_t = tb(w, "Content", &c.content_pieces())?;
        let cue_sp = c.cue_span.unwrap_or(content);
        let cue_t = c.cue_span.map(|sp| tb(w, "Cue", &[sp])).transpose()?;
        let src_t = c.source_span.map(|sp| tb(w, "Source", &[sp])).transpose()?;
        let attr_t = tb(w, "Attribution", &[cue_sp])?;
        e += 1;
        write!(w, "E{e}\tAttribution:{attr_t} Content:{content_t}")?;
        if let Some(x) = cue_t {
            write!(w, " Cue:{x}")?;
        }
        if let Some(x) = src_t {
            write!(w, " Source:{x}")?;
        }
        writeln!(w)?;
    }
    Ok(())
}

/// The UTF-8 byte-order mark, written first by `--bom`.
pub const UTF8_BOM: &[u8] = "\u{feff}".as_bytes();

/// Temporary files being written, removed by [`remove_temp_files`] when the run is
/// interrupted (Ctrl-C, SIGTERM).
static TEMP_FILES: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

fn temp_files() -> std::sync::MutexGuard<'static, Vec<PathBuf>> {
    // A panic while the lock was held leaves the list usable.
    TEMP_FILES.lock().unwrap_or_else(|e| e.into_inner())
}

/// Remove every temporary file still being written. Called from the interrupt handler,
/// so an interrupted run leaves no half-written output behind.
pub fn remove_temp_files() {
    for tmp in temp_files().drain(..) {
        let _ = fs::remove_file(tmp);
    }
}

fn forget_temp_file(tmp: &Path) {
    temp_files().retain(|p| p != tmp);
}

/// A file written under a temporary name and renamed over the target on `commit`.
/// Dropped without `commit`, it removes the temporary file: a failed run leaves no
/// half-written output. While it is open its name is listed for [`remove_temp_files`].
pub struct AtomicFile {
    tmp: PathBuf,
    target: PathBuf,
    file: Option<io::BufWriter<fs::File>>,
}

impl AtomicFile {
    pub fn create(target: &Path) -> io::Result<Self> {
        let dir = target
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let name = target
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let tmp = dir.join(format!(".{name}.claimtrail-{}.tmp", std::process::id()));
        // Listed before it exists, so an interrupt at any moment finds it.
        temp_files().push(tmp.clone());
        let file = match fs::File::create(&tmp) {
            Ok(f) => f,
            Err(e) => {
                forget_temp_file(&tmp);
                return Err(e);
            }
        };
        Ok(AtomicFile {
            tmp,
            target: target.to_path_buf(),
            file: Some(io::BufWriter::new(file)),
        })
    }

    pub fn commit(mut self) -> io::Result<()> {
        if let Some(f) = self.file.take() {
            let f = f.into_inner().map_err(|e| e.into_error())?;
            f.sync_all()?;
        }
        let r = fs::rename(&self.tmp, &self.target);
        if r.is_err() {
            let _ = fs::remove_file(&self.tmp);
        }
        forget_temp_file(&self.tmp);
        r
    }

    fn file(&mut self) -> io::Result<&mut io::BufWriter<fs::File>> {
        self.file
            .as_mut()
            .ok_or_else(|| io::Error::other("AtomicFile written after commit"))
    }
}

impl Write for AtomicFile {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.file()?.write(buf)
    }
    fn flush(&mut self) -> io::Result<()> {
        self.file()?.flush()
    }
}

impl Drop for AtomicFile {
    fn drop(&mut self) {
        if self.file.take().is_some() {
            let _ = fs::remove_file(&self.tmp);
            forget_temp_file(&self.tmp);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn atomic_file_appears_only_on_commit() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("out.csv");
        let mut f = AtomicFile::create(&target).unwrap();
        f.write_all(b"a,b\n").unwrap();
        assert!(!target.exists());
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
        f.commit().unwrap();
        assert_eq!(fs::read(&target).unwrap(), b"a,b\n");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);

        // Dropped or interrupted: nothing is left.
        let other = dir.path().join("other.csv");
        drop(AtomicFile::create(&other).unwrap());
        let mut f = AtomicFile::create(&other).unwrap();
        f.write_all(b"partial").unwrap();
        remove_temp_files();
        let names: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, ["out.csv"]);
    }

    #[test]
    fn csv_with_bom_starts_with_the_mark() {
        let csv = CsvClaims::with_bom(Vec::new(), true).unwrap();
        let bytes = csv.finish().unwrap();
        assert!(bytes.starts_with(b"\xEF\xBB\xBFclaim_id,article_id,"));
        let csv = CsvClaims::with_bom(Vec::new(), false).unwrap();
        assert!(csv.finish().unwrap().starts_with(b"claim_id,"));
    }
}
