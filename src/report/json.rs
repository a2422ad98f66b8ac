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

/// Discrepancies rendered at a time, in parallel: enough to keep the cores busy, few enough
/// that the rendered text of a chunk stays small.
pub(crate) const CHUNK: usize = 4096;

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
        let mut first = true;
        for chunk in report.discrepancies.chunks(CHUNK) {
            for item in render_items(chunk, pretty_item)? {
                out.write_all(if first { b"\n    " } else { b",\n    " })?;
                out.write_all(&item)?;
                first = false;
            }
        }
        out.write_all(b"\n  ]")?;
    }
    out.write_all(b"\n}\n")
}

/// Renders each discrepancy with `one`, in parallel, in order.
pub(crate) fn render_items(
    items: &[Discrepancy],
    one: fn(&Discrepancy) -> serde_json::Result<Vec<u8>>,
) -> io::Result<Vec<Vec<u8>>> {
    items
        .par_iter()
        .map(one)
        .collect::<serde_json::Result<Vec<_>>>()
        .map_err(io::Error::from)
}

/// One discrepancy pretty-printed as an element of the report's array: its lines after the
/// first indented by two levels.
fn pretty_item(discrepancy: &Discrepancy) -> serde_json::Result<Vec<u8>> {
    let mut out = Vec::with_capacity(2048);
    let formatter = Nested {
        depth: 2,
        has_value: false,
    };
    let mut serializer = serde_json::Serializer::with_formatter(&mut out, formatter);
    discrepancy.serialize(&mut serializer)?;
    Ok(out)
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
