//! Putting the stages together: article in, claims out.
//!
//! clean (date header, headline, furniture) → paragraphs → sentence units (quotations
//! kept whole) → tokens → attribution patterns → sources resolved → claims with
//! character offsets. Sentences with no attribution that assert something become
//! `unattributed` claims; questions and fragments do not.

use std::ops::Range;

use crate::grammar::attribution::{Attribution, Pattern, Unit};
use crate::grammar::token::{tokenize, tokenize_into, Kind, Tok, Tokens};
use crate::grammar::Grammar;
use crate::model::{Article, Claim, Form, SourceKind, Stance};
use crate::resolve::Resolver;
use crate::sentence::find_quotes;
use crate::text::CharIndex;

/// A claim before ids and character offsets: byte ranges into the text.
struct Found {
    attr: Attribution,
    sentence: Range<usize>,
    source: String,
    kind: SourceKind,
}

/// Extract every claim of one article, in text order.
pub fn extract(article: &Article, grammar: &Grammar) -> Vec<Claim> {
    let text = article.text.as_str();
    let lx = &grammar.lexicon;
    let layout = grammar.cleaner.layout(text);
    let date = article
        .date
        .clone()
        .or(layout.date.clone())
        .unwrap_or_default();
    let mut resolver = Resolver::new(lx);
    let mut found: Vec<Found> = Vec::new();

    if let Some(h) = layout.headline.clone() {
        let toks = tokenize(text, h.start, h.end, &quote_ranges(text, h.clone()), lx);
        resolver.observe(text, &toks);
        // A headline may carry its own attribution ("De Blasio says …", "Warren: ‘…’").
        let parser = Unit::new(lx, text, &toks, &toks.lower);
        let parsed = parser
            .parse()
            .into_iter()
            .next()
            .or_else(|| colon_speaker(text, &toks, lx));
        let attr = parsed.unwrap_or_else(|| plain(&parser, Form::Headline));
        let (source, kind) = match &attr.source {
            Some(r) => resolver.resolve(&text[r.clone()]),
            None => (String::new(), SourceKind::None),
        };
        found.push(Found {
            attr,
            sentence: h,
            source,
            kind,
        });
    }

    // A quotation that ends its paragraph may go on in the next one when that paragraph
    // opens with a quotation and names no source (“Q1,” he said. ¶ “Q2.”).
    let mut continues_next: Option<usize> = None;
    let mut all = Tokens::default();
    for (n, para) in layout.paragraphs.iter().enumerate() {
        // A dateline opens one of the first paragraphs (after a headline that ends with a
        // full stop, it is the second).
        let para = &if n < 3 {
            skip_dateline(text, para.clone())
        } else {
            para.clone()
        };
        let quote_list = find_quotes(text, para.clone());
        let quotes: Vec<Range<usize>> = quote_list.iter().map(|q| q.range.clone()).collect();
        tokenize_into(text, para.start, para.end, &quotes, lx, &mut all);
        // A transcript line: `SPEAKER: words …` is one direct claim for the paragraph.
        if let Some(a) = colon_speaker(text, &all, lx) {
            resolver.observe(text, &all);
            let (source, kind) = resolve_source(&mut resolver, text, &a);
            found.push(Found {
                attr: a,
                sentence: para.clone(),
                source,
                kind,
            });
            continue;
        }
        let mut lo = 0;
        // The last direct quotation of this paragraph, which a following all-quote
        // sentence continues: “Q1,” he said. “Q2.”
        let mut continues: Option<usize> = continues_next.take();
        // A sentence that is one quotation ending in ?” or !”, not yet attributed:
        // (first token, range, whether it was pushed as an unattributed claim).
        let mut pending_quote: Option<(usize, Range<usize>, bool)> = None;
        let units = bounded_units(
            grammar.splitter.split_with(text, para.clone(), &quote_list),
            &all,
        );
        for (ui, unit) in units.iter().enumerate() {
            let unit = unit.clone();
            // Tokens of this unit: a contiguous run of the paragraph's tokens.
            while lo < all.len() && all[lo].start < unit.start {
                lo += 1;
            }
            let mut hi = lo;
            while hi < all.len() && all[hi].end <= unit.end {
                hi += 1;
            }
            // “Why …?” Vitter demanded. — the splitter breaks after ?” before a capital; a
            // short attribution that follows belongs to the quotation.
            let mut unit = unit;
            if let Some(prev) = pending_quote.take() {
                if short_attribution(&all[lo..hi]) {
                    if prev.2 {
                        found.pop();
                    }
                    lo = prev.0;
                    unit = prev.1.start..unit.end;
                }
            }
            let toks = &all[lo..hi];
            lo = hi;
            if toks.is_empty() {
                continue;
            }
            let parser = Unit::new(lx, text, toks, &all.lower);
            let attrs = parser.parse();
            // A pronoun source refers back: names that come after it in the unit ("he said,
            // referring to the Democratic People's Republic of Korea") are observed after it
            // is resolved.
            let pronoun_at = attrs
                .iter()
                .filter_map(|a| a.source.clone())
                .filter(|r| is_pronoun(&text[r.clone()]))
                .map(|r| toks.partition_point(|t| t.start < r.start))
                .min()
                .unwrap_or(toks.len());
            resolver.observe(text, &toks[..pronoun_at]);
            let mut rest_observed = pronoun_at == toks.len();
            // “Q?” S said. — a quotation the next sentence attributes is not a continuation.
            let attributed_next = || {
                units
                    .get(ui + 1)
                    .is_some_and(|n| short_attribution(unit_tokens(&all, n)))
            };
            if attrs.is_empty() && toks[0].kind == Kind::Open && !attributed_next() {
                if let Some(k) = continues {
                    // Extend the quotation's content over this sentence, up to its last closing mark.
                    let close = toks
                        .iter()
                        .rev()
                        .find(|t| t.kind == Kind::Close)
                        .map(|t| t.end);
                    let end = close.unwrap_or(toks[toks.len() - 1].end);
                    let f = &mut found[k];
                    f.attr.content.end = end;
                    f.sentence.end = unit.end;
                    continue;
                }
            }
            continues = None;
            if attrs.is_empty() {
                let pushed = asserts(text, toks);
                let all_quote =
                    toks[0].kind == Kind::Open && toks[toks.len() - 1].kind == Kind::Close;
                if all_quote {
                    pending_quote = Some((hi - toks.len(), unit.clone(), pushed));
                }
                if pushed {
                    let attr = plain(&parser, Form::Unattributed);
                    found.push(Found {
                        attr,
                        sentence: unit,
                        source: String::new(),
                        kind: SourceKind::None,
                    });
                }
                continue;
            }
            for a in attrs {
                let quoted = matches!(a.form, Form::Direct | Form::Mixed)
                    && matches!(
                        a.pattern,
                        Pattern::Final | Pattern::Inverted | Pattern::Forward
                    );
                let pronoun = a
                    .source
                    .as_ref()
                    .is_some_and(|r| is_pronoun(&text[r.clone()]));
                if !pronoun && !rest_observed {
                    resolver.observe(text, &toks[pronoun_at..]);
                    rest_observed = true;
                }
                let (source, kind) = resolve_source(&mut resolver, text, &a);
                found.push(Found {
                    attr: a,
                    sentence: unit.clone(),
                    source,
                    kind,
                });
                // “Q1,” S said, adding … . “Q2.” — the quotation goes on after the unit.
                if quoted {
                    continues = Some(found.len() - 1);
                }
            }
            if !rest_observed {
                resolver.observe(text, &toks[pronoun_at..]);
            }
        }
        continues_next = continues;
    }

    let ix = CharIndex::new(text);
    let span = |r: &Range<usize>| ix.span(r.start, r.end);
    found
        .into_iter()
        .enumerate()
        .map(|(n, f)| {
            let a = f.attr;
            let s = |r: &Option<Range<usize>>| {
                r.as_ref()
                    .map(|r| text[r.clone()].to_string())
                    .unwrap_or_default()
            };
            Claim {
                claim_id: claim_id(&article.id, n + 1),
                article_id: article.id.clone(),
                date: date.clone(),
                form: a.form,
                stance: a.stance,
                source: f.source,
                source_kind: f.kind,
                source_mention: s(&a.source),
                cue: s(&a.cue),
                channel: s(&a.channel),
                hedged: a.hedged,
                content: text[a.content.clone()].to_string(),
                sentence: text[f.sentence.clone()].to_string(),
                content_span: Some(span(&a.content)),
                source_span: a.source.as_ref().map(span),
                cue_span: a.cue.as_ref().map(span),
                sentence_span: span(&f.sentence),
                negated: a.negated,
            }
        })
        .collect()
}

