//! The `quantifier` check: a claim about all of a group against one that leaves a member out
//! ("All member states endorsed the statement" / "Every member state except Hungary endorsed
//! it"), or about one member alone against one that adds another ("Only the Greens voted
//! against" / "The Greens and the Social Democrats voted against").
//!
//! Each rule needs the rest of the two statements to say the same: the strength is how much of
//! one statement the other says, the exception or the added member left out.

use super::similarity::{Alignment, weight};
use super::text::{Class, Text};
use super::{Details, Found, Kind, Mark, Role};

/// Words that claim a whole group: "all", "every".
const UNIVERSALS: &[&str] = &["all", "each", "every", "unanimously"];

/// Words that leave members out of a group: "except", "excluding". ("apart from", "other
/// than" and "all but" are read as phrases in [`exception`].)
const EXCEPTIONS: &[&str] = &["except", "excepting", "excluding"];

/// What the quick test before the full check needs of one statement, found once per
/// statement by [`Quantified::of`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Quantified {
    /// It has a word that claims a whole group ("all", "every").
    pub universal: bool,
    /// The members an exception leaves out: "except Hungary" -> the token of "Hungary".
    pub exception: Option<std::ops::Range<usize>>,
    /// What "only" picks out: "only the Greens" -> the token of "Greens".
    pub only: Option<std::ops::Range<usize>>,
}

impl Quantified {
    /// Reads the quantifiers of a tokenised statement.
    pub fn of(text: &Text) -> Quantified {
        let lower = |i: usize| text.tokens.get(i).map_or("", |t| t.lower.as_str());
        let universal = text
            .tokens
            .iter()
            .any(|t| UNIVERSALS.contains(&t.lower.as_str()));
        // Members who voted against leave out of a unanimous vote: "Four senators voted
        // against the bill", "two members abstained".
        let dissent = (0..text.tokens.len()).find_map(|i| {
            let counted = matches!(text.tokens[i].class, Class::Number(n) if n > 0.0);
            if !counted {
                return None;
            }
            let end = (i + 1..text.tokens.len().min(i + 5)).find(|&k| {
                matches!(
                    lower(k),
                    "abstained" | "abstaining" | "dissented" | "dissenting" | "opposed"
                ) || (lower(k) == "against" && k > 0 && lower(k - 1) == "voted")
            })?;
            Some(i..end + 1)
        });
        let exception = dissent.or_else(|| {
            (0..text.tokens.len()).find_map(|i| {
                let marker = match (lower(i), lower(i + 1)) {
                    (w, _) if EXCEPTIONS.contains(&w) => 1,
                    ("apart", "from") | ("other", "than") => 2,
                    ("all", "but") => 2,
                    _ => return None,
                };
                // "except Hungary", "all but two": a name, a word, or a number.
                let at = i + marker;
                let number = text
                    .tokens
                    .get(at)
                    .is_some_and(|t| matches!(t.class, Class::Number(_)));
                if number {
                    Some(at..at + 1)
                } else {
                    noun_phrase(text, at)
                }
            })
        });
        // Some of a counted whole leave the rest out: "10 of the 12 member states" (not
        // "every one of the 14", nor a count not yet complete: "with 42 of the 60 seats
        // declared").
        let exception = exception.or_else(|| {
            let some_of = (0..text.tokens.len()).find_map(|i| {
                let Class::Number(some) = text.tokens[i].class else {
                    return None;
                };
                let of = lower(i + 1) == "of";
                let at = if lower(i + 2) == "the" { i + 3 } else { i + 2 };
                let whole = text.tokens.get(at).and_then(|t| match t.class {
                    Class::Number(n) => Some(n),
                    _ => None,
                })?;
                let every = i > 0 && UNIVERSALS.contains(&lower(i - 1));
                (of && some < whole && !every).then_some(i..i + 1)
            })?;
            (!super::numbers::partial_count(text)).then_some(some_of)
        });
        let only = (0..text.tokens.len())
            .filter(|&i| lower(i) == "only")
            .find_map(|i| noun_phrase(text, i + 1))
            .map(|phrase| {
                // The whole phrase: "only the prime minister's Civic Union".
                let mut end = phrase.end;
                while end < phrase.start + 4
                    && text
                        .tokens
                        .get(end)
                        .is_some_and(|t| t.class == Class::Content)
                {
                    end += 1;
                }
                phrase.start..end
            });
        Quantified {
            universal,
            exception,
            only,
        }
    }

    /// Whether the quantifier check could fire on a pair with these two: a quick test.
    pub fn may_conflict(&self, other: &Quantified) -> bool {
        let excepts = |p: &Quantified, q: &Quantified| {
            p.universal && p.exception.is_none() && q.exception.is_some()
        };
        excepts(self, other) || excepts(other, self) || self.only.is_some() != other.only.is_some()
    }
}

