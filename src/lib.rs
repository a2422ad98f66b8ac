//! `discrepancy` reads files of attributed statements (who said it, through which channel, on
//! what topic, the text), groups them by topic and source, and finds where sources contradict
//! each other: one side affirms what the other denies, names a different number or date, or
//! uses the opposite word.
//!
//! ```text
//! paths ─input::load─▶ [Statement] ─group::by_topic─▶ [Group] ─analysis::analyze─▶ Analysis
//!       ─Report::new─▶ Report ─report::render(format)─▶ out
//! ```
//!
//! Each arrow is one public function that borrows the last value and returns the next. The
//! library never prints: output goes to the `&mut dyn Write` the caller passes in.
//!
//! A run can be split across machines by topic (`--shard I/N`, [`shard`]): each shard keeps
//! its own topics' groups before the analysis, and [`merge`] joins the shards' JSON reports
//! into the report of one unsharded run.
#![warn(clippy::print_stdout, clippy::print_stderr)]

pub mod analysis;
pub mod error;
pub mod eval;
pub mod extract;
pub mod group;
pub mod input;
pub mod report;
pub mod shard;
pub mod statement;
pub mod topic;

pub use error::{Error, Result};
use input::InputFormat;
use report::{Format, Report, Style};
use shard::Shard;
use std::io::Write;
use std::path::PathBuf;

/// What `check` does besides its paths.
#[derive(Debug, Clone)]
pub struct CheckOptions {
    /// The format of standard input (`-`); files go by extension.
    pub input_format: InputFormat,
    pub analysis: analysis::Options,
    pub format: Format,
    pub style: Style,
    /// The user's topic list (`--topics FILE`); without one, statements that name no topic
    /// get one inferred from their words (`topic::assign`).
    pub topics: Option<PathBuf>,
    /// Analyse only the topics of this shard (`--shard I/N`); all input is still read.
    pub shard: Option<Shard>,
}

/// Reads, groups, analyses and renders: the whole `check` run. Returns the report so the
/// caller can pick the exit status.
pub fn check(paths: &[PathBuf], options: &CheckOptions, out: &mut dyn Write) -> Result<Report> {
    check_with_progress(paths, options, out, &|_, _| {})
}

/// [`check`], calling `progress(done, total)` with the pairs compared so far, for a progress
/// bar (see [`analysis::analyze_with_progress`]).
pub fn check_with_progress(
    paths: &[PathBuf],
    options: &CheckOptions,
    out: &mut dyn Write,
    progress: &(dyn Fn(u64, u64) + Sync),
) -> Result<Report> {
    let topic_options = topic::TopicOptions::read(options.topics.as_deref())?;
    let mut statements = input::load(paths, options.input_format)?;
    topic::assign(&mut statements, &topic_options);
    let groups = group::by_topic(&statements);
    let analyze = |groups: &[group::Group]| {
        analysis::analyze_with_progress(&statements, groups, &options.analysis, progress)
    };
    let report = match options.shard {
        None => Report::gather(&statements, &groups, analyze(&groups), None),
        Some(shard) => {
            // Every shard read, validated and assigned topics to all statements alike; it
            // analyses its own topics only.
            let own: Vec<group::Group> = groups
                .iter()
                .filter(|g| shard.keeps(&g.topic))
                .cloned()
                .collect();
            Report::gather(&statements, &groups, analyze(&own), Some(shard))
        }
    };
    report::render(&report, options.format, options.style, out).map_err(Error::Write)?;
    Ok(report)
}

/// Reads the JSON reports of shards 1 to N (`check --shard I/N --format json`), merges them
/// into the report one unsharded run gives ([`shard::merge`]) and renders it: the `merge` run.
pub fn merge(
    paths: &[PathBuf],
    format: Format,
    style: Style,
    out: &mut dyn Write,
) -> Result<Report> {
    let mut reports = Vec::with_capacity(paths.len());
    for path in paths {
        reports.push((path.display().to_string(), report::read::read(path)?));
    }
    let report = shard::merge(&reports)?;
    report::render(&report, format, style, out).map_err(Error::Write)?;
    Ok(report)
}