/// `<article_id>:<n>`, written digit by digit (the formatting machinery costs more than
/// the rest of the claim).
fn claim_id(article_id: &str, n: usize) -> String {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    let mut rest = n;
    loop {
        at -= 1;
        digits[at] = b'0' + (rest % 10) as u8;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    let mut id = String::with_capacity(article_id.len() + 1 + digits.len() - at);
    id.push_str(article_id);
    id.push(':');
    id.extend(digits[at..].iter().map(|&d| char::from(d)));
    id
}

/// A dateline opening the first paragraph ("WASHINGTON ― ", "MOSCOW (Reuters) — ") is
/// not part of the first sentence.
fn skip_dateline(text: &str, para: Range<usize>) -> Range<usize> {
    let p = &text[para.clone()];
    let Some(dash) = p
        .char_indices()
        .take(60)
        .find(|&(_, c)| matches!(c, '―' | '—' | '–'))
        .map(|(i, _)| i)
    else {
        return para;
    };
    let head = p[..dash].trim();
    let caps = head
        .split(|c: char| c == ',' || c == '(' || c == ')' || c.is_whitespace())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>();
    let first_upper = caps.first().is_some_and(|w| {
        w.chars()
            .filter(|c| c.is_alphabetic())
            .all(|c| c.is_uppercase())
            && w.chars().any(|c| c.is_alphabetic())
    });
    if !first_upper || caps.len() > 6 {
        return para;
    }
    let after = dash + p[dash..].chars().next().map_or(0, char::len_utf8);
    let rest = &p[after..];
    let lead = rest.len() - rest.trim_start().len();
    para.start + after + lead..para.end
}

/// The most tokens one unit is parsed as: a run-on "sentence" (a 100 MB line with no
/// full stop) is read in windows of this size, so the work stays linear.
const MAX_UNIT_TOKENS: usize = 400;

/// Cut units longer than [`MAX_UNIT_TOKENS`] at a comma or semicolon near the limit
/// (or at the limit).
fn bounded_units(units: Vec<Range<usize>>, toks: &[Tok]) -> Vec<Range<usize>> {
    let mut out = Vec::with_capacity(units.len());
    let mut lo = 0;
    for u in units {
        while lo < toks.len() && toks[lo].start < u.start {
            lo += 1;
        }
        let mut hi = lo;
        while hi < toks.len() && toks[hi].end <= u.end {
            hi += 1;
        }
        if hi - lo <= MAX_UNIT_TOKENS {
            out.push(u);
            lo = hi;
            continue;
        }
        let mut start = u.start;
        let mut k = lo;
        while hi - k > MAX_UNIT_TOKENS {
            let limit = k + MAX_UNIT_TOKENS;
            let cut = (k + MAX_UNIT_TOKENS / 2..limit)
                .rev()
                .find(|&j| {
                    toks[j].kind == Kind::Punct
                        && !toks[j].quoted
                        && matches!(toks[j].end - toks[j].start, 1)
                })
                .map_or(limit, |j| j + 1);
            out.push(start..toks[cut - 1].end);
            start = toks[cut].start;
            k = cut;
        }
        out.push(start..u.end);
        lo = hi;
    }
    out
}

fn is_pronoun(mention: &str) -> bool {
    [
        "he", "she", "they", "it", "him", "her", "them", "i", "we", "you",
    ]
    .iter()
    .any(|p| mention.eq_ignore_ascii_case(p))
}

/// The tokens of `all` that lie within `r`.
fn unit_tokens<'t>(all: &'t [Tok], r: &Range<usize>) -> &'t [Tok] {
    let lo = all.partition_point(|t| t.start < r.start);
    let hi = lo + all[lo..].partition_point(|t| t.end <= r.end);
    &all[lo..hi]
}

