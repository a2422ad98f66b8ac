//! Topics for statements that name none. `check` and `topics` run [`assign`] right after
//! reading, so that statements are compared only with statements on the same subject instead
//! of all together as `(none)`.
//!
//! Two ways, both deterministic and without training:
//!
//! - **Inferred** (the default): each statement is represented by its salient terms (content
//!   stems; reporting verbs such as "said" or "discussed", whose [`Token::weight`] is below 1,
//!   and capitalised words of the sources' own names are left out), each weighted by its
//!   inverse document frequency over the statements being assigned. Two statements are as close
//!   as the weight of the terms they share over the weight of the smaller one's terms (the
//!   share of the shorter statement that the other says, as `analysis::similarity::overlap`
//!   measures claims). Statements are then joined by average-link agglomeration: the closest
//!   two clusters merge while their mean pairwise closeness is at least [`MIN_SHARED`], which
//!   resists the chaining of single-link (A like B, B like C, so A with C). A
//!   topic is named after its top term, or its top two when they stand together in the text
//!   ("prisoner-exchange"); a statement that shares nothing with the others gets a topic of
//!   its own, named after its own top term.
//! - **From a list** (`--topics FILE`): `{"topics": [{"name": "military-aid", "keywords":
//!   ["assistance", "military aid"]}]}`; keywords match by stem, a multi-word keyword as a run
//!   of stems in one clause. A statement goes to the topic of which it matches the most
//!   keywords (the first in the file on a tie), or stays `(none)`.
//!
//! Either way only statements whose topic is [`NO_TOPIC`] are touched, and those given a topic
//! are marked `topic_inferred`.
//!
//! [`Token::weight`]: crate::analysis::text::Token::weight

use crate::analysis::text::{Class, Text, Token};
use crate::error::{Error, Result};
use crate::statement::{NO_TOPIC, Statement};
use serde::Deserialize;
use serde_json::value::RawValue;
use std::cmp::{Ordering, Reverse};
use std::collections::{BTreeMap, BinaryHeap, HashMap, HashSet};
use std::path::Path;

mod cluster;
mod keywords;
#[cfg(test)]
mod tests;

use cluster::cluster;
pub use keywords::{Keyword, TopicList, UserTopic};

/// The least mean closeness at which two clusters of statements merge: the terms two
/// statements share must make up at least a quarter of the weight of the smaller one's salient
/// terms. One distinctive word in common among two or three is a shared subject ("assistance
/// was not discussed" against a long sentence on "military assistance"); one among five or
/// more is a passing mention ("the conflict", "30 days"), and merging on those is what would
/// chain unrelated statements (aid, prisoners, energy) into one topic and compare them. A
/// third kept the Kremlin's "such assistance must cease" out of the aid topic of an extracted
/// article (its mean with Putin's long condition and Trump's short denial was 0.27); a quarter
/// joins it, and changes nothing on the hand-made seed statements (Rand index 0.917 either way).
pub const MIN_SHARED: f64 = 0.25;

/// A term in more statements than this marks no topic: it is dropped (which also bounds the
/// work on very large inputs, where such a term would pair every statement with every other).
/// A statement with no other salient term stays `(none)`.
const MAX_DOCUMENT_FREQUENCY: usize = 1000;

/// Pairs of statements less than half as close as a merge needs count as unrelated
/// (closeness 0) in the cluster means. Leaving them out can only lower a mean a little, which
/// keeps apart rather than joins; keeping them would make the work grow with every pair that
/// shares some common word (millions on 20,000 statements) rather than with the related pairs.
const MIN_LINK: f64 = MIN_SHARED / 2.0;

/// Room for rounding when comparing with [`MIN_SHARED`], so that exactly a third passes.
const EPSILON: f64 = 1e-9;

/// How `assign` chooses topics.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TopicOptions {
    /// The user's topics (`--topics FILE`); `None` infers topics from the statements' words.
    pub list: Option<TopicList>,
}

impl TopicOptions {
    /// The options for `--topics FILE` when given, else inferred topics.
    pub fn read(path: Option<&Path>) -> Result<TopicOptions> {
        let list = path.map(TopicList::read).transpose()?;
        Ok(TopicOptions { list })
    }
}

