//! `--format jsonl`: one discrepancy per line, each the same object as in the JSON report's
//! `discrepancies` array (compact), so that large reports can be streamed into other tools
//! (`jq`, a database loader) line by line. No summary: use `--format json` for that.

use super::json::render_items;
use super::{Discrepancy, Report};
use std::io::{self, Write};

/// Discrepancies are rendered in parallel, a chunk at a time, and written in order.
pub fn render(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    render_items(&report.discrepancies, out, line)
}

/// Appends one discrepancy as a line of compact JSON.
fn line(out: &mut Vec<u8>, _index: usize, discrepancy: &Discrepancy) -> serde_json::Result<()> {
    serde_json::to_writer(&mut *out, discrepancy)?;
    out.push(b'\n');
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_parseable_line_per_discrepancy() {
        let report = super::super::sample();
        let mut out = Vec::new();
        render(&report, &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), report.discrepancies.len());
        let value: serde_json::Value = serde_json::from_str(lines[0]).unwrap();
        assert_eq!(value["topic"], "military-aid");
        assert_eq!(value["b"]["via"], "Fox News");
    }
}
