//! Reading articles from files, folders, JSONL, CSV and standard input.
//!
//! Inputs are read lazily, one file at a time, and JSONL and CSV one line or row at a
//! time, so memory stays flat however large the batch. Every problem becomes an
//! [`InputError`] that names the file (and line); the caller reports it and carries on.
//!
//! # Encodings
//! A byte-order mark decides: UTF-8 (dropped), UTF-16 LE or BE (decoded). Without one,
//! text is read as UTF-8 unless [`Encoding`] asks for Windows-1252, Latin-1 or `auto`
//! (UTF-8 when valid, else Windows-1252). Text that is not valid UTF-8 is never guessed at
//! silently: it is skipped with a message that says how to ask. Every offset claimtrail
//! writes counts characters of the **decoded** text (after the byte-order mark), and line
//! ends (CRLF, lone CR) are kept as they are.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::fs;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::str::FromStr;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use crate::model::Article;

/// Largest article read by default, in MiB (a news article is rarely over 100 KiB).
pub const DEFAULT_MAX_ARTICLE_MB: u64 = 16;

/// How bytes without a byte-order mark are decoded.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Encoding {
    /// UTF-8; anything else is skipped with a message.
    #[default]
    #[value(name = "utf-8", alias = "utf8")]
    Utf8,
    /// Windows-1252 (curly quotes as 0x93/0x94), the usual encoding of old scraped pages.
    #[value(name = "windows-1252", alias = "cp1252")]
    Windows1252,
    /// ISO-8859-1: every byte is the character with the same number.
    #[value(name = "latin-1", alias = "iso-8859-1")]
    Latin1,
    /// UTF-8 when the text is valid UTF-8, else Windows-1252.
    Auto,
}

/// How an input is parsed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum InputFormat {
    /// By extension; standard input is JSONL when its first non-blank byte is `{`, else text.
    #[default]
    Auto,
    /// One article per file.
    Text,
    /// One JSON object per line.
    Jsonl,
    /// One article per row.
    Csv,
}

/// `--shard K/N`: keep the articles whose id hashes (FNV-1a 64) to `K-1` modulo `N`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shard {
    /// 0-based: `K-1`.
    pub index: u64,
    pub count: u64,
}

impl Shard {
    /// Does this shard keep the article with this id?
    pub fn keeps(&self, id: &str) -> bool {
        fnv1a64(id.as_bytes()) % self.count == self.index
    }
}

impl FromStr for Shard {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = || format!("`{s}` is not K/N with 1 <= K <= N (e.g. 3/8)");
        let (k, n) = s.split_once('/').ok_or_else(bad)?;
        let k: u64 = k.trim().parse().map_err(|_| bad())?;
        let n: u64 = n.trim().parse().map_err(|_| bad())?;
        if k == 0 || n == 0 || k > n {
            return Err(bad());
        }
        Ok(Shard {
            index: k - 1,
            count: n,
        })
    }
}

/// FNV-1a, 64 bits: a stable hash (same on every machine and version) for `--shard`.
pub fn fnv1a64(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// Options for reading inputs.
#[derive(Debug, Clone)]
pub struct IngestOptions {
    /// CSV column holding the article id.
    pub id_column: String,
    /// CSV column holding the article text.
    pub text_column: String,
    pub encoding: Encoding,
    pub format: InputFormat,
    pub shard: Option<Shard>,
    /// Articles (files, JSONL lines, CSV fields) longer than this many bytes are skipped.
    pub max_article_bytes: u64,
}

impl Default for IngestOptions {
    fn default() -> Self {
        IngestOptions {
            id_column: "id".into(),
            text_column: "text".into(),
            encoding: Encoding::Utf8,
            format: InputFormat::Auto,
            shard: None,
            max_article_bytes: DEFAULT_MAX_ARTICLE_MB << 20,
        }
    }
}

/// Something in the input that could not be read as an article.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{origin}: {message}")]
pub struct InputError {
    /// `path` or `path:line`.
    pub origin: String,
    pub message: String,
}

impl InputError {
    pub fn new(origin: impl Into<String>, message: impl Into<String>) -> Self {
        InputError {
            origin: origin.into(),
            message: message.into(),
        }
    }
}

fn kind_of(path: &Path) -> Option<InputFormat> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    match ext.as_str() {
        "txt" | "md" => Some(InputFormat::Text),
        "jsonl" | "ndjson" => Some(InputFormat::Jsonl),
        "csv" => Some(InputFormat::Csv),
        _ => None,
    }
}

