//! Groups -> findings. Every pair of statements on one topic from different sources (and, with
//! `within_source`, from the same source) is aligned and run through each check; the evidence
//! the checks return becomes a scored [`Finding`] with a one-line explanation.
//!
//! Each check lives in its own file and decides one thing: `negation.rs` (`negated-claim`),
//! `numbers.rs` (`conflicting-number`), `antonyms.rs` (`antonym`), `dates.rs`
//! (`conflicting-date`), `names.rs` (`conflicting-name`), `quantifiers.rs` (`quantifier`).
//! `text.rs` tokenises each statement
//! once; `similarity.rs` aligns pairs.

mod antonym_table;
pub mod antonyms;
pub mod blocking;
pub mod dates;
pub mod lexicon;
pub mod names;
pub mod negation;
pub mod numbers;
pub mod quantifiers;
pub mod ranks;
pub mod similarity;
pub mod text;

use crate::group::Group;
use crate::statement::{Statement, attribution};
use rayon::prelude::*;
use serde::Serialize;
use std::sync::atomic::{AtomicU64, Ordering as AtomicOrdering};
use text::Text;

/// The default `--min-score`, chosen from the precision/recall sweep on labelled pairs (see
/// the README, "How good is it").
pub const DEFAULT_MIN_SCORE: f64 = 0.7;

/// How to analyse.
#[derive(Debug, Clone)]
pub struct Options {
    /// Findings scoring below this are not reported. Default [`DEFAULT_MIN_SCORE`].
    pub min_score: f64,
    /// Also compare statements of one source with each other (self-contradiction).
    pub within_source: bool,
    /// Compare every pair of a large topic, not only those that share a salient term
    /// ([`blocking`]).
    pub exhaustive: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            min_score: DEFAULT_MIN_SCORE,
            within_source: false,
            exhaustive: false,
        }
    }
}

/// What a finding flags, named in stable kebab-case (they read well after "allow").
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// A shared term affirmed in one statement and denied in the other.
    NegatedClaim,
    /// The same counted thing with different numbers.
    ConflictingNumber,
    /// Opposite words on a shared subject.
    Antonym,
    /// The same event with different dates.
    ConflictingDate,
    /// The same claim with another name: who, where, which body.
    ConflictingName,
    /// All of a group against an exception ("every state except Hungary"), or one member
    /// alone ("only the Greens") against two.
    Quantifier,
}

impl Kind {
    /// The kebab-case name: `Kind::NegatedClaim` -> `"negated-claim"`.
    pub fn name(self) -> &'static str {
        match self {
            Kind::NegatedClaim => "negated-claim",
            Kind::ConflictingNumber => "conflicting-number",
            Kind::Antonym => "antonym",
            Kind::ConflictingDate => "conflicting-date",
            Kind::ConflictingName => "conflicting-name",
            Kind::Quantifier => "quantifier",
        }
    }
}

/// What a marked word does in the evidence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    /// A word that makes the difference: a negation cue, the other number, the antonym.
    Cue,
    /// The shared term the statements disagree about.
    Term,
}

/// A word of a statement marked as evidence, with its byte span in the statement's text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Mark {
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub role: Role,
}

impl Mark {
    /// Marks token `index` of `text`.
    pub fn new(text: &Text, index: usize, role: Role) -> Mark {
        let span = text.tokens[index].span.clone();
        Mark {
            text: text.raw[span.clone()].to_string(),
            start: span.start,
            end: span.end,
            role,
        }
    }
}

/// What one check found in a pair.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Evidence {
    pub kind: Kind,
    /// The disputed point, as a word or short phrase: "assistance", "prisoners".
    pub point: String,
    /// How strongly this evidence alone says the two contradict, in [0, 1].
    pub strength: f64,
    /// Why the strength is what it is, in a sentence (for `--explain`).
    pub why: String,
    /// Marked words in statement a, then in b.
    pub a: Vec<Mark>,
    pub b: Vec<Mark>,
}

/// What a check found in a pair, before it is written out: the kind and strength, which
/// decide whether the pair is reported, and how to write the point, the reason and the marks,
/// which only a reported pair needs (most compared pairs score below `--min-score`).
pub struct Found<'t> {
    pub kind: Kind,
    pub strength: f64,
    details: Box<dyn FnOnce() -> Details + 't>,
}

/// The written part of [`Evidence`].
pub struct Details {
    pub point: String,
    pub why: String,
    pub a: Vec<Mark>,
    pub b: Vec<Mark>,
}

impl<'t> Found<'t> {
    pub fn new(kind: Kind, strength: f64, details: impl FnOnce() -> Details + 't) -> Found<'t> {
        Found {
            kind,
            strength,
            details: Box::new(details),
        }
    }

    /// Writes the evidence out.
    pub fn evidence(self) -> Evidence {
        let details = (self.details)();
        Evidence {
            kind: self.kind,
            point: details.point,
            strength: self.strength,
            why: details.why,
            a: details.a,
            b: details.b,
        }
    }
}

/// The verdict on one pair of texts, before it is tied to statements.
#[derive(Debug, Clone, PartialEq)]
pub struct Verdict {
    /// In [0, 1]: how sure the pair contradicts.
    pub score: f64,
    /// In [0, 1]: how alike the two texts are.
    pub similarity: f64,
    /// Strongest first.
    pub evidence: Vec<Evidence>,
    /// Either text is hedged ("may", "reportedly"): the score was lowered by a fifth.
    pub hedged: bool,
}

impl Verdict {
    /// The same verdict with the two statements' roles exchanged: marks swapped, and the
    /// point of an antonym ("raised / lowered") or of names ("Lyon / Marseille") turned round.
    pub fn swapped(mut self) -> Verdict {
        for evidence in &mut self.evidence {
            std::mem::swap(&mut evidence.a, &mut evidence.b);
            // "raised / lowered" names a's word first.
            if matches!(evidence.kind, Kind::Antonym | Kind::ConflictingName)
                && let Some((x, y)) = evidence.point.split_once(" / ")
            {
                evidence.point = format!("{y} / {x}");
            }
        }
        self
    }
}

/// A reported discrepancy between two statements.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    pub topic: String,
    /// Indices into the statements, `a` read before `b`.
    pub a: usize,
    pub b: usize,
    pub score: f64,
    pub similarity: f64,
    pub evidence: Vec<Evidence>,
    /// Either statement is hedged: the score was lowered by a fifth.
    pub hedged: bool,
    /// One line naming the disputed point and what each side says.
    pub explanation: String,
}

impl Finding {
    /// The kinds of evidence, each once, in a fixed order.
    pub fn kinds(&self) -> Vec<Kind> {
        let mut kinds: Vec<Kind> = self.evidence.iter().map(|e| e.kind).collect();
        kinds.sort();
        kinds.dedup();
        kinds
    }
}

