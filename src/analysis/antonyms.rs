//! The `antonym` check: opposite words on a shared subject ("the bridge is open" / "the bridge
//! is closed"), from WordNet 3.0's antonym relations (`antonym_table.rs`), matched by stem.
//!
//! A negated antonym agrees rather than contradicts ("it is not evil news" / "it is good
//! news"): [`negated_antonym`] finds those, so that the negation check leaves them alone.

use super::antonym_table::ANTONYMS;
use super::similarity::{Alignment, clause_said, either_clause, overlap};
use super::text::{Class, Text, Token, stem, stem_id};
use super::{Details, Found, Kind, Mark, Role};
use std::collections::HashMap;
use std::sync::OnceLock;

/// How much antonym evidence counts when either statement opens with an indefinite noun
/// phrase: on labelled pairs of such sentences ("A man is sitting" / "A man is standing") the
/// opposite words marked a contradiction 13 times out of 86.
const INDEFINITE_WEIGHT: f64 = 0.6;

/// How much opposite words count when one statement speaks of a whole and the other does not
/// ("across the country" / "in the capital"): the other may speak of a part, which may go the
/// other way.
const PART_WEIGHT: f64 = 0.5;

/// Words that make what a clause says a whole: those that make a figure one
/// ([`super::numbers::WHOLE`]: "across the country", "nationwide"), and "total" and
/// "overall", which before a noun say the same of a trend ("total revenue rose").
fn whole_word(lower: &str) -> bool {
    super::numbers::WHOLE.contains(&lower) || matches!(lower, "overall" | "total")
}

/// How much opposite words count when each is said of a thing the other statement names
/// otherwise: one head, told apart by a word before it that only one side says ("the wheat
/// harvest was the worst" / "the barley harvest was the best").
const OTHER_THING_WEIGHT: f64 = 0.5;

/// How alike two statements are at least when they say opposite things of one subject.
const SAME_SUBJECT: f64 = 0.8;

/// Opposite events that news reports set against each other and WordNet does not list as
/// antonyms (it pairs "approve" with "disapprove", not with "reject"): verbs as base forms,
/// and the nouns of results ("deficit" / "surplus", "loss" / "profit").
const EVENT_OPPOSITES: &[(&str, &str)] = &[
    ("acquit", "convict"),
    ("add", "remove"),
    ("ahead", "behind"),
    ("ahead", "trail"),
    ("lead", "trail"),
    ("alive", "die"),
    ("allow", "ban"),
    ("allow", "bar"),
    ("admit", "bar"),
    ("approve", "block"),
    ("approve", "reject"),
    ("arrest", "release"),
    ("arrive", "depart"),
    ("beat", "lose"),
    ("attend", "skip"),
    ("block", "open"),
    ("boost", "cut"),
    ("cancel", "complete"),
    ("abandon", "complete"),
    ("accelerate", "slow"),
    ("clear", "convict"),
    ("clear", "guilty"),
    ("continue", "end"),
    ("continue", "halt"),
    ("continue", "stop"),
    ("deficit", "surplus"),
    ("detain", "release"),
    ("enter", "leave"),
    ("expand", "reduce"),
    ("extend", "end"),
    ("extend", "lift"),
    ("extend", "shorten"),
    ("acquit", "guilty"),
    ("gain", "lose"),
    ("grant", "refuse"),
    ("grant", "reject"),
    ("hike", "cut"),
    ("hire", "fire"),
    ("impose", "lift"),
    ("imprison", "release"),
    ("jail", "release"),
    ("increase", "cut"),
    ("loss", "profit"),
    ("open", "shut"),
    ("pass", "defeat"),
    // "The motion was lost", and "the bill was defeated", read as losing.
    ("pass", "lose"),
    ("pass", "fail"),
    ("pass", "reject"),
    ("remain", "leave"),
    ("remain", "quit"),
    ("remain", "resign"),
    ("stay", "leave"),
    ("stay", "quit"),
    ("stay", "resign"),
    ("survive", "die"),
    ("raise", "cut"),
    ("resume", "suspend"),
    ("sign", "veto"),
    ("support", "oppose"),
    ("uphold", "overturn"),
    ("uphold", "quash"),
    ("win", "lose"),
];

/// Verbs that say a quantity went up, and verbs that say it went down: each of one list is
/// the opposite of each of the other ("turnout doubled" / "turnout slumped"). Only verbs whose
/// common sense is a change of amount; "jump" and "drop" are left out, as they mostly say what
/// a body or a hand does.
const RISE: &[&str] = &[
    "climb", "double", "expand", "grow", "increase", "rally", "rebound", "rise", "soar", "surge",
    "triple",
];
const FALL: &[&str] = &[
    "decline", "decrease", "fall", "halve", "plummet", "plunge", "shrink", "sink", "slide", "slip",
    "slump", "tumble",
];

/// Verbs that make an amount go up, and verbs that make it go down: each of one list is the
/// opposite of each of the other ("raised its rate" / "trimmed its rate").
const RAISE: &[&str] = &["boost", "hike", "increase", "raise"];
const LOWER: &[&str] = &["cut", "lower", "reduce", "slash", "trim"];

/// WordNet pairs left out: "first" / "second" (violin parts) name two members of a series
/// ("the first lockdown" / "the second lockdown"), which are two things, not opposites.
const NOT_OPPOSITES: &[(&str, &str)] = &[("first", "second")];

/// Whether two stems are antonyms: `("sit", "stand")` -> true (in either order).
///
/// Pairs that are antonyms only as nouns ("man" / "woman", "boy" / "girl") are left out: two
/// such nouns name two different things, which is no claim about one thing.
pub fn are_antonyms(x: &str, y: &str) -> bool {
    opposites(x).is_some_and(|o| o.contains(&stem_id(y)))
}

