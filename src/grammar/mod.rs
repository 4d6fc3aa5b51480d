//! The attribution grammar.

/// Word lists and the parser built from them.
#[derive(Debug, Clone, Default)]
pub struct Grammar {}

impl Grammar {
    /// The English grammar embedded in the binary.
    pub fn default_en() -> Self {
        Grammar {}
    }
}

impl Grammar {
    /// Read word lists from a folder laid out like `grammars/en`.
    pub fn from_dir(_dir: &std::path::Path) -> anyhow::Result<Self> {
        Ok(Grammar {})
    }
}
