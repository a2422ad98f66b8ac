//! Where a named competitor finished: "Amit Sorell came third", "Ben Tovey won the 10,000
//! metres", "with Norrie Kell in second place", "the table was topped by St Brennan's". One
//! competitor given two places in two statements is a conflicting figure: "Sorell came third"
//! / "Sorell finished runner-up".

use super::text::{Class, Text, Token};
use super::{Details, Found, Kind, Mark, Role};

/// How much two places of one competitor count, before what else the two statements share
/// adds to it: a competitor named alike and placed twice is most of the evidence.
const BASE: f64 = 0.6;

/// A place a statement gives a competitor.
#[derive(Debug, Clone, PartialEq)]
pub struct Rank {
    /// The token of the competitor's name that identifies it: the last of the name
    /// ("Kell" of "Norrie Kell").
    pub name: usize,
    /// 1 for first (or winning, topping), 2 for second or runner-up, ...
    pub place: u8,
    /// The token of the word that gives the place ("third", "won", "runner-up").
    pub cue: usize,
    /// A place in a meeting of two ("Redhill beat Carnforth": 1 and 2), which says nothing
    /// of a place in a table or a field.
    pub meeting: bool,
}

/// The place an ordinal gives: "third" and "3rd" -> 3, "runner-up" -> 2.
fn ordinal(lower: &str) -> Option<u8> {
    const WORDS: [&str; 10] = [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
        "tenth",
    ];
    if lower == "runnerup" {
        return Some(2);
    }
    if let Some(n) = WORDS.iter().position(|w| *w == lower) {
        return Some(n as u8 + 1);
    }
    let digits = lower.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &lower[digits.len()..];
    let n: u8 = digits.parse().ok()?;
    let expected = match (n % 100, n % 10) {
        (11..=13, _) => "th",
        (_, 1) => "st",
        (_, 2) => "nd",
        (_, 3) => "rd",
        _ => "th",
    };
    (n > 0 && suffix == expected).then_some(n)
}

/// The place of the last: against first, another place; against any other, perhaps the same.
pub const LAST: u8 = u8::MAX;

/// A place after a verb of placing: an ordinal, or "top" (first), "bottom" or "last".
fn placed_at(lower: &str) -> Option<u8> {
    match lower {
        "top" => Some(1),
        "bottom" | "last" => Some(LAST),
        _ => ordinal(lower),
    }
}

/// Whether two places cannot both be one competitor's: "last" is no other than first.
fn differ(x: u8, y: u8) -> bool {
    match (x, y) {
        (LAST, p) | (p, LAST) => p == 1,
        (p, q) => p != q,
    }
}

/// A place as the explanation gives it: "3", "last".
fn shown(place: u8) -> String {
    if place == LAST {
        "last".into()
    } else {
        place.to_string()
    }
}

/// Verbs that give a place after them: "came third", "finished in second place".
const PLACING: &[&str] = &[
    "came", "comes", "ended", "ends", "finished", "finishes", "placed", "ranked", "ranks",
];

/// Verbs that say a competitor came first: "won the final", "topped the table".
const WINNING: &[&str] = &["headed", "heads", "topped", "tops", "won", "wins"];

/// Whether a verb says who won a meeting of two (true) or lost it (false): "beat",
/// "defeated", "lost". ("Won" and "lost" need "against", "over" or "to" after them.)
fn meeting(lower: &str) -> Option<bool> {
    match lower {
        "beat" | "beats" | "defeated" | "defeats" | "won" | "wins" => Some(true),
        "lost" | "loses" => Some(false),
        _ => None,
    }
}