/// A short sentence opening with a word and with a cue among its first six words: the
/// attribution of the quotation before it (“Why …?” Vitter demanded. / “…!” Trump told ITV).
fn short_attribution(toks: &[Tok]) -> bool {
    let words = || toks.iter().filter(|t| t.kind == Kind::Word);
    toks.first().is_some_and(|t| t.kind == Kind::Word)
        && words().count() <= 25
        && words().take(6).any(|t| t.info.cue != 0)
}

fn quote_ranges(text: &str, r: Range<usize>) -> Vec<Range<usize>> {
    find_quotes(text, r).into_iter().map(|q| q.range).collect()
}

fn resolve_source(resolver: &mut Resolver, text: &str, a: &Attribution) -> (String, SourceKind) {
    match &a.source {
        Some(r) => resolver.resolve(&text[r.clone()]),
        None => (String::new(), SourceKind::None),
    }
}

/// A claim without source: the whole unit less its final punctuation.
fn plain(unit: &Unit, form: Form) -> Attribution {
    let toks = unit.toks;
    let mut end = toks.len();
    while end > 1 && toks[end - 1].kind == Kind::Punct && !toks[end - 1].quoted {
        end -= 1;
    }
    let content = toks[0].start..toks[end - 1].end;
    Attribution {
        pattern: Pattern::Forward,
        form,
        stance: Stance::Asserts,
        source: None,
        cue: None,
        content,
        channel: None,
        hedged: unit.hedged(),
        negated: unit.has_phrase(0, toks.len(), &unit.lx.negations, true),
        class: None,
    }
}