/// The stem ids of the antonyms of the word with stem `word_stem`, if it has any (noun-only
/// pairs left out, as above).
pub fn opposites(word_stem: &str) -> Option<&'static [u64]> {
    static TABLE: OnceLock<HashMap<String, Vec<u64>>> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let mut table: HashMap<String, Vec<u64>> = HashMap::new();
        let changes = RISE
            .iter()
            .flat_map(|p| FALL.iter().map(move |q| (p, q)))
            .chain(RAISE.iter().flat_map(|p| LOWER.iter().map(move |q| (p, q))))
            // "fees will fall" / "is raising its fees": the amount went, or was made to go,
            // the other way.
            .chain(RISE.iter().flat_map(|p| LOWER.iter().map(move |q| (p, q))))
            .chain(RAISE.iter().flat_map(|p| FALL.iter().map(move |q| (p, q))));
        let extra = EVENT_OPPOSITES
            .iter()
            .map(|(p, q)| (p, q))
            .chain(changes)
            .map(|(p, q)| (p, q, &"v"));
        for (p, q, pos) in ANTONYMS.iter().map(|(p, q, pos)| (p, q, pos)).chain(extra) {
            if *pos == "n" || NOT_OPPOSITES.contains(&(p, q)) {
                continue;
            }
            let (ps, qs) = (stems_of_forms(p, pos), stems_of_forms(q, pos));
            for x in &ps {
                for y in qs.iter().filter(|y| !ps.contains(y)) {
                    for (from, to) in [(x, y), (y, x)] {
                        let list = table.entry(from.clone()).or_default();
                        if !list.contains(&stem_id(to)) {
                            list.push(stem_id(to));
                        }
                    }
                }
            }
        }
        table
    });
    table.get(word_stem).map(Vec::as_slice)
}

/// The stems of a word's forms: a verb's stem may differ between its forms (Snowball stems
/// "add" to "add" but "added" to "ad"), so each form is looked up by its own.
pub(crate) fn stems_of_forms(word: &str, pos: &str) -> Vec<String> {
    let mut forms = vec![word.to_string()];
    if pos == "v" {
        let base = word.strip_suffix('e').unwrap_or(word);
        forms.extend([
            format!("{word}s"),
            format!("{base}ed"),
            format!("{base}ing"),
        ]);
    }
    let mut stems: Vec<String> = forms.iter().map(|f| stem(f)).collect();
    stems.sort();
    stems.dedup();
    stems
}

/// Whether some word of `a` has an antonym among the words of `b`: a quick test before the
/// full check.
#[inline]
pub fn any_opposite(a: &Text, b: &Text) -> bool {
    meet(&a.opposite_ids, &b.stem_ids)
        || (!a.unprefixed_ids.is_empty() && meet(&a.unprefixed_ids, &b.stem_ids))
        || (!b.unprefixed_ids.is_empty() && meet(&b.unprefixed_ids, &a.stem_ids))
}

/// Whether two sorted lists share an element.
fn meet(p: &[u64], q: &[u64]) -> bool {
    let (mut i, mut j) = (0, 0);
    while i < p.len() && j < q.len() {
        match p[i].cmp(&q[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => return true,
        }
    }
    false
}

/// Whether two words are opposites: antonyms, or one is the other with "un-" before it.
fn opposed(x: &Token, y: &Token) -> bool {
    x.opposites.is_some_and(|o| o.contains(&y.stem_id))
        || x.unprefixed == Some(y.stem_id)
        || y.unprefixed == Some(x.stem_id)
}

/// A particle after a verb, as a bit: "on" and "onto" 1, "off" 2, "in" and "into" 4, "out"
/// 8; 0 for any other word.
pub fn particle(lower: &str) -> u8 {
    match lower {
        "on" | "onto" => 1,
        "off" => 2,
        "in" | "into" => 4,
        "out" => 8,
        _ => 0,
    }
}

/// The bits of the particles opposite to those of `set`: on / off, in / out.
fn opposite_particles(set: u8) -> u8 {
    ((set & 0b0101) << 1) | ((set & 0b1010) >> 1)
}

/// Whether two statements may hold opposite particles (`Text::particles`).
pub fn any_opposite_particles(a: &Text, b: &Text) -> bool {
    a.particles & opposite_particles(b.particles) != 0
}

/// Opposite particles after one verb said in both (i of a, j of b, the particles' indices), with whether
/// their polarity is the same: "turning on the microwave" / "turning off the microwave",
/// "jumping into the water" / "jumping out of the water".
fn opposite_particle_pairs<'t>(
    a: &'t Text,
    b: &'t Text,
    alignment: &'t Alignment,
) -> impl Iterator<Item = (usize, usize, bool)> + 't {
    let after = |text: &'t Text, i: usize| {
        let next = text.tokens.get(i + 1)?;
        (particle(&next.lower) != 0).then_some(i + 1)
    };
    // One verb, said in both: "went in" / "came out" may be two moves.
    let verb = |i: usize, j: usize| {
        let (x, y) = (&a.tokens[i], &b.tokens[j]);
        x.class == Class::Content && x.stem_id == y.stem_id && x.senses.is_some_and(|s| s.verb())
    };
    alignment
        .pairs
        .iter()
        .filter(move |_| any_opposite_particles(a, b))
        .filter(move |&&(i, j)| verb(i, j))
        .filter_map(move |&(i, j)| Some((after(a, i)?, after(b, j)?)))
        .filter(move |&(p, q)| {
            particle(&a.tokens[p].lower) & opposite_particles(particle(&b.tokens[q].lower)) != 0
        })
        .map(move |(p, q)| (p, q, a.tokens[p].negated == b.tokens[q].negated))
}

