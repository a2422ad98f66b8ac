//! Findings -> a `Report` -> bytes. `Report::new` gathers what the reporters show (summary,
//! each discrepancy with both statements and its evidence); `render` writes it in one of the
//! formats, each in its own file. Reporters format; they never recompute.

mod claimreview;
mod csv;
mod explain;
mod html;
mod json;
mod jsonl;
mod markdown;
pub mod pairs;
pub mod read;
mod table;
pub mod topics;

use crate::analysis::{Analysis, Evidence, Kind};
use crate::group::Group;
use crate::shard::Shard;
use crate::statement::{Statement, source_key};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::io::{self, Write};

/// The version of the JSON report's shape. Bumped on any breaking change; fields may be added
/// without a bump.
pub const VERSION: u32 = 1;

/// The report formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// A table for people, fitted to the terminal.
    Table,
    /// The full report as JSON, for scripts (shape documented in the README).
    Json,
    /// One discrepancy per line (the objects of the JSON report's `discrepancies`), for
    /// streaming large reports into other tools.
    Jsonl,
    /// A Markdown table, for articles and notes.
    Markdown,
    /// One row per discrepancy, for spreadsheets.
    Csv,
    /// One self-contained page: summary, topic x source matrix, each discrepancy side by side.
    Html,
    /// schema.org ClaimReview drafts (JSON-LD), one per statement in a discrepancy, for a
    /// fact-checker to rate and publish.
    #[value(name = "claimreview")]
    ClaimReview,
}

/// How the table (and, for `group_by`, the Markdown) looks; other formats ignore it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Style {
    /// Total width in columns; `None` lets the table take the width its content needs.
    pub width: Option<u16>,
    /// Highlight cue words and terms with ANSI colours.
    pub color: bool,
    /// After the table, lay out each finding's evidence and why it scores what it does.
    pub explain: bool,
    /// How findings are ordered and grouped.
    pub group_by: GroupBy,
}

/// How a table or Markdown report groups its findings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum GroupBy {
    /// By topic, as the analysis gives them.
    #[default]
    Topic,
    /// By the two sources that disagree, most discrepancies first, after an overview of who
    /// contradicts whom.
    SourcePair,
}

/// Everything a report shows. Serialised as is for `--format json`, and read back by `merge`
/// ([`read`]).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Report {
    pub version: u32,
    /// The shard this report covers (`check --shard I/N`); absent from an unsharded report.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shard: Option<Shard>,
    pub summary: Summary,
    pub discrepancies: Vec<Discrepancy>,
}

/// Counts for the whole run. Every statement read is either compared or left out with a
/// reason: `statements == statements_compared + sum(left_out[].statements)`. In a shard's
/// report `statements` and `sources` count all that was read, the other counts the shard's
/// own topics, and statements on other shards' topics are left out [`OTHER_SHARD`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Summary {
    pub statements: usize,
    pub topics: usize,
    pub sources: usize,
    pub pairs_compared: usize,
    pub discrepancies: usize,
    pub statements_compared: usize,
    pub left_out: Vec<LeftOut>,
}

/// Why a statement was not compared, in the order reports list the reasons.
#[derive(Clone, Copy, PartialEq, Eq)]
enum LeftOutWhy {
    Alone,
    Unmatched,
    Denied,
    OtherShard,
}

/// The reason given for the statements of a shard report whose topics other shards analyse.
pub const OTHER_SHARD: &str = "in another shard";

/// Each reason a statement is left out, as `left_out` words it, in the order it lists them.
const REASONS: [(LeftOutWhy, &str); 4] = [
    (LeftOutWhy::Alone, "no other source on the topic"),
    (
        LeftOutWhy::Unmatched,
        "no salient word in common with another source on its large topic",
    ),
    (
        LeftOutWhy::Denied,
        "attribution denied: not the source's claim",
    ),
    (LeftOutWhy::OtherShard, OTHER_SHARD),
];

/// Where `reason` comes in `left_out` (a reason this version does not know comes last).
pub fn left_out_rank(reason: &str) -> usize {
    REASONS
        .iter()
        .position(|&(_, known)| known == reason)
        .unwrap_or(REASONS.len())
}

/// Statements that were read but not compared, and why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LeftOut {
    pub reason: String,
    pub statements: usize,
}