/// The findings of a run and what was compared.
#[derive(Debug, Clone, Default)]
pub struct Analysis {
    /// Sorted by topic, then score (highest first), then input order.
    pub findings: Vec<Finding>,
    /// How many pairs were compared.
    pub pairs_compared: usize,
    /// For each statement, whether it was in at least one compared pair.
    pub compared: Vec<bool>,
    /// For each statement, whether it was left out of a large topic's comparisons because it
    /// shares no salient term with another source's statement there ([`blocking`]).
    pub unmatched: Vec<bool>,
}

/// Compares every eligible pair in `groups` and keeps those scoring at least `min_score`.
pub fn analyze(statements: &[Statement], groups: &[Group], options: &Options) -> Analysis {
    analyze_with_progress(statements, groups, options, &|_, _| {})
}

/// [`analyze`], calling `progress(done, total)` with the number of statements analysed so far
/// as it goes (from several threads at once), for a progress bar.
///
/// Topics are analysed one by one, in parallel: a topic's statements are tokenised, paired and
/// compared, and its tokens dropped before the next, so memory holds the tokens of the topics
/// in hand rather than of the whole input.
pub fn analyze_with_progress(
    statements: &[Statement],
    groups: &[Group],
    options: &Options,
    progress: &(dyn Fn(u64, u64) + Sync),
) -> Analysis {
    let total: u64 = groups
        .iter()
        .filter(|g| eligible(g, options))
        .map(|g| g.len() as u64)
        .sum();
    let done = AtomicU64::new(0);
    let tick = || {
        let now = done.fetch_add(1, AtomicOrdering::Relaxed) + 1;
        progress(now, total);
    };
    let results: Vec<Topic> = groups
        .par_iter()
        .map(|group| analyze_topic(statements, group, options, &tick))
        .collect();
    let mut analysis = Analysis {
        compared: vec![false; statements.len()],
        unmatched: vec![false; statements.len()],
        ..Analysis::default()
    };
    for topic in results {
        analysis.pairs_compared += topic.pairs;
        for i in topic.compared {
            analysis.compared[i] = true;
        }
        for i in topic.unmatched {
            analysis.unmatched[i] = true;
        }
        analysis.findings.extend(topic.findings);
    }
    // Sorted afterwards, so the output is the same whatever the number of threads.
    analysis.findings.sort_by(|p, q| {
        (&p.topic, q.score, p.a, p.b)
            .partial_cmp(&(&q.topic, p.score, q.a, q.b))
            .unwrap_or(std::cmp::Ordering::Equal)
    });
    analysis
}

/// Whether a group has pairs to compare: two sources or more (or, within sources, two
/// statements or more).
fn eligible(group: &Group, options: &Options) -> bool {
    group.sources.len() > 1 || (options.within_source && group.len() > 1)
}

/// What one topic gave.
#[derive(Default)]
struct Topic {
    findings: Vec<Finding>,
    pairs: usize,
    /// Statements in at least one compared pair.
    compared: Vec<usize>,
    /// Statements left out by blocking: they share no salient term with another source's.
    unmatched: Vec<usize>,
}

/// Analyses one topic, calling `tick` once for each of its statements as its pairs are done.
fn analyze_topic(
    statements: &[Statement],
    group: &Group,
    options: &Options,
    tick: &(dyn Fn() + Sync),
) -> Topic {
    if !eligible(group, options) {
        return Topic::default();
    }
    // (statement, source bucket), in input order.
    let mut members: Vec<(usize, usize)> = group
        .sources
        .iter()
        .enumerate()
        .flat_map(|(bucket, s)| s.statements.iter().map(move |&i| (i, bucket)))
        .collect();
    members.sort_unstable();
    let texts: Vec<Text> = members
        .par_iter()
        .with_min_len(64)
        .map(|&(i, _)| Text::new(&statements[i].text))
        .collect();
    // For each member, the later members to compare it with: all of another source (or any,
    // within sources), or in a large topic only those sharing a salient term.
    let later: Vec<Vec<usize>> = if !options.exhaustive && members.len() > blocking::BLOCK_ABOVE {
        blocking::candidates(&members, &texts, options.within_source)
    } else {
        (0..members.len())
            .map(|k| {
                (k + 1..members.len())
                    .filter(|&m| options.within_source || members[m].1 != members[k].1)
                    .collect()
            })
            .collect()
    };
    let mut compared = vec![false; members.len()];
    let mut pairs = 0;
    for (k, list) in later.iter().enumerate() {
        pairs += list.len();
        compared[k] |= !list.is_empty();
        for &m in list {
            compared[m] = true;
        }
    }
    let found: Vec<Vec<Finding>> = later
        .par_iter()
        .enumerate()
        .map(|(k, list)| {
            let x = members[k].0;
            let mut found = Vec::new();
            for &m in list {
                let y = members[m].0;
                let (tx, ty) = (&texts[k], &texts[m]);
                let Some(verdict) = compare_above(tx, ty, options.min_score) else {
                    continue;
                };
                if verdict.score < options.min_score {
                    continue;
                }
                let explanation = explain(group, &statements[x], &statements[y], tx, ty, &verdict);
                found.push(Finding {
                    topic: group.topic.clone(),
                    a: x,
                    b: y,
                    score: verdict.score,
                    similarity: verdict.similarity,
                    hedged: verdict.hedged,
                    evidence: verdict.evidence,
                    explanation,
                });
            }
            tick();
            found
        })
        .collect();
    let (was, was_not): (Vec<usize>, Vec<usize>) = (0..members.len()).partition(|&k| compared[k]);
    Topic {
        findings: found.into_iter().flatten().collect(),
        pairs,
        compared: was.into_iter().map(|k| members[k].0).collect(),
        unmatched: was_not.into_iter().map(|k| members[k].0).collect(),
    }
}

/// Runs every check on one pair; `None` when no check finds anything. The score combines the
/// evidence as independent signals (1 - Π(1 - strength)), lowered by a fifth when either
/// statement is hedged ("may", "reportedly"), and is rounded to three decimals.
///
/// ```
/// use discrepancy::analysis::{compare, text::Text};
/// let a = Text::new("The bridge is open");
/// let b = Text::new("The bridge is not open");
/// let verdict = compare(&a, &b).expect("a denial");
/// assert_eq!(verdict.evidence[0].kind.name(), "negated-claim");
/// assert!(compare(&a, &Text::new("Markets fell")).is_none());
/// // The order of the two does not matter.
/// assert_eq!(compare(&b, &a).unwrap().score, verdict.score);
/// ```
pub fn compare(a: &Text, b: &Text) -> Option<Verdict> {
    compare_above(a, b, 0.0)
}