/// Unaligned content tokens (i of a, j of b) that are antonyms, with whether their polarity
/// is the same.
fn opposite_pairs<'t>(
    a: &'t Text,
    b: &'t Text,
    alignment: &'t Alignment,
) -> impl Iterator<Item = (usize, usize, bool)> + 't {
    // A word is free when it is not aligned, or aligned only by WordNet (a synonym, or one a
    // kind of the other) with another word, which an opposite in the other statement that is
    // aligned with nothing outweighs ("the merger was completed" / "... called off their
    // merger after failing to agree on the terminals": "completed" / "terminal"; "the site
    // closed" / "the site opened, a move residents opposed": "closed" / "move").
    let loose = move |i: usize, j: usize| {
        a.tokens[i].stem_id != b.tokens[j].stem_id && alignment.relations[i].is_some()
    };
    // Few words have antonyms: look for partners only for those, and only when some word of
    // `b` may be one.
    let some = any_opposite(a, b);
    (0..a.tokens.len())
        .filter(move |&i| {
            some && a.tokens[i].class == Class::Content
                && alignment.a_to_b[i].is_none_or(|j| loose(i, j))
        })
        .filter(move |&i| {
            let t = &a.tokens[i];
            t.opposites.is_some() || t.unprefixed.is_some() || !b.unprefixed_ids.is_empty()
        })
        .flat_map(move |i| {
            (0..b.tokens.len())
                .filter(move |&j| {
                    b.tokens[j].class == Class::Content
                        && alignment.b_to_a[j].is_none_or(|p| loose(p, j))
                })
                // Not with each other (WordNet related the two), and at most one of the two
                // aligned elsewhere.
                .filter(move |&j| {
                    opposed(&a.tokens[i], &b.tokens[j])
                        && alignment.a_to_b[i] != Some(j)
                        && (alignment.a_to_b[i].is_none() || alignment.b_to_a[j].is_none())
                })
                .map(move |j| (i, j, a.tokens[i].negated == b.tokens[j].negated))
        })
}

/// Whether word `at` is in a question rather than a claim: after "whether" in its clause
/// ("Asked whether reservoir levels were low, the director said ...").
fn asked(text: &Text, at: usize) -> bool {
    let clause = text.tokens[at].clause;
    text.tokens[..at]
        .iter()
        .rev()
        .take_while(|t| t.clause == clause)
        .any(|t| t.lower == "whether")
}

/// Whether word `at` of `text` describes one of its dates rather than what happened: after
/// "the" and right before the date ("on the opening Saturday, 3 August"), or before a word of
/// time that the date follows ("on the closing day, Sunday 11 August"), not a verb before a
/// date ("won Sunday's final"). Two such opposites are the dates' to compare, not a change
/// between two times.
fn describes_date(text: &Text, at: usize) -> bool {
    const TIMES: &[&str] = &[
        "day", "evening", "morning", "night", "session", "week", "weekend",
    ];
    if at == 0 || text.tokens[at - 1].lower != "the" {
        return false;
    }
    let time_word = text
        .tokens
        .get(at + 1)
        .is_some_and(|t| TIMES.binary_search(&t.lower.as_str()).is_ok());
    text.dates.iter().map(|d| d.first_token()).any(|first| {
        first == at + 1
            || (time_word
                && (first == at + 2 || (first == at + 3 && text.tokens[at + 2].lower == ",")))
    })
}

/// Whether `text`, which holds word `at`, also asserts another word that goes the way of word
/// `other_at` of `other` (they share an opposite): "rose ... while imports fell" against
/// "declined".
fn says_both_ways(text: &Text, at: usize, other: &Text, other_at: usize) -> bool {
    let Some(theirs) = other.tokens[other_at].opposites else {
        return false;
    };
    // After a determiner or an ordinal the word is a noun, which goes no way: "in the first
    // half of the year" says nothing of halving.
    const BEFORE_NOUNS: &[&str] = &["a", "an", "first", "its", "second", "the", "their"];
    text.tokens.iter().enumerate().any(|(k, t)| {
        k != at
            && t.class == Class::Content
            && k.checked_sub(1).is_none_or(|p| {
                text.tokens[p].lower != "to"
                    && BEFORE_NOUNS
                        .binary_search(&text.tokens[p].lower.as_str())
                        .is_err()
            })
            && (t.stem_id == other.tokens[other_at].stem_id
                || (t.opposites.is_some_and(|ours| ours.iter().any(|id| theirs.contains(id)))
                    // A word both say is what they share ("the contract"), not another way.
                    && other.stem_ids.binary_search(&t.stem_id).is_err()))
    })
}

