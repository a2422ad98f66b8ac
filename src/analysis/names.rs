//! The `conflicting-name` check: the same claim with another name in it ("the contract was
//! awarded to Hollins Engineering" / "the contract went to Brandt Construction"): a name of
//! each statement that the other does not give, while the rest of one statement is said by the
//! other.
//!
//! Names are the words capitalised inside a sentence that do not say who makes the claim
//! ([`Text::names`]); spelling variants ("Kiev" / "Kyiv") align and so never conflict.

use super::similarity::{Alignment, weight};
use super::text::{Class, Text};
use super::{Details, Found, Kind, Mark, Role};

/// How much a conflicting name counts when either statement opens with an indefinite noun
/// phrase, as for antonyms.
const INDEFINITE_WEIGHT: f64 = 0.6;

/// The power of the share of the rest said that a name conflict scores. Squared, as at first,
/// it left a new name in a long sentence against a short claim under the threshold; to the
/// power 1.5 four held-out sets found one more contradiction each and no false alarm. Lower
/// powers find more on the held-out sets (1.25: 8 more over eighteen sets, no false alarm
/// there) but flag two spellings of one name ("Muammar Gaddafi" / "Moammar Qadhafi") and, in
/// the generated 100k corpus, 11 pairs of different claims that share their frame.
const NAME_POWER: f64 = 1.5;

/// How much one title before both names adds to a name conflict, as an independent signal that
/// the two hold one role ("novelist Priya Ambrose" / "novelist Declan Moor").
const ONE_ROLE_WEIGHT: f64 = 0.5;

/// Whether the pair may be the same claim with another name, before alignment: one names
/// something the other does not (each, for [`conflicting_name`]; one is enough for
/// [`other_subject`]), and over a third of the rest of one is in the other word for word. The check proper needs about 0.8 of it, synonyms included, and other words often say
/// the rest ("named ... as its new chief executive" / "appointed ... as chief executive").
pub fn may_conflict(a: &Text, b: &Text) -> bool {
    let differ = |a: &Text, b: &Text| {
        a.names
            .iter()
            .any(|&i| b.stem_ids.binary_search(&a.tokens[i].stem_id).is_err())
    };
    // One merge of the two sorted bodies gives how much of each the other says.
    let shares = || {
        let (p, q) = (&a.body, &b.body);
        let (mut i, mut j) = (0, 0);
        let (mut said_a, mut said_b) = (0.0, 0.0);
        while i < p.len() && j < q.len() {
            match p[i].0.cmp(&q[j].0) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    let id = p[i].0;
                    while i < p.len() && p[i].0 == id {
                        said_a += p[i].1;
                        i += 1;
                    }
                    while j < q.len() && q[j].0 == id {
                        said_b += q[j].1;
                        j += 1;
                    }
                }
            }
        }
        let share = |said: f64, total: f64| if total > 0.0 { said / total } else { 0.0 };
        share(said_a, a.body_weight).max(share(said_b, b.body_weight))
    };
    // One way is enough when both give names: the other's may do the same thing
    // ([`other_subject`]).
    let both = differ(a, b) && differ(b, a);
    (both || ((differ(a, b) || differ(b, a)) && names_a_subject(a) && names_a_subject(b)))
        && shares() >= 0.35
}

/// Whether a name stands right before a verb, as a subject may: a quick test for
/// [`other_subject`].
fn names_a_subject(text: &Text) -> bool {
    text.names.iter().any(|&i| {
        let mut next = i + 1;
        if text
            .tokens
            .get(next)
            .is_some_and(|t| AUXILIARIES.contains(&t.lower.as_str()))
        {
            next += 1;
        }
        text.tokens.get(next).is_some_and(|t| {
            t.class == Class::Content
                && !t.reporting
                && !t.proper
                && t.senses.is_some_and(|s| s.verb())
        })
    })
}

