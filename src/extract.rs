//! Putting the stages together: article in, claims out.
//!
//! clean (date header, headline, furniture) → paragraphs → sentence units (quotations
//! kept whole) → tokens → attribution patterns → sources resolved → claims with
//! character offsets. Sentences with no attribution that assert something become
//! `unattributed` claims; questions and fragments do not.

use std::cell::Cell;
use std::ops::Range;
use std::sync::Arc;

use crate::clean::Layout;
use crate::grammar::attribution::{Attribution, Pattern, Unit};
use crate::grammar::lexicon::CueClass;
use crate::grammar::token::{head, tokenize_into, Kind, Tok, Tokens};
use crate::grammar::Grammar;
use crate::model::{Article, Claim, Form, SourceKind, Stance, Text};
use crate::resolve::{Resolver, ResolverBuffers};
use crate::sentence::{find_quotes_into, has_guillemets, Quote};
use crate::text::{CharIndex, CharIndexBuffers};

/// A claim before ids and character offsets: byte ranges into the text.
struct Found {
    attr: Attribution,
    sentence: Range<usize>,
    source: String,
    kind: SourceKind,
}

/// The buffers of [`extract`] that outlive an article: the tokens of a paragraph, its
/// quotations, the claims found and the resolver's names grow to the largest once per
/// thread, not once per article.
#[derive(Default)]
struct Buffers {
    all: Tokens,
    quote_list: Vec<Quote>,
    quotes: Vec<Range<usize>>,
    /// The sentence units of a paragraph.
    units: Vec<Range<usize>>,
    /// The attributions of a unit.
    attrs: Vec<Attribution>,
    /// The claims found (a claim is large to copy: the list seldom grows again).
    found: Vec<Found>,
    /// The buffers of [`CharIndex`].
    wide: CharIndexBuffers,
    layout: Layout,
    /// The people and names of the resolver.
    resolver: ResolverBuffers,
}

thread_local! {
    static BUFFERS: Cell<Buffers> = Cell::new(Buffers::default());
}

/// Extract every claim of one article, in text order.
pub fn extract(article: &Article, grammar: &Grammar) -> Vec<Claim> {
    let mut buffers = BUFFERS.try_with(Cell::take).unwrap_or_default();
    let claims = extract_with(article, grammar, &mut buffers);
    // (Not when the thread is ending, nor after a huge article: its buffers would hold
    // their memory for the rest of the run.)
    if article.text.len() <= KEEP_BUFFERS_UP_TO {
        let _ = BUFFERS.try_with(|b| b.set(buffers));
    }
    claims
}

/// Is the sentence in title case, as headlines are ("Chris Christie Calls Hillary Clinton
/// ‘A Disgrace’ Over Police Shooting Comments"): four words of four letters or more, nine in
/// ten of them capitalised? (Most sentences are told at their second lower-case word.)
/// Stricter than the parser's own test (`Unit::title_case`, three in four, which only lets a
/// capitalised cue count): this one decides whether the tokens are rewritten.
fn is_title_case(toks: &[Tok]) -> bool {
    let (mut long, mut lower) = (0, 0);
    for t in toks {
        if t.kind == Kind::Word && t.end - t.start >= 4 && !t.quoted {
            long += 1;
            if t.first & Tok::UPPER == 0 {
                lower += 1;
                if lower >= 2 {
                    return false;
                }
            }
        }
    }
    long >= 4 && lower * 10 <= long
}

/// The tokens of a title-case sentence with its cues and small words read as lower case, as
/// in other sentences: "Chris Christie Calls Hillary Clinton …" is parsed as "Chris Christie
/// calls Hillary Clinton …" (the first word stays as it is).
fn lower_title_case(text: &str, toks: &[Tok]) -> Vec<Tok> {
    const SMALL: [&str; 18] = [
        "to", "on", "of", "for", "with", "over", "in", "at", "by", "and", "the", "a", "an", "from",
        "after", "about", "against", "into",
    ];
    let mut out = toks.to_vec();
    for (k, t) in out.iter_mut().enumerate() {
        if k == 0 || t.kind != Kind::Word || t.quoted {
            continue;
        }
        let w = &text[t.start..t.end];
        // (Words in capitals stay: "RED STATES OUTNUMBER BLUE STATES - Jones: …" is a label.)
        if w.as_bytes().get(1).is_some_and(u8::is_ascii_uppercase) {
            continue;
        }
        if t.info.cue != 0 || SMALL.iter().any(|s| s.eq_ignore_ascii_case(w)) {
            t.first = 0;
        }
    }
    out
}

/// The longest article whose buffers are kept for the next (1 MiB).
const KEEP_BUFFERS_UP_TO: usize = 1 << 20;

