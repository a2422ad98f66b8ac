//! Micro-benchmarks of the per-pair cost (`cargo bench --bench pair`): tokenising a statement
//! once, and comparing a pair of tokenised statements, for a pair that contradicts, a pair on
//! the same subject that agrees, and an unrelated pair (settled by the quick test).

use discrepancy::analysis::{compare, text::Text};
use divan::black_box;

fn main() {
    divan::main();
}

const LONG: &str = "After weeks of talks, the ministry said that 1,200 troops had been \
                    withdrawn from the border region on 12 June 2024, despite strong protests.";

#[divan::bench]
fn tokenise_21_words() -> Text {
    Text::new(black_box(LONG))
}

#[divan::bench(args = [
    ("The bridge was not reopened after the storm.", "The bridge was reopened after the storm."),
    ("1,500 troops were withdrawn from the border region.", LONG),
    ("The ministry praised the troops at the border.", LONG),
    ("Markets fell sharply in early trading.", LONG),
])]
fn compare_pair(bencher: divan::Bencher, (a, b): (&str, &str)) {
    let (a, b) = (Text::new(a), Text::new(b));
    bencher.bench(|| compare(black_box(&a), black_box(&b)));
}
