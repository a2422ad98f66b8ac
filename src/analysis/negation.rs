//! Negation: which words are cues, how far each reaches (its scope), and the
//! `negated-claim` check, which flags a pair where a term both statements share is affirmed in
//! one and denied in the other.
//!
//! Scope follows NegEx (Chapman et al., 2001) in spirit: a cue reaches to the end of its clause,
//! and clauses end at punctuation and conjunctions. Sentential negation ("not", "never") covers
//! its whole clause, subject included ("assistance was not discussed"); determiners and
//! pronouns ("no", "nobody") reach forward; a preposition ("without", "with no") covers only the
//! noun phrase after it. Cues in one scope cancel in pairs ("not ... no" affirms).

use super::similarity::{Alignment, weight};
use super::text::{Class, Text, Token};
use super::{Details, Found, Kind, Mark, Role};

/// How far a cue reaches.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Scope {
    /// The whole clause, both ways: "not", "n't", "never", "не".
    Clause,
    /// From the cue to the end of the clause: "no", "nobody", "refused to".
    Forward,
    /// The noun phrase after the cue: "without a shirt".
    Phrase,
    /// The clause after "that", or else forward: "denied that ...".
    Complement,
}

/// Negation cues and their scope, sorted. English cues from NegEx's trigger list and the
/// Conan Doyle negation corpus (*SEM 2012), Russian from its grammar (не, нет, ни, без).
const CUES: &[(&str, Scope)] = &[
    ("cannot", Scope::Clause),
    ("decline", Scope::Forward),
    ("declined", Scope::Forward),
    ("declines", Scope::Forward),
    ("denied", Scope::Complement),
    ("denies", Scope::Complement),
    ("deny", Scope::Complement),
    ("denying", Scope::Complement),
    ("fail", Scope::Forward),
    ("failed", Scope::Forward),
    ("fails", Scope::Forward),
    ("lack", Scope::Forward),
    ("lacked", Scope::Forward),
    ("lacks", Scope::Forward),
    ("n't", Scope::Clause),
    ("neither", Scope::Forward),
    ("never", Scope::Clause),
    ("no", Scope::Forward),
    ("nobody", Scope::Forward),
    ("none", Scope::Forward),
    ("noone", Scope::Forward),
    ("nor", Scope::Forward),
    ("not", Scope::Clause),
    ("nothing", Scope::Forward),
    ("nowhere", Scope::Forward),
    ("refuse", Scope::Forward),
    ("refused", Scope::Forward),
    ("refuses", Scope::Forward),
    ("without", Scope::Phrase),
    ("без", Scope::Phrase),
    ("не", Scope::Clause),
    ("нет", Scope::Clause),
    ("ни", Scope::Forward),
    ("никогда", Scope::Clause),
    ("никто", Scope::Forward),
    ("ничего", Scope::Forward),
];

/// How much a denial inside a modifier counts when either statement opens with an indefinite
/// noun phrase ("A man with no hat is sitting" / "A man with a hat is sitting").
const MODIFIER_WEIGHT: f64 = 0.6;

/// How much a denial counts when what it denies is a degree ("not seriously", "never fully")
/// the other statement does not give.
const DEGREE_WEIGHT: f64 = 0.5;

/// Adverbs of degree: denied, they deny how far, not whether.
const DEGREES: &[&str] = &[
    "badly",
    "completely",
    "critically",
    "entirely",
    "fully",
    "seriously",
    "severely",
    "significantly",
    "substantially",
    "totally",
    "wholly",
];

/// How much a count of those who did what a denial says nobody did adds to the denial, as an
/// independent signal ("Nobody was hurt" / "Three workers were treated for burns").
const NONE_AGAINST_COUNT_WEIGHT: f64 = 0.4;

/// Words after which a verb of saying is one ("she had said", "did not ever say"), not a
/// noun ("the talks").
const SAYING_AFTER: &[&str] = &[
    "did", "do", "does", "ever", "had", "has", "have", "having", "he", "i", "it", "never", "she",
    "they", "we", "you",
];

/// Words that count some without a figure ("several passengers were hurt"). Not "some",
/// which also measures a mass ("some cheese").
const VAGUE_COUNTS: &[&str] = &["dozens", "hundreds", "many", "numerous", "several"];

/// Cues that stand for a noun phrase, and so can end a clause: "played by nobody".
const NEGATIVE_PRONOUNS: &[&str] = &["nobody", "none", "noone", "nothing", "никто", "ничего"];

/// Prepositions after which "no" covers only the next noun phrase ("a man with no shirt").
const PREPOSITIONS: &[&str] = &["at", "by", "for", "from", "in", "of", "on", "to", "with"];

fn scope_of(lower: &str) -> Option<Scope> {
    CUES.binary_search_by(|(cue, _)| cue.cmp(&lower))
        .ok()
        .map(|i| CUES[i].1)
}

/// Whether a case-folded word is a negation cue: `"never"` -> true, `"now"` -> false.
pub fn is_cue(lower: &str) -> bool {
    scope_of(lower).is_some()
}

/// Whether a word is a verb of denial ("denied", "denies"): a verb of saying, negated.
pub fn is_denial(lower: &str) -> bool {
    scope_of(lower) == Some(Scope::Complement)
}

