//! claimtrail: who said what, who contradicts whom, and what is asserted with no source.
//!
//! The pipeline: [`ingest`] reads articles, [`clean`] finds metadata and page furniture,
//! [`sentence`] splits sentences, [`grammar`] parses attributions, [`resolve`] names the
//! sources, and [`extract`] puts them together into [`model::Claim`]s.

mod allocator;
pub mod check;
pub mod clean;
pub mod cli;
pub mod cmd;
pub mod eval;
pub mod extract;
pub mod grammar;
pub mod ingest;
pub mod model;
pub mod output;
pub mod report;
pub mod resolve;
pub mod sentence;
pub mod text;

/// mimalloc rather than the system allocator: extraction allocates many small strings.
#[global_allocator]
static ALLOC: allocator::MiMalloc = allocator::MiMalloc;
