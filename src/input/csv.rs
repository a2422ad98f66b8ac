//! `.csv` statement files -> raw statements: a header row naming the fields (any order, any
//! subset of the known ones), then one statement per row. Quoting follows RFC 4180 (the `csv`
//! crate does it); empty cells count as absent. A statement's default id is `<file>:<line>`.

use super::{Problems, RawStatement};
use crate::error::{Error, Result};

/// Parses a whole `.csv` text. A bad header ends the file (returned as `Err`); a bad row is
/// added to `problems` and the next one is read.
pub fn parse(name: &str, text: &str, problems: &mut Problems) -> Result<Vec<RawStatement>> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|err| csv_error(name, text, &err))?
        .iter()
        .map(|h| h.trim().to_string())
        .collect::<Vec<_>>();
    if headers.iter().all(String::is_empty) {
        return Err(Error::invalid(
            name,
            None,
            None,
            "empty file: expected a header row naming the fields",
        ));
    }
    // Check the header once, so that a typo is reported at line 1 rather than on every row.
    let mut probe = RawStatement::default();
    for (index, header) in headers.iter().enumerate() {
        probe.set(header, String::new()).map_err(|reason| {
            Error::invalid(
                name,
                Some(1),
                None,
                format!("header, column {}: {reason}", index + 1),
            )
        })?;
    }
    let mut raws = Vec::new();
    let mut record = csv::StringRecord::new();
    loop {
        match reader.read_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            Err(err) => {
                problems.push(csv_error(name, text, &err));
                if problems.full() {
                    break;
                }
                continue;
            }
        }
        let line = record
            .position()
            .map(|p| line_at(text, p.byte() as usize))
            .unwrap_or(0);
        let mut raw = RawStatement::new(line, None, format!("{name}:{line}"));
        for (header, value) in headers.iter().zip(record.iter()) {
            if !value.trim().is_empty() {
                // The header was checked above, so this cannot fail.
                let _ = raw.set(header, value.to_string());
            }
        }
        raws.push(raw);
    }
    Ok(raws)
}

/// The line a record starting at `byte` is on. The csv crate's own line count lags after a
/// CRLF line end (it can point at the `\n` of the previous line), so it is worked out here.
fn line_at(text: &str, byte: usize) -> usize {
    let bytes = text.as_bytes();
    let mut start = byte.min(bytes.len());
    while start < bytes.len() && matches!(bytes[start], b'\r' | b'\n') {
        start += 1;
    }
    1 + bytes[..start].iter().filter(|&&b| b == b'\n').count()
}

fn csv_error(name: &str, text: &str, err: &csv::Error) -> Error {
    let line = err.position().map(|p| line_at(text, p.byte() as usize));
    let reason = match err.kind() {
        csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => {
            format!("expected {expected_len} fields as in the header, found {len}")
        }
        _ => err.to_string(),
    };
    Error::invalid(name, line, None, reason)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_quoted_cells_and_crlf() {
        let text =
            "source,topic,text\r\nKremlin,aid,\"a, b \"\"quoted\"\"\"\r\nTrump,,not discussed\r\n";
        let raws = super::super::strict(|p| parse("f.csv", text, p)).unwrap();
        assert_eq!(raws.len(), 2);
        assert_eq!(raws[1].line, 3);
        let mut first = super::super::strict(|p| parse("f.csv", text, p))
            .unwrap()
            .remove(0);
        assert_eq!(first.take("text").as_deref(), Some("a, b \"quoted\""));
        assert_eq!(raws[1].default_id, "f.csv:3");
    }

    #[test]
    fn errors_name_the_line_and_field() {
        let cases = [
            (
                "source,txt\nA,x\n",
                "f.csv:1: header, column 2: unknown field `txt`; did you mean `text`?",
            ),
            (
                "source,text,source\nA,x,y\n",
                "f.csv:1: header, column 3: field `source` given twice",
            ),
            (
                "source,text\nA,x\nB\n",
                "f.csv:3: expected 2 fields as in the header, found 1",
            ),
            ("", "f.csv: empty file"),
        ];
        for (text, expected) in cases {
            let message = super::super::strict(|p| parse("f.csv", text, p))
                .err()
                .map(|e| e.to_string())
                .unwrap_or_default();
            assert!(message.starts_with(expected), "{text:?}: {message}");
        }
    }
}