/// Does a unit assert something? Questions and fragments of fewer than four words do not.
fn asserts(text: &str, toks: &[Tok]) -> bool {
    let words = toks.iter().filter(|t| t.kind == Kind::Word).count();
    let last = toks
        .iter()
        .rev()
        .find(|t| t.kind == Kind::Punct && !t.quoted)
        .map(|t| &text[t.start..t.end]);
    words >= 4 && last != Some("?")
}

/// `SPEAKER: words`: a paragraph (or headline) opening with a short name and a colon.
fn colon_speaker(text: &str, toks: &[Tok], lx: &crate::grammar::Lexicon) -> Option<Attribution> {
    colon_speaker_first(text, toks, lx).or_else(|| colon_speaker_after_dash(text, toks, lx))
}

/// `HEADLINE - Michael P. McDonald: “Q”` / `More from Jones: “Q”`: a name after a dash or
/// "from", a colon and a quotation.
fn colon_speaker_after_dash(
    text: &str,
    toks: &[Tok],
    lx: &crate::grammar::Lexicon,
) -> Option<Attribution> {
    let w = |t: &Tok| &text[t.start..t.end];
    let colon = toks
        .iter()
        .take(40)
        .position(|t| t.kind == Kind::Punct && !t.quoted && w(t) == ":")?;
    if toks.get(colon + 1)?.kind != Kind::Open || colon < 2 {
        return None;
    }
    let mut s = colon;
    while s > 0 && colon - s < 6 && {
        let t = &toks[s - 1];
        (t.kind == Kind::Word && w(t).chars().next().is_some_and(char::is_uppercase))
            || (t.kind == Kind::Punct && w(t) == ".")
    } {
        s -= 1;
    }
    let before = toks.get(s.checked_sub(1)?)?;
    let speaker = &toks[s..colon];
    let words = speaker.iter().filter(|t| t.kind == Kind::Word).count();
    // After a dash a full name (two words or more); after "from" a known short name.
    let introduced =
        matches!(w(before), "-" | "–" | "—" | "―") && words >= 2 || w(before) == "from";
    let letters = speaker
        .iter()
        .map(|t| w(t).chars().filter(|c| c.is_alphabetic()).count())
        .sum::<usize>();
    if !introduced || speaker.is_empty() || letters < 3 {
        return None;
    }
    if lx.info(&w(&speaker[0]).to_lowercase()).cue != 0 {
        return None;
    }
    let mut end = toks.len();
    while end > colon + 2 && toks[end - 1].kind == Kind::Punct && !toks[end - 1].quoted {
        end -= 1;
    }
    Some(Attribution {
        pattern: Pattern::Colon,
        form: Form::Direct,
        stance: Stance::Asserts,
        source: Some(speaker[0].start..speaker[speaker.len() - 1].end),
        cue: Some(toks[colon].start..toks[colon].end),
        content: toks[colon + 1].start..toks[end - 1].end,
        channel: None,
        hedged: false,
        negated: false,
        class: None,
    })
}