/// Flags opposite words with the same polarity; the strength is how much of the rest of one
/// statement the other says (so "the factory remains open despite the strike" / "the factory
/// is closed" is strong, and two unrelated sentences that hold "up" and "down" are not).
///
/// "the man is sitting" / "the man is standing" -> Some(..)
/// "the man is not sitting" / "the man is standing" -> None
pub fn antonym<'t>(a: &'t Text, b: &'t Text, alignment: &Alignment) -> Option<Found<'t>> {
    // Not when one statement also says the other's way, of something else: "exports rose
    // while imports fell" / "imports declined" agree on the imports ("calls to quit" asserts
    // nothing).
    // A word that agrees with a denied opposite ("did not increase" / "declined") is taken:
    // it opposes nothing else of the other ("... despite warnings of a surge").
    let pairs: Vec<(usize, usize, bool)> = opposite_pairs(a, b, alignment)
        .chain(opposite_particle_pairs(a, b, alignment))
        .collect();
    let agreeing = |i: usize, j: usize| {
        pairs
            .iter()
            .any(|&(p, q, same)| !same && (p == i || q == j))
    };
    // Both opposites denied say neither: "has not rejected the plan" / "has not approved the
    // plan" leaves it pending.
    let both_denied = |i: usize, j: usize| a.tokens[i].negated && b.tokens[j].negated;
    let (i, j, _) = pairs.iter().copied().find(|&(i, j, same)| {
        same && !agreeing(i, j)
            && !both_denied(i, j)
            && !asked(a, i)
            && !asked(b, j)
            && !says_both_ways(a, i, b, j)
            && !says_both_ways(b, j, a, i)
            && !super::names::converse(a, i, b, j, alignment)
            && !(describes_date(a, i) && describes_date(b, j))
    })?;
    // How much of the rest of the opposite words' clauses the other statement says, or of
    // the whole statements when that is more: "Recorded burglaries in Ashvale rose in 2023,
    // police figures show" / "Ashvale's recorded burglaries fell in 2023 to their lowest
    // level in a decade" say the same of the burglaries, whatever else each adds.
    // A word counts as said when its partner is in the other opposite's clause ("Exports
    // rose in March while imports fell" / "Imports declined in March": the imports that
    // declined are not the exports that rose).
    let (clause_a, clause_b) = (a.tokens[i].clause, b.tokens[j].clause);
    let said_a = clause_said(
        a,
        clause_a,
        |k| k == i,
        |k| alignment.a_to_b[k].is_some_and(|p| b.tokens[p].clause == clause_b),
    );
    let said_b = clause_said(
        b,
        clause_b,
        |k| k == j,
        |k| alignment.b_to_a[k].is_some_and(|p| a.tokens[p].clause == clause_a),
    );
    let whole = overlap(a, b, alignment, Some(i), Some(j));
    // What the opposites are said of: the content words before one of them in its clause (its
    // subject, "Operating margin rose ..."). When that subject is all said in the other
    // opposite's clause, the two say opposite things of one thing, whatever details each adds
    // ("in the fourth quarter of 2023" / "in Q4 2023, reflecting higher energy costs").
    let subject_said = |text: &Text, at: usize, map: &[Option<usize>], other: &Text, clause| {
        let mut subject = (0..at)
            .filter(|&k| text.tokens[k].clause == text.tokens[at].clause)
            .filter(|&k| text.tokens[k].class == Class::Content && text.tokens[k].weight >= 1.0)
            .peekable();
        subject.peek().is_some()
            && subject.all(|k| map[k].is_some_and(|p| other.tokens[p].clause == clause))
    };
    let same_subject = subject_said(a, i, &alignment.a_to_b, b, clause_b)
        || subject_said(b, j, &alignment.b_to_a, a, clause_a);
    let alike = either_clause(said_a, said_b, whole).max(whole);
    let alike = if same_subject {
        alike.max(SAME_SUBJECT)
    } else {
        alike
    };
    // Opposite words about "a man" and "a man" may be about two men; about "the man",
    // "Russia" or "prices" they clash. Indefinite openings weaken the evidence, unless a name
    // both statements give says who or what ("A jury acquitted Peter Vance" / "A jury found
    // Peter Vance guilty").
    let shared_name = super::shared_name(a, alignment);
    let indefinite = (a.indefinite || b.indefinite) && !shared_name;
    let strength = if indefinite {
        INDEFINITE_WEIGHT * alike
    } else {
        alike
    };
    // A whole against what may be its part: "crime across the country fell" / "crime in the
    // capital rose", "total revenue rose" / "smartphone sales fell".
    // The whole is another's only when the other does not name it too ("across the Corran
    // region" / "in the region"): the head of the phrase after the word of whole is unsaid.
    let whole = |text: &Text, at: usize, map: &[Option<usize>]| {
        let clause = text.tokens[at].clause;
        (0..text.tokens.len()).any(|k| {
            let t = &text.tokens[k];
            // "across" a whole takes a determiner ("across the country", not "across dark
            // water").
            let spans = t.lower != "across"
                || text
                    .tokens
                    .get(k + 1)
                    .is_some_and(|n| matches!(n.lower.as_str(), "the" | "all" | "its" | "their"));
            t.clause == clause
                && whole_word(&t.lower)
                && spans
                && (k + 1..text.tokens.len())
                    .skip_while(|&q| text.tokens[q].class == Class::Stop)
                    .take_while(|&q| text.tokens[q].class == Class::Content)
                    .last()
                    .is_some_and(|head| map[head].is_none())
        })
    };
    // Two of a kind: a word of each subject aligned, with a word before each that the other
    // statement does not say ("the accident and emergency unit will close" / "the maternity
    // unit will stay open").
    // The aligned word heads its phrase (no content word after it), and the words before are
    // no verbs of saying ("Reported burglaries" / "figures show burglaries"): "former care home
    // manager Lionel Drabble" / "ex-care home boss Lionel Drabble" are one person.
    let unsaid = |text: &Text, k: usize, other: &Text| {
        let t = &text.tokens[k];
        // A figure joined to a word tells two apart as well ("the under-18 team" / "the first
        // team"); one on its own counts them ("589 families").
        let joined = matches!(t.class, Class::Number(_)) && text.raw[..t.span.start].ends_with('-');
        (t.class == Class::Content || joined)
            && !t.reporting
            && other.stem_ids.binary_search(&t.stem_id).is_err()
    };
    // (Or the opposite word itself comes next: "the under-18 team won".)
    let head = |text: &Text, k: usize, opposite: usize| {
        k + 1 == opposite
            || text
                .tokens
                .get(k + 1)
                .is_none_or(|t| t.class != Class::Content)
    };
    let other_thing = (1..i).any(|k| {
        a.tokens[k].clause == clause_a
            && head(a, k, i)
            && alignment.a_to_b[k].is_some_and(|p| {
                p > 0
                    && p < j
                    && head(b, p, j)
                    && b.tokens[p].clause == clause_b
                    && alignment.a_to_b[k - 1].is_none()
                    && alignment.b_to_a[p - 1].is_none()
                    && unsaid(a, k - 1, b)
                    && unsaid(b, p - 1, a)
            })
    });
    // Or of two places: each subject says where ("Unemployment in the Corve region fell" /
    // "Unemployment in Haldon, the largest town in the region, rose"), and a place one
    // names the other does not.
    // The first place named before the opposite word ("in" or "at" and a name), in its
    // sentence: a subject's place set apart by commas from its verb is still its place.
    let place = |text: &Text, at: usize| -> Vec<usize> {
        let start = (0..at)
            .rev()
            .find(|&k| text.tokens[k].lower == ".")
            .map_or(0, |k| k + 1);
        (start..at)
            .filter(|&k| matches!(text.tokens[k].lower.as_str(), "in" | "at"))
            .map(|k| {
                let from =
                    k + 1 + usize::from(text.tokens.get(k + 1).is_some_and(|t| t.lower == "the"));
                (from..at)
                    .take_while(|&n| {
                        text.tokens[n].class == Class::Content && text.tokens[n].proper
                    })
                    .collect::<Vec<usize>>()
            })
            .find(|run| !run.is_empty())
            .unwrap_or_default()
    };
    let (place_a, place_b) = (place(a, i), place(b, j));
    let unsaid_place = |places: &[usize], text: &Text, other: &Text| {
        !places.is_empty()
            && places.iter().all(|&k| {
                other
                    .stem_ids
                    .binary_search(&text.tokens[k].stem_id)
                    .is_err()
            })
    };
    let other_place = !place_a.is_empty()
        && !place_b.is_empty()
        && (unsaid_place(&place_a, a, b) || unsaid_place(&place_b, b, a));
    let other_thing = other_thing || other_place;
    let strength = if other_thing {
        OTHER_THING_WEIGHT * strength
    } else {
        strength
    };
    let part_and_whole = whole(a, i, &alignment.a_to_b) != whole(b, j, &alignment.b_to_a);
    let strength = if part_and_whole {
        PART_WEIGHT * strength
    } else {
        strength
    };
    Some(Found::new(Kind::Antonym, strength, move || {
        let mut why = format!(
            "opposite words with the same polarity; one statement says {alike:.2} of the rest \
             of the other"
        );
        if other_thing {
            why.push_str(&format!(
                "; x {OTHER_THING_WEIGHT}: each is said of a thing the other names otherwise"
            ));
        }
        if part_and_whole {
            why.push_str(&format!(
                "; x {PART_WEIGHT}: one speaks of a whole, the other perhaps of a part"
            ));
        }
        if indefinite {
            why.push_str(&format!(
                "; x {INDEFINITE_WEIGHT}: an indefinite opening may mean two referents"
            ));
        }
        Details {
            point: format!("{} / {}", a.tokens[i].lower, b.tokens[j].lower),
            why,
            a: vec![Mark::new(a, i, Role::Cue)],
            b: vec![Mark::new(b, j, Role::Cue)],
        }
    }))
}

