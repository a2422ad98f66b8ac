//! Sharding a run across machines: which topics shard I of N keeps (`check --shard I/N`), and
//! the shards' JSON reports merged back into the report of one unsharded run (`merge`).
//!
//! A topic belongs to the shard its name hashes to: FNV-1a 64 of the name's UTF-8 bytes,
//! modulo N. The hash is fixed by its definition, so a topic lands in the same shard on every
//! run, machine and version. Every shard reads all input and assigns topics the same way; it
//! analyses only its own topics' groups and counts the statements on other topics as left out
//! "in another shard", so each shard report still accounts for every statement read.

use crate::error::{Error, Result};
use crate::report::{self, LeftOut, Report, Summary};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// Shard `index` of `count`, `index` from 1 to `count`. In the JSON report as
/// `"shard": {"index": 2, "count": 8}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Shard {
    pub index: u32,
    pub count: u32,
}

impl Shard {
    /// The shard of `count` that `topic` belongs to.
    ///
    /// ```
    /// use discrepancy::shard::Shard;
    /// let shard = Shard::of("military-aid", 8);
    /// assert!((1..=8).contains(&shard.index) && shard.keeps("military-aid"));
    /// ```
    pub fn of(topic: &str, count: u32) -> Shard {
        let count = count.max(1);
        let rest = fnv1a64(topic.as_bytes()) % u64::from(count);
        // `rest` is below `count`, a u32.
        let index = u32::try_from(rest).unwrap_or(0) + 1;
        Shard { index, count }
    }

    /// True when `topic` belongs to this shard.
    pub fn keeps(&self, topic: &str) -> bool {
        Shard::of(topic, self.count) == *self
    }
}

impl fmt::Display for Shard {
    /// `2/8`, as `--shard` takes it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.index, self.count)
    }
}

impl FromStr for Shard {
    type Err = String;

    /// `"2/8"` -> shard 2 of 8; `"0/8"`, `"9/8"`, `"2"` and `"a/b"` are errors.
    fn from_str(text: &str) -> std::result::Result<Shard, String> {
        let expected =
            || format!("expected I/N, shard I of N counted from 1 (e.g. 2/8), found `{text}`");
        let (index, count) = text.split_once('/').ok_or_else(expected)?;
        let number = |part: &str| {
            part.parse::<u32>()
                .ok()
                .filter(|_| part.bytes().all(|b| b.is_ascii_digit()))
        };
        let (Some(index), Some(count)) = (number(index), number(count)) else {
            return Err(expected());
        };
        if count == 0 {
            return Err(format!(
                "`{text}`: N, the number of shards, must be at least 1"
            ));
        }
        if index == 0 || index > count {
            return Err(format!(
                "`{text}`: I must be from 1 to {count} (shards count from 1)"
            ));
        }
        Ok(Shard { index, count })
    }
}

/// FNV-1a, 64 bits (<http://www.isthe.com/chongo/tech/comp/fnv/>): fixed by its definition,
/// unlike std's `DefaultHasher`, which may change between Rust releases.
///
/// `b""` -> `0xcbf29ce484222325`, `b"a"` -> `0xaf63dc4c8601ec8c`
pub fn fnv1a64(bytes: &[u8]) -> u64 {
    const OFFSET_BASIS: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    bytes.iter().fold(OFFSET_BASIS, |hash, &byte| {
        (hash ^ u64::from(byte)).wrapping_mul(PRIME)
    })
}