fn colon_speaker_first(
    text: &str,
    toks: &[Tok],
    lx: &crate::grammar::Lexicon,
) -> Option<Attribution> {
    let colon = toks
        .iter()
        .take(8)
        .position(|t| t.kind == Kind::Punct && &text[t.start..t.end] == ":")?;
    let skip = usize::from(toks.first().is_some_and(|t| {
        t.kind == Kind::Open || (t.kind == Kind::Punct && &text[t.start..t.end] == "\"")
    }));
    if colon <= skip || colon + 1 >= toks.len() {
        return None;
    }
    let speaker = &toks[skip..colon];
    let all_cap = speaker.iter().all(|t| {
        let w = &text[t.start..t.end];
        (t.kind == Kind::Word && w.chars().next().is_some_and(|c| c.is_uppercase()))
            || (t.kind == Kind::Punct && w == ".")
    });
    if !all_cap || (skip == 0 && speaker.iter().any(|t| t.quoted)) {
        return None;
    }
    // A label like "Photo:" or "Watch:" is not a speaker.
    let first = text[speaker[0].start..speaker[0].end].to_lowercase();
    if lx.info(&first).cue != 0
        || matches!(
            first.as_str(),
            "photo"
                | "watch"
                | "read"
                | "update"
                | "updated"
                | "note"
                | "editor"
                | "related"
                | "video"
                | "breaking"
                | "urgent"
                | "exclusive"
                | "developing"
                | "alert"
                | "live"
                | "opinion"
                | "analysis"
                | "editorial"
                | "listen"
                | "see"
                | "also"
                | "more"
                | "warning"
                | "correction"
                | "clarification"
        )
    {
        return None;
    }
    // A speaker is a name, not a one-letter interview label ("A:") or a heading over a list.
    let speaker_text = &text[speaker[0].start..speaker[speaker.len() - 1].end];
    if speaker_text.chars().filter(|c| c.is_alphabetic()).count() < 2 {
        return None;
    }
    let words = toks[colon + 1..]
        .iter()
        .filter(|t| t.kind == Kind::Word)
        .count();
    let commas = toks[colon + 1..]
        .iter()
        .filter(|t| &text[t.start..t.end] == ",")
        .count();
    let first_after = &text[toks[colon + 1].start..toks[colon + 1].end];
    if words < 4 || commas * 3 > words || first_after.starts_with('@') {
        return None;
    }
    let mut end = toks.len();
    while end > colon + 2
        && toks[end - 1].kind == Kind::Punct
        && !toks[end - 1].quoted
        && toks[end - 1].kind != Kind::Close
    {
        end -= 1;
    }
    let content = toks[colon + 1].start..toks[end - 1].end;
    let quoted = toks[colon + 1].kind == Kind::Open;
    Some(Attribution {
        pattern: Pattern::Colon,
        form: if quoted { Form::Direct } else { Form::Mixed },
        stance: Stance::Asserts,
        source: Some(speaker[0].start..speaker[speaker.len() - 1].end),
        cue: Some(toks[colon].start..toks[colon].end),
        content,
        channel: None,
        hedged: false,
        negated: false,
        class: None,
    })
}

