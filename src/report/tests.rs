//! The whole report over hand-built claims.

use super::write::ClaimSpill;
use super::*;

struct C {
    source: &'static str,
    kind: SourceKind,
    form: Form,
    stance: Stance,
    content: &'static str,
}

fn said(source: &'static str, kind: SourceKind, content: &'static str) -> C {
    C {
        source,
        kind,
        form: Form::Indirect,
        stance: Stance::Asserts,
        content,
    }
}

fn denied(source: &'static str, kind: SourceKind, content: &'static str) -> C {
    C {
        stance: Stance::Denies,
        ..said(source, kind, content)
    }
}

fn flat(content: &'static str) -> C {
    C {
        source: "",
        kind: SourceKind::None,
        form: Form::Unattributed,
        stance: Stance::Asserts,
        content,
    }
}

fn article(id: &str, date: &str, claims: &[C]) -> (Article, Vec<Claim>) {
    let a = Article {
        id: id.to_string(),
        date: Some(date.to_string()),
        outlet: Some(format!("outlet of {id}")),
        ..Article::default()
    };
    let claims = claims
        .iter()
        .enumerate()
        .map(|(i, c)| Claim {
            claim_id: format!("{id}:{}", i + 1),
            article_id: id.into(),
            date: date.into(),
            form: c.form,
            stance: c.stance,
            source: c.source.to_string(),
            source_kind: c.kind,
            source_mention: c.source.into(),
            content: c.content.into(),
            sentence: c.content.into(),
            ..Claim::default()
        })
        .collect();
    (a, claims)
}

fn batch() -> Vec<(Article, Vec<Claim>)> {
    use SourceKind::*;
    vec![
        article(
            "a1",
            "2017-05-11",
            &[
                said(
                    "the Kremlin",
                    Organization,
                    "Putin and Netanyahu discussed the Syrian crisis",
                ),
                denied(
                    "Benjamin Netanyahu",
                    Person,
                    "Moscow had told Israel to end airstrikes in Syria",
                ),
                flat("Moscow had told Israel to end airstrikes in Syria"),
            ],
        ),
        article(
            "a2",
            "2017-05-12",
            &[
                said(
                    "TASS",
                    Media,
                    "Russian air defense shot down 22 of the 24 missiles launched by Israel",
                ),
                said(
                    "The Kremlin",
                    Organization,
                    "Putin and Netanyahu discussed the Syrian crisis",
                ),
                flat("Moscow told Israel to end its airstrikes in Syria"),
            ],
        ),
        article(
            "a3",
            "2017-05-12",
            &[said(
                "the Israeli military",
                Organization,
                "Russian air defense shot down all 24 missiles launched by Israel",
            )],
        ),
        article(
            "a4",
            "2021-10-07",
            &[said(
                "the Kremlin",
                Organization,
                "Putin and Netanyahu discussed the Syrian crisis on Thursday",
            )],
        ),
    ]
}

fn render(batch: &[(Article, Vec<Claim>)]) -> String {
    let mut b = ReportBuilder::new();
    let mut spill = ClaimSpill::new(Vec::new());
    for (a, claims) in batch {
        b.add_article(a, claims);
        for c in claims {
            spill.write(c).unwrap_or(());
        }
    }
    let spill = spill.finish().unwrap_or_default();
    let r = b.finish();
    let mut out = String::new();
    let parts: [(&str, std::io::Result<Vec<u8>>); 5] = [
        ("claims.csv", r.write_claims(&spill[..], Vec::new())),
        ("relations.csv", r.write_relations(Vec::new())),
        ("propositions.csv", r.write_propositions(Vec::new())),
        ("unattributed.csv", r.write_unattributed(Vec::new())),
        ("sources.csv", r.write_sources(Vec::new())),
    ];
    for (name, bytes) in parts {
        out.push_str(&format!("== {name}\n"));
        out.push_str(&String::from_utf8_lossy(&bytes.unwrap_or_default()));
    }
    out.push_str(&format!("== summary\n{}\n", r.summary()));
    out
}

#[test]
fn report_over_hand_built_claims() {
    insta::with_settings!({
        snapshot_path => concat!(env!("CARGO_MANIFEST_DIR"), "/snapshots"),
        prepend_module_to_snapshot => true,
    }, {
        insta::assert_snapshot!(render(&batch()));
    });
}

#[test]
fn output_does_not_depend_on_thread_count() {
    let once = render(&batch());
    let pool = rayon::ThreadPoolBuilder::new().num_threads(1).build();
    let again = pool
        .map(|p| p.install(|| render(&batch())))
        .unwrap_or_default();
    assert_eq!(once, again);
}

/// The relations of a batch: (relation, reason, claim a, claim b).
fn relations(batch: &[(Article, Vec<Claim>)]) -> Vec<(Relation, Reason, String, String)> {
    let mut b = ReportBuilder::new();
    for (a, claims) in batch {
        b.add_article(a, claims);
    }
    let r = b.finish();
    r.relations
        .iter()
        .map(|x| {
            (
                x.relation,
                x.reason,
                r.claim_ids[x.a as usize].clone(),
                r.claim_ids[x.b as usize].clone(),
            )
        })
        .collect()
}