/// [`compare`], but `None` also when the pair scores below `min_score`: the evidence is then
/// not written out, which is most of the cost of a pair that has some.
pub fn compare_above(a: &Text, b: &Text, min_score: f64) -> Option<Verdict> {
    // Alignment is greedy from one side: compare in a fixed order of the two texts, so that a
    // pair's verdict does not depend on which statement came first.
    if (b.order, &b.raw) < (a.order, &a.raw) {
        return compare_ordered(b, a, min_score).map(Verdict::swapped);
    }
    compare_ordered(a, b, min_score)
}

fn compare_ordered(a: &Text, b: &Text, min_score: f64) -> Option<Verdict> {
    // Every check needs one of these; most pairs have none, and are settled here.
    // A denial needs a word negated on one side, and opposite words need a word of `a` with
    // an antonym in `b` or opposite particles: without them those checks find nothing, and
    // are not run.
    let negated = a.any_negated || b.any_negated;
    let opposable = antonyms::any_opposite(a, b) || antonyms::any_opposite_particles(a, b);
    let possible = negated
        || numbers::may_conflict(a, b)
        || dates::may_conflict(a, b)
        || opposable
        || names::may_conflict(a, b)
        || (!a.ranks.is_empty() && !b.ranks.is_empty())
        || a.quantified.may_conflict(&b.quantified);
    if !possible {
        return None;
    }
    // Each thread aligns its pairs into one `Alignment`, whose vectors then serve pair after
    // pair.
    thread_local! {
        static ALIGNMENT: std::cell::RefCell<similarity::Alignment> = Default::default();
    }
    ALIGNMENT.with_borrow_mut(|alignment| {
        similarity::align_into(a, b, alignment);
        judge(a, b, alignment, negated, opposable, min_score)
    })
}

/// The checks of [`compare_ordered`] on a pair that may hold a discrepancy, given its
/// alignment, whether either side negates a word, and whether they may hold opposite words.
fn judge(
    a: &Text,
    b: &Text,
    alignment: &similarity::Alignment,
    negated: bool,
    opposable: bool,
    min_score: f64,
) -> Option<Verdict> {
    let mut found: Vec<Found> = Vec::new();
    let opposites = opposable
        .then(|| antonyms::antonym(a, b, alignment))
        .flatten();
    let negated_antonym = opposable && antonyms::negated_antonym(a, b, alignment);
    if negated && !negated_antonym {
        found.extend(negation::negated_claim(a, b, alignment));
    }
    found.extend(opposites);
    let overlap = similarity::overlap(a, b, alignment, None, None);
    found.extend(numbers::conflicting_number(a, b, alignment, overlap));
    if !a.ranks.is_empty() && !b.ranks.is_empty() {
        found.extend(ranks::conflicting_place(a, b, overlap));
    }
    found.extend(dates::conflicting_date(a, b, alignment, overlap));
    found.extend(quantifiers::quantifier(a, b, alignment));
    found.retain(|f| f.strength > 0.0);
    let names = distinct_names(a, b, alignment);
    let ordinals = distinct_ordinals(a, b, alignment);
    let one_region = ordinals.is_none() && one_region_only(a, b, alignment);
    let separate = ordinals.is_none() && separate_only(a, b);
    // (Looked for only when there is a figure or an opposite to weigh.)
    let division = ordinals.is_none()
        && found
            .iter()
            .any(|f| matches!(f.kind, Kind::ConflictingNumber | Kind::Antonym))
        && division_only(a, b, alignment);
    let anchored = shared_name(a, alignment);
    let disputed = a.disputed || b.disputed;
    // Opposite or denied things said at two different times may both be right: a change
    // ("pleaded not guilty in March" / "changed his plea to guilty in October").
    // "Never" and "always" speak of every time, so no date sets them apart.
    let every_time = |text: &Text| {
        text.tokens
            .iter()
            .any(|t| matches!(t.lower.as_str(), "never" | "always" | "ever"))
    };
    let changed = |kind: Kind| {
        matches!(kind, Kind::Antonym | Kind::NegatedClaim)
            && (dates::dated_apart(a, b) || dates::then_and_now(a, b))
            && !every_time(a)
            && !every_time(b)
    };
    // And the dates then date the change, not one event twice. So do the dates of an event
    // and of its undoing ("closed on Monday" / "reopened on Thursday").
    if found.iter().any(|f| changed(f.kind))
        || (found.iter().any(|f| f.kind == Kind::ConflictingDate) && (undoes(a, b) || undoes(b, a)))
    {
        found.retain(|f| f.kind != Kind::ConflictingDate);
    }
    for f in &mut found {
        if changed(f.kind) {
            f.strength *= DATED_APART_WEIGHT;
        }
        if names.is_some() {
            f.strength *= DISTINCT_NAMES_WEIGHT;
        } else if anchored && matches!(f.kind, Kind::ConflictingNumber | Kind::ConflictingDate) {
            f.strength = 1.0 - (1.0 - f.strength) * (1.0 - SHARED_NAME_WEIGHT);
        }
        let figure_or_opposite = matches!(f.kind, Kind::ConflictingNumber | Kind::Antonym);
        if ordinals.is_some()
            || separate
            || (f.kind == Kind::ConflictingNumber && one_region)
            || (figure_or_opposite && division)
        {
            f.strength *= DISTINCT_ORDINALS_WEIGHT;
        }
        if disputed {
            f.strength *= DISPUTED_WEIGHT;
        }
    }
    // A name is the one difference only when nothing else differs: with a denial, another
    // count or another date as well, two names more likely mean two events.
    // "... was also welcomed by the chairman" adds a name to the other's, and replaces none.
    // Or another one does the same thing: "Brennan won ..., edging out Valk" / "Valk won".
    let subject = names.is_none() && found.is_empty() && !a.names.is_empty() && !b.names.is_empty();
    let names = names.or_else(|| {
        subject
            .then(|| names::other_subject(a, b, alignment))
            .flatten()
    });
    if let Some(pair) = names.filter(|_| found.is_empty() && !names::adds(a) && !names::adds(b)) {
        // Another of a series as well ("the women's title" / "the men's title"): two titles,
        // each with its own winner.
        found.extend(
            names::conflicting_name(a, b, alignment, pair, subject).map(|mut f| {
                if ordinals.is_some() {
                    f.strength *= DISTINCT_ORDINALS_WEIGHT;
                }
                f
            }),
        );
    }
    found.retain(|f| f.strength > 0.0);
    if found.is_empty() {
        return None;
    }
    for f in &mut found {
        f.strength = round(f.strength);
    }
    found.sort_by(|p, q| q.strength.total_cmp(&p.strength).then(p.kind.cmp(&q.kind)));
    let mut score = 1.0 - found.iter().map(|f| 1.0 - f.strength).product::<f64>();
    if a.hedged || b.hedged {
        score *= 0.8;
    }
    let score = round(score);
    if score < min_score {
        return None;
    }
    let evidence = found
        .into_iter()
        .map(|f| {
            // The names weigh the other evidence; a name conflict is their own.
            let weighed = f.kind != Kind::ConflictingName;
            let changed = changed(f.kind);
            let mut evidence = f.evidence();
            if changed {
                evidence.why.push_str(&format!(
                    "; x {DATED_APART_WEIGHT}: each dates it differently, so it may have changed"
                ));
            }
            if let Some((x, y)) = names.filter(|_| weighed) {
                evidence.why.push_str(&format!(
                    "; x {DISTINCT_NAMES_WEIGHT}: each names what the other does not ({} / {}), \
                     so they may be about different things",
                    a.surface(&a.tokens[x]),
                    b.surface(&b.tokens[y])
                ));
            }
            if let Some((x, y)) = ordinals {
                evidence.why.push_str(&format!(
                    "; x {DISTINCT_ORDINALS_WEIGHT}: each speaks of another of a series ({} / \
                     {})",
                    a.surface(&a.tokens[x]),
                    b.surface(&b.tokens[y])
                ));
            }
            if separate {
                evidence.why.push_str(&format!(
                    "; x {DISTINCT_ORDINALS_WEIGHT}: one speaks of a separate, neighbouring or \
                     rival one, so they may be about different things"
                ));
            }
            if disputed {
                evidence.why.push_str(&format!(
                    "; x {DISPUTED_WEIGHT}: one reports a claim with its denial, and takes no side"
                ));
            }
            if one_region && evidence.kind == Kind::ConflictingNumber {
                evidence.why.push_str(&format!(
                    "; x {DISTINCT_ORDINALS_WEIGHT}: one names a region the other does not, so \
                     its figure may be a part"
                ));
            }
            fit(&mut evidence);
            evidence
        })
        .collect();
    Some(Verdict {
        score,
        similarity: round(similarity::similarity(a, b, alignment)),
        evidence,
        hedged: a.hedged || b.hedged,
    })
}