/// One discrepancy between two statements.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Discrepancy {
    pub topic: String,
    /// The topic was inferred by `check` (the statements named none), not given.
    pub topic_inferred: bool,
    pub kinds: Vec<Kind>,
    pub score: f64,
    pub similarity: f64,
    /// Either statement is hedged ("may", "reportedly"): the score was lowered by a fifth.
    pub hedged: bool,
    pub explanation: String,
    pub a: Side,
    pub b: Side,
    pub evidence: Vec<Evidence>,
}

/// A statement as a report shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Side {
    pub id: String,
    pub source: String,
    pub via: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub speaker: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    pub text: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

impl Side {
    /// The side of `statement`, its source spelt `source` (the first spelling seen).
    fn new(statement: &Statement, source: &str) -> Side {
        Side {
            id: statement.id.clone(),
            source: source.to_string(),
            via: statement.via.clone(),
            speaker: statement.speaker.clone(),
            date: statement.date.clone(),
            text: statement.text.clone(),
            url: statement.url.clone(),
        }
    }

    /// "Trump (via Fox News)", or "Kremlin".
    pub fn attribution(&self) -> String {
        crate::statement::attribution(&self.source, self.via.as_deref())
    }
}

impl Report {
    /// Gathers the report of a run.
    pub fn new(statements: &[Statement], groups: &[Group], analysis: &Analysis) -> Report {
        Report::gather(statements, groups, analysis.clone(), None)
    }

    /// Gathers the report of shard `shard` of a run: `groups` are all the run's groups (the
    /// sources are counted over all of them), `analysis` that of the shard's own groups.
    /// Statements on other shards' topics are left out [`OTHER_SHARD`].
    pub fn of_shard(
        statements: &[Statement],
        groups: &[Group],
        analysis: &Analysis,
        shard: Shard,
    ) -> Report {
        Report::gather(statements, groups, analysis.clone(), Some(shard))
    }

    /// [`Report::new`] (or, with a shard, [`Report::of_shard`]) that takes the analysis and
    /// moves its findings into the report instead of copying them: a large run's findings are
    /// then held once.
    pub fn gather(
        statements: &[Statement],
        groups: &[Group],
        analysis: Analysis,
        shard: Option<Shard>,
    ) -> Report {
        let ours = |topic: &str| shard.map(|s| s.keeps(topic)).unwrap_or(true);
        // Each source as first spelt ("The Kremlin", then "kremlin": "The Kremlin"), as the
        // groups keep it.
        let spelling: BTreeMap<&str, &str> = groups
            .iter()
            .flat_map(|g| &g.sources)
            .map(|s| (s.key.as_str(), s.name.as_str()))
            .collect();
        let name = |s: &Statement| -> String {
            let key = source_key(&s.source);
            spelling
                .get(key.as_str())
                .copied()
                .unwrap_or(&s.source)
                .to_string()
        };
        let compared = analysis.compared.iter().filter(|&&c| c).count();
        // A statement denied is in no group, but its topic still names the one shard that
        // counts it as denied; the others count it as in another shard.
        let why_left_out = |i: usize, s: &Statement| {
            if analysis.compared[i] {
                None
            } else if !ours(&s.topic) {
                Some(LeftOutWhy::OtherShard)
            } else if s.attribution_denied {
                Some(LeftOutWhy::Denied)
            } else if analysis.unmatched[i] {
                Some(LeftOutWhy::Unmatched)
            } else {
                Some(LeftOutWhy::Alone)
            }
        };
        let mut counts = [0; REASONS.len()];
        for (i, s) in statements.iter().enumerate() {
            if let Some(why) = why_left_out(i, s)
                && let Some(at) = REASONS.iter().position(|&(known, _)| known == why)
            {
                counts[at] += 1;
            }
        }
        let mut left_out = Vec::new();
        for ((_, reason), count) in REASONS.into_iter().zip(counts) {
            if count > 0 {
                left_out.push(LeftOut {
                    reason: reason.into(),
                    statements: count,
                });
            }
        }
        let pairs_compared = analysis.pairs_compared;
        let discrepancies: Vec<Discrepancy> = analysis
            .findings
            .into_iter()
            .map(|f| Discrepancy {
                topic_inferred: statements[f.a].topic_inferred || statements[f.b].topic_inferred,
                kinds: f.kinds(),
                score: f.score,
                similarity: f.similarity,
                hedged: f.hedged,
                a: Side::new(&statements[f.a], &name(&statements[f.a])),
                b: Side::new(&statements[f.b], &name(&statements[f.b])),
                topic: f.topic,
                explanation: f.explanation,
                evidence: f.evidence,
            })
            .collect();
        Report {
            version: VERSION,
            shard,
            summary: Summary {
                statements: statements.len(),
                topics: groups.iter().filter(|g| ours(&g.topic)).count(),
                sources: spelling.len(),
                pairs_compared,
                discrepancies: discrepancies.len(),
                statements_compared: compared,
                left_out,
            },
            discrepancies,
        }
    }

