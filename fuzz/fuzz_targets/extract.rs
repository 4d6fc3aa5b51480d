//! The whole extraction (clean, sentences, attribution grammar, resolution) on any
//! UTF-8: no panic, and every span slices the text to exactly the claim's words.
#![no_main]

use std::sync::OnceLock;

use claimtrail::extract::extract;
use claimtrail::grammar::Grammar;
use claimtrail::model::Article;
use claimtrail::text::slice_chars;
use libfuzzer_sys::fuzz_target;

static GRAMMAR: OnceLock<Grammar> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let grammar = GRAMMAR.get_or_init(Grammar::default_en);
    let article = Article {
        id: "fuzz".into(),
        text: text.to_string(),
        ..Article::default()
    };
    for c in extract(&article, grammar) {
        for (span, words) in [
            (c.content_span, &c.content),
            (c.source_span, &c.source_mention),
            (c.cue_span, &c.cue),
        ] {
            if let Some(sp) = span {
                assert_eq!(slice_chars(text, sp), Some(words.as_str()), "{sp:?}");
            }
        }
    }
});