/// The claims of one article made of `text`, with the embedded grammar (for unit tests).
#[cfg(test)]
pub(crate) fn extract_text(text: &str) -> Vec<Claim> {
    let a = Article {
        id: "t".into(),
        text: text.into(),
        ..Article::default()
    };
    extract(&a, &Grammar::default_en())
}

#[cfg(test)]
mod tests {
    use super::extract_text;

    #[test]
    fn claim_ids_are_written_as_formatted() {
        for n in [1, 9, 10, 99, 100, 12345, usize::MAX] {
            assert_eq!(super::claim_id("a:b", n), format!("a:b:{n}"));
        }
    }

    /// (form, source, cue, content) of every attributed claim.
    fn claims(text: &str) -> Vec<(String, String, String, String)> {
        extract_text(text)
            .into_iter()
            .filter(|c| c.form.is_attributed())
            .map(|c| (c.form.to_string(), c.source, c.cue, c.content))
            .collect()
    }

    fn row(form: &str, source: &str, cue: &str, content: &str) -> (String, String, String, String) {
        (form.into(), source.into(), cue.into(), content.into())
    }

    #[test]
    fn a_quotation_attributed_after_its_question_mark_is_not_a_continuation() {
        let got = claims(
            "Mary Keller said she wanted to speak “directly to voters.”\n\n\
             “How many times do we have to see this?” Keller said. “This is unbearable.”",
        );
        assert_eq!(
            got,
            vec![
                row(
                    "mixed",
                    "Mary Keller",
                    "said",
                    "she wanted to speak “directly to voters.”"
                ),
                row(
                    "direct",
                    "Mary Keller",
                    "said",
                    "“How many times do we have to see this?” Keller said. “This is unbearable.”"
                ),
            ]
        );
    }

    #[test]
    fn a_quotation_goes_on_after_a_participle_clause() {
        let got = claims(
            "“You can’t talk about change,” Ava DuVernay said, emphasizing why the past matters. \
             “It’s so important.”",
        );
        assert_eq!(
            got,
            vec![
                row(
                    "direct",
                    "Ava DuVernay",
                    "said",
                    "“You can’t talk about change,” Ava DuVernay said, emphasizing why the past matters. “It’s so important.”"
                ),
                row("indirect", "Ava DuVernay", "emphasizing", "why the past matters"),
            ]
        );
    }

    #[test]
    fn an_object_content_ends_before_adjuncts_of_the_cue() {
        let got = claims(
            "The union endorsed Hillary Clinton for president on Thursday.\n\n\
             Mr. Obama praised the proposals while at a convention in Kansas City.\n\n\
             The museum said the new exhibition opens on Tuesday.",
        );
        assert_eq!(
            got,
            vec![
                row(
                    "indirect",
                    "the union",
                    "endorsed",
                    "Hillary Clinton for president"
                ),
                row("indirect", "Mr. Obama", "praised", "the proposals"),
                row(
                    "indirect",
                    "the museum",
                    "said",
                    "the new exhibition opens on Tuesday"
                ),
            ]
        );
    }

