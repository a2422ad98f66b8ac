//! The command line: clap's derive `Cli`, and the options it hands to the library. Only
//! `main.rs` uses it.

use clap::{Args, Parser, Subcommand, ValueEnum};
use discrepancy::CheckOptions;
use discrepancy::analysis::{self, DEFAULT_MIN_SCORE};
use discrepancy::extract::ExtractFormat;
use discrepancy::input::InputFormat;
use discrepancy::report::{Format, GroupBy, Style};
use discrepancy::shard::Shard;
use std::io::IsTerminal;
use std::path::PathBuf;

const AFTER_HELP: &str = "\
Exit status: 0 no discrepancy found, 1 discrepancies found, 2 the run failed (bad input,
unreadable file, bad option). `validate`: 0 clean, 2 errors listed. A shard's status is its
own topics'; `merge` gives the status of the whole.

Examples:
  discrepancy check statements/
  discrepancy check --format json --output report.json statements/
  discrepancy check --shard 2/8 --format json --output shard-2.json statements/
  discrepancy merge shard-*.json
  discrepancy topics statements/
  discrepancy validate --max-errors 10 incoming/
  cat statements.jsonl | discrepancy check -";

/// Finds where sources contradict each other in files of attributed statements.
#[derive(Debug, Parser)]
#[command(name = "discrepancy", version, after_help = AFTER_HELP)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Compare statements of different sources on each topic and report the discrepancies.
    ///
    /// Reads .json, .jsonl and .csv files (directories are searched for them, in sorted order;
    /// `-` reads standard input). Each statement needs `source` and `text`; `topic`, `id`,
    /// `via`, `speaker`, `date`, `url` and `kind` are optional.
    #[command(after_help = AFTER_HELP)]
    Check(CheckArgs),
    /// Print a table of topics x sources with statement counts (what `check` will compare).
    Topics(TopicsArgs),
    /// Check statement files without analysing them, and list every error found.
    ///
    /// Each error is one line, `file:line:col: what is wrong`, naming the field; then a count.
    /// Exit status 0 when the files are clean, 2 otherwise.
    Validate(ValidateArgs),
    /// Measure detection quality on labelled pairs: precision, recall, F1.
    ///
    /// PAIRS is JSONL, one `{"id": "...", "a": "...", "b": "...", "label": "contradiction" |
    /// "not_contradiction"}` a line (other fields are ignored). Each pair goes through the
    /// same engine as `check`. Exit status 0, or 2 on bad input.
    Eval(EvalArgs),
    /// Find the attributed claims in news articles and write them as a statement file.
    ///
    /// Reads plain text (.txt, .md; `-` for standard input) and writes one statement per
    /// attributed claim: `source` (one name per person or institution: "the Russian President"
    /// -> Putin), `via`, `speaker`, `text` (the claim alone), `kind` (quote or paraphrase),
    /// `cue` (the reporting verb or phrase), `span` (character offsets in the article),
    /// `attribution: denied` for "X did not say that ...", and the article as `url`. Exit
    /// status 0, or 2 on unreadable input.
    #[command(after_help = EXTRACT_HELP)]
    Extract(ExtractArgs),
    /// Merge the JSON reports of shards 1 to N (`check --shard I/N --format json`) into the
    /// report one unsharded run gives, byte for byte.
    ///
    /// Every shard must be given once, all of the same N, run on the same input; otherwise
    /// the error names the file and what is wrong. Exit status as for `check`: 0 no
    /// discrepancy, 1 discrepancies found, 2 the merge failed.
    #[command(after_help = MERGE_HELP)]
    Merge(MergeArgs),
}

const MERGE_HELP: &str = "\
Examples:
  parallel discrepancy check --shard {}/8 --format json --output shard-{}.json statements/ ::: 1 2 3 4 5 6 7 8
  discrepancy merge shard-*.json
  discrepancy merge --format table shard-1.json shard-2.json";

#[derive(Debug, Args)]
pub struct MergeArgs {
    /// Shard reports: the JSON of `check --shard I/N --format json`, one for each I of 1..N.
    #[arg(required = true, value_name = "REPORT")]
    pub reports: Vec<PathBuf>,