/// The noun phrase that starts at `from` (after "the" or "a"): a run of names, or else one
/// content word. `None` when a number or nothing of the kind follows ("only 7 survivors" is
/// the count check's).
fn noun_phrase(text: &Text, from: usize) -> Option<std::ops::Range<usize>> {
    let tokens = &text.tokens;
    let start = (from..tokens.len()).find(|&i| tokens[i].class != Class::Stop)?;
    if start > from + 1 || tokens[start].class != Class::Content {
        return None;
    }
    if tokens[start].proper {
        let end = (start..tokens.len())
            .find(|&i| !(tokens[i].proper && tokens[i].class == Class::Content))
            .unwrap_or(tokens.len());
        Some(start..end)
    } else {
        Some(start..start + 1)
    }
}

/// Weighted share of `text`'s content words, but those in `skip`, that align.
fn said(text: &Text, skip: &std::ops::Range<usize>, map: &[Option<usize>]) -> f64 {
    let (mut said, mut total) = (0.0, 0.0);
    for (i, token) in text.content() {
        if skip.contains(&i) {
            continue;
        }
        total += weight(token);
        if map[i].is_some() {
            said += weight(token);
        }
    }
    if total > 0.0 { said / total } else { 0.0 }
}

/// Flags a claim about a whole group against an exception to it, or one member alone against
/// two. Both statements must affirm (a denial is the negation check's), and the rest of them
/// must say the same: the strength is how much of one the other says, the exception or the
/// added member left out.
///
/// "All member states endorsed the statement" / "Every member state except Hungary endorsed
/// the statement" -> Some(..)
/// "Only the Greens voted against" / "The Greens and the Social Democrats voted against" ->
/// Some(..)
pub fn quantifier<'t>(a: &'t Text, b: &'t Text, alignment: &Alignment) -> Option<Found<'t>> {
    if a.any_negated || b.any_negated {
        return None;
    }
    let (qa, qb) = (&a.quantified, &b.quantified);
    let none = 0..0;
    // An exception in b to what a says of all, or the other way round.
    let exception = |p: &Quantified, q: &Quantified| {
        (p.universal && p.exception.is_none())
            .then(|| q.exception.clone())
            .flatten()
    };
    // Members the side without "only" names beside the one "only" picks out.
    let added =
        |text: &Text, map: &[Option<usize>], focus: usize| -> Option<std::ops::Range<usize>> {
            let lower = |i: usize| text.tokens.get(i).map_or("", |t| t.lower.as_str());
            let unaligned = |i: usize| {
                text.tokens
                    .get(i)
                    .is_some_and(|t| t.class == Class::Content && map[i].is_none())
            };
            // Past the rest of the phrase the two share: "the prime minister's Civic Union".
            let mut after = focus + 1;
            while text
                .tokens
                .get(after)
                .is_some_and(|t| t.class == Class::Content && map[after].is_some())
            {
                after += 1;
            }
            if lower(after) == "and" {
                // "and the Greens", "and also by the opposition Greens": the first content
                // word within a few words, and the run of content words it starts.
                let first = (after + 1..text.tokens.len().min(after + 6))
                    .find(|&i| text.tokens[i].class == Class::Content)?;
                let mut end = first + 1;
                while text
                    .tokens
                    .get(end)
                    .is_some_and(|t| t.class == Class::Content)
                {
                    end += 1;
                }
                return (first..end).any(unaligned).then_some(first..end);
            }
            let mut before = focus;
            while before > 0
                && text.tokens[before - 1].class == Class::Content
                && map[before - 1].is_some()
            {
                before -= 1;
            }
            // Past a determiner: "the Social Democrats and the Greens".
            if before > 0 && matches!(lower(before - 1), "the" | "a" | "an") {
                before -= 1;
            }
            let and = before.checked_sub(1).filter(|&i| lower(i) == "and")?;
            let first = (0..and)
                .rev()
                .find(|&i| text.tokens[i].class == Class::Content)?;
            unaligned(first).then_some(first..first + 1)
        };
    let (rule, skip_a, skip_b, marks_a, marks_b) = if let Some(range) = exception(qa, qb) {
        let marks_b = range.clone().map(|i| Mark::new(b, i, Role::Cue)).collect();
        ("exception", none.clone(), range, Vec::new(), marks_b)
    } else if let Some(range) = exception(qb, qa) {
        let marks_a = range.clone().map(|i| Mark::new(a, i, Role::Cue)).collect();
        ("exception", range, none.clone(), marks_a, Vec::new())
    } else {
        // "only" in one statement, on a word the other aligns and adds a member to.
        let (only_in_a, focus) = match (&qa.only, &qb.only) {
            (Some(f), None) => (true, f.clone()),
            (None, Some(f)) => (false, f.clone()),
            _ => return None,
        };
        let partner = |i: usize| {
            if only_in_a {
                alignment.a_to_b[i]
            } else {
                alignment.b_to_a[i]
            }
        };
        let at = focus.clone().find_map(partner)?;
        let (other, map) = if only_in_a {
            (b, &alignment.b_to_a)
        } else {
            (a, &alignment.a_to_b)
        };
        let extra = added(other, map, at)?;
        let (focus_text, other_marks) = if only_in_a { (a, b) } else { (b, a) };
        let focus_marks: Vec<Mark> = focus
            .clone()
            .map(|i| Mark::new(focus_text, i, Role::Term))
            .collect();
        let extra_marks: Vec<Mark> = extra
            .clone()
            .map(|i| Mark::new(other_marks, i, Role::Cue))
            .collect();
        if only_in_a {
            ("only", none.clone(), extra, focus_marks, extra_marks)
        } else {
            ("only", extra, none.clone(), extra_marks, focus_marks)
        }
    };
    let strength = said(a, &skip_a, &alignment.a_to_b).max(said(b, &skip_b, &alignment.b_to_a));
    Some(Found::new(Kind::Quantifier, strength, move || {
        let (point, why) = if rule == "exception" {
            (
                "exception".to_string(),
                format!(
                    "one statement says all, the other leaves some out; one statement says \
                     {strength:.2} of the rest of the other"
                ),
            )
        } else {
            (
                "only".to_string(),
                format!(
                    "one statement says only one, the other names another beside it; one \
                     statement says {strength:.2} of the rest of the other"
                ),
            )
        };
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

    #[test]
    fn flags_all_against_an_exception_and_only_against_two() {
        let cases = [
            (
                "All EU member states endorse the joint ceasefire statement",
                "Every member state except Hungary endorsed the joint statement on the ceasefire",
                true,
            ),
            (
                "All staff received the bonus",
                "Staff other than managers received the bonus",
                true,
            ),
            // Members who voted against leave out of a unanimous vote.
            (
                "The Clean Rivers Act passed the state senate unanimously on Tuesday",
                "Four senators voted against the Clean Rivers Act when it passed the state senate",
                true,
            ),
            (
                "The Clean Rivers Act passed the state senate on Tuesday",
                "Four senators voted against the Clean Rivers Act when it passed the state senate",
                false,
            ),
            (
                "Only the Greens voted against the budget",
                "Greens and Social Democrats voted against the budget",
                true,
            ),
            (
                "Only the Greens voted against the budget",
                "The Social Democrats and the Greens voted against the budget",
                true,
            ),
            (
                "The amendment was backed by the prime minister's Civic Union and also by the \
                 opposition Greens",
                "Only the prime minister's Civic Union voted for the amendment",
                true,
            ),
            (
                "Every one of the 14 hospitals missed the A&E target in January",
                "All but two of the 14 hospitals missed the A&E target in January",
                true,
            ),
            // "10 of the 12" leaves two out; so do two who abstain.
            (
                "All 12 member states backed the fisheries resolution",
                "The fisheries resolution was backed by 10 of the 12 member states",
                true,
            ),
            (
                "All 12 member states backed the fisheries resolution",
                "The fisheries resolution was backed by 12 of the 12 member states",
                false,
            ),
            (
                "With 42 of the 60 seats declared, the Alliance held 19 seats",
                "The Alliance finished with 31 seats once all 60 had been declared",
                false,
            ),
            (
                "The board backed the merger unanimously",
                "The board backed the merger, with two directors abstaining",
                true,
            ),
            // Both leave the same member out, or neither claims all.
            (
                "Every member state except Hungary endorsed the statement",
                "All member states except Hungary endorsed the statement",
                false,
            ),
            (
                "Member states endorsed the statement",
                "Every member state except Hungary endorsed the statement",
                false,
            ),
            // "only" on a count is the count check's; "only" on both sides agrees.
            (
                "Only 7 survivors were rescued",
                "Survivors and volunteers were rescued",
                false,
            ),
            (
                "Only the Greens voted against the budget",
                "Only the Greens voted against the budget",
                false,
            ),
            // The other side names no one beside the one "only" picks out.
            (
                "Only the Greens voted against the budget",
                "The Greens voted against the budget",
                false,
            ),
            // A different claim: little of the rest is shared.
            (
                "All schools reopened on Monday",
                "Every hospital except Leeds General stayed open during the strike",
                false,
            ),
        ];
        crate::analysis::assert_flags(&cases, |a, b, al| {
            quantifier(a, b, al).map_or(0.0, |f| f.strength)
        });
    }
}
