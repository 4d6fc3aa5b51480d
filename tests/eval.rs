//! `claimtrail eval`: the gold folder reader, the scoring on hand-made predictions, the
//! error listing, the brat round trip, and the command line.

use std::fs;
use std::path::Path;

use assert_cmd::Command;
use claimtrail::eval::{
    error_rows, parse_standoff, score_article, ErrorCsv, FormCounts, GoldDir, Prediction, Prf,
    SpanSet, Totals, ERROR_HEADER,
};
use claimtrail::model::{Claim, Form, SourceKind, Span};
use claimtrail::output::write_brat;

/// Character span of the `nth` (from 0) occurrence of `needle` in `text`.
fn span(text: &str, needle: &str, nth: usize) -> Span {
    let (b, _) = text
        .match_indices(needle)
        .nth(nth)
        .unwrap_or_else(|| panic!("{needle:?} #{nth} not in {text:?}"));
    let start = text[..b].chars().count();
    Span {
        start,
        end: start + needle.chars().count(),
    }
}

/// A brat T line.
fn t(id: usize, kind: &str, text: &str, s: Span) -> String {
    let words: String = text.chars().skip(s.start).take(s.end - s.start).collect();
    format!("T{id}\t{kind} {} {}\t{words}\n", s.start, s.end)
}

const TEXT_A: &str = "“Taxes will rise,” the minister said. Officials said the plan was dead. \
It is said that prices will fall.\nRain fell.\n";
const TEXT_B: &str = "Smith said the tax is bad and the plan is good.\n";

/// Article a: three relations (one without source). Article b: two relations that one
/// prediction overlaps. Article a also has a second annotator's file, which must be ignored.
fn write_gold(dir: &Path) {
    fs::create_dir_all(dir.join("text")).unwrap();
    fs::create_dir_all(dir.join("attributions")).unwrap();
    fs::write(dir.join("text/a.txt"), TEXT_A).unwrap();
    fs::write(dir.join("text/b.txt"), TEXT_B).unwrap();
    let a = TEXT_A;
    let mut ann = String::new();
    ann += &t(1, "Content", a, span(a, "Taxes will rise,", 0));
    ann += &t(2, "Source", a, span(a, "the minister", 0));
    ann += &t(3, "Cue", a, span(a, "said", 0));
    ann += &t(4, "Attribution", a, span(a, "said", 0));
    ann += "E1\tAttribution:T4 Content:T1 Cue:T3 Source:T2\n";
    ann += &t(5, "Source", a, span(a, "Officials", 0));
    ann += &t(6, "Cue", a, span(a, "said", 1));
    ann += &t(7, "Content", a, span(a, "the plan was dead", 0));
    ann += &t(8, "Attribution", a, span(a, "said", 1));
    ann += "E2\tAttribution:T8 Cue:T6 Source:T5 Content:T7\n";
    ann += &t(9, "Cue", a, span(a, "It is said", 0));
    ann += &t(10, "Content", a, span(a, "prices will fall", 0));
    ann += &t(11, "Attribution-no-source", a, span(a, "It is said", 0));
    ann += "E3\tAttribution-no-source:T11 Content:T10 Cue:T9\n";
    ann += "#1\tAnnotatorNotes T10\tagentless\n";
    fs::write(dir.join("attributions/a_4b22.ann"), ann).unwrap();
    let other = t(1, "Content", a, span(a, "Rain fell", 0)) + "E1\tAttribution:T1 Content:T1\n";
    fs::write(dir.join("attributions/a_ef2d.ann"), other).unwrap();
    let b = TEXT_B;
    let mut ann = String::new();
    ann += &t(1, "Source", b, span(b, "Smith", 0));
    ann += &t(2, "Cue", b, span(b, "said", 0));
    ann += &t(3, "Content", b, span(b, "the tax is bad", 0));
    ann += &t(4, "Content", b, span(b, "the plan is good", 0));
    ann += &t(5, "Attribution", b, span(b, "said", 0));
    ann += "E1\tAttribution:T5 Source:T1 Cue:T2 Content:T3\n";
    ann += "E2\tAttribution:T5 Source:T1 Cue:T2 Content:T4\n";
    fs::write(dir.join("attributions/b_4b22.ann"), ann).unwrap();
}

/// A prediction; its sentence is the line the content stands on.
fn pred(
    text: &str,
    form: Form,
    content: Span,
    source: Option<Span>,
    cue: Option<Span>,
) -> Prediction {
    let before: String = text.chars().take(content.start).collect();
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let sentence = text[line_start..].lines().next().unwrap_or("").to_string();
    Prediction {
        content: content.into(),
        source: source.into(),
        cue: cue.into(),
        form,
        sentence,
    }
}