/// Whether a statement says its claim in addition to another: "also", "likewise", "as well",
/// "too" at the end of a clause ("Ekstrom welcomed the merger too"). Another name there is one
/// more, not another in the same place.
pub fn adds(text: &Text) -> bool {
    let tokens = &text.tokens;
    tokens
        .iter()
        .enumerate()
        .any(|(i, t)| match t.lower.as_str() {
            "also" | "likewise" => true,
            "well" => {
                i > 0
                    && tokens[i - 1].lower == "as"
                    && i + 1 < tokens.len()
                    && tokens[i + 1].lower != "as"
            }
            "too" => tokens.get(i + 1).is_none_or(|n| n.class == Class::Boundary),
            _ => false,
        })
}

/// Words that may stand between a subject and its verb: "Brennan has won", "Valk will ride",
/// "Rovers were beaten".
const AUXILIARIES: &[&str] = &[
    "are", "be", "been", "had", "has", "have", "is", "was", "were", "will",
];

/// Words before a name that make it no subject of the verb after it: "the coach of Dunmore
/// won", "Smith and Jones won", "beaten by Valk".
const NOT_SUBJECT: &[&str] = &[
    "'s", "against", "and", "at", "by", "for", "from", "in", "of", "on", "or", "to", "with",
];

/// The name just before the verb at `v`, past up to two auxiliaries ("Rovers have been
/// beaten"), as its first and last word, when it is the verb's subject by what comes before
/// it: not "the coach of Dunmore won" or "Smith and Jones won". With `initial`, a capitalised
/// word that opens the sentence counts as a name too ("Carrow were beaten"), as it may be one.
fn subject(text: &Text, v: usize, initial: bool) -> Option<(usize, usize)> {
    let tokens = &text.tokens;
    let mut at = v.checked_sub(1)?;
    for _ in 0..2 {
        if AUXILIARIES.contains(&tokens[at].lower.as_str()) {
            at = at.checked_sub(1)?;
        }
    }
    let opens = |k: usize| k.checked_sub(1).is_none_or(|p| tokens[p].lower == ".");
    let name = |t: &super::text::Token, k: usize| {
        t.class == Class::Content
            && (t.proper
                || (initial && opens(k) && text.surface(t).starts_with(char::is_uppercase)))
    };
    if !name(&tokens[at], at) {
        return None;
    }
    let first = *run_around(text, at, name).start();
    let before = first
        .checked_sub(1)
        .map_or("", |k| tokens[k].lower.as_str());
    (!NOT_SUBJECT.contains(&before)).then_some((first, at))
}

/// Whether opposite verbs have each other's subjects, so that both say one thing from the two
/// sides: "Pellingham beat Rovers" / "Rovers lost to Pellingham" (or "were beaten by
/// Pellingham"). Each subject is named in the other statement, and the two do not align.
/// An opposite word just after a verb both say has that verb's subjects: "Pirsig finished
/// ahead of Marchetti" / "Marchetti finished behind Pirsig".
pub fn converse(a: &Text, i: usize, b: &Text, j: usize, alignment: &Alignment) -> bool {
    let subjects = |i: usize, j: usize| Some((subject(a, i, true)?, subject(b, j, true)?));
    let after_verb = || {
        let (vi, vj) = (i.checked_sub(1)?, j.checked_sub(1)?);
        (a.tokens[vi].class == Class::Content && alignment.a_to_b[vi] == Some(vj))
            .then(|| subjects(vi, vj))
            .flatten()
    };
    let Some((sa, sb)) = subjects(i, j).or_else(after_verb) else {
        return false;
    };
    !same_subject(alignment, sa, sb) && named_in(a, sa, b) && named_in(b, sb, a)
}

/// Whether a word of subject `sa` (of a) aligns with a word of subject `sb` (of b), either
/// way: the two subjects are one.
fn same_subject(alignment: &Alignment, sa: (usize, usize), sb: (usize, usize)) -> bool {
    let into = |map: &[Option<usize>], (first, last): (usize, usize), (p, q): (usize, usize)| {
        (first..=last).any(|k| map[k].is_some_and(|m| (p..=q).contains(&m)))
    };
    into(&alignment.a_to_b, sa, sb) || into(&alignment.b_to_a, sb, sa)
}

/// Whether `other` says a word of the words `first..=last` of `text`.
fn named_in(text: &Text, (first, last): (usize, usize), other: &Text) -> bool {
    (first..=last).any(|k| {
        other
            .stem_ids
            .binary_search(&text.tokens[k].stem_id)
            .is_ok()
    })
}

