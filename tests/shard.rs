//! `check --shard I/N` and `merge`: for several N, the shards of a run merged give the bytes
//! of the unsharded run, each shard accounts for every statement read, and bad `--shard`
//! values and shard sets that do not fit together are errors naming what is wrong.
//!
//! Inputs: `tests/fixtures/shards.jsonl` (topics that sort differently byte-wise and by
//! letter, several findings on one topic, a denied attribution, a topic with one source, and
//! inferred topics), the real `statements/`, and the seed article with its topics removed
//! (all topics inferred).

mod common;

use common::{assert_accounted, code, run, scratch_dir, text};
use discrepancy::shard::fnv1a64;
use serde_json::Value;
use std::path::{Path, PathBuf};

const INPUTS: &[&str] = &[
    "tests/fixtures/shards.jsonl",
    "statements",
    "tests/fixtures/topics/seed-no-topics.jsonl",
];

/// Runs shards 1 to `count` of `check --format json` over `input` into `dir`, each checked
/// against the unsharded report `whole`, and returns their files.
fn run_shards(input: &str, count: u32, dir: &Path, whole: &Value) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut own_statements = 0;
    let mut with_findings = 0;
    for index in 1..=count {
        let file = dir.join(format!("shard-{index}.json"));
        let shard = format!("{index}/{count}");
        let output = run(&[
            "check",
            "--shard",
            &shard,
            "--format",
            "json",
            "--output",
            &file.display().to_string(),
            input,
        ]);
        let what = format!("{input} shard {shard}");
        let bytes = std::fs::read(&file).unwrap_or_else(|err| panic!("{what}: {err}"));
        let report: Value = serde_json::from_slice(&bytes).expect("a shard report is JSON");
        let findings = report["discrepancies"].as_array().expect("an array");
        // A shard's exit status is its own topics'.
        let expected_code = if findings.is_empty() { 0 } else { 1 };
        assert_eq!(
            code(&output),
            expected_code,
            "{what}: {}",
            text(&output.stderr)
        );
        assert_eq!(report["shard"]["index"], index, "{what}");
        assert_eq!(report["shard"]["count"], count, "{what}");
        let summary = &report["summary"];
        assert_accounted(summary);
        assert_eq!(
            summary["statements"], whole["summary"]["statements"],
            "{what}"
        );
        assert_eq!(summary["sources"], whole["summary"]["sources"], "{what}");
        for finding in findings {
            let topic = finding["topic"].as_str().expect("a topic");
            let home = fnv1a64(topic.as_bytes()) % u64::from(count);
            assert_eq!(home + 1, u64::from(index), "{what}: topic {topic:?}");
        }
        let elsewhere = summary["left_out"]
            .as_array()
            .expect("an array")
            .iter()
            .find(|l| l["reason"] == "in another shard")
            .map(|l| l["statements"].as_u64().expect("a count"))
            .unwrap_or(0);
        own_statements += summary["statements"].as_u64().expect("a count") - elsewhere;
        with_findings += usize::from(!findings.is_empty());
        files.push(file);
    }
    // Each statement is in exactly one shard.
    assert_eq!(
        whole["summary"]["statements"], own_statements,
        "{input} {count}"
    );
    if input.ends_with("shards.jsonl") && count > 1 {
        assert!(
            with_findings > 1,
            "{input} {count}: findings in one shard only"
        );
    }
    files
}

fn merge(files: &[PathBuf], options: &[&str]) -> std::process::Output {
    let files: Vec<String> = files.iter().map(|f| f.display().to_string()).collect();
    let files: Vec<&str> = files.iter().map(String::as_str).collect();
    run(&[&["merge"], options, &files].concat())
}

