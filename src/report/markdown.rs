//! `--format markdown`: a summary line, a table of discrepancies, and the explanations as a
//! numbered list, for articles and notes; with `--group-by source-pair`, an overview of who
//! contradicts whom and a section per pair. `|` is escaped in cells, line breaks become spaces.

use super::pairs::source_pairs;
use super::{GroupBy, Report, Style};
use std::io::{self, Write};

pub fn render(report: &Report, style: Style, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "# Discrepancies\n")?;
    writeln!(out, "{}.\n", report.summary.line())?;
    if report.discrepancies.is_empty() {
        return Ok(());
    }
    match style.group_by {
        GroupBy::Topic => {
            let all: Vec<usize> = (0..report.discrepancies.len()).collect();
            section(report, &all, "##", out)
        }
        GroupBy::SourcePair => {
            let pairs = source_pairs(report);
            writeln!(out, "| Source | Source | Discrepancies | Topics |")?;
            writeln!(out, "|---|---|---:|---|")?;
            for pair in &pairs {
                let (x, y) = pair.sources;
                let topics = pair.topics.join(", ");
                let n = pair.discrepancies.len();
                writeln!(
                    out,
                    "| {} | {} | {n} | {} |",
                    cell(x),
                    cell(y),
                    cell(&topics)
                )?;
            }
            for pair in &pairs {
                let (x, y) = pair.sources;
                let n = pair.discrepancies.len();
                writeln!(out, "\n## {} and {} ({n})\n", inline(x), inline(y))?;
                section(report, &pair.discrepancies, "###", out)?;
            }
            Ok(())
        }
    }
}

/// The table of the discrepancies at `indices`, then why each was flagged, under a heading of
/// level `why` ("##").
fn section(report: &Report, indices: &[usize], why: &str, out: &mut dyn Write) -> io::Result<()> {
    writeln!(
        out,
        "| # | Topic | Source A | Statement A | Source B | Statement B | Kind | Score |"
    )?;
    writeln!(out, "|---|---|---|---|---|---|---|---:|")?;
    for (n, d) in indices
        .iter()
        .map(|&i| &report.discrepancies[i])
        .enumerate()
    {
        let kinds: Vec<&str> = d.kinds.iter().map(|k| k.name()).collect();
        writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} | {} | {:.2} |",
            n + 1,
            cell(&d.topic),
            cell(&d.a.attribution()),
            cell(&d.a.text),
            cell(&d.b.attribution()),
            cell(&d.b.text),
            kinds.join(", "),
            d.score
        )?;
    }
    writeln!(out, "\n{why} Why\n")?;
    for (n, d) in indices
        .iter()
        .map(|&i| &report.discrepancies[i])
        .enumerate()
    {
        writeln!(out, "{}. {}", n + 1, inline(&d.explanation))?;
    }
    Ok(())
}

/// A table cell: `|` escaped, line breaks folded. `"a | b\nc"` -> `"a \| b c"`
fn cell(text: &str) -> String {
    inline(text).replace('|', "\\|")
}

/// Text on one line: line breaks and runs of space folded to one space.
fn inline(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_cells() {
        assert_eq!(cell("a | b\nc"), "a \\| b c");
        let mut out = Vec::new();
        render(&super::super::sample(), Style::default(), &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(
            text.contains("| Cessation of aid \\| assistance <now> |"),
            "{text}"
        );
        assert!(text.contains("| 1 | military-aid | Kremlin |"), "{text}");
        assert!(text.contains("| Trump (via Fox News) |"), "{text}");
        assert!(text.contains("1. assistance: Kremlin says"), "{text}");
    }
}