/// Checks statement files without analysing them: writes every error found (up to
/// `max_errors`), one `file:line:col: what is wrong` a line, then a count. Returns true when
/// the input is clean. The `validate` run.
pub fn validate(
    paths: &[PathBuf],
    input_format: InputFormat,
    max_errors: usize,
    out: &mut dyn Write,
) -> Result<bool> {
    let loaded = input::load_all(paths, input_format, max_errors);
    let write = |out: &mut dyn Write| -> std::io::Result<()> {
        for err in &loaded.errors {
            writeln!(out, "{err}")?;
        }
        let files = report::plural(loaded.files, "file");
        let statements = report::plural(loaded.statements.len(), "valid statement");
        match loaded.errors.len() {
            0 => writeln!(out, "{statements} in {files}: no errors"),
            n => {
                let errors = report::plural(n, "error");
                writeln!(out, "{errors} ({statements} in {files})")?;
                if loaded.stopped {
                    writeln!(
                        out,
                        "stopped at --max-errors {max_errors}; there may be more"
                    )?;
                }
                Ok(())
            }
        }
    };
    write(out).map_err(Error::Write)?;
    Ok(loaded.errors.is_empty())
}

/// Reads, assigns topics (as `check` does, from `topics_file` when given) and groups, then
/// writes the topic x source table: the `topics` run. Inferred topics are marked with a `*`.
pub fn topics(
    paths: &[PathBuf],
    input_format: InputFormat,
    width: Option<u16>,
    topics_file: Option<&std::path::Path>,
    out: &mut dyn Write,
) -> Result<()> {
    let topic_options = topic::TopicOptions::read(topics_file)?;
    let mut statements = input::load(paths, input_format)?;
    topic::assign(&mut statements, &topic_options);
    let mut groups = group::by_topic(&statements);
    let inferred: std::collections::HashSet<&str> = statements
        .iter()
        .filter(|s| s.topic_inferred)
        .map(|s| s.topic.as_str())
        .collect();
    let mut marked = false;
    for group in &mut groups {
        if inferred.contains(group.topic.as_str()) {
            group.topic.push('*');
            marked = true;
        }
    }
    report::topics::render(&groups, width, out).map_err(Error::Write)?;
    if marked {
        let how = match topics_file {
            Some(file) => format!("assigned by the keywords of {}", file.display()),
            None => "inferred from the statements' words".to_string(),
        };
        writeln!(out, "* {how}").map_err(Error::Write)?;
    }
    Ok(())
}

/// The temporary file `write_file` is writing, if any, for the interrupt handler to remove.
static PARTIAL_OUTPUT: std::sync::Mutex<Option<PathBuf>> = std::sync::Mutex::new(None);

/// On Ctrl-C (or SIGTERM), removes the temporary file of a report being written and exits with
/// status 130, so that an interrupted run leaves no stray file. Call once, from `main`.
pub fn remove_partial_output_on_interrupt() {
    // If a handler cannot be set (one is set already), an interrupt simply ends the process as
    // it would anyway; the existing output file is untouched either way.
    let _ = ctrlc::set_handler(|| {
        if let Ok(partial) = PARTIAL_OUTPUT.lock()
            && let Some(path) = partial.as_ref()
        {
            let _ = std::fs::remove_file(path);
        }
        std::process::exit(130);
    });
}

/// Writes `bytes` to `path` whole or not at all (see [`write_file_with`]).
pub fn write_file(path: &std::path::Path, bytes: &[u8]) -> Result<()> {
    write_file_with(path, |out| out.write_all(bytes).map_err(Error::Write))
}

/// Runs `write` into `path`, whole or not at all: into a temporary file beside it, renamed over
/// it once `write` has succeeded, so an error or an interrupt never leaves a half-written
/// report, and an existing file stays intact until the new one is complete. The report goes
/// straight to the file rather than through memory (a million statements make a report of a
/// gigabyte). A write error names the file.
pub fn write_file_with<T>(
    path: &std::path::Path,
    write: impl FnOnce(&mut dyn Write) -> Result<T>,
) -> Result<T> {
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let temp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let fail = |source| Error::WriteFile {
        path: path.to_path_buf(),
        source,
    };
    let remember = |value: Option<PathBuf>| {
        if let Ok(mut partial) = PARTIAL_OUTPUT.lock() {
            *partial = value;
        }
    };
    remember(Some(temp.clone()));
    let written = (|| {
        let file = std::fs::File::create(&temp).map_err(fail)?;
        let mut out = std::io::BufWriter::with_capacity(1 << 16, file);
        let value = write(&mut out).map_err(|err| match err {
            Error::Write(source) => fail(source),
            other => other,
        })?;
        out.into_inner().map_err(|err| fail(err.into_error()))?;
        std::fs::rename(&temp, path).map_err(fail)?;
        Ok(value)
    })();
    if written.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    remember(None);
    written
}
