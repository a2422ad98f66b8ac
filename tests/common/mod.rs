//! Helpers shared by the integration tests that run the binary: run it from the crate root
//! (so that paths in messages read `tests/fixtures/...`), read its exit status and output, and
//! compare output with a reviewed golden file in `tests/expected/` (`BLESS=1` rewrites it).

// Each test file uses only some of these helpers.
#![allow(dead_code)]

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// Runs the binary from the crate root with `args`, feeding `stdin` when given.
pub fn run_with(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_discrepancy"));
    command
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("NO_COLOR")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = command.spawn().expect("the binary runs");
    let mut pipe = child.stdin.take().expect("stdin is piped");
    // A run that fails before reading all of stdin closes it early: not the test's concern.
    let _ = std::io::Write::write_all(&mut pipe, stdin.unwrap_or_default());
    drop(pipe);
    child.wait_with_output().expect("the binary ends")
}

/// Runs the binary with `args` and nothing on standard input.
pub fn run(args: &[&str]) -> Output {
    run_with(args, None)
}

/// The exit status.
pub fn code(output: &Output) -> i32 {
    output.status.code().expect("an exit status")
}

/// Output as text.
pub fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("output is UTF-8")
}

/// Compares `actual` with `tests/expected/<name>`, or rewrites that file when `BLESS=1`.
pub fn golden(name: &str, actual: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/expected")
        .join(name);
    if std::env::var_os("BLESS").is_some_and(|v| v == "1") {
        std::fs::write(&path, actual).expect("the expected file is written");
        return;
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|err| panic!("{}: {err} (create it with BLESS=1)", path.display()));
    assert!(
        expected == actual,
        "output differs from {} (BLESS=1 rewrites it)\n--- expected\n{expected}\n--- actual\n{actual}",
        path.display()
    );
}

/// Asserts that every statement read is accounted for: compared, or left out with a reason.
pub fn assert_accounted(summary: &Value) {
    let left_out: u64 = summary["left_out"]
        .as_array()
        .expect("left_out is an array")
        .iter()
        .map(|l| l["statements"].as_u64().expect("a count"))
        .sum();
    let compared = summary["statements_compared"].as_u64().expect("a count");
    assert_eq!(summary["statements"], compared + left_out, "{summary}");
}

/// A path for one test's file under Cargo's temporary directory, removed if a former run left it.
pub fn scratch_file(name: &str) -> PathBuf {
    let path = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_file(&path);
    path
}

/// A fresh, empty directory for one test's files: `<tmp>/<group>/<name>`.
pub fn scratch_dir(group: &str, name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join(group)
        .join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("the scratch directory is made");
    dir
}
