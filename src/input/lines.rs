//! Bytes -> checked lines of text, one at a time, so that a large file is never held whole:
//! the JSONL reader parses each line as it comes, and the CSV reader feeds them to the csv
//! crate. A byte order mark is dropped at the start of the input only; a line with invalid
//! UTF-8 or a NUL byte is an error naming its line, column and byte offset (counted from the
//! start of the input, after a byte order mark), the same message [`super::decode`] gives for
//! a whole text.

use crate::error::{Error, Result};
use std::io::BufRead;
use std::path::Path;

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Reads `reader` a line at a time into one reused buffer.
pub(super) struct Lines<'a> {
    reader: &'a mut dyn BufRead,
    /// The input as the user named it, for messages.
    name: &'a str,
    /// The input's path, for read errors.
    path: &'a Path,
    /// The current line with its line end (`\n`, `\r\n`, or none on the last line).
    line: String,
    /// 1-based number of the current line; 0 before the first.
    number: usize,
    /// Bytes of the input before the current line, not counting a byte order mark.
    offset: usize,
}

impl<'a> Lines<'a> {
    pub fn new(reader: &'a mut dyn BufRead, name: &'a str, path: &'a Path) -> Self {
        Lines {
            reader,
            name,
            path,
            line: String::new(),
            number: 0,
            offset: 0,
        }
    }

    /// Reads the next line; false at the end of the input (and on every call after it). An
    /// error (unreadable input, invalid UTF-8, a NUL byte) ends the input: call no more.
    pub fn advance(&mut self) -> Result<bool> {
        self.offset += self.line.len();
        // The buffer goes back and forth between `String` and bytes without copying.
        let mut bytes = std::mem::take(&mut self.line).into_bytes();
        bytes.clear();
        let read = self
            .reader
            .read_until(b'\n', &mut bytes)
            .map_err(|source| Error::Read {
                path: self.path.to_path_buf(),
                source,
            })?;
        if read == 0 {
            self.line = String::from_utf8(bytes).unwrap_or_default();
            return Ok(false);
        }
        if self.number == 0 && bytes.starts_with(BOM) {
            bytes.drain(..BOM.len());
            if bytes.is_empty() {
                self.line = String::from_utf8(bytes).unwrap_or_default();
                return Ok(false);
            }
        }
        self.number += 1;
        self.line = match String::from_utf8(bytes) {
            Ok(line) => line,
            Err(err) => {
                let at = err.utf8_error().valid_up_to();
                let what = format!("invalid UTF-8 at byte {}", self.offset + at);
                return Err(bad_byte(
                    self.name,
                    self.number,
                    &err.as_bytes()[..at],
                    what,
                ));
            }
        };
        // A NUL byte means a binary file, or text damaged on the way: not statements.
        if let Some(at) = self.line.find('\0') {
            let what = format!("NUL byte at byte {}: expected text", self.offset + at);
            let before = &self.line.as_bytes()[..at];
            return Err(bad_byte(self.name, self.number, before, what));
        }
        Ok(true)
    }

    /// The current line, with its line end.
    pub fn text(&self) -> &str {
        &self.line
    }

    /// The current line's 1-based number.
    pub fn number(&self) -> usize {
        self.number
    }

    /// The byte offset of the current line's start (after a byte order mark).
    pub fn offset(&self) -> usize {
        self.offset
    }
}