/// Hand-made predictions:
/// a: p0 content with its quote marks (J = 16/18, matched at 0.5 not 0.9), full;
///    p1 exact content and source, cue on "Officials" (no cue overlap): matched, not full;
///    p2 exact content, no source like the gold, cue "said" inside "It is said": full;
///    p3 "Rain fell": no gold, a false positive.
/// b: q0 overlaps "the tax is bad" by 3 characters and "the plan is good" by 16: it
///    matches the second only, and the first is a false negative.
fn predictions() -> (Vec<Prediction>, Vec<Prediction>) {
    let a = TEXT_A;
    let pa = vec![
        pred(
            a,
            Form::Direct,
            span(a, "“Taxes will rise,”", 0),
            Some(span(a, "the minister", 0)),
            Some(span(a, "said", 0)),
        ),
        pred(
            a,
            Form::Indirect,
            span(a, "the plan was dead", 0),
            Some(span(a, "Officials", 0)),
            Some(span(a, "Officials", 0)),
        ),
        pred(
            a,
            Form::Passive,
            span(a, "prices will fall", 0),
            None,
            Some(span(a, "said", 2)),
        ),
        pred(a, Form::Indirect, span(a, "Rain fell", 0), None, None),
    ];
    let b = TEXT_B;
    let pb = vec![pred(
        b,
        Form::Mixed,
        span(b, "bad and the plan is good", 0),
        Some(span(b, "Smith", 0)),
        Some(span(b, "said", 0)),
    )];
    (pa, pb)
}

#[test]
fn gold_folder_takes_first_annotation_file_by_name() {
    let dir = tempfile::tempdir().unwrap();
    write_gold(dir.path());
    let gold = GoldDir::open(dir.path()).unwrap();
    let listed: Vec<(String, String)> = gold
        .articles
        .iter()
        .map(|f| {
            let ann = f.ann.as_ref().and_then(|p| p.file_name()).unwrap();
            (f.stem.clone(), ann.to_string_lossy().into_owned())
        })
        .collect();
    assert_eq!(
        listed,
        vec![
            ("a".to_string(), "a_4b22.ann".to_string()),
            ("b".to_string(), "b_4b22.ann".to_string())
        ]
    );
    assert!(gold.orphans.is_empty());
    let a = gold.articles[0].load().unwrap();
    assert_eq!(a.text, TEXT_A);
    let ids: Vec<&str> = a.relations.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, vec!["E1", "E2", "E3"]);
    assert_eq!(
        a.relations[0].content,
        SpanSet::from(Span { start: 1, end: 17 })
    );
    assert!(a.relations[2].source.is_empty());
}

fn score_all(dir: &Path) -> (Totals, Vec<u8>) {
    let gold = GoldDir::open(dir).unwrap();
    let (pa, pb) = predictions();
    let mut totals = Totals::default();
    let mut csv = ErrorCsv::new(Vec::new()).unwrap();
    for (files, preds) in gold.articles.iter().zip([pa, pb]) {
        let g = files.load().unwrap();
        let s = score_article(&g.relations, &preds);
        totals.add(&s);
        for row in error_rows(&g.id, &g.text, &g.relations, &preds, &s) {
            csv.write(&row).unwrap();
        }
    }
    (totals, csv.finish().unwrap())
}

#[test]
fn scores_hand_made_predictions_exactly() {
    let dir = tempfile::tempdir().unwrap();
    write_gold(dir.path());
    let (totals, _) = score_all(dir.path());
    assert_eq!(
        totals,
        Totals {
            articles: 2,
            gold: 5,
            predicted: 5,
            matched: 4,
            matched_strict: 2,
            full: 3,
            source_agree: 4,
            cue_agree: 3,
            by_form: [
                (Form::Direct, (1, 1, 1)),
                (Form::Indirect, (2, 1, 0)),
                (Form::Mixed, (1, 1, 1)),
                (Form::Passive, (1, 1, 1)),
            ]
            .into_iter()
            .map(|(f, (predicted, matched, full))| {
                (
                    f,
                    FormCounts {
                        predicted,
                        matched,
                        full,
                    },
                )
            })
            .collect(),
            ..Totals::default()
        }
    );
    assert_eq!(
        totals.content(),
        Prf {
            tp: 4,
            fp: 1,
            fn_: 1
        }
    );
    assert_eq!(
        totals.content_strict(),
        Prf {
            tp: 2,
            fp: 3,
            fn_: 3
        }
    );
    assert_eq!(
        totals.full(),
        Prf {
            tp: 3,
            fp: 2,
            fn_: 2
        }
    );
    let c = totals.content();
    assert_eq!((c.precision(), c.recall(), c.f1()), (0.8, 0.8, 0.8));
    let f = totals.full();
    assert_eq!((f.precision(), f.recall(), f.f1()), (0.6, 0.6, 0.6));
    insta::with_settings!({snapshot_path => concat!(env!("CARGO_MANIFEST_DIR"), "/snapshots"), prepend_module_to_snapshot => true}, {
        insta::assert_snapshot!("table", totals.to_string());
    });
}

