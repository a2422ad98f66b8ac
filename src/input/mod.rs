//! Files -> statements. Picks a reader by extension (`.json`, `.jsonl`, `.csv`), walks
//! directories in sorted order, reads `-` from standard input, and validates every field once,
//! so that later stages can trust each `Statement`.
//!
//! Each reader turns its syntax into [`RawStatement`]s (fields as strings, with the place they
//! were read) and hands each on as soon as it is read, to [`RawStatement::validate`], which
//! makes a `Statement` with the same checks and messages for every format. JSONL and CSV files
//! (and standard input) are read a line at a time, so a large input's text is never held whole;
//! a JSON file is, as its statements are placed in the whole text.

mod csv;
mod json;
mod jsonl;
mod lines;

use crate::error::{Error, Result};
use crate::statement::{NO_TOPIC, Origin, Statement, StatementKind};
use std::collections::HashMap;
use std::fs;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The formats statements are read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum InputFormat {
    /// An array of statements, or an object with a `statements` array.
    Json,
    /// One statement object per line.
    Jsonl,
    /// A header row naming the fields, then one statement per row.
    Csv,
}

impl InputFormat {
    /// The format a file's extension names, if any: `a.JSONL` -> `Some(Jsonl)`.
    pub fn from_path(path: &Path) -> Option<Self> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "json" => Some(InputFormat::Json),
            "jsonl" | "ndjson" => Some(InputFormat::Jsonl),
            "csv" => Some(InputFormat::Csv),
            _ => None,
        }
    }
}

/// The fields a statement may have, sorted.
pub const FIELDS: &[&str] = &[
    "attribution",
    "cue",
    "date",
    "id",
    "kind",
    "source",
    "span",
    "speaker",
    "text",
    "topic",
    "url",
    "via",
];

/// Reads every statement from `paths`: files, directories (every `.json`, `.jsonl` and `.csv`
/// below them, in sorted order) or `-` for standard input, read as `stdin_format`.
///
/// Fails on the first invalid statement, on a duplicate id (naming both places), and when the
/// paths hold no statement at all.
pub fn load(paths: &[PathBuf], stdin_format: InputFormat) -> Result<Vec<Statement>> {
    let loaded = load_all(paths, stdin_format, 1);
    match loaded.errors.into_iter().next() {
        Some(err) => Err(err),
        None => Ok(loaded.statements),
    }
}

/// What [`load_all`] read: the valid statements, and every error found (up to the limit).
#[derive(Debug, Default)]
pub struct Loaded {
    pub statements: Vec<Statement>,
    /// How many files (or standard input) were read.
    pub files: usize,
    pub errors: Vec<Error>,
    /// True when reading stopped at the error limit, so more errors may follow.
    pub stopped: bool,
}

/// Reads like [`load`] but goes on past errors, collecting up to `max_errors` of them (at least
/// one), in the order of each file: a syntax error ends its file, and so does a byte that is
/// not text (invalid UTF-8, NUL), the statements before it kept; an invalid statement or row
/// ends only itself. Duplicate ids and an input with no statement are errors too.
pub fn load_all(paths: &[PathBuf], stdin_format: InputFormat, max_errors: usize) -> Loaded {
    let mut problems = Problems::new(max_errors);
    let mut files = Vec::new();
    let mut visited = Vec::new();
    for path in paths {
        collect(path, true, &mut visited, &mut files, &mut problems);
    }
    let file_count = files.len();
    let mut statements = Vec::new();
    for (path, format) in files {
        if problems.full() {
            break;
        }
        let name = path.to_string_lossy();
        let format = format.unwrap_or(stdin_format);
        let mut sink = Sink::new(&name, &mut problems, &mut statements);
        let read = if path.as_os_str() == "-" {
            read_from(
                &name,
                &path,
                &mut std::io::stdin().lock(),
                format,
                &mut sink,
            )
        } else {
            match fs::File::open(&path) {
                Ok(file) => {
                    let mut reader = BufReader::with_capacity(64 * 1024, file);
                    read_from(&name, &path, &mut reader, format, &mut sink)
                }
                Err(source) => Err(Error::Read {
                    path: path.clone(),
                    source,
                }),
            }
        };
        if let Err(err) = read {
            sink.error(err);
        }
    }
    // A statement whose id was used before is an error, not a valid statement.
    let (duplicates, errors) = duplicate_ids(&statements);
    for err in errors {
        problems.push(err);
    }
    let statements: Vec<Statement> = statements
        .into_iter()
        .enumerate()
        .filter(|(i, _)| duplicates.binary_search(i).is_err())
        .map(|(_, s)| s)
        .collect();
    if statements.is_empty() && problems.errors.is_empty() {
        let paths = paths.iter().map(|p| p.display().to_string()).collect();
        problems.push(Error::NoStatements { paths });
    }
    Loaded {
        statements,
        files: file_count,
        stopped: problems.full(),
        errors: problems.errors,
    }
}

