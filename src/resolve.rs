//! Who the source is.