    #[test]
    fn subjects_with_ly_nouns_dotted_initials_and_a_trailing_tell() {
        let got = claims(
            "Attorneys for the family said the video was clear.\n\n\
             The S.E.C. said it would increase oversight.\n\n\
             Trump could embrace clean energy, Sen. Lindsey Graham told The Huffington Post on Thursday.",
        );
        assert_eq!(
            got,
            vec![
                row(
                    "indirect",
                    "Attorneys for the family",
                    "said",
                    "the video was clear"
                ),
                row(
                    "indirect",
                    "the S.E.C.",
                    "said",
                    "it would increase oversight"
                ),
                row(
                    "indirect",
                    "Lindsey Graham",
                    "told",
                    "Trump could embrace clean energy"
                ),
            ]
        );
    }

    #[test]
    fn a_pronoun_does_not_refer_to_a_name_after_it() {
        let got = claims(
            "Ban Ki-moon met reporters on Monday.\n\n\
             “We remain open to talks,” he said, referring to the Democratic People’s Republic of Korea.",
        );
        assert_eq!(
            got[0],
            row(
                "direct",
                "Ban Ki-moon",
                "said",
                "“We remain open to talks,”"
            )
        );
    }

    #[test]
    fn a_channel_is_named_near_the_cue() {
        let channels = |t: &str| -> Vec<String> {
            extract_text(t)
                .into_iter()
                .filter(|c| c.form.is_attributed())
                .map(|c| c.channel)
                .collect()
        };
        assert_eq!(
            channels(
                "“Subpoenas are not optional,” Jason Chaffetz said after Pagliano failed to show up.\n\n\
                 “That’s right,” Melanie said to the nominee, who began his speech.\n\n\
                 The ministry said in a statement that the talks failed."
            ),
            vec!["", "", "statement"]
        );
    }

    #[test]
    fn a_name_after_a_dash_and_a_colon_speaks_the_quotation() {
        let got = claims(
            "RED STATES OUTNUMBER BLUE STATES - Jeffrey M. Jones: “Gallup finds that 20 states are Republican.”\n\n\
             What it means - More from Jones: “The partisanship is a starting point.”\n\n\
             The score was 3 - Final: “We won.”",
        );
        assert_eq!(
            got,
            vec![
                row(
                    "direct",
                    "Jeffrey M. Jones",
                    ":",
                    "“Gallup finds that 20 states are Republican.”"
                ),
                row(
                    "direct",
                    "Jeffrey M. Jones",
                    ":",
                    "“The partisanship is a starting point.”"
                ),
            ]
        );
    }

    #[test]
    fn survey_and_relative_clause_subjects() {
        let got = claims(
            "Seventy-four percent of Democratic registered voters say they have a favorable view of Clinton.\n\n\
             Still, people who have battled online threats say it could be doing more.\n\n\
             Rubio did not attack his rivals, particularly Chris Christie, who says the senator lacks experience.",
        );
        assert_eq!(
            got,
            vec![
                row(
                    "indirect",
                    "Seventy-four percent of Democratic registered voters",
                    "say",
                    "they have a favorable view of Clinton"
                ),
                row(
                    "indirect",
                    "people who have battled online threats",
                    "say",
                    "it could be doing more"
                ),
                row(
                    "indirect",
                    "Chris Christie",
                    "says",
                    "the senator lacks experience"
                ),
            ]
        );
    }

    #[test]
    fn inverted_base_say_and_a_noun_after_a_determiner() {
        let got = claims(
            "A subdued Bill Clinton may not be a bad thing, say some Democrats, who cringe.\n\n\
             At least half of voters in each state say the positions are right.",
        );
        assert_eq!(
            got,
            vec![
                row(
                    "indirect",
                    "some Democrats",
                    "say",
                    "A subdued Bill Clinton may not be a bad thing"
                ),
                row(
                    "indirect",
                    "At least half of voters in each state",
                    "say",
                    "the positions are right"
                ),
            ]
        );
    }

    #[test]
    fn a_label_before_a_colon_is_no_speaker() {
        assert_eq!(
            claims(
                "BREAKING: Islamic State fighters seize the town of Ramadi after heavy fighting."
            ),
            vec![]
        );
        assert_eq!(
            claims(
                "Exclusive: Islamic State fighters seize the town of Ramadi after heavy fighting."
            ),
            vec![]
        );
    }