/// Gives every statement whose topic is [`NO_TOPIC`] a topic: from the user's list when there
/// is one, else inferred from the words of those statements. Statements given a topic are
/// marked `topic_inferred`; a statement that matches no keyword of the list, or has no salient
/// word to infer from, stays `(none)`.
pub fn assign(statements: &mut [Statement], options: &TopicOptions) {
    let pending: Vec<usize> = (0..statements.len())
        .filter(|&i| statements[i].topic == NO_TOPIC)
        .collect();
    if pending.is_empty() {
        return;
    }
    let names: Vec<Option<String>> = match &options.list {
        Some(list) => pending
            .iter()
            .map(|&i| list.best(&Text::new(&statements[i].text)))
            .map(|topic| topic.map(|t| t.name.clone()))
            .collect(),
        None => {
            let mut taken: HashSet<String> = statements
                .iter()
                .filter(|s| s.topic != NO_TOPIC)
                .map(|s| s.topic.clone())
                .collect();
            let mut people: Vec<&str> = statements.iter().map(|s| s.source.as_str()).collect();
            people.extend(statements.iter().filter_map(|s| s.speaker.as_deref()));
            let texts: Vec<&str> = pending
                .iter()
                .map(|&i| statements[i].text.as_str())
                .collect();
            infer(&texts, &people, &mut taken)
        }
    };
    for (i, name) in pending.into_iter().zip(names) {
        if let Some(name) = name {
            statements[i].topic = name;
            statements[i].topic_inferred = true;
        }
    }
}

/// One salient term occurrence of a statement.
#[derive(Debug, Clone)]
struct Occurrence {
    term: usize,
    /// The clause it is in: terms next to each other in one clause name a topic together.
    clause: usize,
}

/// The terms of the statements being assigned.
#[derive(Debug, Default)]
struct Vocabulary {
    ids: HashMap<String, usize>,
    /// For each term, the case-folded forms seen in all the statements, with counts: a topic
    /// is named with the most frequent.
    forms: Vec<BTreeMap<String, usize>>,
}

impl Vocabulary {
    fn id(&mut self, stem: &str) -> usize {
        if let Some(&id) = self.ids.get(stem) {
            return id;
        }
        let id = self.forms.len();
        self.ids.insert(stem.to_string(), id);
        self.forms.push(BTreeMap::new());
        id
    }
}

/// Infers a topic name for each of `texts` (None when a text has no salient term), never one
/// in `taken`, to which the names given are added. Words of `people` (the sources and
/// speakers) written with a capital are who speaks, not what about, and are left out.
fn infer(texts: &[&str], people: &[&str], taken: &mut HashSet<String>) -> Vec<Option<String>> {
    let names: HashSet<String> = people
        .iter()
        .flat_map(|p| Text::new(p).tokens)
        .filter(|t| t.class == Class::Content)
        .map(|t| t.stem)
        .collect();
    let mut vocabulary = Vocabulary::default();
    let mut documents: Vec<Vec<Occurrence>> = Vec::with_capacity(texts.len());
    for text in texts {
        let text = Text::new(text);
        let occurrences = text
            .tokens
            .iter()
            .filter(|t| salient(&text, t, &names))
            .map(|t| {
                let term = vocabulary.id(&t.stem);
                *vocabulary.forms[term].entry(t.lower.clone()).or_default() += 1;
                Occurrence {
                    term,
                    clause: t.clause,
                }
            })
            .collect();
        documents.push(occurrences);
    }
    // Each statement's distinct terms, sorted.
    let mut terms: Vec<Vec<usize>> = documents
        .iter()
        .map(|d| {
            let mut t: Vec<usize> = d.iter().map(|o| o.term).collect();
            t.sort_unstable();
            t.dedup();
            t
        })
        .collect();
    let mut postings: Vec<Vec<usize>> = vec![Vec::new(); vocabulary.forms.len()];
    for (doc, ts) in terms.iter().enumerate() {
        for &t in ts {
            postings[t].push(doc);
        }
    }
    let common: Vec<bool> = postings
        .iter()
        .map(|p| p.len() > MAX_DOCUMENT_FREQUENCY)
        .collect();
    for ts in &mut terms {
        ts.retain(|&t| !common[t]);
    }
    let n = texts.len() as f64;
    let idf: Vec<f64> = postings
        .iter()
        .map(|p| (1.0 + n / p.len().max(1) as f64).ln())
        .collect();
    let clusters = cluster(&terms, &postings, &idf);
    let mut result = vec![None; texts.len()];
    for members in clusters {
        let Some(name) = name(&members, &documents, &vocabulary, &idf, &common) else {
            continue;
        };
        let name = unique(name, taken);
        for &m in &members {
            result[m] = Some(name.clone());
        }
    }
    result
}

