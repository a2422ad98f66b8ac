//! Hostile input, end to end: files from scrapers, spreadsheets and other people's pipelines.
//! Whatever they hold, the binary answers with a result or one clear error (exit 2), never a
//! panic, a hang or a silently shortened report. Small cases are fixtures in
//! `tests/fixtures/`; large or odd ones (a 50 MB line, deep nesting, link loops, a vanished
//! file) are made at run time under Cargo's temporary directory.

mod common;

use common::scratch_dir;

use std::io::Read;
use std::process::{Command, Output, Stdio};

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_discrepancy"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::null())
        .output()
        .expect("the binary runs")
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn report(args: &[&str]) -> serde_json::Value {
    let output = run(&[&["check", "--format", "json"], args].concat());
    let code = output.status.code();
    assert!(matches!(code, Some(0 | 1)), "{args:?}: {}", stderr(&output));
    serde_json::from_slice(&output.stdout).expect("the report is JSON")
}

/// Hostile inputs that must fail with exactly this message (after `discrepancy: `).
#[test]
fn hostile_files_fail_clearly() {
    let dir = scratch_dir("hostile", "fail");
    let write = |name: &str, bytes: Vec<u8>| {
        let path = dir.join(name);
        std::fs::write(&path, bytes).expect("the fixture is written");
        path.to_string_lossy().into_owned()
    };
    let nested = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
    let deep = write("deep.json", nested.clone().into_bytes());
    let in_field = format!("[{{\"source\": {nested}, \"text\": \"x\"}}]");
    let deep_field = write("deep-field.json", in_field.into_bytes());
    let twice = write(
        "twice.jsonl",
        br#"{"source": "A", "text": "x", "text": "y"}"#.to_vec(),
    );
    let cases: Vec<(String, String)> = vec![
        (
            "tests/fixtures/nul-byte.jsonl".into(),
            "tests/fixtures/nul-byte.jsonl:2:26: NUL byte at byte 52: expected text".into(),
        ),
        (
            deep.clone(),
            format!("{deep}:1:2: expected a statement object `{{...}}`"),
        ),
        (
            deep_field.clone(),
            format!("{deep_field}:1:139: recursion limit exceeded"),
        ),
        (
            twice.clone(),
            format!("{twice}:1:41: field `text` given twice"),
        ),
    ];
    for (path, expected) in cases {
        let output = run(&["check", &path]);
        assert_eq!(output.status.code(), Some(2), "{path}");
        assert_eq!(
            stderr(&output),
            format!("discrepancy: {expected}\n"),
            "{path}"
        );
    }
}

/// A 50 MB line is read and accounted for; alone on its topic it is never tokenised, so it
/// costs little (the megabyte test below has a long statement compared).
#[test]
fn a_50_megabyte_line_is_read_whole() {
    let dir = scratch_dir("hostile", "long-line");
    let path = dir.join("long.jsonl");
    let long = "the bridge is open and ".repeat(50 * 1024 * 1024 / 23);
    let text = format!(
        "{{\"source\": \"A\", \"topic\": \"t\", \"text\": \"{long}\"}}\n\
         {{\"source\": \"B\", \"topic\": \"u\", \"text\": \"The bridge is not open.\"}}\n"
    );
    assert!(text.len() > 50 * 1024 * 1024);
    std::fs::write(&path, text).unwrap();
    let value = report(&[path.to_str().unwrap()]);
    assert_eq!(value["summary"]["statements"], 2);
    assert_eq!(value["summary"]["left_out"][0]["statements"], 2);
}

#[test]
fn a_megabyte_statement_is_compared() {
    let dir = scratch_dir("hostile", "megabyte");
    let path = dir.join("big.csv");
    let big = "Prices will increase. ".repeat(1024 * 1024 / 22);
    std::fs::write(
        &path,
        format!("source,topic,text\nA,p,{big}\nB,p,Prices will decrease.\n"),
    )
    .unwrap();
    let value = report(&[path.to_str().unwrap()]);
    assert_eq!(value["summary"]["pairs_compared"], 1);
    assert_eq!(value["discrepancies"][0]["kinds"][0], "antonym");
}