/// Merges the reports of shards 1 to N, each named by its file, into the report one unsharded
/// run gives: counts summed (statements and sources, the same in every shard, taken once),
/// "in another shard" dropped from `left_out`, and the findings of each topic, which lives in
/// one shard, put in order of topic name as `analysis` orders them (byte-wise; within a topic
/// they stay as the shard gave them). Fails, naming the file, when a report is not a shard
/// report, the shards are of different N, one is given twice or missing, or they were not
/// run on the same input.
pub fn merge(reports: &[(String, Report)]) -> Result<Report> {
    let Some((first_name, first)) = reports.first() else {
        return Err(Error::Usage("no shard reports to merge".into()));
    };
    let count = shard_of(first_name, first)?.count;
    let mut seen: Vec<Option<&str>> = vec![None; usize::try_from(count).unwrap_or(0)];
    let mut summary = Summary {
        statements: first.summary.statements,
        sources: first.summary.sources,
        topics: 0,
        pairs_compared: 0,
        discrepancies: 0,
        statements_compared: 0,
        left_out: Vec::new(),
    };
    let mut discrepancies = Vec::new();
    for (name, report) in reports {
        let shard = shard_of(name, report)?;
        let wrong = |reason: String| Err(Error::invalid(name, None, None, reason));
        if shard.count != count {
            return wrong(format!(
                "shard {shard}, but {first_name} is shard {}: all shards must be of the same N",
                first.shard.unwrap_or(shard)
            ));
        }
        let slot = usize::try_from(shard.index - 1).unwrap_or(0);
        if let Some(other) = seen[slot] {
            return wrong(format!("shard {shard} again (also {other})"));
        }
        seen[slot] = Some(name);
        let (s, f) = (&report.summary, &first.summary);
        if (s.statements, s.sources) != (f.statements, f.sources) {
            return wrong(format!(
                "{} and {} read, but {} and {} in {first_name}: the shards must read the same input",
                report::plural(s.statements, "statement"),
                report::plural(s.sources, "source"),
                report::plural(f.statements, "statement"),
                report::plural(f.sources, "source"),
            ));
        }
        if let Some(stray) = report.discrepancies.iter().find(|d| !shard.keeps(&d.topic)) {
            let topic = &stray.topic;
            let home = Shard::of(topic, count);
            return wrong(format!(
                "topic `{topic}` is in shard {shard}, but belongs to shard {home}"
            ));
        }
        summary.topics += s.topics;
        summary.pairs_compared += s.pairs_compared;
        summary.discrepancies += s.discrepancies;
        summary.statements_compared += s.statements_compared;
        for left in s
            .left_out
            .iter()
            .filter(|l| l.reason != report::OTHER_SHARD)
        {
            match summary
                .left_out
                .iter_mut()
                .find(|l| l.reason == left.reason)
            {
                Some(sum) => sum.statements += left.statements,
                None => summary.left_out.push(left.clone()),
            }
        }
        discrepancies.extend(report.discrepancies.iter().cloned());
    }
    let missing: Vec<String> = (1..=count)
        .zip(&seen)
        .filter(|(_, name)| name.is_none())
        .map(|(index, _)| Shard { index, count }.to_string())
        .collect();
    if !missing.is_empty() {
        return Err(Error::Usage(format!(
            "shard {} missing: merge needs the reports of shards 1 to {count}, each once",
            missing.join(", ")
        )));
    }
    summary
        .left_out
        .sort_by_key(|l| report::left_out_rank(&l.reason));
    check_accounting(&summary)?;
    // Topics are in one shard each, and each shard's findings are sorted by topic first: a
    // stable sort by topic alone puts the blocks in order and leaves each block as it was.
    discrepancies.sort_by(|a, b| a.topic.cmp(&b.topic));
    Ok(Report {
        version: report::VERSION,
        shard: None,
        summary,
        discrepancies,
    })
}

/// The shard of a report, or an error naming the file when it is not a shard report of this
/// version.
fn shard_of(name: &str, report: &Report) -> Result<Shard> {
    let wrong = |reason: String| Err(Error::invalid(name, None, None, reason));
    if report.version != report::VERSION {
        return wrong(format!(
            "report version {}, expected {}: merge reports of this version of discrepancy",
            report.version,
            report::VERSION
        ));
    }
    let Some(shard) = report.shard else {
        return wrong(
            "not a shard report (no `shard`): write each with `check --shard I/N --format json`"
                .into(),
        );
    };
    if shard.index == 0 || shard.index > shard.count {
        return wrong(format!("shard {shard}: I must be from 1 to N"));
    }
    Ok(shard)
}