#[test]
fn one_prediction_over_two_golds_matches_only_the_best() {
    let dir = tempfile::tempdir().unwrap();
    write_gold(dir.path());
    let gold = GoldDir::open(dir.path()).unwrap();
    let b = gold.articles[1].load().unwrap();
    let (_, pb) = predictions();
    let s = score_article(&b.relations, &pb);
    let matched: Vec<(&str, usize, usize)> = s
        .matched
        .iter()
        .map(|p| {
            (
                b.relations[p.gold].id.as_str(),
                p.jaccard.inter,
                p.jaccard.union,
            )
        })
        .collect();
    assert_eq!(matched, vec![("E2", 16, 24)]);
    assert_eq!((s.gold, s.predicted, s.full), (2, 1, 1));
}

#[test]
fn error_listing_has_a_row_per_match_fp_and_fn() {
    let dir = tempfile::tempdir().unwrap();
    write_gold(dir.path());
    let (_, csv) = score_all(dir.path());
    let csv = String::from_utf8(csv).unwrap();
    assert_eq!(csv.lines().next(), Some(ERROR_HEADER.join(",").as_str()));
    insta::with_settings!({snapshot_path => concat!(env!("CARGO_MANIFEST_DIR"), "/snapshots"), prepend_module_to_snapshot => true}, {
        insta::assert_snapshot!("errors_csv", csv);
    });
}

fn claim(
    n: usize,
    form: Form,
    content: Option<Span>,
    source: Option<Span>,
    cue: Option<Span>,
) -> Claim {
    Claim {
        claim_id: format!("x:{n}"),
        article_id: "x".into(),
        form,
        source_kind: SourceKind::Person,
        content_span: content,
        source_span: source,
        cue_span: cue,
        ..Claim::default()
    }
}

#[test]
fn write_brat_round_trips_through_the_reader() {
    let text = TEXT_A;
    let claims = [
        claim(
            1,
            Form::Direct,
            Some(span(text, "Taxes will rise,", 0)),
            Some(span(text, "the minister", 0)),
            Some(span(text, "said", 0)),
        ),
        claim(
            2,
            Form::Indirect,
            Some(span(text, "the plan was dead", 0)),
            Some(span(text, "Officials", 0)),
            Some(span(text, "said", 1)),
        ),
        claim(
            3,
            Form::Passive,
            Some(span(text, "prices will fall", 0)),
            None,
            Some(span(text, "It is said", 0)),
        ),
        claim(
            4,
            Form::AccordingTo,
            Some(span(text, "Rain", 0)),
            None,
            None,
        ),
        claim(
            5,
            Form::Unattributed,
            Some(span(text, "Rain fell.", 0)),
            None,
            None,
        ),
        claim(6, Form::Indirect, None, None, Some(span(text, "said", 1))),
    ];
    // The first claim's content in two pieces around a gap.
    let mut claims = claims;
    let taxes = span(text, "Taxes will rise,", 0);
    claims[0].content_gap = Some(Span {
        start: taxes.start + 5,
        end: taxes.start + 10,
    });
    let refs: Vec<&Claim> = claims.iter().collect();
    let mut ann = Vec::new();
    write_brat(&mut ann, text, &refs).unwrap();
    let ann = String::from_utf8(ann).unwrap();
    let standoff = parse_standoff(&ann, "out.ann").unwrap();
    standoff
        .check_bounds(text.chars().count(), "out.ann")
        .unwrap();
    let got: Vec<(SpanSet, SpanSet, SpanSet)> = standoff
        .relations("out.ann")
        .unwrap()
        .into_iter()
        .map(|r| (r.content, r.source, r.cue))
        .collect();
    let want: Vec<(SpanSet, SpanSet, SpanSet)> = claims[..4]
        .iter()
        .map(|c| {
            (
                SpanSet::new(c.content_pieces()),
                c.source_span.into(),
                c.cue_span.into(),
            )
        })
        .collect();
    assert_eq!(got, want);
    // The words written beside each span are the text at those offsets (the pieces of a
    // discontinuous span joined by a space, as brat writes them).
    assert!(ann.contains("\tContent 1 6;11 17\tTaxes  rise,\n"), "{ann}");
    for tb in &standoff.text_bounds {
        let words: Vec<String> = tb
            .spans
            .iter()
            .map(|s| text.chars().skip(s.start).take(s.end - s.start).collect())
            .collect();
        let words = words.join(" ");
        let line = ann.lines().nth(tb.line - 1).unwrap();
        assert_eq!(line.rsplit('\t').next(), Some(words.as_str()), "{line}");
    }
}

