//! The data that flows through claimtrail: articles in, claims out.

use std::sync::Arc;

use serde::Serialize;

/// One article as read from an input: a file, a JSONL line or a CSV row.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Article {
    /// Stable identifier: file stem, or the `id` field/column.
    pub id: String,
    /// The text exactly as read (after decoding). Every offset points into it.
    pub text: String,
    pub title: Option<String>,
    /// Date given by the input's metadata (JSONL/CSV `date`); a date header in the
    /// text is found by the cleaner.
    pub date: Option<String>,
    pub outlet: Option<String>,
    pub url: Option<String>,
    /// Where the article came from, for messages: `path` or `path:line`.
    pub origin: String,
}

/// A half-open span of **character** (Unicode scalar value) offsets.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

/// How a claim is attributed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Form {
    /// A quotation with its cue: “Q,” S said.
    Direct,
    /// Reported speech: S said (that) C.
    Indirect,
    /// Reported speech with a partial quotation inside.
    Mixed,
    /// According to S, C.
    AccordingTo,
    /// Agentless or passive attribution: C has been attributed to X; X is said to …
    Passive,
    /// An assertion with no source.
    #[default]
    Unattributed,
    /// The article's headline.
    Headline,
}

/// Whether the source asserts or denies the content.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Stance {
    #[default]
    Asserts,
    Denies,
}

/// What kind of source stands behind a claim.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SourceKind {
    Person,
    Organization,
    Group,
    Anonymous,
    Media,
    #[default]
    None,
}

macro_rules! as_str_impl {
    ($t:ty { $($v:ident => $s:literal),* $(,)? }) => {
        impl $t {
            /// The value as written in CSV and JSONL.
            pub fn as_str(self) -> &'static str {
                match self { $(Self::$v => $s),* }
            }
        }
        impl std::fmt::Display for $t {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}
as_str_impl!(Form { Direct => "direct", Indirect => "indirect", Mixed => "mixed",
    AccordingTo => "according_to", Passive => "passive", Unattributed => "unattributed",
    Headline => "headline" });
as_str_impl!(Stance { Asserts => "asserts", Denies => "denies" });
as_str_impl!(SourceKind { Person => "person", Organization => "organization", Group => "group",
    Anonymous => "anonymous", Media => "media", None => "none" });

impl Form {
    /// True for claims that have a source (not unattributed, not the headline).
    pub fn is_attributed(self) -> bool {
        !matches!(self, Form::Unattributed | Form::Headline)
    }
}

/// A claim's text: a piece of a shared string, read as a `&str`. The claims of an article
/// share one copy of its text (and one of its id and date), so a claim's texts cost no
/// allocation or copy of their own; the copy lives as long as a claim that points into it.
#[derive(Clone)]
pub struct Text {
    shared: Arc<str>,
    start: usize,
    end: usize,
}

impl Text {
    /// The piece `range` of `shared`, whose ends must be character boundaries (checked
    /// when the piece is read: [`Text::as_str`] panics on a range that is not).
    pub fn piece(shared: &Arc<str>, range: std::ops::Range<usize>) -> Text {
        debug_assert!(shared.get(range.clone()).is_some(), "{range:?}");
        Text {
            shared: Arc::clone(shared),
            start: range.start,
            end: range.end,
        }
    }

    /// The whole of `shared`.
    pub fn whole(shared: &Arc<str>) -> Text {
        Text::piece(shared, 0..shared.len())
    }

    /// The text, as a `&str`.
    pub fn as_str(&self) -> &str {
        &self.shared[self.start..self.end]
    }
}

impl Default for Text {
    fn default() -> Self {
        Text::from("")
    }
}

impl std::ops::Deref for Text {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl From<&str> for Text {
    fn from(s: &str) -> Self {
        Text::whole(&Arc::from(s))
    }
}

impl From<String> for Text {
    fn from(s: String) -> Self {
        Text::whole(&Arc::from(s))
    }
}

impl std::fmt::Debug for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(self.as_str(), f)
    }
}

impl std::fmt::Display for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl PartialEq for Text {
    fn eq(&self, other: &Self) -> bool {
        self.as_str() == other.as_str()
    }
}
impl Eq for Text {}

impl PartialEq<&str> for Text {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}
impl PartialEq<String> for Text {
    fn eq(&self, other: &String) -> bool {
        self.as_str() == other.as_str()
    }
}

impl PartialEq<Text> for String {
    fn eq(&self, other: &Text) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Serialize for Text {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// One claim found in an article. All spans are character offsets into `Article::text`.
/// The default is an empty unattributed claim (for building claims field by field).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Claim {
    /// `<article_id>:<n>`, n counting from 1 in text order.
    pub claim_id: String,
    pub article_id: Text,
    /// The article's date (metadata or date header), or empty.
    pub date: Text,
    pub form: Form,
    pub stance: Stance,
    /// The resolved source ("Benjamin Netanyahu" for "he" or "Mr. Netanyahu").
    pub source: String,
    pub source_kind: SourceKind,
    /// The source as written at this place.
    pub source_mention: Text,
    pub cue: Text,
    /// The channel when named: "TASS news agency", "Channel 9", "statement", "Twitter".
    pub channel: Text,
    /// Reportedly, allegedly, may, is said to …
    pub hedged: bool,
    pub content: Text,
    /// The whole sentence (or sentences) the claim stands in.
    pub sentence: Text,
    pub content_span: Option<Span>,
    /// Within `content_span`, the words that are not content: the attribution between the
    /// two pieces of “Q1,” she said, “Q2.” (brat and `eval` see two pieces; CSV and JSONL
    /// show the whole span).
    pub content_gap: Option<Span>,
    pub source_span: Option<Span>,
    pub cue_span: Option<Span>,
    pub sentence_span: Span,
    /// True when the content itself is negated ("no longer grants", "did not").
    pub negated: bool,
    /// The claim stands in the article's headline (with an attribution of its own, or
    /// form `headline`).
    pub headline: bool,
}

impl Claim {
    /// The content's words without its gap: “Q1,” … “Q2.” for “Q1,” she said. “Q2.”
    pub fn content_words(&self) -> std::borrow::Cow<'_, str> {
        let (Some(c), Some(g)) = (self.content_span, self.content_gap) else {
            return std::borrow::Cow::Borrowed(&self.content);
        };
        if !(c.start <= g.start && g.start < g.end && g.end <= c.end) {
            return std::borrow::Cow::Borrowed(&self.content);
        }
        // Byte offsets of the gap within the content (spans count characters).
        let byte = |chars: usize| {
            self.content
                .char_indices()
                .nth(chars)
                .map_or(self.content.len(), |(b, _)| b)
        };
        let (a, b) = (byte(g.start - c.start), byte(g.end - c.start));
        std::borrow::Cow::Owned(format!(
            "{} … {}",
            self.content[..a].trim_end(),
            self.content[b..].trim_start()
        ))
    }

    /// The content as pieces: the content span less its gap, if any.
    pub fn content_pieces(&self) -> Vec<Span> {
        let Some(c) = self.content_span else {
            return Vec::new();
        };
        match self.content_gap {
            Some(g) if c.start <= g.start && g.end <= c.end && g.start < g.end => [
                Span {
                    start: c.start,
                    end: g.start,
                },
                Span {
                    start: g.end,
                    end: c.end,
                },
            ]
            .into_iter()
            .filter(|s| s.end > s.start)
            .collect(),
            _ => vec![c],
        }
    }
}
