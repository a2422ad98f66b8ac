//! `input::parse` as Csv, then the whole pipeline on what it read.
#![no_main]

use discrepancy::input::InputFormat;
use libfuzzer_sys::fuzz_target;

#[path = "pipeline.rs"]
mod pipeline;

fuzz_target!(|bytes: &[u8]| pipeline::run(bytes, InputFormat::Csv));