/// True when one statement negates the antonym of a word of the other ("not evil" / "good"):
/// the two then agree on that point.
pub fn negated_antonym(a: &Text, b: &Text, alignment: &Alignment) -> bool {
    opposite_pairs(a, b, alignment)
        .chain(opposite_particle_pairs(a, b, alignment))
        .any(|(_, _, same)| !same)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::aligned;

    #[test]
    fn table_lookups() {
        let cases = [
            ("sit", "stand", true),
            ("stand", "sit", true),
            ("open", "close", true),
            ("increas", "decreas", true),
            ("accept", "reject", true),
            ("soar", "plung", true),
            ("doubl", "halv", true),
            ("beat", "lose", true),
            ("grant", "reject", true),
            ("acceler", "slow", true),
            ("pass", "fail", true),
            ("uphold", "overturn", true),
            ("ahead", "trail", true),
            ("lead", "trail", true),
            ("surg", "grow", false),
            ("man", "guitar", false),
            ("man", "woman", false),
            ("first", "second", false),
            ("approv", "block", true),
            ("open", "shut", true),
            ("rais", "cut", true),
            ("expand", "shrink", true),
            ("guilti", "acquit", true),
            ("first", "last", true),
            // A negative prefix, where WordNet gives the antonym to a synonym ("unsafe" is
            // "dangerous", the antonym of "safe").
            ("safe", "unsaf", true),
            ("true", "untru", true),
            ("ioniz", "union", false),
        ];
        for (x, y, expected) in cases {
            assert_eq!(are_antonyms(x, y), expected, "{x:?} / {y:?}");
        }
    }

    #[test]
    fn flags_opposites_with_the_same_polarity() {
        let cases = [
            ("The man is sitting", "The man is standing", true),
            ("Prices will increase", "Prices will decrease", true),
            // Making an amount go up against making it go down, and a fall said as sinking.
            (
                "The bank raised its policy rate",
                "The bank trimmed its policy rate",
                true,
            ),
            (
                "Nickel prices climbed on Tuesday",
                "Nickel prices sank on Tuesday",
                true,
            ),
            (
                "The factory remains open despite the strike",
                "The factory is closed",
                true,
            ),
            ("The man is not sitting", "The man is standing", false),
            // Both opposites denied: neither is said ("was not rejected" / "has not been
            // approved" leaves a deferral).
            (
                "The council has not rejected the stadium plan",
                "The council has not approved the stadium plan",
                false,
            ),
            // A phrasal verb means its one verb: to lay off is to fire.
            (
                "The carmaker will hire 800 workers at its Dunmore plant",
                "The carmaker will lay off 800 workers at its Dunmore plant",
                true,
            ),
            // Trouble that breaks out erupts; it breaks nothing a statement could make.
            (
                "Riots broke out in the city overnight, police said",
                "Police made 40 arrests in the city overnight",
                false,
            ),
            // "declined the offer" rejects it; "declined a further 3%" is a fall.
            (
                "Professor Varga has declined the offer to lead Northmoor University",
                "Professor Varga has accepted the offer to lead Northmoor University",
                true,
            ),
            (
                "The board declined the merger proposal on Monday",
                "The board approved the merger proposal on Monday",
                true,
            ),
            (
                "Exports declined a further 3% in May",
                "Exports rose a further 3% in May",
                true,
            ),
            // A word WordNet does not know, "un-" before one it does, is that word's opposite,
            // either way round; denied, it agrees with it.
            (
                "The wildfire in the Castor Hills was fully contained by Tuesday",
                "The wildfire in the Castor Hills was still uncontained on Tuesday",
                true,
            ),
            (
                "Most residents of the care home were unvaccinated",
                "Most residents of the care home were vaccinated",
                true,
            ),
            (
                "The wildfire in the Castor Hills was not contained by Tuesday",
                "The wildfire in the Castor Hills was still uncontained on Tuesday",
                false,
            ),
            // Opposites that describe dates are the dates' ("the opening day, 3 May"), not a
            // verb before one ("won Sunday's final").
            (
                "The final was held on the opening day, 3 May",
                "The final was held on the closing day, 11 May",
                false,
            ),
            (
                "The Falcons won Sunday's final",
                "The Falcons lost Sunday's final",
                true,
            ),
            // A noun after a determiner goes no way: "the first half" says nothing of halving.
            (
                "Burglaries in Corby increased in the first half of the year",
                "Burglaries in Corby decreased during the first six months",
                true,
            ),
            // To hold on to a thing is to keep it.
            (
                "Councillor Ada Brill lost her seat on Tarnby council",
                "Councillor Ada Brill held on to her seat on Tarnby council",
                true,
            ),
            // To keep doing a thing is to continue it.
            (
                "The Orrin plant will keep generating power",
                "The Orrin plant will stop generating power",
                true,
            ),
            (
                "The Orrin plant will keep its name",
                "The Orrin plant will stop",
                false,
            ),
            // Said of an amount, or by a number, to jump is to rise and to drop to fall.
            (
                "Gas prices jumped on Monday",
                "Gas prices fell on Monday",
                true,
            ),
            (
                "Tarvik's exports rose in May",
                "Tarvik's exports dropped 4% in May",
                true,
            ),
            (
                "The boy jumped into the pool",
                "The boy fell into the pool",
                false,
            ),
            // Alive and dead.
            ("The climber was found alive", "The climber died", true),
            (
                "All six climbers were found alive",
                "None of the six climbers died",
                false,
            ),
            // News opposites of results.
            (
                "Quillon County ended the year with a budget surplus of $3 million",
                "Quillon County finished the year $3 million in deficit",
                true,
            ),
            (
                "The jury found the former mayor guilty of bribery",
                "The former mayor was cleared of bribery by the jury",
                true,
            ),
            // A word a WordNet synonym aligned elsewhere ("completed" / "terminals") still
            // meets its opposite.
            (
                "The merger of Olsen and Trask was completed last week",
                "Olsen and Trask called off their merger last week after failing to agree on \
                 the value of the port terminals",
                true,
            ),
            // "go down" falls, "go up" rises.
            ("Crime in Linwick went down", "Crime in Linwick rose", true),
            (
                "Crime in Linwick did not go down",
                "Crime in Linwick rose",
                false,
            ),
            // Opposite particles after one verb.
            (
                "The operator turned on the pumps",
                "The operator turned off the pumps",
                true,
            ),
            (
                "The boy jumped into the water",
                "The boy jumped out of the water",
                true,
            ),
            (
                "The operator did not turn off the pumps",
                "The operator turned on the pumps",
                false,
            ),
            (
                "Talks broke off on Monday",
                "Talks resumed on Monday",
                false,
            ),
            (
                "The crew went in at noon",
                "The crew came out at noon",
                false,
            ),
            // A word aligned as a kind of another still meets its opposite.
            (
                "The landfill site closed to commercial waste in June",
                "In June the landfill site opened to commercial waste, a move residents had \
                 opposed",
                true,
            ),
            // "every" says how many, not what: it is a function word.
            (
                "Every ticket for Saturday's derby had been sold",
                "More than 4,000 tickets for Saturday's derby went unsold",
                true,
            ),
            // A statement that says both ways, of two things, opposes neither; an
            // infinitive ("calls to quit") and a word both say ("the contract") assert no way.
            (
                "Exports rose in March while imports fell",
                "Imports declined in March",
                false,
            ),
            (
                "Despite calls to quit, the finance minister stayed on",
                "The finance minister resigned",
                true,
            ),
            (
                "The government increased the contract for 326 workers",
                "The government decreased the contract for 326 workers",
                true,
            ),
            ("It is not evil news", "It is good news", false),
            (
                "The water was not unsafe for swimming",
                "The water was safe for swimming",
                false,
            ),
            (
                "The water was unsafe for swimming",
                "The water was safe for swimming",
                true,
            ),
            ("The man is sitting", "The woman is singing", false),
            ("A man is sitting", "A man is standing", false),
            // What the opposite words' clauses share counts, whatever else each adds; the
            // other clause of a sentence does not.
            (
                "Recorded burglaries in Ashvale rose in 2023, police figures show",
                "Ashvale's recorded burglaries fell in 2023 to their lowest level in a decade",
                true,
            ),
            (
                "Exports rose in March while imports fell, customs data showed",
                "Imports declined in March, according to the customs figures",
                false,
            ),
            // Opposite things said of one subject, whatever details each adds.
            (
                "Operating margin rose in the fourth quarter of 2023 compared with the third",
                "Operating margin fell in Q4 2023 compared with Q3, reflecting energy costs",
                true,
            ),
            (
                "Sales of cars rose sharply in Germany last spring",
                "Sales of bikes fell in France, according to the trade body",
                false,
            ),
            // A name both give says who, whatever the opening.
            (
                "A jury acquitted Peter Vance of fraud",
                "A jury found Peter Vance guilty of fraud",
                true,
            ),
            // Opposite events WordNet does not pair, in any form of the verb.
            (
                "The council approved the plan",
                "The council rejected the plan",
                true,
            ),
            (
                "Parliament added the clause",
                "Parliament removes the clause",
                true,
            ),
            ("The court convicted him", "The court acquitted him", true),
            (
                "The army is imposing a curfew",
                "The army lifted the curfew",
                true,
            ),
            (
                "The coast road was blocked on Monday",
                "The coast road was open on Monday",
                true,
            ),
            (
                "Ministers have lifted the ban on neonicotinoid pesticides",
                "Ministers have extended the ban on neonicotinoid pesticides",
                true,
            ),
            (
                "The council extended the parking scheme in March",
                "The council ended the parking scheme in March",
                true,
            ),
            (
                "The council approved the plan",
                "The council discussed the plan",
                false,
            ),
            (
                "The jury found Ana Lopes guilty of fraud",
                "The jury acquitted Ana Lopes of fraud",
                true,
            ),
            (
                "The central bank raised interest rates",
                "The central bank cut interest rates",
                true,
            ),
            // Changes of amount in opposite directions, whichever verbs say them.
            ("Exports soared in May", "Exports slumped in May", true),
            (
                "Wheat prices have doubled since the harvest",
                "Wheat prices declined since the harvest",
                true,
            ),
            (
                "Unemployment was 4.1 percent, down from 4.3 percent",
                "Unemployment rose",
                true,
            ),
            (
                "Unemployment was 4.1 percent, up from 3.9 percent",
                "Unemployment rose",
                false,
            ),
            ("Exports surged in May", "Exports grew in May", false),
            // An amount that went one way, against one made to go the other.
            (
                "Tuition fees at Harland University will fall to £7,500 next year",
                "Harland University is raising its tuition fees from £7,500 to £9,000 next year",
                true,
            ),
            (
                "Bus fares in Corby rose in May",
                "The operator cut bus fares in Corby in May",
                true,
            ),
            (
                "Bus fares in Corby rose in May",
                "The operator raised bus fares in Corby in May",
                false,
            ),
            // "up 12%", "down 4%" after what changed say which way.
            (
                "Wheat yields in the valley fell by about a third this season",
                "Valley farmers had a record harvest, with wheat yields up nearly 12% this season",
                true,
            ),
            ("Exports were down 4% in May", "Exports rose in May", true),
            ("Exports were up 4% in May", "Exports rose in May", false),
            // Jailed, or freed.
            (
                "Daniel Okafor was jailed for eight years at Brayford Crown Court",
                "Daniel Okafor walked free from Brayford Crown Court",
                true,
            ),
            (
                "Daniel Okafor walked free from Brayford Crown Court",
                "Daniel Okafor was released at Brayford Crown Court",
                false,
            ),
            // "Most" of a group is its majority.
            (
                "Most farmers in the Westvale survey expected lower wheat yields this year",
                "Only a minority of farmers in the Westvale survey expected lower wheat yields this year",
                true,
            ),
            (
                "Most of the farmers in the survey expected lower yields",
                "A majority of the farmers in the survey expected lower yields",
                false,
            ),
            (
                "The most experienced farmers in the survey expected lower yields",
                "A minority of farmers in the survey expected lower yields",
                false,
            ),
            // "12% higher", "3 points lower" after a figure say which way too.
            (
                "Shares in Corvel Pharma closed 12% higher on Tuesday",
                "Corvel Pharma's stock ended Tuesday's session down 12%",
                true,
            ),
            (
                "Shares in Corvel Pharma closed 12% higher on Tuesday",
                "Shares in Corvel Pharma rose 12% on Tuesday",
                false,
            ),
            // Not a bound, nor a move: "up to 4%", "turned up 20 minutes late".
            (
                "Exports fell by up to 4% in May",
                "Exports fell in May",
                false,
            ),
            // The verbs of markets: a price slides, slips or tumbles.
            (
                "Shares in Corvane rose 6% in early trading",
                "Corvane shares slid in early trading",
                true,
            ),
            (
                "The pound climbed against the euro on Monday",
                "The pound slipped against the euro on Monday",
                true,
            ),
            (
                "Copper prices rallied in London",
                "Copper prices tumbled in London",
                true,
            ),
            (
                "Oil prices slid on Friday",
                "Oil prices tumbled on Friday",
                false,
            ),
            ("Exports soared in May", "Imports slumped in June", false),
            // A stance: "voted for" supports, "voted against" opposes.
            (
                "Senator Torvald voted for the water bill",
                "Senator Torvald opposed the water bill",
                true,
            ),
            (
                "Senator Torvald voted against the water bill",
                "Senator Torvald opposed the water bill",
                false,
            ),
            (
                "The senators voted for the bill",
                "The senators voted against the bill",
                true,
            ),
            (
                "The senators waited for the bill",
                "The senators opposed the bill",
                false,
            ),
            // Phrasal verbs mean what one verb does: "voted down" rejects.
            (
                "The nurses accepted the pay offer in Thursday's ballot",
                "The nurses voted down the pay offer in Thursday's ballot",
                true,
            ),
            (
                "The talks will carry on next week",
                "The talks will end next week",
                true,
            ),
            (
                "The bill passed its final vote on Wednesday",
                "The bill was defeated in Wednesday's final vote",
                true,
            ),
            (
                "The union called off the strike",
                "The union cancelled the strike",
                false,
            ),
            // "not guilty" is an acquittal; "guilty" a conviction.
            (
                "A jury found Denise Abbott not guilty of wilful neglect after a long trial",
                "Denise Abbott was convicted of wilful neglect",
                true,
            ),
            (
                "A jury found Denise Abbott guilty of wilful neglect",
                "Denise Abbott was convicted of wilful neglect",
                false,
            ),
            // Let in against kept out.
            (
                "Spectators will be allowed into the cup final",
                "Fans have been barred from the cup final",
                true,
            ),
            // A word that agrees with a denied opposite opposes nothing else.
            (
                "Asylum applications did not increase in May, despite warnings of a surge",
                "Asylum applications declined in May",
                false,
            ),
            // A whole against what may be its part, unless both name the whole.
            (
                "Recorded crime in the capital rose last year",
                "Recorded crime across the country fell last year",
                false,
            ),
            // "across" open ground is no whole.
            (
                "The river rose sharply across open farmland on Monday",
                "The river fell sharply on Monday",
                true,
            ),
            (
                "Hospital admissions increased last month across the Corran region",
                "Hospital admissions in the region decreased last month",
                true,
            ),
            // A question is no claim.
            (
                "Asked whether reservoir levels were low, the director said they were normal",
                "Reservoir levels are high, the director said",
                false,
            ),
            (
                "The director said reservoir levels were low",
                "Reservoir levels are high, the director said",
                true,
            ),
            // The passive of a verb of defeat is losing.
            (
                "Ashbury Rovers won at Pellingham Town on Saturday",
                "Ashbury Rovers were beaten at Pellingham Town on Saturday",
                true,
            ),
            (
                "The motion on the budget passed on Tuesday",
                "The motion on the budget was lost on Tuesday",
                true,
            ),
            // One result told from each side: each names the other's subject.
            (
                "Pellingham Town beat Ashbury Rovers on Saturday",
                "Ashbury Rovers lost to Pellingham Town on Saturday",
                false,
            ),
            (
                "Pellingham Town beat Ashbury Rovers on Saturday",
                "Ashbury Rovers were beaten by Pellingham Town on Saturday",
                false,
            ),
            (
                "Pellingham Town beat Ashbury Rovers on Saturday",
                "Pellingham Town lost to Ashbury Rovers on Saturday",
                true,
            ),
            // An opposite after a verb both say, its subjects swapped: one order told twice.
            (
                "Mira Kovac finished ahead of Anna Berg in the sprint on Sunday",
                "Anna Berg finished behind Mira Kovac in the sprint on Sunday",
                false,
            ),
            (
                "Mira Kovac finished ahead of Anna Berg in the sprint on Sunday",
                "Mira Kovac finished behind Anna Berg in the sprint on Sunday",
                true,
            ),
            // Two things of one kind, each named by a word the other does not say.
            (
                "The oat harvest in the Selby valley was the worst in years",
                "The rye harvest in the Selby valley was the best in years",
                false,
            ),
            (
                "The oat harvest in the Selby valley was the worst in years",
                "The Selby valley oat harvest was the best in years",
                true,
            ),
            (
                "The cardiology ward at Elm Park hospital will close next month",
                "The children's ward at Elm Park hospital will stay open next month",
                false,
            ),
            // Two places: a town in a region, or two towns.
            (
                "Unemployment in the Tarn region fell last quarter",
                "Unemployment in Brisk, the largest town in the Tarn region, rose last quarter",
                false,
            ),
            (
                "House prices in Alderby rose in March",
                "House prices in Cobham fell in March",
                false,
            ),
            (
                "Unemployment in Brisk fell last quarter",
                "Unemployment in Brisk, the largest town in the Tarn region, rose last quarter",
                true,
            ),
            // The thing told apart just before the opposite word, or by a figure.
            (
                "Ardley College's chess team won the county league on Sunday",
                "Ardley College's rugby team lost in the county league on Sunday",
                false,
            ),
            (
                "Ardley Rovers' under-16 side won the county cup on Sunday",
                "Ardley Rovers' first side were beaten in the county cup on Sunday",
                false,
            ),
            (
                "Ardley College's chess team won the county league on Sunday",
                "Ardley College's chess team lost in the county league on Sunday",
                true,
            ),
            // A count before the head tells nothing apart.
            (
                "The council moved 40 families north of the river on Monday",
                "The council moved 60 families south of the river on Monday",
                true,
            ),
            // One person, described two ways.
            (
                "A jury found former depot manager Ada Strom guilty of theft",
                "Ex-depot boss Ada Strom was acquitted of theft",
                true,
            ),
            // Staying against leaving.
            (
                "The interior minister will remain in office",
                "The interior minister will resign",
                true,
            ),
            (
                "The coach will stay at the club",
                "The coach will leave the club",
                true,
            ),
        ];
        crate::analysis::assert_flags(&cases, |a, b, al| {
            antonym(a, b, al).map_or(0.0, |e| e.strength)
        });
        let (a, b, al) = aligned("It is not evil news", "It is good news");
        assert!(negated_antonym(&a, &b, &al));
        // "fail" denies only before "to": a motion that did not fail passed.
        let (a, b, al) = aligned(
            "The motion against the council leader passed by 22 votes to 18",
            "The motion against the council leader did not fail",
        );
        assert!(negated_antonym(&a, &b, &al));
    }
}