/// Sets `negated` on every token that an odd number of cues has in scope.
pub fn mark_scope(tokens: &mut [Token]) {
    deny_false_clauses(tokens);
    deny_refuted_claims(tokens);
    for cue in 0..tokens.len() {
        if tokens[cue].class != Class::Negation {
            continue;
        }
        // "yet" is a cue only in "yet to", and "far" only in "far from cheap" (`Text::new`
        // tells); both reach forward.
        let yet = matches!(tokens[cue].lower.as_str(), "yet" | "far").then_some(Scope::Forward);
        let Some(mut scope) = scope_of(&tokens[cue].lower).or(yet) else {
            continue;
        };
        let after_preposition = cue > 0 && PREPOSITIONS.contains(&tokens[cue - 1].lower.as_str());
        if tokens[cue].lower == "no" && after_preposition {
            scope = Scope::Phrase;
        }
        // "without" before a verb denies the act, not a thing a noun phrase has: "turned back
        // without ever entering the town", "left without paying".
        if tokens[cue].lower == "without" {
            let verb = tokens[cue + 1..]
                .iter()
                .find(|t| !matches!(t.lower.as_str(), "ever" | "even" | "once" | "first"));
            if verb.is_some_and(|t| t.class == Class::Content && t.lower.ends_with("ing")) {
                scope = Scope::Forward;
            }
        }
        let clause = tokens[cue].clause;
        let clause_start = tokens
            .iter()
            .position(|t| t.clause == clause && t.class != Class::Boundary)
            .unwrap_or(cue);
        let clause_end = |from: usize| {
            (from..tokens.len())
                .find(|&i| tokens[i].class == Class::Boundary && i > cue)
                .unwrap_or(tokens.len())
        };
        // "will not be completed until spring 2026" says when it will be: no denial.
        if matches!(tokens[cue].lower.as_str(), "not" | "n't")
            && tokens[cue + 1..clause_end(cue)]
                .iter()
                .any(|t| matches!(t.lower.as_str(), "until" | "till"))
        {
            continue;
        }
        // A negative pronoun at the end of its clause ("played by nobody") denies the whole
        // clause.
        let nothing_after = tokens[cue + 1..clause_end(cue)]
            .iter()
            .all(|t| t.class == Class::Stop);
        if NEGATIVE_PRONOUNS.contains(&tokens[cue].lower.as_str()) && nothing_after {
            scope = Scope::Clause;
        }
        let range = match scope {
            Scope::Clause => clause_start..clause_end(cue),
            Scope::Forward => cue + 1..clause_end(cue),
            Scope::Phrase => cue + 1..phrase_end(tokens, cue + 1),
            Scope::Complement => {
                let word = |k: usize| tokens.get(k).map_or("", |t| t.lower.as_str());
                // "denied (the) reports that ...", "denied the minister's claim that ...":
                // the claim is denied, not that there was one.
                let that = claim_that(tokens, cue)
                    .or_else(|| (word(cue + 1) == "that").then_some(cue + 1));
                match that {
                    Some(that) => that + 1..clause_end(that + 1),
                    None => cue + 1..clause_end(cue),
                }
            }
        };
        // "It is not true that the school will close": denying the truth of a clause denies
        // the clause.
        let end = clause_end(cue);
        let denies_truth = scope == Scope::Clause
            && tokens.get(end).is_some_and(|t| t.lower == "that")
            && tokens[cue + 1..end]
                .iter()
                .any(|t| TRUTH_WORDS.contains(&t.lower.as_str()))
            && tokens[cue + 1..end]
                .iter()
                .all(|t| t.class == Class::Stop || TRUTH_WORDS.contains(&t.lower.as_str()));
        // "The minister did not say that fees would rise" denies the saying of what follows,
        // not the minister alone: the clause after "that" is denied with it, so that "the
        // minister said that a review would finish" matches only in part.
        let denies_saying = scope == Scope::Clause
            && tokens.get(end).is_some_and(|t| t.lower == "that")
            && tokens[clause_start..end].iter().any(|t| t.reporting);
        let complement = if denies_truth || denies_saying {
            end + 1..clause_end(end + 1)
        } else {
            end..end
        };
        for index in range.chain(complement) {
            let token = &mut tokens[index];
            if token.class != Class::Negation {
                token.negated = !token.negated;
                token.modifier |= scope == Scope::Phrase;
            }
        }
    }
}

/// Words that, denied before "that", deny the clause after it: "it is not true that ...".
const TRUTH_WORDS: &[&str] = &["accurate", "correct", "right", "true"];

/// Words that, said of a clause ("it is false that ..."), deny it.
const FALSITY_WORDS: &[&str] = &["false", "inaccurate", "incorrect", "untrue", "wrong"];

/// Common nouns by which a report names the body that makes it ("the company", "the
/// ministry"), sorted.
const BODIES: &[&str] = &[
    "agency",
    "airline",
    "association",
    "authority",
    "bank",
    "board",
    "carrier",
    "charity",
    "club",
    "college",
    "committee",
    "company",
    "corporation",
    "council",
    "department",
    "firm",
    "government",
    "group",
    "hospital",
    "insurer",
    "league",
    "ministry",
    "operator",
    "party",
    "regulator",
    "retailer",
    "school",
    "trust",
    "union",
    "university",
    "utility",
];

/// Whether the word `rest` starts with is a possessive: "carrier's", "workers'".
fn possessive(rest: &str) -> bool {
    let word = rest
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .next()
        .unwrap_or("");
    word.ends_with(['\'', '’']) || word.ends_with("'s") || word.ends_with("’s")
}

/// Whether a denial says "not yet" ("has not yet announced", "has yet to decide"): what
/// it denies may still come.
fn not_yet(text: &Text) -> bool {
    text.tokens.windows(2).any(|w| {
        (matches!(w[0].lower.as_str(), "not" | "n't") && w[1].lower == "yet")
            || (w[0].lower == "yet" && w[1].lower == "to")
    })
}

/// Whether the clause of word `at` says what may or will come: a modal ("could", "may",
/// "will") or a verb of intent or expectation before "to" ("expected to", "plans to", "set
/// to").
fn to_come(text: &Text, at: usize) -> bool {
    const MODALS: &[&str] = &["could", "may", "might", "shall", "will", "would"];
    const BEFORE_TO: &[&str] = &[
        "aim", "aims", "due", "expected", "intend", "intends", "likely", "plan", "planning",
        "plans", "poised", "set",
    ];
    let clause = text.tokens[at].clause;
    let modal = |k: usize, t: &Token| {
        MODALS.contains(&t.lower.as_str()) && !super::dates::may_month(&text.tokens, k)
    };
    let intent = |k: usize, t: &Token| {
        BEFORE_TO.contains(&t.lower.as_str())
            && text.tokens.get(k + 1).is_some_and(|n| n.lower == "to")
    };
    text.tokens
        .iter()
        .enumerate()
        .any(|(k, t)| t.clause == clause && (modal(k, t) || intent(k, t)))
}

/// Stems of verbs that say a claim is false: "contradicting the trust's claim that ...",
/// "refuted suggestions that ...", "rejected claims that ...".
const REFUTING: &[&str] = &[
    "contradict",
    "debunk",
    "dismiss",
    "disprov",
    "rebut",
    "refut",
    "reject",
];

/// Stems of nouns for a claim someone makes, singular or plural ("claim", "allegations",
/// "suggestion", "assurances").
const CLAIM_STEMS: &[&str] = &[
    "alleg",
    "assert",
    "assur",
    "claim",
    "insist",
    "report",
    "rumor",
    "rumour",
    "specul",
    "statement",
    "suggest",
];

/// The index of the "that" of a claim named right after word `verb`: "(the) (trust's) claim
/// that", "reports by state media that", "claims from the union that". A few words may name
/// whose claim it is; a clause boundary before the claim noun ends the search.
fn claim_that(tokens: &[Token], verb: usize) -> Option<usize> {
    let noun = (verb + 1..tokens.len().min(verb + 6))
        .take_while(|&k| tokens[k].class != Class::Boundary)
        .find(|&k| CLAIM_STEMS.contains(&tokens[k].stem.as_str()))?;
    let by = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|t| matches!(t.lower.as_str(), "by" | "from" | "of"))
    };
    let mut that = noun + 1;
    if by(that) {
        that = (that + 1..tokens.len().min(that + 5)).find(|&k| tokens[k].lower == "that")?;
    }
    (tokens.get(that)?.lower == "that").then_some(that)
}

