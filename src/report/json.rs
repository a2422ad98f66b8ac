//! `--format json`: the report as one pretty-printed JSON object, a public interface.
//!
//! Wire format (version 1): `{"version": 1, "summary": {...}, "discrepancies": [...]}`.
//! `summary` has `statements`, `topics`, `sources`, `pairs_compared`, `discrepancies`,
//! `statements_compared` and `left_out` (`[{"reason", "statements"}]`). Each discrepancy has
//! `topic`, `kinds` (kebab-case names), `score` and `similarity` (in [0, 1], three decimals),
//! `explanation`, `a` and `b` (`id`, `source`, `via` (null when none), and `speaker`, `date`,
//! `url` when given, `text`), and `evidence`: `[{"kind", "point", "strength", "a": [marks],
//! "b": [marks]}]`, a mark being `{"text", "start", "end", "role": "cue" | "term"}` with byte
//! offsets into that statement's text. A shard's report (`check --shard I/N`) also has
//! `"shard": {"index", "count"}` after `version`, and counts statements on other shards'
//! topics as left out `"in another shard"`; an unsharded report has no `shard`. Fields are
//! only ever added; `version` is bumped on any breaking change.

use super::{Discrepancy, Report};
use rayon::prelude::*;
use serde::Serialize;
use std::io::{self, Write};

/// Discrepancies rendered at a time: enough to keep the cores busy, few enough that the
/// rendered text of a chunk stays small (a few megabytes).
pub(crate) const CHUNK: usize = 2048;

/// Pieces a chunk is cut into, each rendered by one thread into a buffer of its own.
const PIECES: usize = 8;

/// Writes the report as `serde_json`'s pretty printer would, the same bytes, with the
/// discrepancies rendered in parallel, a chunk at a time.
pub fn render(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    // The report without its discrepancies ends in `"discrepancies": []\n}`: write all but
    // that, then the array as the pretty printer lays it out, two levels deep.
    let head = Report {
        version: report.version,
        shard: report.shard,
        summary: report.summary.clone(),
        discrepancies: Vec::new(),
    };
    let head = serde_json::to_string_pretty(&head)?;
    let Some(open) = head.strip_suffix("[]\n}") else {
        return Err(io::Error::other("unexpected layout of the report's head"));
    };
    out.write_all(open.as_bytes())?;
    if report.discrepancies.is_empty() {
        out.write_all(b"[]")?;
    } else {
        out.write_all(b"[")?;
        render_items(&report.discrepancies, out, pretty_item)?;
        out.write_all(b"\n  ]")?;
    }
    out.write_all(b"\n}\n")
}

/// Writes `items` to `out` in order, each appended to a buffer by `one(buffer, index, item)`
/// (`index` counting from the first item). A chunk at a time is cut into pieces rendered in
/// parallel, each into its own buffer, and the buffers are kept from chunk to chunk: the
/// rendered text takes a few megabytes, allocated once, however large the report.
pub(crate) fn render_items(
    items: &[Discrepancy],
    out: &mut dyn Write,
    one: fn(&mut Vec<u8>, usize, &Discrepancy) -> serde_json::Result<()>,
) -> io::Result<()> {
    let piece = CHUNK / PIECES;
    let mut buffers = vec![Vec::new(); PIECES];
    for (c, chunk) in items.chunks(CHUNK).enumerate() {
        buffers
            .par_iter_mut()
            .zip(chunk.par_chunks(piece))
            .enumerate()
            .try_for_each(|(p, (buffer, items))| -> serde_json::Result<()> {
                buffer.clear();
                let first = c * CHUNK + p * piece;
                for (i, item) in items.iter().enumerate() {
                    one(buffer, first + i, item)?;
                }
                Ok(())
            })
            .map_err(io::Error::from)?;
        for buffer in &buffers[..chunk.len().div_ceil(piece)] {
            out.write_all(buffer)?;
        }
    }
    Ok(())
}

