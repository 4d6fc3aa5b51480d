//! The attribution grammar: word lists from `grammars/` and the parsers built on them.

pub mod attribution;
pub mod lexicon;
pub mod token;

use std::path::Path;

use crate::clean::Cleaner;
use crate::sentence::Splitter;

pub use attribution::{Attribution, Pattern};
pub use lexicon::{CueClass, Lexicon, LexiconError};

/// Word lists and the parsers built from them.
#[derive(Debug, Clone)]
pub struct Grammar {
    pub lexicon: Lexicon,
    pub splitter: Splitter,
    pub cleaner: Cleaner,
}

impl Default for Grammar {
    fn default() -> Self {
        Self::default_en()
    }
}

impl Grammar {
    fn from_lexicon(mut lexicon: Lexicon) -> Self {
        attribution::mark_closed_classes(&mut lexicon);
        let splitter = Splitter::new(&lexicon.abbreviations);
        let cleaner = Cleaner::new(&lexicon.furniture);
        Grammar {
            lexicon,
            splitter,
            cleaner,
        }
    }

    /// The English grammar embedded in the binary.
    pub fn default_en() -> Self {
        Self::from_lexicon(Lexicon::embedded())
    }

    /// Read word lists from a folder laid out like `grammars/en` (missing files fall
    /// back to the embedded English ones).
    pub fn from_dir(dir: &Path) -> anyhow::Result<Self> {
        Ok(Self::from_lexicon(Lexicon::from_dir(dir)?))
    }
}
