//! `discrepancy topics`: a table of topics x sources with statement counts, to see what will be
//! compared with what before running a check. A topic with one source has nothing to compare.

use super::plural;
use crate::group::Group;
use comfy_table::{Cell, CellAlignment, ContentArrangement, Table, presets};
use std::io::{self, Write};

/// Writes the topic x source matrix, sources in order of first appearance, then a total line.
pub fn render(groups: &[Group], width: Option<u16>, out: &mut dyn Write) -> io::Result<()> {
    let mut sources: Vec<(&str, &str)> = Vec::new();
    for group in groups {
        for source in &group.sources {
            if !sources.iter().any(|(key, _)| *key == source.key) {
                sources.push((&source.key, &source.name));
            }
        }
    }
    let mut table = Table::new();
    table
        .load_style(presets::UTF8_FULL_CONDENSED)
        .force_no_tty();
    if let Some(width) = width {
        table.set_content_arrangement(ContentArrangement::Dynamic);
        table.set_width(width);
    }
    let mut header = vec!["topic".to_string()];
    header.extend(sources.iter().map(|(_, name)| name.to_string()));
    header.push("total".into());
    table.set_header(header);
    let mut statements = 0;
    for group in groups {
        let mut row = vec![Cell::new(&group.topic)];
        let mut total = 0;
        for (key, _) in &sources {
            let count = group
                .sources
                .iter()
                .find(|s| s.key == *key)
                .map(|s| s.statements.len())
                .unwrap_or(0);
            total += count;
            let text = if count == 0 {
                "·".to_string()
            } else {
                count.to_string()
            };
            row.push(Cell::new(text).set_alignment(CellAlignment::Right));
        }
        statements += total;
        row.push(Cell::new(total).set_alignment(CellAlignment::Right));
        table.add_row(row);
    }
    writeln!(out, "{table}")?;
    let single = groups.iter().filter(|g| g.sources.len() < 2).count();
    writeln!(
        out,
        "{}, {}, {}; {} with a single source (nothing to compare)",
        plural(statements, "statement"),
        plural(groups.len(), "topic"),
        plural(sources.len(), "source"),
        plural(single, "topic"),
    )
}