/// Reads the statements of one file's bytes, named `name` in messages: the whole input stage
/// for one file (decoding, syntax, fields), without the checks across files.
pub fn parse(name: &str, bytes: &[u8], format: InputFormat) -> Result<Vec<Statement>> {
    let mut problems = Problems::new(1);
    let mut statements = Vec::new();
    let mut sink = Sink::new(name, &mut problems, &mut statements);
    let mut reader = bytes;
    if let Err(err) = read_from(name, Path::new(name), &mut reader, format, &mut sink) {
        sink.error(err);
    }
    match problems.errors.into_iter().next() {
        Some(err) => Err(err),
        None => Ok(statements),
    }
}

/// Reads one input (`path`, named `name` in messages) into `sink`. An `Err` ends the input
/// (it cannot be read, is not text, or its syntax is broken); the sink has what came before.
fn read_from(
    name: &str,
    path: &Path,
    reader: &mut dyn BufRead,
    format: InputFormat,
    sink: &mut Sink,
) -> Result<()> {
    match format {
        InputFormat::Json => {
            let mut bytes = Vec::new();
            reader
                .read_to_end(&mut bytes)
                .map_err(|source| Error::Read {
                    path: path.to_path_buf(),
                    source,
                })?;
            json::parse(name, decode(name, &bytes)?, sink)
        }
        InputFormat::Jsonl => jsonl::parse(name, lines::Lines::new(reader, name, path), sink),
        InputFormat::Csv => csv::parse(name, lines::Lines::new(reader, name, path), sink),
    }
}

/// Where readers put what they read: each raw statement is validated at once and kept as a
/// `Statement` (or its error recorded), so raw statements are never collected.
struct Sink<'a> {
    /// The input's name, shared by the origins of its statements.
    path: Arc<str>,
    problems: &'a mut Problems,
    statements: &'a mut Vec<Statement>,
}

impl<'a> Sink<'a> {
    fn new(name: &str, problems: &'a mut Problems, statements: &'a mut Vec<Statement>) -> Self {
        Sink {
            path: Arc::from(name),
            problems,
            statements,
        }
    }

    /// Validates a statement just read: kept when valid, its error recorded otherwise.
    fn statement(&mut self, raw: RawStatement) {
        match raw.validate(&self.path) {
            Ok(statement) => self.statements.push(statement),
            Err(err) => self.problems.push(err),
        }
    }

    /// Records an error, unless the limit is reached.
    fn error(&mut self, err: Error) {
        self.problems.push(err);
    }

    /// True when no more errors are wanted: readers stop.
    fn full(&self) -> bool {
        self.problems.full()
    }
}

/// The errors found so far, up to a limit.
#[derive(Debug)]
pub struct Problems {
    errors: Vec<Error>,
    max: usize,
}

impl Problems {
    fn new(max: usize) -> Self {
        Problems {
            errors: Vec::new(),
            max: max.max(1),
        }
    }

    /// Records an error, unless the limit is reached.
    fn push(&mut self, err: Error) {
        if !self.full() {
            self.errors.push(err);
        }
    }

    /// True when no more errors are wanted: readers stop.
    fn full(&self) -> bool {
        self.errors.len() >= self.max
    }
}

/// Reads `bytes` as `format` the way files are read, through a buffer of `capacity` bytes (so
/// that lines cross its edges), up to `max_errors`: the statements, and the errors' messages.
/// For the readers' tests.
#[cfg(test)]
pub(crate) fn read_bytes(
    name: &str,
    bytes: &[u8],
    format: InputFormat,
    capacity: usize,
    max_errors: usize,
) -> (Vec<Statement>, Vec<String>) {
    let mut problems = Problems::new(max_errors);
    let mut statements = Vec::new();
    let mut sink = Sink::new(name, &mut problems, &mut statements);
    let mut reader = BufReader::with_capacity(capacity, bytes);
    if let Err(err) = read_from(name, Path::new(name), &mut reader, format, &mut sink) {
        sink.error(err);
    }
    let errors = problems.errors.iter().map(Error::to_string).collect();
    (statements, errors)
}