/// Another one doing the same thing: one verb aligned across the two statements, with a
/// different name just before it as its subject ("Cathal Brennan won the fourth stage,
/// edging out Pieter Valk" / "Pieter Valk won stage four"). At least one of the two subjects
/// must be missing from the other statement: "Merkel met Macron" / "Macron met Merkel" is one
/// meeting. Verbs of saying are left out, as two sources may say one thing. Returns the last
/// word of each subject.
pub fn other_subject(a: &Text, b: &Text, alignment: &Alignment) -> Option<(usize, usize)> {
    (0..a.tokens.len()).find_map(|i| {
        let j = alignment.a_to_b[i]?;
        if !verb(a, i) || !verb(b, j) {
            return None;
        }
        let (sa, sb) = (subject(a, i, false)?, subject(b, j, false)?);
        let absent = !named_in(a, sa, b) || !named_in(b, sb, a);
        (!same_subject(alignment, sa, sb) && absent).then_some((sa.1, sb.1))
    })
}

/// Whether token `i` may be a verb that says what someone did: not a verb of saying, nor a
/// name.
fn verb(text: &Text, i: usize) -> bool {
    let t = &text.tokens[i];
    t.class == Class::Content && !t.reporting && !t.proper && t.senses.is_some_and(|s| s.verb())
}

/// Words that may stand between a verb and the "by" of its agent: "funded entirely by",
/// "carried out by".
const BEFORE_BY: usize = 2;

/// Words that may stand between "by" and its agent's name: "by the maintenance contractor
/// AeroServ".
const BEFORE_AGENT: usize = 4;

/// Who did what the verb at `v` says, as the first and last word of a name: its agent ("was
/// operated by Blue Meridian Lines", "carried out by the contractor AeroServ") or, when it is
/// not passive, its subject ("Jonah Pike scored").
fn doer(text: &Text, v: usize) -> Option<(usize, usize)> {
    let tokens = &text.tokens;
    let within = |from: usize, n: usize| {
        (from..tokens.len().min(from + n + 1)).take_while(|&k| tokens[k].class != Class::Boundary)
    };
    if let Some(by) = within(v + 1, BEFORE_BY).find(|&k| tokens[k].lower == "by") {
        let at = within(by + 1, BEFORE_AGENT)
            .find(|&k| tokens[k].proper && tokens[k].class == Class::Content)?;
        let run = run_around(text, at, |t, k| {
            k > by && t.proper && t.class == Class::Content
        });
        return Some((*run.start(), *run.end()));
    }
    let passive = (1..=2).any(|k| {
        v.checked_sub(k).is_some_and(|p| {
            matches!(
                tokens[p].lower.as_str(),
                "be" | "been" | "being" | "is" | "are" | "was" | "were"
            )
        })
    });
    // A participle ("outside Librastad following the storm") has no subject before it.
    if passive || tokens[v].lower.ends_with("ing") {
        return None;
    }
    // "a late header by Sami Lindqvist, who scored the only goal": the name "who" stands for.
    let mut at = v.checked_sub(1)?;
    if AUXILIARIES.contains(&tokens[at].lower.as_str()) {
        at = at.checked_sub(1)?;
    }
    if tokens[at].lower == "who" {
        let mut name = at.checked_sub(1)?;
        if tokens[name].lower == "," {
            name = name.checked_sub(1)?;
        }
        let t = &tokens[name];
        if !(t.proper && t.class == Class::Content) {
            return None;
        }
        let run = run_around(text, name, |t, _| t.proper && t.class == Class::Content);
        return Some((*run.start(), *run.end()));
    }
    let (first, last) = subject(text, v, false)?;
    let placed = first
        .checked_sub(1)
        .is_some_and(|p| PLACE_WORDS.contains(&tokens[p].lower.as_str()));
    (!placed).then_some((first, last))
}

/// Prepositions of place that are content words here (they have opposites), which no title
/// holds.
const PLACE_WORDS: &[&str] = &[
    "above", "behind", "below", "beneath", "inside", "near", "opposite", "outside", "under",
];

