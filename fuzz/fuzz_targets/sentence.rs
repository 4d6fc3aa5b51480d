//! Sentence splitting and quotation finding on any UTF-8: ranges stay inside the text,
//! on character boundaries, in order.
#![no_main]

use std::sync::OnceLock;

use claimtrail::grammar::Grammar;
use claimtrail::sentence::find_quotes;
use libfuzzer_sys::fuzz_target;

static GRAMMAR: OnceLock<Grammar> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let grammar = GRAMMAR.get_or_init(Grammar::default_en);
    let whole = 0..text.len();
    for q in find_quotes(text, whole.clone()) {
        assert!(text.get(q.range.clone()).is_some(), "quote {:?}", q.range);
    }
    let mut last = 0;
    for r in grammar.splitter.split(text, whole) {
        assert!(text.get(r.clone()).is_some(), "sentence {r:?}");
        assert!(r.start >= last, "sentence {r:?} before {last}");
        last = r.end;
    }
});