/// An error about the byte that follows `before` (the start of its line) on line `line`: the
/// column counts characters, so `"été"` before it makes column 4.
pub(super) fn bad_byte(name: &str, line: usize, before: &[u8], what: String) -> Error {
    let column = String::from_utf8_lossy(before).chars().count() + 1;
    Error::invalid(name, Some(line), Some(column), what)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::BufReader;

    /// A line read: its number, its offset, its text.
    type Line<T> = (usize, usize, T);

    /// Every line read, or the first error's message.
    fn read(bytes: &[u8], capacity: usize) -> std::result::Result<Vec<Line<String>>, String> {
        let mut reader = BufReader::with_capacity(capacity, bytes);
        let mut lines = Lines::new(&mut reader, "f", Path::new("f"));
        let mut read = Vec::new();
        while lines.advance().map_err(|e| e.to_string())? {
            read.push((lines.number(), lines.offset(), lines.text().to_string()));
        }
        assert!(!lines.advance().unwrap(), "the end stays the end");
        Ok(read)
    }

    #[test]
    fn lines_keep_their_ends_and_offsets() {
        let cases: &[(&[u8], &[Line<&str>])] = &[
            (b"", &[]),
            (b"a\nb", &[(1, 0, "a\n"), (2, 2, "b")]),
            (
                b"a\r\n\r\n\nb\r\n",
                &[
                    (1, 0, "a\r\n"),
                    (2, 3, "\r\n"),
                    (3, 5, "\n"),
                    (4, 6, "b\r\n"),
                ],
            ),
            // The byte order mark goes at the start only, and is not counted.
            (
                b"\xEF\xBB\xBFa\n\xEF\xBB\xBFb",
                &[(1, 0, "a\n"), (2, 2, "\u{feff}b")],
            ),
            (b"\xEF\xBB\xBF", &[]),
            (b"\xEF\xBB\xBF\n", &[(1, 0, "\n")]),
            ("été\nb".as_bytes(), &[(1, 0, "été\n"), (2, 6, "b")]),
            (b"a\rb\n", &[(1, 0, "a\rb\n")]),
        ];
        for (bytes, expected) in cases {
            let expected: Vec<_> = expected
                .iter()
                .map(|&(n, o, t)| (n, o, t.to_string()))
                .collect();
            for capacity in [1, 2, 64 * 1024] {
                assert_eq!(
                    read(bytes, capacity),
                    Ok(expected.clone()),
                    "{bytes:?} / {capacity}"
                );
            }
        }
    }

    /// A bad byte after long lines is named as [`super::super::decode`] names it in the whole
    /// text: same line, column and byte offset from the start.
    #[test]
    fn bad_bytes_are_named_as_in_the_whole_text() {
        let long = |n: usize| format!("{{\"text\": \"{}\"}}\n", "x".repeat(n)).into_bytes();
        let after_long_lines = |tail: &[u8]| [long(100_000), long(70_000), tail.to_vec()].concat();
        let cases: Vec<(Vec<u8>, &str)> = vec![
            (
                after_long_lines(b"{\"a\": \"\xFF\"}\n{}"),
                "f:3:8: invalid UTF-8 at byte 170033",
            ),
            (
                after_long_lines(b"{\"a\": \"\x00\"}\n"),
                "f:3:8: NUL byte at byte 170033: expected text",
            ),
            (
                after_long_lines("\"été\" \x00".as_bytes()),
                "f:3:7: NUL byte at byte 170034: expected text",
            ),
            // A sequence cut short by the end of the input.
            (
                after_long_lines(b"ab\xC3"),
                "f:3:3: invalid UTF-8 at byte 170028",
            ),
            (
                b"\xEF\xBB\xBFab\r\ncd\x00".to_vec(),
                "f:2:3: NUL byte at byte 6: expected text",
            ),
            (
                b"\xEF\xBB\xBF\xFF".to_vec(),
                "f:1:1: invalid UTF-8 at byte 0",
            ),
            (b"\xEF\xBB\xFF".to_vec(), "f:1:1: invalid UTF-8 at byte 0"),
            (
                b"ok\r\n\xC3\xA9\xC3\n".to_vec(),
                "f:2:2: invalid UTF-8 at byte 6",
            ),
        ];
        for (bytes, expected) in cases {
            let whole = super::super::decode("f", &bytes).unwrap_err().to_string();
            assert_eq!(whole, expected, "the whole-text check");
            for capacity in [3, 8 * 1024, 64 * 1024] {
                assert_eq!(
                    read(&bytes, capacity),
                    Err(expected.to_string()),
                    "{capacity}"
                );
            }
        }
    }
}
