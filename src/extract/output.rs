//! Reading articles and writing what `extract` found as a statement file: JSON (an object
//! with `source_document` and `statements`), JSONL or CSV, in the fields `check` reads.

use super::{Extracted, Options, extract};
use crate::error::{Error, Result};
use crate::statement::StatementKind;
use serde::Serialize;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

/// The formats `extract` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ExtractFormat {
    /// `{"source_document": {...}, "statements": [...]}`.
    Json,
    /// One statement object per line (what `check -` reads by default).
    Jsonl,
    /// A header row, then one statement per row.
    Csv,
}

/// One statement as written: the fields of a statement file, absent ones left out.
#[derive(Debug, Serialize)]
struct Record<'a> {
    id: String,
    source: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    via: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    speaker: Option<&'a str>,
    text: &'a str,
    kind: &'static str,
    cue: &'a str,
    span: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    attribution: Option<&'static str>,
    url: &'a str,
}

const CSV_HEADER: [&str; 10] = [
    "id",
    "source",
    "via",
    "speaker",
    "text",
    "kind",
    "cue",
    "span",
    "attribution",
    "url",
];

/// Reads every article (`-` is standard input), extracts, and writes the statements to `out`.
/// Returns how many were written.
pub fn run(
    paths: &[PathBuf],
    options: &Options,
    format: ExtractFormat,
    out: &mut dyn Write,
) -> Result<usize> {
    let mut documents: Vec<(String, String, Vec<Extracted>)> = Vec::new();
    for path in paths {
        let name = path.to_string_lossy().into_owned();
        let bytes = read(path)?;
        let text = decode(&name, &bytes)?;
        let mut stem = match path.file_stem() {
            _ if name == "-" => "stdin".to_string(),
            Some(stem) => stem.to_string_lossy().into_owned(),
            None => "article".to_string(),
        };
        // Two articles with one stem ("a/article.txt", "b/article.txt") keep ids apart.
        if documents.iter().any(|(_, s, _)| *s == stem) {
            stem = format!("{stem}_{}", documents.len() + 1);
        }
        documents.push((name, stem, extract(text, options)));
    }
    let mut records = Vec::new();
    for (name, stem, found) in &documents {
        for (n, f) in found.iter().enumerate() {
            records.push(record(name, stem, n + 1, f));
        }
    }
    write(&documents, &records, format, out).map_err(Error::Write)?;
    Ok(records.len())
}

fn record<'a>(name: &'a str, stem: &str, n: usize, f: &'a Extracted) -> Record<'a> {
    Record {
        id: format!("{stem}-{n}"),
        source: &f.source,
        via: f.via.as_deref(),
        speaker: f.speaker.as_deref(),
        text: &f.text,
        kind: match f.kind {
            StatementKind::Quote => "quote",
            StatementKind::Paraphrase => "paraphrase",
        },
        cue: &f.cue,
        span: format!("{}..{}", f.span.0, f.span.1),
        attribution: f.denied.then_some("denied"),
        url: name,
    }
}

fn write(
    documents: &[(String, String, Vec<Extracted>)],
    records: &[Record],
    format: ExtractFormat,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    match format {
        ExtractFormat::Json => {
            let files: Vec<&str> = documents.iter().map(|(name, _, _)| name.as_str()).collect();
            let document = match files.as_slice() {
                [one] => serde_json::json!({"file": one, "extracted_by": "discrepancy extract"}),
                _ => serde_json::json!({"files": files, "extracted_by": "discrepancy extract"}),
            };
            let value = serde_json::json!({"source_document": document, "statements": records});
            serde_json::to_writer_pretty(&mut *out, &value)?;
            writeln!(out)
        }
        ExtractFormat::Jsonl => {
            for record in records {
                serde_json::to_writer(&mut *out, record)?;
                writeln!(out)?;
            }
            Ok(())
        }
        ExtractFormat::Csv => {
            let mut csv = csv::Writer::from_writer(out);
            csv.write_record(CSV_HEADER)?;
            for r in records {
                let row = [
                    r.id.as_str(),
                    r.source,
                    r.via.unwrap_or(""),
                    r.speaker.unwrap_or(""),
                    r.text,
                    r.kind,
                    r.cue,
                    &r.span,
                    r.attribution.unwrap_or(""),
                    r.url,
                ];
                csv.write_record(row)?;
            }
            csv.flush()
        }
    }
}

fn read(path: &Path) -> Result<Vec<u8>> {
    let fail = |source| Error::Read {
        path: path.to_path_buf(),
        source,
    };
    if path.as_os_str() == "-" {
        let mut bytes = Vec::new();
        std::io::stdin()
            .lock()
            .read_to_end(&mut bytes)
            .map_err(fail)?;
        return Ok(bytes);
    }
    std::fs::read(path).map_err(fail)
}

/// `bytes` as text: UTF-8 (a byte order mark dropped), no NUL byte; an error names the line
/// and column.
pub(crate) fn decode<'a>(name: &str, bytes: &'a [u8]) -> Result<&'a str> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let place = |at: usize, what: String| {
        let good = &bytes[..at];
        let line = good.iter().filter(|&&b| b == b'\n').count() + 1;
        let line_start = good.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        let column = String::from_utf8_lossy(&good[line_start..]).chars().count() + 1;
        Error::invalid(name, Some(line), Some(column), what)
    };
    let text = std::str::from_utf8(bytes).map_err(|err| {
        let at = err.valid_up_to();
        place(at, format!("invalid UTF-8 at byte {at}: expected text"))
    })?;
    if let Some(at) = bytes.iter().position(|&b| b == 0) {
        return Err(place(at, format!("NUL byte at byte {at}: expected text")));
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_bytes_name_the_place() {
        let cases: &[(&[u8], &str)] = &[
            (
                b"ok\nab\xFFc",
                "a.txt:2:3: invalid UTF-8 at byte 5: expected text",
            ),
            (b"a\x00", "a.txt:1:2: NUL byte at byte 1: expected text"),
        ];
        for (bytes, message) in cases {
            assert_eq!(decode("a.txt", bytes).unwrap_err().to_string(), *message);
        }
        assert_eq!(decode("a.txt", b"\xEF\xBB\xBFhi").unwrap(), "hi");
    }
}