/// Expand the given paths into the list of article files, in a stable order
/// (folders are walked recursively and sorted by name). Problems are returned too.
pub fn expand_paths(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<InputError>) {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for p in paths {
        if p.as_os_str() == "-" {
            files.push(p.clone());
            continue;
        }
        match fs::metadata(p) {
            Err(e) => errors.push(InputError::new(p.display().to_string(), io_message(&e))),
            Ok(m) if m.is_dir() => {
                let before = files.len();
                walk(p, &mut files, &mut errors, &mut Vec::new());
                if files.len() == before {
                    errors.push(InputError::new(
                        p.display().to_string(),
                        "folder holds no articles (.txt, .md, .jsonl, .ndjson, .csv)",
                    ));
                }
            }
            Ok(_) => files.push(p.clone()),
        }
    }
    (files, errors)
}

fn walk(
    dir: &Path,
    files: &mut Vec<PathBuf>,
    errors: &mut Vec<InputError>,
    seen: &mut Vec<PathBuf>,
) {
    // Guard against symlink loops: never enter the same canonical folder twice.
    if let Ok(canon) = fs::canonicalize(dir) {
        if seen.contains(&canon) {
            errors.push(InputError::new(dir.display().to_string(), "symlink loop"));
            return;
        }
        seen.push(canon);
    }
    let rd = match fs::read_dir(dir) {
        Ok(rd) => rd,
        Err(e) => {
            errors.push(InputError::new(dir.display().to_string(), io_message(&e)));
            return;
        }
    };
    let mut entries: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for path in entries {
        match fs::metadata(&path) {
            Ok(m) if m.is_dir() => walk(&path, files, errors, seen),
            Ok(_) => {
                if kind_of(&path).is_some() {
                    files.push(path);
                }
            }
            Err(e) => errors.push(InputError::new(path.display().to_string(), io_message(&e))),
        }
    }
    seen.pop();
}

fn io_message(e: &io::Error) -> String {
    const ELOOP: i32 = 40; // Linux; other systems fall through to the OS text.
    match e.kind() {
        io::ErrorKind::NotFound => "no such file or folder".into(),
        io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ if cfg!(target_os = "linux") && e.raw_os_error() == Some(ELOOP) => "symlink loop".into(),
        _ => e.to_string(),
    }
}

const UTF8_BOM: &[u8] = &[0xEF, 0xBB, 0xBF];
const UTF16LE_BOM: &[u8] = &[0xFF, 0xFE];
const UTF16BE_BOM: &[u8] = &[0xFE, 0xFF];

/// The byte-order mark at the start of `bytes`, if any.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Bom {
    Utf8,
    Utf16Le,
    Utf16Be,
}

fn sniff_bom(bytes: &[u8]) -> Option<Bom> {
    if bytes.starts_with(UTF8_BOM) {
        Some(Bom::Utf8)
    } else if bytes.starts_with(UTF16LE_BOM) {
        Some(Bom::Utf16Le)
    } else if bytes.starts_with(UTF16BE_BOM) {
        Some(Bom::Utf16Be)
    } else {
        None
    }
}

/// The message for bytes that are not UTF-8, saying how to ask for another encoding.
/// `place` follows the byte offset: "" for a file, " of the line", " of field 2".
fn not_utf8(at: usize, place: &str) -> String {
    format!(
        "not valid UTF-8 at byte {at}{place}; if it is Windows-1252, pass --encoding windows-1252 \
         (or --encoding auto)"
    )
}

/// Windows-1252 characters of bytes 0x80–0x9F (the five undefined ones map to the C1
/// controls, as browsers do).
const CP1252_HIGH: [char; 32] = [
    '\u{20AC}', '\u{0081}', '\u{201A}', '\u{0192}', '\u{201E}', '\u{2026}', '\u{2020}', '\u{2021}',
    '\u{02C6}', '\u{2030}', '\u{0160}', '\u{2039}', '\u{0152}', '\u{008D}', '\u{017D}', '\u{008F}',
    '\u{0090}', '\u{2018}', '\u{2019}', '\u{201C}', '\u{201D}', '\u{2022}', '\u{2013}', '\u{2014}',
    '\u{02DC}', '\u{2122}', '\u{0161}', '\u{203A}', '\u{0153}', '\u{009D}', '\u{017E}', '\u{0178}',
];

/// Decode Windows-1252 bytes.
pub fn decode_windows_1252(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|&b| match b {
            0x80..=0x9F => CP1252_HIGH[usize::from(b - 0x80)],
            _ => char::from(b),
        })
        .collect()
}

/// Decode Latin-1 (ISO-8859-1) bytes: byte n is U+00n.
pub fn decode_latin_1(bytes: &[u8]) -> String {
    bytes.iter().map(|&b| char::from(b)).collect()
}