/// Appends discrepancy `index` pretty-printed as an element of the report's array: on a line
/// of its own (after a comma unless it is the first), its lines indented by two levels.
fn pretty_item(
    out: &mut Vec<u8>,
    index: usize,
    discrepancy: &Discrepancy,
) -> serde_json::Result<()> {
    out.extend_from_slice(if index == 0 { b"\n    " } else { b",\n    " });
    let formatter = Nested {
        depth: 2,
        has_value: false,
    };
    let mut serializer = serde_json::Serializer::with_formatter(out, formatter);
    discrepancy.serialize(&mut serializer)
}

/// The layout of `serde_json`'s pretty printer (`PrettyFormatter`: two spaces a level),
/// begun `depth` levels deep: a value written with it has the bytes the pretty printer gives
/// it inside that many levels, written in one pass.
struct Nested {
    /// Levels of the value being written, counting those it is inside.
    depth: usize,
    /// Whether the array or object being written has a value yet.
    has_value: bool,
}

impl Nested {
    /// A new line (after a comma unless `first`), indented to the current depth.
    fn line<W: ?Sized + Write>(&self, writer: &mut W, first: bool) -> io::Result<()> {
        /// Enough for the depth of a discrepancy; deeper lines are written in pieces.
        const SPACES: &[u8] = b"                                ";
        writer.write_all(if first { b"\n" } else { b",\n" })?;
        let mut width = 2 * self.depth;
        while width > 0 {
            let piece = width.min(SPACES.len());
            writer.write_all(&SPACES[..piece])?;
            width -= piece;
        }
        Ok(())
    }

    /// The start of an array or object: one level deeper, with no value yet.
    fn open<W: ?Sized + Write>(&mut self, writer: &mut W, opening: &[u8]) -> io::Result<()> {
        self.depth += 1;
        self.has_value = false;
        writer.write_all(opening)
    }

    /// The end of an array or object: its closing on a line of its own when it has values.
    fn close<W: ?Sized + Write>(&mut self, writer: &mut W, closing: &[u8]) -> io::Result<()> {
        self.depth -= 1;
        if self.has_value {
            self.line(writer, true)?;
        }
        writer.write_all(closing)
    }
}

impl serde_json::ser::Formatter for Nested {
    fn begin_array<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.open(writer, b"[")
    }

    fn end_array<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.close(writer, b"]")
    }

    fn begin_array_value<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.line(writer, first)
    }

    fn end_array_value<W: ?Sized + Write>(&mut self, _writer: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }

    fn begin_object<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.open(writer, b"{")
    }

    fn end_object<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.close(writer, b"}")
    }

    fn begin_object_key<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.line(writer, first)
    }

    fn begin_object_value<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        writer.write_all(b": ")
    }

    fn end_object_value<W: ?Sized + Write>(&mut self, _writer: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_the_bytes_of_the_pretty_printer() {
        let mut report = super::super::sample();
        let mut empty = report.clone();
        empty.discrepancies.clear();
        // More than a chunk, so that chunks join up.
        let one = report.discrepancies[0].clone();
        report.discrepancies = vec![one; CHUNK + 3];
        for report in [report, empty] {
            let mut out = Vec::new();
            render(&report, &mut out).unwrap();
            let mut expected = serde_json::to_vec_pretty(&report).unwrap();
            expected.push(b'\n');
            assert!(out == expected, "{}", String::from_utf8_lossy(&out));
        }
    }

    #[test]
    fn parses_back_with_the_documented_fields() {
        let mut out = Vec::new();
        render(&super::super::sample(), &mut out).unwrap();
        let value: serde_json::Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(value["version"], 1);
        assert_eq!(value["summary"]["discrepancies"], 1);
        let d = &value["discrepancies"][0];
        assert_eq!(d["kinds"][0], "negated-claim");
        assert_eq!(d["a"]["via"], serde_json::Value::Null);
        assert_eq!(d["b"]["via"], "Fox News");
        assert_eq!(d["evidence"][0]["b"][1]["role"], "cue");
        assert_eq!(d["evidence"][0]["b"][1]["start"], 15);
        assert!(d["a"].get("url").is_none());
    }
}