// ---------------------------------------------------------------------------------------------
// The command line. Figures that depend on the extractor are not asserted here; those that do
// not (articles, gold relations, the listing's invariants, messages, exit codes) are.
// ---------------------------------------------------------------------------------------------

fn claimtrail() -> Command {
    Command::cargo_bin("claimtrail").unwrap()
}

/// Run and show command, status, stdout and stderr if an assertion fails.
fn run(cmd: &mut Command) -> (i32, String, String) {
    let out = cmd.output().unwrap();
    let code = out.status.code().unwrap_or(-1);
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    eprintln!("$ {cmd:?}\nstatus {code}\n--- stdout\n{stdout}--- stderr\n{stderr}");
    (code, stdout, stderr)
}

fn line_starting<'a>(out: &'a str, prefix: &str) -> Option<&'a str> {
    out.lines().find(|l| l.starts_with(prefix))
}

#[test]
fn cli_scores_a_gold_folder_and_writes_the_listing() {
    let dir = tempfile::tempdir().unwrap();
    write_gold(dir.path());
    let errors = dir.path().join("errors.csv");
    let (code, stdout, stderr) = run(claimtrail()
        .arg("eval")
        .arg("--gold")
        .arg(dir.path())
        .arg("--errors")
        .arg(&errors));
    assert_eq!((code, stderr.as_str()), (0, ""));
    assert_eq!(
        line_starting(&stdout, "articles"),
        Some("articles                 2")
    );
    assert_eq!(
        line_starting(&stdout, "gold relations"),
        Some("gold relations           5")
    );
    let csv = fs::read_to_string(&errors).unwrap();
    let mut rdr = csv::Reader::from_reader(csv.as_bytes());
    assert_eq!(
        rdr.headers().unwrap(),
        &csv::StringRecord::from(ERROR_HEADER.to_vec())
    );
    let kinds: Vec<String> = rdr.records().map(|r| r.unwrap()[1].to_string()).collect();
    let count = |k: &str| kinds.iter().filter(|x| *x == k).count();
    // Every gold relation is either matched or missed.
    assert_eq!(count("match") + count("fn"), 5);
    assert_eq!(kinds.len(), count("match") + count("fn") + count("fp"));
}

#[test]
fn cli_limit_scores_the_first_articles() {
    let dir = tempfile::tempdir().unwrap();
    write_gold(dir.path());
    let (code, stdout, _) = run(claimtrail()
        .args(["eval", "--limit", "1", "--gold"])
        .arg(dir.path()));
    assert_eq!(code, 0);
    assert_eq!(
        line_starting(&stdout, "gold relations"),
        Some("gold relations           3")
    );
}

#[test]
fn cli_without_layout_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("text")).unwrap();
    let (code, stdout, stderr) = run(claimtrail().arg("eval").arg("--gold").arg(dir.path()));
    assert_eq!(code, 2);
    assert_eq!(stdout, "");
    assert_eq!(
        stderr,
        format!(
            "claimtrail: error: {}: no attributions/ folder (gold needs DIR/text/<stem>.txt and DIR/attributions/<stem>_<annotator>.ann)\n",
            dir.path().display()
        )
    );
}

#[test]
fn cli_skips_a_malformed_annotation_file_and_exits_1() {
    let dir = tempfile::tempdir().unwrap();
    write_gold(dir.path());
    let bad = dir.path().join("attributions/b_4b22.ann");
    fs::write(&bad, "T1\tCue 1 4\tsaid\nT2\tContent 5\tx\n").unwrap();
    fs::write(dir.path().join("text/c.txt"), "No annotations here.\n").unwrap();
    let (code, stdout, stderr) = run(claimtrail().arg("eval").arg("--gold").arg(dir.path()));
    assert_eq!(code, 1);
    assert_eq!(
        stderr,
        format!(
            "claimtrail: skipped {}:2: text-bound annotation needs `Kind START END[;START END…]`, found \"Content 5\"\n\
             claimtrail: skipped {}: no annotation file for this text (expected attributions/c_<annotator>.ann)\n",
            bad.display(),
            dir.path().join("text/c.txt").display()
        )
    );
    assert_eq!(
        line_starting(&stdout, "articles"),
        Some("articles                 1")
    );
}