    /// True when no discrepancy was found (exit status 0).
    pub fn is_clean(&self) -> bool {
        self.discrepancies.is_empty()
    }
}

impl Summary {
    /// "23 statements read, 8 topics, 4 sources, 31 pairs compared, 4 discrepancies", and the
    /// statements left out, if any.
    pub fn line(&self) -> String {
        let mut line = format!(
            "{} read, {}, {}, {} compared, {}",
            plural(self.statements, "statement"),
            plural(self.topics, "topic"),
            plural(self.sources, "source"),
            plural(self.pairs_compared, "pair"),
            if self.discrepancies == 1 {
                "1 discrepancy".to_string()
            } else {
                format!("{} discrepancies", self.discrepancies)
            },
        );
        for left in &self.left_out {
            line.push_str(&format!(
                "; {} not compared ({})",
                plural(left.statements, "statement"),
                left.reason
            ));
        }
        line
    }
}

/// A count and its noun: `(1, "topic")` -> `"1 topic"`, `(3, "topic")` -> `"3 topics"`.
pub fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("{n} {word}")
    } else {
        format!("{n} {word}s")
    }
}

/// Writes `report` in `format` to `out`.
pub fn render(
    report: &Report,
    format: Format,
    style: Style,
    out: &mut dyn Write,
) -> io::Result<()> {
    match format {
        Format::Table => table::render(report, style, out),
        Format::Json => json::render(report, out),
        Format::Jsonl => jsonl::render(report, out),
        Format::Markdown => markdown::render(report, style, out),
        Format::Csv => csv::render(report, out),
        Format::Html => html::render(report, out),
        Format::ClaimReview => claimreview::render(report, out),
    }
}

/// A shared sample report for the reporters' tests: one negated claim, with characters that
/// need escaping in every format.
#[cfg(test)]
pub(crate) fn sample() -> Report {
    use crate::analysis::{Mark, Role};
    let side = |id: &str, source: &str, via: Option<&str>, text: &str| Side {
        id: id.into(),
        source: source.into(),
        via: via.map(Into::into),
        speaker: None,
        date: None,
        text: text.into(),
        url: None,
    };
    Report {
        version: VERSION,
        shard: None,
        summary: Summary {
            statements: 3,
            topics: 1,
            sources: 2,
            pairs_compared: 2,
            discrepancies: 1,
            statements_compared: 3,
            left_out: Vec::new(),
        },
        discrepancies: vec![Discrepancy {
            topic: "military-aid".into(),
            topic_inferred: false,
            kinds: vec![Kind::NegatedClaim],
            score: 0.85,
            similarity: 0.25,
            hedged: false,
            explanation: "assistance: Kremlin says \"aid | assistance\"; Trump (via Fox News) says \"assistance was not discussed\"".into(),
            a: side("k1", "Kremlin", None, "Cessation of aid | assistance <now>"),
            b: side("t1", "Trump", Some("Fox News"), "assistance was not discussed"),
            evidence: vec![Evidence {
                kind: Kind::NegatedClaim,
                point: "assistance".into(),
                strength: 0.85,
                why: "one statement denies what the other affirms".into(),
                a: vec![Mark { text: "assistance".into(), start: 19, end: 29, role: Role::Term }],
                b: vec![
                    Mark { text: "assistance".into(), start: 0, end: 10, role: Role::Term },
                    Mark { text: "not".into(), start: 15, end: 18, role: Role::Cue },
                ],
            }],
        }],
    }
}
