//! Shared by the three reader targets: parse one file's bytes and, when they hold valid
//! statements, run everything after the reader on them: grouping, analysis, the report and
//! each of the four renderers. Nothing may panic; errors are fine.

use discrepancy::analysis::{self, Options};
use discrepancy::input::{self, InputFormat};
use discrepancy::report::{self, Format, GroupBy, Report, Style};

pub fn run(bytes: &[u8], format: InputFormat) {
    let Ok(statements) = input::parse("fuzz", bytes, format) else {
        return;
    };
    let groups = discrepancy::group::by_topic(&statements);
    // The default options, as `check` runs; then every pair with any evidence at all, also
    // within a source, so that explanations and the renderers see findings far more often.
    let everything = Options {
        min_score: 0.0,
        within_source: true,
        exhaustive: false,
    };
    for options in [Options::default(), everything] {
        let analysis = analysis::analyze(&statements, &groups, &options);
        let report = Report::new(&statements, &groups, &analysis);
        let formats = [
            Format::Table,
            Format::Json,
            Format::Jsonl,
            Format::Markdown,
            Format::Csv,
            Format::Html,
            Format::ClaimReview,
        ];
        for format in formats {
            for group_by in [GroupBy::Topic, GroupBy::SourcePair] {
                let style = Style {
                    width: Some(100),
                    color: true,
                    explain: true,
                    group_by,
                };
                let mut out = Vec::new();
                report::render(&report, format, style, &mut out).expect("writing to a Vec");
            }
        }
    }
}