/// Moves the strings and lists of `evidence` that grew in steps (`format!`, `push_str`, a
/// mark pushed after the others) into allocations of their exact size. A reported pair's
/// evidence is held until the report is written; fitting it (and the explanation) lowered the
/// peak memory of a 100,000-statement run from about 245 to 220 MB.
fn fit(evidence: &mut Evidence) {
    for text in [&mut evidence.point, &mut evidence.why] {
        if text.capacity() > text.len() {
            *text = text.as_str().into();
        }
    }
    for marks in [&mut evidence.a, &mut evidence.b] {
        if marks.capacity() > marks.len() {
            let mut exact = Vec::with_capacity(marks.len());
            exact.append(marks);
            *marks = exact;
        }
    }
}

/// Whether `a` says a verb done again whose verb `b` says the opposite of: "reopened" against
/// "closed", "restarted" against "halted". Doing it again presupposes its undoing before, so
/// the two are a sequence. WordNet must make the word a kind of the verb ("reopen" is to open).
fn undoes(a: &Text, b: &Text) -> bool {
    a.tokens.iter().any(|t| {
        let Some(base) = t.lower.strip_prefix("re").filter(|rest| rest.len() >= 3) else {
            return false;
        };
        let base_stem = text::stem(base);
        let kind_of = matches!(
            (t.senses, lexicon::senses_of(&base_stem)),
            (Some(x), Some(y)) if matches!(
                lexicon::relate(x, y),
                Some(lexicon::Relation::Narrower | lexicon::Relation::Synonym)
            )
        );
        let id = text::stem_id(&base_stem);
        // When both say it was done again, their dates date that one event.
        kind_of
            && b.stem_ids.binary_search(&t.stem_id).is_err()
            && b.tokens
                .iter()
                .any(|u| u.opposites.is_some_and(|o| o.contains(&id)))
    })
}

/// Words that say what kind of place or body a name names ("Tavros Island", "Northwind
/// Airlines"): a name lengthened by one is the same name.
const NAME_HEADS: &[&str] = &[
    "airlines", "airport", "airways", "bay", "city", "county", "district", "group", "harbour",
    "island", "islands", "lake", "lines", "port", "province", "region", "river", "station",
    "valley",
];

/// How much evidence counts when each statement names a place, person or body that the other
/// does not ("... soldiers east of Tegrapor" / "... soldiers in Bralite"): they may well be
/// about two things.
const DISTINCT_NAMES_WEIGHT: f64 = 0.5;

/// How much opposite words or a denial count when the two statements give dates that do not
/// agree: what is said may have changed in between.
const DATED_APART_WEIGHT: f64 = 0.5;

/// How much evidence counts when each statement speaks of another member of a series ("the
/// first round of talks" / "the second round of talks"): two things, each perhaps right.
const DISTINCT_ORDINALS_WEIGHT: f64 = 0.5;

/// Points of the compass, which name one of a series of regions.
const COMPASS: &[&str] = &[
    "east", "eastern", "north", "northern", "south", "southern", "west", "western",
];

/// Whether a word picks one of a series: an ordinal ("first", "second", "3rd", "21st"), a
/// point of the compass ("northern", "east") or a side of a competition or survey ("men's",
/// "women's", "girls", "female").
pub(crate) fn is_ordinal(lower: &str) -> bool {
    // Possessives are dropped: "men's" is "men".
    const SIDES: &[&str] = &["boys", "female", "girls", "male", "men", "women"];
    if COMPASS.contains(&lower) || SIDES.contains(&lower) {
        return true;
    }
    const WORDS: &[&str] = &[
        "eighth", "fifth", "first", "fourth", "ninth", "second", "seventh", "sixth", "tenth",
        "third",
    ];
    WORDS.contains(&lower)
        || ["st", "nd", "rd", "th"].iter().any(|suffix| {
            lower
                .strip_suffix(suffix)
                .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
        })
}

/// The ordinals of `a` and `b` (token indices) that each modify a word both statements share
/// and align with nothing, if both have one: "the first round" / "the second round" speak of
/// two rounds. (An ordinal that is itself the claim, "finished first" / "finished second", is
/// followed by no shared word, and so is left to the other checks.)
fn distinct_ordinals(
    a: &Text,
    b: &Text,
    alignment: &similarity::Alignment,
) -> Option<(usize, usize)> {
    let find = |text: &Text, map: &[Option<usize>]| {
        text.ordinals
            .iter()
            .copied()
            .find(|&i| map[i].is_none() && map[i + 1].is_some())
    };
    Some((find(a, &alignment.a_to_b)?, find(b, &alignment.b_to_a)?))
}

