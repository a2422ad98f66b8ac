//! `.csv` statement files -> statements: a header row naming the fields (any order, any
//! subset of the known ones), then one statement per row. Quoting follows RFC 4180 (the `csv`
//! crate does it); empty cells count as absent. A statement's default id is `<file>:<line>`.
//!
//! The text reaches the csv crate a checked line at a time ([`Lines`]), and each row is
//! validated as it is read, so only a few lines of the text are held at once.

use super::lines::Lines;
use super::{RawStatement, Sink};
use crate::error::{Error, Result};
use std::collections::VecDeque;
use std::io;

/// Reads `lines` into `sink`. A bad header, or text that cannot be read or decoded, ends the
/// file (returned as `Err`); a bad row is recorded and the next one is read.
pub fn parse(name: &str, lines: Lines, sink: &mut Sink) -> Result<()> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .from_reader(Stream::new(lines));
    let headers = match reader.headers() {
        Ok(headers) => headers
            .iter()
            .map(|h| h.trim().to_string())
            .collect::<Vec<_>>(),
        Err(err) => return Err(csv_error(name, reader.get_mut(), err)),
    };
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
    // Each column's field: all known, none twice (checked just above).
    let fields: Vec<usize> = headers
        .iter()
        .filter_map(|header| super::FIELDS.binary_search(&header.as_str()).ok())
        .collect();
    let mut record = csv::StringRecord::new();
    loop {
        match reader.read_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            // The text itself is bad (or unreadable): nothing after it can be read.
            Err(err) if matches!(err.kind(), csv::ErrorKind::Io(_)) => {
                return Err(csv_error(name, reader.get_mut(), err));
            }
            Err(err) => {
                sink.error(csv_error(name, reader.get_mut(), err));
                if sink.full() {
                    break;
                }
                continue;
            }
        }
        let line = record
            .position()
            .map(|p| reader.get_mut().line_at(p.byte() as usize))
            .unwrap_or(0);
        let mut raw = RawStatement::new(line, None, None);
        for (&field, value) in fields.iter().zip(record.iter()) {
            if !value.trim().is_empty() {
                // The header was checked above, so this cannot fail.
                let _ = raw.set_field(field, value.to_string());
            }
        }
        sink.statement(raw);
    }
    Ok(())
}

fn csv_error(name: &str, stream: &mut Stream, err: csv::Error) -> Error {
    if let csv::ErrorKind::Io(_) = err.kind()
        && let Some(err) = stream.error.take()
    {
        return err;
    }
    let line = err.position().map(|p| stream.line_at(p.byte() as usize));
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

/// The text as the csv crate reads it: [`Lines`] handed on a piece at a time, with the lines
/// read but not yet passed by a record kept, so that a record's byte position gives its line.
struct Stream<'a> {
    lines: Lines<'a>,
    /// Bytes of the current line already handed on.
    handed: usize,
    /// Recent lines, oldest first: from the line of the last position asked about to the
    /// current one (a few, as the csv crate reads ahead by its buffer, 8 KB).
    recent: VecDeque<Span>,
    /// Why reading stopped, when the text is unreadable or not valid: the csv crate sees an
    /// `io::Error`, and this is what it stands for.
    error: Option<Error>,
}

/// Where a line lies in the text, and where its content (all but `\r` and `\n`) ends.
#[derive(Debug, Clone, Copy)]
struct Span {
    number: usize,
    start: usize,
    content_end: usize,
    newline: bool,
}

impl<'a> Stream<'a> {
    fn new(lines: Lines<'a>) -> Self {
        Stream {
            lines,
            handed: 0,
            recent: VecDeque::new(),
            error: None,
        }
    }

    /// The line a record starting at `byte` is on. The csv crate's own line count lags after
    /// a CRLF line end (its position can be the `\n` of the previous line, or a blank line
    /// before the record), so this is the line of the first byte at or after `byte` that is
    /// not a line end. Positions asked about never go back.
    fn line_at(&mut self, byte: usize) -> usize {
        while self.recent.get(1).is_some_and(|next| next.start <= byte) {
            self.recent.pop_front();
        }
        for span in &self.recent {
            if span.content_end > byte.max(span.start) {
                return span.number;
            }
        }
        // Only line ends up to the end of the text: the line after the last line end.
        match self.recent.back() {
            Some(last) => last.number + usize::from(last.newline),
            None => 1,
        }
    }
}