/// Decode UTF-16 (no byte-order mark); `base` is the byte offset of `bytes` in the file,
/// for the message.
fn decode_utf16(bytes: &[u8], big_endian: bool, base: usize) -> Result<String, String> {
    if bytes.len() % 2 == 1 {
        return Err(format!(
            "UTF-16 text with an odd number of bytes ({})",
            bytes.len() + base
        ));
    }
    let units = bytes.chunks_exact(2).map(|p| {
        if big_endian {
            u16::from_be_bytes([p[0], p[1]])
        } else {
            u16::from_le_bytes([p[0], p[1]])
        }
    });
    let mut out = String::with_capacity(bytes.len() / 2);
    let mut at = base;
    for c in char::decode_utf16(units) {
        match c {
            Ok(c) => {
                at += c.len_utf16() * 2;
                out.push(c);
            }
            Err(_) => return Err(format!("invalid UTF-16 (lone surrogate) at byte {at}")),
        }
    }
    Ok(out)
}

/// Decode bytes that carry no byte-order mark with the asked encoding. `base` is the
/// byte offset of `bytes` in the file, for the message.
fn decode_plain(bytes: Vec<u8>, enc: Encoding, base: usize, place: &str) -> Result<String, String> {
    match enc {
        Encoding::Windows1252 => Ok(decode_windows_1252(&bytes)),
        Encoding::Latin1 => Ok(decode_latin_1(&bytes)),
        Encoding::Utf8 => String::from_utf8(bytes)
            .map_err(|e| not_utf8(base + e.utf8_error().valid_up_to(), place)),
        Encoding::Auto => String::from_utf8(bytes).or_else(|e| {
            let bytes = e.into_bytes();
            Ok(decode_windows_1252(&bytes))
        }),
    }
}

/// Decode the raw bytes of a whole file. A byte-order mark decides the encoding and is
/// dropped (offsets count from the first character after it); without one, `enc` does.
pub fn decode(bytes: Vec<u8>, origin: &str, enc: Encoding) -> Result<String, InputError> {
    let err = |m: String| InputError::new(origin, m);
    if bytes.is_empty() {
        return Err(err("empty file".into()));
    }
    match sniff_bom(&bytes) {
        Some(Bom::Utf16Le) => decode_utf16(&bytes[2..], false, 2).map_err(err),
        Some(Bom::Utf16Be) => decode_utf16(&bytes[2..], true, 2).map_err(err),
        Some(Bom::Utf8) => String::from_utf8(bytes[3..].to_vec())
            .map_err(|e| err(not_utf8(3 + e.utf8_error().valid_up_to(), ""))),
        None => {
            if let Some(at) = memchr::memchr(0, &bytes) {
                return Err(err(format!("binary file (NUL byte at {at})")));
            }
            decode_plain(bytes, enc, 0, "").map_err(err)
        }
    }
}

/// Counts the bytes read through it, for the progress bar.
struct Counting<R> {
    inner: R,
    count: Arc<AtomicU64>,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.count.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

/// Turns a UTF-16 byte stream into UTF-8, a chunk at a time. A lone surrogate ends the
/// stream with an `InvalidData` error.
struct Utf16Reader<R> {
    inner: R,
    big_endian: bool,
    /// Decoded UTF-8 not handed out yet.
    out: Vec<u8>,
    out_pos: usize,
    /// A byte of an unfinished code unit, a high surrogate waiting for its pair.
    odd: Option<u8>,
    high: Option<u16>,
    /// Bytes consumed so far (the BOM included), for the message.
    at: usize,
    failed: bool,
}

impl<R: Read> Utf16Reader<R> {
    fn new(inner: R, big_endian: bool) -> Self {
        Utf16Reader {
            inner,
            big_endian,
            out: Vec::new(),
            out_pos: 0,
            odd: None,
            high: None,
            at: 2,
            failed: false,
        }
    }

    fn unit(&self, a: u8, b: u8) -> u16 {
        if self.big_endian {
            u16::from_be_bytes([a, b])
        } else {
            u16::from_le_bytes([a, b])
        }
    }

    /// Read and decode the next chunk; false at the end of the input.
    fn refill(&mut self) -> io::Result<bool> {
        let mut raw = [0u8; 8192];
        let n = self.inner.read(&mut raw)?;
        self.out.clear();
        self.out_pos = 0;
        if n == 0 {
            if self.odd.is_some() || self.high.is_some() {
                return Err(self.bad("UTF-16 text cut short"));
            }
            return Ok(false);
        }
        let mut bytes = raw[..n].iter().copied();
        let mut buf = [0u8; 4];
        loop {
            let (a, b) = match self.odd.take() {
                Some(a) => match bytes.next() {
                    Some(b) => (a, b),
                    None => {
                        self.odd = Some(a);
                        break;
                    }
                },
                None => match (bytes.next(), bytes.next()) {
                    (Some(a), Some(b)) => (a, b),
                    (Some(a), None) => {
                        self.odd = Some(a);
                        break;
                    }
                    _ => break,
                },
            };
            let u = self.unit(a, b);
            let c = match (self.high.take(), u) {
                (None, 0xD800..=0xDBFF) => {
                    self.high = Some(u);
                    self.at += 2;
                    continue;
                }
                (Some(h), 0xDC00..=0xDFFF) => char::from_u32(
                    0x10000 + ((u32::from(h) - 0xD800) << 10) + (u32::from(u) - 0xDC00),
                ),
                (None, 0xDC00..=0xDFFF) | (Some(_), _) => None,
                (None, u) => char::from_u32(u32::from(u)),
            };
            let Some(c) = c else {
                return Err(self.bad("invalid UTF-16 (lone surrogate)"));
            };
            self.at += 2;
            self.out
                .extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
        }
        Ok(true)
    }

