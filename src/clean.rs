//! Finding article metadata and page furniture. Nothing is removed from the text:
//! the cleaner reports byte ranges, so every offset stays true to the original.