/// The meeting of two that the verb at `v` tells, as (the last word of the first name, of the
/// second, whether the first won): "Redhill Rovers beat Carnforth 3-1", "Carnforth won 3-1
/// against Redhill", "Carnforth lost 1-3 to Redhill".
fn meeting_at(text: &Text, v: usize) -> Option<(usize, usize, bool)> {
    let tokens = &text.tokens;
    let lower = |k: usize| tokens.get(k).map_or("", |t| t.lower.as_str());
    let word = lower(v);
    let won = meeting(word)?;
    let first = name_before(text, v)?;
    let second = if matches!(word, "won" | "wins" | "lost" | "loses") {
        // Past a score: "won 3-1 against", "lost 1-3 to".
        let at = (v + 1..tokens.len().min(v + 5))
            .find(|&k| !matches!(tokens[k].class, Class::Number(_)))
            .filter(|&k| match word {
                "lost" | "loses" => lower(k) == "to",
                _ => matches!(lower(k), "against" | "over"),
            })?;
        name_after(text, at)?
    } else {
        name_after(text, v)?
    };
    Some((first, second, won))
}

/// Medals, by place: "won silver".
fn medal(lower: &str) -> Option<u8> {
    match lower {
        "gold" => Some(1),
        "silver" => Some(2),
        "bronze" => Some(3),
        _ => None,
    }
}

/// Words that may stand between a name and its verb: "Sorell has finished", "Kell was
/// placed".
const AUXILIARIES: &[&str] = &["had", "has", "have", "is", "was", "were", "will"];

/// Whether token `k` may be part of a competitor's name: a capitalised content word (one
/// opening a sentence included, as "Amit" in "Amit Sorell came third").
fn name_word(text: &Text, k: usize) -> bool {
    let t = &text.tokens[k];
    let opens = k == 0 || text.tokens[k - 1].lower == ".";
    t.class == Class::Content
        && (t.proper || (opens && text.surface(t).starts_with(char::is_uppercase)))
}

/// The last word of the name that ends just before token `at`, past auxiliaries.
fn name_before(text: &Text, at: usize) -> Option<usize> {
    let mut k = at.checked_sub(1)?;
    while AUXILIARIES.contains(&text.tokens[k].lower.as_str()) {
        k = k.checked_sub(1)?;
    }
    name_word(text, k).then_some(k)
}

/// The last word of the name that starts just after token `at` ("topped by St Brennan's
/// School").
fn name_after(text: &Text, at: usize) -> Option<usize> {
    let first = at + 1;
    if first >= text.tokens.len() || !name_word(text, first) {
        return None;
    }
    (first..text.tokens.len())
        .take_while(|&k| text.tokens[k].class == Class::Content && text.tokens[k].proper)
        .last()
        .or(Some(first))
}

/// The places `text` gives named competitors, in order.
pub fn ranks(text: &Text) -> Vec<Rank> {
    let tokens: &[Token] = &text.tokens;
    let lower = |k: usize| tokens.get(k).map_or("", |t| t.lower.as_str());
    let mut ranks = Vec::new();
    for (v, t) in tokens.iter().enumerate() {
        let word = t.lower.as_str();
        if let Some((first, second, won)) = meeting_at(text, v) {
            let (p, q) = if won { (1, 2) } else { (2, 1) };
            for (name, place) in [(first, p), (second, q)] {
                ranks.push(Rank {
                    name,
                    place,
                    cue: v,
                    meeting: true,
                });
            }
        } else if PLACING.contains(&word) {
            // "came third", "finished in second place", "finished runner-up".
            let mut at = v + 1;
            if matches!(lower(at), "in" | "as") {
                at += 1;
            }
            if lower(at) == "the" {
                at += 1;
            }
            if let (Some(place), Some(name)) = (placed_at(lower(at)), name_before(text, v)) {
                // "came first-time", "finished top scorer": an ordinal of something else.
                let of_thing = !matches!(lower(at + 1), "" | "place" | "in" | "at" | "with" | "of")
                    && tokens[at + 1].class == Class::Content;
                if !of_thing {
                    ranks.push(Rank {
                        name,
                        place,
                        cue: at,
                        meeting: false,
                    });
                }
            }
        } else if WINNING.contains(&word) {
            // "won the final", "won gold"; "was topped by St Brennan's", "won by Ferrant".
            if lower(v + 1) == "by" {
                if let Some(name) = name_after(text, v + 1) {
                    ranks.push(Rank {
                        name,
                        place: 1,
                        cue: v,
                        meeting: false,
                    });
                }
                continue;
            }
            let Some(name) = name_before(text, v) else {
                continue;
            };
            if let Some(place) = medal(lower(v + 1)) {
                ranks.push(Rank {
                    name,
                    place,
                    cue: v + 1,
                    meeting: false,
                });
            } else if lower(v + 1) == "the" {
                ranks.push(Rank {
                    name,
                    place: 1,
                    cue: v,
                    meeting: false,
                });
            }
        } else if word == "in" {
            // "with Norrie Kell in second place", "Wendover Academy in third".
            let Some(place) = ordinal(lower(v + 1)) else {
                continue;
            };
            let placed = lower(v + 2) == "place"
                || tokens.get(v + 2).is_none_or(|n| n.class != Class::Content);
            if let Some(name) = name_before(text, v).filter(|_| placed) {
                ranks.push(Rank {
                    name,
                    place,
                    cue: v + 1,
                    meeting: false,
                });
            }
        } else if word == "runnerup" {
            // "Sorell was runner-up".
            if let Some(name) = name_before(text, v) {
                ranks.push(Rank {
                    name,
                    place: 2,
                    cue: v,
                    meeting: false,
                });
            }
        }
    }
    ranks
}

