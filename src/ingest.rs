//! Reading articles from files, folders, JSONL, CSV and standard input.
//!
//! Inputs are read lazily, one file at a time, so memory stays flat however large
//! the batch. Every problem becomes an [`InputError`] that names the file (and line);
//! the caller reports it and carries on.

use std::fs;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use crate::model::Article;

/// Options for reading inputs.
#[derive(Debug, Clone)]
pub struct IngestOptions {
    /// CSV column holding the article id.
    pub id_column: String,
    /// CSV column holding the article text.
    pub text_column: String,
}

impl Default for IngestOptions {
    fn default() -> Self {
        IngestOptions {
            id_column: "id".into(),
            text_column: "text".into(),
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
    fn new(origin: impl Into<String>, message: impl Into<String>) -> Self {
        InputError {
            origin: origin.into(),
            message: message.into(),
        }
    }
}

/// What kind of file an input is, by its extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Text,
    Jsonl,
    Csv,
}

fn kind_of(path: &Path) -> Option<Kind> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    match ext.as_str() {
        "txt" | "md" => Some(Kind::Text),
        "jsonl" | "ndjson" => Some(Kind::Jsonl),
        "csv" => Some(Kind::Csv),
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
            errors.push(InputError::new(
                dir.display().to_string(),
                "symlink loop, folder skipped",
            ));
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
    match e.kind() {
        io::ErrorKind::NotFound => "no such file or folder".into(),
        io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}

/// Decode raw bytes as UTF-8 (a UTF-8 byte-order mark is dropped, so offsets count from
/// the first character after it).
pub fn decode(bytes: Vec<u8>, origin: &str) -> Result<String, InputError> {
    if bytes.is_empty() {
        return Err(InputError::new(origin, "empty file"));
    }
    if bytes.contains(&0) && !(bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]))
    {
        return Err(InputError::new(origin, "binary file (NUL bytes), skipped"));
    }
    let bytes = if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        bytes[3..].to_vec()
    } else {
        bytes
    };
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        InputError::new(
            origin,
            format!("not valid UTF-8 (first bad byte at offset {at}), skipped"),
        )
    })
}

/// Articles read from the inputs, one at a time, with errors in line.
pub struct Inputs {
    files: std::vec::IntoIter<PathBuf>,
    pending_errors: std::vec::IntoIter<InputError>,
    current: Option<Box<dyn Iterator<Item = Result<Article, InputError>>>>,
    opts: IngestOptions,
}

/// Read every article of the given paths, lazily, in a stable order.
pub fn read_inputs(paths: &[PathBuf], opts: &IngestOptions) -> Inputs {
    let (files, errors) = expand_paths(paths);
    Inputs {
        files: files.into_iter(),
        pending_errors: errors.into_iter(),
        current: None,
        opts: opts.clone(),
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
                if let Some(item) = cur.next() {
                    return Some(item);
                }
                self.current = None;
            }
            let path = self.files.next()?;
            self.current = Some(open_file(&path, &self.opts));
        }
    }
}

type ArticleIter = Box<dyn Iterator<Item = Result<Article, InputError>>>;

fn open_file(path: &Path, opts: &IngestOptions) -> ArticleIter {
    let stdin = path.as_os_str() == "-";
    let origin = if stdin {
        "<stdin>".to_string()
    } else {
        path.display().to_string()
    };
    let kind = if stdin {
        Some(Kind::Text)
    } else {
        kind_of(path)
    };
    let reader: Box<dyn Read> = if stdin {
        Box::new(io::stdin())
    } else {
        match fs::File::open(path) {
            Ok(f) => Box::new(f),
            Err(e) => {
                return Box::new(std::iter::once(Err(InputError::new(
                    origin,
                    io_message(&e),
                ))))
            }
        }
    };
    match kind {
        Some(Kind::Jsonl) => Box::new(jsonl_articles(BufReader::new(reader), origin)),
        Some(Kind::Csv) => csv_articles(reader, origin, opts),
        Some(Kind::Text) | None => {
            let mut bytes = Vec::new();
            let mut reader = reader;
            if let Err(e) = reader.read_to_end(&mut bytes) {
                return Box::new(std::iter::once(Err(InputError::new(
                    origin,
                    io_message(&e),
                ))));
            }
            let id = if stdin {
                "stdin".to_string()
            } else {
                path.file_stem()
                    .map(|s| s.to_string_lossy().into_owned())
                    .unwrap_or_default()
            };
            let r = decode(bytes, &origin).and_then(|text| {
                if text.trim().is_empty() {
                    Err(InputError::new(&origin, "file holds only white space"))
                } else {
                    Ok(Article {
                        id,
                        text,
                        origin: origin.clone(),
                        ..Article::default()
                    })
                }
            });
            Box::new(std::iter::once(r))
        }
    }
}

