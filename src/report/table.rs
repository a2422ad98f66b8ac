//! `--format table`: the discrepancies as a table for people (with `--group-by source-pair`,
//! an overview of who contradicts whom, then a table per pair; with `--explain`, each finding's
//! evidence laid out below), then a one-line summary. Each finding's kind is shown over the
//! point it disputes (`negated-claim` over `“assistance”`, `conflicting-number` over
//! `“150 / 500 prisoners”`), so the table names what is in dispute without colour. The
//! table never asks the terminal anything: `main` passes the width and whether to colour, so
//! tests and CI get the same bytes as a terminal of that width would.

use super::pairs::{SourcePair, source_pairs};
use super::{GroupBy, Report, Side, Style, explain};
use crate::analysis::{Evidence, Kind, Mark, Role};
use comfy_table::{
    Cell, CellAlignment, ColumnConstraint, ContentArrangement, Table, Width, presets,
};
use rayon::prelude::*;
use std::io::{self, Write};

pub fn render(report: &Report, style: Style, out: &mut dyn Write) -> io::Result<()> {
    if report.discrepancies.is_empty() {
        writeln!(out, "no discrepancies found")?;
        return writeln!(out, "{}", wrap(&report.summary.line(), style.width));
    }
    let order: Vec<usize> = match style.group_by {
        GroupBy::Topic => {
            let all: Vec<usize> = (0..report.discrepancies.len()).collect();
            discrepancies(report, &all, style, out)?;
            all
        }
        GroupBy::SourcePair => {
            let pairs = source_pairs(report);
            writeln!(out, "{}", overview(&pairs, style))?;
            for pair in &pairs {
                let (x, y) = pair.sources;
                writeln!(out, "\n{x} and {y}: {}", count(pair.discrepancies.len()))?;
                discrepancies(report, &pair.discrepancies, style, out)?;
            }
            pairs.into_iter().flat_map(|p| p.discrepancies).collect()
        }
    };
    if style.explain {
        writeln!(out, "\nWhy each finding fired:")?;
        for (n, &index) in order.iter().enumerate() {
            explain::render(n + 1, &report.discrepancies[index], out)?;
        }
        writeln!(out)?;
    }
    writeln!(out, "{}", wrap(&report.summary.line(), style.width))
}

/// "1 discrepancy", "3 discrepancies"
pub(super) fn count(n: usize) -> String {
    if n == 1 {
        "1 discrepancy".into()
    } else {
        format!("{n} discrepancies")
    }
}

/// Rows rendered per comfy-table at a time: a table of tens of thousands of findings is
/// laid out in pieces of this many rows, at widths taken over all of them, so that memory and
/// time grow with the rows rather than with comfy-table's layout of all of them at once.
const CHUNK: usize = 256;

const HEADER: [&str; 7] = [
    "topic",
    "source A",
    "statement A",
    "source B",
    "statement B",
    "kind, point",
    "score",
];

/// The cells of one finding's row, as text.
fn row(report: &Report, index: usize, style: Style) -> [String; 7] {
    let d = &report.discrepancies[index];
    let (marks_a, marks_b): (Vec<&Mark>, Vec<&Mark>) = (
        d.evidence.iter().flat_map(|e| &e.a).collect(),
        d.evidence.iter().flat_map(|e| &e.b).collect(),
    );
    let kinds: Vec<String> = d
        .evidence
        .iter()
        .map(|e| format!("{}\n“{}”", e.kind.name(), point(e, &d.a, &d.b)))
        .collect();
    [
        d.topic.clone(),
        d.a.attribution(),
        statement(&d.a, &marks_a, style.color),
        d.b.attribution(),
        statement(&d.b, &marks_b, style.color),
        kinds.join("\n"),
        format!("{:.2}", d.score),
    ]
}

/// A table of `rows` (with the header when `header` is set), columns unconstrained.
fn table_of(rows: &[[String; 7]], header: bool) -> Table {
    let mut table = Table::new();
    table.load_style(presets::UTF8_FULL).force_no_tty();
    table.set_content_arrangement(ContentArrangement::Disabled);
    if header {
        table.set_header(HEADER);
    }
    for cells in rows {
        let mut row: Vec<Cell> = cells.iter().map(Cell::new).collect();
        row[6] = Cell::new(&cells[6]).set_alignment(CellAlignment::Right);
        table.add_row(row);
    }
    table
}