/// Adds `path` (a file, `-`, or a directory walked in sorted order) to `files`. A file named
/// on the command line is read whatever its extension (as JSONL when it has none we know);
/// inside directories only known extensions are read. Links are followed; a directory reached
/// twice (a link loop) is read once. Whatever cannot be read is an error, never skipped.
fn collect(
    path: &Path,
    named: bool,
    visited: &mut Vec<PathBuf>,
    files: &mut Vec<(PathBuf, Option<InputFormat>)>,
    problems: &mut Problems,
) {
    if path.as_os_str() == "-" {
        files.push((path.to_path_buf(), None));
        return;
    }
    let read_err = |source| Error::Read {
        path: path.to_path_buf(),
        source,
    };
    let meta = match fs::metadata(path) {
        Ok(meta) => meta,
        // Inside a directory, only statement files matter: a broken link to notes.txt does not.
        Err(_) if !named && InputFormat::from_path(path).is_none() => return,
        Err(err) => return problems.push(read_err(err)),
    };
    if !meta.is_dir() {
        let format = InputFormat::from_path(path);
        if format.is_some() || named {
            files.push((
                path.to_path_buf(),
                Some(format.unwrap_or(InputFormat::Jsonl)),
            ));
        }
        return;
    }
    match fs::canonicalize(path) {
        Ok(real) if visited.contains(&real) => return,
        Ok(real) => visited.push(real),
        Err(err) => return problems.push(read_err(err)),
    }
    let entries = fs::read_dir(path).and_then(|dir| {
        dir.map(|entry| entry.map(|e| e.path()))
            .collect::<std::io::Result<Vec<_>>>()
    });
    match entries {
        Ok(mut entries) => {
            entries.sort();
            for entry in entries {
                collect(&entry, false, visited, files, problems);
            }
        }
        Err(err) => problems.push(read_err(err)),
    }
}

/// Checks that `bytes` are UTF-8, naming the line, column and byte offset of the first bad
/// byte, and drops a leading byte order mark: for a whole JSON text (JSONL and CSV are checked a
/// line at a time, with the same messages, by [`lines::Lines`]).
fn decode<'a>(name: &str, bytes: &'a [u8]) -> Result<&'a str> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let place = |at: usize, what: String| {
        let good = &bytes[..at];
        let line = good.iter().filter(|&&b| b == b'\n').count() + 1;
        let line_start = good
            .iter()
            .rposition(|&b| b == b'\n')
            .map(|i| i + 1)
            .unwrap_or(0);
        lines::bad_byte(name, line, &good[line_start..], what)
    };
    let text = std::str::from_utf8(bytes).map_err(|err| {
        place(
            err.valid_up_to(),
            format!("invalid UTF-8 at byte {}", err.valid_up_to()),
        )
    })?;
    // A NUL byte means a binary file, or text damaged on the way: not statements.
    if let Some(at) = text.find('\0') {
        return Err(place(at, format!("NUL byte at byte {at}: expected text")));
    }
    Ok(text)
}

/// serde_json's message without its position, which our errors give in front.
pub(crate) fn json_reason(err: &serde_json::Error) -> String {
    json::strip_position(err)
}

/// The statements whose id was used before (by index), and an error for each naming both
/// places.
fn duplicate_ids(statements: &[Statement]) -> (Vec<usize>, Vec<Error>) {
    let mut seen: HashMap<&str, &Origin> = HashMap::new();
    let (mut duplicates, mut errors) = (Vec::new(), Vec::new());
    for (index, statement) in statements.iter().enumerate() {
        if let Some(first) = seen.get(statement.id.as_str()) {
            duplicates.push(index);
            errors.push(Error::DuplicateId {
                id: statement.id.clone(),
                first: first.to_string(),
                second: statement.origin.to_string(),
            });
        } else {
            seen.insert(&statement.id, &statement.origin);
        }
    }
    (duplicates, errors)
}

