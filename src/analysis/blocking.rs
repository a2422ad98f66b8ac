//! Candidate pairs by blocking, for large topics: compare only statements that share a salient
//! term, found through an inverted index, instead of every pair. A term is a content word's
//! stem, or one of its WordNet senses (so that "aid" still meets "assistance"); terms that half
//! the topic or more uses are too common to say two statements are about the same thing, and
//! are left out of the index (they would make every pair a candidate).
//!
//! Blocking can miss a finding whose statements share only common words; `--exhaustive`
//! compares every pair. The README gives the measured share of findings kept.

use super::text::{Class, Text};
use std::collections::HashMap;

/// Topics with more statements than this are blocked; smaller ones compare every pair.
pub const BLOCK_ABOVE: usize = 50;

/// A term is too common to index when more than this share of the topic's statements use it.
const MAX_SHARE: f64 = 0.05;

/// The salient terms of a text: content stems and sense ids, each once.
fn terms(text: &Text) -> Vec<u64> {
    let mut terms: Vec<u64> = Vec::new();
    for token in text.tokens.iter().filter(|t| t.class == Class::Content) {
        terms.push(token.stem_id);
        if let Some(senses) = token.senses {
            terms.extend(senses.ids().map(|id| u64::from(id) | 1 << 63));
        }
    }
    terms.sort_unstable();
    terms.dedup();
    terms
}

/// For each member (by position in `members`, which are `(statement, source bucket)` sorted by
/// statement, and in `texts`, their tokens), the later members it shares an indexed term with, from another source (or any,
/// with `within_source`), sorted.
pub fn candidates(
    members: &[(usize, usize)],
    texts: &[Text],
    within_source: bool,
) -> Vec<Vec<usize>> {
    let of: Vec<Vec<u64>> = texts.iter().map(terms).collect();
    let mut postings: HashMap<u64, Vec<usize>> = HashMap::new();
    for (k, terms) in of.iter().enumerate() {
        for &term in terms {
            postings.entry(term).or_default().push(k);
        }
    }
    let cap = ((members.len() as f64 * MAX_SHARE) as usize).max(members.len().min(200) / 4);
    postings.retain(|_, list| list.len() <= cap);
    of.iter()
        .enumerate()
        .map(|(k, terms)| {
            let mut later: Vec<usize> = terms
                .iter()
                .filter_map(|term| postings.get(term))
                .flat_map(|list| list.iter().copied().filter(|&m| m > k))
                .filter(|&m| within_source || members[m].1 != members[k].1)
                .collect();
            later.sort_unstable();
            later.dedup();
            later
        })
        .collect()
}