/// Whether just one of the two statements places what it says in one of a series the other
/// does not name at all ("In the northern region, the party took 9 seats" / "The party won 42
/// seats"): its figure may be a part of the other's.
fn one_region_only(a: &Text, b: &Text, alignment: &similarity::Alignment) -> bool {
    let region = |text: &Text, map: &[Option<usize>]| {
        text.ordinals.iter().any(|&i| {
            COMPASS.contains(&text.tokens[i].lower.as_str())
                && map[i].is_none()
                && map[i + 1].is_none()
        })
    };
    region(a, &alignment.a_to_b) != region(b, &alignment.b_to_a)
}

/// Whether just one of the two statements speaks of "a separate" thing ("the senate rejected
/// a separate amendment to extend the mission" / "the senate approved the mission"): another
/// thing than the one it is set apart from, which may be what the other statement is about.
fn separate_only(a: &Text, b: &Text) -> bool {
    let separate = |text: &Text| {
        let tokens = &text.tokens;
        let opening = usize::from(tokens.first().is_some_and(|t| t.lower == "the"));
        tokens
            .windows(2)
            .any(|w| w[0].lower == "separate" && w[1].class == text::Class::Content)
            || tokens.get(opening..opening + 2).is_some_and(|w| {
                NEIGHBOURING.contains(&w[0].lower.as_str()) && w[1].class == text::Class::Content
            })
    };
    separate(a) != separate(b)
}

/// Words that, opening a statement, make its subject another of its kind than the one the
/// other statement speaks of: "Neighbouring Estrania will cut its budget", "The rival
/// Harbourline group bid". (Inside a statement they qualify something else: "beating two
/// rival bids", "pupils from the neighbouring school".)
const NEIGHBOURING: &[&str] = &["nearby", "neighboring", "neighbouring", "rival"];

/// Words for a part of a business or body: "the retail division", "its insurance arm".
/// ("department" and "unit" are left out: "the highways department said", "a 40-unit block".)
const DIVISIONS: &[&str] = &["arm", "division", "divisions", "subsidiaries", "subsidiary"];

/// Whether just one of the two statements speaks of a part of a business or body (no name:
/// "the Premier Division" is a league), which the other does not name ("Profits at Tellwright's retail division rose 4%" / "Tellwright
/// Group's profits fell 10%"): its figures and opposites may be the part's, not the whole's.
fn division_only(a: &Text, b: &Text, alignment: &similarity::Alignment) -> bool {
    let names = |text: &Text| {
        text.tokens
            .iter()
            .any(|t| DIVISIONS.contains(&t.lower.as_str()))
    };
    let unsaid = |text: &Text, map: &[Option<usize>]| {
        text.tokens
            .iter()
            .enumerate()
            .any(|(k, t)| DIVISIONS.contains(&t.lower.as_str()) && !t.proper && map[k].is_none())
    };
    (unsaid(a, &alignment.a_to_b) && !names(b)) || (unsaid(b, &alignment.b_to_a) && !names(a))
}

/// What evidence counts when one statement reports a claim together with its denial ("...,
/// an allegation her office denied"): it vouches for neither side.
const DISPUTED_WEIGHT: f64 = 0.5;

/// How much a name both statements give adds to a count or date conflict, as an independent
/// signal that the two speak of one thing ("1,240 households ... from the Severn flood zone" /
/// "400 households ... out of the Severn flood zone").
const SHARED_NAME_WEIGHT: f64 = 0.5;

/// Whether a name of `a` (not one of who says it) aligns with a word of `b`.
pub(crate) fn shared_name(a: &Text, alignment: &similarity::Alignment) -> bool {
    a.names.iter().any(|&i| alignment.a_to_b[i].is_some())
}

/// A name of `a` and a name of `b` that align with nothing in the other, if both have one
/// (token indices). A name is a word capitalised inside a sentence (days and months are not
/// names: [`Token::proper`](text::Token::proper)) that does not say who makes the claim
/// ([`Text::names`]).
fn distinct_names(a: &Text, b: &Text, alignment: &similarity::Alignment) -> Option<(usize, usize)> {
    // The run of capitalised words around token `i`.
    let run = |text: &Text, i: usize| names::run_around(text, i, |t, _| t.proper);
    // A name that only lengthens a name the other gives in full ("St Aldric's Hospital" /
    // "St Aldric's", "Brennock County Education Board" / "Brennock County", "Northwind
    // Airlines" / "Northwind") is no other name; "Harfield Rovers" / "Harfield United" differ
    // in both.
    let lengthens =
        |text: &Text, map: &[Option<usize>], other: &Text, back: &[Option<usize>], i| {
            run(text, i).any(|k| {
                map[k].is_some_and(|p| {
                    let whole = run(other, p);
                    // A one-word name lengthened only by a word of kind ("Tavros Island" /
                    // "Tavros"), not by another name ("Paul Keel" / "Keel").
                    let by_kind = run(text, i)
                        .filter(|&q| map[q].is_none())
                        .all(|q| NAME_HEADS.contains(&text.tokens[q].lower.as_str()));
                    (whole.clone().count() >= 2 || by_kind)
                        && whole.into_iter().all(|q| back[q].is_some())
                })
            })
        };
    // A name the other gives anywhere, if only as who says it, in a compound or as its people
    // ("Glenmoor Rail: Abbotsford-Lyle line suspended" / "Glenmoor Rail services between
    // Abbotsford and Lyle are suspended", "the Arvenia-Tolsk summit" / "the leaders of
    // Arvenia and Tolsk ... the Arvenian capital"), is no other name. A compound is given
    // when each of its parts is.
    let gives = |other: &Text, word: &str| {
        let prefix = word.get(..4);
        let kin = |part: &str| {
            part == word
                || (prefix.is_some() && part.get(..4) == prefix && similarity::demonym(part, word))
        };
        other.names.iter().any(|&k| kin(&other.tokens[k].lower))
            || (other.hyphen
                && other.tokens.iter().any(|t| {
                    let surface = other.surface(t);
                    surface.contains('-')
                        && surface.starts_with(|c: char| c.is_uppercase())
                        && surface.split('-').any(|part| kin(&part.to_lowercase()))
                }))
    };
    let absent = |text: &Text, i: usize, other: &Text| {
        let token = &text.tokens[i];
        other.stem_ids.binary_search(&token.stem_id).is_err()
            && !token
                .lower
                .split('-')
                .filter(|part| !part.is_empty())
                .all(|part| gives(other, part))
    };
    let unaligned = |text: &Text, map: &[Option<usize>], other: &Text, back: &[Option<usize>]| {
        text.names.iter().copied().find(|&i| {
            map[i].is_none() && absent(text, i, other) && !lengthens(text, map, other, back, i)
        })
    };
    Some((
        unaligned(a, &alignment.a_to_b, b, &alignment.b_to_a)?,
        unaligned(b, &alignment.b_to_a, a, &alignment.a_to_b)?,
    ))
}

