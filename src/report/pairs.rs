//! `--group-by source-pair`: findings grouped by the two sources that disagree, for the
//! overview of who contradicts whom. Shared by the table and Markdown reporters.

use super::Report;
use std::collections::BTreeMap;

/// Two sources and the discrepancies between them.
#[derive(Debug, Clone, PartialEq)]
pub struct SourcePair<'r> {
    /// The two source names, in sorted order.
    pub sources: (&'r str, &'r str),
    /// Indices into `report.discrepancies`, in report order.
    pub discrepancies: Vec<usize>,
    /// The topics they are on, sorted.
    pub topics: Vec<&'r str>,
}

/// The source pairs of a report: most discrepancies first, then by names.
pub fn source_pairs(report: &Report) -> Vec<SourcePair<'_>> {
    let mut pairs: BTreeMap<(&str, &str), SourcePair<'_>> = BTreeMap::new();
    for (index, d) in report.discrepancies.iter().enumerate() {
        let (x, y) = (d.a.source.as_str(), d.b.source.as_str());
        let key = if x <= y { (x, y) } else { (y, x) };
        let pair = pairs.entry(key).or_insert_with(|| SourcePair {
            sources: key,
            discrepancies: Vec::new(),
            topics: Vec::new(),
        });
        pair.discrepancies.push(index);
        if !pair.topics.contains(&d.topic.as_str()) {
            pair.topics.push(&d.topic);
        }
    }
    let mut pairs: Vec<SourcePair<'_>> = pairs.into_values().collect();
    for pair in &mut pairs {
        pair.topics.sort();
    }
    pairs.sort_by(|p, q| {
        q.discrepancies
            .len()
            .cmp(&p.discrepancies.len())
            .then(p.sources.cmp(&q.sources))
    });
    pairs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_by_the_two_sources_in_either_order() {
        let mut report = super::super::sample();
        let mut swapped = report.discrepancies[0].clone();
        std::mem::swap(&mut swapped.a, &mut swapped.b);
        swapped.topic = "aid".into();
        report.discrepancies.push(swapped);
        let pairs = source_pairs(&report);
        assert_eq!(pairs.len(), 1);
        assert_eq!(pairs[0].sources, ("Kremlin", "Trump"));
        assert_eq!(pairs[0].discrepancies, [0, 1]);
        assert_eq!(pairs[0].topics, ["aid", "military-aid"]);
    }
}