/// Every statement read must be compared or left out, once: shards run on different input
/// (with the same number of statements) would not add up.
fn check_accounting(summary: &Summary) -> Result<()> {
    let left_out: usize = summary
        .left_out
        .iter()
        .map(|l: &LeftOut| l.statements)
        .sum();
    if summary.statements_compared + left_out == summary.statements {
        return Ok(());
    }
    Err(Error::Usage(format!(
        "the shard reports do not add up: {} read, but {} compared and {} left out; were \
         they run on the same input with the same options?",
        report::plural(summary.statements, "statement"),
        summary.statements_compared,
        left_out
    )))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::OTHER_SHARD;

    #[test]
    fn fnv1a64_matches_the_reference_values() {
        let cases: &[(&[u8], u64)] = &[
            (b"", 0xcbf2_9ce4_8422_2325),
            (b"a", 0xaf63_dc4c_8601_ec8c),
            (b"foobar", 0x8594_4171_f739_67e8),
        ];
        for &(bytes, hash) in cases {
            assert_eq!(fnv1a64(bytes), hash, "{bytes:?}");
        }
    }

    #[test]
    fn every_topic_is_kept_by_exactly_one_shard() {
        for topic in ["", "aid", "military-aid", "élections", "(none)", "Energy"] {
            for count in [1, 2, 3, 7, 8] {
                let keepers: Vec<u32> = (1..=count)
                    .filter(|&index| Shard { index, count }.keeps(topic))
                    .collect();
                assert_eq!(keepers.len(), 1, "{topic:?} of {count}: {keepers:?}");
                let expected = u32::try_from(fnv1a64(topic.as_bytes()) % u64::from(count));
                assert_eq!(keepers[0], expected.unwrap() + 1, "{topic:?} of {count}");
            }
        }
    }

    /// Shard `index` of 2 over 6 statements: `compared` of its own, `left_out` as given, and a
    /// finding on each of `topics`.
    fn half(index: u32, topics: &[&str], compared: usize, left_out: &[(&str, usize)]) -> Report {
        let mut report = report::sample();
        let finding = report.discrepancies[0].clone();
        report.shard = Some(Shard { index, count: 2 });
        report.summary = Summary {
            statements: 6,
            topics: topics.len(),
            sources: 3,
            pairs_compared: compared,
            discrepancies: topics.len(),
            statements_compared: compared,
            left_out: left_out
                .iter()
                .map(|&(reason, statements)| LeftOut {
                    reason: reason.into(),
                    statements,
                })
                .collect(),
        };
        report.discrepancies = topics
            .iter()
            .map(|&topic| report::Discrepancy {
                topic: topic.into(),
                ..finding.clone()
            })
            .collect();
        report
    }

    #[test]
    fn merges_counts_reasons_and_topic_blocks_as_one_run_gives_them() {
        let topics = ["Zebra", "aid", "aid", "b", "c", "d", "e", "f", "élections"];
        let of = |index| -> Vec<&str> {
            (topics.iter().copied())
                .filter(|t| Shard::of(t, 2).index == index)
                .collect()
        };
        let (one, two) = (of(1), of(2));
        assert!(!one.is_empty() && !two.is_empty(), "{one:?} {two:?}");
        let denied = "attribution denied: not the source's claim";
        let alone = "no other source on the topic";
        let reports = [
            // Listed before shard 1, whose reasons come first in one run: the merged order
            // must not be the order first seen.
            (
                "b.json".to_string(),
                half(2, &two, 2, &[(denied, 1), (OTHER_SHARD, 3)]),
            ),
            (
                "a.json".to_string(),
                half(1, &one, 1, &[(alone, 2), (OTHER_SHARD, 3)]),
            ),
        ];
        let merged = merge(&reports).unwrap();
        assert_eq!(merged.shard, None);
        let s = &merged.summary;
        assert_eq!((s.statements, s.sources, s.statements_compared), (6, 3, 3));
        assert_eq!((s.topics, s.discrepancies), (topics.len(), topics.len()));
        let reasons: Vec<(&str, usize)> = s
            .left_out
            .iter()
            .map(|l| (l.reason.as_str(), l.statements))
            .collect();
        assert_eq!(reasons, [(alone, 2), (denied, 1)]);
        let order: Vec<&str> = merged
            .discrepancies
            .iter()
            .map(|d| d.topic.as_str())
            .collect();
        assert_eq!(order, topics);
    }

    #[test]
    fn refuses_shards_that_do_not_fit_together() {
        let whole = |index| half(index, &[], 3, &[(OTHER_SHARD, 3)]);
        let topic = ["a", "b", "c", "d"]
            .into_iter()
            .find(|t| Shard::of(t, 2).index == 2);
        let mut stray = whole(1);
        stray.discrepancies = half(2, &[topic.unwrap()], 0, &[]).discrepancies;
        let cases = [
            (stray, whole(2), "1.json: topic `"),
            (
                whole(1),
                half(2, &[], 2, &[(OTHER_SHARD, 3)]),
                "do not add up: 6 statements",
            ),
        ];
        for (a, b, message) in cases {
            let reports = [("1.json".to_string(), a), ("2.json".to_string(), b)];
            let err = merge(&reports).unwrap_err().to_string();
            assert!(err.contains(message), "{err}");
        }
        assert!(merge(&[("1.json".into(), whole(1)), ("2.json".into(), whole(2))]).is_ok());
    }

    #[test]
    fn parses_i_of_n() {
        let cases = [
            ("1/1", Ok((1, 1))),
            ("2/8", Ok((2, 8))),
            ("8/8", Ok((8, 8))),
            ("0/3", Err("I must be from 1 to 3")),
            ("4/3", Err("I must be from 1 to 3")),
            ("1/0", Err("N, the number of shards, must be at least 1")),
            ("3", Err("expected I/N")),
            ("a/b", Err("expected I/N")),
            ("+1/3", Err("expected I/N")),
            ("1/3/5", Err("expected I/N")),
            (" 1/3", Err("expected I/N")),
            ("", Err("expected I/N")),
        ];
        for (text, expected) in cases {
            match (text.parse::<Shard>(), expected) {
                (Ok(shard), Ok((index, count))) => {
                    assert_eq!(shard, Shard { index, count }, "{text:?}");
                    assert_eq!(shard.to_string(), text);
                }
                (Err(message), Err(part)) => assert!(message.contains(part), "{text:?}: {message}"),
                (got, _) => panic!("{text:?}: {got:?}"),
            }
        }
    }
}