#[test]
fn merged_shards_are_the_bytes_of_one_run() {
    for input in INPUTS {
        let one_run = run(&["check", "--format", "json", input]);
        assert!(matches!(code(&one_run), 0 | 1), "{input}");
        let whole: Value = serde_json::from_slice(&one_run.stdout).expect("JSON");
        assert!(
            whole.get("shard").is_none(),
            "{input}: an unsharded run has no shard"
        );
        for count in [1, 2, 3, 7] {
            let name = format!("{}-{count}", input.replace('/', "_"));
            let dir = scratch_dir("shard", &name);
            let mut files = run_shards(input, count, &dir, &whole);
            let merged = merge(&files, &[]);
            let stderr = text(&merged.stderr);
            assert_eq!(code(&merged), code(&one_run), "{input} {count}: {stderr}");
            assert!(
                merged.stdout == one_run.stdout,
                "{input} in {count} shards, merged:\n{}\none run:\n{}",
                text(&merged.stdout),
                text(&one_run.stdout)
            );
            // The order the reports are given in does not matter.
            files.reverse();
            assert_eq!(merge(&files, &[]).stdout, one_run.stdout, "{input} {count}");
        }
    }
}

#[test]
fn merge_renders_every_format_as_check_does() {
    let input = "tests/fixtures/shards.jsonl";
    let whole: Value =
        serde_json::from_slice(&run(&["check", "--format", "json", input]).stdout).unwrap();
    let dir = scratch_dir("shard", "formats");
    let files = run_shards(input, 3, &dir, &whole);
    let look = ["--width", "100", "--color", "never"];
    for format in [
        "table",
        "json",
        "jsonl",
        "markdown",
        "csv",
        "html",
        "claimreview",
    ] {
        for extra in [&[][..], &["--explain"], &["--group-by", "source-pair"]] {
            let options = [&["--format", format][..], &look, extra].concat();
            let expected = run(&[&["check"][..], &options, &[input]].concat());
            let merged = merge(&files, &options);
            assert_eq!(code(&merged), 1, "{format}: {}", text(&merged.stderr));
            assert!(
                merged.stdout == expected.stdout,
                "{format} {extra:?}:\n{}\n---\n{}",
                text(&merged.stdout),
                text(&expected.stdout)
            );
        }
    }
    let out = dir.join("merged.json");
    let output = merge(&files, &["--output", &out.display().to_string()]);
    assert_eq!(code(&output), 1);
    assert!(output.stdout.is_empty());
    let written = std::fs::read(&out).expect("--output is written");
    assert_eq!(written, run(&["check", "--format", "json", input]).stdout);
}

#[test]
fn merge_exits_0_when_no_shard_found_a_discrepancy() {
    let input = "tests/fixtures/agree.jsonl";
    let one_run = run(&["check", "--format", "json", input]);
    assert_eq!(code(&one_run), 0);
    let whole: Value = serde_json::from_slice(&one_run.stdout).unwrap();
    let dir = scratch_dir("shard", "agree");
    let files = run_shards(input, 2, &dir, &whole);
    let merged = merge(&files, &[]);
    assert_eq!(code(&merged), 0, "{}", text(&merged.stderr));
    assert_eq!(merged.stdout, one_run.stdout);
}

#[test]
fn bad_shard_values_are_usage_errors() {
    let cases = [
        ("0/3", "`0/3`: I must be from 1 to 3 (shards count from 1)"),
        ("4/3", "`4/3`: I must be from 1 to 3 (shards count from 1)"),
        ("1/0", "`1/0`: N, the number of shards, must be at least 1"),
        (
            "a/b",
            "expected I/N, shard I of N counted from 1 (e.g. 2/8), found `a/b`",
        ),
        (
            "3",
            "expected I/N, shard I of N counted from 1 (e.g. 2/8), found `3`",
        ),
        ("+1/3", "expected I/N"),
        ("1/3/9", "expected I/N"),
    ];
    for (shard, message) in cases {
        let output = run(&["check", "--shard", shard, "tests/fixtures/shards.jsonl"]);
        let stderr = text(&output.stderr);
        assert_eq!(code(&output), 2, "{shard}: {stderr}");
        assert!(output.stdout.is_empty(), "{shard}");
        let expected = format!("invalid value '{shard}' for '--shard <I/N>': {message}");
        assert!(stderr.contains(&expected), "{shard}: {stderr}");
    }
}

