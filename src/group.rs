//! Statements -> groups: one group per topic, and within it one bucket per source, so that
//! the analysis compares statements of different sources on the same topic. Sources are
//! matched by [`source_key`] ("The Kremlin" and "kremlin" are one); the spelling first seen is
//! the one reports show.

use crate::statement::{Statement, source_key};
use std::collections::BTreeMap;

/// The statements of one topic, bucketed by source.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    pub topic: String,
    /// Sources in order of first appearance.
    pub sources: Vec<SourceStatements>,
}

/// One source's statements on a topic, as indices into the statement list.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceStatements {
    /// The grouping key: `source_key` of the name.
    pub key: String,
    /// The name as first spelt.
    pub name: String,
    pub statements: Vec<usize>,
}

/// Groups statements by topic (topics sorted by name), then by source. Statements whose
/// attribution is denied are in no group: the report counts them as left out.
pub fn by_topic(statements: &[Statement]) -> Vec<Group> {
    let mut names: BTreeMap<String, String> = BTreeMap::new();
    let mut topics: BTreeMap<&str, Group> = BTreeMap::new();
    for (index, statement) in statements.iter().enumerate() {
        // "X did not say that ..." is not X's claim: nothing to compare it as.
        if statement.attribution_denied {
            continue;
        }
        let key = source_key(&statement.source);
        let name = names
            .entry(key.clone())
            .or_insert_with(|| statement.source.clone());
        let group = topics.entry(&statement.topic).or_insert_with(|| Group {
            topic: statement.topic.clone(),
            sources: Vec::new(),
        });
        match group.sources.iter_mut().find(|s| s.key == key) {
            Some(bucket) => bucket.statements.push(index),
            None => group.sources.push(SourceStatements {
                key,
                name: name.clone(),
                statements: vec![index],
            }),
        }
    }
    topics.into_values().collect()
}

impl Group {
    /// How many statements the group holds.
    pub fn len(&self) -> usize {
        self.sources.iter().map(|s| s.statements.len()).sum()
    }

    /// Whether the group holds no statement.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The name a source is shown by in this group (its first spelling), if it is here.
    pub fn source_name(&self, source: &str) -> Option<&str> {
        let key = source_key(source);
        self.sources
            .iter()
            .find(|s| s.key == key)
            .map(|s| s.name.as_str())
    }

    /// The pairs to compare, as (earlier, later) statement indices: every pair from two
    /// different sources, and with `within_source` also every pair from one source.
    pub fn pairs(&self, within_source: bool) -> Vec<(usize, usize)> {
        let mut pairs = Vec::new();
        for (i, x) in self.sources.iter().enumerate() {
            if within_source {
                for (k, &p) in x.statements.iter().enumerate() {
                    for &q in &x.statements[k + 1..] {
                        pairs.push((p.min(q), p.max(q)));
                    }
                }
            }
            for y in &self.sources[i + 1..] {
                for &p in &x.statements {
                    for &q in &y.statements {
                        pairs.push((p.min(q), p.max(q)));
                    }
                }
            }
        }
        pairs.sort_unstable();
        pairs
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn statement(source: &str, topic: &str) -> Statement {
        Statement::new(&format!("{source}-{topic}"), source, topic, "x")
    }

    #[test]
    fn groups_by_topic_then_normalised_source() {
        let statements = [
            statement("The Kremlin", "aid"),
            statement("Trump", "aid"),
            statement("kremlin", "aid"),
            statement("Trump", "energy"),
        ];
        let groups = by_topic(&statements);
        assert_eq!(groups.len(), 2);
        assert_eq!(groups[0].topic, "aid");
        let names: Vec<&str> = groups[0].sources.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["The Kremlin", "Trump"]);
        assert_eq!(groups[0].sources[0].statements, [0, 2]);
        assert_eq!(groups[0].pairs(false), [(0, 1), (1, 2)]);
        assert_eq!(groups[0].pairs(true), [(0, 1), (0, 2), (1, 2)]);
        assert!(groups[1].pairs(false).is_empty());
    }
}
