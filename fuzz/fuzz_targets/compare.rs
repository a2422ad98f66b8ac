//! `analysis::compare` on two texts: the bytes split at the first 0xFF (or in half when there
//! is none), each side decoded lossily. It must not panic, and the verdict must not depend on
//! the order of the two.
#![no_main]

use discrepancy::analysis::{compare, text::Text};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let (a, b) = match bytes.iter().position(|&b| b == 0xFF) {
        Some(at) => (&bytes[..at], &bytes[at + 1..]),
        None => bytes.split_at(bytes.len() / 2),
    };
    let a = Text::new(&String::from_utf8_lossy(a));
    let b = Text::new(&String::from_utf8_lossy(b));
    let ab = compare(&a, &b);
    let ba = compare(&b, &a);
    match (&ab, &ba) {
        (None, None) => {}
        (Some(ab), Some(ba)) => {
            assert_eq!(
                ab.score,
                ba.score,
                "score differs by order: {a:?} / {b:?}",
                a = a.raw,
                b = b.raw
            );
            assert_eq!(ab.similarity, ba.similarity, "similarity differs by order");
        }
        _ => panic!(
            "a verdict one way only: {:?} / {:?}: {ab:?} vs {ba:?}",
            a.raw, b.raw
        ),
    }
});
