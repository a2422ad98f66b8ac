//! The `conflicting-number` check: the same counted thing with different values ("175
//! prisoners" / "170 prisoners", "a 30-day pause" / "a 60-day pause"). A number counts
//! something when a content word follows it closely; the things counted must align.

use super::similarity::{self, Alignment, either_clause};
use super::text::{Class, Text};
use super::{Details, Found, Kind, Mark, Role};
use super::{dates, lexicon};

/// A number and the content words right after it (what it counts).
#[derive(Debug, Clone, PartialEq)]
pub struct Quantity {
    index: usize,
    value: f64,
    units: Vec<usize>,
}

/// Numbers with what they count; numbers inside dates (`text.dates`, read first) are left to
/// the date check. `Text::new` calls this once.
pub fn quantities(text: &Text) -> Vec<Quantity> {
    let in_dates = dates::date_tokens(text);
    let mut out = Vec::new();
    for (index, token) in text.tokens.iter().enumerate() {
        let Class::Number(value) = token.class else {
            continue;
        };
        if in_dates.contains(&index) {
            continue;
        }
        // What is counted: the content word right after the number, or after one function word
        // ("30 of the prisoners" is not read; "175 prisoners", "30-day" are).
        let units: Vec<usize> = text.tokens[index + 1..]
            .iter()
            .take(2)
            .position(|t| t.class == Class::Content)
            .filter(|&k| k == 0 || text.tokens[index + 1].class == Class::Stop)
            .map(|k| vec![index + 1 + k])
            .unwrap_or_default();
        if !units.is_empty() {
            out.push(Quantity {
                index,
                value,
                units,
            });
        }
    }
    out
}

/// Whether `a` and `b` could give different counts of one thing: a quick test before the
/// full check. It holds whenever the full check could fire: the units must be able to align
/// (the same stem, a name, or related senses) and the values differ.
pub fn may_conflict(a: &Text, b: &Text) -> bool {
    a.quantities.iter().any(|x| {
        b.quantities.iter().any(|y| {
            x.value != y.value
                && x.units.iter().any(|&i| {
                    y.units.iter().any(|&j| {
                        let (u, v) = (&a.tokens[i], &b.tokens[j]);
                        u.stem_id == v.stem_id
                            || u.proper
                            || v.proper
                            || matches!((u.senses, v.senses), (Some(p), Some(q)) if lexicon::relate(p, q).is_some())
                    })
                })
        })
    })
}