/// Writes the table of the discrepancies at `indices`, followed by a newline. The table is
/// laid out `CHUNK` rows at a time at the widths of the whole (`fit`, or each column as wide
/// as its widest cell), and the pieces joined where a row separator goes: the same bytes as
/// one table of all the rows.
fn discrepancies(
    report: &Report,
    indices: &[usize],
    style: Style,
    out: &mut dyn Write,
) -> io::Result<()> {
    let rows: Vec<[String; 7]> = indices.iter().map(|&i| row(report, i, style)).collect();
    let chunks: Vec<&[[String; 7]]> = if rows.is_empty() {
        vec![&rows[..]]
    } else {
        rows.chunks(CHUNK).collect()
    };
    let widths = match style.width {
        Some(width) => fit(&rows, width),
        None => chunks
            .par_iter()
            .map(|chunk| table_of(chunk, true).column_max_content_widths())
            .reduce(
                || vec![0; 7],
                |x, y| x.iter().zip(&y).map(|(x, y)| *x.max(y)).collect(),
            )
            .iter()
            .map(|&w| usize::from(w))
            .collect::<Vec<usize>>()
            .try_into()
            .expect("seven columns"),
    };
    // Absolute widths count the padding too.
    let constraints = widths.map(|w| ColumnConstraint::Absolute(Width::Fixed(w as u16 + 2)));
    let render = |(n, chunk): (usize, &&[[String; 7]])| {
        let mut table = table_of(chunk, n == 0);
        table.set_constraints(constraints);
        table.to_string()
    };
    let last = chunks.len() - 1;
    // Pieces are laid out in parallel, a batch at a time, and written in order.
    let numbered: Vec<(usize, &&[[String; 7]])> = chunks.iter().enumerate().collect();
    for batch in numbered.chunks(32) {
        let rendered: Vec<String> = batch.par_iter().copied().map(render).collect();
        for (&(n, _), piece) in batch.iter().zip(&rendered) {
            let mut lines: Vec<&str> = piece.split('\n').collect();
            if n < last {
                lines.pop();
            }
            let separator;
            if n > 0 {
                // The piece's top border becomes the separator between its first row and the
                // previous piece's last.
                separator = lines[0]
                    .chars()
                    .map(|c| match c {
                        '┌' => '├',
                        '─' => '╌',
                        '┬' => '┼',
                        '┐' => '┤',
                        c => c,
                    })
                    .collect::<String>();
                lines[0] = &separator;
            }
            for line in lines {
                writeln!(out, "{line}")?;
            }
        }
    }
    Ok(())
}

/// The point an evidence disputes, as the table shows it under its kind: the point itself
/// ("assistance", "cut / increase"), or, for a figure or a date, the two sides' values as
/// written ("150 / 500 prisoners", "age: 41 / 44", "2 September / 10/09").
fn point(evidence: &Evidence, a: &Side, b: &Side) -> String {
    let values = |side: &Side, marks: &[Mark]| -> Option<String> {
        let cues: Vec<&Mark> = marks.iter().filter(|m| m.role == Role::Cue).collect();
        let (start, end) = (cues.first()?.start, cues.last()?.end);
        // As written when the marks are one run of the text ("2 September"), else word by word.
        match side.text.get(start..end) {
            Some(run) if start < end && run.chars().count() <= 40 => Some(run.to_string()),
            _ => Some(
                cues.iter()
                    .map(|m| m.text.as_str())
                    .collect::<Vec<_>>()
                    .join(" "),
            ),
        }
    };
    let both = values(a, &evidence.a).zip(values(b, &evidence.b));
    match (evidence.kind, both) {
        (Kind::ConflictingDate, Some((x, y))) => format!("{x} / {y}"),
        (Kind::ConflictingNumber, Some((x, y))) => {
            // A measure ("age", "amount") names the values; a unit ("prisoners") follows them.
            let measures = [
                "age", "length", "mass", "duration", "amount", "time", "share", "score", "place",
            ];
            if measures.contains(&evidence.point.as_str()) {
                format!("{}: {x} / {y}", evidence.point)
            } else {
                format!("{x} / {y} {}", evidence.point)
            }
        }
        _ => evidence.point.clone(),
    }
}

