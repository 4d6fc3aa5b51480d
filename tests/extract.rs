//! The bundled sample articles in `data/`, extracted and reviewed row by row.

use std::path::Path;

use claimtrail::extract::extract;
use claimtrail::grammar::Grammar;
use claimtrail::model::{Article, Claim};
use claimtrail::output::CsvClaims;
use claimtrail::text::slice_chars;

fn article(path: &Path) -> Article {
    let text = std::fs::read_to_string(path).expect("sample article is readable");
    let id = path.file_stem().unwrap().to_string_lossy().into_owned();
    Article {
        id,
        text,
        origin: path.display().to_string(),
        ..Article::default()
    }
}

fn csv_of(claims: &[Claim]) -> String {
    let mut w = CsvClaims::new(Vec::new()).unwrap();
    for c in claims {
        w.write(c).unwrap();
    }
    String::from_utf8(w.finish().unwrap()).unwrap()
}

/// Every reported span slices the original text to exactly the reported words.
fn assert_spans_true(a: &Article, claims: &[Claim]) {
    for c in claims {
        let check = |span: Option<claimtrail::model::Span>, words: &str, what: &str| match span {
            Some(s) => assert_eq!(
                slice_chars(&a.text, s),
                Some(words),
                "{} {what}",
                c.claim_id
            ),
            None => assert_eq!(words, "", "{} {what} has words but no span", c.claim_id),
        };
        check(c.content_span, &c.content, "content");
        check(c.source_span, &c.source_mention, "source");
        check(c.cue_span, &c.cue, "cue");
        assert_eq!(
            slice_chars(&a.text, c.sentence_span),
            Some(c.sentence.as_str()),
            "{} sentence",
            c.claim_id
        );
    }
}

#[test]
fn sample_articles() {
    let grammar = Grammar::default_en();
    insta::glob!("../data", "*.txt", |path| {
        let a = article(path);
        let claims = extract(&a, &grammar);
        assert_spans_true(&a, &claims);
        insta::with_settings!({snapshot_path => concat!(env!("CARGO_MANIFEST_DIR"), "/snapshots"), prepend_module_to_snapshot => true, omit_expression => true}, {
            insta::assert_snapshot!(csv_of(&claims));
        });
    });
}

#[test]
fn no_claim_from_script_or_caption() {
    let grammar = Grammar::default_en();
    let a = article(Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/data/000_1828ec16322cb78f.txt"
    )));
    for c in extract(&a, &grammar) {
        assert!(
            !c.sentence.contains("cnxps") && !c.sentence.contains("window.location"),
            "{c:?}"
        );
        assert!(!c.sentence.contains("Kudryavtsev"), "{c:?}");
    }
}