/// Turns the polarity of the words from `start` to the end of their clause: a clause said
/// to be false.
fn deny_clause_from(tokens: &mut [Token], start: usize) {
    let end = (start..tokens.len())
        .find(|&i| tokens[i].class == Class::Boundary)
        .unwrap_or(tokens.len());
    for token in &mut tokens[start.min(end)..end] {
        if token.class != Class::Negation {
            token.negated = !token.negated;
        }
    }
}

/// "The audit found an overspend, contradicting the trust's claim that it had balanced its
/// books": the clause of a claim said to be false is denied.
fn deny_refuted_claims(tokens: &mut [Token]) {
    for at in 0..tokens.len() {
        if !REFUTING.contains(&tokens[at].stem.as_str()) {
            continue;
        }
        let Some(that) = claim_that(tokens, at) else {
            continue;
        };
        deny_clause_from(tokens, that + 1);
    }
}

/// "It is false that the striker signed": a clause said to be false, by an opening of function
/// words only and a falsity word before "that", is denied.
fn deny_false_clauses(tokens: &mut [Token]) {
    for at in 0..tokens.len() {
        if !FALSITY_WORDS.contains(&tokens[at].lower.as_str())
            || tokens.get(at + 1).is_none_or(|t| t.lower != "that")
        {
            continue;
        }
        let clause = tokens[at].clause;
        let opening = tokens[..at]
            .iter()
            .rev()
            .take_while(|t| t.clause == clause && t.class != Class::Boundary);
        if opening.clone().count() == 0 || !opening.into_iter().all(|t| t.class == Class::Stop) {
            continue;
        }
        deny_clause_from(tokens, at + 2);
    }
}

/// End of the noun phrase starting at `from`: after the first run of content words.
fn phrase_end(tokens: &[Token], from: usize) -> usize {
    let mut seen_content = false;
    for (i, token) in tokens.iter().enumerate().skip(from) {
        match token.class {
            Class::Content | Class::Number(_) => seen_content = true,
            Class::Stop if !seen_content => {}
            _ => return i,
        }
    }
    tokens.len()
}

/// Whether the name `index` is part of, written capitalised and next to it, has another word
/// that `covered` accepts.
fn name_partner_covered(text: &Text, index: usize, covered: &impl Fn(usize) -> bool) -> bool {
    let proper = |k: usize| text.tokens.get(k).is_some_and(|t| t.proper);
    let after = (index + 1..text.tokens.len()).take_while(|&k| proper(k));
    let before = (0..index).rev().take_while(|&k| proper(k));
    after.chain(before).any(covered)
}

/// Whether the word at `index` is a title just before a name that `covered` accepts
/// ("goalkeeper Denis Oyelaran" / "Oyelaran"): the title describes whom the other names.
/// A word after these is a verb, not a title: "plans to sell Harrow Athletic".
const BEFORE_VERBS: &[&str] = &[
    "can", "could", "did", "do", "does", "may", "might", "must", "shall", "should", "to", "will",
    "would",
];

fn title_of_covered_name(text: &Text, index: usize, covered: &impl Fn(usize) -> bool) -> bool {
    let next = index + 1;
    text.tokens[index].senses.is_none_or(|s| s.noun())
        && index
            .checked_sub(1)
            .is_none_or(|p| !BEFORE_VERBS.contains(&text.tokens[p].lower.as_str()))
        && text.tokens.get(next).is_some_and(|t| t.proper)
        && (next..text.tokens.len())
            .take_while(|&k| text.tokens[k].proper)
            .any(covered)
}