    fn bad(&mut self, what: &str) -> io::Error {
        self.failed = true;
        io::Error::new(
            io::ErrorKind::InvalidData,
            format!("{what} at byte {}, rest of file skipped", self.at),
        )
    }
}

impl<R: Read> Read for Utf16Reader<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        while self.out_pos == self.out.len() {
            if self.failed || !self.refill()? {
                return Ok(0);
            }
        }
        let n = buf.len().min(self.out.len() - self.out_pos);
        buf[..n].copy_from_slice(&self.out[self.out_pos..self.out_pos + n]);
        self.out_pos += n;
        Ok(n)
    }
}

/// Articles (or the reasons they could not be read), in input order.
pub type ArticleIter = Box<dyn Iterator<Item = Result<Article, InputError>>>;

/// Articles read from the inputs, one at a time, with errors in line.
pub struct Inputs {
    files: std::vec::IntoIter<PathBuf>,
    pending_errors: std::vec::IntoIter<InputError>,
    current: Option<ArticleIter>,
    opts: IngestOptions,
    progress: Progress,
}

/// How far reading has got: shared with a progress bar.
#[derive(Debug, Clone, Default)]
pub struct Progress {
    /// Bytes read so far.
    pub bytes: Arc<AtomicU64>,
    /// Files opened so far.
    pub files: Arc<AtomicU64>,
    /// Total size of the input files (standard input counts nothing).
    pub total_bytes: u64,
    pub total_files: u64,
}

/// Read every article of the given paths, lazily, in a stable order.
pub fn read_inputs(paths: &[PathBuf], opts: &IngestOptions) -> Inputs {
    let (files, errors) = expand_paths(paths);
    let total_bytes = files
        .iter()
        .filter(|p| p.as_os_str() != "-")
        .filter_map(|p| fs::metadata(p).ok())
        .map(|m| m.len())
        .sum();
    Inputs {
        progress: Progress {
            total_files: files.len() as u64,
            total_bytes,
            ..Progress::default()
        },
        files: files.into_iter(),
        pending_errors: errors.into_iter(),
        current: None,
        opts: opts.clone(),
    }
}

impl Inputs {
    /// Counters of how much has been read, for a progress bar.
    pub fn progress(&self) -> Progress {
        self.progress.clone()
    }
}

impl Iterator for Inputs {
    type Item = Result<Article, InputError>;

    fn next(&mut self) -> Option<Self::Item> {
        if let Some(e) = self.pending_errors.next() {
            return Some(Err(e));
        }
        loop {
            if let Some(cur) = &mut self.current {
                match cur.next() {
                    Some(Ok(a)) if self.opts.shard.is_some_and(|s| !s.keeps(&a.id)) => continue,
                    Some(item) => return Some(item),
                    None => self.current = None,
                }
            }
            let path = self.files.next()?;
            self.progress.files.fetch_add(1, Ordering::Relaxed);
            self.current = Some(open_file(&path, &self.opts, &self.progress.bytes));
        }
    }
}

fn once_err(origin: impl Into<String>, message: impl Into<String>) -> ArticleIter {
    Box::new(std::iter::once(Err(InputError::new(origin, message))))
}

fn too_large(len: u64, max: u64) -> String {
    format!(
        "{:.1} MiB, over the limit of {} MiB (see --max-article-mb)",
        len as f64 / (1u64 << 20) as f64,
        max >> 20
    )
}

fn open_file(path: &Path, opts: &IngestOptions, count: &Arc<AtomicU64>) -> ArticleIter {
    let stdin = path.as_os_str() == "-";
    let origin = if stdin {
        "<stdin>".to_string()
    } else {
        path.display().to_string()
    };
    let raw: Box<dyn Read> = if stdin {
        Box::new(io::stdin())
    } else {
        match fs::File::open(path) {
            Ok(f) => Box::new(f),
            Err(e) => return once_err(origin, io_message(&e)),
        }
    };
    let raw = Box::new(Counting {
        inner: raw,
        count: Arc::clone(count),
    });
    let (format, id) = if stdin {
        (opts.format, "stdin".to_string())
    } else {
        let format = match opts.format {
            InputFormat::Auto => kind_of(path).unwrap_or(InputFormat::Text),
            f => f,
        };
        let id = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        (format, id)
    };
    read_stream(raw, origin, id, format, opts)
}