#[test]
fn every_script_is_read_and_russian_negation_is_found() {
    let value = report(&["tests/fixtures/scripts.jsonl"]);
    assert_eq!(value["summary"]["statements"], 8);
    assert_eq!(value["summary"]["statements_compared"], 8);
    let found = value["discrepancies"].as_array().unwrap();
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0]["topic"], "переговоры");
    assert_eq!(found[0]["a"]["id"], "ru1");
    let cue = &found[0]["evidence"][0]["b"];
    assert!(
        cue.as_array().unwrap().iter().any(|m| m["text"] == "не"),
        "{cue}"
    );
}

#[cfg(unix)]
#[test]
fn a_link_loop_is_read_once() {
    let dir = scratch_dir("hostile", "loop");
    std::fs::copy("tests/fixtures/contradiction.jsonl", dir.join("a.jsonl")).unwrap();
    std::os::unix::fs::symlink(&dir, dir.join("again")).unwrap();
    let value = report(&[dir.to_str().unwrap()]);
    assert_eq!(value["summary"]["statements"], 2);
}

#[cfg(unix)]
#[test]
fn links_that_go_nowhere_are_errors() {
    let dir = scratch_dir("hostile", "nowhere");
    std::fs::copy("tests/fixtures/contradiction.jsonl", dir.join("a.jsonl")).unwrap();
    // A file that disappeared: its name is still in the directory, its content is gone.
    std::os::unix::fs::symlink(dir.join("deleted.jsonl"), dir.join("gone.jsonl")).unwrap();
    let self_loop = dir.join("self.jsonl");
    let output = run(&["check", dir.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2));
    let gone = dir.join("gone.jsonl");
    let expected = format!(
        "discrepancy: {}: cannot read: no such file or directory\n",
        gone.display()
    );
    assert_eq!(stderr(&output), expected);
    std::fs::remove_file(&gone).unwrap();
    std::os::unix::fs::symlink(&self_loop, &self_loop).unwrap();
    let output = run(&["check", dir.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2));
    let expected = format!(
        "discrepancy: {}: cannot read: too many levels of symbolic links\n",
        self_loop.display()
    );
    assert_eq!(stderr(&output), expected);
}

#[test]
fn validate_lists_every_error_then_a_count() {
    let output = run(&[
        "validate",
        "tests/fixtures/missing-source.jsonl",
        "tests/fixtures/bad-kind.jsonl",
        "tests/fixtures/duplicate-id-a.jsonl",
        "tests/fixtures/duplicate-id-b.csv",
        "statements/",
    ]);
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    let stdout = String::from_utf8(output.stdout).unwrap();
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(
        lines,
        [
            "tests/fixtures/missing-source.jsonl:2: missing or empty field `source` (who said it)",
            "tests/fixtures/bad-kind.jsonl:1: field `kind`: expected `quote` or `paraphrase`, found `rumour`",
            "tests/fixtures/duplicate-id-b.csv:3: duplicate id `k1` (first used at tests/fixtures/duplicate-id-a.jsonl:1)",
            "3 errors (26 valid statements in 5 files)",
        ]
    );
    let clean = run(&["validate", "statements/"]);
    assert_eq!(clean.status.code(), Some(0));
    assert_eq!(
        String::from_utf8(clean.stdout).unwrap(),
        "23 valid statements in 1 file: no errors\n"
    );
}

#[test]
fn validate_stops_at_max_errors() {
    let output = run(&["validate", "--max-errors", "2", "tests/fixtures/"]);
    assert_eq!(output.status.code(), Some(2));
    let stdout = String::from_utf8(output.stdout).unwrap();
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 4, "{stdout}");
    assert!(lines[2].starts_with("2 errors ("), "{stdout}");
    assert_eq!(lines[3], "stopped at --max-errors 2; there may be more");
}

#[test]
fn a_closed_pipe_ends_quietly() {
    let dir = scratch_dir("hostile", "pipe");
    let path = dir.join("many.jsonl");
    let mut lines = String::new();
    for i in 0..400 {
        let (source, not) = if i % 2 == 0 { ("A", "") } else { ("B", "not ") };
        lines.push_str(&format!(
            "{{\"source\": \"{source}\", \"topic\": \"t\", \"text\": \"The bridge {i} is {not}open\"}}\n"
        ));
    }
    std::fs::write(&path, lines).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_discrepancy"))
        .args(["check", "--format", "csv", path.to_str().unwrap()])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Read a little, then hang up, as `| head -1` does.
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 16];
    stdout.read_exact(&mut first).unwrap();
    drop(stdout);
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(stderr(&output), "");
}

