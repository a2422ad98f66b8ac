//! `--format json`: the report as one pretty-printed JSON object, a public interface.
//!
//! Wire format (version 1): `{"version": 1, "summary": {...}, "discrepancies": [...]}`.
//! `summary` has `statements`, `topics`, `sources`, `pairs_compared`, `discrepancies`,
//! `statements_compared` and `left_out` (`[{"reason", "statements"}]`). Each discrepancy has
//! `topic`, `kinds` (kebab-case names), `score` and `similarity` (in [0, 1], three decimals),
//! `explanation`, `a` and `b` (`id`, `source`, `via` (null when none), and `speaker`, `date`,
//! `url` when given, `text`), and `evidence`: `[{"kind", "point", "strength", "a": [marks],
//! "b": [marks]}]`, a mark being `{"text", "start", "end", "role": "cue" | "term"}` with byte
//! offsets into that statement's text. A shard's report (`check --shard I/N`) also has
//! `"shard": {"index", "count"}` after `version`, and counts statements on other shards'
//! topics as left out `"in another shard"`; an unsharded report has no `shard`. Fields are
//! only ever added; `version` is bumped on any breaking change.

use super::Report;
use std::io::{self, Write};

pub fn render(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, report)?;
    writeln!(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_back_with_the_documented_fields() {
        let mut out = Vec::new();
        render(&super::super::sample(), &mut out).unwrap();
        let value: serde_json::Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(value["version"], 1);
        assert_eq!(value["summary"]["discrepancies"], 1);
        let d = &value["discrepancies"][0];
        assert_eq!(d["kinds"][0], "negated-claim");
        assert_eq!(d["a"]["via"], serde_json::Value::Null);
        assert_eq!(d["b"]["via"], "Fox News");
        assert_eq!(d["evidence"][0]["b"][1]["role"], "cue");
        assert_eq!(d["evidence"][0]["b"][1]["start"], 15);
        assert!(d["a"].get("url").is_none());
    }
}