const SOCHI: &str = "that the phone call, which came a day before Palestinian Authority Mahmoud Abbas is scheduled to meet with Putin in the Russian resort town of Sochi, was initiated by Israel";
const MOSCOW: &str = "Abbas’s meeting with Putin in Moscow comes amid efforts by US President Donald Trump to revive the long-dormant peace process";

#[test]
fn event_frames_find_a_meeting_in_two_places() {
    use SourceKind::*;
    // Too few shared words to match, one meeting in two places: within one article.
    let one = [article(
        "s",
        "2017-05-11",
        &[said("the Kremlin", Organization, SOCHI), flat(MOSCOW)],
    )];
    assert_eq!(
        relations(&one),
        [(
            Relation::Contradiction,
            Reason::Place,
            "s:1".to_string(),
            "s:2".to_string()
        )]
    );
    // Across articles a week apart too.
    let two = [
        article(
            "s",
            "2017-05-11",
            &[said("the Kremlin", Organization, SOCHI)],
        ),
        article("m", "2017-05-18", &[flat(MOSCOW)]),
    ];
    assert_eq!(
        relations(&two),
        [(
            Relation::Contradiction,
            Reason::Place,
            "s:1".to_string(),
            "m:1".to_string()
        )]
    );
}

#[test]
fn event_frames_false_cases() {
    use SourceKind::*;
    // The same meeting in the same place.
    let same = [article(
        "s",
        "2017-05-11",
        &[
            said("the Kremlin", Organization, SOCHI),
            flat("Abbas’s meeting with Putin in Sochi comes amid efforts by US President Donald Trump to revive the long-dormant peace process"),
        ],
    )];
    assert_eq!(relations(&same), []);
    // A meeting of other participants elsewhere.
    let others = [article(
        "s",
        "2017-05-11",
        &[
            said("the Kremlin", Organization, SOCHI),
            flat("Lavrov’s meeting with Zarif in Moscow comes amid efforts by US President Donald Trump to revive the long-dormant peace process"),
        ],
    )];
    assert_eq!(relations(&others), []);
    // Months apart: two meetings.
    let later = [
        article(
            "s",
            "2017-05-11",
            &[said("the Kremlin", Organization, SOCHI)],
        ),
        article("m", "2017-09-18", &[flat(MOSCOW)]),
    ];
    assert_eq!(relations(&later), []);
    // Two phone calls of Putin four years apart in different places: no contradiction.
    let call = |id: &str, date: &str, content: &'static str| article(id, date, &[flat(content)]);
    // Wordings too different to match: only the frames can pair them.
    const CALL_21: &str =
        "Putin phoned Israel’s leader on Thursday in Sochi about Iranian drones and the nuclear deal";
    const CALL_17: &str =
        "Israel’s prime minister held a Wednesday phone call in Moscow with Putin on the peace process";
    let calls = [
        call("c21", "2021-10-07", CALL_21),
        call("c17", "2017-05-11", CALL_17),
    ];
    assert_eq!(relations(&calls), []);
    // Undated articles: no evidence of one event.
    let undated = [call("c21", "", CALL_21), call("c17", "", CALL_17)];
    assert_eq!(relations(&undated), []);
    // In one undated article, the explicit weekdays still tell two calls apart.
    let one = [article("c", "", &[flat(CALL_21), flat(CALL_17)])];
    assert_eq!(relations(&one), []);
    // The control: one week, no weekday on one side: one call in two places.
    let control = [
        call(
            "c21",
            "2017-05-11",
            "Putin phoned Israel’s leader in Sochi about Iranian drones and the nuclear deal",
        ),
        call("c17", "2017-05-11", CALL_17),
    ];
    assert_eq!(
        relations(&control),
        [(
            Relation::Contradiction,
            Reason::Place,
            "c21:1".to_string(),
            "c17:1".to_string()
        )]
    );
}

/// The proposition number of each claim of a batch.
fn propositions(batch: &[(Article, Vec<Claim>)]) -> Vec<u32> {
    let mut b = ReportBuilder::new();
    for (a, claims) in batch {
        b.add_article(a, claims);
    }
    b.finish().claim_prop
}

#[test]
fn short_wordings_and_weak_matches_do_not_make_one_proposition() {
    let batch = vec![
        article(
            "a",
            "2020-02-03",
            &[
                said("Cruz", SourceKind::Person, "Trump"),
                said("Ryan", SourceKind::Person, "Trump"),
                said(
                    "the council",
                    SourceKind::Organization,
                    "the new stadium will host the cup final",
                ),
                said(
                    "the league",
                    SourceKind::Organization,
                    "the new stadium will host the cup final in May",
                ),
            ],
        ),
        article(
            "b",
            "2020-02-03",
            &[said(
                "the club",
                SourceKind::Organization,
                "the new arena will host the cup final in June",
            )],
        ),
    ];
    let p = propositions(&batch);
    // "attacks on Trump" and "endorsed Trump" state nothing alike.
    assert_ne!(p[0], p[1]);
    // Close wordings are one proposition; a weaker match stays apart.
    assert_eq!(p[2], p[3]);
    assert_ne!(p[3], p[4]);
}