/// Ctrl-C in the middle of a run: exit status 130, no temporary file left beside the output,
/// and the existing output file untouched. The report streams into its temporary file from the
/// start of the run, so this sees the interrupt handler remove it.
#[cfg(unix)]
#[test]
fn an_interrupt_leaves_no_files_behind() {
    let dir = scratch_dir("hostile", "interrupt");
    let input = dir.join("many.jsonl");
    let mut lines = String::new();
    // 3 million pairs (`--exhaustive`: all of them), seconds of analysis even in a release
    // build.
    for i in 0..3000 {
        let source = ["A", "B", "C"][i % 3];
        lines.push_str(&format!(
            "{{\"source\": \"{source}\", \"topic\": \"t\", \"text\": \"The bridge {i} is not open and traffic stopped\"}}\n"
        ));
    }
    std::fs::write(&input, lines).unwrap();
    let output = dir.join("report.json");
    std::fs::write(&output, "previous report\n").unwrap();
    let child = Command::new(env!("CARGO_BIN_EXE_discrepancy"))
        .args(["check", "--exhaustive", "--format", "json", "-o"])
        .args([&output, &input])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(300));
    let killed = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(killed.success());
    let status = child.wait_with_output().unwrap().status;
    assert_eq!(
        status.code(),
        Some(130),
        "the run ended before the interrupt: make it longer"
    );
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["many.jsonl", "report.json"]);
    assert_eq!(
        std::fs::read_to_string(&output).unwrap(),
        "previous report\n"
    );
}

/// The progress bar: on a terminal (made with util-linux `script`), for a run of more than a
/// second, and not with `--quiet`; never on a pipe (every other test shows that: their
/// standard error is checked empty or exact).
#[cfg(unix)]
#[test]
fn a_progress_bar_shows_on_a_terminal_unless_quiet() {
    if Command::new("script").arg("--version").output().is_err() {
        eprintln!("note: no `script` command here; the progress bar test did not run");
        return;
    }
    let dir = scratch_dir("hostile", "progress");
    let input = dir.join("one-topic.jsonl");
    // Pairs (`--exhaustive`: all of them) that each need the checks (one side negates) but
    // find nothing: a small report. The bar shows after a second, so the input doubles until
    // a run takes a second and a half on this machine, whatever its speed (a fixed size took
    // 1.2 s on one machine and 0.7 s on another).
    let write = |statements: usize| {
        let mut lines = String::new();
        for i in 0..statements {
            let text = if i % 2 == 0 {
                format!("The bridge in town {i} is open")
            } else {
                format!("The ferry to island {i} is not running")
            };
            let source = ["A", "B"][i % 2];
            lines.push_str(&format!(
                "{{\"source\": \"{source}\", \"topic\": \"t\", \"text\": \"{text}\"}}\n"
            ));
        }
        std::fs::write(&input, lines).unwrap();
    };
    let mut statements = 1000;
    for _ in 0..6 {
        write(statements);
        let started = std::time::Instant::now();
        let output = Command::new(env!("CARGO_BIN_EXE_discrepancy"))
            .args(["check", "--exhaustive", "--format", "json", "--quiet"])
            .arg(&input)
            .stdin(Stdio::null())
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(0), "{output:?}");
        if started.elapsed() >= std::time::Duration::from_millis(1500) {
            break;
        }
        statements *= 2;
    }
    let on_terminal = |quiet: bool| {
        let report = dir.join("report.json");
        let command = format!(
            "{} check --exhaustive {} --format json --output {} {}",
            env!("CARGO_BIN_EXE_discrepancy"),
            if quiet { "--quiet" } else { "" },
            report.display(),
            input.display()
        );
        let output = Command::new("script")
            .args(["-qec", &command, "/dev/null"])
            .stdin(Stdio::null())
            .output()
            .unwrap();
        String::from_utf8_lossy(&output.stdout).contains("statements analysed")
    };
    assert!(on_terminal(false), "no progress bar on a terminal");
    assert!(!on_terminal(true), "a progress bar despite --quiet");
}