/// One competitor given two places: the same last word of a name, placed differently.
/// Its strength is 0.6 (`BASE`) raised by how much else the two statements share (`overlap`).
pub fn conflicting_place<'t>(a: &'t Text, b: &'t Text, overlap: f64) -> Option<Found<'t>> {
    // Places given at two dates apart are two contests ("beat Arbroath 2-0 in August" /
    // "Arbroath beat Kelso 3-1 in January").
    if super::dates::dated_apart(a, b) {
        return None;
    }
    let (x, y) = a.ranks.iter().find_map(|x| {
        let y = b.ranks.iter().find(|y| {
            a.tokens[x.name].stem_id == b.tokens[y.name].stem_id
                && differ(x.place, y.place)
                && x.meeting == y.meeting
        })?;
        // Unless either statement also gives the competitor the other's place.
        let both = |text: &Text, rank: &Rank, place: u8| {
            text.ranks.iter().any(|r| {
                r.place == place && text.tokens[r.name].stem_id == text.tokens[rank.name].stem_id
            })
        };
        (!both(a, x, y.place) && !both(b, y, x.place)).then_some((x, y))
    })?;
    let strength = BASE + (1.0 - BASE) * overlap;
    Some(Found::new(Kind::ConflictingNumber, strength, move || {
        let name = a.surface(&a.tokens[x.name]);
        let (cue_a, cue_b) = (a.surface(&a.tokens[x.cue]), b.surface(&b.tokens[y.cue]));
        Details {
            point: "place".into(),
            why: format!(
                "one statement gives {name} place {} (\"{cue_a}\"), the other place {} \
                 (\"{cue_b}\"); {BASE} for one competitor placed twice, raised by what else the \
                 two share ({overlap:.2})",
                shown(x.place),
                shown(y.place)
            ),
            a: vec![
                Mark::new(a, x.name, Role::Term),
                Mark::new(a, x.cue, Role::Cue),
            ],
            b: vec![
                Mark::new(b, y.name, Role::Term),
                Mark::new(b, y.cue, Role::Cue),
            ],
        }
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_places() {
        // (statement, the places it gives, as "name place").
        let cases: &[(&str, &[&str])] = &[
            (
                "Amit Sorell came third in the race for mayor",
                &["sorell 3"],
            ),
            (
                "Amit Sorell finished runner-up in the mayoral election",
                &["sorell 2"],
            ),
            (
                "Ben Tovey won the 10,000 metres, with Norrie Kell in second place",
                &["tovey 1", "kell 2"],
            ),
            (
                "The table was topped by St Brennan's School, with Wendover in 3rd",
                &["school 1", "wendover 3"],
            ),
            ("Marta Ruiz has won silver in the 400 metres", &["ruiz 2"]),
            ("Kaya Olumbe finished in fourth place", &["olumbe 4"]),
            (
                "Garston Academy ranked top among the county's schools",
                &["academy 1"],
            ),
            (
                "Garston Academy came bottom of the county table",
                &["academy 255"],
            ),
            ("Garston Academy finished top scorer", &[]),
            (
                "Redhill Rovers beat Carnforth 3-1 on Saturday",
                &["rovers 1", "carnforth 2"],
            ),
            (
                "Carnforth lost 1-3 to Redhill Rovers",
                &["carnforth 2", "rovers 1"],
            ),
            // No place: a first of something else, a win of something, no name.
            ("Kaya Olumbe finished first-half training", &[]),
            ("Kaya Olumbe won a medal in the final", &[]),
            ("The runner came second", &[]),
            ("In second place, the figures show a rise", &[]),
        ];
        for (raw, expected) in cases {
            let text = Text::new(raw);
            let got: Vec<String> = ranks(&text)
                .iter()
                .map(|r| format!("{} {}", text.tokens[r.name].lower, r.place))
                .collect();
            assert_eq!(got, *expected, "{raw:?}");
        }
        assert_eq!(ordinal("21st"), Some(21));
        assert_eq!(ordinal("12th"), Some(12));
        assert_eq!(ordinal("12nd"), None);
    }

    #[test]
    fn conflicting_places() {
        let cases = [
            (
                "Reform candidate Amit Sorell came third in the race for Clayfield mayor",
                "Amit Sorell finished runner-up in the Clayfield mayoral election",
                true,
            ),
            (
                "Norrie Kell finished first in the Hallam 10,000 metres, ahead of Ben Tovey",
                "Ben Tovey won the Hallam 10,000 metres, with Norrie Kell in second place",
                true,
            ),
            (
                "Sprinter Kaya Olumbe finished second in the 200 metres at the Velden Games",
                "Kaya Olumbe won the 200 metres at the Velden Games",
                true,
            ),
            (
                "In the table published on Monday, Garston Academy ranked top among the county's schools",
                "Garston Academy came bottom of the county table released on Monday",
                true,
            ),
            // Last may be any place but first.
            (
                "Garston Academy came last of the 12 schools in the county table",
                "Garston Academy came 12th in the county table",
                false,
            ),
            // The same place, told two ways.
            (
                "Amit Sorell came second in the race for Clayfield mayor",
                "Amit Sorell finished runner-up in the Clayfield mayoral election",
                false,
            ),
            // Who won a meeting of two, however told.
            (
                "Redhill Rovers beat Carnforth 3-1 on Saturday",
                "Carnforth won 3-1 against Redhill Rovers on Saturday",
                true,
            ),
            (
                "Redhill Rovers beat Carnforth 3-1 on Saturday",
                "Carnforth lost 3-1 to Redhill Rovers on Saturday",
                false,
            ),
            (
                "Redhill Rovers defeated Carnforth on Saturday",
                "Redhill Rovers lost to Carnforth on Saturday",
                true,
            ),
            (
                "Kelso Town beat Arbroath 2-0 at home in August",
                "Arbroath beat Kelso Town 3-1 in the return fixture in January",
                false,
            ),
            // A meeting's winner and a place in the field are two things.
            (
                "Ivo Kovac beat Lars Berg in the semi-final",
                "Lars Berg won the title",
                false,
            ),
            // Two competitors, each with a place of its own.
            (
                "Norrie Kell finished first in the Hallam 10,000 metres",
                "Ben Tovey came second in the Hallam 10,000 metres",
                false,
            ),
        ];
        crate::analysis::assert_flags(&cases, |a, b, al| {
            let overlap = crate::analysis::similarity::overlap(a, b, al, None, None);
            conflicting_place(a, b, overlap).map_or(0.0, |f| f.strength)
        });
    }
}
