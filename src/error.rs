//! The one error type of the crate. Every variant that comes from input names the file, and
//! the line (and column) when it is known, so a message reads `file:line:col: what is wrong`.

use std::fmt;
use std::io;
use std::path::PathBuf;

/// Everything that can make a run fail. Bad input is never a panic: it is one of these.
#[derive(Debug)]
pub enum Error {
    /// A file or directory could not be read.
    Read { path: PathBuf, source: io::Error },
    /// A file was read but its content is not valid statement input.
    Invalid {
        /// The file as the user named it (`-` for standard input).
        path: String,
        /// 1-based line, when known.
        line: Option<usize>,
        /// 1-based column, when known.
        column: Option<usize>,
        /// What is wrong, naming the field and what was expected.
        reason: String,
    },
    /// The same statement id appears twice.
    DuplicateId {
        id: String,
        first: String,
        second: String,
    },
    /// The paths named held no statement at all.
    NoStatements { paths: Vec<String> },
    /// An option or argument combination that clap cannot check by itself.
    Usage(String),
    /// Writing the report to standard output failed.
    Write(io::Error),
    /// Writing the report to a file (`--output`) failed.
    WriteFile { path: PathBuf, source: io::Error },
}

/// The crate's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// An `Invalid` error at a known place.
    pub fn invalid(
        path: &str,
        line: Option<usize>,
        column: Option<usize>,
        reason: impl Into<String>,
    ) -> Self {
        Error::Invalid {
            path: path.to_string(),
            line,
            column,
            reason: reason.into(),
        }
    }

    /// True when the report could not be written because the reader went away (`| head`):
    /// that is not a failure, the run ends quietly, as ripgrep and other Unix tools do.
    pub fn is_broken_pipe(&self) -> bool {
        matches!(self, Error::Write(err) if err.kind() == io::ErrorKind::BrokenPipe)
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Read { path, source } => {
                write!(f, "{}: cannot read: {}", path.display(), io_reason(source))
            }
            Error::Invalid {
                path,
                line,
                column,
                reason,
            } => {
                write!(f, "{path}:")?;
                if let Some(line) = line {
                    write!(f, "{line}:")?;
                    if let Some(column) = column {
                        write!(f, "{column}:")?;
                    }
                }
                write!(f, " {reason}")
            }
            Error::DuplicateId { id, first, second } => {
                write!(f, "{second}: duplicate id `{id}` (first used at {first})")
            }
            Error::NoStatements { paths } => {
                write!(f, "no statements found in {}", paths.join(", "))
            }
            Error::Usage(message) => write!(f, "{message}"),
            Error::Write(source) => write!(f, "cannot write the report: {}", io_reason(source)),
            Error::WriteFile { path, source } => {
                write!(f, "{}: cannot write: {}", path.display(), io_reason(source))
            }
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Read { source, .. } | Error::Write(source) | Error::WriteFile { source, .. } => {
                Some(source)
            }
            _ => None,
        }
    }
}

impl From<io::Error> for Error {
    fn from(err: io::Error) -> Self {
        Error::Write(err)
    }
}

/// `io::Error`'s text without the "(os error 2)" tail, lowercased to read as part of a sentence:
/// "No such file or directory (os error 2)" -> "no such file or directory".
fn io_reason(err: &io::Error) -> String {
    let text = err.to_string();
    let text = match text.find(" (os error") {
        Some(at) => text[..at].to_string(),
        None => text,
    };
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_put_the_place_first() {
        let cases: &[(Error, &str)] = &[
            (
                Error::invalid("a.csv", Some(14), None, "missing field `source`"),
                "a.csv:14: missing field `source`",
            ),
            (
                Error::invalid("a.json", Some(3), Some(7), "x"),
                "a.json:3:7: x",
            ),
            (
                Error::invalid("-", None, None, "empty input"),
                "-: empty input",
            ),
            (
                Error::Read {
                    path: "nope.json".into(),
                    source: io::Error::from_raw_os_error(2),
                },
                "nope.json: cannot read: no such file or directory",
            ),
        ];
        for (err, expected) in cases {
            assert_eq!(err.to_string(), *expected);
        }
    }

    #[test]
    fn broken_pipe_is_recognised() {
        assert!(Error::Write(io::Error::from(io::ErrorKind::BrokenPipe)).is_broken_pipe());
        assert!(!Error::Write(io::Error::from(io::ErrorKind::Other)).is_broken_pipe());
    }
}
