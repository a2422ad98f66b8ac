//! A JSON report (what `json.rs` writes) -> a `Report` again, for `merge`. Unknown fields are
//! errors rather than dropped: merging a report of another version would otherwise lose them
//! without a word.
//!
//! The evidence types live in `analysis`, which only serialises them; their `Deserialize` is
//! written here with serde's remote derive, field for field (a struct field added there and
//! not here fails to compile; a new kind or role fails to compile the tests below).

use super::Report;
use crate::analysis::{Evidence, Kind, Mark, Role};
use crate::error::{Error, Result};
use serde::{Deserialize, Deserializer};
use std::path::Path;

/// Reads the JSON report in file `path`.
pub fn read(path: &Path) -> Result<Report> {
    let bytes = std::fs::read(path).map_err(|source| Error::Read {
        path: path.to_path_buf(),
        source,
    })?;
    parse(&path.display().to_string(), &bytes)
}

/// Parses a JSON report read from `name`; an error names the line and column and what was
/// expected there.
pub fn parse(name: &str, bytes: &[u8]) -> Result<Report> {
    let wrong = |line: usize, column: usize, reason: &str| {
        Error::invalid(
            name,
            Some(line.max(1)),
            Some(column.max(1)),
            format!("not a JSON report of `check --format json`: {reason}"),
        )
    };
    // serde would also read a struct from an array of its fields, and then complain about the
    // first element; an array is simply not a report.
    let start = bytes.iter().position(|b| !b.is_ascii_whitespace());
    if let Some(at) = start.filter(|&at| bytes[at] != b'{') {
        let line = bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1;
        let line_start = bytes[..at]
            .iter()
            .rposition(|&b| b == b'\n')
            .map(|i| i + 1)
            .unwrap_or(0);
        let column = String::from_utf8_lossy(&bytes[line_start..at])
            .chars()
            .count()
            + 1;
        return Err(wrong(
            line,
            column,
            "expected an object `{\"version\": ...}`",
        ));
    }
    serde_json::from_slice(bytes)
        .map_err(|err| wrong(err.line(), err.column(), &crate::input::json_reason(&err)))
}

#[derive(Deserialize)]
#[serde(remote = "Kind", rename_all = "kebab-case")]
enum KindDef {
    NegatedClaim,
    ConflictingNumber,
    Antonym,
    ConflictingDate,
    ConflictingName,
    Quantifier,
}

#[derive(Deserialize)]
#[serde(remote = "Role", rename_all = "kebab-case")]
enum RoleDef {
    Cue,
    Term,
}

#[derive(Deserialize)]
#[serde(remote = "Mark", deny_unknown_fields)]
struct MarkDef {
    text: String,
    start: usize,
    end: usize,
    role: Role,
}

#[derive(Deserialize)]
#[serde(remote = "Evidence", deny_unknown_fields)]
struct EvidenceDef {
    kind: Kind,
    point: String,
    strength: f64,
    why: String,
    a: Vec<Mark>,
    b: Vec<Mark>,
}

impl<'de> Deserialize<'de> for Kind {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Kind, D::Error> {
        KindDef::deserialize(deserializer)
    }
}

impl<'de> Deserialize<'de> for Role {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Role, D::Error> {
        RoleDef::deserialize(deserializer)
    }
}

impl<'de> Deserialize<'de> for Mark {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Mark, D::Error> {
        MarkDef::deserialize(deserializer)
    }
}

impl<'de> Deserialize<'de> for Evidence {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Evidence, D::Error> {
        EvidenceDef::deserialize(deserializer)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_back_what_json_writes() {
        let mut report = super::super::sample();
        for shard in [None, Some(crate::shard::Shard { index: 2, count: 3 })] {
            report.shard = shard;
            let mut out = Vec::new();
            super::super::render(
                &report,
                super::super::Format::Json,
                Default::default(),
                &mut out,
            )
            .unwrap();
            assert_eq!(parse("r.json", &out).unwrap(), report);
        }
    }

    #[test]
    fn every_kind_and_role_reads_back() {
        use Kind::*;
        for kind in [
            NegatedClaim,
            ConflictingNumber,
            Antonym,
            ConflictingDate,
            ConflictingName,
            Quantifier,
        ] {
            // Exhaustive: a kind added to `analysis` fails to compile here until `KindDef`
            // has it too.
            match kind {
                NegatedClaim | ConflictingNumber | Antonym | ConflictingDate | ConflictingName
                | Quantifier => {}
            }
            let json = serde_json::to_string(&kind).unwrap();
            assert_eq!(serde_json::from_str::<Kind>(&json).unwrap(), kind, "{json}");
        }
        for role in [Role::Cue, Role::Term] {
            match role {
                Role::Cue | Role::Term => {}
            }
            let json = serde_json::to_string(&role).unwrap();
            assert_eq!(serde_json::from_str::<Role>(&json).unwrap(), role, "{json}");
        }
    }

    #[test]
    fn errors_name_the_place_and_what_was_expected() {
        let cases: &[(&str, &str)] = &[
            (
                "",
                "r.json:1:1: not a JSON report of `check --format json`: EOF while parsing a value",
            ),
            (
                "\n  [1, 2]",
                "r.json:2:3: not a JSON report of `check --format json`: expected an object `{\"version\": ...}`",
            ),
            (
                "{\"version\": 1, \"summary\": {\"statements\": 2}}",
                "r.json:1:43: not a JSON report of `check --format json`: missing field `topics`",
            ),
            (
                "{\"version\": 1,\n \"summry\": {}}",
                "r.json:2:9: not a JSON report of `check --format json`: unknown field `summry`, expected one of `version`, `shard`, `summary`, `discrepancies`",
            ),
            (
                "{\"version\": \"1\"}",
                "r.json:1:15: not a JSON report of `check --format json`: invalid type: string \"1\", expected u32",
            ),
        ];
        for (text, expected) in cases {
            let err = parse("r.json", text.as_bytes()).unwrap_err();
            assert_eq!(err.to_string(), *expected, "{text:?}");
        }
    }
}
