//! `.jsonl` statement files -> raw statements: one JSON statement object per line; blank lines
//! are allowed and skipped. A statement's default id is `<file>:<line>`.

use super::json::{JsonStatement, strip_position};
use super::{Problems, RawStatement};
use crate::error::{Error, Result};
use serde::de::DeserializeSeed;

/// Parses a whole `.jsonl` text. A bad line is added to `problems` and the next one is read.
pub fn parse(name: &str, text: &str, problems: &mut Problems) -> Result<Vec<RawStatement>> {
    let mut raws = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let number = index + 1;
        if line.trim().is_empty() {
            continue;
        }
        if problems.full() {
            break;
        }
        let start = line.len() - line.trim_start().len();
        if !line[start..].starts_with('{') {
            problems.push(Error::invalid(
                name,
                Some(number),
                Some(line[..start].chars().count() + 1),
                "expected a statement object `{...}` on this line",
            ));
            continue;
        }
        let mut raw = RawStatement::new(number, None, format!("{name}:{number}"));
        let mut de = serde_json::Deserializer::from_str(line);
        let read = (&mut JsonStatement(&mut raw))
            .deserialize(&mut de)
            .and_then(|()| de.end());
        match read {
            Ok(()) => raws.push(raw),
            Err(err) => problems.push({
                Error::invalid(
                    name,
                    Some(number),
                    Some(err.column().max(1)),
                    strip_position(&err),
                )
            }),
        }
    }
    Ok(raws)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_lines_and_crlf_are_fine() {
        let text =
            "{\"source\":\"A\",\"text\":\"x\"}\r\n\r\n  \n{\"source\":\"B\",\"text\":\"y\"}\r\n";
        let raws = super::super::strict(|p| parse("f.jsonl", text, p)).unwrap();
        assert_eq!(raws.len(), 2);
        assert_eq!(raws[1].line, 4);
        assert_eq!(raws[1].default_id, "f.jsonl:4");
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
            let message = super::super::strict(|p| parse("f.jsonl", text, p))
                .err()
                .map(|e| e.to_string())
                .unwrap_or_default();
            assert!(message.starts_with(expected), "{text:?}: {message}");
        }
    }
}