/// The articles of one stream (a file's bytes, standard input, a buffer): one article
/// with id `text_id` for [`InputFormat::Text`], one per line or row for JSONL and CSV.
/// [`InputFormat::Auto`] looks at the first bytes: JSONL when the first non-blank byte is
/// `{`, else text. `origin` names the stream in messages. `opts.format` is not used.
pub fn read_stream(
    raw: Box<dyn Read>,
    origin: String,
    text_id: String,
    format: InputFormat,
    opts: &IngestOptions,
) -> ArticleIter {
    // A text file is read whole, byte-order mark and all (`decode` reads it): no buffer of
    // its own, whose first fill would clear 64 KiB for a file of a few.
    if format == InputFormat::Text {
        return Box::new(std::iter::once(read_text(raw, text_id, origin, opts)));
    }
    let mut reader = BufReader::with_capacity(64 * 1024, raw);
    // Look at the first bytes: the byte-order mark, and for standard input the format.
    let head = match reader.fill_buf() {
        Ok(h) => h.to_vec(),
        Err(e) => return once_err(origin, io_message(&e)),
    };
    let format = match format {
        InputFormat::Auto => {
            // Past a byte-order mark; NUL bytes are the other half of UTF-16 units.
            let bom_len = match sniff_bom(&head) {
                Some(Bom::Utf8) => 3,
                Some(_) => 2,
                None => 0,
            };
            let first = head[bom_len..]
                .iter()
                .find(|&&b| !b.is_ascii_whitespace() && (b != 0 || bom_len != 2));
            if first == Some(&b'{') {
                InputFormat::Jsonl
            } else {
                InputFormat::Text
            }
        }
        f => f,
    };
    if format == InputFormat::Text {
        return Box::new(std::iter::once(read_text(reader, text_id, origin, opts)));
    }
    // Streams: a byte-order mark decides the encoding of the whole stream.
    let bom = sniff_bom(&head);
    let (stream, enc): (Box<dyn BufRead>, Encoding) = match bom {
        Some(Bom::Utf8) => {
            reader.consume(3);
            (Box::new(reader), Encoding::Utf8)
        }
        Some(b @ (Bom::Utf16Le | Bom::Utf16Be)) => {
            reader.consume(2);
            let r = Utf16Reader::new(reader, b == Bom::Utf16Be);
            (Box::new(BufReader::new(r)), Encoding::Utf8)
        }
        None => (Box::new(reader), opts.encoding),
    };
    match format {
        InputFormat::Csv => csv_articles(stream, origin, enc, opts),
        _ => Box::new(jsonl_articles(stream, origin, enc, opts.max_article_bytes)),
    }
}

/// One whole file (or standard input) as one article.
fn read_text(
    reader: impl Read,
    id: String,
    origin: String,
    opts: &IngestOptions,
) -> Result<Article, InputError> {
    let max = opts.max_article_bytes;
    let mut bytes = Vec::new();
    // Read one byte over the limit to tell "at the limit" from "over it".
    let mut limited = reader.take(max.saturating_add(1));
    if let Err(e) = limited.read_to_end(&mut bytes) {
        return Err(InputError::new(origin, io_message(&e)));
    }
    if bytes.len() as u64 > max {
        // Drain the rest to report the size (and not leave a writer on stdin blocked).
        let rest = io::copy(&mut limited.into_inner(), &mut io::sink()).unwrap_or(0);
        return Err(InputError::new(
            origin,
            format!("file is {}", too_large(bytes.len() as u64 + rest, max)),
        ));
    }
    let text = decode(bytes, &origin, opts.encoding)?;
    if text.trim().is_empty() {
        return Err(InputError::new(origin, "file holds only white space"));
    }
    Ok(Article {
        id,
        text,
        origin,
        ..Article::default()
    })
}

