//! Putting the stages together: article in, claims out.

use crate::grammar::Grammar;
use crate::model::{Article, Claim};

/// Extract every claim of one article, in text order.
pub fn extract(_article: &Article, _grammar: &Grammar) -> Vec<Claim> {
    Vec::new()
}
