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

/// A user's topic list, in file order.
#[derive(Debug, Clone, PartialEq)]
pub struct TopicList {
    pub topics: Vec<UserTopic>,
}

/// One topic of the list and the keywords that put a statement on it.
#[derive(Debug, Clone, PartialEq)]
pub struct UserTopic {
    pub name: String,
    pub keywords: Vec<Keyword>,
}

/// A keyword as written, and the run of stems it matches.
#[derive(Debug, Clone, PartialEq)]
pub struct Keyword {
    pub text: String,
    pub stems: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawList<'a> {
    #[serde(borrow)]
    topics: Vec<&'a RawValue>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTopic {
    name: String,
    keywords: Vec<String>,
}

impl TopicList {
    /// Reads a topic list file; errors name the file, line and column.
    pub fn read(path: &Path) -> Result<TopicList> {
        let bytes = std::fs::read(path).map_err(|source| Error::Read {
            path: path.to_path_buf(),
            source,
        })?;
        let name = path.display().to_string();
        let text = String::from_utf8(bytes).map_err(|err| {
            let at = err.utf8_error().valid_up_to();
            let (line, column) = line_column(&String::from_utf8_lossy(err.as_bytes()), at);
            Error::invalid(&name, Some(line), Some(column), "invalid UTF-8")
        })?;
        TopicList::parse(&name, &text)
    }

    /// Parses the text of a topic list, `name` being the file as messages show it:
    /// `{"topics": [{"name": "military-aid", "keywords": ["assistance", "military aid"]}]}`.
    pub fn parse(name: &str, text: &str) -> Result<TopicList> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let json_error = |base: usize, err: serde_json::Error| {
            let (line, column) = if err.line() == 0 {
                line_column(text, base)
            } else {
                let (line, column) = line_column(text, base);
                if err.line() == 1 {
                    (line, column + err.column().max(1) - 1)
                } else {
                    (line + err.line() - 1, err.column().max(1))
                }
            };
            Error::invalid(name, Some(line), Some(column), strip_position(&err))
        };
        match text.trim_start().chars().next() {
            None => return Err(Error::invalid(name, None, None, "empty file")),
            Some('{') => {}
            Some(_) => {
                serde_json::from_str::<&RawValue>(text).map_err(|err| json_error(0, err))?;
                return Err(Error::invalid(
                    name,
                    Some(1),
                    Some(1),
                    "expected an object with a `topics` array",
                ));
            }
        }
        let raw: RawList = serde_json::from_str(text).map_err(|err| json_error(0, err))?;
        if raw.topics.is_empty() {
            return Err(Error::invalid(
                name,
                Some(1),
                Some(1),
                "`topics` is empty: name at least one topic",
            ));
        }
        let mut topics: Vec<UserTopic> = Vec::with_capacity(raw.topics.len());
        for value in raw.topics {
            let base = value.get().as_ptr() as usize - text.as_ptr() as usize;
            let (line, column) = line_column(text, base);
            let invalid = |reason: String| Error::invalid(name, Some(line), Some(column), reason);
            let topic: RawTopic =
                serde_json::from_str(value.get()).map_err(|err| json_error(base, err))?;
            let topic_name = topic.name.trim().to_string();
            if topic_name.is_empty() {
                return Err(invalid("topic `name` is empty".into()));
            }
            if topic_name == NO_TOPIC {
                return Err(invalid(format!(
                    "topic name `{NO_TOPIC}` is kept for statements on no topic"
                )));
            }
            if topics.iter().any(|t| t.name == topic_name) {
                return Err(invalid(format!("duplicate topic name `{topic_name}`")));
            }
            if topic.keywords.is_empty() {
                return Err(invalid(format!("topic `{topic_name}` has no keywords")));
            }
            let mut keywords = Vec::with_capacity(topic.keywords.len());
            for keyword in topic.keywords {
                let stems = words(&Text::new(&keyword))
                    .into_iter()
                    .map(|(_, stem)| stem)
                    .collect::<Vec<_>>();
                if stems.is_empty() {
                    return Err(invalid(format!(
                        "topic `{topic_name}`: keyword `{keyword}` has no word to match \
                         (function words and punctuation are ignored)"
                    )));
                }
                keywords.push(Keyword {
                    text: keyword,
                    stems,
                });
            }
            topics.push(UserTopic {
                name: topic_name,
                keywords,
            });
        }
        Ok(TopicList { topics })
    }

    /// The topic whose keywords `text` matches most (distinct keywords; the first on a tie), if
    /// any matches.
    pub fn best(&self, text: &Text) -> Option<&UserTopic> {
        let words = words(text);
        let mut best: Option<(&UserTopic, usize)> = None;
        for topic in &self.topics {
            let matched = topic
                .keywords
                .iter()
                .filter(|k| contains_run(&words, &k.stems))
                .count();
            if matched > 0 && best.is_none_or(|(_, most)| matched > most) {
                best = Some((topic, matched));
            }
        }
        best.map(|(topic, _)| topic)
    }
}

