//! Blocking: in a large topic `check` compares only statements that share a salient term, and
//! must still find what comparing every pair (`--exhaustive`) finds, with far fewer pairs.
//!
//! Input: `tests/fixtures/blocking.jsonl`, written by the corpus generator
//! (`cargo run --release --example gen_corpus -- --statements 400 --topics 1 --sources 20
//! --seed 7`, topic renamed `large`, ids prefixed `L`; and `--statements 150 --topics 1
//! --sources 10 --seed 3`, topic `medium`, ids `M`): claims told by several sources, some
//! denied, recounted or reversed, among other claims in the same stock wording.

mod common;

use common::{assert_accounted, code, run, text};
use serde_json::Value;
use std::collections::BTreeSet;

const INPUT: &str = "tests/fixtures/blocking.jsonl";

/// The JSON report of `check` with `extra` arguments.
fn report(extra: &[&str]) -> Value {
    let mut args = vec!["check", "--format", "json"];
    args.extend_from_slice(extra);
    args.push(INPUT);
    let output = run(&args);
    assert_eq!(code(&output), 1, "{}", text(&output.stderr));
    let report: Value = serde_json::from_slice(&output.stdout).expect("a JSON report");
    assert_accounted(&report["summary"]);
    report
}

/// The findings as (topic, id a, id b).
fn findings(report: &Value) -> BTreeSet<(String, String, String)> {
    let field = |v: &Value| v.as_str().expect("a string").to_string();
    report["discrepancies"]
        .as_array()
        .expect("discrepancies")
        .iter()
        .map(|d| {
            (
                field(&d["topic"]),
                field(&d["a"]["id"]),
                field(&d["b"]["id"]),
            )
        })
        .collect()
}

#[test]
fn blocking_keeps_what_every_pair_finds_with_a_fraction_of_the_pairs() {
    let blocked = report(&[]);
    let every = report(&["--exhaustive"]);
    let (kept, all) = (findings(&blocked), findings(&every));
    // Both topics are large enough to be blocked, and each has findings.
    for topic in ["large", "medium"] {
        assert!(all.iter().any(|f| f.0 == topic), "no finding on {topic}");
    }
    let found = all.intersection(&kept).count();
    assert!(
        found * 100 >= all.len() * 99,
        "blocking kept {found} of {} findings",
        all.len()
    );
    assert!(
        kept.is_subset(&all),
        "blocking found pairs --exhaustive did not"
    );
    let pairs = |r: &Value| r["summary"]["pairs_compared"].as_u64().expect("a count");
    assert_eq!(
        pairs(&every),
        cross_source_pairs("large") + cross_source_pairs("medium")
    );
    assert!(
        pairs(&blocked) * 4 < pairs(&every),
        "blocking compared {} of {} pairs",
        pairs(&blocked),
        pairs(&every)
    );
}

/// The pairs of statements from two different sources on `topic`, counted from the fixture.
fn cross_source_pairs(topic: &str) -> u64 {
    let input = std::fs::read_to_string(INPUT).expect("the fixture");
    let mut per_source = std::collections::BTreeMap::<String, u64>::new();
    for line in input.lines() {
        let statement: Value = serde_json::from_str(line).expect("a statement");
        if statement["topic"] == topic {
            let source = statement["source"].as_str().expect("a source").to_string();
            *per_source.entry(source).or_default() += 1;
        }
    }
    let n: u64 = per_source.values().sum();
    n * (n - 1) / 2
        - per_source
            .values()
            .map(|k| k * (k.saturating_sub(1)) / 2)
            .sum::<u64>()
}