    #[test]
    fn evidence_with_plural_heads_and_clauses_without_that() {
        let got = claims(
            "Polls show that majorities favor tougher laws.\n\n\
             FEC records from the 2008 election cycle show he backed John McCain.\n\n\
             Bush had to lend his campaign money, fundraising documents show.\n\n\
             Clinton suggested the United States should send more forces.\n\n\
             Clinton suggested a plan.",
        );
        assert_eq!(
            got,
            vec![
                row(
                    "indirect",
                    "Polls",
                    "show",
                    "that majorities favor tougher laws"
                ),
                row(
                    "indirect",
                    "FEC records from the 2008 election cycle",
                    "show",
                    "he backed John McCain"
                ),
                row(
                    "indirect",
                    "fundraising documents",
                    "show",
                    "Bush had to lend his campaign money"
                ),
                row(
                    "indirect",
                    "Clinton",
                    "suggested",
                    "the United States should send more forces"
                ),
            ]
        );
    }

    #[test]
    fn nominal_attributions() {
        let got = claims(
            "Donald Trump’s attacks on Machado have hurt him.\n\n\
             He rejected her claim that the economy was strong.",
        );
        assert_eq!(
            got,
            vec![
                row("indirect", "Donald Trump", "attacks on", "Machado"),
                row(
                    "indirect",
                    "Donald Trump",
                    "rejected",
                    "her claim that the economy was strong"
                ),
                row("indirect", "she", "claim", "that the economy was strong"),
            ]
        );
    }

    #[test]
    fn but_that_goes_on_and_a_channel_phrase_closes_the_unit() {
        let got = claims(
            "The governor said the country needs a guest-worker program, but that he would not support deportation.\n\n\
             Democrats had put the biggest crack yet in the glass ceiling, Mary Keller said in a video message to the convention.",
        );
        assert_eq!(
            got,
            vec![
                row(
                    "indirect",
                    "the governor",
                    "said",
                    "the country needs a guest-worker program, but that he would not support deportation"
                ),
                row(
                    "indirect",
                    "Mary Keller",
                    "said",
                    "Democrats had put the biggest crack yet in the glass ceiling"
                ),
            ]
        );
    }

    #[test]
    fn an_appositive_subject_after_an_opening_phrase() {
        // The source is the name; the source mention keeps the appositive.
        let got = claims(
            "With 50 days to go, Minyon Moore, a senior adviser to the campaign, said the remarks were a wake-up call.\n\n\
             While Brookover did not spell out the path, Rep. Chris Collins, R-NY, says meeting participants outlined a scenario.",
        );
        assert_eq!(
            got,
            vec![
                row(
                    "indirect",
                    "Minyon Moore",
                    "said",
                    "the remarks were a wake-up call"
                ),
                row(
                    "indirect",
                    "Chris Collins",
                    "says",
                    "meeting participants outlined a scenario"
                ),
            ]
        );
    }

    #[test]
    fn a_dateline_after_a_headline_and_a_name_given() {
        let got = claims(
            "Trump demands Ginsburg resign.\n\n\
             WASHINGTON (AP) — Donald Trump said Wednesday that the justice should resign.\n\n\
             Barden now helps lead a program called Sandy Hook Promise.",
        );
        assert_eq!(
            got,
            vec![row(
                "indirect",
                "Donald Trump",
                "said",
                "that the justice should resign"
            )]
        );
    }

    #[test]
    fn names_in_quotation_marks_are_not_people() {
        let got = claims("He told “Good Morning America” that he agrees Trump is an opportunist.");
        assert_eq!(got[0].1, "He");
    }

    #[test]
    fn continued_is_a_cue() {
        let got = claims("“We have got to do everything possible,” Hillary Clinton continued.");
        assert_eq!(
            got,
            vec![row(
                "direct",
                "Hillary Clinton",
                "continued",
                "“We have got to do everything possible,”"
            )]
        );
    }
}
