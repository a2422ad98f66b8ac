//! `.jsonl` statement files -> statements: one JSON statement object per line; blank lines
//! are allowed and skipped. Read a line at a time, each statement validated as it is read, so
//! only one line of the text is held. A statement's default id is `<file>:<line>`.

use super::json::{JsonStatement, strip_position};
use super::lines::Lines;
use super::{RawStatement, Sink};
use crate::error::{Error, Result};
use serde::de::DeserializeSeed;

/// Reads `lines` into `sink`. A bad line is recorded and the next one is read; text that cannot
/// be read or decoded ends the input (returned as `Err`).
pub fn parse(name: &str, mut lines: Lines, sink: &mut Sink) -> Result<()> {
    while lines.advance()? {
        let number = lines.number();
        // As `str::lines` does: the `\n`, then a `\r` before it.
        let text = lines.text();
        let line = match text.strip_suffix('\n') {
            Some(line) => line.strip_suffix('\r').unwrap_or(line),
            None => text,
        };
        if line.trim().is_empty() {
            continue;
        }
        if sink.full() {
            break;
        }
        let start = line.len() - line.trim_start().len();
        if !line[start..].starts_with('{') {
            sink.error(Error::invalid(
                name,
                Some(number),
                Some(line[..start].chars().count() + 1),
                "expected a statement object `{...}` on this line",
            ));
            continue;
        }
        let mut raw = RawStatement::new(number, None, None);
        let mut de = serde_json::Deserializer::from_str(line);
        let read = (&mut JsonStatement(&mut raw))
            .deserialize(&mut de)
            .and_then(|()| de.end());
        match read {
            Ok(()) => sink.statement(raw),
            Err(err) => sink.error(Error::invalid(
                name,
                Some(number),
                Some(err.column().max(1)),
                strip_position(&err),
            )),
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::super::{InputFormat, first_error, parse_text, read_bytes};

    fn strict(text: &str) -> crate::error::Result<Vec<crate::statement::Statement>> {
        parse_text("f.jsonl", text, InputFormat::Jsonl)
    }

    #[test]
    fn blank_lines_and_crlf_are_fine() {
        let text =
            "{\"source\":\"A\",\"text\":\"x\"}\r\n\r\n  \n{\"source\":\"B\",\"text\":\"y\"}\r\n";
        let statements = strict(text).unwrap();
        assert_eq!(statements.len(), 2);
        assert_eq!(statements[1].origin.line, 4);
        assert_eq!(statements[1].id, "f.jsonl:4");
    }

    #[test]
    fn errors_name_line_column_and_field() {
        let cases = [
            (
                "{\"source\":\"A\",\"text\":\"x\"}\n{\"source\":\"A\",\"txt\":\"x\"}",
                "f.jsonl:2:19: unknown field `txt`; did you mean `text`?",
            ),
            (
                "{\"source\":\"A\",\"text\":\"x\"} {}",
                "f.jsonl:1:27: trailing characters",
            ),
            ("\n[1, 2]", "f.jsonl:2:1: expected a statement object"),
            (
                "{\"source\": [\"A\"]}",
                "f.jsonl:1:17: field `source`: expected a string, found an array",
            ),
            (
                "{\"source\": \"A\"",
                "f.jsonl:1:14: EOF while parsing an object",
            ),
        ];
        for (text, expected) in cases {
            let message = first_error("f.jsonl", text, InputFormat::Jsonl);
            assert!(message.starts_with(expected), "{text:?}: {message}");
        }
    }

    /// Streaming: each line is read, decoded and validated in turn, through a buffer smaller
    /// than the lines. Statements before a bad byte are kept; the bad byte ends the file.
    #[test]
    fn lines_are_read_one_at_a_time() {
        let statement = |text: &str| format!("{{\"source\": \"A\", \"text\": \"{text}\"}}");
        let long = statement(&"x".repeat(100_000));
        let longer = statement(&"y".repeat(70_000));
        let after_long_lines = |tail: &[u8]| {
            let mut bytes = format!("{long}\n{longer}\r\n").into_bytes();
            bytes.extend_from_slice(tail);
            bytes.extend_from_slice(format!("\n{}\n", statement("never read")).as_bytes());
            bytes
        };
        let offset = long.len() + longer.len() + 3;
        let utf8 = format!("f.jsonl:3:29: invalid UTF-8 at byte {}", offset + 28);
        let nul = format!(
            "f.jsonl:3:27: NUL byte at byte {}: expected text",
            offset + 26
        );
        let (a, b) = (statement("a"), statement("b"));
        let cases: Vec<(Vec<u8>, &[&str], Vec<&str>)> = vec![
            // A byte order mark, CRLF, blank lines, a last line without its line end, an id.
            (
                format!("\u{feff}{a}\r\n\r\n  \r\n\n{{\"id\": \"k\", \"source\": \"B\", \"text\": \"c\"}}\r\n{b}")
                    .into_bytes(),
                &["f.jsonl:1", "k", "f.jsonl:6"],
                vec![],
            ),
            (
                after_long_lines(b"{\"source\": \"A\", \"text\": \"caf\xE9\"}"),
                &["f.jsonl:1", "f.jsonl:2"],
                vec![&utf8],
            ),
            (
                after_long_lines(b"{\"source\": \"A\", \"text\": \"x\x00\"}"),
                &["f.jsonl:1", "f.jsonl:2"],
                vec![&nul],
            ),
            // Errors come in the order of the file: a bad line before a bad byte.
            (
                [format!("{{\"source\": \"A\"}}\n{b}\n").as_bytes(), b"\xFF"].concat(),
                &["f.jsonl:2"],
                vec![
                    "f.jsonl:1: missing or empty field `text` (what was said)",
                    "f.jsonl:3:1: invalid UTF-8 at byte 45",
                ],
            ),
            // A byte order mark after the start is a character like any other.
            (
                format!("{a}\n\u{feff}{b}").into_bytes(),
                &["f.jsonl:1"],
                vec!["f.jsonl:2:1: expected a statement object `{...}` on this line"],
            ),
        ];
        for (bytes, ids, errors) in cases {
            for capacity in [7, 64 * 1024] {
                let (statements, messages) =
                    read_bytes("f.jsonl", &bytes, InputFormat::Jsonl, capacity, 50);
                let read: Vec<&str> = statements.iter().map(|s| s.id.as_str()).collect();
                assert_eq!(read, ids, "{capacity}");
                assert_eq!(messages, errors, "{capacity}");
            }
        }
    }
}
