//! Writing the report's five CSV files. Each writer takes any `io::Write`, so it is
//! tested on a `Vec<u8>`.

use std::io::{self, Read, Write};

use serde::Serialize;

use crate::output::{csv_io, CLAIM_HEADER};

use super::{proposition_id, Report, NONE};

/// The file names, in the order they are written.
pub const FILES: [&str; 5] = [
    "claims.csv",
    "relations.csv",
    "propositions.csv",
    "unattributed.csv",
    "sources.csv",
];

#[derive(Debug, Serialize)]
struct RelationRow<'a> {
    relation: &'static str,
    reason: &'static str,
    similarity: String,
    claim_a: &'a str,
    claim_b: &'a str,
    article_a: &'a str,
    article_b: &'a str,
    source_a: &'a str,
    source_b: &'a str,
    content_a: &'a str,
    content_b: &'a str,
    same_article: bool,
}

#[derive(Debug, Serialize)]
struct PropositionRow<'a> {
    proposition_id: String,
    text: &'a str,
    claims: u32,
    articles: u32,
    sources: u32,
    independent_sources: u32,
    agreements: u32,
    contradictions: u32,
    unattributed: u32,
}

#[derive(Debug, Serialize)]
struct UnattributedRow<'a> {
    claim_id: &'a str,
    article_id: &'a str,
    date: &'a str,
    form: &'static str,
    proposition_id: String,
    content: &'a str,
    attributed_elsewhere: String,
}

#[derive(Debug, Serialize)]
struct SourceRow<'a> {
    source: &'a str,
    source_kind: &'static str,
    claims: u32,
    articles: u32,
    agreements: u32,
    contradictions: u32,
}

impl Report {
    fn source_name(&self, s: u32) -> &str {
        if s == NONE {
            ""
        } else {
            &self.sources[s as usize].name
        }
    }

    /// `relations.csv`: one row per related pair, in order of the first claim.
    pub fn write_relations<W: Write>(&self, w: W) -> io::Result<W> {
        let mut w = csv::Writer::from_writer(w);
        if self.relations.is_empty() {
            w.write_record([
                "relation",
                "reason",
                "similarity",
                "claim_a",
                "claim_b",
                "article_a",
                "article_b",
                "source_a",
                "source_b",
                "content_a",
                "content_b",
                "same_article",
            ])
            .map_err(csv_io)?;
        }
        for r in &self.relations {
            let (a, b) = (&self.claims[r.a as usize], &self.claims[r.b as usize]);
            w.serialize(RelationRow {
                relation: r.relation.as_str(),
                reason: r.reason.as_str(),
                similarity: format!("{:.3}", r.similarity),
                claim_a: &self.claim_ids[r.a as usize],
                claim_b: &self.claim_ids[r.b as usize],
                article_a: &self.articles[a.article as usize].id,
                article_b: &self.articles[b.article as usize].id,
                source_a: self.source_name(a.source),
                source_b: self.source_name(b.source),
                content_a: &self.contents[a.content as usize],
                content_b: &self.contents[b.content as usize],
                same_article: a.article == b.article,
            })
            .map_err(csv_io)?;
        }
        w.into_inner().map_err(|e| e.into_error())
    }

    /// `propositions.csv`: one row per proposition, in id order.
    pub fn write_propositions<W: Write>(&self, w: W) -> io::Result<W> {
        let mut w = csv::Writer::from_writer(w);
        if self.props.is_empty() {
            w.write_record([
                "proposition_id",
                "text",
                "claims",
                "articles",
                "sources",
                "independent_sources",
                "agreements",
                "contradictions",
                "unattributed",
            ])
            .map_err(csv_io)?;
        }
        for (p, st) in self.props.iter().enumerate() {
            w.serialize(PropositionRow {
                proposition_id: proposition_id(p as u32),
                text: &self.contents[st.text as usize],
                claims: st.claims,
                articles: st.articles,
                sources: st.sources,
                independent_sources: st.independent_sources,
                agreements: st.agreements,
                contradictions: st.contradictions,
                unattributed: st.unattributed,
            })
            .map_err(csv_io)?;
        }
        w.into_inner().map_err(|e| e.into_error())
    }