/// Flags the same counted thing with different values, when neither statement also gives the
/// other's value for it. The strength is how much of the rest of the count's clause the other
/// statement says (the larger of the two ways), or `overlap`, how much of one statement the
/// other says ([`super::similarity::overlap`]), when that is more: a clause may say little
/// beyond the count ("for 335 schools in Kalibra after a long debate") while the statements
/// say the same.
///
/// "175 prisoners were exchanged" / "170 prisoners were exchanged" -> Some(..)
/// "175 prisoners were exchanged" / "one hundred seventy-five prisoners were exchanged" -> None
pub fn conflicting_number<'t>(
    a: &'t Text,
    b: &'t Text,
    alignment: &Alignment,
    overlap: f64,
) -> Option<Found<'t>> {
    let (qa, qb) = (&a.quantities, &b.quantities);
    let same_unit = |x: &Quantity, y: &Quantity| {
        x.units
            .iter()
            .any(|&i| y.units.iter().any(|&j| alignment.a_to_b[i] == Some(j)))
    };
    let same_stem = |x: &Quantity, y: &Quantity| {
        x.units.iter().any(|&i| {
            y.units
                .iter()
                .any(|&j| a.tokens[i].stem_id == b.tokens[j].stem_id)
        })
    };
    for x in qa {
        for y in qb {
            if x.value == y.value || !same_unit(x, y) {
                continue;
            }
            // A unit word said twice aligns once ("1,500 metres ... 5,000 metres" / "5,000
            // metres"): here the same stem counts as the same unit.
            let a_also_says = qa
                .iter()
                .any(|p| p.value == y.value && (same_unit(p, y) || same_stem(p, y)));
            let b_also_says = qb
                .iter()
                .any(|q| q.value == x.value && (same_unit(x, q) || same_stem(x, q)));
            if a_also_says || b_also_says {
                continue;
            }
            let unit = &a.tokens[x.units[0]];
            // The same counted thing: the rest of the number's clause is said by the other
            // statement ("1,200 troops were withdrawn from the border" / "1,500 troops were
            // withdrawn"), not only its unit and a few stock words.
            let said_a = clause_said(a, x, |i| alignment.a_to_b[i].is_some());
            let said_b = clause_said(b, y, |j| alignment.b_to_a[j].is_some());
            let said = either_clause(said_a, said_b, overlap).max(overlap);
            let (low, high) = (x.value.min(y.value), x.value.max(y.value));
            let (xi, xu, yi, yu) = (x.index, x.units[0], y.index, y.units[0]);
            return Some(Found::new(Kind::ConflictingNumber, said, move || Details {
                point: unit.lower.clone(),
                why: format!(
                    "two counts of the same thing ({low} and {high}), and neither statement gives \
                     the other's; the other statement says {said:.2} of the rest of the count's \
                     clause"
                ),
                a: vec![Mark::new(a, xi, Role::Cue), Mark::new(a, xu, Role::Term)],
                b: vec![Mark::new(b, yi, Role::Cue), Mark::new(b, yu, Role::Term)],
            }));
        }
    }
    None
}

/// How much of the rest of `q`'s clause (but the number and its unit) the other statement
/// says ([`similarity::clause_said`]).
fn clause_said(text: &Text, q: &Quantity, aligned: impl Fn(usize) -> bool) -> Option<f64> {
    let clause = text.tokens[q.index].clause;
    similarity::clause_said(text, clause, |i| q.units.contains(&i), aligned)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::aligned;
    use crate::analysis::similarity::overlap;

    #[test]
    fn a_count_is_as_strong_as_the_overlap_of_the_statements() {
        let (a, b, al) = aligned(
            "On Monday, the council approved the grant for 335 schools in Kalibra after a long \
             debate.",
            "On Monday, the council approved the grant for 363 schools in Kalibra as part of a \
             wider plan.",
        );
        let sim = overlap(&a, &b, &al, None, None);
        let strength = conflicting_number(&a, &b, &al, sim).map_or(0.0, |f| f.strength);
        assert!(strength >= sim && sim > 0.7, "{strength} {sim}");
    }

    #[test]
    fn flags_different_counts_of_the_same_thing() {
        let cases = [
            (
                "175 prisoners were exchanged",
                "170 prisoners were exchanged",
                true,
            ),
            ("a 30-day ceasefire", "a 60-day ceasefire", true),
            ("Two dogs are running", "Three dogs are running", true),
            (
                "175 prisoners were exchanged",
                "one hundred seventy-five prisoners were exchanged",
                false,
            ),
            ("175 prisoners from each side", "23 wounded soldiers", false),
            (
                "a 30-day pause on energy strikes",
                "energy strikes paused for 30 days",
                false,
            ),
            (
                "175 prisoners and 23 soldiers",
                "23 soldiers and 175 prisoners",
                false,
            ),
            ("The call on March 18", "The call on March 19", false),
            // The other's count is given too, by a unit word said twice.
            (
                "She won the 1,500 metres and the 5,000 metres",
                "She won the 5,000 metres",
                false,
            ),
            (
                "A man and two girls are walking",
                "Four people are walking",
                false,
            ),
        ];
        for (x, y, flagged) in cases {
            let (a, b, al) = aligned(x, y);
            let sim = overlap(&a, &b, &al, None, None);
            assert_eq!(
                conflicting_number(&a, &b, &al, sim).is_some(),
                flagged,
                "{x:?} / {y:?}"
            );
        }
    }
}