impl io::Read for Stream<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.error.is_some() {
            return Err(io::Error::other("the text is not valid"));
        }
        while self.handed == self.lines.text().len() {
            match self.lines.advance() {
                Ok(true) => {}
                Ok(false) => {
                    self.handed = 0;
                    return Ok(0);
                }
                Err(err) => {
                    self.error = Some(err);
                    return Err(io::Error::other("the text is not valid"));
                }
            }
            let (text, start) = (self.lines.text(), self.lines.offset());
            let content = text.trim_end_matches(['\r', '\n']);
            self.recent.push_back(Span {
                number: self.lines.number(),
                start,
                content_end: start + content.len(),
                newline: text.ends_with('\n'),
            });
            self.handed = 0;
        }
        let rest = &self.lines.text().as_bytes()[self.handed..];
        let n = rest.len().min(buf.len());
        buf[..n].copy_from_slice(&rest[..n]);
        self.handed += n;
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::super::{InputFormat, first_error, parse_text, read_bytes};

    fn strict(text: &str) -> crate::error::Result<Vec<crate::statement::Statement>> {
        parse_text("f.csv", text, InputFormat::Csv)
    }

    #[test]
    fn reads_quoted_cells_and_crlf() {
        let text =
            "source,topic,text\r\nKremlin,aid,\"a, b \"\"quoted\"\"\"\r\nTrump,,not discussed\r\n";
        let statements = strict(text).unwrap();
        assert_eq!(statements.len(), 2);
        assert_eq!(statements[1].origin.line, 3);
        assert_eq!(statements[0].text, "a, b \"quoted\"");
        assert_eq!(statements[1].id, "f.csv:3");
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
            let message = first_error("f.csv", text, InputFormat::Csv);
            assert!(message.starts_with(expected), "{text:?}: {message}");
        }
    }

    /// The line of a record as it was worked out on the whole text before CSV was streamed:
    /// the oracle for [`super::Stream::line_at`].
    fn line_in_whole_text(text: &str, byte: usize) -> usize {
        let bytes = text.as_bytes();
        let mut start = byte.min(bytes.len());
        while start < bytes.len() && matches!(bytes[start], b'\r' | b'\n') {
            start += 1;
        }
        1 + bytes[..start].iter().filter(|&&b| b == b'\n').count()
    }

    /// Streamed through buffers smaller than a line, every row (and row error) gets the line
    /// the whole text gives it: CRLF, blank lines, a lone `\r`, quoted line ends, a byte order
    /// mark, a last line without its line end.
    #[test]
    fn streamed_rows_get_the_lines_of_the_whole_text() {
        let long = "x".repeat(20_000);
        let texts = [
            "source,text\nA,a\nB,b\n".to_string(),
            "source,text\r\nA,a\r\n\r\n\r\nB,b".to_string(),
            "\u{feff}source,text\n\nA,a\rB,b\r\rC,c\n\n".to_string(),
            "source,text\r\nA,\"two\r\nlines\"\r\nB,\"\n b\n\"\nC,c\r\n".to_string(),
            format!("source,text\n{long},a\nB\n\n{long},\"{long}\n{long}\"\r\nC,c,x\nD,d"),
        ];
        for (index, text) in texts.iter().enumerate() {
            let text_after_bom = text.trim_start_matches('\u{feff}');
            let mut whole = csv::Reader::from_reader(text_after_bom.as_bytes());
            let mut expected = Vec::new();
            for record in whole.records() {
                let (byte, found) = match record {
                    Ok(record) => (record.position().unwrap().byte(), None),
                    Err(err) => match err.kind() {
                        csv::ErrorKind::UnequalLengths { pos, len, .. } => {
                            (pos.as_ref().unwrap().byte(), Some(*len))
                        }
                        _ => panic!("{err}"),
                    },
                };
                let line = line_in_whole_text(text_after_bom, byte as usize);
                expected.push(match found {
                    None => format!("f.csv:{line}"),
                    Some(n) => {
                        format!("f.csv:{line}: expected 2 fields as in the header, found {n}")
                    }
                });
            }
            for capacity in [1, 5, 64 * 1024] {
                let (statements, errors) =
                    read_bytes("f.csv", text.as_bytes(), InputFormat::Csv, capacity, 50);
                let mut read: Vec<String> = statements.iter().map(|s| s.id.clone()).collect();
                read.extend(errors);
                read.sort_by_key(|place| {
                    place
                        .split(':')
                        .nth(1)
                        .unwrap_or("")
                        .parse::<usize>()
                        .unwrap_or(0)
                });
                assert_eq!(read, expected, "text {index}, buffer of {capacity}");
            }
        }
    }

    /// A bad byte ends the file at its place (named as in the whole text); the rows before it
    /// are read.
    #[test]
    fn a_bad_byte_ends_the_file_where_it_is() {
        let long = "x".repeat(100_000);
        let head = format!("source,text\r\nA,{long}\r\n");
        let cases: Vec<(Vec<u8>, usize, String)> = vec![
            (
                [head.as_bytes(), b"B,caf\xE9\r\nC,c\r\n"].concat(),
                1,
                format!("f.csv:3:6: invalid UTF-8 at byte {}", head.len() + 5),
            ),
            (
                [head.as_bytes(), b"B,\"b\x00\"\nC,c\n"].concat(),
                1,
                format!(
                    "f.csv:3:5: NUL byte at byte {}: expected text",
                    head.len() + 4
                ),
            ),
            (
                b"\xEF\xBB\xBFsource,te\xFFxt\n".to_vec(),
                0,
                "f.csv:1:10: invalid UTF-8 at byte 9".to_string(),
            ),
        ];
        for (bytes, read, expected) in cases {
            for capacity in [3, 64 * 1024] {
                let (statements, errors) =
                    read_bytes("f.csv", &bytes, InputFormat::Csv, capacity, 50);
                assert_eq!(statements.len(), read, "{capacity}");
                assert_eq!(errors, vec![expected.clone()], "{capacity}");
            }
        }
    }
}