/// The run of tokens around token `at` (which is always in it) that `part` accepts:
/// "Maria Ostrowska" around "Ostrowska".
pub(crate) fn run_around(
    text: &Text,
    at: usize,
    part: impl Fn(&super::text::Token, usize) -> bool,
) -> std::ops::RangeInclusive<usize> {
    let part = |i: usize| part(&text.tokens[i], i);
    let first = (0..at).rev().take_while(|&i| part(i)).last().unwrap_or(at);
    let last = (at + 1..text.tokens.len())
        .take_while(|&i| part(i))
        .last()
        .unwrap_or(at);
    first..=last
}

/// How many words a title before a name, or an appositive beside it, may have.
const DESCRIPTION_WORDS: usize = 6;

/// Whether the word at `i` describes a name the other statement does not give: it is in the
/// title just before it ("defender Callum Orr", "foreign minister Katarina Lenz") or in an
/// appositive set off by commas beside it ("Darcy Pell, head of its retail division,"; "its
/// former finance chief, Nikhil Brandt,"). Another person comes with another description, so
/// those words are part of the name's difference, not of the rest of the claim.
fn describes_name(text: &Text, map: &[Option<usize>], i: usize) -> bool {
    let tokens = &text.tokens;
    let unaligned_name = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|t| t.proper && t.class == Class::Content && map[k].is_none())
    };
    let boundary = |k: &usize| tokens[*k].class == Class::Boundary;
    let comma = |k: usize| tokens[k].lower == ",";
    // A title: words up to the name, with no boundary between, none of them a word of place
    // ("flights outside Dunberpor" has no title), and not counted ("656 flights").
    let place = |k: usize| PLACE_WORDS.contains(&tokens[k].lower.as_str());
    let counted = i
        .checked_sub(1)
        .is_some_and(|p| matches!(tokens[p].class, Class::Number(_)));
    let title = !counted
        && (i..tokens.len())
            .take(DESCRIPTION_WORDS)
            .find(|&k| tokens[k].class != Class::Content || tokens[k].proper || place(k))
            .is_some_and(unaligned_name);
    // A head after the name, saying what it names ("Ferrymead hospital", "the Ashby Park
    // shopping centre").
    let noun = tokens[i].senses.is_some_and(|s| s.noun()) && !tokens[i].lower.ends_with("ed");
    let head = noun
        && (0..i)
            .rev()
            .take(2)
            .find(|&k| tokens[k].class != Class::Content || tokens[k].proper || place(k))
            .is_some_and(unaligned_name);
    if title || head {
        return true;
    }
    // An appositive: after "NAME," up to the next comma or the end, or before ", NAME" from
    // the previous comma or the start.
    let previous = (0..i).rev().find(boundary);
    let next = (i + 1..tokens.len()).find(boundary);
    let near = |k: usize| k.abs_diff(i) <= DESCRIPTION_WORDS;
    let after_name = previous
        .is_some_and(|k| near(k) && comma(k) && k > 0 && unaligned_name(k - 1))
        && next.is_none_or(|k| comma(k) || tokens[k].lower == ".");
    let before_name = next.is_some_and(|k| near(k) && comma(k) && unaligned_name(k + 1))
        && previous.is_none_or(comma);
    after_name || before_name
}

/// Flags a pair where each statement names what the other does not (or, with `subject`, names
/// another as the subject of one verb: [`other_subject`]) and the two otherwise say the same.
/// The strength is the share of the rest (all but the unaligned names) of one statement that
/// the other says, the larger of the two ways, to the power 1.5: a swapped name in
/// a statement that says only part of the other is weak evidence, since the two may be about
/// different things ("Laura Penn was named chief executive" / "Omar Haddad was appointed
/// chairman").
///
///
/// "The award went to Maria Ostrowska" / "The award went to Tomasz Lindqvist" -> Some(..)
/// "The award went to Maria Ostrowska" / "Maria Ostrowska won the award" -> None
/// How much a name conflict counts when each statement also names another body or place
/// that the other does not: the two names may hold one role in two of them.
const OTHER_BODY_WEIGHT: f64 = 0.5;