/// A statement as read, before validation: each field a string, with the place it came from.
#[derive(Debug, Default)]
pub struct RawStatement {
    fields: [Option<String>; FIELDS.len()],
    /// Line of the statement (its first line for JSON), 1-based.
    line: usize,
    /// Column, when the format knows it.
    column: Option<usize>,
    /// 1-based place in a JSON array: the id when none is given is `<file>#<index>`, else
    /// `<file>:<line>` (made only for statements without an id).
    index: Option<usize>,
}

impl RawStatement {
    fn new(line: usize, column: Option<usize>, index: Option<usize>) -> Self {
        RawStatement {
            line,
            column,
            index,
            ..Default::default()
        }
    }

    /// Sets a field, or says why it cannot be set: an unknown name (with the known ones and a
    /// "did you mean"), or a field given twice.
    fn set(&mut self, name: &str, value: String) -> std::result::Result<(), String> {
        let Ok(index) = FIELDS.binary_search(&name) else {
            return Err(unknown_field(name));
        };
        self.set_field(index, value)
    }

    /// Sets the field `FIELDS[index]`, unless it was set before.
    fn set_field(&mut self, index: usize, value: String) -> std::result::Result<(), String> {
        if self.fields[index].is_some() {
            return Err(format!("field `{}` given twice", FIELDS[index]));
        }
        self.fields[index] = Some(value);
        Ok(())
    }

    /// Checks the fields and makes the `Statement`: `source` and `text` must be present and not
    /// blank, `date` a real `YYYY-MM-DD` date, `kind` `quote` or `paraphrase`.
    pub fn validate(self, path: &Arc<str>) -> Result<Statement> {
        let (line, column, index) = (self.line, self.column, self.index);
        let fail = |reason: String| Error::invalid(path, Some(line), column, reason);
        // In the order of `FIELDS`; blank values are absent.
        let [
            attribution,
            cue,
            date,
            id,
            kind,
            source,
            span,
            speaker,
            text,
            topic,
            url,
            via,
        ] = self.fields.map(|value| value.and_then(trimmed));
        let source =
            source.ok_or_else(|| fail("missing or empty field `source` (who said it)".into()))?;
        let text =
            text.ok_or_else(|| fail("missing or empty field `text` (what was said)".into()))?;
        if let Some(date) = &date {
            check_date(date).map_err(|why| fail(format!("field `date`: {why}")))?;
        }
        let kind = match kind.as_deref() {
            None => None,
            Some("quote") => Some(StatementKind::Quote),
            Some("paraphrase") => Some(StatementKind::Paraphrase),
            Some(other) => {
                return Err(fail(format!(
                    "field `kind`: expected `quote` or `paraphrase`, found `{other}`"
                )));
            }
        };
        let attribution_denied = match attribution.as_deref() {
            None | Some("affirmed") => false,
            Some("denied") => true,
            Some(other) => {
                return Err(fail(format!(
                    "field `attribution`: expected `affirmed` or `denied`, found `{other}`"
                )));
            }
        };
        let span = match span {
            None => None,
            Some(span) => Some(parse_span(&span).ok_or_else(|| {
                fail(format!(
                    "field `span`: expected character offsets as `start..end`, found `{span}`"
                ))
            })?),
        };
        let id = match (id, index) {
            (Some(id), _) => id,
            (None, Some(index)) => format!("{path}#{index}"),
            (None, None) => format!("{path}:{line}"),
        };
        Ok(Statement {
            id,
            source,
            via,
            speaker,
            topic: topic.unwrap_or_else(|| NO_TOPIC.to_string()),
            date,
            text,
            url,
            kind,
            cue,
            span,
            attribution_denied,
            topic_inferred: false,
            origin: Origin {
                path: Arc::clone(path),
                line,
            },
        })
    }
}

/// A field's value without surrounding space, or `None` when blank: `" a "` -> `Some("a")`.
fn trimmed(value: String) -> Option<String> {
    let trimmed = value.trim();
    if trimmed.is_empty() {
        None
    } else if trimmed.len() == value.len() {
        Some(value)
    } else {
        Some(trimmed.to_string())
    }
}

/// `"120..245"` -> `Some((120, 245))`; the end may not come before the start.
fn parse_span(span: &str) -> Option<(usize, usize)> {
    let (start, end) = span.split_once("..")?;
    let (start, end) = (start.trim().parse().ok()?, end.trim().parse().ok()?);
    (start <= end).then_some((start, end))
}