fn json_str(v: &serde_json::Value, key: &str) -> Option<String> {
    match v.get(key)? {
        serde_json::Value::String(s) => Some(s.clone()),
        serde_json::Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// What reading one line gave.
enum Line {
    /// A line (without its `\n`) is in the buffer.
    Read,
    /// The line was longer than the limit: this many bytes, passed over.
    TooLong(u64),
    End,
}

/// Read one line into `buf`, holding at most `max` bytes of it: a longer line is passed
/// over without being stored, so a 10 GB line costs no memory.
fn read_line_capped(r: &mut dyn BufRead, buf: &mut Vec<u8>, max: u64) -> io::Result<Line> {
    buf.clear();
    let mut len: u64 = 0;
    let mut any = false;
    loop {
        let avail = match r.fill_buf() {
            Ok(a) => a,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if avail.is_empty() {
            break;
        }
        any = true;
        let (chunk, done) = match memchr::memchr(b'\n', avail) {
            Some(i) => (&avail[..i], Some(i + 1)),
            None => (avail, None),
        };
        len += chunk.len() as u64;
        if len <= max {
            buf.extend_from_slice(chunk);
        }
        let used = done.unwrap_or(chunk.len());
        r.consume(used);
        if done.is_some() {
            break;
        }
    }
    Ok(match (any, len > max) {
        (false, _) => Line::End,
        (true, true) => {
            buf.clear();
            Line::TooLong(len)
        }
        (true, false) => Line::Read,
    })
}

/// One article per JSONL line: `id` and `text` (or `body`), optional `title`, `date`,
/// `outlet`, `url`. Blank lines are passed over. Lines are read one at a time.
fn jsonl_articles(
    mut reader: Box<dyn BufRead>,
    origin: String,
    enc: Encoding,
    max: u64,
) -> impl Iterator<Item = Result<Article, InputError>> {
    let mut n = 0usize;
    let mut buf = Vec::new();
    let mut ended = false;
    std::iter::from_fn(move || loop {
        if ended {
            return None;
        }
        let read = read_line_capped(&mut *reader, &mut buf, max);
        n += 1;
        let at = format!("{origin}:{n}");
        match read {
            Err(e) => {
                ended = true;
                return Some(Err(InputError::new(at, io_message(&e))));
            }
            Ok(Line::End) => return None,
            Ok(Line::TooLong(len)) => {
                return Some(Err(InputError::new(
                    at,
                    format!("line is {}", too_large(len, max)),
                )))
            }
            Ok(Line::Read) => {}
        }
        if buf.last() == Some(&b'\r') {
            buf.pop();
        }
        if buf.iter().all(|b| b.is_ascii_whitespace()) {
            continue;
        }
        return Some(jsonl_article(std::mem::take(&mut buf), at, enc));
    })
}

fn jsonl_article(raw: Vec<u8>, at: String, enc: Encoding) -> Result<Article, InputError> {
    let err = |m: &str| Err(InputError::new(at.clone(), m));
    let line = decode_plain(raw, enc, 0, " of the line").map_err(|m| InputError::new(&at, m))?;
    let v: serde_json::Value = match serde_json::from_str(&line) {
        Ok(v) => v,
        Err(e) if e.is_eof() => return err("JSON cut short (truncated line)"),
        Err(e) => return Err(InputError::new(&at, format!("malformed JSON ({e})"))),
    };
    if !v.is_object() {
        return err("line is not a JSON object");
    }
    let text = match v.get("text").or_else(|| v.get("body")) {
        Some(serde_json::Value::String(s)) => s.clone(),
        Some(_) => return err("field `text` is not a string"),
        None => return err("no `text` (or `body`) field"),
    };
    let id = match json_str(&v, "id") {
        Some(id) if !id.is_empty() => id,
        _ => return err("no `id` field (string or number)"),
    };
    Ok(Article {
        id,
        text,
        title: json_str(&v, "title"),
        date: json_str(&v, "date"),
        outlet: json_str(&v, "outlet"),
        url: json_str(&v, "url"),
        origin: at,
    })
}

/// Records the byte offsets of the line feeds read through it, so CSV records can be
/// given their line numbers (the csv crate's own count is one short after CRLF).
struct NewlineTracker<R> {
    inner: R,
    pos: u64,
    newlines: Rc<RefCell<VecDeque<u64>>>,
}

impl<R: Read> Read for NewlineTracker<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        let mut q = self.newlines.borrow_mut();
        q.extend(memchr::memchr_iter(b'\n', &buf[..n]).map(|i| self.pos + i as u64));
        self.pos += n as u64;
        Ok(n)
    }
}

/// Line numbers of byte offsets, asked in increasing order; line feeds already passed
/// are dropped, so memory stays bounded by the read-ahead.
struct LineOf {
    newlines: Rc<RefCell<VecDeque<u64>>>,
    passed: u64,
}

impl LineOf {
    /// The line (from 1) of a record starting at byte `at`. A record that the csv crate
    /// starts on the `\n` of a CRLF belongs to the next line, hence `<=`.
    fn at(&mut self, at: u64) -> u64 {
        let mut q = self.newlines.borrow_mut();
        while q.front().is_some_and(|&nl| nl <= at) {
            q.pop_front();
            self.passed += 1;
        }
        self.passed + 1
    }
}

/// One article per CSV row, with the id and text columns named by the options.
fn csv_articles(
    reader: Box<dyn BufRead>,
    origin: String,
    enc: Encoding,
    opts: &IngestOptions,
) -> ArticleIter {
    let max = opts.max_article_bytes;
    let newlines = Rc::new(RefCell::new(VecDeque::new()));
    let reader = NewlineTracker {
        inner: reader,
        pos: 0,
        newlines: Rc::clone(&newlines),
    };
    let mut lines = LineOf {
        newlines,
        passed: 0,
    };
    let mut rdr = csv::ReaderBuilder::new().flexible(true).from_reader(reader);
    let headers = match rdr.byte_headers() {
        Ok(h) => h.clone(),
        Err(e) => return once_err(origin, format!("unreadable CSV header: {e}")),
    };
    let headers: Vec<String> = match headers
        .iter()
        .map(|h| decode_plain(h.to_vec(), enc, 0, " of a header field"))
        .collect()
    {
        Ok(h) => h,
        Err(m) => return once_err(origin, m),
    };
    let col = |name: &str| headers.iter().position(|h| h.trim() == name);
    let (Some(id_col), Some(text_col)) = (col(&opts.id_column), col(&opts.text_column)) else {
        let missing: Vec<&str> = [&opts.id_column, &opts.text_column]
            .into_iter()
            .filter(|c| col(c).is_none())
            .map(|s| s.as_str())
            .collect();
        return once_err(
            origin,
            format!(
                "CSV has no column {} (see --id-column, --text-column)",
                missing.join(", ")
            ),
        );
    };
    let extra = ["title", "date", "outlet", "url"].map(col);
    let mut records = rdr.into_byte_records();
    Box::new(std::iter::from_fn(move || {
        let rec = records.next()?;
        Some(match rec {
            Err(e) => {
                let line = e.position().map(|p| lines.at(p.byte())).unwrap_or(0);
                Err(InputError::new(
                    format!("{origin}:{line}"),
                    format!("malformed CSV row ({e})"),
                ))
            }
            Ok(r) => {
                let line = r.position().map(|p| lines.at(p.byte())).unwrap_or(0);
                csv_article(
                    &r,
                    format!("{origin}:{line}"),
                    enc,
                    max,
                    id_col,
                    text_col,
                    extra,
                )
            }
        })
    }))
}

fn csv_article(
    r: &csv::ByteRecord,
    at: String,
    enc: Encoding,
    max: u64,
    id_col: usize,
    text_col: usize,
    extra: [Option<usize>; 4],
) -> Result<Article, InputError> {
    let field = |i: usize| -> Result<Option<String>, InputError> {
        r.get(i)
            .map(|b| decode_plain(b.to_vec(), enc, 0, &format!(" of field {}", i + 1)))
            .transpose()
            .map_err(|m| InputError::new(&at, m))
    };
    let opt = |i: Option<usize>| -> Result<Option<String>, InputError> {
        Ok(i.map(field)
            .transpose()?
            .flatten()
            .filter(|s| !s.is_empty()))
    };
    if let Some(t) = r.get(text_col).filter(|t| t.len() as u64 > max) {
        return Err(InputError::new(
            &at,
            format!("text is {}", too_large(t.len() as u64, max)),
        ));
    }
    let id = field(id_col)?.filter(|s| !s.is_empty());
    match (id, field(text_col)?) {
        (Some(id), Some(text)) => Ok(Article {
            id,
            text,
            title: opt(extra[0])?,
            date: opt(extra[1])?,
            outlet: opt(extra[2])?,
            url: opt(extra[3])?,
            origin: at,
        }),
        (None, _) => Err(InputError::new(at, "row has an empty id")),
        (_, None) => Err(InputError::new(at, "row has no text column")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16(s: &str, big_endian: bool) -> Vec<u8> {
        let mut v = if big_endian {
            UTF16BE_BOM.to_vec()
        } else {
            UTF16LE_BOM.to_vec()
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

    #[test]
    fn byte_order_marks_decide_the_encoding() {
        let text = "“Hi,” she said. 😀";
        let mut utf8 = UTF8_BOM.to_vec();
        utf8.extend(text.as_bytes());
        for bytes in [utf8, utf16(text, false), utf16(text, true)] {
            assert_eq!(decode(bytes, "f", Encoding::Utf8), Ok(text.to_string()));
        }
    }

    #[test]
    fn windows_1252_is_decoded_only_when_asked() {
        let bytes = b"\x93Hi,\x94 she said \x85 caf\xe9".to_vec();
        assert_eq!(
            decode(bytes.clone(), "f", Encoding::Utf8),
            Err(InputError::new("f", not_utf8(0, "")))
        );
        let want = "“Hi,” she said … café";
        assert_eq!(
            decode(bytes.clone(), "f", Encoding::Windows1252).as_deref(),
            Ok(want)
        );
        assert_eq!(
            decode(bytes.clone(), "f", Encoding::Auto).as_deref(),
            Ok(want)
        );
        assert_eq!(
            decode(bytes, "f", Encoding::Latin1).as_deref(),
            Ok("\u{93}Hi,\u{94} she said \u{85} café")
        );
        // Valid UTF-8 stays UTF-8 under auto.
        assert_eq!(
            decode("café".as_bytes().to_vec(), "f", Encoding::Auto).as_deref(),
            Ok("café")
        );
    }

    #[test]
    fn streaming_utf16_matches_whole_file_decoding() {
        let text = "{\"id\":1,\"text\":\"“Q,” 😀 said\"}\r\n".repeat(2000);
        for be in [false, true] {
            let bytes = utf16(&text, be);
            let mut r = Utf16Reader::new(&bytes[2..], be);
            let mut out = String::new();
            r.read_to_string(&mut out).unwrap();
            assert_eq!(out, text);
        }
        // A lone high surrogate at the end.
        let mut bytes = utf16("ab", false);
        bytes.extend(0xD800u16.to_le_bytes());
        let mut out = Vec::new();
        let e = Utf16Reader::new(&bytes[2..], false)
            .read_to_end(&mut out)
            .unwrap_err();
        assert_eq!(
            e.to_string(),
            "UTF-16 text cut short at byte 8, rest of file skipped"
        );
    }

    fn read_all(bytes: Vec<u8>, format: InputFormat) -> Vec<Result<Article, InputError>> {
        let opts = IngestOptions::default();
        let r = Box::new(io::Cursor::new(bytes));
        read_stream(r, "in".into(), "stdin".into(), format, &opts).collect()
    }

    #[test]
    fn auto_format_sees_jsonl_behind_a_byte_order_mark() {
        let line = "{\"id\": \"a\", \"text\": \"He said “yes”.\"}\r\n";
        let want = vec![Ok(Article {
            id: "a".into(),
            text: "He said “yes”.".into(),
            origin: "in:1".into(),
            ..Article::default()
        })];
        let mut utf8 = UTF8_BOM.to_vec();
        utf8.extend(format!("\n{line}").as_bytes());
        let mut want2 = want.clone();
        if let Ok(a) = &mut want2[0] {
            a.origin = "in:2".into();
        }
        assert_eq!(read_all(utf8, InputFormat::Auto), want2);
        for be in [false, true] {
            assert_eq!(read_all(utf16(line, be), InputFormat::Auto), want);
        }
        // Text stays text.
        let text = read_all(b"  Plain {braces} text.".to_vec(), InputFormat::Auto);
        assert_eq!(
            text,
            vec![Ok(Article {
                id: "stdin".into(),
                text: "  Plain {braces} text.".into(),
                origin: "in".into(),
                ..Article::default()
            })]
        );
    }

    #[test]
    fn csv_in_utf16_and_windows_1252() {
        let csv = "id,text\r\nb,\"“Hi,” he said.\"\r\n";
        let want = vec![Ok(Article {
            id: "b".into(),
            text: "“Hi,” he said.".into(),
            origin: "in:2".into(),
            ..Article::default()
        })];
        assert_eq!(read_all(utf16(csv, false), InputFormat::Csv), want);
        let cp: Vec<u8> = b"id,text\r\nb,\"\x93Hi,\x94 he said.\"\r\n".to_vec();
        let opts = IngestOptions {
            encoding: Encoding::Windows1252,
            ..IngestOptions::default()
        };
        let got: Vec<_> = read_stream(
            Box::new(io::Cursor::new(cp.clone())),
            "in".into(),
            "x".into(),
            InputFormat::Csv,
            &opts,
        )
        .collect();
        assert_eq!(got, want);
        assert_eq!(
            read_all(cp, InputFormat::Csv),
            vec![Err(InputError::new("in:2", not_utf8(0, " of field 2")))]
        );
    }

    #[test]
    fn long_lines_are_passed_over_without_being_stored() {
        let data = format!("short\n{}\nlast", "x".repeat(100));
        let mut r: Box<dyn BufRead> = Box::new(BufReader::with_capacity(16, data.as_bytes()));
        let mut buf = Vec::new();
        let mut got = Vec::new();
        loop {
            match read_line_capped(&mut *r, &mut buf, 10).unwrap() {
                Line::Read => got.push(String::from_utf8(buf.clone()).unwrap()),
                Line::TooLong(n) => got.push(format!("too long: {n}")),
                Line::End => break,
            }
        }
        assert_eq!(got, ["short", "too long: 100", "last"]);
    }

    #[test]
    fn shards_split_ids_by_fnv1a() {
        // Reference values of FNV-1a 64.
        assert_eq!(fnv1a64(b""), 0xcbf29ce484222325);
        assert_eq!(fnv1a64(b"a"), 0xaf63dc4c8601ec8c);
        let shards: Vec<Shard> = (1..=3).map(|k| format!("{k}/3").parse().unwrap()).collect();
        for id in ["a", "b", "article-17", "42"] {
            assert_eq!(shards.iter().filter(|s| s.keeps(id)).count(), 1, "{id}");
        }
        for bad in ["0/3", "4/3", "1/0", "x/2", "2"] {
            assert!(bad.parse::<Shard>().is_err(), "{bad}");
        }
    }
}