pub fn conflicting_name<'t>(
    a: &'t Text,
    b: &'t Text,
    alignment: &Alignment,
    (x, y): (usize, usize),
    subject: bool,
) -> Option<Found<'t>> {
    // A count in each that the other does not give ("for 609 vessels near Dunstadtal" / "for
    // 966 workers near Moniber"): more than the name differs.
    let unaligned_number = |text: &Text, map: &[Option<usize>]| {
        text.alignable
            .iter()
            .any(|s| s.number.is_some() && map[s.index].is_none())
    };
    if unaligned_number(a, &alignment.a_to_b) && unaligned_number(b, &alignment.b_to_a) {
        return None;
    }
    // Numbers count in the rest: "99 trucks east of Bragraze" / "627 families east of
    // Zekelstad" differ in more than the name.
    let rest = |text: &Text, map: &[Option<usize>]| {
        let (mut said, mut total) = (0.0, 0.0);
        for slot in &text.alignable {
            let (i, token) = (slot.index, &text.tokens[slot.index]);
            if map[i].is_none() && (token.proper || describes_name(text, map, i)) {
                continue;
            }
            total += weight(token);
            if map[i].is_some() {
                said += weight(token);
            }
        }
        if total > 0.0 { said / total } else { 0.0 }
    };
    let said = rest(a, &alignment.a_to_b).max(rest(b, &alignment.b_to_a));
    // "A woman is wearing an Egyptian headdress" / "... an Indian headdress" may be two women.
    let indefinite = a.indefinite || b.indefinite;
    let strength = said.powf(NAME_POWER) * if indefinite { INDEFINITE_WEIGHT } else { 1.0 };
    // The whole name: the run of unaligned names around the first one (of names, for a
    // subject the other names elsewhere).
    let span = |text: &Text, map: &[Option<usize>], at: usize| {
        run_around(text, at, |t, i| {
            t.proper && t.class == Class::Content && (subject || map[i].is_none())
        })
    };
    let (in_a, in_b) = (span(a, &alignment.a_to_b, x), span(b, &alignment.b_to_a, y));
    // One given name, said by both, before a surname each spells its own way ("Muammar
    // Gaddafi" / "Moammar Qadhafi"): one person, transliterated twice.
    // (A name that opens a sentence is not known for a name: the other's may tell.)
    let given = |range: &std::ops::RangeInclusive<usize>| {
        range
            .end()
            .checked_sub(1)
            .filter(|&k| k + 1 >= *range.start())
    };
    if let (Some(p), Some(q)) = (given(&in_a), given(&in_b))
        && alignment.a_to_b[p] == Some(q)
        && (a.tokens[p].proper || b.tokens[q].proper)
    {
        let (u, v) = (&a.tokens[*in_a.end()].lower, &b.tokens[*in_b.end()].lower);
        let (m, n) = (u.chars().count(), v.chars().count());
        if m >= 5 && n >= 5 && m.abs_diff(n) <= 1 && strsim::jaro(u, v) >= 0.8 {
            return None;
        }
    }
    // "Dylan Orme's brother, Kieran": one named as another's kin, aide or lawyer, after the
    // possessive of a name both give, is a person of their own, not another name for one;
    // unless both give that role ("Orme's lawyer, Ruth Ekwe" / "Orme's lawyer, Mark Pryor").
    let someone_of =
        |text: &Text, map: &[Option<usize>], range: &std::ops::RangeInclusive<usize>| {
            let mut k = *range.start();
            let mut back = || {
                k = k.checked_sub(1)?;
                Some(k)
            };
            let mut noun = back()?;
            if text.tokens[noun].lower == "," {
                noun = back()?;
            }
            let owner = back()?;
            let (n, o) = (&text.tokens[noun], &text.tokens[owner]);
            let word = text.surface(o);
            (n.class == Class::Content
                && !n.proper
                && map[noun].is_none()
                && n.senses.is_some_and(|s| s.noun())
                && o.proper
                && map[owner].is_some()
                && (word.ends_with("'s") || word.ends_with("’s")))
            .then_some(())
        };
    if someone_of(a, &alignment.a_to_b, &in_a).is_some()
        || someone_of(b, &alignment.b_to_a, &in_b).is_some()
    {
        return None;
    }
    // One title before both names, a noun the dictionary knows ("novelist Priya Ambrose" /
    // "Novelist Declan Moor", "Judge Amelia Carr" / "Judge Peter Lowndes"): one role, two
    // holders. (Not a word of a name: "Stanwick General Hospital" / "Stanwick Community
    // Hospital".)
    let title = |text: &Text, range: &std::ops::RangeInclusive<usize>| {
        range.start().checked_sub(1).filter(|&k| {
            let t = &text.tokens[k];
            t.class == Class::Content
                && !PLACE_WORDS.contains(&t.lower.as_str())
                && t.senses.is_some_and(|s| s.noun())
        })
    };
    // Or each name is who did one thing, the doer of verbs that align ("The ferry was
    // operated by Blue Meridian Lines" / "The ferry was run by Aegis Sea Transport").
    let overlaps = |(first, last): (usize, usize), range: &std::ops::RangeInclusive<usize>| {
        first <= *range.end() && *range.start() <= last
    };
    let one_doer = alignment.pairs.iter().any(|&(i, j)| {
        verb(a, i)
            && verb(b, j)
            && doer(a, i).is_some_and(|d| overlaps(d, &in_a))
            && doer(b, j).is_some_and(|d| overlaps(d, &in_b))
    });
    let one_role = one_doer
        || matches!(
            (title(a, &in_a), title(b, &in_b)),
            (Some(p), Some(q)) if alignment.a_to_b[p] == Some(q)
        );
    let strength = if one_role {
        1.0 - (1.0 - strength) * (1.0 - ONE_ROLE_WEIGHT)
    } else {
        strength
    };
    // Another name in each, after "of", that the other does not give: one role in two
    // bodies or places ("chief constable of Wexley" / "chief constable of the neighbouring
    // Harrowfield force"; "director of the Orlanby Museum" / "of the Vessington Gallery").
    // (Not a place beside a place, "in Suva, Fiji" / "in Apia, Samoa", which is the point.)
    let of_before = |text: &Text, k: usize| {
        (1..=3).any(|back| {
            k.checked_sub(back).is_some_and(|p| {
                text.tokens[p].lower == "of"
                    && text.tokens[p + 1..k]
                        .iter()
                        .all(|t| !t.proper && t.class != Class::Boundary)
            })
        })
    };
    let another = |text: &Text,
                   map: &[Option<usize>],
                   other: &Text,
                   own: &std::ops::RangeInclusive<usize>| {
        text.names.iter().any(|&k| {
            !own.contains(&k)
                && map[k].is_none()
                && of_before(text, k)
                && other
                    .stem_ids
                    .binary_search(&text.tokens[k].stem_id)
                    .is_err()
        })
    };
    let elsewhere =
        another(a, &alignment.a_to_b, b, &in_a) && another(b, &alignment.b_to_a, a, &in_b);
    let strength = if elsewhere {
        OTHER_BODY_WEIGHT * strength
    } else {
        strength
    };
    Some(Found::new(Kind::ConflictingName, strength, move || {
        let words = |text: &Text, range: &std::ops::RangeInclusive<usize>| {
            text.raw[text.tokens[*range.start()].span.start..text.tokens[*range.end()].span.end]
                .to_string()
        };
        let marks = |text: &Text, range: std::ops::RangeInclusive<usize>| {
            range.map(|i| Mark::new(text, i, Role::Cue)).collect()
        };
        let mut why = format!(
            "{}, and one statement says {said:.2} of the rest of the other, to the power \
             {NAME_POWER}",
            if subject {
                "another name does the same thing, just before the same verb"
            } else {
                "each names what the other does not"
            },
        );
        if indefinite {
            why.push_str(&format!(
                "; x {INDEFINITE_WEIGHT}: an indefinite opening may mean two referents"
            ));
        }
        if one_role {
            why.push_str(&format!(
                "; {}, one role (+{ONE_ROLE_WEIGHT} as an independent signal)",
                if one_doer {
                    "each name does what the other's does"
                } else {
                    "one title before both names"
                }
            ));
        }
        if elsewhere {
            why.push_str(&format!(
                "; x {OTHER_BODY_WEIGHT}: each holds it in another body or place, after \"of\""
            ));
        }
        Details {
            point: format!("{} / {}", words(a, &in_a), words(b, &in_b)),
            why,
            a: marks(a, in_a),
            b: marks(b, in_b),
        }
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{DEFAULT_MIN_SCORE, compare};

    #[test]
    fn flags_another_name_in_the_same_claim() {
        // (a, b, flagged as a conflicting name at the default threshold)
        let cases = [
            (
                "The award went to Maria Ostrowska",
                "The award went to Tomasz Lindqvist",
                true,
            ),
            (
                "The contract was awarded to Hollins Engineering, the ministry said",
                "The ministry said the contract was awarded to Brandt Construction",
                true,
            ),
            (
                "The blast happened at a depot near Lyon",
                "The blast happened at a depot near Marseille",
                true,
            ),
            // One named as kin or aide of a person both name is another person.
            (
                "Judge Helen Castellan sentenced Dylan Orme to four years in prison for fraud \
                 at Kessington Crown Court on Tuesday",
                "Dylan Orme's brother, Kieran, was given a suspended sentence for fraud at \
                 Kessington Crown Court on Tuesday",
                false,
            ),
            (
                "The appeal was lodged by Dylan Orme's lawyer, Ruth Ekwe, on Tuesday",
                "The appeal was lodged by Dylan Orme's lawyer, Mark Pryor, on Tuesday",
                true,
            ),
            // A name at the start of one sentence and inside the other.
            (
                "Leaflet: \"Nora Fielding was born in Brackenford.\"",
                "The civil register records that Nora Fielding was born in Dunhallow.",
                true,
            ),
            // Another person comes with another title or description.
            (
                "Solvane on Monday named Darcy Pell, head of its retail division, as its new \
                 chief executive",
                "Solvane appointed its former finance chief, Nikhil Brandt, as chief executive \
                 on Monday",
                true,
            ),
            (
                "The goal was scored by midfielder Jonas Ekdahl",
                "The goal was scored by veteran defender Callum Orr",
                true,
            ),
            // Another name in other words, with no date to anchor it.
            (
                "Solvane named Darcy Pell, head of its retail division, as its new chief \
                 executive",
                "Solvane appointed its former finance chief, Nikhil Brandt, as chief executive",
                true,
            ),
            // A head after another name says what it names.
            (
                "The Legionnaires' disease outbreak was traced to a cooling tower at Ferrymead \
                 hospital",
                "Investigators traced the Legionnaires' outbreak to a cooling tower on the roof \
                 of the Ashby Park shopping centre",
                true,
            ),
            // A verb after a name is no part of it.
            (
                "Libyan leader Muammar Gaddafi was killed in Sirte in October 2011",
                "Moammar Qadhafi died in Sirte in October 2011",
                false,
            ),
            // One given name, and a surname spelled two ways, is one person; another surname
            // is another.
            (
                "Libyan leader Muammar Gaddafi died in Sirte in October 2011",
                "Libyan leader Moammar Qadhafi died in Sirte in October 2011",
                false,
            ),
            (
                "The winning goal was scored by Helen Marsh",
                "The winning goal was scored by Helen Okafor",
                true,
            ),
            // Words of place and counted nouns are no title: two claims that share a count.
            (
                "The mayor started the contract for 656 flights outside Dunberpor as part of a \
                 wider plan",
                "On Monday, the mayor started the ceasefire plan for 656 days south of Nirobra \
                 as part of a wider plan",
                false,
            ),
            // The same name, a spelling variant, or the name only in one.
            (
                "The award went to Maria Ostrowska",
                "Maria Ostrowska won the award",
                false,
            ),
            (
                "Drones were shot down over Kiev",
                "Drones were shot down over Kyiv",
                false,
            ),
            (
                "The award went to Maria Ostrowska",
                "The award went to a novelist",
                false,
            ),
            // A name the other gives as who says it, or in a compound, is no other name.
            (
                "Glenmoor Rail services between Abbotsford and Lyle are suspended today",
                "Glenmoor Rail: Abbotsford-Lyle line suspended today after a landslip near \
                 Cray Tunnel",
                false,
            ),
            // Another of a series as well: two titles, each with its winner.
            (
                "Kira Solberg won the women's singles title at the Westmark Open",
                "Jonas Arvid won the men's singles title at the Westmark Open",
                false,
            ),
            // A place and its people or adjective are one name.
            (
                "The summit was hosted by Aldovia in Tesca",
                "The Aldovian government hosted the summit in Tesca",
                false,
            ),
            // One more name ("also", "too"), not another in the same place.
            (
                "Northwind Airlines' chief executive, Priya Nair, announced the merger",
                "The merger was also welcomed by Northwind's chairman, David Ekstrom",
                false,
            ),
            (
                "The award went to Maria Ostrowska",
                "Tomasz Lindqvist won the award too",
                false,
            ),
            // Another count as well as another place: two things.
            (
                "The port authority confirmed the deal for 609 vessels near Dunstadtal",
                "The port authority confirmed the deal for 966 workers near Moniber",
                false,
            ),
            // Two names about what may be two referents.
            (
                "A woman is wearing an Egyptian headdress",
                "A woman is wearing an Indian headdress",
                false,
            ),
            // Names of who says it are not what the claim is about.
            (
                "The award went to a novelist, Peskov said",
                "The award went to a novelist, Lavrov said",
                false,
            ),
            // Different names in claims that share little else.
            (
                "Laura Penn was named chief executive of the bank",
                "Omar Haddad was appointed chairman of the bank after a long search",
                false,
            ),
            // One title before both names: one role, two holders.
            (
                "The Harwell Poetry Prize went on Friday evening to poet Ines Carvalho for her \
                 debut collection",
                "Poet Tom Ashdown took the Harwell Poetry Prize at a crowded ceremony on Friday",
                true,
            ),
            // Another one doing the same thing, though the other statement names both.
            (
                "Cathal Brennan won the fourth stage in Orsholt, edging out Pieter Valk",
                "Pieter Valk won the fourth stage in Orsholt",
                true,
            ),
            (
                "Defending champion Kira Solberg has won the Westmark Open final, beating Maya \
                 Ferrante",
                "Maya Ferrante has won the Westmark Open final",
                true,
            ),
            // Both doing it, or both named both ways, or the other in the passive.
            (
                "Ilse Marr and Jonas Kett won the doubles title in Orsholt",
                "Jonas Kett won the doubles title in Orsholt",
                false,
            ),
            (
                "Anna Berg met Tomas Lind in Orsholt on Friday",
                "Tomas Lind met Anna Berg in Orsholt on Friday",
                false,
            ),
            (
                "Pieter Valk was beaten by Cathal Brennan in the sprint",
                "Cathal Brennan beat Pieter Valk in the sprint",
                false,
            ),
            // Two who say one thing.
            (
                "Anna Berg said the talks with Tomas Lind had failed",
                "Tomas Lind said the talks had failed",
                false,
            ),
            // Each name did one thing: the agent of one and the subject of the other.
            (
                "The winning goal in Sunday's cup final was scored by Luis Ferrer in the 85th \
                 minute.",
                "Owen Blake scored the winner in Sunday's cup final.",
                true,
            ),
            // "who" stands for the name before it.
            (
                "Striker Ana Reyes scored the only goal as Kelby beat Dunmore 1-0 on Sunday, \
                 heading in a corner in the 80th minute to seal a first away win.",
                "Kelby's 1-0 win at Dunmore came from a late header by midfielder Lucy Marr, who \
                 scored the game's only goal.",
                true,
            ),
            // A name before a participle did nothing ("outside Librastad following").
            (
                "The agency started the project for 80 families outside Librastad following the \
                 flood.",
                "The court lost the project for 80 days outside Rokamo following the flood.",
                false,
            ),
        ];
        for (x, y, flagged) in cases {
            let verdict = compare(&Text::new(x), &Text::new(y));
            let strength = verdict
                .iter()
                .flat_map(|v| &v.evidence)
                .find(|e| e.kind == Kind::ConflictingName)
                .map_or(0.0, |e| e.strength);
            assert_eq!(
                strength >= DEFAULT_MIN_SCORE,
                flagged,
                "{x:?} / {y:?}: {strength}"
            );
        }
    }
}
