//! The `discrepancy` binary: parses the command line, calls the library, picks the exit
//! status (0 clean, 1 discrepancies found, 2 the run failed; as diff does).

mod cli;

use clap::Parser;
use cli::{Cli, Command};
use discrepancy::Error;
use std::io::{self, Write};
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match &cli.command {
        Command::Check(args) => {
            let options = args.options();
            let paths = &args.input.paths;
            match &args.output {
                Some(path) => {
                    let mut buffer = Vec::new();
                    discrepancy::check(paths, &options, &mut buffer)
                        .and_then(|report| discrepancy::write_file(path, &buffer).map(|()| report))
                }
                None => discrepancy::check(paths, &options, &mut io::stdout().lock()),
            }
            .map(|report| report.is_clean())
        }
        Command::Topics(args) => {
            let style = args.look.style(false);
            discrepancy::topics(
                &args.input.paths,
                args.input.input_format,
                style.width,
                &mut io::stdout().lock(),
            )
            .map(|()| true)
        }
        Command::Eval(args) => {
            let options = discrepancy::eval::EvalOptions {
                min_score: args.min_score,
                sweep: args.sweep,
                errors: args.errors,
                json: args.format == cli::EvalFormat::Json,
            };
            discrepancy::eval::run(&args.pairs, &options, &mut io::stdout().lock()).map(|_| true)
        }
    };
    let result =
        result.and_then(|clean| io::stdout().flush().map(|()| clean).map_err(Error::Write));
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        // A closed pipe (`discrepancy check . | head`) is not a failure: end quietly.
        Err(err) if err.is_broken_pipe() => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("discrepancy: {err}");
            ExitCode::from(2)
        }
    }
}