#[test]
fn bad_input_fails_in_every_shard_as_in_one_run() {
    let input = "tests/fixtures/missing-source.jsonl";
    let one_run = run(&["check", input]);
    assert_eq!(code(&one_run), 2);
    for shard in ["1/2", "2/2"] {
        let output = run(&["check", "--shard", shard, input]);
        assert_eq!(code(&output), 2, "{shard}");
        assert_eq!(output.stderr, one_run.stderr, "{shard}");
    }
}

#[test]
fn merge_refuses_shards_that_do_not_fit_together() {
    let input = "tests/fixtures/shards.jsonl";
    let dir = scratch_dir("shard", "refused");
    let shard = |spec: &str, input: &str, name: &str| {
        let file = dir.join(name);
        let path = file.display().to_string();
        let mut args = vec!["check", "--format", "json", "--output", &path, input];
        if !spec.is_empty() {
            args.extend(["--shard", spec]);
        }
        assert!(matches!(code(&run(&args)), 0 | 1), "{args:?}");
        file
    };
    let s1 = shard("1/3", input, "s1.json");
    let s2 = shard("2/3", input, "s2.json");
    let s3 = shard("3/3", input, "s3.json");
    let half = shard("1/2", input, "half.json");
    let unsharded = shard("", input, "whole.json");
    let other = shard("2/3", "statements", "other.json");
    let statements = PathBuf::from("tests/fixtures/agree.jsonl");
    let array = PathBuf::from("tests/fixtures/syntax-error.json");
    let name = |file: &PathBuf| file.display().to_string();
    let cases: Vec<(Vec<&PathBuf>, String)> = vec![
        (
            vec![&s1, &s3],
            "shard 2/3 missing: merge needs the reports of shards 1 to 3, each once".into(),
        ),
        (
            vec![&s1, &s2, &s2, &s3],
            format!("{}: shard 2/3 again (also {})", name(&s2), name(&s2)),
        ),
        (
            vec![&s1, &s2, &half],
            format!(
                "{}: shard 1/2, but {} is shard 1/3: all shards must be of the same N",
                name(&half),
                name(&s1)
            ),
        ),
        (
            vec![&s1, &unsharded, &s3],
            format!(
                "{}: not a shard report (no `shard`): write each with `check --shard I/N \
                 --format json`",
                name(&unsharded)
            ),
        ),
        (
            vec![&s1, &other, &s3],
            format!(
                "{}: 23 statements and 4 sources read, but 18 statements and 5 sources in {}: \
                 the shards must read the same input",
                name(&other),
                name(&s1)
            ),
        ),
        (
            vec![&s1, &s2, &statements],
            "tests/fixtures/agree.jsonl:1:5: not a JSON report of `check --format json`: \
             unknown field `id`, expected one of `version`, `shard`, `summary`, `discrepancies`"
                .into(),
        ),
        (
            vec![&array],
            "tests/fixtures/syntax-error.json:1:1: not a JSON report of `check --format json`: \
             expected an object `{\"version\": ...}`"
                .into(),
        ),
    ];
    for (files, message) in cases {
        let files: Vec<PathBuf> = files.into_iter().cloned().collect();
        let output = merge(&files, &[]);
        let stderr = text(&output.stderr);
        assert_eq!(code(&output), 2, "{files:?}: {stderr}");
        assert!(output.stdout.is_empty(), "{files:?}");
        assert_eq!(stderr, format!("discrepancy: {message}\n"), "{files:?}");
    }
    // The same three shards fit.
    assert_eq!(code(&merge(&[s1, s2, s3], &[])), 1);
}
