//! `extract::extract` on any text: it must not panic, and every statement it finds must have a
//! source and a text, and a span that lies inside the article.
#![no_main]

use discrepancy::extract::{Options, extract};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let article = String::from_utf8_lossy(bytes);
    let chars = article.chars().count();
    for found in extract(&article, &Options::default()) {
        assert!(!found.source.trim().is_empty(), "no source: {found:?}");
        assert!(!found.text.trim().is_empty(), "no text: {found:?}");
        assert!(found.span.0 <= found.span.1 && found.span.1 <= chars, "span: {found:?}");
    }
});
