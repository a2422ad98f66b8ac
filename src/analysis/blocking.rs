//! Candidate pairs by blocking, for topics of more than [`BLOCK_ABOVE`] statements: compare
//! only statements that share a salient term, found through an inverted index, instead of
//! every pair. A term is a content word's stem, or one of its WordNet senses (so that "aid"
//! still meets "assistance"). Terms too common to say that two statements are about the same
//! thing are left out of the index (they would make every pair a candidate): those used by more
//! statements than a quarter of the topic or 50, whichever is fewer, but never fewer than 5% of
//! the topic.
//!
//! Blocking can miss a finding whose statements share only common words; `--exhaustive`
//! compares every pair. The README gives the measured share of findings kept.

use super::text::{Class, Text};
use rustc_hash::FxHashMap;

/// Topics with more statements than this are blocked; smaller ones compare every pair.
pub const BLOCK_ABOVE: usize = 50;

/// A term is too common to index when more than this share of the topic's statements use it.
const MAX_SHARE: f64 = 0.05;

/// The salient terms of a text: content stems and sense ids (some more than once).
fn terms(text: &Text) -> impl Iterator<Item = u64> + '_ {
    let content = text.tokens.iter().filter(|t| t.class == Class::Content);
    content.flat_map(|token| {
        let senses = token.senses.into_iter().flat_map(|senses| senses.ids());
        std::iter::once(token.stem_id).chain(senses.map(|id| u64::from(id) | 1 << 63))
    })
}

/// For each member (by position in `members`, which are `(statement, source bucket)` sorted by
/// statement, and in `texts`, their tokens), the later members it shares an indexed term with, from another source (or any,
/// with `within_source`), sorted.
pub fn candidates(
    members: &[(usize, usize)],
    texts: &[Text],
    within_source: bool,
) -> Vec<Vec<usize>> {
    // Each term is numbered as it is first met, and each text's terms become their numbers,
    // each once: one hash lookup per term of a text, none when the postings are read.
    let mut numbers: FxHashMap<u64, usize> = FxHashMap::default();
    // How many texts use each numbered term, and the last that did (plus one).
    let mut uses: Vec<usize> = Vec::new();
    let mut last: Vec<usize> = Vec::new();
    let of: Vec<Vec<usize>> = texts
        .iter()
        .enumerate()
        .map(|(k, text)| {
            let mut of_text = Vec::new();
            for term in terms(text) {
                let number = *numbers.entry(term).or_insert_with(|| {
                    uses.push(0);
                    last.push(0);
                    uses.len() - 1
                });
                if last[number] != k + 1 {
                    last[number] = k + 1;
                    uses[number] += 1;
                    of_text.push(number);
                }
            }
            of_text
        })
        .collect();
    // A quarter of the topic or 50, whichever is fewer, but at least 5% of the topic.
    let cap = ((members.len() as f64 * MAX_SHARE) as usize).max(members.len().min(200) / 4);
    // The postings of the indexed terms, one after the other: those of term `t` are
    // `postings[start[t]..start[t + 1]]`, in the order of the texts. A term used more than
    // `cap` times has none.
    let mut start = Vec::with_capacity(uses.len() + 1);
    start.push(0);
    for &n in &uses {
        let indexed = if n <= cap { n } else { 0 };
        start.push(start[start.len() - 1] + indexed);
    }
    let mut postings = vec![0; start[uses.len()]];
    let mut filled = start.clone();
    for (k, terms) in of.iter().enumerate() {
        for &t in terms.iter().filter(|&&t| uses[t] <= cap) {
            postings[filled[t]] = k;
            filled[t] += 1;
        }
    }
    // `seen[m] == k + 1` when m is already among k's candidates: each is taken once, without
    // sorting the many repeats away.
    let mut seen = vec![0; members.len()];
    let mut later = Vec::new();
    of.iter()
        .enumerate()
        .map(|(k, terms)| {
            later.clear();
            for &t in terms {
                let list = &postings[start[t]..start[t + 1]];
                let first = list.partition_point(|&m| m <= k);
                for &m in &list[first..] {
                    if seen[m] != k + 1 && (within_source || members[m].1 != members[k].1) {
                        seen[m] = k + 1;
                        later.push(m);
                    }
                }
            }
            later.sort_unstable();
            later.clone()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The candidates of a topic of `texts`, each from the source at the same place of
    /// `sources`, as (first, second) member pairs.
    fn pairs(texts: &[&str], sources: &[usize], within_source: bool) -> Vec<(usize, usize)> {
        let members: Vec<(usize, usize)> = sources.iter().copied().enumerate().collect();
        let texts: Vec<Text> = texts.iter().map(|t| Text::new(t)).collect();
        candidates(&members, &texts, within_source)
            .into_iter()
            .enumerate()
            .flat_map(|(k, later)| later.into_iter().map(move |m| (k, m)))
            .collect()
    }

    #[test]
    fn pairs_share_a_salient_term() {
        // A topic of 200 statements about the ceasefire (too common to index), among them
        // four about the harbour, two about aid (which shares a sense with "assistance").
        let mut texts = vec!["The ceasefire holds"; 200];
        texts[0] = "The harbour at Odesa reopened during the ceasefire";
        texts[1] = "The harbour at Odesa did not reopen";
        texts[2] = "Military aid was discussed";
        texts[3] = "Assistance was not discussed";
        texts[4] = "Odesa harbour reopened";
        let sources: Vec<usize> = (0..200).map(|k| k % 2).collect();
        let found = pairs(&texts, &sources, false);
        // Harbour and Odesa join 0, 1 and 4 (0 and 4 are of one source); aid meets assistance.
        assert_eq!(found, [(0, 1), (1, 4), (2, 3)]);
        // Within sources, 0 and 4 pair up too.
        assert_eq!(
            pairs(&texts, &sources, true),
            [(0, 1), (0, 4), (1, 4), (2, 3)]
        );
    }
}
