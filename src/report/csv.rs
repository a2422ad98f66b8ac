//! `--format csv`: one row per discrepancy, for spreadsheets. Columns: topic, kinds (joined by
//! `;`), score, similarity, a_id, a_source, a_via, a_text, b_id, b_source, b_via, b_text,
//! explanation. Quoting by the `csv` crate (RFC 4180).

use super::Report;
use std::io::{self, Write};

const HEADER: &[&str] = &[
    "topic",
    "kinds",
    "score",
    "similarity",
    "a_id",
    "a_source",
    "a_via",
    "a_text",
    "b_id",
    "b_source",
    "b_via",
    "b_text",
    "explanation",
];

pub fn render(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    write(report, out).map_err(|err| match err.into_kind() {
        // Keep the writer's own error, so that a closed pipe is seen as one.
        csv::ErrorKind::Io(err) => err,
        other => io::Error::other(format!("{other:?}")),
    })
}

fn write(report: &Report, out: &mut dyn Write) -> csv::Result<()> {
    let mut writer = csv::Writer::from_writer(out);
    writer.write_record(HEADER)?;
    for d in &report.discrepancies {
        let kinds: Vec<&str> = d.kinds.iter().map(|k| k.name()).collect();
        writer.write_record([
            d.topic.as_str(),
            &kinds.join(";"),
            &d.score.to_string(),
            &d.similarity.to_string(),
            &d.a.id,
            &d.a.source,
            d.a.via.as_deref().unwrap_or(""),
            &d.a.text,
            &d.b.id,
            &d.b.source,
            d.b.via.as_deref().unwrap_or(""),
            &d.b.text,
            &d.explanation,
        ])?;
    }
    writer.flush()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_quoted_row_per_discrepancy() {
        let mut out = Vec::new();
        render(&super::super::sample(), &mut out).unwrap();
        let mut reader = csv::Reader::from_reader(out.as_slice());
        assert_eq!(reader.headers().unwrap().iter().collect::<Vec<_>>(), HEADER);
        let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        assert_eq!(rows.len(), 1);
        assert_eq!(&rows[0][1], "negated-claim");
        assert_eq!(&rows[0][6], "");
        assert_eq!(&rows[0][10], "Fox News");
        assert!(rows[0][12].contains("\"assistance was not discussed\""));
    }
}