/// [`extract`] with these buffers.
fn extract_with(article: &Article, grammar: &Grammar, buffers: &mut Buffers) -> Vec<Claim> {
    let Buffers {
        all,
        quote_list,
        quotes,
        units,
        attrs,
        found,
        wide,
        layout,
        resolver: resolver_buffers,
    } = buffers;
    let text = article.text.as_str();
    let lx = &grammar.lexicon;
    grammar.cleaner.layout_into(text, layout);
    let date = article
        .date
        .clone()
        .or(layout.date.clone())
        .unwrap_or_default();
    let mut resolver = Resolver::with_buffers(lx, std::mem::take(resolver_buffers));
    // About two claims a paragraph: a list that seldom grows (a claim is large to copy).
    found.clear();
    found.reserve(2 * layout.paragraphs.len() + 1);

    // Most articles have no « »: their paragraphs are not searched for them.
    let guillemets = has_guillemets(text);
    if let Some(h) = layout.headline.clone() {
        read_span(text, h.clone(), guillemets, lx, quote_list, quotes, all);
        let toks = &*all;
        resolver.observe(text, toks);
        // A headline may carry its own attribution ("De Blasio says …", "Warren: ‘…’").
        let title_case;
        // (A headline in title case is read with its cues in lower case, see
        // `lower_title_case`.)
        let toks: &[Tok] = if is_title_case(toks) {
            title_case = lower_title_case(text, toks);
            &title_case
        } else {
            toks
        };
        let parser = Unit::new(lx, text, toks, &all.lower);
        let parsed = parser
            .parse()
            .into_iter()
            // (A headline with "reportedly" stays a hedged headline.)
            .find(|a| !matches!(a.pattern, Pattern::Intro | Pattern::Adverb))
            .or_else(|| colon_speaker(text, toks, lx))
            .or_else(|| trailing_label(&parser));
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
    for (n, para) in layout.paragraphs.iter().enumerate() {
        // A dateline opens one of the first paragraphs (after a headline that ends with a
        // full stop, it is the second).
        let para = &if n < 3 {
            skip_dateline(text, para.clone())
        } else {
            para.clone()
        };
        let ellipsis = read_span(text, para.clone(), guillemets, lx, quote_list, quotes, all);
        let all = &*all;
        // A transcript line: `SPEAKER: words …` is one direct claim for the paragraph.
        if let Some(a) = colon_speaker(text, all, lx) {
            resolver.observe(text, all);
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
        grammar
            .splitter
            .split_with(text, para.clone(), quote_list, ellipsis, units);
        bounded_units(units, all);
        let units = &*units;
        for (ui, unit) in units.iter().enumerate() {
            let unit = unit.clone();
            // Tokens of this unit: a contiguous run of the paragraph's tokens.
            while lo < all.len() && all[lo].start < unit.start {
                lo += 1;
            }
            // (Tokens do not overlap: their ends rise, so the end is found by bisection.)
            let hi = lo + all[lo..].partition_point(|t| t.end <= unit.end);
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
            let title_case;
            // (A title-case sentence in the first paragraph, often an article's first line, as
            // PolNeAR's headlines are, is read with its cues in lower case.)
            let ptoks: &[Tok] = if n == 0 && is_title_case(toks) {
                title_case = lower_title_case(text, without_parentheses(toks));
                &title_case
            } else {
                without_parentheses(toks)
            };
            let parser = Unit::new(lx, text, ptoks, &all.lower);
            parser.parse_into(attrs);
            // A pronoun source refers back: names that come after it in the unit ("he said,
            // referring to the Democratic People's Republic of Korea") are observed after it
            // is resolved.
            let pronoun_at = attrs
                .iter()
                .filter_map(|a| a.source.clone())
                .filter(|r| is_pronoun(&text.as_bytes()[r.clone()]))
                .map(|r| toks.partition_point(|t| t.start < r.start))
                .min()
                .unwrap_or(toks.len());
            resolver.observe(text, &toks[..pronoun_at]);
            let mut rest_observed = pronoun_at == toks.len();
            // “Q?” S said. — a quotation the next sentence attributes is not a continuation.
            let attributed_next = || {
                units
                    .get(ui + 1)
                    .is_some_and(|n| short_attribution(unit_tokens(all, n)))
            };
            // (A sentence inside a quotation that an earlier sentence opened goes on with it:
            // “Q1. Q2.” — or, where the paragraph never closes it, to the paragraph end.)
            let inside_quote = toks[0].quoted && toks[0].kind != Kind::Open;
            // (“Q1,” he said. But “Q2.” goes on too.)
            let opens = toks[0].kind == Kind::Open
                || toks.len() > 1
                    && toks[1].kind == Kind::Open
                    && matches!(&text[toks[0].start..toks[0].end], "But" | "And");
            if attrs.is_empty() && (opens && !attributed_next() || inside_quote) {
                if let Some(k) = continues {
                    // Extend the quotation's content over this sentence, up to its last closing mark.
                    let close = toks
                        .iter()
                        .rev()
                        .find(|t| t.kind == Kind::Close)
                        .map(|t| t.end);
                    let end = close.unwrap_or(toks[toks.len() - 1].end);
                    let f = &mut found[k];
                    // "He said:" ¶ “Q.” — the quotation is all of the content.
                    if f.attr.content.is_empty() {
                        f.attr.content = toks[0].start..toks[0].start;
                    }
                    // What stands between the quotation and its continuation ("she said.")
                    // is no content.
                    let between = f.attr.content.end..toks[0].start;
                    if f.attr.gap.is_none()
                        && text[between.clone()].chars().any(char::is_alphanumeric)
                    {
                        f.attr.gap = Some(between);
                    }
                    f.attr.content.end = end;
                    f.sentence.end = unit.end;
                    // (What was said indirectly and then quoted is mixed.)
                    if f.attr.form == Form::Indirect {
                        f.attr.form = Form::Mixed;
                    }
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
            for a in attrs.drain(..) {
                // "He said:" closing the paragraph, when the next one opens with a
                // quotation: that quotation is the content.
                let intro = a.pattern == Pattern::Intro;
                if intro
                    && !(ui + 1 == units.len()
                        && layout
                            .paragraphs
                            .get(n + 1)
                            .is_some_and(|p| opens_with_quote(&text[p.clone()])))
                {
                    continue;
                }
                // May a sentence that is only a quotation go on with this content?
                let continuable = intro
                    || matches!(a.form, Form::Direct | Form::Mixed)
                        && matches!(
                            a.pattern,
                            Pattern::Final | Pattern::Inverted | Pattern::Forward
                        )
                    // "Carter said that C. “Q.”": a quotation alone after what a source said,
                    // wrote or told goes on with it.
                    || a.form == Form::Indirect
                        && matches!(a.pattern, Pattern::Forward | Pattern::Final)
                        && a.class.is_some_and(|c| {
                            matches!(c, CueClass::Speech | CueClass::Write | CueClass::Tell)
                        });
                let pronoun = a
                    .source
                    .as_ref()
                    .is_some_and(|r| is_pronoun(&text.as_bytes()[r.clone()]));
                if !pronoun && !rest_observed {
                    resolver.observe(text, &toks[pronoun_at..]);
                    rest_observed = true;
                }
                let antecedent = a
                    .source
                    .as_ref()
                    .filter(|r| {
                        let w = &text.as_bytes()[(*r).clone()];
                        w.eq_ignore_ascii_case(b"who") || w.eq_ignore_ascii_case(b"which")
                    })
                    .and_then(|r| relative_antecedent(text, toks, r.start));
                let (source, kind) = match antecedent {
                    Some(name) => resolver.resolve(&text[name]),
                    None => resolve_source(&mut resolver, text, &a),
                };
                found.push(Found {
                    attr: a,
                    sentence: unit.clone(),
                    source,
                    kind,
                });
                // “Q1,” S said, adding … . “Q2.”, S said that C. “Q.” — the content goes on
                // after the unit.
                if continuable {
                    continues = Some(found.len() - 1);
                }
            }
            if !rest_observed {
                resolver.observe(text, &toks[pronoun_at..]);
            }
        }
        continues_next = continues;
    }

    // "Trump said …" before "Donald Trump" is named: a last name alone goes to the one
    // person of the article who bears it, whenever named.
    // (Each last name is asked once: the answer reads the article's text.)
    let mut asked: Vec<(String, Option<String>)> = Vec::new();
    for f in found.iter_mut() {
        if f.kind == SourceKind::Person
            && f.source.starts_with(|c: char| c.is_uppercase())
            // (ASCII bytes told as bytes; a word with other characters by its characters.)
            && (f.source.bytes().all(|b| b.is_ascii_alphabetic() || b == b'-')
                || !f.source.is_ascii()
                    && f.source.chars().all(|c| c.is_alphabetic() || c == '-'))
        {
            let full = match asked.iter().find(|(l, _)| *l == f.source) {
                Some((_, full)) => full.clone(),
                None => {
                    let full = resolver.only_bearer(&f.source);
                    asked.push((f.source.clone(), full.clone()));
                    full
                }
            };
            if let Some(full) = full {
                f.source = full;
            }
        }
    }
    *resolver_buffers = resolver.into_buffers();
    // An introduction whose quotation did not follow ("He said:" ¶ a paragraph that
    // attributes itself) has no content.
    found.retain(|f| !f.attr.content.is_empty());
    let ix = CharIndex::new_in(text, std::mem::take(wide));
    // (`span` for the ranges that are always there; the optional ones are mapped by
    // closures of their own, which inline, where one closure shared by them stayed a call.)
    let span = |r: &Range<usize>| ix.span(r.start, r.end);
    // The claims' texts are pieces of one copy of the article's text, their id and date
    // of one copy each: no claim allocates for them.
    let shared: Arc<str> = if found.is_empty() {
        Arc::from("")
    } else {
        Arc::from(text)
    };
    let article_id = Text::from(article.id.as_str());
    let date = Text::from(date);
    let piece = |r: &Range<usize>| Text::piece(&shared, r.clone());
    let claims = found
        .drain(..)
        .enumerate()
        .map(|(n, f)| {
            let a = f.attr;
            let s = |r: &Option<Range<usize>>| piece(r.as_ref().unwrap_or(&(0..0)));
            Claim {
                claim_id: claim_id(&article.id, n + 1),
                article_id: article_id.clone(),
                date: date.clone(),
                form: a.form,
                stance: a.stance,
                source: f.source,
                source_kind: f.kind,
                source_mention: s(&a.source),
                cue: s(&a.cue),
                channel: s(&a.channel),
                hedged: a.hedged,
                content: piece(&a.content),
                sentence: piece(&f.sentence),
                content_span: Some(span(&a.content)),
                content_gap: a.gap.as_ref().map(|r| ix.span(r.start, r.end)),
                source_span: a.source.as_ref().map(|r| ix.span(r.start, r.end)),
                cue_span: a.cue.as_ref().map(|r| ix.span(r.start, r.end)),
                sentence_span: span(&f.sentence),
                negated: a.negated,
                headline: layout.headline.as_ref() == Some(&f.sentence),
            }
        })
        .collect();
    *wide = ix.into_buffer();
    claims
}

/// The quotations of `span` (the headline or a paragraph) into `quote_list` and their
/// ranges into `quotes`, and its tokens into `all`. Whether it holds a `…` (see
/// [`find_quotes_into`]).
fn read_span(
    text: &str,
    span: Range<usize>,
    guillemets: bool,
    lx: &crate::grammar::Lexicon,
    quote_list: &mut Vec<Quote>,
    quotes: &mut Vec<Range<usize>>,
    all: &mut Tokens,
) -> bool {
    let ellipsis = find_quotes_into(text, span.clone(), guillemets, quote_list);
    quotes.clear();
    quotes.extend(quote_list.iter().map(|q| q.range.clone()));
    tokenize_into(text, span.start, span.end, quotes, lx, all);
    ellipsis
}

/// Does a paragraph open with a quotation mark?
fn opens_with_quote(para: &str) -> bool {
    para.trim_start()
        .starts_with(['"', '“', '«', '\'', '‘', '„'])
}

/// Where the first dash (―, — or –) of `p` stands among its first 60 characters, as
/// `p.char_indices().take(60).find(..)` finds it, reading bytes: every dash is E2 80 and
/// one of 93, 94, 95, so a paragraph whose first 60 bytes are ASCII (most) has none there.
fn dateline_dash(p: &str) -> Option<usize> {
    const CHARS: usize = 60;
    let b = p.as_bytes();
    if b[..b.len().min(CHARS)].is_ascii() {
        return None;
    }
    let mut i = 0;
    for _ in 0..CHARS {
        let &lead = b.get(i)?;
        if lead == 0xE2 && b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0x93..=0x95))
        {
            return Some(i);
        }
        i += crate::text::char_len(lead);
    }
    None
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
    // (Pushed as characters: a test of the digits' UTF-8 cost more than the pushes.)
    id.extend(digits[at..].iter().map(|&d| char::from(d)));
    id
}

/// A dateline opening the first paragraph ("WASHINGTON ― ", "MOSCOW (Reuters) — ") is
/// not part of the first sentence.
fn skip_dateline(text: &str, para: Range<usize>) -> Range<usize> {
    let p = &text[para.clone()];
    let Some(dash) = dateline_dash(p) else {
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
/// (or at the limit), in place.
fn bounded_units(units: &mut Vec<Range<usize>>, toks: &[Tok]) {
    // No unit of a paragraph holds more tokens than the paragraph (the common case).
    if toks.len() <= MAX_UNIT_TOKENS {
        return;
    }
    let mut out = Vec::with_capacity(units.len());
    let mut lo = 0;
    for u in units.drain(..) {
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
    *units = out;
}

fn is_pronoun(mention: &[u8]) -> bool {
    // (No pronoun of the list is longer than four bytes: most mentions are, and are
    // told by their length. The mention's bytes: compared as bytes, with no test that a
    // slice of the text ends at character boundaries.)
    mention.len() <= 4
        && [
            "he", "she", "they", "it", "him", "her", "them", "i", "we", "you",
        ]
        .iter()
        .any(|p| mention.eq_ignore_ascii_case(p.as_bytes()))
}

/// "…, particularly Chris Christie, who says …": the capitalised name before the comma that
/// a relative "who" (at byte `at`) follows, for the name it stands for. Before "of", the
/// name ("Sen. Ted Cruz of Texas, who" → "Sen. Ted Cruz"); none after a preposition or a
/// comma ("an analyst at Jefferies, who", "of Cherry Hill, New Jersey, who": a description or
/// a place), where "who" is resolved as a pronoun.
fn relative_antecedent(text: &str, toks: &[Tok], at: usize) -> Option<Range<usize>> {
    let is = |k: usize, w: &str| text[toks[k].start..toks[k].end].eq_ignore_ascii_case(w);
    let cap = |k: usize| {
        toks[k].kind == Kind::Word && toks[k].first == Tok::UPPER && !toks[k].quoted || is(k, ".")
    };
    // (Tokens are in text order: found by bisection.)
    let j = toks.binary_search_by_key(&at, |t| t.start).ok()?;
    // ("Donald Trump - who previously said …": a dash opens the clause as a comma does.)
    // (A mark is one token: "--" is two hyphens, the second before "who".)
    let comma = j.checked_sub(1).filter(|&c| {
        matches!(
            &text[toks[c].start..toks[c].end],
            "," | "-" | "—" | "–" | "―"
        )
    })?;
    let run_start = |mut s: usize| {
        while s > 0 && cap(s - 1) {
            s -= 1;
        }
        s
    };
    let mut s = run_start(comma);
    let mut e = comma;
    if s >= 2 && is(s - 1, "of") && cap(s - 2) {
        e = s - 1;
        s = run_start(e);
    } else if s > 0
        && ["at", "of", "for", "from", "in", "with", "on", "by", ","]
            .iter()
            .any(|w| is(s - 1, w))
    {
        return None;
    }
    (s < e).then(|| toks[s].start..toks[e - 1].end)
}

/// The tokens of `all` that lie within `r`.
fn unit_tokens<'t>(all: &'t [Tok], r: &Range<usize>) -> &'t [Tok] {
    let lo = all.partition_point(|t| t.start < r.start);
    let hi = lo + all[lo..].partition_point(|t| t.end <= r.end);
    &all[lo..hi]
}

/// The tokens of a sentence without the parentheses around it: "(The French are big fans
/// of ''Prison Break,'' Mr. Madden said.)" is parsed as the sentence inside. A parenthesis
/// is left out when it has no partner within the sentence: an opening one first, a closing
/// one last (before the final marks), as where a parenthesis holds several sentences.
fn without_parentheses(toks: &[Tok]) -> &[Tok] {
    // (A mark is told by its head, the bytes of its one character.)
    const OPEN: u64 = head(b"(");
    const CLOSE: u64 = head(b")");
    let mark = |t: &Tok, m: u64| t.kind == Kind::Punct && t.head == m;
    let depth_ok = |ts: &[Tok]| {
        // (Every closing parenthesis has its opening one before it, and all are closed.)
        let mut d = 0i32;
        for t in ts {
            if mark(t, OPEN) {
                d += 1;
            } else if mark(t, CLOSE) {
                d -= 1;
                if d < 0 {
                    return false;
                }
            }
        }
        d == 0
    };
    let n = toks.len();
    if n < 3 {
        return toks;
    }
    // The closing parenthesis: the last token, or before a final mark ("said.)", "said).");
    // `k` is where it ends, 0 for none. (Most sentences neither open nor close with one,
    // and are told by these compares.)
    let finals = |t: &Tok| {
        t.kind == Kind::Punct
            && (t.head == head(b".") || t.head == head(b"!") || t.head == head(b"?"))
    };
    let k = if mark(&toks[n - 1], CLOSE) {
        n
    } else if mark(&toks[n - 2], CLOSE) && finals(&toks[n - 1]) {
        n - 1
    } else {
        0
    };
    let opening = mark(&toks[0], OPEN);
    let closing = k > 1;
    if !opening && !closing {
        return toks;
    }
    let (lo, hi) = if opening && closing && depth_ok(&toks[1..k - 1]) {
        (1, k - 1)
    } else if opening && depth_ok(&toks[1..]) {
        (1, toks.len())
    } else if closing && depth_ok(&toks[..k - 1]) {
        (0, k - 1)
    } else {
        (0, toks.len())
    };
    if lo < hi {
        &toks[lo..hi]
    } else {
        toks
    }
}

/// A short sentence opening with a word and with a cue among its first six words: the
/// attribution of the quotation before it (“Why …?” Vitter demanded. / “…!” Trump told ITV).
fn short_attribution(toks: &[Tok]) -> bool {
    let words = || toks.iter().filter(|t| t.kind == Kind::Word);
    toks.first().is_some_and(|t| t.kind == Kind::Word)
        && words().count() <= 25
        && words().take(6).any(|t| t.info.cue != 0)
        // ("Mr. Zahed said: ''Q''" attributes its own quotation.)
        && !toks.iter().any(|t| t.kind == Kind::Open)
}

fn resolve_source<'a>(
    resolver: &mut Resolver<'a>,
    text: &'a str,
    a: &Attribution,
) -> (String, SourceKind) {
    match &a.source {
        Some(r) if a.aside => resolver.resolve_aside(&text[r.clone()]),
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
        gap: None,
        channel: None,
        hedged: unit.hedged(),
        negated: unit.has_phrase(0, toks.len(), &unit.lx.negations, true),
        class: None,
        relay: false,
        aside: false,
    }
}

/// `HEADLINE: Label` / `HEADLINE - Label`: a headline that names its source at its end, as
/// wires and aggregators tag what they relay ("Microsoft nears deal to buy Mojang: WSJ",
/// "Apple to shut down Beats Music: Report", "… -CNN"). The label is one to four words
/// that name a source: an acronym (CNN, WSJ, SITE) in a headline not written in capitals,
/// or words ending in a source noun or a title (`source_nouns.txt`, `titles.txt`:
/// "Somali government", "Jerusalem Post", "Analyst", "source"), capitalised but for that
/// last word. "…: Video", "… - latest" or "UPDATE: Not True" name no source.
fn trailing_label(unit: &Unit) -> Option<Attribution> {
    let (text, toks, lx) = (unit.text, unit.toks, unit.lx);
    let w = |t: &Tok| &text[t.start..t.end];
    let mut end = toks.len();
    while end > 0 && toks[end - 1].kind == Kind::Punct && !toks[end - 1].quoted {
        end -= 1;
    }
    let sep = toks[..end].iter().rposition(|t| t.kind != Kind::Word)?;
    let cue = &toks[sep];
    if cue.kind != Kind::Punct || cue.quoted || !matches!(w(cue), ":" | "-" | "–" | "—" | "―")
    {
        return None;
    }
    let label = &toks[sep + 1..end];
    if label.is_empty() || label.len() > 4 {
        return None;
    }
    let mut content_end = sep;
    while content_end > 0
        && toks[content_end - 1].kind == Kind::Punct
        && !toks[content_end - 1].quoted
    {
        content_end -= 1;
    }
    if !asserts(text, &toks[..content_end]) {
        return None;
    }
    let capital = |t: &Tok| w(t).chars().next().is_some_and(char::is_uppercase);
    let last = w(&label[label.len() - 1]).to_lowercase();
    let source_word = lx.source_nouns.contains_key(&last) || lx.titles.contains(&last);
    let acronym = |t: &Tok| {
        let letters = w(t).chars().filter(|c| c.is_alphabetic()).count();
        (2..=5).contains(&letters) && w(t).chars().all(|c| !c.is_alphabetic() || c.is_uppercase())
    };
    let capitals_only = toks[..content_end]
        .iter()
        .all(|t| !w(t).chars().any(char::is_lowercase));
    let names_source = if label.len() == 1 {
        !is_label_word(&last) && (source_word || (acronym(&label[0]) && !capitals_only))
    } else {
        source_word && label[..label.len() - 1].iter().all(capital)
    };
    if !names_source {
        return None;
    }
    Some(Attribution {
        pattern: Pattern::According,
        form: Form::AccordingTo,
        stance: Stance::Asserts,
        source: Some(label[0].start..label[label.len() - 1].end),
        cue: Some(cue.start..cue.end),
        content: toks[0].start..toks[content_end - 1].end,
        gap: None,
        channel: None,
        hedged: unit.hedged(),
        negated: unit.has_phrase(0, content_end, &lx.negations, true),
        class: None,
        relay: false,
        aside: false,
    })
}

/// Does a unit assert something? Questions and fragments of fewer than four words do not.
fn asserts(text: &str, toks: &[Tok]) -> bool {
    // (Words counted up to four: no more are needed.)
    let words = toks.iter().filter(|t| t.kind == Kind::Word).take(4).count();
    if words < 4 {
        return false;
    }
    // The last mark outside quotations, else (a sentence that is all quotation: “Who’s
    // going to pay for it?”) the last one inside.
    // (Its bytes: a mark is one character.)
    let punct = |quoted_too: bool| {
        toks.iter()
            .rev()
            .find(|t| t.kind == Kind::Punct && (quoted_too || !t.quoted))
            .map(|t| &text.as_bytes()[t.start..t.end])
    };
    let last = punct(false).or_else(|| punct(true));
    last != Some(b"?")
}

/// The colon of [`colon_speaker`].
static COLON: crate::text::One = crate::text::One::new(b':');

/// `SPEAKER: words`: a paragraph (or headline) opening with a short name and a colon.
fn colon_speaker(text: &str, toks: &[Tok], lx: &crate::grammar::Lexicon) -> Option<Attribution> {
    // Both forms look for the colon among the first 40 tokens: most paragraphs have no
    // colon byte there, told by one search of their bytes.
    let first = toks.first()?;
    let last = &toks[toks.len().min(40) - 1];
    COLON.find(text.as_bytes().get(first.start..last.end)?)?;
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
        gap: None,
        channel: None,
        hedged: false,
        negated: false,
        class: None,
        relay: false,
        aside: false,
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
    // A label like "Photo:" or "Watch:" is not a speaker, nor one that calls what follows
    // a hoax ("HOAX:", "Fake-News:", "Categorically False:"): that headline refutes it.
    let first = text[speaker[0].start..speaker[0].end].to_lowercase();
    // ("Editor’s Note:", "Delegate Update:", "The Latest:": a label in any of its words.)
    let label_or_refutes = speaker.iter().any(|t| {
        let w = text[t.start..t.end].to_lowercase();
        is_label_word(&w) || w.split('-').any(|p| REFUTING_LABELS.contains(&p))
    });
    if lx.info(&first).cue != 0 || label_or_refutes {
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
    // "Superdelegates: Clinton is backed by 520 …, according to the Associated Press.": a
    // heading over words that name their own source.
    let according = || {
        toks[colon + 1..end].windows(2).any(|p| {
            !p[0].quoted
                && text[p[0].start..p[0].end].eq_ignore_ascii_case("according")
                && &text[p[1].start..p[1].end] == "to"
        })
    };
    if !quoted && according() {
        return None;
    }
    Some(Attribution {
        pattern: Pattern::Colon,
        form: if quoted { Form::Direct } else { Form::Mixed },
        stance: Stance::Asserts,
        source: Some(speaker[0].start..speaker[speaker.len() - 1].end),
        cue: Some(toks[colon].start..toks[colon].end),
        content,
        gap: None,
        channel: None,
        hedged: false,
        negated: false,
        class: None,
        relay: false,
        aside: false,
    })
}

/// Words of a headline label that calls what follows false ("HOAX: …", "Fake-News: …").
const REFUTING_LABELS: &[&str] = &[
    "hoax", "fake", "false", "untrue", "debunk", "debunked", "myth", "bogus",
];

/// Words of headline and paragraph labels ("Photo:", "UPDATE:", "… - Video"), which name
/// no speaker or source.
fn is_label_word(lower: &str) -> bool {
    matches!(
        lower,
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
            | "latest"
            | "notice"
            | "contributing"
            | "email"
            | "newsletter"
            | "boom"
            | "look"
    )
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
            .map(|c| {
                (
                    c.form.to_string(),
                    c.source,
                    c.cue.to_string(),
                    c.content.to_string(),
                )
            })
            .collect()
    }

    /// The resolved source and its kind of every claim.
    fn sources(text: &str) -> Vec<(String, String)> {
        extract_text(text)
            .into_iter()
            .map(|c| (c.source, c.source_kind.to_string()))
            .collect()
    }

    /// (source, kind) rows as [`sources`] gives them.
    fn kinds(rows: &[(&str, &str)]) -> Vec<(String, String)> {
        rows.iter()
            .map(|&(s, k)| (s.to_string(), k.to_string()))
            .collect()
    }

    /// The source as written of every attributed claim.
    fn mentions(text: &str) -> Vec<String> {
        extract_text(text)
            .into_iter()
            .filter(|c| c.form.is_attributed())
            .map(|c| c.source_mention.to_string())
            .collect()
    }

    /// (form, source, cue, hedged) of a claim.
    fn hedging(c: &crate::model::Claim) -> (String, &str, &str, bool) {
        (c.form.to_string(), &c.source, &c.cue, c.hedged)
    }

    fn row(form: &str, source: &str, cue: &str, content: &str) -> (String, String, String, String) {
        (form.into(), source.into(), cue.into(), content.into())
    }

    /// (content, pieces of the content as text) of every attributed claim.
    fn pieces(text: &str) -> Vec<(String, Vec<String>)> {
        extract_text(text)
            .into_iter()
            .filter(|c| c.form.is_attributed())
            .map(|c| {
                let p = c
                    .content_pieces()
                    .iter()
                    .map(|&sp| crate::text::slice_chars(text, sp).unwrap().to_string())
                    .collect();
                (c.content.to_string(), p)
            })
            .collect()
    }

    #[test]
    fn the_attribution_between_two_pieces_of_content_is_a_gap() {
        // A quotation that goes on after its cue, in the next sentence.
        assert_eq!(
            pieces("“Here he is, babe,” she said. “Donald’s here, babe.”"),
            [(
                "“Here he is, babe,” she said. “Donald’s here, babe.”".to_string(),
                vec![
                    "“Here he is, babe,”".to_string(),
                    "“Donald’s here, babe.”".to_string()
                ]
            )]
        );
        // Medial and parenthetical attributions.
        assert_eq!(
            pieces("“We will win,” Smith said, “and soon.”")[0].1,
            ["“We will win,”", "“and soon.”"]
        );
        assert_eq!(
            pieces("The museum, Mr. Obama said, would make visitors face hard truths.")[0].1,
            ["The museum", "would make visitors face hard truths"]
        );
        // The same around an inverted attribution.
        assert_eq!(
            pieces("“She is too far behind,” said an Iowa Democrat, “and Iowa was not decisive.”")
                [0]
            .1,
            ["“She is too far behind,”", "“and Iowa was not decisive.”"]
        );
        // A quotation continued after its attribution, though the next sentence attributes
        // a quotation of its own.
        let t = "The couple spoke on Monday.\n\n''We are refugees,'' Ms. Alawee said. \
                 ''We are not terrorists.'' Mr. Zahed said: ''The attack is the work of terrorists.''";
        assert_eq!(
            pieces(t).into_iter().map(|p| p.1).collect::<Vec<_>>(),
            [
                vec![
                    "''We are refugees,''".to_string(),
                    "''We are not terrorists.''".to_string()
                ],
                vec!["''The attack is the work of terrorists.''".to_string()],
            ]
        );
        // A quotation that goes on right after its cue has no gap.
        assert_eq!(
            pieces("She said, “We will win. And soon.”")[0].1,
            ["“We will win. And soon.”"]
        );
    }

    #[test]
    fn which_resolves_to_the_name_before_its_comma() {
        let t = "They turned to the Chicago Police Department, which reported that 2,521 shootings happened.";
        let got: Vec<_> = extract_text(t)
            .into_iter()
            .filter(|c| c.form.is_attributed())
            .map(|c| (c.source.to_string(), c.source_mention.to_string()))
            .collect();
        assert_eq!(
            got,
            [("Chicago Police Department".to_string(), "which".to_string())]
        );
    }

    #[test]
    fn a_quoted_question_is_no_claim() {
        let got = extract_text(
            "“Who do they think they are?”\n\n\"Does the candidate often reverse his positions?\n\n\
             “We will win the state,” she said.\n",
        );
        let got: Vec<_> = got
            .into_iter()
            .map(|c| (c.form.to_string(), c.content.to_string()))
            .collect();
        assert_eq!(
            got,
            [("direct".to_string(), "“We will win the state,”".to_string())]
        );
    }

    #[test]
    fn a_quotation_left_open_runs_to_its_paragraph_end_and_on() {
        // The convention of quotations over several paragraphs: each opens with a mark,
        // only the last closes. No sentence of it is the writer's own.
        let t = "The New York Times reports:\n\n\"Just 24 percent of the contributors have given $200 or less. \
                 In 2012, 43 percent of the money came from small donors.\n\n\
                 \"Without this network, Mrs. Clinton is held to fund-raisers.\"\n\nThe campaign did not answer questions on Monday.\n";
        let got: Vec<_> = extract_text(t)
            .into_iter()
            .map(|c| (c.form.to_string(), c.content.to_string()))
            .collect();
        assert_eq!(
            got,
            [
                (
                    "direct".to_string(),
                    "\"Just 24 percent of the contributors have given $200 or less. In 2012, \
                     43 percent of the money came from small donors.\n\n\
                     \"Without this network, Mrs. Clinton is held to fund-raisers.\""
                        .to_string()
                ),
                (
                    "unattributed".to_string(),
                    "The campaign did not answer questions on Monday".to_string()
                ),
            ]
        );
    }

    #[test]
    fn a_cue_and_colon_ending_a_paragraph_introduce_the_quotation_after_it() {
        let t = "Donald Trump spoke in Ohio on Monday.\n\nHe said:\n\n\"We have a situation. You get shot.\"\n\n\
                 The company said in a statement:\n\n“It is bad.” The fire was out.\n\n\
                 Soerens argued that:\n\nRefugees are vetted by the agency every year.\n\n\
                 The governor added:\n\n\"It is bad,\" he said.\n";
        assert_eq!(
            claims(t),
            [
                row(
                    "direct",
                    "Donald Trump",
                    "said",
                    "\"We have a situation. You get shot.\""
                ),
                row("direct", "the company", "said", "“It is bad.”"),
                row("direct", "the governor", "said", "\"It is bad,\""),
            ]
        );
        let c = &extract_text(t)[1];
        assert_eq!(
            c.sentence,
            "He said:\n\n\"We have a situation. You get shot.\""
        );
        assert_eq!(extract_text(t)[2].channel, "statement");
        // The introduction's sentence and a paragraph that follows it without a
        // quotation make no claim of the introduction's.
        let rest: Vec<_> = extract_text(t)
            .into_iter()
            .map(|c| c.content.to_string())
            .collect();
        assert!(
            rest.contains(&"Refugees are vetted by the agency every year".to_string()),
            "{rest:?}"
        );
        assert!(
            !rest.iter().any(|c| c == "that" || c.is_empty()),
            "{rest:?}"
        );
    }

    #[test]
    fn a_participle_after_an_opening_preposition_takes_the_subject_after_its_phrase() {
        let sources = |t: &str| -> Vec<(String, String)> {
            claims(t).into_iter().map(|r| (r.1, r.2)).collect()
        };
        let pair = |s: &str, c: &str| (s.to_string(), c.to_string());
        assert_eq!(
            sources("Despite challenging the majority leader, Cruz said he would work with him."),
            [pair("Cruz", "challenging"), pair("Cruz", "said")]
        );
        assert_eq!(
            sources("By offering Kasich the second spot, Trump would show he is serious."),
            [pair("Trump", "offering"), pair("Trump", "show")]
        );
        assert_eq!(
            sources("Having announced that he would not send me to prison, Judge Berman went on."),
            [pair("Judge Berman", "announced")]
        );
        // A comma that closes a quotation ends the phrase; the quotation stays whole.
        assert_eq!(
            claims("Recalling “the consequences to Jews who were unable to flee,” the statement urged restraint.")[0],
            row(
                "direct",
                "the statement",
                "Recalling",
                "“the consequences to Jews who were unable to flee,”"
            )
        );
        // After an object that names a channel, the subject of the verb before it speaks.
        let c =
            &extract_text("The town released a statement Wednesday saying the road is closed.")[0];
        assert_eq!(
            (
                c.source_mention.as_str(),
                c.cue.as_str(),
                c.channel.as_str(),
                c.content.as_str()
            ),
            ("The town", "saying", "statement", "the road is closed")
        );
        assert_eq!(
            sources(
                "In late September, parents sent a letter to the board urging it to reconsider."
            ),
            [pair("parents", "urging")]
        );
        // A time and a connective opening the sentence are no subject.
        assert_eq!(
            sources("On Thursday, however, Trump spoke to leaders, promising to lift regulations."),
            [pair("Trump", "promising")]
        );
        // A participle with no subject after it is no source of its own.
        assert_eq!(
            sources("Adding, “Now, what they actually do is never that bad.”"),
            [pair("", "Adding")]
        );
    }

    #[test]
    fn a_cue_inside_reported_content_is_the_reporters_unless_it_relays_speech() {
        // What Clinton says of herself, and what Trump says Clinton did: one claim each.
        assert_eq!(
            claims("Clinton says she opposes the deal."),
            [row("indirect", "Clinton", "says", "she opposes the deal")]
        );
        assert_eq!(
            claims("Trump said that Clinton once described the deal as “the gold standard.”"),
            [row(
                "mixed",
                "Trump",
                "said",
                "that Clinton once described the deal as “the gold standard.”"
            )]
        );
        // Of two cues each inside the other's content, the later one attributes the sentence.
        assert_eq!(
            claims("He agreed to sell it to Mr. Trump in 2010, campaign finance records show."),
            [row(
                "indirect",
                "campaign finance records",
                "show",
                "He agreed to sell it to Mr. Trump in 2010"
            )]
        );
        // Reported speech inside reported speech stays: a chain of sources.
        assert_eq!(
            claims("Reid said a source told him the nominee had paid no taxes for 10 years."),
            [
                row(
                    "indirect",
                    "Reid",
                    "said",
                    "a source told him the nominee had paid no taxes for 10 years"
                ),
                row(
                    "indirect",
                    "a source",
                    "told",
                    "the nominee had paid no taxes for 10 years"
                ),
            ]
        );
    }

    #[test]
    fn what_follows_a_final_attribution_is_not_its_content() {
        for (t, source, content) in [
            // A semicolon, or ", and" with a new subject, ends the attribution.
            (
                "Candidates need 40 percent of the Hispanic vote, analysts say; in 2012, Romney won 27.",
                "analysts",
                "Candidates need 40 percent of the Hispanic vote",
            ),
            (
                "Facebook made the tool for crises, a spokeswoman said on Saturday, and it has used it five times.",
                "a spokeswoman",
                "Facebook made the tool for crises",
            ),
            // "that night" is a time, not a that-clause.
            (
                "“It is what it means to hope,” he said in his victory speech that night.",
                "he",
                "“It is what it means to hope,”",
            ),
            // A description and a name between commas are the source.
            (
                "The program is worth a review, the White House spokesman, Josh Earnest, said on Thursday.",
                "the White House spokesman, Josh Earnest",
                "The program is worth a review",
            ),
        ] {
            let got: Vec<_> = extract_text(t)
                .into_iter()
                .map(|c| (c.source_mention.to_string(), c.content.to_string()))
                .collect();
            assert_eq!(got, [(source.to_string(), content.to_string())], "{t}");
        }
    }

    #[test]
    fn asides_adjuncts_and_nouns_around_a_cue() {
        // An aside between dashes before the that-clause.
        assert_eq!(
            claims(
                "Paul Manafort said — on Twitter, as it happens — that Trump raised $4 million."
            )[0]
            .3,
            "that Trump raised $4 million"
        );
        // After the object of "told", a time clause is no content; "the final say" is a noun.
        for t in [
            "The statement conflicted with what Melania Trump told NBC News before her appearance.",
            "Lynch still has the final say on whether Clinton faces prosecution.",
        ] {
            assert_eq!(claims(t), vec![], "{t}");
        }
        // The subject of a cue reaches back over a relative clause with its own verb.
        let said: Vec<_> =
            extract_text("Two women who have accused Clinton of assault said they received calls.")
                .into_iter()
                .filter(|c| c.cue == "said")
                .map(|c| c.source_mention.to_string())
                .collect();
        assert_eq!(said, ["Two women who have accused Clinton of assault"]);
    }

    #[test]
    fn each_participle_of_a_series_has_its_own_content() {
        let got: Vec<_> = claims(
            "Trump spoke for an hour, calling him a nice guy and threatening to cut off the money.",
        )
        .into_iter()
        .map(|r| (r.2, r.3))
        .collect();
        assert_eq!(
            got[0],
            ("calling".to_string(), "him a nice guy".to_string())
        );
    }

    #[test]
    fn subjects_of_agents_shares_and_others() {
        let sources = |t: &str| -> Vec<String> { mentions(t) };
        for (t, s) in [
            // A plural noun of agents is a subject, alone or after a modifier.
            (
                "But hacking specialists say the worst information might be fake.",
                "hacking specialists",
            ),
            (
                "If spending does not slow, forecasters say it will cripple the economy.",
                "forecasters",
            ),
            // A share of the people asked, and a quantifier before a past form.
            (
                "Two in three said they are less likely to vote Republican in November.",
                "Two in three",
            ),
            (
                "Several said they would rather see block grants for public schools.",
                "Several",
            ),
            // "That" opening the unit, a cue word after a possessive, an aside.
            (
                "That person said the hostility Cruz faced hampered his work.",
                "That person",
            ),
            (
                "Another source familiar with Cruz's thinking said, “He will try.”",
                "Another source familiar with Cruz's thinking",
            ),
            (
                "Younger black voters, in particular, have expressed misgivings about her.",
                "Younger black voters",
            ),
            // A participle and a time after the head noun (found, then left out of the
            // source); a plural before a verb of evidence.
            (
                "A CNN poll of South Carolina released on Tuesday showed Trump with a lead.",
                "A CNN poll of South Carolina",
            ),
            (
                "For months, records show, the campaign paid its staff late.",
                "records",
            ),
            (
                "Data show that the average income of graduates is higher.",
                "Data",
            ),
            // "and others"; "here" between the subject and its cue.
            (
                "Edwards and others said they could not support Clinton for president.",
                "Edwards and others",
            ),
            (
                "Her campaign workers here said they have been working the state since spring.",
                "Her campaign workers",
            ),
        ] {
            assert_eq!(sources(t), [s], "{t}");
        }
        // A plural noun after a determiner is no verb: "the claims", "his remarks".
        assert!(
            claims("Several reports said nothing of the kind, and the claims spread.")
                .iter()
                .all(|r| r.2 != "claims")
        );
    }

    #[test]
    fn seeming_is_the_writers_impression_and_expected_to_is_passive() {
        // The subject of "seems" says nothing: no source, hedged, the cue a gap.
        assert_eq!(
            pieces("Trump’s supporters seemed equally unperturbed by the news."),
            [(
                "Trump’s supporters seemed equally unperturbed by the news".to_string(),
                vec![
                    "Trump’s supporters".to_string(),
                    "equally unperturbed by the news".to_string()
                ]
            )]
        );
        let c = &extract_text("It appears that the game was not boring to everyone.")[0];
        assert_eq!(hedging(c), ("passive".to_string(), "", "appears", true));
        assert_eq!(c.content, "that the game was not boring to everyone");
        // To appear on television is to show up, not an impression.
        assert_eq!(
            claims("Trump appeared on CNN on Sunday morning with his wife."),
            []
        );
        // A cue after "seemed to" is the subject's: "seemed to confirm".
        assert_eq!(
            claims("Cruz seemed to blame the network for its reporting."),
            [row(
                "indirect",
                "Cruz",
                "seemed",
                "to blame the network for its reporting"
            )]
        );
        // An adverb between "is" and "expected to" keeps the passive.
        for t in [
            "Yellen is widely expected to lay further ground work for a rate hike.",
            "Mrs. Clinton is not expected to publicly pressure Mr. Sanders to quit.",
        ] {
            let got = claims(t);
            assert_eq!(got.len(), 1, "{t}");
            assert_eq!(
                (got[0].0.as_str(), got[0].1.as_str()),
                ("passive", ""),
                "{t}"
            );
        }
    }

    #[test]
    fn an_adverb_of_unnamed_reports_is_a_passive_attribution() {
        assert_eq!(
            pieces("The FBI is reportedly making arrangements to interview Clinton."),
            [(
                "The FBI is reportedly making arrangements to interview Clinton".to_string(),
                vec![
                    "The FBI is".to_string(),
                    "making arrangements to interview Clinton".to_string()
                ]
            )]
        );
        let c = &extract_text("Scott was shot after he allegedly brandished a pistol.")[0];
        assert_eq!(hedging(c), ("passive".to_string(), "", "allegedly", true));
        assert_eq!(c.content, "he allegedly brandished a pistol");
        assert_eq!(
            claims("Reportedly, he made comments to co-workers."),
            [row(
                "passive",
                "",
                "Reportedly",
                "he made comments to co-workers"
            )]
        );
        // Another attribution of the sentence is its attribution.
        assert_eq!(
            claims("The FBI is reportedly making arrangements, officials said."),
            [row(
                "indirect",
                "officials",
                "said",
                "The FBI is reportedly making arrangements"
            )]
        );
    }

    #[test]
    fn reported_speech_goes_on_after_and_that_but_and_a_dash() {
        let contents = |t: &str| -> Vec<String> { claims(t).into_iter().map(|r| r.3).collect() };
        assert_eq!(
            contents("Kamin said that the campaign was looking at it, and that her plan did not cover every loophole."),
            ["that the campaign was looking at it, and that her plan did not cover every loophole"]
        );
        assert_eq!(
            contents(
                "Listeners said they had misgivings about her, but could not bear to insult him."
            ),
            ["they had misgivings about her, but could not bear to insult him"]
        );
        assert_eq!(
            contents(
                "Clarke said the deal had played to his advantage - helping start his grand plan."
            ),
            ["the deal had played to his advantage - helping start his grand plan"]
        );
        // A new clause with its own subject still closes the content.
        assert_eq!(
            contents("Smith said the plan failed, but Jones disagreed."),
            ["the plan failed"]
        );
    }

    #[test]
    fn cue_first_opening_participles_and_modifiers() {
        let mention = |t: &str| -> Vec<(String, String, String)> {
            extract_text(t)
                .into_iter()
                .filter(|c| c.form.is_attributed())
                .map(|c| {
                    (
                        c.source_mention.to_string(),
                        c.cue.to_string(),
                        c.content.to_string(),
                    )
                })
                .collect()
        };
        let row = |s: &str, c: &str, q: &str| (s.to_string(), c.to_string(), q.to_string());
        assert_eq!(
            mention("Said Ellis: “I don’t get the sense she’s interested in tax reform.”"),
            [row(
                "Ellis",
                "Said",
                "“I don’t get the sense she’s interested in tax reform.”"
            )]
        );
        assert_eq!(
            mention("Said Dorothy Poynter, who grew up with Ali, “We were all so proud of him.”"),
            [row(
                "Dorothy Poynter",
                "Said",
                "“We were all so proud of him.”"
            )]
        );
        // "Asked about …" names no source: the question asked stands without one.
        assert_eq!(
            mention("Asked about his criticisms of Trump, Christie said that was politics."),
            [
                row("", "Asked", "his criticisms of Trump"),
                row("Christie", "said", "that was politics")
            ]
        );
        // "asked which …", and the one who asked after "by".
        assert_eq!(
            mention("Asked which Iowa county was his favorite, he demurred.")[0],
            row("", "Asked", "which Iowa county was his favorite")
        );
        assert_eq!(
            mention("When asked by Ingraham about foreign workers, Trump said he would act.")[0],
            row("Ingraham", "asked", "foreign workers")
        );
        assert_eq!(
            mention("Bemoaning the high taxes, Trump accused Holt of being a Democrat."),
            [
                row("Trump", "Bemoaning", "the high taxes"),
                row("Trump", "accused", "Holt of being a Democrat")
            ]
        );
        assert_eq!(
            mention("Meanwhile, it attacked Trump, saying he has offended voters."),
            [
                row("it", "attacked", "Trump"),
                row("it", "saying", "he has offended voters")
            ]
        );
        assert_eq!(
            mention("Cruz has long said that he qualifies as a natural-born citizen."),
            [row(
                "Cruz",
                "said",
                "that he qualifies as a natural-born citizen"
            )]
        );
    }

    #[test]
    fn verbs_that_look_like_plural_nouns_and_clauses_without_that() {
        assert_eq!(
            claims(
                "The ad claims “Jeb is the conservative you can trust.”\n\n\
                 Footage from the game shows that students dressed up in flags.\n\n\
                 Trump claims he's worth $10 billion.\n\n\
                 The Turkish government claims Gulen runs a worldwide network.\n\n\
                 On Friday, CNN reported at least six planes filled the skies.\n\n\
                 “Anybody but Trump,” the sign read."
            ),
            [
                row(
                    "direct",
                    "the ad",
                    "claims",
                    "“Jeb is the conservative you can trust.”"
                ),
                row(
                    "indirect",
                    "Footage from the game",
                    "shows",
                    "that students dressed up in flags"
                ),
                row("indirect", "Trump", "claims", "he's worth $10 billion"),
                row(
                    "indirect",
                    "the Turkish government",
                    "claims",
                    "Gulen runs a worldwide network"
                ),
                row(
                    "indirect",
                    "CNN",
                    "reported",
                    "at least six planes filled the skies"
                ),
                row("direct", "the sign", "read", "“Anybody but Trump,”"),
            ]
        );
        // Plural nouns stay nouns: "the states that have voted", "the ad claims were false".
        assert!(
            claims("The ad claims were false, and the states that have voted know it.").is_empty()
        );
    }

    #[test]
    fn quantifier_subjects_and_parenthetical_beliefs() {
        assert_eq!(
            claims(
                "Most believe that the economy has improved.\n\n\
                 But few believe their relationship can last.\n\n\
                 The plan, they believe, will fail."
            ),
            [
                row(
                    "indirect",
                    "Most",
                    "believe",
                    "that the economy has improved"
                ),
                row("indirect", "few", "believe", "their relationship can last"),
                row(
                    "indirect",
                    "they",
                    "believe",
                    "The plan, they believe, will fail"
                ),
            ]
        );
        // A quantifier before an -s form is a determiner: "some reports" is no cue.
        assert!(claims("Some reports were wrong about the plan.").is_empty());
    }

    #[test]
    fn words_that_are_no_cues_and_phrases_that_are_no_content() {
        assert_eq!(
            claims("At Monday’s debate, Clinton mentioned disparaging remarks Trump had made."),
            [row(
                "indirect",
                "Clinton",
                "mentioned",
                "disparaging remarks Trump had made"
            )]
        );
        for t in [
            "One after another, mining companies, including Patriot, declared bankruptcy.",
            "Gains would face a 36 percent rate, and after that the rate would decline by four points a year.",
            "Martin works for the Center for American Progress, a liberal think tank.",
            "Health worries have dogged Hillary Clinton after she collapsed.",
        ] {
            assert!(claims(t).is_empty(), "{t}");
        }
        // A determiner is no subject by itself: "The paranoia remained but found …".
        assert_eq!(
            extract_text("The paranoia remained but found other points of focus.")
                .iter()
                .filter(|c| c.form.is_attributed())
                .map(|c| c.source_mention.as_str())
                .collect::<Vec<_>>(),
            ["The paranoia"]
        );
    }

    #[test]
    fn a_time_is_no_subject() {
        assert_eq!(
            mentions("Trump unleashed a series of tweets early Friday saying that Clinton had shown bad judgment."),
            ["Trump"]
        );
        assert_eq!(
            mentions("On September 27 they published the results of their check by announcing that the statement was true."),
            ["they"]
        );
        assert_eq!(
            mentions("Wells Fargo just this month announced it would get rid of these incentives."),
            ["Wells Fargo"]
        );
    }

    #[test]
    fn a_time_before_the_cue_and_a_relative_clause_after_the_name() {
        // A time after a comma or a conjunction says when: the subject stands before it.
        assert_eq!(
            claims("Speaker Paul D. Ryan, the nation's highest-ranking Republican, on Tuesday called the remarks racist. Reince Priebus, the GOP chairman, this past week announced a website. Gov. Rick Scott has freed up funds and on Monday announced more money. Informed of the lean, Rex Early described it as “news to me.”"),
            [
                row("indirect", "Paul D. Ryan", "called", "the remarks racist"),
                row("indirect", "Reince Priebus", "announced", "a website"),
                row("indirect", "Rick Scott", "announced", "more money"),
                row("mixed", "Rex Early", "described", "it as “news to me.”"),
            ]
        );
        // The name before a relative clause is the source; "who" speaks of a person, and a
        // clause that withholds the name makes the source anonymous.
        assert_eq!(
            sources("Park, who defected in 2008, said the rule was real. Beck, who lives in Dallas, Texas, and works in radio, last week said Trump was a threat. The official, who spoke on condition of anonymity, said the talks failed."),
            kinds(&[
                ("Park", "person"),
                ("Beck", "person"),
                ("the official", "anonymous"),
            ])
        );
        // A dash opens the clause as a comma does (before, "who" went to the latest name of
        // the sentence, here one after it).
        assert_eq!(
            sources("Donald Trump - who previously said he would win - said at a rally that the United States should close its borders."),
            kinds(&[("Donald Trump", "person"), ("Donald Trump", "person")])
        );
    }

    #[test]
    fn one_word_sources_are_people_unless_listed_or_shaped_as_bodies() {
        assert_eq!(
            sources("Gorka said the plan would work. Moscow said it would not. The FBI said it was looking into it. BuzzFeed reported that the talks failed. McConnell said the vote would wait. Traders said prices fell. Charles said so."),
            kinds(&[
                ("Gorka", "person"),
                ("Moscow", "organization"),
                ("the FBI", "organization"),
                ("BuzzFeed", "organization"),
                ("McConnell", "person"),
                ("Traders", "group"),
                ("Charles", "person"),
            ])
        );
        // A word the article also writes in lower case is no name, and no one a pronoun
        // refers to ("everyone" is a listed source noun: a group).
        assert_eq!(
            sources("Ernie Helton said the plan was late. Everyone said the plan would fail, as everyone knew. He said so too."),
            kinds(&[
                ("Ernie Helton", "person"),
                ("Everyone", "group"),
                ("Ernie Helton", "person"),
            ])
        );
    }

    #[test]
    fn a_question_of_the_writer_attributes_nothing_but_its_quotation() {
        assert_eq!(
            claims("Do you support Donald Trump? Did Clinton say that the plan failed? Why did Trump say the plan “failed”? Trump said the plan failed."),
            [
                row("mixed", "Donald Trump", "say", "the plan “failed”"),
                row("indirect", "Donald Trump", "said", "the plan failed"),
            ]
        );
    }

    #[test]
    fn a_modal_that_is_a_name() {
        // After a first name, or before a cue no modal takes ("May said"), a capitalised
        // modal is a surname; the short name resolves to the person.
        assert_eq!(
            claims("British Prime Minister Theresa May told lawmakers the deal was dead. May added that talks would go on. In particular, George Will wrote, it was over."),
            [
                row("indirect", "Theresa May", "told", "the deal was dead"),
                row("indirect", "Theresa May", "added", "that talks would go on"),
                row("indirect", "George Will", "wrote", "In particular, George Will wrote, it was over"),
            ]
        );
        // A modal stays a modal before its verb, and in a headline in title case.
        assert_eq!(
            claims("It may seem odd, officials said. Trump May Sign Deal, Officials Say."),
            [
                row("indirect", "officials", "said", "It may seem odd"),
                row("indirect", "Officials", "Say", "Trump May Sign Deal"),
            ]
        );
    }

    #[test]
    fn an_appositive_to_the_sentence_closes_the_content() {
        assert_eq!(
            claims("HP announced it would slash up to 30,000 jobs, a mass layoff rivaling the cuts of 2002."),
            [row("indirect", "HP", "announced", "it would slash up to 30,000 jobs")]
        );
        // An appositive closed by a comma is inside the content.
        assert_eq!(
            claims("Smith said the plan, a bipartisan effort, would fail."),
            [row(
                "indirect",
                "Smith",
                "said",
                "the plan, a bipartisan effort, would fail"
            )]
        );
    }

    #[test]
    fn subjects_with_appositives_parties_shares_and_contractions() {
        let sources = |t: &str| -> Vec<(String, String)> {
            extract_text(t)
                .into_iter()
                .filter(|c| c.form.is_attributed())
                .map(|c| (c.source_mention.to_string(), c.content.to_string()))
                .collect()
        };
        let row = |s: &str, c: &str| (s.to_string(), c.to_string());
        assert_eq!(
            sources("One delegate not on the Cruz slate, Kelly Schmidt, told POLITICO she was leaning toward Cruz."),
            [row("Kelly Schmidt", "she was leaning toward Cruz")]
        );
        assert_eq!(
            sources(
                "Sen. Jack Reed (D-R.I.), said after a lunch on Tuesday that the plan was dead."
            ),
            [row("Sen. Jack Reed (D-R.I.)", "that the plan was dead")]
        );
        assert_eq!(
            sources("Hemsley, the co-author of “Going Viral,” about the spread of news, said the days of one story were gone."),
            [row(
                "Hemsley, the co-author of “Going Viral,” about the spread of news",
                "the days of one story were gone"
            )]
        );
        assert_eq!(
            sources("Even Rendell, a stalwart Clinton supporter, said it would be easier."),
            [row(
                "Rendell, a stalwart Clinton supporter",
                "it would be easier"
            )]
        );
        assert_eq!(
            sources("Democrats sued after Ohio cut what had been called the “Golden Week,” saying that the cut burdened voters."),
            [row("Democrats", "that the cut burdened voters")]
        );
        assert_eq!(
            sources("47% say the United States should commit troops."),
            [row("47%", "the United States should commit troops")]
        );
        assert_eq!(
            sources("He's said he gets his ideas from a speech."),
            [row("He's", "he gets his ideas from a speech")]
        );
    }

    #[test]
    fn a_coordinated_cue_takes_the_subject_of_the_verb_before() {
        assert_eq!(
            mentions("With the help of a comedian, the actor held a fake audition and asked actors to act whiter."),
            ["the actor"]
        );
        assert_eq!(
            mentions("The Louisville crowd cheered when Trump spotted a sign in the crowd and asked it to be fetched."),
            ["Trump"]
        );
    }

    #[test]
    fn an_adjunct_clause_after_a_final_attribution_is_no_content() {
        assert_eq!(
            claims(
                "The plan is an insult to all voters, top lawmakers said Friday, as they \
                 bristled at the continued questions."
            ),
            [row(
                "indirect",
                "top lawmakers",
                "said",
                "The plan is an insult to all voters"
            )]
        );
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
                .map(|c| c.channel.to_string())
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
                // (Not attacking is still a stance on the rivals; "who" stands for the name
                // before its comma, not for the source resolved before it.)
                row(
                    "indirect",
                    "Rubio",
                    "attack",
                    "his rivals, particularly Chris Christie"
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
        // A label word anywhere in the words before the colon.
        for t in [
            "Editor’s Note: The following is part 3 of 3 exclusive excerpts from the book.",
            "Delegate Update: The latest count in the Democratic race after Tuesday.",
            "Contributing: Nicholas Zazulia, Medill News Service, and other writers here.",
        ] {
            assert_eq!(claims(t), vec![], "{t}");
        }
        assert_eq!(
            claims("The Latest: Trump urges supporters to monitor polling places.")[0].1,
            "Trump"
        );
        // "pledged delegates" is no pledge.
        assert_eq!(
            claims("Clinton leads Sanders by nearly 300 pledged delegates after the contests."),
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
                // (An object is suggested too: PolNeAR marks it, and dev and train agree.)
                row("indirect", "Clinton", "suggested", "a plan"),
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
                // (The subordinate clause is no content of "says", and an attribution of
                // its own: "spell out" is a cue.)
                row("indirect", "Brookover", "spell out", "the path"),
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
            vec![
                // The headline's demand, its source the name given later.
                row("indirect", "Donald Trump", "demands", "Ginsburg resign"),
                row(
                    "indirect",
                    "Donald Trump",
                    "said",
                    "that the justice should resign"
                )
            ]
        );
    }

    #[test]
    fn names_in_quotation_marks_are_not_people() {
        let got = claims("He told “Good Morning America” that he agrees Trump is an opportunist.");
        assert_eq!(got[0].1, "He");
    }

    #[test]
    fn a_last_name_before_the_full_name_is_the_one_person_who_bears_it() {
        let got: Vec<_> = extract_text(
            "Trump said the plan would fail.\n\n\
             Donald Trump spoke in Ohio on Monday.\n\n\
             Clinton said it would work.\n\n\
             Hillary Clinton and Bill Clinton met in Iowa.\n\n\
             Obama said it was over.\n\n\
             Michelle Obama and Mr. Obama left.",
        )
        .into_iter()
        .filter(|c| c.form.is_attributed())
        .map(|c| c.source)
        .collect();
        // (Two people bear "Clinton": it stays as written; "Mr. Obama" is no Michelle.)
        assert_eq!(got, ["Donald Trump", "Clinton", "Obama"]);
    }

    #[test]
    fn a_title_case_line_is_read_with_its_cue_in_lower_case() {
        // A headline (no final stop) and a first line that ends with one, as PolNeAR's do.
        for text in [
            "Chris Christie Calls Hillary Clinton ‘A Disgrace’ Over Police Shooting Comments\n\nThe body says little.",
            "Chris Christie Calls Hillary Clinton ‘A Disgrace’ Over Police Shooting Comments.\n\nThe body says little.",
        ] {
            assert_eq!(
                claims(text)[0],
                row(
                    "mixed",
                    "Chris Christie",
                    "Calls",
                    "Hillary Clinton ‘A Disgrace’ Over Police Shooting Comments"
                ),
                "{text}"
            );
        }
        // (Before, "Over Police Shooting" was the source and "Comments" the cue.)
        // A sentence with lower-case words is read as it is.
        assert_eq!(
            claims("Chris Christie calls Hillary Clinton a disgrace over the comments."),
            [row(
                "indirect",
                "Chris Christie",
                "calls",
                "Hillary Clinton a disgrace over the comments"
            )]
        );
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

    #[test]
    fn a_quotation_after_but_continues_the_one_before() {
        let got = claims("“I don’t think it’s do or die,” he said outside the building. But “Donald Trump’s candidacy is strengthened.”");
        assert_eq!(
            got,
            vec![row(
                "direct",
                "he",
                "said",
                "“I don’t think it’s do or die,” he said outside the building. But “Donald Trump’s candidacy is strengthened.”"
            )]
        );
    }

    #[test]
    fn a_quotation_alone_after_what_was_said_goes_on_with_it() {
        let got = claims("Carter said that some critics had predicted a withdrawal. “That’s because this region matters.”\n\nSmith praised the plan. “It is good,” Jones said.");
        assert_eq!(
            got,
            vec![
                row(
                    "mixed",
                    "Carter",
                    "said",
                    "that some critics had predicted a withdrawal. “That’s because this region matters.”"
                ),
                row("indirect", "Smith", "praised", "the plan"),
                row("direct", "Jones", "said", "“It is good,”"),
            ]
        );
    }

    #[test]
    fn a_headline_may_name_its_source_at_its_end() {
        let label = |h: &str| {
            let c = extract_text(h);
            (
                c.len(),
                c[0].form.to_string(),
                c[0].source.clone(),
                c[0].cue.to_string(),
                c[0].content.to_string(),
                c[0].headline,
            )
        };
        let tagged = |form: &str, source: &str, cue: &str, content: &str| {
            (
                1,
                form.to_string(),
                source.to_string(),
                cue.to_string(),
                content.to_string(),
                true,
            )
        };
        assert_eq!(
            label("Microsoft nears deal to buy Minecraft maker Mojang : WSJ"),
            tagged(
                "according_to",
                "WSJ",
                ":",
                "Microsoft nears deal to buy Minecraft maker Mojang"
            )
        );
        assert_eq!(
            label("ADVISORY-Islamist rebel leader killed in U.S. strike - Somali government"),
            tagged(
                "according_to",
                "Somali government",
                "-",
                "ADVISORY-Islamist rebel leader killed in U.S. strike"
            )
        );
        assert_eq!(
            label("Islamic State flying three jets in Syria: monitor"),
            tagged(
                "according_to",
                "monitor",
                ":",
                "Islamic State flying three jets in Syria"
            )
        );
        // Labels that name no source, and acronyms in a headline written in capitals.
        for h in [
            "Steven Sotloff beheaded by Islamic State - latest",
            "Brian Williams Debunks Peeing Meteorologist Report: Video",
            "Apple Reportedly Planning to Shut Down Beats Music Update: Not True",
            "MCDONALD'S WILL STOP SERVING OVERWEIGHT CUSTOMERS: UPDATE",
            "MCDONALD'S WILL STOP SERVING OVERWEIGHT CUSTOMERS: OMG",
        ] {
            assert_eq!(label(h).1, "headline", "{h}");
        }
        // Only a headline: in the body the same words are a sentence of their own.
        let body = extract_text("Apple will sell a gold watch for 10,000 dollars - report.");
        assert!(body.iter().all(|c| !c.form.is_attributed() && !c.headline));
    }

    #[test]
    fn a_label_that_calls_the_headline_false_is_no_speaker() {
        for h in [
            "HOAX: TV show tricks chronic catcallers into harassing their own mothers",
            "Fake-News: McDonald's Will Stop Serving Overweight Customers",
            "Categorically False: DHS Debunks Right-Wing Fiction That ISIS Tried To Cross The Border",
        ] {
            let c = extract_text(h);
            assert_eq!(
                (c[0].form.to_string(), c[0].content.as_str()),
                ("headline".to_string(), h)
            );
        }
        assert_eq!(
            claims("Warren: Trump is a failed businessman who cheated people")[0].1,
            "Warren"
        );
    }

    #[test]
    fn a_sentence_in_parentheses_is_parsed_inside_them() {
        let t = "Programs excite fans. (The French are big fans of the show, Mr. Madden said.) \
                 (Mr. Madden said the French love it.) Critics agree, Ms. Lee said.) \
                 (“We love it,” he said).";
        assert_eq!(
            claims(t),
            [
                row(
                    "indirect",
                    "Mr. Madden",
                    "said",
                    "The French are big fans of the show"
                ),
                row("indirect", "Mr. Madden", "said", "the French love it"),
                row("indirect", "Ms. Lee", "said", "Critics agree"),
                row("direct", "Ms. Lee", "said", "“We love it,”"),
            ]
        );
    }

    #[test]
    fn a_contracted_auxiliary_is_no_part_of_the_person_and_were_told_is_passive() {
        let t = "Mary Smith spoke on Monday. She’d argued that the plan failed. \
                 We’re told it is so. They've said so.";
        let got: Vec<_> = extract_text(t)
            .into_iter()
            .map(|c| {
                (
                    c.form.to_string(),
                    c.source.to_string(),
                    c.source_mention.to_string(),
                    c.content.to_string(),
                )
            })
            .collect();
        let r = |f: &str, s: &str, m: &str, c: &str| (f.into(), s.into(), m.into(), c.into());
        assert_eq!(
            got,
            [
                r("unattributed", "", "", "Mary Smith spoke on Monday"),
                r("indirect", "Mary Smith", "She’d", "that the plan failed"),
                r("unattributed", "", "", "We’re told it is so"),
                r("indirect", "They", "They've", "so"),
            ]
        );
    }

    #[test]
    fn a_heading_over_words_with_their_own_source_is_no_speaker() {
        assert_eq!(
            claims("Superdelegates: Clinton is backed by 520 superdelegates, according to the Associated Press."),
            [row(
                "according_to",
                "Associated Press",
                "according to",
                "Clinton is backed by 520 superdelegates"
            )]
        );
        // A transcript line stays its speaker's.
        assert_eq!(
            claims("TRUMP: We are going to win so much that you will get tired of winning."),
            [row(
                "mixed",
                "TRUMP",
                ":",
                "We are going to win so much that you will get tired of winning"
            )]
        );
    }

    #[test]
    fn a_source_noun_with_a_relative_clause_between_commas_after_the_content() {
        assert_eq!(
            sources(
                "The plan failed, the official, who was not authorized to speak publicly, said."
            ),
            kinds(&[("the official", "anonymous")])
        );
        assert_eq!(
            claims("The plan failed, a spokesman for the company, who chairs nothing, said."),
            [row(
                "indirect",
                "a spokesman for the company",
                "said",
                "The plan failed"
            )]
        );
    }
}