    /// `unattributed.csv`: unattributed assertions and headlines, with the sources other
    /// claims of the same proposition name.
    pub fn write_unattributed<W: Write>(&self, w: W) -> io::Result<W> {
        let mut w = csv::Writer::from_writer(w);
        let mut any = false;
        for (i, c) in self.claims.iter().enumerate() {
            if c.form.is_attributed() {
                continue;
            }
            any = true;
            let p = self.claim_prop[i];
            let elsewhere: Vec<&str> = self.prop_sources[p as usize]
                .iter()
                .map(|&s| self.source_name(s))
                .collect();
            let article = &self.articles[c.article as usize];
            w.serialize(UnattributedRow {
                claim_id: &self.claim_ids[i],
                article_id: &article.id,
                date: &article.date,
                form: c.form.as_str(),
                proposition_id: proposition_id(p),
                content: &self.contents[c.content as usize],
                attributed_elsewhere: elsewhere.join("; "),
            })
            .map_err(csv_io)?;
        }
        if !any {
            w.write_record([
                "claim_id",
                "article_id",
                "date",
                "form",
                "proposition_id",
                "content",
                "attributed_elsewhere",
            ])
            .map_err(csv_io)?;
        }
        w.into_inner().map_err(|e| e.into_error())
    }

    /// `sources.csv`: one row per source, most claims first, then by name.
    pub fn write_sources<W: Write>(&self, w: W) -> io::Result<W> {
        let mut w = csv::Writer::from_writer(w);
        if self.sources.is_empty() {
            w.write_record([
                "source",
                "source_kind",
                "claims",
                "articles",
                "agreements",
                "contradictions",
            ])
            .map_err(csv_io)?;
        }
        let mut order: Vec<usize> = (0..self.sources.len()).collect();
        order.sort_by(|&a, &b| {
            self.srcs[b]
                .claims
                .cmp(&self.srcs[a].claims)
                .then_with(|| self.sources[a].name.cmp(&self.sources[b].name))
                .then(a.cmp(&b))
        });
        for s in order {
            let st = &self.srcs[s];
            w.serialize(SourceRow {
                source: &self.sources[s].name,
                source_kind: self.sources[s].kind().as_str(),
                claims: st.claims,
                articles: st.articles,
                agreements: st.agreements,
                contradictions: st.contradictions,
            })
            .map_err(csv_io)?;
        }
        w.into_inner().map_err(|e| e.into_error())
    }

    /// `claims.csv`: the claim rows as `extract` writes them (read back from `spill`, in
    /// input order, without header), each with its `proposition_id`.
    pub fn write_claims<R: Read, W: Write>(&self, spill: R, w: W) -> io::Result<W> {
        let mut r = csv::ReaderBuilder::new()
            .has_headers(false)
            .from_reader(spill);
        let mut w = csv::Writer::from_writer(w);
        let mut header: Vec<&str> = CLAIM_HEADER.to_vec();
        header.push("proposition_id");
        w.write_record(&header).map_err(csv_io)?;
        let mut rec = csv::ByteRecord::new();
        let mut i = 0usize;
        while r.read_byte_record(&mut rec).map_err(csv_io)? {
            if i >= self.claims.len() {
                return Err(io::Error::other("claim spill holds more rows than claims"));
            }
            rec.push_field(proposition_id(self.claim_prop[i]).as_bytes());
            w.write_byte_record(&rec).map_err(csv_io)?;
            i += 1;
        }
        if i != self.claims.len() {
            return Err(io::Error::other("claim spill holds fewer rows than claims"));
        }
        w.into_inner().map_err(|e| e.into_error())
    }
}

/// Claim rows written as `extract` writes them, without header, to be read back by
/// [`Report::write_claims`] once the propositions are known.
pub struct ClaimSpill<W: Write> {
    w: csv::Writer<W>,
}

impl<W: Write> ClaimSpill<W> {
    pub fn new(w: W) -> Self {
        ClaimSpill {
            w: csv::WriterBuilder::new().has_headers(false).from_writer(w),
        }
    }
    pub fn write(&mut self, c: &crate::model::Claim) -> io::Result<()> {
        self.w
            .serialize(crate::output::ClaimRow::from(c))
            .map_err(csv_io)
    }
    pub fn finish(self) -> io::Result<W> {
        self.w.into_inner().map_err(|e| e.into_error())
    }
}
