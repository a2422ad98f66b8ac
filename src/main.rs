//! The `discrepancy` binary: parses the command line, calls the library, picks the exit
//! status (0 clean, 1 discrepancies found, 2 the run failed or the input is invalid; as diff
//! does).

mod cli;

use clap::Parser;
use cli::{Cli, Command};
use discrepancy::Error;
use std::io::{self, Write};
use std::process::ExitCode;

/// mimalloc rather than the system allocator: the analysis allocates many small strings from
/// several threads, and glibc's malloc kept freed memory (a 1M-statement run peaked at 2.5 GB
/// resident with 0.75 GB live).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// How a run that did not fail ended.
enum Outcome {
    /// Nothing to report: exit 0.
    Clean,
    /// Discrepancies found: exit 1.
    Found,
    /// `validate` found errors (already listed): exit 2.
    Invalid,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    discrepancy::remove_partial_output_on_interrupt();
    let result = run(&cli.command)
        .and_then(|outcome| io::stdout().flush().map(|()| outcome).map_err(Error::Write));
    match result {
        Ok(Outcome::Clean) => ExitCode::SUCCESS,
        Ok(Outcome::Found) => ExitCode::from(1),
        Ok(Outcome::Invalid) => ExitCode::from(2),
        // A closed pipe (`discrepancy check . | head`) is not a failure: end quietly, as
        // ripgrep and the Unix tools do.
        Err(err) if err.is_broken_pipe() => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("discrepancy: {err}");
            ExitCode::from(2)
        }
    }
}

fn run(command: &Command) -> discrepancy::Result<Outcome> {
    let found = |clean: bool| {
        if clean {
            Outcome::Clean
        } else {
            Outcome::Found
        }
    };
    match command {
        Command::Check(args) => {
            let options = args.options();
            let paths = &args.input.paths;
            let bar = ProgressBar::new(!args.quiet);
            let progress = |done, total| bar.show(done, total);
            let check = |out: &mut dyn Write| {
                discrepancy::check_with_progress(paths, &options, out, &progress)
            };
            let report = to_output(args.output.as_deref(), check)?;
            bar.finish();
            Ok(found(report.is_clean()))
        }
        Command::Merge(args) => {
            let (format, style) = (args.format, args.style());
            let merge = |out: &mut dyn Write| discrepancy::merge(&args.reports, format, style, out);
            let report = to_output(args.output.as_deref(), merge)?;
            Ok(found(report.is_clean()))
        }
        Command::Topics(args) => {
            let width = args.look.style(false).width;
            let (paths, format) = (&args.input.paths, args.input.input_format);
            let topics = args.topics.as_deref();
            buffered(|out| discrepancy::topics(paths, format, width, topics, out))?;
            Ok(Outcome::Clean)
        }
        Command::Validate(args) => {
            let max_errors = usize::try_from(args.max_errors).unwrap_or(usize::MAX);
            let (paths, format) = (&args.input.paths, args.input.input_format);
            let clean = buffered(|out| discrepancy::validate(paths, format, max_errors, out))?;
            Ok(if clean {
                Outcome::Clean
            } else {
                Outcome::Invalid
            })
        }
        Command::Eval(args) => {
            let options = discrepancy::eval::EvalOptions {
                min_score: args.min_score,
                sweep: args.sweep,
                errors: args.errors,
                json: args.format == cli::EvalFormat::Json,
            };
            buffered(|out| discrepancy::eval::run(&args.pairs, &options, out))?;
            Ok(Outcome::Clean)
        }
        Command::Extract(args) => {
            use discrepancy::extract;
            let aliases = match &args.sources {
                Some(path) => extract::Aliases::load(path)?,
                None => extract::Aliases::default(),
            };
            let options = extract::Options { aliases };
            let (articles, format) = (&args.articles, args.format);
            let extract = |out: &mut dyn Write| extract::run(articles, &options, format, out);
            to_output(args.output.as_deref(), extract)?;
            Ok(Outcome::Clean)
        }
    }
}

/// Runs `write` into `--output FILE` (written whole, or not at all) when given, else into
/// standard output.
fn to_output<T>(
    path: Option<&std::path::Path>,
    write: impl FnOnce(&mut dyn Write) -> discrepancy::Result<T>,
) -> discrepancy::Result<T> {
    match path {
        Some(path) => discrepancy::write_file_with(path, write),
        None => buffered(write),
    }
}

/// Runs `write` into a buffered standard output, then flushes it: one write call for many
/// lines rather than one a line (standard output alone is line-buffered).
fn buffered<T>(
    write: impl FnOnce(&mut dyn Write) -> discrepancy::Result<T>,
) -> discrepancy::Result<T> {
    let mut out = io::BufWriter::with_capacity(64 * 1024, io::stdout().lock());
    let result = write(&mut out);
    let flushed = out.flush().map_err(Error::Write);
    let value = result?;
    flushed?;
    Ok(value)
}

/// The progress bar of `check`: on standard error, only when it is a terminal, and only once
/// a run has taken a second (short runs print nothing).
struct ProgressBar {
    bar: Option<indicatif::ProgressBar>,
    started: std::time::Instant,
}

impl ProgressBar {
    fn new(wanted: bool) -> Self {
        use std::io::IsTerminal;
        let bar = (wanted && io::stderr().is_terminal()).then(|| {
            let bar = indicatif::ProgressBar::with_draw_target(
                None,
                indicatif::ProgressDrawTarget::hidden(),
            );
            let template = "{bar:40} {pos}/{len} statements analysed, {eta} left";
            if let Ok(style) = indicatif::ProgressStyle::with_template(template) {
                bar.set_style(style);
            }
            bar
        });
        ProgressBar {
            bar,
            started: std::time::Instant::now(),
        }
    }

    fn show(&self, done: u64, total: u64) {
        let Some(bar) = &self.bar else { return };
        if bar.is_hidden() && self.started.elapsed() >= std::time::Duration::from_secs(1) {
            bar.set_draw_target(indicatif::ProgressDrawTarget::stderr());
        }
        bar.set_length(total);
        bar.set_position(done);
    }

    fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}