fn round(x: f64) -> f64 {
    (x.clamp(0.0, 1.0) * 1000.0).round() / 1000.0
}

/// `assistance: Putin says "…cessation of military assistance…"; Trump (via Fox News) says
/// "assistance was not discussed"`
fn explain(
    group: &Group,
    sa: &Statement,
    sb: &Statement,
    a: &Text,
    b: &Text,
    verdict: &Verdict,
) -> String {
    let Some(top) = verdict.evidence.first() else {
        return String::new();
    };
    let snippet = |text: &Text, marks: &[Mark]| {
        let at = marks.first().map(|m| m.start).unwrap_or(0);
        clause_around(text, at)
    };
    // Sources as the group spells them (the first spelling seen).
    let who = |s: &Statement| {
        let name = group.source_name(&s.source).unwrap_or(&s.source);
        attribution(name, s.via.as_deref())
    };
    // Joined in one allocation of the exact length: the explanation is held until the report
    // is written, and `format!` would leave it room to grow.
    let (who_a, snippet_a) = (who(sa), snippet(a, &top.a));
    let (who_b, snippet_b) = (who(sb), snippet(b, &top.b));
    [
        top.point.as_str(),
        ": ",
        &who_a,
        " says \"",
        &snippet_a,
        "\"; ",
        &who_b,
        " says \"",
        &snippet_b,
        "\"",
    ]
    .concat()
}

/// The sentence of `text` holding byte `at`, cut to at most 12 words around it with "…".
fn clause_around(text: &Text, at: usize) -> String {
    let Some(index) = text.tokens.iter().position(|t| t.span.contains(&at)) else {
        return text.raw.clone();
    };
    // The sentence around the word: from the last full stop (or `;`) before it to the next.
    let ends_sentence = |i: &usize| matches!(text.tokens[*i].lower.as_str(), "." | "!" | "?" | ";");
    let start = (0..index)
        .rev()
        .find(ends_sentence)
        .map(|i| i + 1)
        .unwrap_or(0);
    let end = (index..text.tokens.len())
        .find(ends_sentence)
        .unwrap_or(text.tokens.len());
    let words: Vec<usize> = (start..end)
        .filter(|&i| {
            text.tokens[i].class != text::Class::Boundary || text.tokens[i].lower.len() > 1
        })
        .collect();
    let here = words.iter().position(|&i| i == index).unwrap_or(0);
    let from = here.saturating_sub(6).min(words.len().saturating_sub(12));
    let to = (from + 12).min(words.len());
    let (Some(&first), Some(&last)) = (words.get(from), words.get(to.saturating_sub(1))) else {
        return text.raw.clone();
    };
    let mut out = String::new();
    if from > 0 {
        out.push('…');
    }
    out.push_str(&text.raw[text.tokens[first].span.start..text.tokens[last].span.end]);
    if to < words.len() {
        out.push('…');
    }
    out
}

/// Aligned pairs, for the checks' unit tests.
#[cfg(test)]
pub(crate) fn aligned(a: &str, b: &str) -> (Text, Text, similarity::Alignment) {
    let (a, b) = (Text::new(a), Text::new(b));
    let alignment = similarity::align(&a, &b);
    (a, b, alignment)
}