/// Who contradicts whom: one row per source pair, with counts and topics.
fn overview(pairs: &[SourcePair<'_>], style: Style) -> Table {
    let mut table = Table::new();
    table
        .load_style(presets::UTF8_FULL_CONDENSED)
        .force_no_tty();
    table.set_header(["source", "source", "discrepancies", "topics"]);
    for pair in pairs {
        table.add_row(vec![
            Cell::new(pair.sources.0),
            Cell::new(pair.sources.1),
            Cell::new(pair.discrepancies.len()).set_alignment(CellAlignment::Right),
            Cell::new(pair.topics.join(", ")),
        ]);
    }
    if let Some(width) = style.width {
        table.set_content_arrangement(ContentArrangement::Dynamic);
        table.set_width(width);
    }
    table
}

/// Wraps `text` at spaces to lines of at most `width` characters (a longer word stands alone).
///
/// `("a bb ccc", Some(4))` -> `"a bb\nccc"`
fn wrap(text: &str, width: Option<u16>) -> String {
    let Some(width) = width.map(usize::from) else {
        return text.to_string();
    };
    let mut out = String::new();
    let mut line = 0;
    for word in text.split(' ') {
        let len = word.chars().count();
        if line > 0 && line + 1 + len > width {
            out.push('\n');
            line = 0;
        } else if line > 0 {
            out.push(' ');
            line += 1;
        }
        out.push_str(word);
        line += len;
    }
    out
}

/// Every column's width (padding aside) for a table `width` wide: the short columns (topic, sources,
/// kind, score) as wide as their content up to a cap, the two statements sharing the rest.
/// Words are never cut: when even the longest words do not fit, the table is wider than asked.
fn fit(rows: &[[String; 7]], width: u16) -> [usize; 7] {
    // Seven columns: eight borders and two spaces of padding each.
    const OVERHEAD: usize = 8 + 7 * 2;
    const CAPS: [usize; 7] = [16, 18, 0, 18, 0, 18, 5];
    let mut widths = [0usize; 7];
    let mut floors = [0usize; 7];
    for (index, cap) in CAPS.iter().enumerate() {
        if *cap == 0 {
            continue;
        }
        let contents: Vec<&str> = std::iter::once(HEADER[index])
            .chain(rows.iter().map(|cells| cells[index].as_str()))
            .collect();
        let longest = |pieces: &mut dyn Iterator<Item = &str>| {
            pieces.map(|p| p.chars().count()).max().unwrap_or(1)
        };
        let natural = longest(&mut contents.iter().flat_map(|c| c.lines()));
        // Words are never cut (comfy-table would cut them anywhere, hyphen or not).
        let word = longest(&mut contents.iter().flat_map(|c| c.split_whitespace()));
        widths[index] = natural.min(*cap).max(word.min(*cap));
        floors[index] = word.min(*cap);
    }
    // Narrow tables take from the widest short column first, down to its longest word, so
    // that each statement keeps 18 columns where it can.
    let rest = |widths: &[usize; 7]| {
        (width as usize).saturating_sub(OVERHEAD + widths.iter().sum::<usize>())
    };
    while rest(&widths) < 36 {
        let Some(widest) = [0, 1, 3, 5]
            .into_iter()
            .filter(|&i| widths[i] > floors[i])
            .max_by_key(|&i| widths[i] - floors[i])
        else {
            break;
        };
        widths[widest] -= 1;
    }
    let rest = rest(&widths).max(28);
    widths[2] = rest - rest / 2;
    widths[4] = rest / 2;
    widths
}

/// A statement's text, with marked words in colour when `color` is on: cue words bold red,
/// shared terms bold yellow.
fn statement(side: &Side, marks: &[&Mark], color: bool) -> String {
    if !color {
        return side.text.clone();
    }
    let mut marks: Vec<&Mark> = marks
        .iter()
        .copied()
        .filter(|m| {
            m.end <= side.text.len()
                && side.text.is_char_boundary(m.start)
                && side.text.is_char_boundary(m.end)
        })
        .collect();
    marks.sort_by_key(|m| (m.start, m.end));
    marks.dedup_by_key(|m| m.start);
    let mut out = String::new();
    let mut at = 0;
    for mark in marks {
        if mark.start < at {
            continue;
        }
        out.push_str(&side.text[at..mark.start]);
        let code = match mark.role {
            Role::Cue => "1;31",
            Role::Term => "1;33",
        };
        out.push_str(&format!(
            "\x1b[{code}m{}\x1b[0m",
            &side.text[mark.start..mark.end]
        ));
        at = mark.end;
    }
    out.push_str(&side.text[at..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_the_summary() {
        let cases = [
            ("a bb ccc", Some(4), "a bb\nccc"),
            ("a bb ccc", Some(8), "a bb ccc"),
            ("a bb ccc", None, "a bb ccc"),
            ("abcdef g", Some(3), "abcdef\ng"),
        ];
        for (text, width, expected) in cases {
            assert_eq!(wrap(text, width), expected, "{text:?} at {width:?}");
        }
    }

    /// A statement and its marks from `"{aid} was [not] discussed"`: `[cue]`, `{term}`.
    fn marked(written: &str) -> (Side, Vec<Mark>) {
        let (mut text, mut marks, mut open) = (String::new(), Vec::new(), 0);
        for c in written.chars() {
            match c {
                '[' | '{' => open = text.len(),
                ']' | '}' => marks.push(Mark {
                    text: text[open..].to_string(),
                    start: open,
                    end: text.len(),
                    role: if c == ']' { Role::Cue } else { Role::Term },
                }),
                _ => text.push(c),
            }
        }
        let side = Side {
            id: "x".into(),
            source: "S".into(),
            via: None,
            speaker: None,
            date: None,
            text,
            url: None,
        };
        (side, marks)
    }

    #[test]
    fn names_the_disputed_point() {
        use Kind::*;
        // (kind, point as the check names it, a, b, as the table shows it); one case a line.
        #[rustfmt::skip]
        let cases = [
            (NegatedClaim, "aid", "{aid} was discussed", "{aid} was [not] discussed", "aid"),
            (Antonym, "stop / continue", "may [stop]", "will [continue]", "stop / continue"),
            (ConflictingNumber, "prisoners", "[175] {prisoners}", "[170] {prisoners}", "175 / 170 prisoners"),
            (ConflictingNumber, "age", "aged [41]", "aged [44]", "age: 41 / 44"),
            (ConflictingDate, "date", "on [2] [September]", "on [10/09]", "2 September / 10/09"),
            // No cue on one side: the point as the check named it.
            (ConflictingDate, "date", "on [Tuesday]", "on Wednesday", "date"),
        ];
        for (kind, named, a, b, expected) in cases {
            let ((side_a, marks_a), (side_b, marks_b)) = (marked(a), marked(b));
            let evidence = Evidence {
                kind,
                point: named.into(),
                strength: 1.0,
                why: String::new(),
                a: marks_a,
                b: marks_b,
            };
            assert_eq!(
                point(&evidence, &side_a, &side_b),
                expected,
                "{a:?} / {b:?}"
            );
        }
    }

    #[test]
    fn same_bytes_at_a_given_width() {
        let report = super::super::sample();
        let render_at = |width, color| {
            let mut out = Vec::new();
            render(
                &report,
                Style {
                    width: Some(width),
                    color,
                    ..Style::default()
                },
                &mut out,
            )
            .unwrap();
            String::from_utf8(out).unwrap()
        };
        let plain = render_at(100, false);
        assert!(plain.lines().all(|l| l.chars().count() <= 100), "{plain}");
        // Too narrow for whole words: the table grows rather than cut a word.
        assert!(render_at(80, false).contains("negated-claim"));
        assert!(render_at(140, false).contains("Trump (via Fox"), "{plain}");
        assert!(
            plain.ends_with(
                "3 statements read, 1 topic, 2 sources, 2 pairs compared, 1 discrepancy\n"
            )
        );
        assert!(!plain.contains('\x1b'));
        assert!(plain.contains("“assistance”"), "{plain}");
        let coloured = render_at(120, true);
        assert!(coloured.contains("\x1b[1;31mnot\x1b[0m"), "{coloured}");
        assert_eq!(plain, render_at(100, false));
    }

    #[test]
    fn pieces_join_to_one_table() {
        // More findings than one piece holds, of varied widths (the widest in a later piece),
        // laid out as one comfy-table of all the rows would lay them out.
        let mut report = super::super::sample();
        let one = report.discrepancies[0].clone();
        report.discrepancies = (0..CHUNK * 2 + 3)
            .map(|n| {
                let mut d = one.clone();
                d.topic = format!("topic-{}", "x".repeat(n % 7 + (n / 500) * 9));
                d.b.text = format!("{} {}", d.b.text, "word ".repeat(n % 5));
                d
            })
            .collect();
        for (width, color) in [
            (None, false),
            (Some(100), false),
            (None, true),
            (Some(70), true),
        ] {
            let style = Style {
                width,
                color,
                ..Style::default()
            };
            let all: Vec<usize> = (0..report.discrepancies.len()).collect();
            let mut pieces = Vec::new();
            discrepancies(&report, &all, style, &mut pieces).unwrap();
            let rows: Vec<[String; 7]> = all.iter().map(|&i| row(&report, i, style)).collect();
            let mut whole = table_of(&rows, true);
            if let Some(width) = width {
                let widths = fit(&rows, width);
                whole.set_constraints(
                    widths.map(|w| ColumnConstraint::Absolute(Width::Fixed(w as u16 + 2))),
                );
            }
            assert_eq!(
                String::from_utf8(pieces).unwrap(),
                format!("{whole}\n"),
                "{width:?} {color}"
            );
        }
    }
}