    /// Format of the merged report.
    #[arg(long, short, value_enum, default_value_t = Format::Json)]
    pub format: Format,

    /// Write the merged report to FILE instead of standard output (replaced whole, never
    /// half-written).
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Under the table, lay out each finding's evidence (as `check --explain`).
    #[arg(long)]
    pub explain: bool,

    /// Group the table or Markdown findings by topic, or by the two sources that disagree.
    #[arg(long, value_enum, default_value_t = GroupBy::Topic, value_name = "BY")]
    pub group_by: GroupBy,

    #[command(flatten)]
    pub look: Look,
}

const EXTRACT_HELP: &str = "\
Patterns: reporting verbs with \"that\" (said, asserted, stressed, noted, conveyed, ...), with a
noun phrase (underscored the significance of ...) or a quotation; quotations before or around
their attribution; \"according to X\"; \"in a X statement, it was emphasised that\"; \"as noted
in X communications\"; \"reported by X, he was quoted saying\" (he: the last person named).

--sources FILE: one `alias = Source` a line (blank lines and # comments allowed), used before
the built-in names: `Norrland delegation = Norrland`.

Examples:
  discrepancy extract article.txt > statements.json
  discrepancy extract --format jsonl article.txt | discrepancy check -";

#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// Articles: plain text (.txt, .md); `-` for standard input.
    #[arg(required = true, value_name = "ARTICLE")]
    pub articles: Vec<PathBuf>,

    /// Statement file format (`check -` reads jsonl from standard input by default).
    #[arg(long, short, value_enum, default_value_t = ExtractFormat::Json)]
    pub format: ExtractFormat,

    /// Your own source names: `alias = Source` a line, used before the built-in ones.
    #[arg(long, value_name = "FILE")]
    pub sources: Option<PathBuf>,

    /// Write the statements to FILE instead of standard output (replaced whole).
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ValidateArgs {
    #[command(flatten)]
    pub input: Input,

    /// Stop after N errors.
    #[arg(long, value_name = "N", default_value_t = 50, value_parser = clap::value_parser!(u64).range(1..))]
    pub max_errors: u64,
}

#[derive(Debug, Args)]
pub struct EvalArgs {
    /// Labelled pairs, JSONL.
    #[arg(value_name = "PAIRS")]
    pub pairs: PathBuf,

    /// Count a pair as flagged when it scores at least this (0 to 1).
    #[arg(long, default_value_t = DEFAULT_MIN_SCORE, value_name = "SCORE", value_parser = parse_score)]
    pub min_score: f64,

    /// Also print precision, recall and F1 at thresholds 0.05, 0.10, ... 0.95, to calibrate
    /// `--min-score` on your own data.
    #[arg(long)]
    pub sweep: bool,

    /// List up to N false positives and N false negatives with the evidence that fired.
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub errors: usize,

    /// Output format.
    #[arg(long, short, value_enum, default_value_t = EvalFormat::Table)]
    pub format: EvalFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum EvalFormat {
    Table,
    Json,
}

#[derive(Debug, Args)]
pub struct Input {
    /// Statement files or directories; `-` for standard input.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    /// Format of standard input (`-`); files are read by their extension.
    #[arg(long, value_enum, default_value_t = InputFormat::Jsonl, value_name = "FORMAT")]
    pub input_format: InputFormat,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    #[command(flatten)]
    pub input: Input,

    /// Report format.
    #[arg(long, short, value_enum, default_value_t = Format::Table)]
    pub format: Format,

    /// Write the report to FILE instead of standard output (replaced whole, never half-written).
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Report only findings scoring at least this (0 to 1). The default was chosen from a
    /// precision/recall sweep on labelled pairs (README, "How good is it").
    #[arg(long, default_value_t = DEFAULT_MIN_SCORE, value_name = "SCORE", value_parser = parse_score)]
    pub min_score: f64,

    /// Also compare statements of the same source (self-contradiction).
    #[arg(long)]
    pub within_source: bool,

    /// In topics of more than 50 statements, compare every pair rather than only those that
    /// share a salient word (slower; see the README, "Speed").
    #[arg(long)]
    pub exhaustive: bool,

    /// No progress bar. (One is shown on standard error, for runs of more than a second, only
    /// when standard error is a terminal.)
    #[arg(long, short)]
    pub quiet: bool,

    /// Under the table, lay out each finding's evidence: the marked words, each check's
    /// strength and why, and how the score combines them.
    #[arg(long)]
    pub explain: bool,

    /// Group the table or Markdown findings by topic, or by the two sources that disagree
    /// (with an overview of who contradicts whom).
    #[arg(long, value_enum, default_value_t = GroupBy::Topic, value_name = "BY")]
    pub group_by: GroupBy,

    /// Assign statements that name no topic to the topics of FILE, by keyword (JSON:
    /// {"topics": [{"name": "military-aid", "keywords": ["assistance", "military aid"]}]}).
    /// Without it, their topics are inferred from the statements' words.
    #[arg(long, value_name = "FILE")]
    pub topics: Option<PathBuf>,

    /// Analyse only shard I of N (I from 1 to N): the topics whose name hashes to it
    /// (FNV-1a 64 of its UTF-8 bytes, modulo N; the same on every machine and version).
    /// All input is still read and checked; statements on other shards' topics are left out
    /// "in another shard". Run shards 1 to N with `--format json`, then `discrepancy merge`
    /// their reports.
    #[arg(long, value_name = "I/N")]
    pub shard: Option<Shard>,

    #[command(flatten)]
    pub look: Look,
}

#[derive(Debug, Args)]
pub struct TopicsArgs {
    #[command(flatten)]
    pub input: Input,

    /// Assign statements that name no topic to the topics of FILE, by keyword, as `check
    /// --topics` does. Without it, their topics are inferred (marked `*`).
    #[arg(long, value_name = "FILE")]
    pub topics: Option<PathBuf>,

    #[command(flatten)]
    pub look: Look,
}

#[derive(Debug, Args)]
pub struct Look {
    /// Table width in columns [default: the terminal's, or 100 when not a terminal].
    #[arg(long, value_name = "COLUMNS", value_parser = clap::value_parser!(u16).range(80..))]
    pub width: Option<u16>,

    /// Highlight cue words and disputed terms in the table. `auto` colours a terminal unless
    /// NO_COLOR is set.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    pub color: ColorChoice,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

fn parse_score(text: &str) -> Result<f64, String> {
    match text.parse::<f64>() {
        Ok(score) if (0.0..=1.0).contains(&score) => Ok(score),
        _ => Err(format!("expected a number from 0 to 1, found `{text}`")),
    }
}

impl Look {
    /// The table's width and colour: asked of the terminal here, so the library never does.
    pub fn style(&self, to_file: bool) -> Style {
        let terminal = !to_file && std::io::stdout().is_terminal();
        let width = self.width.or_else(|| {
            let size = terminal.then(terminal_size::terminal_size).flatten();
            Some(size.map(|(w, _)| w.0.max(80)).unwrap_or(100))
        });
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        let color = match self.color {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => terminal && !no_color,
        };
        Style {
            width,
            color,
            ..Style::default()
        }
    }
}

impl CheckArgs {
    /// The library's options for this run.
    pub fn options(&self) -> CheckOptions {
        CheckOptions {
            input_format: self.input.input_format,
            analysis: analysis::Options {
                min_score: self.min_score,
                within_source: self.within_source,
                exhaustive: self.exhaustive,
            },
            format: self.format,
            style: Style {
                explain: self.explain,
                group_by: self.group_by,
                ..self.look.style(self.output.is_some())
            },
            topics: self.topics.clone(),
            shard: self.shard,
        }
    }
}

impl MergeArgs {
    /// How the merged report looks (table and Markdown; other formats ignore it).
    pub fn style(&self) -> Style {
        Style {
            explain: self.explain,
            group_by: self.group_by,
            ..self.look.style(self.output.is_some())
        }
    }
}