/// "unknown field `txt`; did you mean `text`? (known fields: date, id, ...)"
fn unknown_field(name: &str) -> String {
    let closest = FIELDS
        .iter()
        .map(|known| (strsim::damerau_levenshtein(name, known), *known))
        .min()
        .filter(|(distance, known)| *distance <= 2 && *distance < known.len());
    let hint = closest
        .map(|(_, known)| format!("; did you mean `{known}`?"))
        .unwrap_or_default();
    format!(
        "unknown field `{name}`{hint} (known fields: {})",
        FIELDS.join(", ")
    )
}

/// Checks that `date` is a real calendar date written `YYYY-MM-DD`.
///
/// `"2025-03-18"` -> Ok, `"2025-02-29"` -> Err (2025 is not a leap year), `"18/03/2025"` -> Err
fn check_date(date: &str) -> std::result::Result<(), String> {
    let expected = || format!("expected a date as YYYY-MM-DD, found `{date}`");
    let bytes = date.as_bytes();
    let shape_ok = bytes.len() == 10
        && bytes[4] == b'-'
        && bytes[7] == b'-'
        && bytes
            .iter()
            .enumerate()
            .all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
    if !shape_ok {
        return Err(expected());
    }
    let number = |range: std::ops::Range<usize>| date[range].parse::<u32>().unwrap_or(0);
    let (year, month, day) = (number(0..4), number(5..7), number(8..10));
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return Err(format!("`{date}` has no month {month}")),
    };
    if day == 0 || day > days {
        return Err(format!("`{date}` is not a real date (day {day})"));
    }
    Ok(())
}

/// Reads `text` as a file named `name`, stopping at the first error: for the readers' tests.
#[cfg(test)]
pub(crate) fn parse_text(name: &str, text: &str, format: InputFormat) -> Result<Vec<Statement>> {
    parse(name, text.as_bytes(), format)
}

/// The first error in `text` read as a file named `name` (empty when it reads cleanly): for the
/// readers' tests.
#[cfg(test)]
pub(crate) fn first_error(name: &str, text: &str, format: InputFormat) -> String {
    parse_text(name, text, format)
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        let cases = [
            ("2025-03-18", true),
            ("2024-02-29", true),
            ("2000-02-29", true),
            ("2025-02-29", false),
            ("1900-02-29", false),
            ("2025-04-31", false),
            ("2025-13-01", false),
            ("2025-00-10", false),
            ("2025-01-00", false),
            ("18/03/2025", false),
            ("2025-3-18", false),
            ("２０２５-03-18", false),
        ];
        for (date, ok) in cases {
            assert_eq!(check_date(date).is_ok(), ok, "{date:?}");
        }
    }

    #[test]
    fn spans() {
        let cases = [
            ("120..245", Some((120, 245))),
            ("0..0", Some((0, 0))),
            ("5..2", None),
            ("5-9", None),
            ("a..b", None),
        ];
        for (span, expected) in cases {
            assert_eq!(parse_span(span), expected, "{span:?}");
        }
    }

    #[test]
    fn unknown_fields_suggest_the_closest() {
        let cases = [
            ("txt", Some("text")),
            ("sorce", Some("source")),
            ("Topic", Some("topic")),
            ("speakers", Some("speaker")),
            ("author", None),
            ("x", None),
        ];
        for (name, suggestion) in cases {
            let message = unknown_field(name);
            match suggestion {
                Some(s) => assert!(
                    message.contains(&format!("did you mean `{s}`")),
                    "{message}"
                ),
                None => assert!(!message.contains("did you mean"), "{message}"),
            }
            assert!(message.ends_with(
                "(known fields: attribution, cue, date, id, kind, source, span, speaker, text, topic, url, via)"
            ));
        }
    }

    #[test]
    fn invalid_utf8_names_line_column_and_byte() {
        let err = decode("a.jsonl", b"{\"a\": 1}\n\xC3\xA9t\xFF").unwrap_err();
        assert_eq!(err.to_string(), "a.jsonl:2:3: invalid UTF-8 at byte 12");
        assert_eq!(decode("a", b"\xEF\xBB\xBFok").unwrap(), "ok");
        let err = decode("a.csv", b"source,text\nA,b\x00c").unwrap_err();
        assert_eq!(
            err.to_string(),
            "a.csv:2:4: NUL byte at byte 15: expected text"
        );
    }
}