/// Flags a pair where one statement denies what the other asserts: a content term both share
/// is negated in one and not in the other. The strength is how much of what the denying
/// statement denies is said by the other (a denial of more than the other says, "no man is
/// playing the guitar loudly" against "a man is playing the guitar", is weaker).
///
/// "the bridge is open" / "the bridge is not open" -> Some(..)
/// "the bridge is not open" / "the bridge is not open" -> None
pub fn negated_claim<'t>(a: &'t Text, b: &'t Text, alignment: &'t Alignment) -> Option<Found<'t>> {
    // Clauses whose denial both statements make: a word negated in one and not in the other
    // there is the same denial reaching over a phrase placed elsewhere ("after the talks, the
    // bank did not open the exports" / "the bank did not open the exports after the talks").
    let shared: Vec<(usize, usize)> = alignment
        .pairs
        .iter()
        .filter(|&&(i, j)| a.tokens[i].negated && b.tokens[j].negated)
        .map(|&(i, j)| (a.tokens[i].clause, b.tokens[j].clause))
        .collect();
    // To lose a thing is to be without it: "12,000 homes lost power" / "80,000 homes without
    // power" dispute nothing.
    let lost = |text: &Text, k: usize| {
        k > 0
            && matches!(
                text.tokens[k - 1].lower.as_str(),
                "lose" | "loses" | "losing" | "lost"
            )
    };
    let disputed: Vec<(usize, usize)> = alignment
        .pairs
        .iter()
        .copied()
        .filter(|&(i, j)| a.tokens[i].negated != b.tokens[j].negated)
        .filter(|&(i, j)| {
            if a.tokens[i].negated {
                !lost(b, j)
            } else {
                !lost(a, i)
            }
        })
        .filter(|&(i, j)| {
            let (ca, cb) = (a.tokens[i].clause, b.tokens[j].clause);
            !shared.iter().any(|&(sa, sb)| {
                if a.tokens[i].negated {
                    sa == ca
                } else {
                    sb == cb
                }
            })
        })
        .collect();
    let &(i, j) = disputed.iter().max_by(|x, y| {
        let wx = weight(&a.tokens[x.0]);
        let wy = weight(&a.tokens[y.0]);
        wx.total_cmp(&wy).then(y.0.cmp(&x.0))
    })?;
    // The denying side, and how much of what it denies the other side says.
    let (denier, other_is_b) = if a.tokens[i].negated {
        (a, true)
    } else {
        (b, false)
    };
    // "has not yet announced any cuts" leaves open what "could announce 400 job cuts" or
    // "will announce" says may come.
    let (affirmer, affirmed) = if other_is_b { (b, j) } else { (a, i) };
    if not_yet(denier) && to_come(affirmer, affirmed) {
        return None;
    }
    let mut denied_clauses: Vec<usize> = disputed
        .iter()
        .map(|&(x, y)| {
            if other_is_b {
                a.tokens[x].clause
            } else {
                b.tokens[y].clause
            }
        })
        .collect();
    // A clause denied as what someone did not say ("the spokesman did not say that the talks
    // had failed") is denied with the saying: the other side must say both.
    let saying_denied = |clause: usize| {
        denier
            .tokens
            .iter()
            .any(|t| t.clause + 1 == clause && t.reporting && t.negated)
    };
    let sayings: Vec<usize> = denied_clauses
        .iter()
        .filter(|&&c| saying_denied(c))
        .map(|&c| c - 1)
        .collect();
    denied_clauses.extend(sayings.iter().copied());
    // What the denier denies is said by the other side when it is the same or broader: "no
    // woman is cooking" denies "a lady is cooking", "no lady is cooking" does not deny "a woman
    // is cooking".
    // A given name beside a matched surname is said too: "Mayor Patrice Doyle" / "Mayor
    // Doyle".
    // Two definite openings speak of one referent ("The dog is playing" / "The puppy is not
    // playing"): a narrower word for the denier's subject says it too.
    let definite = |text: &Text| {
        text.tokens
            .iter()
            .find(|t| t.class != Class::Boundary)
            .is_some_and(|t| t.lower == "the")
    };
    let subject = denier
        .tokens
        .iter()
        .position(|t| t.class == Class::Content)
        .filter(|_| definite(a) && definite(b));
    let aligned_to = |index: usize| {
        if other_is_b {
            alignment.a_to_b[index].is_some()
        } else {
            alignment.b_to_a[index].is_some()
        }
    };
    let covered = |index: usize| {
        alignment.covers(index, other_is_b) || (subject == Some(index) && aligned_to(index))
    };
    // "Tessaly Mining said that, although output had slowed, the company had not suspended
    // operations": a body named by "the" and a common noun, opening a clause the named
    // speaker reports, is that speaker; the other side names it when it names the speaker.
    let report = denier.tokens.iter().position(|t| t.reporting);
    let speaker_named = std::cell::OnceCell::new();
    let speaker_named = || {
        *speaker_named.get_or_init(|| {
            report.is_some_and(|r| {
                (0..r).any(|k| {
                    let t = &denier.tokens[k];
                    t.proper && t.clause == denier.tokens[r].clause && covered(k)
                })
            })
        })
    };
    let speaker = |index: usize| {
        let t = &denier.tokens[index];
        !t.proper
            && report.is_some_and(|r| r < index && denier.tokens[r].clause != t.clause)
            && index
                .checked_sub(1)
                .is_some_and(|p| denier.tokens[p].lower == "the")
            && BODIES.binary_search(&t.lower.as_str()).is_ok()
            // The body itself, not what it has ("the carrier's routes").
            && !possessive(&denier.raw[t.span.start..])
            && speaker_named()
    };
    let matched = |index: usize| {
        covered(index)
            || (denier.tokens[index].proper && name_partner_covered(denier, index, &covered))
            || title_of_covered_name(denier, index, &covered)
            || speaker(index)
    };
    // A denial that falls on a saying ("Mayor Brannagh denied that she had said the market
    // would close", "did not say that ...") disputes that this speaker said it: the other
    // side must name the speaker, not only make the claim ("The market will close, the
    // finance officer said"). The speaker is who the cue's clause opens with, or who stands
    // between the cue and the saying ("denied that her deputy had said").
    let unnamed_speaker = denier.tokens.iter().enumerate().any(|(c, t)| {
        if t.class != Class::Negation || !denied_clauses.iter().any(|&d| d >= t.clause) {
            return false;
        }
        let Some(saying) = (c + 1..denier.tokens.len())
            .find(|&n| denier.tokens[n].class == Class::Content)
            .filter(|&n| {
                // A verb, by what comes before it: the cue ("denied saying"), or a subject or
                // auxiliary ("she had said"); "denied that talks took place" names talks.
                let before = &denier.tokens[n - 1];
                denier.tokens[n].reporting
                    && denier.tokens[n].negated
                    && (n - 1 == c || SAYING_AFTER.contains(&before.lower.as_str()))
            })
        else {
            return false;
        };
        let named = |range: std::ops::Range<usize>| -> Vec<usize> {
            range
                .filter(|&k| {
                    let w = &denier.tokens[k];
                    w.class == Class::Content && !w.reporting
                })
                .collect()
        };
        let between = named(c + 1..saying);
        let speaker = if between.is_empty() {
            named(0..c)
                .into_iter()
                .filter(|&k| denier.tokens[k].clause == t.clause)
                .collect()
        } else {
            between
        };
        !speaker.is_empty() && !speaker.iter().any(|&k| matched(k))
    });
    if unnamed_speaker {
        return None;
    }
    // "Skyline Air denied that the flight was cancelled because of staff shortages": a
    // denial of a clause with its reason denies the reason, not the event. It disputes the
    // other side only when that side gives the reason too.
    let reason_unsaid = denier.tokens.iter().enumerate().any(|(c, t)| {
        if t.class != Class::Negation || !is_denial(&t.lower) {
            return false;
        }
        let Some(clause) = denier.tokens.get(c + 1).map(|n| n.clause) else {
            return false;
        };
        let Some(reason) = (c + 1..denier.tokens.len())
            .find(|&k| denier.tokens[k].clause > clause)
            .filter(|&k| {
                let lower = denier.tokens[k].lower.as_str();
                lower == "because"
                    || (lower == "due" && denier.tokens.get(k + 1).is_some_and(|n| n.lower == "to"))
            })
        else {
            return false;
        };
        let words: Vec<usize> = (reason..denier.tokens.len())
            .take_while(|&k| denier.tokens[k].clause == denier.tokens[reason].clause)
            .filter(|&k| denier.tokens[k].class == Class::Content)
            .collect();
        denied_clauses.contains(&clause) && !words.is_empty() && !words.iter().any(|&k| matched(k))
    });
    if reason_unsaid {
        return None;
    }
    // "Not all of the delegates supported the motion" denies only that all did: it disputes
    // a claim about all of them ("All 40 delegates supported it"), not "Most of the
    // delegates supported it".
    let all_words = |t: &Token| {
        matches!(
            t.lower.as_str(),
            "all" | "always" | "each" | "every" | "everybody" | "everyone" | "unanimously"
        )
    };
    let not_all = denier.tokens.windows(2).any(|w| {
        w[0].class == Class::Negation && all_words(&w[1]) && denied_clauses.contains(&w[0].clause)
    });
    if not_all && !affirmer.tokens.iter().any(all_words) {
        return None;
    }
    // "did not say whether the plant was sold", "refused to say whether ...": a non-answer,
    // which neither affirms nor denies what follows. It disputes only a report that the
    // saying was made.
    // So is "has not decided whether to sell" or "could not confirm whether".
    let non_answer = denier.tokens.iter().enumerate().any(|(r, t)| {
        t.class == Class::Content
            && t.negated
            && !covered(r)
            && denier.tokens[r + 1..]
                .iter()
                .take(3)
                .any(|t| t.lower == "whether")
    });
    if non_answer {
        return None;
    }
    // Each denied clause on its own ("the exchange did not take place, and nobody was
    // released"): the one the other side says most of. A clause denied with the saying of
    // it is weighed with that saying.
    denied_clauses.sort_unstable();
    denied_clauses.dedup();
    let (mut said, mut total) = (0.0, 0.0);
    for &clause in denied_clauses.iter().filter(|&&c| !sayings.contains(&c)) {
        let with_saying = [clause, clause.wrapping_sub(1)];
        let in_clause =
            |c: usize| c == clause || (saying_denied(clause) && with_saying.contains(&c));
        let (mut s, mut t) = (0.0, 0.0);
        for (index, token) in denier.content() {
            if token.negated && in_clause(token.clause) {
                t += weight(token);
                if matched(index) {
                    s += weight(token);
                }
            }
        }
        if t > 0.0 && (total == 0.0 || s / t > said / total) {
            (said, total) = (s, t);
        }
    }
    // To the power 1.5: a denial of something the other side only half says is weak evidence
    // (0.35), one of which the other says four fifths is strong (0.72). (Squaring, as before,
    // left denials in long sentences against short claims under the threshold: on four sets
    // of news pairs, 5 more contradictions found and no false alarm; on SICK, F1 the same.)
    let coverage = if total > 0.0 { said / total } else { 0.0 };
    let mut strength = coverage.powf(1.5);
    // A denial that only describes a referent ("a man with no hat", "a flute which is not
    // played") clashes with the other statement only when both speak of one referent.
    let denied_token = |&(x, y): &(usize, usize)| {
        if other_is_b {
            &a.tokens[x]
        } else {
            &b.tokens[y]
        }
    };
    // A name both statements give says which referent ("the Harwick schools budget").
    let shared_name = super::shared_name(a, alignment);
    let modifier_only = disputed.iter().all(|pair| denied_token(pair).modifier)
        && (a.indefinite || b.indefinite)
        && !shared_name;
    // "Nobody was taken to hospital" / "Three pupils were admitted to hospital": a denial that
    // none did it, against a count of those who did, in the clause where the other says what
    // is denied. The count is a signal of its own.
    let other = if other_is_b { b } else { a };
    // The alignment from the other side to the denier, and back.
    let (to_denier, from_denier) = if other_is_b {
        (&alignment.b_to_a, &alignment.a_to_b)
    } else {
        (&alignment.a_to_b, &alignment.b_to_a)
    };
    let none_did = denier.tokens.iter().enumerate().any(|(k, t)| {
        let no_one = t.lower == "no" && denier.tokens.get(k + 1).is_some_and(|n| n.lower == "one");
        t.class == Class::Negation
            && (NEGATIVE_PRONOUNS.contains(&t.lower.as_str()) || no_one)
            && denied_clauses.contains(&t.clause)
    });
    // Or "no new cases" against "four new cases" ("without a single opposition vote" /
    // "four opposition MPs voted"): what "no" or "without" denies, counted.
    let no_what: Vec<usize> = denier
        .tokens
        .iter()
        .enumerate()
        .filter(|(_, t)| matches!(t.lower.as_str(), "no" | "without") && t.class == Class::Negation)
        .flat_map(|(k, _)| {
            let start = (k + 1..denier.tokens.len())
                .find(|&n| denier.tokens[n].class != Class::Stop)
                .unwrap_or(denier.tokens.len());
            (start..denier.tokens.len().min(start + 3))
                .take_while(|&n| denier.tokens[n].class == Class::Content)
        })
        .collect();
    let some_did = |at: usize| {
        let clause = other.tokens[at].clause;
        none_did
            && (0..other.tokens.len()).any(|k| {
                other.tokens[k].clause == clause
                    && to_denier[k].is_some_and(|d| denier.tokens[d].negated)
            })
    };
    let some_of = |units: &[usize]| {
        units
            .iter()
            .any(|&u| to_denier[u].is_some_and(|d| no_what.contains(&d)))
    };
    // A count without a figure says some did as well: "several of the cattle tested", "many
    // passengers", "a few residents".
    let vague = (none_did || !no_what.is_empty())
        && other.tokens.iter().enumerate().any(|(k, t)| {
            let few = t.lower == "few" && k > 0 && other.tokens[k - 1].lower == "a";
            if !(few || VAGUE_COUNTS.contains(&t.lower.as_str())) {
                return false;
            }
            let units: Vec<usize> = (k + 1..other.tokens.len().min(k + 5))
                .filter(|&n| other.tokens[n].class == Class::Content)
                .take(2)
                .collect();
            some_did(k) || some_of(&units)
        });
    let counted = vague
        || other.quantities.iter().any(|q| {
            let (at, value) = q.value_at();
            value >= 1.0 && (some_did(at) || some_of(q.units()))
        });
    // Unless the denial names a place, person or body the other does not: the count may be
    // another one's ("No new cases in Teska province" / "Alva province reported 14").
    let unshared_name = denier.tokens.iter().enumerate().any(|(k, t)| {
        t.proper
            && t.class == Class::Content
            && denied_clauses.contains(&t.clause)
            && from_denier[k].is_none()
    });
    let counted = counted && !unshared_name;
    // "Every airline has signed up" / "Some airlines have refused to accept": a claim about all
    // of a group against a denial by some of them, the denial in their clause.
    let some_of_all = other.quantified.universal
        && other.tokens.iter().enumerate().any(|(k, t)| {
            matches!(t.lower.as_str(), "all" | "each" | "every")
                && (k + 1..other.tokens.len().min(k + 4))
                    .find(|&n| other.tokens[n].class == Class::Content)
                    .and_then(|n| to_denier[n])
                    .is_some_and(|d| {
                        let before = |back: usize| d.checked_sub(back).map(|p| &denier.tokens[p]);
                        let some = |t: Option<&Token>| {
                            t.is_some_and(|t| {
                                matches!(t.lower.as_str(), "some" | "several" | "many")
                                    || matches!(t.class, Class::Number(n) if n >= 1.0)
                            })
                        };
                        (some(before(1)) || some(before(2)))
                            && denied_clauses.contains(&denier.tokens[d].clause)
                    })
        });
    let some_of_all = some_of_all && !counted && !unshared_name;
    let counted = counted || some_of_all;
    // A count of what the denial describes says which referent ("without a single opposition
    // vote" / "Four opposition MPs voted").
    let modifier_only = modifier_only && !counted;
    if modifier_only {
        strength *= MODIFIER_WEIGHT;
    }
    if counted {
        strength = 1.0 - (1.0 - strength) * (1.0 - NONE_AGAINST_COUNT_WEIGHT);
    }
    // "No one was seriously injured", "has never been fully restored": what is denied is
    // how far, and the other side, saying nothing of it, may say less ("minor injuries",
    // "parts were restored").
    let degree = denier.content().any(|(index, token)| {
        token.negated && DEGREES.contains(&token.lower.as_str()) && !matched(index)
    });
    if degree {
        strength *= DEGREE_WEIGHT;
    }
    Some(Found::new(Kind::NegatedClaim, strength, move || {
        // Said without naming a side: `compare` may have swapped the two.
        let mut why = format!(
            "one statement denies what the other affirms, which says {said:.2} of the {total:.2} \
             weighted words denied (coverage {coverage:.2}), to the power 1.5"
        );
        if modifier_only {
            why.push_str(&format!(
                "; x {MODIFIER_WEIGHT}: the denial only describes a referent, and an indefinite \
                 opening may mean another one"
            ));
        }
        if some_of_all {
            why.push_str(&format!(
                "; one says all did it, the other that some did not (+{NONE_AGAINST_COUNT_WEIGHT} \
                 as an independent signal)"
            ));
        } else if counted {
            why.push_str(&format!(
                "; one says none did it, the other counts those who did (+{NONE_AGAINST_COUNT_WEIGHT} \
                 as an independent signal)"
            ));
        }
        if degree {
            why.push_str(&format!(
                "; x {DEGREE_WEIGHT}: what is denied is a degree (\"seriously\", \"fully\") the \
                 other does not give"
            ));
        }
        // The disputed point: the run of adjacent disputed terms around the heaviest one
        // ("military assistance").
        let disputed_at = |k: usize| disputed.iter().find(|&&(x, _)| x == k).map(|&(_, y)| y);
        let (mut first, mut last) = (i, i);
        while first > 0 && disputed_at(first - 1).is_some() {
            first -= 1;
        }
        while disputed_at(last + 1).is_some() {
            last += 1;
        }
        let point = a.raw[a.tokens[first].span.start..a.tokens[last].span.end].to_lowercase();
        let mut marks_a: Vec<Mark> = (first..=last)
            .map(|k| Mark::new(a, k, Role::Term))
            .collect();
        let mut marks_b: Vec<Mark> = (first..=last)
            .filter_map(disputed_at)
            .map(|k| Mark::new(b, k, Role::Term))
            .collect();
        for (text, marks) in [(a, &mut marks_a), (b, &mut marks_b)] {
            for (index, token) in text.tokens.iter().enumerate() {
                if token.class == Class::Negation {
                    marks.push(Mark::new(text, index, Role::Cue));
                }
            }
        }
        Details {
            point,
            why,
            a: marks_a,
            b: marks_b,
        }
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn negated_words(raw: &str) -> Vec<String> {
        Text::new(raw)
            .tokens
            .into_iter()
            .filter(|t| t.negated)
            .map(|t| t.lower)
            .collect()
    }

    #[test]
    fn cues_are_sorted() {
        assert!(CUES.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn scope() {
        let cases: &[(&str, &[&str])] = &[
            (
                "assistance was not discussed",
                &["assistance", "was", "discussed"],
            ),
            (
                "We talked about a lot, but assistance was not discussed",
                &["assistance", "was", "discussed"],
            ),
            (
                "There is no man playing a guitar",
                &["man", "playing", "a", "guitar"],
            ),
            ("A man with no shirt is dancing", &["shirt"]),
            // "yet to" denies; "yet" alone joins clauses.
            (
                "The ministry has yet to publish the review",
                &["to", "publish", "the", "review"],
            ),
            ("It was late, yet the review was published", &[]),
            // "far from" before a state denies it; before a place it says where.
            ("The hotels were far from cheap", &["from", "cheap"]),
            ("The repairs are far from finished", &["from", "finished"]),
            ("A crowd is standing far from the water", &[]),
            ("The soldiers were far from home", &[]),
            ("A man without a hat is dancing", &["a", "hat"]),
            // Before a verb, "without" denies the act to the clause's end; "ever" only
            // stresses it.
            (
                "The convoy turned back without ever entering the town",
                &["ever", "entering", "the", "town"],
            ),
            (
                "Nobody is riding the horse",
                &["is", "riding", "the", "horse"],
            ),
            // Denying that a clause is true denies the clause.
            (
                "It is not true that the bridge is closed",
                &["it", "is", "true", "the", "bridge", "is", "closed"],
            ),
            (
                "Officials said it was not correct that the plant closed",
                &[
                    "officials",
                    "said",
                    "it",
                    "was",
                    "correct",
                    "the",
                    "plant",
                    "closed",
                ],
            ),
            // Saying that a clause is false denies it; "not false" and a false claim do not.
            (
                "It is false that the bridge is closed",
                &["the", "bridge", "is", "closed"],
            ),
            ("It was untrue that taxes rose", &["taxes", "rose"]),
            (
                "It is not false that the bridge is closed",
                &["it", "is", "false"],
            ),
            ("He made a false claim that taxes rose", &[]),
            // Not a claim about truth: the clause after "that" stands.
            (
                "It is not clear that the bridge is closed",
                &["it", "is", "clear"],
            ),
            (
                "Kremlin denied that talks took place",
                &["talks", "took", "place"],
            ),
            (
                "Russia refused to sign the deal",
                &["to", "sign", "the", "deal"],
            ),
            // A clause of time after "after", "before" or "once" is not denied with the
            // clause it follows; "after" before a noun phrase is a preposition, inside it.
            (
                "The club failed to win approval after the committee deadlocked",
                &["to", "win", "approval"],
            ),
            (
                "He had never met her before the contract was signed",
                &["he", "had", "met", "her"],
            ),
            (
                "The mine did not close after the landslide",
                &["the", "mine", "did", "close", "after", "the", "landslide"],
            ),
            (
                "The mine did not close after the revised plan",
                &[
                    "the", "mine", "did", "close", "after", "the", "revised", "plan",
                ],
            ),
            ("Nobody is not happy", &[]),
            ("The bridge will rise, but talks failed", &[]),
            (
                "The guitar is being played by nobody",
                &["the", "guitar", "is", "being", "played", "by"],
            ),
            ("The bridge is open", &[]),
            ("Переговоры не состоялись", &["переговоры", "состоялись"]),
        ];
        for (raw, expected) in cases {
            assert_eq!(negated_words(raw), *expected, "{raw:?}");
        }
    }

    #[test]
    fn negated_claims() {
        // (a, b, flagged at the default threshold)
        let cases = [
            // Two definite openings speak of one referent, whatever word each uses for it;
            // indefinite ones may speak of two.
            (
                "The dog is chasing the ball",
                "The puppy is not chasing the ball",
                true,
            ),
            (
                "A dog is chasing the ball",
                "A puppy is not chasing the ball",
                false,
            ),
            ("The bridge is open", "The bridge is not open", true),
            (
                "It is not true that the bridge was destroyed",
                "The bridge was destroyed",
                true,
            ),
            (
                "It is not true that the bridge was not destroyed",
                "The bridge was destroyed",
                false,
            ),
            (
                "Talks took place",
                "The Kremlin denied that talks took place",
                true,
            ),
            // A light verb says little: the denial is of the arrests.
            (
                "No arrests were made after the match, police said",
                "Police arrested three fans after the match",
                true,
            ),
            // A denial of reports denies what they report.
            (
                "The ministry denied reports that the ambassador had been recalled",
                "The ambassador had been recalled",
                true,
            ),
            // ... and so does a denial of one whose maker is named.
            (
                "The mayor denied the opposition's claim that the depot would close",
                "The depot will close, the opposition said",
                true,
            ),
            // A claim said to be false is denied: "contradicting the trust's claim that ...".
            (
                "Auditors found the trust had overspent by 6 million pounds, contradicting \
                 the trust's claim that it had balanced its books",
                "Auditors found the trust had balanced its books",
                true,
            ),
            (
                "The survey refuted suggestions that the lake was polluted",
                "Scientists say the lake is polluted",
                true,
            ),
            // None against some without a figure: "several", "many".
            (
                "None of the 40 cattle tested on the Harlow Brook farm were found to carry \
                 bovine tuberculosis, the animal health agency said",
                "Several of the cattle tested at Harlow Brook farm were positive for bovine \
                 tuberculosis",
                true,
            ),
            (
                "None of the cattle tested on the Harlow Brook farm carried tuberculosis",
                "Several of the cattle tested at the Oxley farm carried tuberculosis",
                false,
            ),
            // All against some who did not: "every airline" / "some airlines refused".
            (
                "Every airline operating at Dunmore airport has signed up to the new landing \
                 fee schedule, the airport's owners said",
                "Some airlines at Dunmore airport have refused to accept the new landing fees",
                true,
            ),
            (
                "Every airline operating at Dunmore airport has signed up to the new landing \
                 fee schedule, the airport's owners said",
                "Some airlines at Belford airport have refused to accept the new landing fees",
                false,
            ),
            // "not yet" leaves open what may come; it denies what has come.
            (
                "Kestrel Airways has not yet announced any job cuts",
                "Kestrel Airways could announce 400 job cuts in the coming weeks",
                false,
            ),
            (
                "Kestrel Airways has not yet announced any job cuts",
                "Kestrel Airways announced 400 job cuts on Monday",
                true,
            ),
            (
                "The Halden bridge has not yet reopened to traffic",
                "The Halden bridge reopened to traffic in May",
                true,
            ),
            (
                "The council has yet to approve the Mill Lane plan",
                "The council approved the Mill Lane plan, which will cost £2m",
                true,
            ),
            // "the company" in a clause a named body reports is that body.
            (
                "Tessaly Mining said that, although output had slowed, the company had not \
                 suspended work at its Orvane pit after the landslide last week",
                "Tessaly Mining suspended work at its Orvane pit after the landslide",
                true,
            ),
            (
                "Harlow Council said that the company had not paid the fine",
                "Brandt Logistics paid the fine",
                false,
            ),
            (
                "The inquiry rejected claims that officers used excessive force in the arrest",
                "Officers used excessive force in the arrest, the inquiry concluded",
                true,
            ),
            (
                "The club dismissed reports that its manager had resigned",
                "The club's manager has resigned",
                true,
            ),
            // Contradicting a person is no denial of what the person did.
            (
                "The new figures contradicted the minister on Tuesday",
                "The minister resigned on Tuesday",
                false,
            ),
            (
                "Auditors found the trust had overspent, contradicting its claim",
                "Auditors found the trust had overspent",
                false,
            ),
            // A verb before a name is no title of it: selling the club is not said.
            (
                "Club chairman Piet Vandam denied reports that he plans to sell Harrow Athletic",
                "Vandam admitted he had held talks with investors about building a new stadium \
                 for Harrow Athletic",
                false,
            ),
            // ... and means no other verb: making a landing is not hurting anyone.
            (
                "Flight SV218 made a safe landing at Corran",
                "Flight SV218 landed safely at Corran, adding that no one was hurt",
                false,
            ),
            (
                "The bank said the merger was approved",
                "It is false that the merger was approved, the bank said",
                true,
            ),
            (
                "Russia signed the deal",
                "Russia refused to sign the deal",
                true,
            ),
            (
                "A man is playing a guitar",
                "There is no man playing a guitar",
                true,
            ),
            (
                "A key condition would be the complete cessation of military assistance",
                "We talked about a lot, but assistance was not discussed",
                true,
            ),
            ("A lady is cooking", "There is no woman cooking", true),
            // Words that only stress a denial are not part of what it denies.
            (
                "Tear gas was not used at any point",
                "Officers used tear gas",
                true,
            ),
            (
                "The board approved the budget without a single vote against",
                "The budget passed 7-2, with two trustees voting against",
                true,
            ),
            // A denial inside a modifier, after an indefinite opening, counts in full when a
            // name both give says which referent.
            (
                "Two trustees voted against the Harwick schools budget",
                "The Harwick school board approved the budget without a single vote against",
                true,
            ),
            // "anyone" under a denial stands for whoever the other names.
            (
                "I have never met anyone from Dravon Energy",
                "The minister met Dravon Energy executives twice",
                true,
            ),
            ("A woman is cooking", "There is no lady cooking", false),
            // Both negated.
            ("The bridge is not open", "The bridge isn't open", false),
            // Unrelated subjects.
            ("A man is playing", "A woman is not cutting onions", false),
            // A paraphrase, no negation.
            ("Assistance was discussed", "They talked about aid", false),
            // A denial of more than the other says.
            (
                "A man is playing the guitar",
                "There is no man playing the guitar loudly",
                false,
            ),
            // A denial that describes one of possibly two referents.
            (
                "A man with a hat is sitting",
                "A man with no hat is sitting",
                false,
            ),
            (
                "A girl is playing a flute",
                "A girl is making a flute which is not played",
                false,
            ),
            (
                "The convoy arrived with weapons",
                "The convoy arrived without weapons",
                true,
            ),
            // The attribution is denied, not the claim.
            (
                "Talks took place",
                "Trump did not say that talks took place",
                false,
            ),
            // Denying that one said something disputes the saying of it, and only that.
            (
                "The minister did not say that tuition fees would rise",
                "The minister said that the review of tuition fees would finish by June",
                false,
            ),
            (
                "The minister did not say that tuition fees would rise",
                "The minister said that tuition fees would rise",
                true,
            ),
            // So does denying that one had said it: the other must name who said it.
            (
                "Councillor Ada Voss denied that she had said the library would close in May",
                "The library will close in May, the council's treasurer said",
                false,
            ),
            (
                "Councillor Ada Voss denied that she had said the library would close in May",
                "Councillor Voss said the library would close in May",
                true,
            ),
            (
                "The union denied that talks had collapsed on Monday",
                "Talks collapsed on Monday",
                true,
            ),
            // A denial of a reason disputes only the reason.
            (
                "Ferrow Air denied that Monday's flight to Dunmere was cancelled because of a \
                 pilots' strike",
                "Ferrow Air's Monday flight to Dunmere was cancelled, the airline said",
                false,
            ),
            (
                "Ferrow Air denied that Monday's flight to Dunmere was cancelled because of a \
                 pilots' strike",
                "Ferrow Air's Monday flight to Dunmere was cancelled because of a pilots' strike",
                true,
            ),
            (
                "Ferrow Air denied that Monday's flight to Dunmere was cancelled",
                "Ferrow Air's Monday flight to Dunmere was cancelled, the airline said",
                true,
            ),
            // "Not all" denies only a claim about all.
            (
                "Not all of the 30 shop stewards backed the pay offer",
                "Most of the 30 shop stewards backed the pay offer",
                false,
            ),
            (
                "Not all of the 30 shop stewards backed the pay offer",
                "All 30 shop stewards backed the pay offer",
                true,
            ),
            // A preposition is not part of what is denied.
            (
                "The runway was not closed during the storm",
                "The runway was closed on Tuesday in the storm",
                true,
            ),
            // A given name beside a surname the other gives is said by it.
            (
                "Mayor Patrice Doyle has never met the Quayside developers",
                "Mayor Doyle met the developers twice",
                true,
            ),
            // "no plans to close" denies closing.
            (
                "Telvin will close its plant in Haverley",
                "We have no plans whatsoever to close Haverley",
                true,
            ),
            // "use" says little: the denial is of the bailiffs.
            (
                "The council has never used bailiffs to collect unpaid council tax",
                "The council sent bailiffs to 1,200 households over unpaid council tax",
                true,
            ),
            // A non-answer neither affirms nor denies.
            (
                "The company did not say whether it had received an offer for the plant",
                "The company received an offer for the plant",
                false,
            ),
            (
                "Moorland Foods will sell its Brannock plant",
                "Moorland Foods has not yet decided whether to sell its Brannock plant",
                false,
            ),
            // ... but "not yet" denies as "not" does.
            (
                "Moorland Foods has sold its Brannock plant",
                "Moorland Foods has not yet sold its Brannock plant",
                true,
            ),
            // A title before a name the other gives is said by it.
            (
                "The coach said that goalkeeper Denis Oyelaran had not been dropped",
                "The coach said that Oyelaran had been dropped",
                true,
            ),
            // "declined to" denies what follows, as "refused to" does ...
            (
                "The central bank declined to raise rates on Thursday",
                "The central bank raised rates on Thursday",
                true,
            ),
            // ... but "declined to 4%" says how a figure went.
            (
                "Unemployment declined to 4% in May",
                "Unemployment did not rise to 4% in May",
                false,
            ),
            // "fail" denies only before "to": a motion that did not fail passed.
            (
                "The council passed the budget",
                "The council failed to pass the budget",
                true,
            ),
            // One denial, a phrase placed on either side of it.
            (
                "After the talks, the bank did not open the border",
                "The bank did not open the border after the talks",
                false,
            ),
            (
                "After the talks, the bank opened the border",
                "The bank did not open the border after the talks",
                true,
            ),
            (
                "The aid convoy entered Harsk on Wednesday",
                "The aid convoy was turned back on Wednesday without ever entering Harsk",
                true,
            ),
            // Each denied clause on its own: the second is all said by the other.
            (
                "Both sides released 48 detainees at the Torvik checkpoint on Saturday",
                "The exchange planned for Saturday did not take place, and nobody was released",
                true,
            ),
            // "no new cases" against four of them; but not when the denial names another
            // place.
            (
                "The measles outbreak in Corby is over, with no new cases recorded for six weeks",
                "Health officials in Corby reported three new measles cases this week",
                true,
            ),
            (
                "Alva province reported 14 new measles cases on Tuesday",
                "No new measles cases were recorded in Teska province on Tuesday",
                false,
            ),
            // "without" a thing against a count of it: the count says which referent.
            (
                "The motion passed without a single opposition vote",
                "Three opposition councillors voted for the motion when it passed",
                true,
            ),
            // To lose a thing is to be without it; not to lose it is not.
            (
                "In Kelso alone, 900 homes lost power during the storm",
                "The storm left 4,000 homes without power",
                false,
            ),
            (
                "900 homes lost power during the storm",
                "No homes lost power during the storm",
                true,
            ),
            // A denial that none did it, against a count of those who did.
            (
                "Nobody needed hospital treatment after the fire at the Kelso bus depot on \
                 Saturday.",
                "Two drivers were taken to hospital with burns after a fire broke out at the \
                 Kelso bus depot late on Saturday, the fire service said.",
                true,
            ),
            (
                "Nobody was hurt when the bus crashed on the A9.",
                "The bus carrying 40 passengers crashed on the A9 on Monday.",
                false,
            ),
            // A noun of the act meets its verb: injuries are what the injured have.
            (
                "Nobody was injured when the bus overturned near Kelso",
                "Two passengers were treated for injuries after the bus overturned near Kelso",
                true,
            ),
        ];
        for (x, y, flagged) in cases {
            let (a, b, alignment) = crate::analysis::aligned(x, y);
            let strength = negated_claim(&a, &b, &alignment)
                .map(|e| e.strength)
                .unwrap_or(0.0);
            let got = strength >= crate::analysis::DEFAULT_MIN_SCORE;
            assert_eq!(got, flagged, "{x:?} / {y:?}: {strength}");
        }
    }
}