/// Asserts of each case `(a, b, flagged)` whether the evidence `strength` finds in the aligned
/// pair reaches the default threshold: the loop of a check's table of cases.
#[cfg(test)]
pub(crate) fn assert_flags(
    cases: &[(&str, &str, bool)],
    strength: impl Fn(&Text, &Text, &similarity::Alignment) -> f64,
) {
    for &(x, y, flagged) in cases {
        let (a, b, al) = aligned(x, y);
        let got = strength(&a, &b, &al);
        assert_eq!(got >= DEFAULT_MIN_SCORE, flagged, "{x:?} / {y:?}: {got}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn score(a: &str, b: &str) -> f64 {
        compare(&Text::new(a), &Text::new(b)).map_or(0.0, |v| v.score)
    }

    /// Asserts of each case `(a, b, flagged)` whether the whole comparison reaches the
    /// default threshold.
    fn assert_scores(cases: &[(&str, &str, bool)]) {
        for &(x, y, flagged) in cases {
            let got = score(x, y);
            assert_eq!(got >= DEFAULT_MIN_SCORE, flagged, "{x:?} / {y:?}: {got}");
        }
    }

    #[test]
    fn to_be_killed_is_to_die() {
        let cases = [
            (
                "Nobody was killed when the tornado struck Pell County on Sunday",
                "Two people died after a tornado tore through Pell County on Sunday",
                true,
            ),
            (
                "No one died in the fire at the Dunmore mill",
                "Three workers were killed in the fire at the Dunmore mill",
                true,
            ),
            (
                "Two people were killed in the crash on the A40",
                "Two people died in the crash on the A40",
                false,
            ),
            // Said of the one who killed, it is no death of theirs.
            (
                "No one died in the fire at the Dunmore mill",
                "The fire at the Dunmore mill killed the owner's plans",
                false,
            ),
        ];
        assert_scores(&cases);
    }

    #[test]
    fn a_denied_degree_is_no_denial_of_the_event() {
        let cases = [
            (
                "No one was seriously injured in the Greave Road pile-up",
                "Four people were treated for minor injuries after the Greave Road pile-up",
                false,
            ),
            (
                "No one was seriously injured in the Greave Road pile-up",
                "Two people were seriously injured in the Greave Road pile-up",
                true,
            ),
            (
                "St Brannock's Cathedral has never been fully restored",
                "Parts of St Brannock's Cathedral were restored in the 1980s",
                false,
            ),
            (
                "St Brannock's Cathedral has never been fully restored",
                "St Brannock's Cathedral was fully restored in the 1980s",
                true,
            ),
            (
                "St Brannock's Cathedral has never been restored",
                "Parts of St Brannock's Cathedral were restored in the 1980s",
                true,
            ),
        ];
        assert_scores(&cases);
    }

    #[test]
    fn no_more_than_is_a_bound_not_a_denial() {
        let cases = [
            (
                "The car was travelling at no more than 45 mph",
                "The car was travelling at 40 mph",
                false,
            ),
            (
                "The car was travelling at no more than 45 mph",
                "The car was travelling at 70 mph",
                true,
            ),
            (
                "No fewer than 300 people attended the rally",
                "450 people attended the rally",
                false,
            ),
            (
                "No fewer than 300 people attended the rally",
                "280 people attended the rally",
                true,
            ),
            // A comparison with no figure is denied, and "not higher" agrees with "lower".
            (
                "Net borrowing was not higher than a year earlier",
                "Net borrowing was lower than a year before",
                false,
            ),
            // "no more" with no "than" still denies.
            (
                "No more trains will run to Selby",
                "Trains will run to Selby",
                true,
            ),
        ];
        assert_scores(&cases);
    }

    #[test]
    fn opposites_or_a_denial_at_two_dates_are_a_change() {
        let cases = [
            (
                "In March, Grange pleaded not guilty to embezzlement",
                "Grange changed his plea to guilty on the embezzlement charge in October",
                false,
            ),
            (
                "Grace Tolliver won the 2020 Easton mayoral race",
                "Grace Tolliver lost the 2024 Easton mayoral election",
                false,
            ),
            (
                "Daniel Okafor was jailed at Brayford Crown Court in 2019",
                "Daniel Okafor was released from prison in 2023",
                false,
            ),
            // A time gone ("last year", "two years ago") against now.
            (
                "The Quayside Gallery was closed for most of last year while its roof was repaired",
                "The Quayside Gallery is open now, with free entry on Sundays",
                false,
            ),
            (
                "Two years ago the Brede mine was still open",
                "The Brede mine is now closed",
                false,
            ),
            (
                "The Quayside Gallery was closed last year",
                "The Quayside Gallery was open last year",
                true,
            ),
            (
                "The Quayside Gallery is closed now",
                "The Quayside Gallery is open now",
                true,
            ),
            // One date: no change to read.
            (
                "Grace Tolliver won the 2020 Easton mayoral race",
                "Grace Tolliver lost the 2020 Easton mayoral race",
                true,
            ),
            // An event and its undoing ("reopened" presupposes the closing) are a sequence:
            // their dates date two events. Both saying it reopened is one event.
            (
                "The Sarvik border crossing was closed to all traffic on Monday",
                "The Sarvik crossing reopened to traffic on Thursday",
                false,
            ),
            (
                "The bridge, which had been closed since the flood, reopened on 14 March",
                "The bridge reopened on 21 March",
                true,
            ),
            // "not ... until" says when, and denies nothing: two dates of one event.
            (
                "Work on the new block is due to be finished in September 2025",
                "The new block will not be completed until spring 2026",
                true,
            ),
            // Opposites that describe the dates ("the opening day" / "the closing day") are the
            // dates' to compare, not a change between them.
            (
                "The Castleford regatta final was held on the opening Saturday, 2 May",
                "The Castleford regatta final took place on the closing day, Sunday 10 May",
                true,
            ),
            // "never" speaks of every time.
            (
                "The ferry has never been cancelled because of bad weather since it began in 1998",
                "The operator cancelled the ferry because of bad weather in 2011",
                true,
            ),
        ];
        assert_scores(&cases);
    }

    #[test]
    fn a_claim_reported_with_its_denial_takes_no_side() {
        // (a, b, whether the pair reaches the default threshold)
        let cases = [
            (
                "Campaigners said the Harrow mill had not treated its waste, an allegation the \
                 owners denied",
                "The Harrow mill treated its waste, the owners said",
                false,
            ),
            (
                "Campaigners said the Harrow mill had not treated its waste",
                "The Harrow mill treated its waste, the owners said",
                true,
            ),
            (
                "The rebels said they had captured the port of Vell, a claim the navy rejected",
                "The rebels did not capture the port of Vell",
                false,
            ),
            (
                "The rebels said they had captured the port of Vell",
                "The rebels did not capture the port of Vell",
                true,
            ),
        ];
        for (a, b, expected) in cases {
            assert_eq!(
                score(a, b) >= 0.7,
                expected,
                "{a:?} / {b:?}: {}",
                score(a, b)
            );
        }
    }

    #[test]
    fn another_of_a_series_weakens_the_evidence() {
        // (a, b, whether the pair reaches the default threshold)
        let cases = [
            (
                "The first round of talks ended without agreement",
                "The second round of talks produced an agreement",
                false,
            ),
            (
                "Velmont Bank's first-quarter profit fell 12%",
                "Velmont Bank's second-quarter profit rose 9%",
                false,
            ),
            // A division of a business only one names: its figures may be the part's.
            (
                "Harwell Group's profits fell 10% last year",
                "Profits at Harwell's catering division rose 4% last year",
                false,
            ),
            (
                "Harwell Group's catering arm made an operating profit of $30m last year",
                "Harwell Group reported operating profit of $95m for last year",
                false,
            ),
            (
                "Profits at Harwell's catering division fell 10% last year",
                "Profits at Harwell's catering arm rose 4% last year",
                true,
            ),
            // A region only one names: its figure may be a part of the other's.
            (
                "The Dalby Party won 42 seats in the general election",
                "In the northern region, the Dalby Party took 9 seats at the general election",
                false,
            ),
            (
                "The Dalby Party won 42 seats in the general election",
                "The Dalby Party took 9 seats at the general election",
                true,
            ),
            // A name does not align as a kind of a common word ("East" / "regional").
            (
                "Unemployment in the East Marches fell to 3.8% in the second quarter",
                "Unemployment in the West Marches rose to 5.2% in the second quarter, the \
                 regional bulletin shows",
                false,
            ),
            (
                "Recorded crime in the northern district rose by 6% last year",
                "Recorded crime in the southern district fell by 4% last year",
                false,
            ),
            (
                "Harfield's women's team won the league title on Sunday",
                "Harfield's men's team lost the league title on Sunday",
                false,
            ),
            (
                "Harfield's men's team won the league title on Sunday",
                "Harfield's men's team lost the league title on Sunday",
                true,
            ),
            // The same round: a contradiction.
            (
                "The second round of talks ended without agreement",
                "The second round of talks produced an agreement",
                true,
            ),
            // A neighbouring or rival one, opening the statement, is another.
            (
                "Kelvaria will increase its defence budget by 9% next year",
                "Neighbouring Estrania will cut its defence budget by 9% next year",
                false,
            ),
            // Inside it, "rival" qualifies something else.
            (
                "Kestrel Airways won the contract for the Halden routes, beating two rival bids",
                "Kestrel Airways lost its bid for the Halden routes",
                true,
            ),
            // "A separate" one is another than the one it is set apart from.
            (
                "The council approved the Elm Street bus lane on Monday",
                "On Monday the council rejected a separate plan for a bus lane on Elm Street",
                false,
            ),
            (
                "The council approved the Elm Street bus lane on Monday",
                "On Monday the council rejected the plan for a bus lane on Elm Street",
                true,
            ),
        ];
        for (a, b, flagged) in cases {
            assert_eq!(score(a, b) >= DEFAULT_MIN_SCORE, flagged, "{a:?} / {b:?}");
        }
    }

    #[test]
    fn different_names_weaken_the_evidence() {
        // (a, b, whether the pair reaches the default threshold)
        let cases = [
            // A name that only lengthens one the other gives is no other name.
            (
                "Turnout in Brennock County was 41% at the Harwell by-election",
                "Brennock County Council figures show turnout of 28% at the by-election",
                true,
            ),
            // The same place: a contradiction.
            (
                "The army did not close the bridge east of Tegrapor",
                "The army closed the bridge east of Tegrapor",
                true,
            ),
            // Two places: two bridges, perhaps both right.
            (
                "The army did not close the bridge east of Tegrapor",
                "The army closed the bridge in Bralite",
                false,
            ),
            // One role in two bodies, each named after "of": two holders, both right.
            (
                "Rhian Tovey was appointed chief constable of Kelmsford on Monday",
                "Owen Draycott was named chief constable of the neighbouring Ambrey force on Monday",
                false,
            ),
            (
                "Rhian Tovey was appointed chief constable of Kelmsford on Monday",
                "Owen Draycott was named chief constable of Kelmsford on Monday",
                true,
            ),
            // A place beside a place is the point, not another body.
            (
                "The 2026 summit of the Coral Sea forum will be held in Lautoka, Viti",
                "Coral Sea forum to hold its 2026 summit in Nukuloa, Tavara",
                true,
            ),
            // Names opening the sentences: a word no dictionary knows, before a name.
            (
                "Tarnside Water was fined £2m for the spill at Orford",
                "Kelham Water was fined £500,000 for the spill at Orford",
                false,
            ),
            (
                "Officials in Donetsk counted 175 prisoners",
                "Officials in Luhansk counted 170 prisoners",
                false,
            ),
            // Spellings of one name align, so they are not two names.
            (
                "Aid to Kiev was not discussed",
                "Aid to Kyiv was discussed",
                true,
            ),
            // Days and months are dates, not names.
            (
                "On Monday the port was not closed",
                "Late on Friday the port was closed",
                true,
            ),
            // Names of who says it are not what it is about.
            (
                "According to Kyiv, the dam was destroyed on Tuesday",
                "According to Moscow, the dam was not destroyed",
                true,
            ),
            (
                "Kyiv said the dam was destroyed",
                "Moscow denied that the dam was destroyed",
                true,
            ),
            (
                "The dam was destroyed, said Dmitry Kuleba",
                "The dam was not destroyed, said Peskov",
                true,
            ),
            // A name on one side only: nothing to weigh.
            (
                "The ceasefire around Bakhmut holds",
                "The ceasefire does not hold",
                true,
            ),
        ];
        for (a, b, flagged) in cases {
            let score = score(a, b);
            assert_eq!(
                score >= DEFAULT_MIN_SCORE,
                flagged,
                "{a:?} / {b:?}: {score}"
            );
        }
    }

    #[test]
    fn a_shared_name_strengthens_a_count_or_date_conflict() {
        // (a, b): the same count conflict, without and with a name both give.
        let cases = [
            (
                (
                    "The ministry said 1,240 households were evacuated from the flood zone",
                    "Officials confirmed that 400 households had been moved out of the flood zone",
                ),
                (
                    "The ministry said 1,240 households were evacuated from the Severn flood zone",
                    "Officials confirmed that 400 households had been moved out of the Severn \
                     flood zone",
                ),
            ),
            (
                (
                    "Records show the plant closed in 1987, putting 600 people out of work",
                    "According to archives, the plant shut its doors for good in 1994",
                ),
                (
                    "Records show the plant in Tarnow closed in 1987, putting 600 people out \
                     of work",
                    "According to archives, the plant in Tarnow shut its doors for good in 1994",
                ),
            ),
        ];
        for ((a, b), (named_a, named_b)) in cases {
            let (plain, named) = (score(a, b), score(named_a, named_b));
            // At least what an independent signal of 0.5 adds, less a little for the overlap
            // the name itself brings.
            let boosted = 1.0 - (1.0 - plain) * 0.5;
            assert!(
                plain > 0.0 && named >= boosted - 0.05,
                "{plain} / {named}: {named_a:?}"
            );
        }
    }

    #[test]
    fn a_name_lengthened_by_a_word_of_kind_is_the_same_name() {
        // "Tavros Island" is "Tavros": the names in dispute are the operators.
        let verdict = compare(
            &Text::new("The ferry that capsized off Tavros Island was run by Blue Meridian Lines"),
            &Text::new("The ferry that capsized off Tavros was run by Aegis Sea Transport"),
        )
        .expect("another operator");
        assert_eq!(
            verdict.evidence[0].point,
            "Blue Meridian Lines / Aegis Sea Transport"
        );
    }

    #[test]
    fn a_compound_of_names_the_other_gives_is_no_other_name() {
        // The date conflict is not halved as if the two spoke of different things: each part
        // of "Arvenia-Tolsk" is given by the other, "Arvenia" as its people's adjective too.
        let cases = [
            (
                "The leaders of Arvenia and Tolsk will meet in the Arvenian capital on 14 March",
                "The Arvenia-Tolsk summit will take place on March 21",
            ),
            (
                "The Arvenian and Tolskan leaders will meet in Sovra on 14 March",
                "The Arvenia-Tolsk summit in Sovra will take place on March 21",
            ),
        ];
        for (a, b) in cases {
            let verdict = compare(&Text::new(a), &Text::new(b)).expect("another date");
            let why = &verdict.evidence[0].why;
            assert!(!why.contains("each names"), "{a:?} / {b:?}: {why}");
        }
        // A compound with a part the other does not give still names something else.
        let verdict = compare(
            &Text::new("The leaders of Arvenia and Tolsk will meet on 14 March"),
            &Text::new("The Arvenia-Kessel summit will take place on March 21"),
        )
        .expect("another date");
        assert!(verdict.evidence[0].why.contains("each names"));
    }

    #[test]
    fn an_antonym_point_names_the_first_statements_word_first() {
        let (a, b) = ("Prices rose sharply", "Prices fell sharply");
        for (x, y) in [(a, b), (b, a)] {
            let verdict = compare(&Text::new(x), &Text::new(y)).expect("opposite words");
            let expected = format!(
                "{} / {}",
                x.split(' ').nth(1).unwrap(),
                y.split(' ').nth(1).unwrap()
            );
            assert_eq!(verdict.evidence[0].point, expected);
        }
    }
}