fn json_str(v: &serde_json::Value, key: &str) -> Option<String> {
    match v.get(key)? {
        serde_json::Value::String(s) => Some(s.clone()),
        serde_json::Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// One article per JSONL line: `id` and `text` (or `body`), optional `title`, `date`,
/// `outlet`, `url`. Blank lines are passed over.
fn jsonl_articles<R: BufRead + 'static>(
    reader: R,
    origin: String,
) -> impl Iterator<Item = Result<Article, InputError>> {
    let mut lines = reader.split(b'\n');
    let mut n = 0usize;
    std::iter::from_fn(move || loop {
        let raw = match lines.next()? {
            Ok(l) => l,
            Err(e) => {
                return Some(Err(InputError::new(
                    format!("{origin}:{}", n + 1),
                    io_message(&e),
                )))
            }
        };
        n += 1;
        let at = format!("{origin}:{n}");
        let mut raw = raw;
        if raw.last() == Some(&b'\r') {
            raw.pop();
        }
        if n == 1 && raw.starts_with(&[0xEF, 0xBB, 0xBF]) {
            raw.drain(..3);
        }
        if raw.iter().all(|b| b.is_ascii_whitespace()) {
            continue;
        }
        let line = match String::from_utf8(raw) {
            Ok(s) => s,
            Err(_) => return Some(Err(InputError::new(at, "line is not valid UTF-8, skipped"))),
        };
        let v: serde_json::Value = match serde_json::from_str(&line) {
            Ok(v) => v,
            Err(e) => {
                return Some(Err(InputError::new(
                    at,
                    format!("malformed JSON ({e}), line skipped"),
                )))
            }
        };
        if !v.is_object() {
            return Some(Err(InputError::new(
                at,
                "line is not a JSON object, skipped",
            )));
        }
        let text = match v.get("text").or_else(|| v.get("body")) {
            Some(serde_json::Value::String(s)) => s.clone(),
            Some(_) => {
                return Some(Err(InputError::new(
                    at,
                    "field `text` is not a string, line skipped",
                )))
            }
            None => {
                return Some(Err(InputError::new(
                    at,
                    "no `text` (or `body`) field, line skipped",
                )))
            }
        };
        let id = match json_str(&v, "id") {
            Some(id) if !id.is_empty() => id,
            _ => {
                return Some(Err(InputError::new(
                    at,
                    "no `id` field (string or number), line skipped",
                )))
            }
        };
        return Some(Ok(Article {
            id,
            text,
            title: json_str(&v, "title"),
            date: json_str(&v, "date"),
            outlet: json_str(&v, "outlet"),
            url: json_str(&v, "url"),
            origin: at,
        }));
    })
}

/// One article per CSV row, with the id and text columns named by the options.
fn csv_articles(reader: Box<dyn Read>, origin: String, opts: &IngestOptions) -> ArticleIter {
    let mut rdr = csv::ReaderBuilder::new().flexible(true).from_reader(reader);
    let headers = match rdr.headers() {
        Ok(h) => h.clone(),
        Err(e) => {
            return Box::new(std::iter::once(Err(InputError::new(
                origin,
                format!("unreadable CSV header: {e}"),
            ))))
        }
    };
    let col = |name: &str| {
        headers
            .iter()
            .position(|h| h.trim_start_matches('\u{feff}') == name)
    };
    let (Some(id_col), Some(text_col)) = (col(&opts.id_column), col(&opts.text_column)) else {
        let missing: Vec<&str> = [&opts.id_column, &opts.text_column]
            .into_iter()
            .filter(|c| col(c).is_none())
            .map(|s| s.as_str())
            .collect();
        return Box::new(std::iter::once(Err(InputError::new(
            origin,
            format!(
                "CSV has no column {} (see --id-column, --text-column)",
                missing.join(", ")
            ),
        ))));
    };
    let extra = ["title", "date", "outlet", "url"].map(col);
    let mut records = rdr.into_records();
    Box::new(std::iter::from_fn(move || {
        let rec = records.next()?;
        Some(match rec {
            Err(e) => {
                let line = e.position().map(|p| p.line()).unwrap_or(0);
                Err(InputError::new(
                    format!("{origin}:{line}"),
                    format!("malformed CSV row ({e}), skipped"),
                ))
            }
            Ok(r) => {
                let line = r.position().map(|p| p.line()).unwrap_or(0);
                let at = format!("{origin}:{line}");
                let get = |i: Option<usize>| {
                    i.and_then(|i| r.get(i))
                        .map(str::to_string)
                        .filter(|s| !s.is_empty())
                };
                match (get(Some(id_col)), r.get(text_col)) {
                    (Some(id), Some(text)) => Ok(Article {
                        id,
                        text: text.to_string(),
                        title: get(extra[0]),
                        date: get(extra[1]),
                        outlet: get(extra[2]),
                        url: get(extra[3]),
                        origin: at,
                    }),
                    (None, _) => Err(InputError::new(at, "row has an empty id, skipped")),
                    (_, None) => Err(InputError::new(at, "row has no text column, skipped")),
                }
            }
        })
    }))
}
