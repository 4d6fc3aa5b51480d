//! Ingest: any bytes, read as text, JSONL or CSV in every encoding. Must never panic;
//! every article read must have a non-empty id.
#![no_main]

use claimtrail::ingest::{decode, read_stream, Encoding, IngestOptions, InputFormat};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&sel, bytes)) = data.split_first() else {
        return;
    };
    let format = [
        InputFormat::Auto,
        InputFormat::Text,
        InputFormat::Jsonl,
        InputFormat::Csv,
    ][usize::from(sel & 3)];
    let encoding = [
        Encoding::Utf8,
        Encoding::Windows1252,
        Encoding::Latin1,
        Encoding::Auto,
    ][usize::from((sel >> 2) & 3)];
    let opts = IngestOptions {
        encoding,
        // A small limit, so the over-the-limit paths are reached too.
        max_article_bytes: u64::from(sel >> 4) * 64,
        ..IngestOptions::default()
    };
    let _ = decode(bytes.to_vec(), "fuzz", encoding);
    let reader = Box::new(std::io::Cursor::new(bytes.to_vec()));
    for item in read_stream(reader, "fuzz".into(), "fuzz".into(), format, &opts) {
        if let Ok(a) = item {
            assert!(!a.id.is_empty() || format == InputFormat::Text);
        }
    }
});