/// Whether token `t` of `text` is a salient term: a content word of full weight, not a
/// capitalised word of a source's name.
fn salient(text: &Text, t: &Token, names: &HashSet<String>) -> bool {
    let capital = text.surface(t).starts_with(char::is_uppercase);
    t.class == Class::Content && t.weight >= 1.0 && !(capital && names.contains(&t.stem))
}

/// A cluster's name: its top term by summed weight (idf times occurrences over the members;
/// ties to the longer word, more specific, then alphabetical), joined by the best-ranked term
/// that stands next to it in some member's text and is in at least two members, in text order:
/// "prisoner-exchange", "assistance". None when the members have no salient term.
fn name(
    members: &[usize],
    documents: &[Vec<Occurrence>],
    vocabulary: &Vocabulary,
    idf: &[f64],
    common: &[bool],
) -> Option<String> {
    let mut score: BTreeMap<usize, f64> = BTreeMap::new();
    let mut spread: BTreeMap<usize, usize> = BTreeMap::new();
    for &m in members {
        let mut seen = HashSet::new();
        for o in &documents[m] {
            if common[o.term] {
                continue;
            }
            *score.entry(o.term).or_default() += idf[o.term];
            if seen.insert(o.term) {
                *spread.entry(o.term).or_default() += 1;
            }
        }
    }
    let form = |term: usize| -> &str {
        // The most frequent form; ties alphabetical (the map is sorted, `max_by` keeps the last
        // maximum, so compare in reverse).
        vocabulary.forms[term]
            .iter()
            .rev()
            .max_by_key(|(_, count)| **count)
            .map(|(form, _)| form.as_str())
            .unwrap_or("")
    };
    let mut ranked: Vec<(usize, f64)> = score.into_iter().collect();
    ranked.sort_by(|&(x, sx), &(y, sy)| {
        sy.total_cmp(&sx)
            .then_with(|| form(y).chars().count().cmp(&form(x).chars().count()))
            .then_with(|| form(x).cmp(form(y)))
    });
    let &(top, _) = ranked.first()?;
    // Where `top` stands next to another salient term (same clause, no other salient term
    // between): (member, the other term, whether the other comes first).
    let neighbour = |other: usize| -> Option<bool> {
        members.iter().find_map(|&m| {
            documents[m].windows(2).find_map(|w| {
                let together = w[0].clause == w[1].clause;
                if together && w[0].term == top && w[1].term == other {
                    Some(false)
                } else if together && w[0].term == other && w[1].term == top {
                    Some(true)
                } else {
                    None
                }
            })
        })
    };
    let second = ranked[1..]
        .iter()
        .filter(|(t, _)| spread[t] >= 2)
        .find_map(|&(t, _)| neighbour(t).map(|first| (t, first)));
    let words = match second {
        Some((other, true)) => vec![form(other), form(top)],
        Some((other, false)) => vec![form(top), form(other)],
        None => vec![form(top)],
    };
    Some(kebab(&words.join(" ")))
}

/// Lowercase words joined by hyphens, anything but letters and digits dropped:
/// "Energy infrastructure" -> "energy-infrastructure".
fn kebab(words: &str) -> String {
    words
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join("-")
}

/// `name`, or `name-2`, `name-3`, ... when taken; the result is taken from then on.
fn unique(name: String, taken: &mut HashSet<String>) -> String {
    let mut candidate = name.clone();
    let mut n = 2;
    while taken.contains(&candidate) {
        candidate = format!("{name}-{n}");
        n += 1;
    }
    taken.insert(candidate.clone());
    candidate
}