/// The content and number tokens of `text` as (clause, stem), in order.
fn words(text: &Text) -> Vec<(usize, String)> {
    text.tokens
        .iter()
        .filter(|t| matches!(t.class, Class::Content | Class::Number(_)))
        .map(|t| (t.clause, t.stem.clone()))
        .collect()
}

/// Whether `stems` occur one after the other, in one clause, among `words`.
fn contains_run(words: &[(usize, String)], stems: &[String]) -> bool {
    words.windows(stems.len()).any(|window| {
        window.iter().all(|(clause, _)| *clause == window[0].0)
            && window.iter().zip(stems).all(|((_, w), s)| w == s)
    })
}

/// serde_json's message without its " at line 3 column 7" tail, which goes in front.
fn strip_position(err: &serde_json::Error) -> String {
    let text = err.to_string();
    match text.rfind(" at line ") {
        Some(at) => text[..at].to_string(),
        None => text,
    }
}

/// The 1-based line and column (in characters) of byte `at` of `text`.
fn line_column(text: &str, at: usize) -> (usize, usize) {
    let at = at.min(text.len());
    let before = &text[..at];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map(|i| i + 1).unwrap_or(0);
    (line, before[line_start..].chars().count() + 1)
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

/// A float ordered totally, for the merge queue.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Closeness(f64);

impl Eq for Closeness {}

impl PartialOrd for Closeness {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Closeness {
    fn cmp(&self, other: &Self) -> Ordering {
        self.0.total_cmp(&other.0)
    }
}

/// Average-link agglomeration of the documents (`terms`: each one's distinct term ids, common
/// terms left out; `postings`: each term's documents, ascending): the two closest clusters
/// merge while their mean pairwise closeness is at least [`MIN_SHARED`];
/// ties go to the pair of earliest clusters. Returns the clusters, each sorted, in order of
/// their first document.
fn cluster(terms: &[Vec<usize>], postings: &[Vec<usize>], idf: &[f64]) -> Vec<Vec<usize>> {
    let n = terms.len();
    let total: Vec<f64> = terms
        .iter()
        .map(|ts| ts.iter().map(|&t| idf[t]).sum())
        .collect();
    // Between clusters, the sum of their documents' pairwise closeness (absent: 0). Each
    // document's shared weight with every later one is summed through the terms' postings.
    let mut links: Vec<BTreeMap<usize, f64>> = vec![BTreeMap::new(); n];
    let mut shared = vec![0.0; n];
    let mut touched: Vec<usize> = Vec::new();
    for a in 0..n {
        for &t in &terms[a] {
            let later = &postings[t][postings[t].partition_point(|&b| b <= a)..];
            for &b in later {
                if shared[b] == 0.0 {
                    touched.push(b);
                }
                shared[b] += idf[t];
            }
        }
        touched.sort_unstable();
        for &b in &touched {
            let closeness = shared[b] / total[a].min(total[b]);
            shared[b] = 0.0;
            if closeness + EPSILON >= MIN_LINK {
                links[a].insert(b, closeness);
                links[b].insert(a, closeness);
            }
        }
        touched.clear();
    }
    let mut size = vec![1usize; n];
    let mut members: Vec<Vec<usize>> = (0..n).map(|i| vec![i]).collect();
    let mut alive = vec![true; n];
    let mut stamp = vec![0usize; n];
    type Entry = (Closeness, Reverse<usize>, Reverse<usize>, usize, usize);
    let mut queue: BinaryHeap<Entry> = BinaryHeap::new();
    let push = |queue: &mut BinaryHeap<Entry>,
                x: usize,
                y: usize,
                sum: f64,
                size: &[usize],
                stamp: &[usize]| {
        let mean = sum / (size[x] * size[y]) as f64;
        if mean + EPSILON >= MIN_SHARED {
            let (lo, hi) = (x.min(y), x.max(y));
            queue.push((
                Closeness(mean),
                Reverse(lo),
                Reverse(hi),
                stamp[lo],
                stamp[hi],
            ));
        }
    };
    for (a, near) in links.iter().enumerate() {
        for (&b, &sum) in near.range(a + 1..) {
            push(&mut queue, a, b, sum, &size, &stamp);
        }
    }
    while let Some((_, Reverse(lo), Reverse(hi), stamp_lo, stamp_hi)) = queue.pop() {
        if !alive[lo] || !alive[hi] || stamp[lo] != stamp_lo || stamp[hi] != stamp_hi {
            continue;
        }
        // Merge `hi` into `lo`.
        alive[hi] = false;
        size[lo] += size[hi];
        let moved = std::mem::take(&mut members[hi]);
        members[lo].extend(moved);
        let from_hi = std::mem::take(&mut links[hi]);
        links[lo].remove(&hi);
        for (z, sum) in from_hi {
            if z == lo {
                continue;
            }
            *links[lo].entry(z).or_default() += sum;
            links[z].remove(&hi);
            *links[z].entry(lo).or_default() += sum;
        }
        stamp[lo] += 1;
        let near: Vec<(usize, f64)> = links[lo].iter().map(|(&z, &s)| (z, s)).collect();
        for (z, sum) in near {
            push(&mut queue, lo, z, sum, &size, &stamp);
        }
    }
    let mut clusters: Vec<Vec<usize>> = (0..n)
        .filter(|&i| alive[i])
        .map(|i| {
            let mut m = std::mem::take(&mut members[i]);
            m.sort_unstable();
            m
        })
        .collect();
    clusters.sort_unstable_by_key(|m| m[0]);
    clusters
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::statement::Origin;

    /// The topic inferred for each text, nobody's name left out, no name taken.
    fn inferred(texts: &[&str]) -> Vec<Option<String>> {
        infer(texts, &[], &mut HashSet::new())
    }

    fn statement(id: &str, topic: &str, text: &str) -> Statement {
        Statement {
            id: id.into(),
            source: "Putin".into(),
            via: None,
            speaker: None,
            topic: topic.into(),
            date: None,
            text: text.into(),
            url: None,
            kind: None,
            cue: None,
            span: None,
            attribution_denied: false,
            topic_inferred: false,
            origin: Origin::default(),
        }
    }

    #[test]
    fn clusters_what_shares_a_subject_and_keeps_the_rest_apart() {
        // (texts, pairs of indices that must share a topic, pairs that must not)
        type Case<'a> = (&'a [&'a str], &'a [(usize, usize)], &'a [(usize, usize)]);
        let cases: &[Case] = &[
            (
                &[
                    "Military assistance and intelligence provision to Kiev must cease.",
                    "We talked about a lot, but assistance was not discussed.",
                    "175 prisoners were exchanged on March 19.",
                    "The prisoner exchange took place on March 19.",
                ],
                &[(0, 1), (2, 3)],
                &[(0, 2), (0, 3), (1, 2), (1, 3)],
            ),
            (
                // One word in common among many is a passing mention.
                &[
                    "The talks on energy infrastructure lasted two hours and covered many issues.",
                    "Energy prices rose sharply across Europe after the long cold winter.",
                ],
                &[],
                &[(0, 1)],
            ),
            (
                // Reporting verbs say how, not what about.
                &[
                    "The ministry said the bridge is open.",
                    "The ministry said prices will fall.",
                ],
                &[],
                &[(0, 1)],
            ),
            (
                // A short claim inside a long sentence is on its topic.
                &[
                    "Sanctions were not discussed.",
                    "Lifting sanctions on Russian banks and airlines was a key demand in the talks.",
                    "The weather in Riyadh was warm and sunny all week.",
                ],
                &[(0, 1)],
                &[(0, 2), (1, 2)],
            ),
            (
                // Average link: a third statement does not join a pair through one word of
                // one of them.
                &[
                    "The Black Sea ceasefire regime needs technical negotiations.",
                    "A ceasefire regime in the Black Sea needs technical negotiations.",
                    "The 30-day ceasefire was proposed by the envoy in Jeddah last week.",
                ],
                &[(0, 1)],
                &[(0, 2), (1, 2)],
            ),
        ];
        for (texts, together, apart) in cases {
            let topics = inferred(texts);
            for &(a, b) in *together {
                assert!(
                    topics[a].is_some() && topics[a] == topics[b],
                    "{:?} and {:?} should share a topic: {topics:?}",
                    texts[a],
                    texts[b]
                );
            }
            for &(a, b) in *apart {
                assert_ne!(
                    topics[a], topics[b],
                    "{:?} and {:?} should be apart",
                    texts[a], texts[b]
                );
            }
        }
    }

    #[test]
    fn names_topics_after_their_top_terms() {
        let cases: &[(&[&str], &[Option<&str>])] = &[
            (&["Assistance was not discussed."], &[Some("assistance")]),
            (
                &[
                    "The two leaders agreed on a prisoner exchange, 175 prisoners each.",
                    "A prisoner exchange was agreed, with 175 prisoners each.",
                ],
                &[Some("prisoner-exchange"), Some("prisoner-exchange")],
            ),
            (
                &[
                    "Strikes on energy infrastructure will pause.",
                    "Energy infrastructure is off limits.",
                ],
                &[Some("energy-infrastructure"), Some("energy-infrastructure")],
            ),
            // Nothing salient: nothing to infer from.
            (&["He said it was so."], &[None]),
            // Two singletons whose top word is the same get distinct names.
            (
                &["Sanctions stay.", "Sanctions go."],
                &[Some("sanctions"), Some("sanctions")],
            ),
            (
                // A topic of one statement is named after one word ("talks" is light).
                &["Ceasefire talks stall.", "Elections are due in May."],
                &[Some("ceasefire"), Some("elections")],
            ),
        ];
        for (texts, expected) in cases {
            let got = inferred(texts);
            let got: Vec<Option<&str>> = got.iter().map(Option::as_deref).collect();
            assert_eq!(got, *expected, "{texts:?}");
        }
    }

    #[test]
    fn names_are_unique_and_kebab_case() {
        let mut taken: HashSet<String> = ["aid".to_string()].into();
        let cases = [
            ("aid", "aid-2"),
            ("aid", "aid-3"),
            ("energy", "energy"),
            ("energy", "energy-2"),
        ];
        for (name, expected) in cases {
            assert_eq!(unique(name.into(), &mut taken), expected);
        }
        let cases = [
            ("Energy infrastructure", "energy-infrastructure"),
            ("black  sea", "black-sea"),
            ("переговоры", "переговоры"),
            ("a--b", "a-b"),
        ];
        for (words, expected) in cases {
            assert_eq!(kebab(words), expected, "{words:?}");
        }
    }

    #[test]
    fn sources_names_are_not_topics() {
        let texts = ["Putin agreed.", "Putin refused."];
        let with_names = infer(&texts, &["Putin"], &mut HashSet::new());
        assert_ne!(with_names[0], with_names[1]);
        // Without knowing the name, the shared word joins them.
        let without = inferred(&texts);
        assert_eq!(without[0], without[1]);
    }

    #[test]
    fn assign_touches_only_statements_without_a_topic() {
        let mut statements = vec![
            statement("a", "military-aid", "Military assistance must stop."),
            statement("b", NO_TOPIC, "Assistance was not discussed."),
            statement("c", NO_TOPIC, "Military assistance was discussed."),
            statement("d", NO_TOPIC, "He said so."),
        ];
        assign(&mut statements, &TopicOptions::default());
        let got: Vec<(&str, bool)> = statements
            .iter()
            .map(|s| (s.topic.as_str(), s.topic_inferred))
            .collect();
        assert_eq!(
            got,
            [
                ("military-aid", false),
                ("assistance", true),
                ("assistance", true),
                (NO_TOPIC, false),
            ]
        );
        // The same input gives the same topics.
        let mut again = statements.clone();
        for s in &mut again[1..] {
            s.topic = NO_TOPIC.into();
            s.topic_inferred = false;
        }
        assign(&mut again, &TopicOptions::default());
        assert_eq!(again, statements);
    }

    #[test]
    fn assigns_from_a_list_by_keyword() {
        let list = TopicList::parse(
            "t.json",
            r#"{"topics": [
                {"name": "military-aid", "keywords": ["assistance", "military aid", "weapons"]},
                {"name": "prisoners", "keywords": ["prisoner exchange", "weapons"]},
                {"name": "energy", "keywords": ["energy infrastructure", "power plants"]}
            ]}"#,
        )
        .unwrap();
        let cases = [
            ("Assistance was not discussed.", Some("military-aid")),
            ("Military aid to Kiev must stop.", Some("military-aid")),
            // By stem, function words between ignored.
            ("The prisoners were exchanged.", Some("prisoners")),
            ("The prisoners' exchange went ahead.", Some("prisoners")),
            // A tie goes to the first topic in the file.
            ("Weapons were delivered.", Some("military-aid")),
            // Most keywords wins.
            ("A prisoner exchange, and weapons.", Some("prisoners")),
            // A run of words must stand in one clause.
            ("Military, and aid.", None),
            (
                "Energy infrastructure and power plants are off limits.",
                Some("energy"),
            ),
            ("The weather was fine.", None),
        ];
        for (text, expected) in cases {
            let got = list.best(&Text::new(text)).map(|t| t.name.as_str());
            assert_eq!(got, expected, "{text:?}");
        }
        let mut statements = vec![
            statement("a", "given", "Assistance must stop."),
            statement("b", NO_TOPIC, "Assistance must stop."),
            statement("c", NO_TOPIC, "The weather was fine."),
        ];
        let options = TopicOptions { list: Some(list) };
        assign(&mut statements, &options);
        let got: Vec<(&str, bool)> = statements
            .iter()
            .map(|s| (s.topic.as_str(), s.topic_inferred))
            .collect();
        assert_eq!(
            got,
            [("given", false), ("military-aid", true), (NO_TOPIC, false)]
        );
    }

    #[test]
    fn a_bad_list_names_the_place() {
        let cases = [
            ("", "t.json: empty file"),
            ("[]", "t.json:1:1: expected an object with a `topics` array"),
            ("{}", "t.json:1:2: missing field `topics`"),
            (
                r#"{"topics": []}"#,
                "t.json:1:1: `topics` is empty: name at least one topic",
            ),
            (
                "{\"topics\": [\n  {\"name\": \"aid\", \"keyword\": [\"aid\"]}]}",
                "t.json:2:27: unknown field `keyword`, expected `name` or `keywords`",
            ),
            (
                "{\"topics\": [\n  {\"name\": \"x\", \"keywords\": [\"the\"]}]}",
                "t.json:2:3: topic `x`: keyword `the` has no word to match (function words and \
                 punctuation are ignored)",
            ),
            (
                r#"{"topics": [{"name": "aid", "keywords": ["aid"]}, {"name": "aid", "keywords": ["help"]}]}"#,
                "t.json:1:51: duplicate topic name `aid`",
            ),
            (
                r#"{"topics": [{"name": " ", "keywords": ["aid"]}]}"#,
                "t.json:1:13: topic `name` is empty",
            ),
            (
                r#"{"topics": [{"name": "a", "keywords": []}]}"#,
                "t.json:1:13: topic `a` has no keywords",
            ),
            (
                r#"{"topics": [{"name": "(none)", "keywords": ["a b"]}]}"#,
                "t.json:1:13: topic name `(none)` is kept for statements on no topic",
            ),
            (
                r#"{"topics": [{"name": "a", "keywords": "aid"}]}"#,
                "t.json:1:43: invalid type: string \"aid\", expected a sequence",
            ),
            ("{\"topics\": [1,", "t.json:1:14: EOF while parsing a value"),
        ];
        for (text, expected) in cases {
            match TopicList::parse("t.json", text) {
                Ok(list) => panic!("{text:?} parsed: {list:?}"),
                Err(err) => assert_eq!(err.to_string(), expected, "{text:?}"),
            }
        }
    }
}
