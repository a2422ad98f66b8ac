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
    /// The words it counts; none for an age said without a unit ("Okafor, 24,").
    units: Vec<usize>,
    /// What it measures, its value in that measure's base unit and the size of its own unit,
    /// when its unit is one of length, mass, time, money or temperature, or it is an age: "1.2
    /// kilometres" -> (Length, 1200.0, 1000.0).
    measure: Option<(Measure, f64, f64)>,
    /// What the words before the number say of it: "about 5,000", "more than 10,000".
    bound: Bound,
    /// Words near it make it a part of something larger ("alone", "including", "12,000 of
    /// the homes"), or the whole ("worldwide"): see [`part_and_whole`].
    part: bool,
    whole: bool,
    /// It counts the rest of something, or an addition to it ([`is_rest`]): a part of a
    /// larger count, but no part of a smaller one ("beat 31 other schools" / "12 schools
    /// competed").
    rest: bool,
    /// Its clause places it in the present ("now", "since"), or gives it dates (its clause's,
    /// or else the statement's): see [`at_other_times`].
    now: bool,
    dates: Vec<dates::Date>,
    /// Its statement gives counts not yet complete ([`partial_count`]).
    partial: bool,
    /// The year it is given for, relative to now ([`relative_year`]).
    year: Option<i8>,
}

impl Quantity {
    /// The token of its number, and its value with any scale word ("1.2 billion" is
    /// 1,200,000,000).
    pub fn value_at(&self) -> (usize, f64) {
        (self.index, self.value)
    }

    /// The tokens of the words it counts.
    pub fn units(&self) -> &[usize] {
        &self.units
    }

    /// A figure as read, before the words around it are: those are read once all figures are
    /// (`part`, `whole`, `now`, `dates`, `partial`, `year`).
    fn new(
        index: usize,
        value: f64,
        units: Vec<usize>,
        measure: Option<(Measure, f64, f64)>,
        bound: Bound,
    ) -> Quantity {
        Quantity {
            index,
            value,
            units,
            measure,
            bound,
            part: false,
            whole: false,
            rest: false,
            now: false,
            dates: Vec::new(),
            partial: false,
            year: None,
        }
    }
}

/// How a number is meant: exactly, roughly, or as a bound.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bound {
    Exact,
    /// "about", "roughly", "nearly", "some": within 5%.
    About,
    /// A fraction ("a third", "almost half"): a coarse figure, within a tenth of itself.
    Coarse,
    /// "more than", "over", "at least": this or more.
    AtLeast,
    /// "less than", "under", "up to": this or less.
    AtMost,
    /// A span around the value, this much either side: a part of the day ("on Friday
    /// afternoon" is 12:00 to 18:00).
    Within(u16),
    /// Written with a scale ("£1.2m", "4.2 billion", "two million"): rounded to its last digit,
    /// so "£1.2m" is £1,198,000 too; within 5% at most ("£3bn" is not "£3.4bn").
    Rounded,
    /// The top of a range, whose bottom is this many thousandths of it: "between 40 and 50"
    /// is 50 with 800, allowing 40 to 50.
    Range(u16),
}

/// How far a rough figure ("about 5,000") may be from the exact one (4,983), as a share.
const ROUGHLY: f64 = 0.05;

/// How far a fraction ("a third") may be from the exact share (31%), as a share of itself.
const COARSELY: f64 = 0.1;

/// Half the place value of a round figure's last non-zero digit: 7 -> 0.5, 5,000 -> 500,
/// 2.5 -> 0.05.
fn rounding(v: f64) -> f64 {
    if v <= 0.0 || !v.is_finite() {
        return 0.0;
    }
    let mut place = 1.0;
    if v.fract() != 0.0 {
        place = 0.1;
        while (v / place).fract().abs() > 1e-9 && place > 1e-6 {
            place /= 10.0;
        }
    } else {
        while v % (place * 10.0) == 0.0 && place < 1e12 {
            place *= 10.0;
        }
    }
    place / 2.0
}

/// The bound that the words right before the number at `index` set: "about", "more than".
fn bound_before(text: &Text, index: usize) -> Bound {
    let lower = |k: usize| {
        index
            .checked_sub(k)
            .map_or("", |i| text.tokens[i].lower.as_str())
    };
    // "no more than 45", "not fewer than 300": the other way.
    let denied = matches!(lower(3), "no" | "not");
    match (lower(2), lower(1)) {
        ("more" | "greater" | "higher", "than") if denied => Bound::AtMost,
        ("less" | "fewer" | "lower", "than") if denied => Bound::AtLeast,
        ("more" | "greater" | "higher", "than") | ("at", "least") | ("upwards", "of") => {
            Bound::AtLeast
        }
        ("less" | "fewer" | "lower", "than") | ("at", "most") | ("up", "to") => Bound::AtMost,
        // "as much as 15%", "as many as 300": this or less.
        ("much" | "many" | "high", "as") if lower(3) == "as" => Bound::AtMost,
        // "just under 14 km" is close to 14, not anything below it.
        // ... and "just after 4 a.m." close to 4 a.m.
        ("close", "to")
        | ("just", "under" | "below" | "over" | "above")
        | ("just" | "shortly", "after" | "before") => Bound::About,
        (_, "over" | "above" | "exceeding") => Bound::AtLeast,
        (_, "under" | "below") => Bound::AtMost,
        (
            _,
            "about" | "around" | "roughly" | "approximately" | "nearly" | "almost" | "some"
            | "estimated" | "approx" | "circa",
        ) => Bound::About,
        _ => Bound::Exact,
    }
}

/// When the number at `index` tops a range ("between 40 and 50", "300 to 400"), its bottom as
/// thousandths of it (800, 750). "From 300 to 400" is a change, not a range, and a tally
/// ("voted 9 to 3") is read before this.
fn range_below(text: &Text, index: usize) -> Option<u16> {
    let lower = |i: usize| text.tokens.get(i).map_or("", |t| t.lower.as_str());
    let (Class::Number(top), Some(Class::Number(bottom))) = (
        text.tokens[index].class,
        index.checked_sub(2).map(|i| text.tokens[i].class),
    ) else {
        return None;
    };
    let before = index.checked_sub(3).map_or("", lower);
    let range = match lower(index - 1) {
        "and" => before == "between",
        "to" => !matches!(before, "from" | "by"),
        _ => false,
    };
    (range && bottom > 0.0 && bottom < top).then(|| (bottom / top * 1000.0).floor() as u16)
}

/// Whether two values can both be right, given how each is meant: "about 5,000" and 4,983 can;
/// "more than 10,000" and 9,500 cannot. `slack` is the share two exact values may differ by.
fn values_agree(x: f64, bx: Bound, y: f64, by: Bound, slack: f64) -> bool {
    let range = |v: f64, b: Bound| {
        let v = v.abs();
        match b {
            Bound::Exact => (v * (1.0 - slack), v * (1.0 + slack)),
            Bound::About => {
                // Within 5%, or within the rounding the figure shows: "roughly 7%" allows
                // 7.4%, as 7.4 rounds to 7.
                let margin = (v * (ROUGHLY + slack)).max(rounding(v));
                (v - margin, v + margin)
            }
            Bound::Within(half) => (v - f64::from(half), v + f64::from(half)),
            Bound::Rounded => {
                let margin = rounding(v).min(v * ROUGHLY) + v * slack;
                (v - margin, v + margin)
            }
            Bound::Coarse => (v * (1.0 - COARSELY - slack), v * (1.0 + COARSELY + slack)),
            Bound::AtLeast => (v * (1.0 - slack), f64::INFINITY),
            Bound::AtMost => (0.0, v * (1.0 + slack)),
            Bound::Range(low) => (
                v * f64::from(low) / 1000.0 * (1.0 - slack),
                v * (1.0 + slack),
            ),
        }
    };
    let ((p, q), (u, v)) = (range(x, bx), range(y, by));
    (x == y && bx == by) || (p <= v && u <= q)
}

/// What a quantity with a unit of measurement measures: two quantities of one measure compare
/// whatever their units ("1.2 kilometres" / "450 metres").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Measure {
    /// In metres.
    Length,
    /// In kilograms.
    Mass,
    /// In seconds.
    Duration,
    /// A person's age, in years.
    Age,
    /// An amount of money, in the currency of the sign.
    Money(char),
    /// A time of day, in minutes after midnight: "18:00", "8 p.m.".
    Clock,
    /// A share of a whole, as a fraction: "30%", "3 in 10".
    Share,
    /// A score or a tally, "3-1", "21–20", as 1,000 times the first plus the second.
    Score,
    /// A speed, in metres a second: "100 mph", "161 km/h", "40 knots".
    Speed,
    /// A temperature, in degrees Celsius: "41 degrees Celsius", "38C", "100°F".
    Temperature,
}

/// The share "N in M" or "N out of M" says, when the number at `index` is its N, and the
/// index of M: "3 in 10 patients" -> (0.3, index of "10").
fn share(text: &Text, index: usize) -> Option<(f64, usize)> {
    let Class::Number(n) = text.tokens[index].class else {
        return None;
    };
    let lower = |i: usize| text.tokens.get(i).map_or("", |t| t.lower.as_str());
    let of = match (lower(index + 1), lower(index + 2)) {
        ("in", _) => index + 2,
        ("out", "of") => index + 3,
        _ => return None,
    };
    match text.tokens.get(of)?.class {
        Class::Number(m) if (2.0..=1000.0).contains(&m) && n < m && n.fract() == 0.0 => {
            Some((n / m, of))
        }
        _ => None,
    }
}

/// A fraction of something starting at token `index`, as a share, and the token of its
/// fraction word: "half of the teachers", "a third of its budget", "two-thirds of the
/// volunteers". Only before "of" or a determiner, so that "the second half", "half an hour"
/// and "the third of five matches" are not shares.
fn fraction(text: &Text, index: usize) -> Option<(f64, usize)> {
    const PARTS: &[(&str, f64)] = &[
        ("fifth", 5.0),
        ("half", 2.0),
        ("quarter", 4.0),
        ("tenth", 10.0),
        ("third", 3.0),
    ];
    let lower = |i: usize| text.tokens.get(i).map_or("", |t| t.lower.as_str());
    let part = |word: &str| PARTS.iter().find(|(w, _)| *w == word).map(|&(_, d)| d);
    let (share, at) = match (&text.tokens[index].class, lower(index)) {
        // Not "the second half of the match".
        (_, "half")
            if !matches!(
                lower(index.wrapping_sub(1)),
                "the" | "first" | "second" | "this" | "that" | "each" | "other"
            ) =>
        {
            (0.5, index)
        }
        (_, "a" | "one") => (1.0 / part(lower(index + 1))?, index + 1),
        (Class::Number(n), _) => {
            let d = part(lower(index + 1).strip_suffix('s')?)?;
            if !((2.0..d).contains(n) && n.fract() == 0.0) {
                return None;
            }
            (n / d, index + 1)
        }
        _ => return None,
    };
    let next = lower(at + 1);
    let of_what = next == "of" && !matches!(lower(at + 2), "a" | "an");
    let determiner = matches!(
        next,
        "the" | "its" | "their" | "his" | "her" | "our" | "all"
    );
    // A change by a fraction: "fell by a quarter in the first half", "cut by half"; not
    // "by half an hour", "by a third party".
    let by = index
        .checked_sub(1)
        .is_some_and(|p| text.tokens[p].lower == "by")
        && text
            .tokens
            .get(at + 1)
            .is_none_or(|t| t.class != Class::Content && !matches!(next, "a" | "an"));
    (of_what || determiner || by).then_some((share, at))
}

/// A score or a tally at token `index`: two whole numbers joined by a hyphen or a dash
/// ("beat Hollins 3-1", "cleared the Senate 21–20"), or by "to" in a statement about a vote
/// ("voted nine to two"), as its value and the second number's index. Not years or ranges of
/// years ("2019-2020").
fn score(text: &Text, index: usize) -> Option<(f64, usize)> {
    let Class::Number(p) = text.tokens[index].class else {
        return None;
    };
    let whole = |v: f64| v.fract() == 0.0 && (0.0..1000.0).contains(&v);
    // A vote's tally: "voted nine to two", "passed by 6 to 5"; not a range ("from 5 to 7").
    let lower = |i: usize| text.tokens.get(i).map_or("", |t| t.lower.as_str());
    if lower(index + 1) == "to"
        && let Some(Class::Number(q)) = text.tokens.get(index + 2).map(|t| t.class)
        && whole(p)
        && whole(q)
        && !matches!(index.checked_sub(1).map_or("", lower), "from" | "between")
        && text.tokens.iter().any(|t| t.stem == "vote")
    {
        return Some((p * 1000.0 + q, index + 2));
    }
    let token = &text.tokens[index];
    let rest = &text.raw[token.span.end..];
    let dash = rest
        .chars()
        .next()
        .filter(|c| matches!(c, '-' | '–' | '—'))?;
    let mut next = index + 1;
    if text
        .tokens
        .get(next)
        .is_some_and(|t| t.lower.starts_with(dash))
    {
        next += 1;
    }
    let second = text.tokens.get(next)?;
    let Class::Number(q) = second.class else {
        return None;
    };
    let adjacent = second.span.start == token.span.end + dash.len_utf8();
    (adjacent && whole(p) && whole(q)).then_some((p * 1000.0 + q, next))
}

/// A time of day at token `index`, in minutes after midnight: "18:00", "08:15", "8 p.m.",
/// "8pm", "8.30pm", "8:30 a.m.".
fn clock(text: &Text, index: usize) -> Option<f64> {
    let token = &text.tokens[index];
    let next = text.tokens.get(index + 1).map_or("", |t| t.lower.as_str());
    // "2 in the afternoon", "11 at night".
    let lower = |i: usize| text.tokens.get(i).map_or("", |t| t.lower.as_str());
    // "at noon", "at midnight": a point in time (bounds, "shortly before midday", are left to
    // the words).
    let timed = index.checked_sub(1).map_or("", lower) == "at";
    match token.lower.as_str() {
        "noon" | "midday" if timed => return Some(720.0),
        "midnight" if timed => return Some(0.0),
        _ => {}
    }
    if let Class::Number(_) = token.class {
        let part_of_day = match (lower(index + 1), lower(index + 2), lower(index + 3)) {
            ("in", "the", "morning") => Some(0),
            ("in", "the", "afternoon" | "evening") | ("at", "night", _) => Some(12),
            _ => None,
        };
        // "2", or "7.40" as hours and minutes.
        let (hours, minutes) = token.lower.split_once('.').unwrap_or((&token.lower, "00"));
        if let (Some(offset), Ok(hours), Ok(minutes)) =
            (part_of_day, hours.parse::<u32>(), minutes.parse::<u32>())
            && (1..=12).contains(&hours)
            && minutes <= 59
        {
            return Some(f64::from((hours % 12 + offset) * 60 + minutes));
        }
    }
    let (time, half) = match token.lower.strip_suffix("pm") {
        Some(time) => (time, Some(12)),
        None => match token.lower.strip_suffix("am") {
            Some(time) => (time, Some(0)),
            None => (
                token.lower.as_str(),
                match next {
                    "pm" => Some(12),
                    "am" => Some(0),
                    _ => None,
                },
            ),
        },
    };
    let (hours, minutes) = match time.split_once([':', '.']) {
        Some((h, m)) if m.len() == 2 => (h, m),
        Some(_) => return None,
        None => (time, "00"),
    };
    let digits = |s: &str| !s.is_empty() && s.len() <= 2 && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(hours) || !digits(minutes) {
        return None;
    }
    let (hours, minutes): (u32, u32) = (hours.parse().ok()?, minutes.parse().ok()?);
    // "18:00" alone is a time; "8" alone is not.
    let colon = time.contains(':');
    let hours = match half {
        Some(offset) if (1..=12).contains(&hours) => hours % 12 + offset,
        Some(_) => return None,
        None if colon && hours <= 23 => hours,
        None => return None,
    };
    (minutes <= 59).then(|| f64::from(hours * 60 + minutes))
}

/// Words that make a number written with its unit the name of an event: "the 200m".
const DETERMINERS: &[&str] = &["a", "an", "her", "his", "its", "the", "their"];

/// Words of extent after a measure: "130km long", "4m deep".
const EXTENTS: &[&str] = &["deep", "high", "long", "tall", "thick", "wide"];

/// Units of measurement (singular, lower case) and their size in their measure's base unit.
/// Words that are mostly something else ("pound", a currency; "m", also millions) are left out.
const UNITS: &[(&str, Measure, f64)] = &[
    ("centimeter", Measure::Length, 0.01),
    ("centimetre", Measure::Length, 0.01),
    ("cm", Measure::Length, 0.01),
    ("day", Measure::Duration, 86_400.0),
    ("decade", Measure::Duration, 315_576_000.0),
    ("feet", Measure::Length, 0.3048),
    ("foot", Measure::Length, 0.3048),
    ("fortnight", Measure::Duration, 1_209_600.0),
    ("ft", Measure::Length, 0.3048),
    ("gram", Measure::Mass, 0.001),
    ("hour", Measure::Duration, 3_600.0),
    ("inch", Measure::Length, 0.0254),
    ("kg", Measure::Mass, 1.0),
    ("kilo", Measure::Mass, 1.0),
    ("kilogram", Measure::Mass, 1.0),
    ("kilometer", Measure::Length, 1_000.0),
    ("kilometre", Measure::Length, 1_000.0),
    ("km", Measure::Length, 1_000.0),
    ("kmh", Measure::Speed, 0.277_777_8),
    ("knot", Measure::Speed, 0.514_444),
    ("kph", Measure::Speed, 0.277_777_8),
    ("lb", Measure::Mass, 0.453_592_37),
    ("m", Measure::Length, 1.0),
    ("meter", Measure::Length, 1.0),
    ("metre", Measure::Length, 1.0),
    ("mile", Measure::Length, 1_609.344),
    ("millimeter", Measure::Length, 0.001),
    ("millimetre", Measure::Length, 0.001),
    ("minute", Measure::Duration, 60.0),
    ("mm", Measure::Length, 0.001),
    ("month", Measure::Duration, 2_629_800.0),
    ("mph", Measure::Speed, 0.447_04),
    ("second", Measure::Duration, 1.0),
    ("tonne", Measure::Mass, 1_000.0),
    ("week", Measure::Duration, 604_800.0),
    ("yard", Measure::Length, 0.9144),
    ("year", Measure::Duration, 31_557_600.0),
];

/// The measure and size of a unit word, singular or plural: `"kilometres"` -> (Length, 1000).
pub(crate) fn unit_of(lower: &str) -> Option<(Measure, f64)> {
    let find = |w: &str| {
        UNITS
            .binary_search_by(|(u, _, _)| u.cmp(&w))
            .ok()
            .map(|i| (UNITS[i].1, UNITS[i].2))
    };
    find(lower)
        .or_else(|| lower.strip_suffix('s').and_then(find))
        .or_else(|| lower.strip_suffix("es").and_then(find))
}

/// Whether the unit word at `unit` is said per hour: "km/h", "miles per hour", "km an hour".
fn per_hour(text: &Text, unit: usize) -> bool {
    let lower = |i: usize| text.tokens.get(i).map_or("", |t| t.lower.as_str());
    let after = &text.raw[text.tokens[unit].span.end..];
    after.starts_with("/h")
        || (matches!(lower(unit + 1), "per" | "an" | "a") && lower(unit + 2) == "hour")
}

/// Whether two values of one measure can both be right: in one unit, when they are equal (or
/// their bounds meet); in two units, up to rounding in the conversion ("1.2 kilometres" /
/// "1,200 metres"; "12 months" / "52 weeks").
fn same_measure(x: &Quantity, y: &Quantity) -> bool {
    let (Some((p, u, unit_x)), Some((q, v, unit_y))) = (x.measure, y.measure) else {
        return false;
    };
    let slack = if unit_x == unit_y { 1e-9 } else { 0.02 };
    p == q && values_agree(u, x.bound, v, y.bound, slack)
}

/// The temperature the number at `index` gives, in degrees Celsius, with the size of its
/// degree: "41 degrees Celsius", "38C" and "38°C" (read as "38 celsius"), "100 degrees
/// Fahrenheit", "100°F". Degrees alone ("12 degrees") may be an angle, and are left a count.
fn temperature(text: &Text, index: usize, value: f64) -> Option<(f64, f64)> {
    let lower = |i: usize| text.tokens.get(i).map_or("", |t| t.lower.as_str());
    let scale_at = if matches!(lower(index + 1), "degree" | "degrees") {
        index + 2
    } else {
        index + 1
    };
    match lower(scale_at) {
        "celsius" | "centigrade" => Some((value, 1.0)),
        "c" if scale_at == index + 2 => Some((value, 1.0)),
        "fahrenheit" => Some(((value - 32.0) * 5.0 / 9.0, 5.0 / 9.0)),
        "f" if scale_at == index + 2 => Some(((value - 32.0) * 5.0 / 9.0, 5.0 / 9.0)),
        _ => None,
    }
}

/// Whether the number at `index` is a person's age: "aged 52", "a 45-year-old", "45 years
/// old", "turned 31", "Okafor, 24, scored", "Okafor, who is 47,".
fn is_age(text: &Text, index: usize, value: f64) -> bool {
    if !(1.0..=120.0).contains(&value) || value.fract() != 0.0 {
        return false;
    }
    let lower = |i: usize| text.tokens.get(i).map_or("", |t| t.lower.as_str());
    let before = |k: usize| index.checked_sub(k).map_or("", lower);
    let ends_phrase = |i: usize| {
        text.tokens
            .get(i)
            .is_none_or(|t| t.class == Class::Boundary)
    };
    let year_old = matches!(lower(index + 1), "year" | "years") && lower(index + 2) == "old";
    let aged = matches!(before(1), "aged" | "age") || (before(1) == "of" && before(2) == "age");
    // "died at 84", "dies at 91": at the end of its phrase, not "died at 3 Quay Street".
    let died_at = before(1) == "at"
        && matches!(before(2), "died" | "dies" | "dead")
        && (ends_phrase(index + 1) || matches!(lower(index + 1), "in" | "on" | "after"));
    // "At 67, Okonjo becomes ...": at the start of a sentence.
    let at_start = before(1) == "at"
        && index
            .checked_sub(2)
            .is_none_or(|i| text.tokens[i].class == Class::Boundary)
        && lower(index + 1) == ",";
    let turned = matches!(before(1), "turned" | "turns" | "turning");
    let who_is = matches!(before(1), "is" | "was") && before(2) == "who" && ends_phrase(index + 1);
    // An apposition after a name: "Lena Okafor, 24, scored".
    let after_name =
        before(1) == "," && index >= 2 && text.tokens[index - 2].proper && ends_phrase(index + 1);
    // "The suspect arrested on Saturday, from Ashby, is 17,": "is" or "was" and the number
    // ending its phrase, said of a person (the first noun of the sentence, which WordNet
    // makes a kind of person).
    let of_person = || {
        let start = (0..index)
            .rev()
            .find(|&k| text.tokens[k].lower == ".")
            .map_or(0, |k| k + 1);
        let person = lexicon::senses_of("person");
        (start..index.saturating_sub(1))
            .find(|&k| {
                let t = &text.tokens[k];
                t.class == Class::Content && !t.proper && t.senses.is_some_and(|s| s.noun())
            })
            .and_then(|k| text.tokens[k].senses)
            .zip(person)
            .is_some_and(|(x, p)| lexicon::relate(x, p) == Some(lexicon::Relation::Narrower))
    };
    let is_of_person = matches!(before(1), "is" | "was")
        && lower(index + 1) == ","
        && !matches!(before(2), "it" | "that" | "this" | "there")
        && of_person();
    year_old || aged || died_at || at_start || turned || who_is || after_name || is_of_person
}

/// Numbers with what they count; numbers inside dates (`text.dates`, read first) are left to
/// the date check. `Text::new` calls this once.
pub fn quantities(text: &Text) -> Vec<Quantity> {
    let in_dates = dates::date_tokens(text);
    let mut out = Vec::new();
    // The M of "N in M", read with its N.
    let mut whole_of_share = None;
    // The last token of a fraction read at its first ("two-thirds").
    let mut skip_to = None;
    for (index, token) in text.tokens.iter().enumerate() {
        if in_dates.contains(&index) || whole_of_share == Some(index) {
            continue;
        }
        // A measure read whole from its words, in its base unit: a time taken ("in 2:08:14"),
        // a time of day ("8 p.m."), a part of the day ("on Friday afternoon").
        let read = race_time(text, index)
            .map(|seconds| (Measure::Duration, seconds, bound_before(text, index)))
            .or_else(|| {
                clock(text, index)
                    .map(|minutes| (Measure::Clock, minutes, bound_before(text, index)))
            })
            .or_else(|| {
                part_of_day(text, index)
                    .map(|(minutes, half)| (Measure::Clock, minutes, Bound::Within(half)))
            });
        if let Some((measure, value, bound)) = read {
            out.push(Quantity::new(
                index,
                value,
                Vec::new(),
                Some((measure, value, 1.0)),
                bound,
            ));
            continue;
        }
        if skip_to.is_some_and(|end| index <= end) {
            continue;
        }
        if let Some((share, at)) = fraction(text, index) {
            skip_to = Some(at);
            let bound = match bound_before(text, index) {
                // A fraction is a coarse figure: "two-thirds" allows 66%, "almost a third" 31%.
                Bound::Exact | Bound::About => Bound::Coarse,
                bound => bound,
            };
            out.push(Quantity::new(
                index,
                share,
                // "two-thirds": the fraction word, shown with its number.
                if at > index { vec![at] } else { Vec::new() },
                Some((Measure::Share, share, 1.0)),
                bound,
            ));
            continue;
        }
        if let Some((value, second)) = score(text, index) {
            skip_to = Some(second);
            // Either side may be named first ("beat Carnforth 3-1" / "lost 1-3 to Redhill"):
            // the larger number first. (Who won is for the words.)
            let (p, q) = ((value / 1000.0).floor(), value % 1000.0);
            let value = p.max(q) * 1000.0 + p.min(q);
            out.push(Quantity::new(
                index,
                value,
                vec![second],
                Some((Measure::Score, value, 1.0)),
                Bound::Exact,
            ));
            continue;
        }
        let Class::Number(value) = token.class else {
            continue;
        };
        // "CP-17", "F-35", "Covid-19": a number joined to letters before it is part of a
        // name, and counts nothing.
        if text.raw[..token.span.start]
            .strip_suffix('-')
            .is_some_and(|before| before.ends_with(char::is_alphabetic))
        {
            continue;
        }
        // "the 200m final", "the women's 10,000m": a number written with its unit, after a
        // determiner or before a noun, names an event more often than it measures one ("She
        // won the 100m final" / "... the 200m final"). Not after a verb, before a word of
        // extent, a word that is no noun, or none ("is 130km long", "stretching 130km beneath
        // the seabed").
        let before = text.raw[..token.span.start].trim_end();
        let determined = index
            .checked_sub(1)
            .is_some_and(|p| DETERMINERS.contains(&text.tokens[p].lower.as_str()))
            || before.ends_with("'s")
            || before.ends_with("’s");
        let before_noun = text.tokens.get(index + 2).is_some_and(|t| {
            t.class == Class::Content
                && t.senses.is_some_and(|s| s.noun())
                && EXTENTS.binary_search(&t.lower.as_str()).is_err()
        });
        if text.raw[token.span.end..].starts_with(|c: char| c.is_ascii_alphabetic())
            && (determined || before_noun)
        {
            continue;
        }
        // What is counted: the content word right after the number, or after one function word
        // ("30 of the prisoners" is not read; "175 prisoners", "30-day" are).
        let mut units: Vec<usize> = text.tokens[index + 1..]
            .iter()
            .take(2)
            .position(|t| t.class == Class::Content)
            .filter(|&k| k == 0 || text.tokens[index + 1].class == Class::Stop)
            .map(|k| vec![index + 1 + k])
            .unwrap_or_default();
        // "1,200,000 measles doses", "12 police officers": a plural noun right after the word
        // counted is the head of a compound, and counted too.
        if let Some(&unit) = units.first()
            && let Some(next) = text.tokens.get(unit + 1)
            && next.class == Class::Content
            && next.lower.ends_with('s')
            && !next.lower.ends_with("ss")
            && next.senses.is_some_and(|s| s.noun())
        {
            units.push(unit + 1);
        }
        // "1.5 million people" counts people too.
        if let Some(&unit) = units.first()
            && scale(&text.tokens[unit].lower).is_some()
            && text
                .tokens
                .get(unit + 1)
                .is_some_and(|t| t.class == Class::Content)
        {
            units.push(unit + 1);
        }
        let value = match units.first() {
            Some(&u) => value * scale(&text.tokens[u].lower).unwrap_or(1.0),
            None => value,
        };
        // What a unit word or a currency sign says the number measures.
        let unit_word = units
            .iter()
            .map(|&u| text.tokens[u].lower.as_str())
            .find(|w| scale(w).is_none());
        let sign = currency_before(text, index);
        // "950 million pounds" is money; "5 pounds" may be a weight.
        let scaled = units
            .first()
            .is_some_and(|&u| scale(&text.tokens[u].lower).is_some());
        let pounds = scaled && unit_word.is_some_and(|w| matches!(w, "pound" | "pounds"));
        let measure = if is_age(text, index, value) {
            // An age counts no word of the clause ("aged 54 was arrested").
            units.clear();
            Some((Measure::Age, value, 1.0))
        } else if let Some(currency) = sign
            .or_else(|| unit_word.and_then(currency_word))
            .or(pounds.then_some('£'))
        {
            Some((Measure::Money(currency), value, 1.0))
        } else if let Some((share, whole)) = share(text, index) {
            // "3 in 10 patients": a share, as "30%" is.
            whole_of_share = Some(whole);
            Some((Measure::Share, share, 1.0))
        } else if unit_word == Some("percent") {
            Some((Measure::Share, value / 100.0, 1.0))
        } else if let Some((celsius, size)) = temperature(text, index, value) {
            Some((Measure::Temperature, celsius, size))
        } else {
            unit_word
                .and_then(unit_of)
                .map(|(measure, size)| match units.first() {
                    // "161 km/h", "186 miles per hour": a length an hour is a speed.
                    Some(&u) if measure == Measure::Length && per_hour(text, u) => {
                        (Measure::Speed, value * size / 3_600.0, size / 3_600.0)
                    }
                    _ => (measure, value * size, size),
                })
        };
        let bound = match bound_before(text, index) {
            Bound::Exact if let Some(low) = range_below(text, index) => Bound::Range(low),
            Bound::Exact if scaled || written_with_scale(text.surface(token)) => Bound::Rounded,
            bound => bound,
        };
        // Nothing counted after it: what is counted may come first ("a magnitude of 6.1",
        // "the toll stood at 310,000", "put the toll at 34").
        // So may it when a verb follows: "a crowd of 18,400 watched" counts the crowd.
        let verb_after = matches!(units.as_slice(), &[u] if {
            let t = &text.tokens[u];
            t.lower.ends_with("ed") && t.senses.is_some_and(|s| s.verb())
        });
        let of_before = index.checked_sub(1).is_some_and(|p| {
            text.tokens[p].lower == "of"
                || (matches!(text.tokens[p].lower.as_str(), "whom" | "which")
                    && p > 0
                    && text.tokens[p - 1].lower == "of")
        });
        if verb_after
            && of_before
            && measure.is_none()
            && let Some(k) = counted_before(text, index)
        {
            units = vec![k];
        }
        if units.is_empty() && measure.is_none() {
            units.extend(counted_before(text, index));
        }
        if !units.is_empty() || measure.is_some() {
            out.push(Quantity::new(index, value, units, measure, bound));
        }
    }
    join_durations(text, &mut out);
    // What the words around each figure say of it, read once here rather than for each pair.
    let partial = !out.is_empty() && partial_count(text);
    for q in &mut out {
        q.partial = partial;
        // A length "across the plain" runs over it: it is no whole of which the other's
        // figure may be a part ("travelled 14 kilometres across the plain" / "nine km").
        let length = q.measure.is_some_and(|(m, ..)| m == Measure::Length);
        (q.part, q.whole) = (
            is_part(text, q),
            !length && (marked(text, q, WHOLE) || whole_after(text, q) || share_of(text, q)),
        );
        q.rest = is_rest(text, q);
        q.now = in_the_present(text, q);
        q.dates = dates_of(text, q);
        // A day of the week alone is a day of this week, so of this year.
        q.year = relative_year(text, q)
            .or_else(|| q.dates.iter().any(|d| d.weekday_only()).then_some(0));
    }
    out
}

/// A duration said in two units is one duration: "13 hours and 40 minutes", "2 hours 9
/// minutes" -> 13.67 hours, 2.15 hours.
fn join_durations(text: &Text, out: &mut Vec<Quantity>) {
    let duration = |q: &Quantity| q.measure.is_some_and(|(m, ..)| m == Measure::Duration);
    let mut k = 0;
    while k + 1 < out.len() {
        let (first, next) = (&out[k], &out[k + 1]);
        let end = first.units.last().copied().unwrap_or(first.index);
        // (A unit may reach past the next number: then they are not two parts of one.)
        let joined = text
            .tokens
            .get(end + 1..next.index)
            .is_some_and(|between| between.len() <= 1 && between.iter().all(|t| t.lower == "and"));
        if duration(first) && duration(next) && joined {
            let (Some((m, total, size)), Some((_, more, _))) = (first.measure, next.measure) else {
                break;
            };
            let next = out.remove(k + 1);
            let first = &mut out[k];
            first.measure = Some((m, total + more, size));
            first.value = (total + more) / size;
            first.units.extend(next.units);
        } else {
            k += 1;
        }
    }
}

/// Verbs that give a figure for what comes before them: "the toll stood at 34".
const STOOD: &[&str] = &[
    "is", "reached", "reaches", "stand", "stands", "stood", "totalled", "totaled", "was",
];

/// Verbs that give a figure for their object: "put the toll at 34".
const PUT: &[&str] = &["estimated", "estimates", "placed", "places", "put", "puts"];

/// What a number with nothing counted after it counts, when it comes first: the noun right
/// before it ("magnitude 5.4"), or before "of" ("a magnitude of 6.1"), or after "at" or "to",
/// the head of the subject of "stood" or "reached" ("the death toll from the floods had
/// reached 61") or of the object of "put" ("put the number displaced at 130,000"). The head
/// is the last noun of the phrase, before a function word.
fn counted_before(text: &Text, index: usize) -> Option<usize> {
    let tokens = &text.tokens;
    let noun = |k: usize| {
        let t = &tokens[k];
        t.class == Class::Content
            && !t.proper
            && !t.reporting
            && !t.lower.ends_with("ed")
            && dates::month_number(&t.lower).is_none()
            && t.senses.is_some_and(|s| s.noun())
    };
    let p = index.checked_sub(1)?;
    if noun(p) && !matches!(tokens[p].class, Class::Number(_)) {
        return Some(p);
    }
    let lower = |k: usize| tokens[k].lower.as_str();
    if lower(p) == "of" {
        return p.checked_sub(1).filter(|&k| noun(k));
    }
    // "2,400 patients, of whom 1,200 received the drug": the noun before ", of whom".
    if matches!(lower(p), "whom" | "which") && p >= 3 && lower(p - 1) == "of" {
        let comma = p - 2;
        return (lower(comma) == ",")
            .then(|| comma.checked_sub(1))
            .flatten()
            .filter(|&k| noun(k));
    }
    if !matches!(lower(p), "at" | "to") {
        return None;
    }
    let clause = tokens[index].clause;
    let in_clause = |k: &usize| tokens[*k].clause == clause;
    // The head of the phrase starting at `from`: its last noun before a function word.
    let head = |from: usize, to: usize| {
        (from..to)
            .skip_while(|&k| tokens[k].class != Class::Content)
            .take_while(|&k| tokens[k].class == Class::Content)
            .filter(|&k| noun(k))
            .last()
    };
    let verb = (0..p)
        .rev()
        .take_while(in_clause)
        .find(|&k| STOOD.contains(&lower(k)) || PUT.contains(&lower(k)))?;
    if PUT.contains(&lower(verb)) {
        head(verb + 1, p)
    } else {
        let start = (0..verb).rev().take_while(in_clause).last()?;
        head(start, verb)
    }
}

/// Whether a number as written carries its scale: "1.2m", "3.9bn", "5k", "two million".
fn written_with_scale(surface: &str) -> bool {
    let lower = surface.to_ascii_lowercase();
    let digits = lower.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    (digits.len() < lower.len()
        && digits.ends_with(|c: char| c.is_ascii_digit())
        && matches!(&lower[digits.len()..], "m" | "bn" | "k"))
        || lower.split([' ', '-']).any(|w| scale(w).is_some())
}

/// The words that scale a number: "1.5 million", and the abbreviations of wire copy written
/// apart ("310 mln", "2.4 bln").
pub(crate) fn scale(lower: &str) -> Option<f64> {
    match lower {
        "thousand" => Some(1e3),
        "million" | "mln" | "mn" => Some(1e6),
        "billion" | "bln" | "bn" => Some(1e9),
        "trillion" => Some(1e12),
        _ => None,
    }
}

/// The currency of a sign right before the number at `index` ("$4.8 billion", "£2.3m"), as
/// the sign.
fn currency_before(text: &Text, index: usize) -> Option<char> {
    let start = text.tokens[index].span.start;
    let sign = text.raw[..start].chars().next_back()?;
    matches!(sign, '$' | '£' | '€' | '¥' | '₹').then_some(sign)
}

/// The currency a word after a number names ("40 million euros"), as its sign.
fn currency_word(lower: &str) -> Option<char> {
    match lower {
        "dollar" | "dollars" => Some('$'),
        "euro" | "euros" => Some('€'),
        "yen" => Some('¥'),
        "rupee" | "rupees" => Some('₹'),
        _ => None,
    }
}

/// Whether `a` and `b` could give different counts of one thing: a quick test before the
/// full check. It holds whenever the full check could fire: the units must be able to align
/// (the same stem, a name, or related senses) and the values differ, or the two measure one
/// thing with different values.
pub fn may_conflict(a: &Text, b: &Text) -> bool {
    a.quantities.iter().any(|x| {
        b.quantities.iter().any(|y| {
            let counts_done = (counts_done_to(a, x)
                || counts_done_to(b, y)
                || counts_acts_on(a, x, b, y)
                || counts_acts_on(b, y, a, x))
                && x.measure.is_none()
                && y.measure.is_none();
            other_measure(x, y)
                || (counts_done && x.value != y.value)
                || x.value != y.value
                    && x.units.iter().any(|&i| {
                        y.units.iter().any(|&j| {
                            let (u, v) = (&a.tokens[i], &b.tokens[j]);
                            u.stem_id == v.stem_id
                                || u.proper
                                || v.proper
                                || similarity::news_groups(u.stem_id)
                                    & similarity::news_groups(v.stem_id)
                                    != 0
                                || units_relate(u, v).is_some()
                        })
                    })
        })
    })
}

/// How two unit words relate in WordNet ("dogs" is a kind of "animals"). "people" also
/// counts persons (WordNet's "people" is a group, no kind of person), so that "Seven people"
/// and "Eleven passengers" relate, as "14 people" and "11 dead" do.
fn units_relate(u: &super::text::Token, v: &super::text::Token) -> Option<lexicon::Relation> {
    let persons = |t: &super::text::Token| {
        if t.lower == "people" {
            lexicon::senses_of(&super::text::stem("person"))
        } else {
            t.senses
        }
    };
    let relate = |p: Option<&'static lexicon::Senses>, q: Option<&'static lexicon::Senses>| {
        p.zip(q).and_then(|(p, q)| lexicon::relate(p, q))
    };
    relate(u.senses, v.senses).or_else(|| relate(persons(u), persons(v)))
}

/// Whether `q` counts those a verb was done to, the verb its one unit: "Six arrested", "three
/// injured".
fn counts_done_to(text: &Text, q: &Quantity) -> bool {
    let &[u] = q.units.as_slice() else {
        return false;
    };
    let t = &text.tokens[u];
    q.measure.is_none() && t.lower.ends_with("ed") && t.senses.is_some_and(|s| s.verb())
}

/// Whether `p` counts acts ("17 arrests") done to the persons `q` counts, the act's verb in
/// `q`'s clause ("seven people were arrested", "police arrested seven people"): one arrest a
/// person.
fn counts_acts_on(p_text: &Text, p: &Quantity, q_text: &Text, q: &Quantity) -> bool {
    let (&[u], &[v]) = (p.units.as_slice(), q.units.as_slice()) else {
        return false;
    };
    let (act, counted) = (&p_text.tokens[u], &q_text.tokens[v]);
    if !act.senses.is_some_and(|s| s.noun() && s.names_a_verb()) {
        return false;
    }
    static PERSON: std::sync::OnceLock<Option<&'static lexicon::Senses>> =
        std::sync::OnceLock::new();
    let person = *PERSON.get_or_init(|| lexicon::senses_of(&super::text::stem("person")));
    let persons = counted.lower == "people"
        || counted.senses.zip(person).is_some_and(|(c, person)| {
            matches!(
                lexicon::relate(c, person),
                Some(lexicon::Relation::Narrower | lexicon::Relation::Synonym)
            )
        });
    p.measure.is_none()
        && q.measure.is_none()
        && persons
        && act.senses.is_some_and(|s| s.noun() && s.names_a_verb())
        && q_text.tokens.iter().any(|t| {
            t.clause == q_text.tokens[q.index].clause
                && t.stem_id == act.stem_id
                && t.lower.ends_with("ed")
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
    // A count of those a verb was done to, the verb for its unit ("Six arrested in dawn
    // raids"), counts what a count in the other's clause of that verb counts ("arrested 14
    // people during raids").
    let done_to =
        |p: &Quantity, p_text: &Text, q: &Quantity, q_text: &Text, to_q: &[Option<usize>]| {
            counts_done_to(p_text, p)
                && q.measure.is_none()
                && to_q[p.units[0]]
                    .is_some_and(|k| q_text.tokens[k].clause == q_text.tokens[q.index].clause)
        };
    let counted_alike = |x: &Quantity, y: &Quantity| {
        done_to(x, a, y, b, &alignment.a_to_b)
            || done_to(y, b, x, a, &alignment.b_to_a)
            || counts_acts_on(a, x, b, y)
            || counts_acts_on(b, y, a, x)
    };
    // A count of a kind against a count of what it is a kind of ("Eleven passengers" /
    // "Seven people"): more of the kind than of the whole cannot both be, fewer can (the
    // rest are others).
    let kind_exceeds = |x: &Quantity, y: &Quantity| {
        let (Some(&i), Some(&j)) = (x.units.first(), y.units.first()) else {
            return false;
        };
        let exact = |q: &Quantity| q.bound == Bound::Exact && q.measure.is_none();
        let (u, v) = (&a.tokens[i], &b.tokens[j]);
        let nouns = u.senses.is_some_and(|s| s.noun()) && v.senses.is_some_and(|s| s.noun());
        exact(x)
            && exact(y)
            && nouns
            && match units_relate(u, v) {
                Some(lexicon::Relation::Narrower) => x.value > y.value,
                Some(lexicon::Relation::Broader) => y.value > x.value,
                _ => false,
            }
    };
    // The same value of the same thing: the same number of the same unit, or one measure
    // in any units ("1.2 km" / "1,200 metres").
    let says = |p: &Quantity, q: &Quantity, same_unit: bool| {
        (same_unit && values_agree(p.value, p.bound, q.value, q.bound, 0.0)) || same_measure(p, q)
    };
    for x in qa {
        for y in qb {
            let measured = other_measure(x, y);
            let agree = values_agree(x.value, x.bound, y.value, y.bound, 0.0);
            // Units of one stem count the same thing even when alignment paired the word
            // with another use of it: "free 150 prisoners" / "the prisoner swap involves 500
            // prisoners".
            let alike = same_unit(x, y) || same_stem(x, y) || counted_alike(x, y);
            if !measured && (agree || !(alike || kind_exceeds(x, y))) {
                continue;
            }
            if at_other_times(a, x, b, y) || part_and_whole(a, x, b, y) {
                continue;
            }
            // A figure said to be possible ("temperatures could reach 38C") against one said
            // to be: the one does not say the other is wrong ("peaked at 36C"). Against a
            // figure said to come ("may cost $2 million" / "will cost $5 million"), it is
            // still a conflict.
            if (possible(a, x) && !possible(b, y) && !to_come(b, y))
                || (possible(b, y) && !possible(a, x) && !to_come(a, x))
            {
                continue;
            }
            // A unit word said twice aligns once ("1,500 metres ... 5,000 metres" / "5,000
            // metres"): here the same stem counts as the same unit.
            // A figure the change came from ("£2.4 billion, up from £2.1 billion") says
            // nothing of a figure given for no other time.
            let undated = |q: &Quantity| q.year.is_none() && q.dates.is_empty();
            let a_also_says = qa.iter().any(|p| {
                !(changed_from(a, p) && undated(y))
                    && says(p, y, same_unit(p, y) || same_stem(p, y))
            });
            let b_also_says = qb.iter().any(|q| {
                !(changed_from(b, q) && undated(x))
                    && says(x, q, same_unit(x, q) || same_stem(x, q))
            });
            if a_also_says || b_also_says {
                continue;
            }
            if sum_or_difference(a, x, b, y) || sum_or_difference(b, y, a, x) {
                continue;
            }
            // The times of an event and of its undoing are a sequence ("closed on Monday
            // morning" / "reopened by Monday evening"), as their dates are.
            if x.measure.is_some_and(|(m, ..)| m == Measure::Clock)
                && (super::undoes(a, b) || super::undoes(b, a))
            {
                continue;
            }
            // So are the times of two readings of one figure ("At 9am ... stood at 2.1 metres"
            // / "By 4pm ... had risen to 3.4 metres"): they time the figures, as two dates do.
            if x.measure.is_some_and(|(m, ..)| m == Measure::Clock)
                && figures_differ(a, b, alignment)
            {
                continue;
            }
            // The same counted thing: the rest of the number's clause is said by the other
            // statement ("1,200 troops were withdrawn from the border" / "1,500 troops were
            // withdrawn"), not only its unit and a few stock words.
            let said_a = clause_said(a, x, |i| alignment.a_to_b[i].is_some());
            let said_b = clause_said(b, y, |j| alignment.b_to_a[j].is_some());
            let said = either_clause(said_a, said_b, overlap).max(overlap);
            // The point, the values as written and the marks are only needed for a reported
            // pair.
            return Some(Found::new(Kind::ConflictingNumber, said, move || {
                let point = match (x.measure.map(|(m, ..)| m), x.units.first()) {
                    (Some(Measure::Age), _) => "age".to_string(),
                    (Some(Measure::Length), _) if measured => "length".to_string(),
                    (Some(Measure::Mass), _) if measured => "mass".to_string(),
                    (Some(Measure::Duration), _) if measured => "duration".to_string(),
                    (Some(Measure::Money(_)), _) if measured => "amount".to_string(),
                    (Some(Measure::Clock), _) => "time".to_string(),
                    (Some(Measure::Share), _) if measured => "share".to_string(),
                    (Some(Measure::Score), _) => "score".to_string(),
                    (Some(Measure::Temperature), _) => "temperature".to_string(),
                    (Some(Measure::Speed), _) => "speed".to_string(),
                    (_, Some(&u)) => a.tokens[u].lower.clone(),
                    (_, None) => a.tokens[x.index].lower.clone(),
                };
                // As written: "$4.8 billion", "3.2 km".
                let show = |text: &Text, q: &Quantity| {
                    let mut start = text.tokens[q.index].span.start;
                    if q.measure
                        .is_some_and(|(m, ..)| matches!(m, Measure::Money(_)))
                    {
                        start = text.raw[..start]
                            .char_indices()
                            .next_back()
                            .filter(|&(_, c)| "$£€¥₹".contains(c))
                            .map_or(start, |(at, _)| at);
                    }
                    let mut last = q.units.last().map_or(q.index, |&u| u);
                    // "an hour and a half".
                    let half = ["and", "a", "half"];
                    if (1..=3).all(|k| {
                        text.tokens
                            .get(last + k)
                            .is_some_and(|t| t.lower == half[k - 1])
                    }) {
                        last += 3;
                    }
                    // "3 in 10": the whole after the share.
                    if q.measure.is_some_and(|(m, ..)| m == Measure::Share)
                        && let Some((_, whole)) = share(text, q.index)
                    {
                        last = last.max(whole);
                    }
                    // "8 p.m.", "2 in the afternoon": the part of the day after the number.
                    if q.measure.is_some_and(|(m, ..)| m == Measure::Clock) {
                        let lower = |i: usize| text.tokens.get(i).map_or("", |t| t.lower.as_str());
                        last = match lower(q.index + 1) {
                            "am" | "pm" => q.index + 1,
                            "in" if lower(q.index + 2) == "the" => q.index + 3,
                            "at" if lower(q.index + 2) == "night" => q.index + 2,
                            _ => last,
                        };
                    }
                    let mut end = text.tokens[last].span.end;
                    // "100 km/h", "186 miles per hour".
                    if q.measure.is_some_and(|(m, ..)| m == Measure::Speed) {
                        let lower = |i: usize| text.tokens.get(i).map_or("", |t| t.lower.as_str());
                        if text.raw[end..].starts_with("/h") {
                            end += text.raw[end..]
                                .find(|c: char| !(c == '/' || c.is_ascii_alphabetic()))
                                .unwrap_or(text.raw.len() - end);
                        } else if lower(last + 2) == "hour" {
                            end = text.tokens[last + 2].span.end;
                        }
                    }
                    text.raw[start..end].to_string()
                };
                let (low, high) = if measured {
                    (show(a, x), show(b, y))
                } else {
                    let (p, q) = (x.value.min(y.value), x.value.max(y.value));
                    (p.to_string(), q.to_string())
                };
                let marks = |text: &'t Text, q: &Quantity| {
                    let mut marks = vec![Mark::new(text, q.index, Role::Cue)];
                    marks.extend(q.units.first().map(|&u| Mark::new(text, u, Role::Term)));
                    marks
                };
                let (marks_a, marks_b) = (marks(a, x), marks(b, y));
                Details {
                    why: if x.measure.is_some_and(|(m, ..)| m == Measure::Age) {
                        format!(
                            "two ages ({low} and {high}), and neither statement gives the other's; \
                             the other statement says {said:.2} of the rest of the age's clause"
                        )
                    } else if x.measure.is_some_and(|(m, ..)| m == Measure::Clock) {
                        format!(
                            "two times of day ({low} and {high}), and neither statement gives the \
                             other's; the other statement says {said:.2} of the rest of the time's \
                             clause"
                        )
                    } else if measured {
                        format!(
                            "two values of one {point} ({low} and {high}, converted to one unit), \
                             and neither statement gives the other's; the other statement says \
                             {said:.2} of the rest of the value's clause"
                        )
                    } else {
                        format!(
                            "two counts of the same thing ({low} and {high}), and neither \
                             statement gives the other's; the other statement says {said:.2} of \
                             the rest of the count's clause"
                        )
                    },
                    point,
                    a: marks_a,
                    b: marks_b,
                }
            }));
        }
    }
    None
}

/// Words that make a figure the sum of those it follows: "23 seats between them", "won 23
/// together", "a combined 23".
const SUM: &[&str] = &["altogether", "between", "combined", "together", "total"];

/// Whether `other` of `other_text` is the sum or the difference of `one` and another figure of
/// `text` of its kind, and says so: a sum marked as one ("14 seats and 9 seats" / "23 seats
/// between them"), or a change by an amount ("cut from 18 months to 11 months" / "fell by
/// seven months", "62 percent, up from 55 percent" / "rose by seven percentage points").
/// Such a figure is worked out from the two, not a third value of one of them.
fn sum_or_difference(text: &Text, one: &Quantity, other_text: &Text, other: &Quantity) -> bool {
    let by = other
        .index
        .checked_sub(1)
        .is_some_and(|k| other_text.tokens[k].lower == "by");
    let total = marked(other_text, other, SUM);
    if !by && !total {
        return false;
    }
    let equal = |x: f64, y: f64| (x - y).abs() <= 1e-9 * x.abs().max(y.abs()).max(1.0);
    text.quantities.iter().any(|p| {
        if p.index == one.index {
            return false;
        }
        let (u, v, w) = match (one.measure, p.measure, other.measure) {
            (None, None, _) => (one.value, p.value, other.value),
            // Of one measure in one unit, as written; else in the measure's base unit.
            (Some((m, _, s)), Some((n, _, t)), _) if m == n && s == t => {
                (one.value, p.value, other.value)
            }
            (Some((m, x, _)), Some((n, y, _)), Some((k, z, _))) if m == n && n == k => (x, y, z),
            _ => return false,
        };
        (total && equal(u + v, w)) || (by && equal((u - v).abs(), w))
    })
}

/// Whether `a` and `b` give different values of one counted thing: figures that two
/// different dates then explain ("turnout was 63% in 2020" / "58% in 2024"; "inflation is now
/// 2.9%, the bank said in May 2024" / "it peaked at 11.4% in October 2022"), so that the date
/// check leaves them alone. Times of day are no such figures: they are part of the date
/// ("shortly after 9 p.m. on Tuesday" / "early on Wednesday morning").
pub fn figures_differ(a: &Text, b: &Text, alignment: &Alignment) -> bool {
    let clock = |q: &Quantity| matches!(q.measure, Some((Measure::Clock, ..)));
    a.quantities.iter().filter(|x| !clock(x)).any(|x| {
        b.quantities.iter().filter(|y| !clock(y)).any(|y| {
            let same_unit = x
                .units
                .iter()
                .any(|&i| y.units.iter().any(|&j| alignment.a_to_b[i] == Some(j)));
            (same_unit && !values_agree(x.value, x.bound, y.value, y.bound, 0.0))
                || other_measure(x, y)
        })
    })
}

/// Whether `text` gives a figure the other statement does not (`shared(i)` says whether
/// token `i` is aligned with it): a number that is not part of a date, a time of day or a
/// name ("Aurelia-3").
pub fn gives_another_figure(text: &Text, shared: impl Fn(usize) -> bool) -> bool {
    let in_dates = dates::date_tokens(text);
    let clock = |i: usize| {
        text.quantities
            .iter()
            .any(|q| q.index == i && matches!(q.measure, Some((Measure::Clock, ..))))
    };
    text.tokens.iter().enumerate().any(|(i, t)| {
        let named = text.raw[..t.span.start]
            .strip_suffix('-')
            .is_some_and(|before| before.ends_with(char::is_alphabetic));
        matches!(t.class, Class::Number(_))
            && !shared(i)
            && !named
            && !in_dates.contains(&i)
            && !clock(i)
    })
}

/// Words that make a figure part of a larger one: "12,000 in Cardiff alone", "including
/// 12,000 in Cardiff", "among them". ("Part of" is left out: "as part of a wider plan" is a
/// phrase of its own.)
const PART: &[&str] = &["alone", "among", "including"];

/// Words that make a figure the whole of smaller ones: "40,000 people worldwide", "640 homes
/// across the province", "a combined roll of 3,600". ("In total" and "overall" are left out:
/// "a total of $1.8 million" is only a way to give a sum, and a statement that gives a total
/// "in total" meets one that gives it unmarked as often as one that gives a part.)
pub(crate) const WHOLE: &[&str] = &[
    "across",
    "combined",
    "countrywide",
    "globally",
    "nationwide",
    "whole",
    "worldwide",
];

/// Words after "of" that make the figure before it a share of something larger: "12,000 of
/// the homes", "half of its budget".
const OF_WHAT: &[&str] = &[
    "all", "her", "his", "its", "our", "the", "their", "these", "this", "those",
];

/// Whether a word of `words` stands in `q`'s clause, or just before it: "In Cole County
/// alone, 12,000 homes".
#[inline(always)]
fn marked(text: &Text, q: &Quantity, words: &[&str]) -> bool {
    let clause = text.tokens[q.index].clause;
    let near = q.index.saturating_sub(4);
    // "Across the whole force area, 5,120 burglaries": a clause that opens the sentence
    // with the word is about the figure of the next.
    let opening = clause == 1
        && text
            .tokens
            .iter()
            .find(|t| t.class != Class::Boundary)
            .is_some_and(|t| t.clause == 0 && words.contains(&t.lower.as_str()));
    opening
        || text.tokens.iter().enumerate().any(|(i, t)| {
            (t.clause == clause || (near..q.index).contains(&i))
                && words.contains(&t.lower.as_str())
        })
}

/// Whether `q` is marked as a part of something larger: "alone", "including", "12,000 of
/// the homes", or "Of the budget, £1.5bn" (but "30,000 tonnes of grain" and "15 kilometres of
/// the fire front" are not shares).
fn is_part(text: &Text, q: &Quantity) -> bool {
    let measured = q
        .measure
        .is_some_and(|(m, ..)| !matches!(m, Measure::Money(_)));
    let last = q.units.last().copied().unwrap_or(q.index);
    let lower = |i: usize| text.tokens.get(i).map_or("", |t| t.lower.as_str());
    // "£20m of next year's housing budget", "a third of Britain's exports": a possessive
    // after "of" names the whole as "the" does.
    let possessive_after = |of: usize| {
        (of + 1..of + 4).any(|k| {
            text.tokens.get(k).is_some_and(|t| {
                let word = text.surface(t);
                word.ends_with("'s") || word.ends_with("’s")
            })
        })
    };
    let of = (q.index + 1..=last + 1).find(|&k| lower(k) == "of");
    let partitive = !measured
        && ((lower(last + 1) == "of" && OF_WHAT.contains(&lower(last + 2)))
            || of.is_some_and(possessive_after));
    // "Of the ministry's budget, £1.5bn is for schools": a clause that opens with "of" names
    // the whole the next clause's figure is part of.
    let clause = text.tokens[q.index].clause;
    let of_before = clause > 0
        && text
            .tokens
            .iter()
            .find(|t| t.clause == clause - 1 && t.class != Class::Boundary)
            .is_some_and(|t| t.lower == "of");
    // "Arvania freed 42 prisoners as its part of the swap", "their share of the total".
    let clause = text.tokens[q.index].clause;
    let own_part = text.tokens.windows(2).any(|w| {
        w[1].clause == clause
            && matches!(w[0].lower.as_str(), "her" | "his" | "its" | "our" | "their")
            && matches!(w[1].lower.as_str(), "part" | "share")
    });
    partitive || of_before || own_part || marked(text, q, PART)
}

/// Whether `q` is the whole a share is taken of: "a quarter of the 800 thefts", "40% of its
/// 1,200 staff", "half of the 64 schools" (the share, not the whole, is what was done).
fn share_of(text: &Text, q: &Quantity) -> bool {
    let lower = |k: usize| {
        q.index
            .checked_sub(k)
            .map_or("", |i| text.tokens[i].lower.as_str())
    };
    let share = |word: &str| {
        word == "percent"
            || matches!(
                word.strip_suffix('s').unwrap_or(word),
                "half" | "third" | "quarter" | "fifth" | "tenth"
            )
    };
    OF_WHAT.contains(&lower(1)) && lower(2) == "of" && share(lower(3))
}

/// Whether the clauses after `q`'s, to the end of its sentence, say it is a whole and give no
/// figure of their own: "52,000 votes in total, postal and in-person combined".
fn whole_after(text: &Text, q: &Quantity) -> bool {
    let clause = text.tokens[q.index].clause;
    let after = || {
        text.tokens[q.index..]
            .iter()
            .skip_while(move |t| t.clause == clause)
            .take_while(|t| t.lower != ".")
    };
    after().any(|t| WHOLE.contains(&t.lower.as_str()))
        && !after().any(|t| matches!(t.class, Class::Number(_)))
}

/// Whether `q` counts the rest of something or an addition to it: "two other boys", "three
/// more patients", "five further cases".
fn is_rest(text: &Text, q: &Quantity) -> bool {
    text.tokens.get(q.index + 1).is_some_and(|t| {
        matches!(
            t.lower.as_str(),
            "additional" | "extra" | "further" | "more" | "other"
        )
    })
}

/// Whether `x` and `y` may be a part and its whole rather than two values of one thing: either
/// is marked as a part, or one is marked as a whole ("worldwide") and the other is not, or one
/// counts the rest of what the other counts and is smaller ("two other boys" / "three boys").
///
/// A whole the other statement names too is no other's: "fares across Westland will go up by
/// 4.9%" / "Westland rail fares to rise 3%" speak of one whole.
fn part_and_whole(a: &Text, x: &Quantity, b: &Text, y: &Quantity) -> bool {
    let rest_of = |p: &Quantity, q: &Quantity| p.rest && !q.rest && p.value < q.value;
    let whole = |text: &Text, q: &Quantity, other: &Text| q.whole && !whole_named(text, q, other);
    x.part || y.part || rest_of(x, y) || rest_of(y, x) || whole(a, x, b) != whole(b, y, a)
}

/// Whether the whole `q` is given across ("across Westland", "across the Corran region") is
/// named by `other` too (the head of its phrase: "the Wexley force area" is not named by
/// "Wexley town centre"), and `other` names no place or body of its own inside it ("In the
/// Marren province town of Dell, 85 homes").
fn whole_named(text: &Text, q: &Quantity, other: &Text) -> bool {
    let clause = text.tokens[q.index].clause;
    let own_name = other.tokens.iter().any(|t| {
        t.proper && t.class == Class::Content && text.stem_ids.binary_search(&t.stem_id).is_err()
    });
    !own_name
        && (0..text.tokens.len()).any(|k| {
            let t = &text.tokens[k];
            t.clause == clause
                && t.lower == "across"
                && (k + 1..text.tokens.len())
                    .skip_while(|&n| matches!(text.tokens[n].lower.as_str(), "the" | "all"))
                    .take_while(|&n| text.tokens[n].class == Class::Content)
                    .last()
                    .is_some_and(|head| {
                        other
                            .stem_ids
                            .binary_search(&text.tokens[head].stem_id)
                            .is_ok()
                    })
        })
}

/// Whether `q` is the figure a change came from: "up from £2.1 billion", "down from 12%".
fn changed_from(text: &Text, q: &Quantity) -> bool {
    let lower = |back: usize| {
        q.index
            .checked_sub(back)
            .map_or("", |k| text.tokens[k].lower.as_str())
    };
    lower(1) == "from" && matches!(lower(2), "up" | "down")
}

/// Whether a modal of possibility comes before `q` in its clause: "could reach 38C", "may
/// cost up to $2 million".
fn possible(text: &Text, q: &Quantity) -> bool {
    let clause = text.tokens[q.index].clause;
    (0..q.index).any(|k| {
        let t = &text.tokens[k];
        t.clause == clause
            && matches!(t.lower.as_str(), "could" | "may" | "might")
            && !super::dates::may_month(&text.tokens, k)
    })
}

/// Whether a word before `q` in its clause says it will come or is expected: "will cost",
/// "is expected to reach".
fn to_come(text: &Text, q: &Quantity) -> bool {
    let clause = text.tokens[q.index].clause;
    (0..q.index).any(|k| {
        let t = &text.tokens[k];
        t.clause == clause
            && matches!(
                t.lower.as_str(),
                "will" | "would" | "shall" | "expected" | "forecast" | "projected"
            )
    })
}

/// Words that place a figure in the present, or after an earlier one: "is now 2.4 million",
/// "has since grown to 2.4 million".
const NOW: &[&str] = &["currently", "latest", "now", "presently", "since", "today"];

/// Whether `q`'s clause places it in the present: "is now 2.4 million".
fn in_the_present(text: &Text, q: &Quantity) -> bool {
    let clause = text.tokens[q.index].clause;
    text.tokens
        .iter()
        .any(|t| t.clause == clause && NOW.contains(&t.lower.as_str()))
}

/// The dates of `q`'s clause, or else of the whole statement ("In 2015, 7% of the electricity
/// came from wind").
fn dates_of(text: &Text, q: &Quantity) -> Vec<dates::Date> {
    let clause = text.tokens[q.index].clause;
    let near: Vec<dates::Date> = text
        .dates
        .iter()
        .filter(|d| d.clause(text) == clause)
        .copied()
        .collect();
    if near.is_empty() {
        text.dates.clone()
    } else {
        near
    }
}

/// Whether `x` of `a` and `y` of `b` are given for different times, and so are no conflict:
/// their dates do not agree ("63% in 2020" / "58% in 2024"), or one gives a date and the other
/// says now ("2.1 million in 2010" / "now 2.4 million"), or the months they name differ ("in
/// October" / "in November", "for January to March" / "from April").
fn at_other_times(a: &Text, x: &Quantity, b: &Text, y: &Quantity) -> bool {
    let (dx, dy) = (&x.dates, &y.dates);
    let dated_apart =
        !dx.is_empty() && !dy.is_empty() && !dx.iter().any(|p| dy.iter().any(|q| p.agrees(q)));
    let months_apart = a.months != 0 && b.months != 0 && a.months & b.months == 0;
    // A time before now that gives no date: "92% full at the start of spring", "three years
    // ago", "previously".
    let then = |text: &Text, q: &Quantity| {
        let clause = text.tokens[q.index].clause;
        text.tokens
            .iter()
            .any(|t| t.clause == clause && EARLIER.contains(&t.lower.as_str()))
    };
    // So is a year before this one ("Last year the food bank fed 220 families" / "now feeds
    // 310").
    let timed = |text: &Text, q: &Quantity| {
        !q.dates.is_empty() || then(text, q) || q.year.is_some_and(|y| y < 0)
    };
    // Times of day, or running totals ("by Wednesday", which as a bound agrees with any
    // earlier day), on other days: "as of Monday morning" / "by Wednesday evening".
    let clock = x.measure.is_some_and(|(m, ..)| m == Measure::Clock);
    let bounded = dx.iter().chain(dy).any(|d| d.bounded());
    let other_days = (clock || bounded)
        && !dx.is_empty()
        && !dy.is_empty()
        && dx.iter().all(|p| dy.iter().all(|q| p.other_day(q)));
    // Figures given at other times of day ("At noon ... stood at 3.2 metres" / "By 6pm ... had
    // risen to 4.1 metres"): each statement gives its time, and they share none.
    let hours = |text: &Text| -> Vec<f64> {
        text.quantities
            .iter()
            .filter(|q| matches!(q.measure, Some((Measure::Clock, ..))))
            .map(|q| q.value)
            .collect()
    };
    let (ha, hb) = (hours(a), hours(b));
    let other_hours =
        !clock && !ha.is_empty() && !hb.is_empty() && !ha.iter().any(|p| hb.contains(p));
    // A figure something changed to, against one given for another time, or for a time
    // that may be another ("totalled 2.1 million tonnes in 2019" / "fell to 1.6 million
    // tonnes last year"): the change is what lies between them.
    let when = |text: &Text, q: &Quantity| timed(text, q) || q.year.is_some();
    let agreeing =
        dx.iter().any(|p| dy.iter().any(|q| p.agrees(q))) || (x.year.is_some() && x.year == y.year);
    let changed = (changed_to(a, x) || changed_to(b, y)) && when(a, x) && when(b, y) && !agreeing;
    dated_apart
        || changed
        || other_hours
        || other_days
        || months_apart
        || x.partial != y.partial
        || matches!((x.year, y.year), (Some(p), Some(q)) if p != q)
        || (timed(a, x) && y.dates.is_empty() && y.now)
        || (timed(b, y) && x.dates.is_empty() && x.now)
}

/// The year a figure is given for, relative to the year of saying, when words say it: "last
/// year" or "a year earlier" -1, "this year" 0, "next year" 1. Read in the figure's clause, or else in the whole
/// statement ("In the first quarter of last year, unemployment stood at 6.1%").
fn relative_year(text: &Text, q: &Quantity) -> Option<i8> {
    let lower = |i: usize| text.tokens.get(i).map_or("", |t| t.lower.as_str());
    // "£2.4 billion, up from £2.1 billion the previous year": a year after the figure a
    // change came from is that figure's, not this one's.
    let from = (q.index + 1..text.tokens.len().saturating_sub(1))
        .find(|&k| matches!(lower(k), "up" | "down") && lower(k + 1) == "from");
    let find = |clause: Option<usize>| {
        (1..text.tokens.len())
            .filter(|&i| clause.is_none_or(|c| text.tokens[i].clause == c))
            .filter(|&i| from.is_none_or(|f| i < f))
            .find_map(|i| match (lower(i - 1), lower(i)) {
                ("last" | "previous", "year" | "year's") => Some(-1),
                // "a year earlier", "a year ago", "the year before".
                ("a" | "one", "year") if matches!(lower(i + 1), "ago" | "before" | "earlier") => {
                    Some(-1)
                }
                ("the", "year") if lower(i + 1) == "before" => Some(-1),
                ("this" | "current", "year" | "year's") => Some(0),
                ("next" | "coming", "year" | "year's") => Some(1),
                _ => None,
            })
    };
    find(Some(text.tokens[q.index].clause)).or_else(|| find(None))
}

/// A time taken, written as a clock is, in seconds: "in a time of 2:41" (hours and minutes),
/// "finished in 2:08:14", "clocked 3:51.2" (minutes and seconds, with tenths). Only after
/// words of timing: "at 2:41" is a time of day.
fn race_time(text: &Text, index: usize) -> Option<f64> {
    let lower = |i: usize| text.tokens.get(i).map_or("", |t| t.lower.as_str());
    let before = |k: usize| index.checked_sub(k).map_or("", lower);
    let timing = matches!(before(1), "in" | "clocked" | "timed")
        || (before(1) == "of" && before(2) == "time");
    if !timing {
        return None;
    }
    let parts: Vec<&str> = lower(index).split(':').collect();
    let whole = |s: &str| s.len() <= 2 && !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    match parts.as_slice() {
        [h, m, s] if whole(h) && whole(m) && m.len() == 2 && whole(s) && s.len() == 2 => {
            let (h, m, s): (f64, f64, f64) = (h.parse().ok()?, m.parse().ok()?, s.parse().ok()?);
            (m < 60.0 && s < 60.0).then_some(h * 3600.0 + m * 60.0 + s)
        }
        // Two parts: minutes and seconds when the seconds carry tenths ("3:51.2"), else hours
        // and minutes ("2:41" for a marathon).
        [h, m] if whole(h) => {
            if let Some((sec, tenths)) = m.split_once('.') {
                let ok = whole(sec) && sec.len() == 2 && tenths.bytes().all(|b| b.is_ascii_digit());
                let (min, sec): (f64, f64) = (h.parse().ok()?, m.parse().ok()?);
                (ok && sec < 60.0).then_some(min * 60.0 + sec)
            } else {
                let written = whole(m) && m.len() == 2;
                let (h, m): (f64, f64) = (h.parse().ok()?, m.parse().ok()?);
                (written && m < 60.0).then_some(h * 3600.0 + m * 60.0)
            }
        }
        _ => None,
    }
}

/// A part of the day said of a day ("on Friday afternoon", "Tuesday morning's crash", "in
/// the evening"), as its middle in minutes after midnight and half its span: the morning is
/// midnight to noon (news says "1 a.m. on Saturday morning"), the afternoon noon to 18:00, the
/// evening 17:00 to midnight. "Every morning" or "the morning papers" give no time.
fn part_of_day(text: &Text, index: usize) -> Option<(f64, u16)> {
    let lower = |i: usize| text.tokens.get(i).map_or("", |t| t.lower.as_str());
    let word = lower(index);
    let (middle, half) = match word.strip_suffix("'s").unwrap_or(word) {
        "morning" => (360.0, 360),
        "afternoon" => (900.0, 180),
        "evening" => (1230.0, 210),
        // "just before dawn", "around midday", "at dusk": a time, however the day is
        // long.
        "dawn" | "daybreak" | "sunrise" | "midday" | "noon" | "dusk" | "sunset" | "nightfall" => {
            let before = index.checked_sub(1).map_or("", lower);
            let placed = matches!(
                before,
                "at" | "before"
                    | "after"
                    | "around"
                    | "about"
                    | "by"
                    | "until"
                    | "till"
                    | "towards"
            );
            return placed.then_some(match word {
                "dawn" | "daybreak" | "sunrise" => (360.0, 150),
                "midday" | "noon" => (720.0, 60),
                _ => (1140.0, 150),
            });
        }
        _ => return None,
    };
    let before = |k: usize| index.checked_sub(k).map_or("", lower);
    // A number before it is a time it places ("2 in the afternoon"): the clock reads that.
    let counted = (1..=3).any(|k| {
        index
            .checked_sub(k)
            .is_some_and(|i| matches!(text.tokens[i].class, Class::Number(_)))
    });
    let said_of_a_day = dates::is_weekday(before(1))
        || matches!(before(1), "this" | "yesterday" | "tomorrow")
        || (before(1) == "the" && matches!(before(2), "in" | "during"));
    (said_of_a_day && !counted).then_some((middle, half))
}

/// Whether a statement gives its figures as a count not yet complete: "so far", "partial
/// results", "provisional figures", "early returns", "with 30% of ballots counted", "with 42 of
/// the 60 seats declared". Against a final or plain count, its figures are of an earlier time.
pub(crate) fn partial_count(text: &Text) -> bool {
    let tokens = &text.tokens;
    let lower = |i: usize| tokens.get(i).map_or("", |t| t.lower.as_str());
    (0..tokens.len()).any(|i| match lower(i) {
        "partial" | "provisional" | "preliminary" | "incomplete" => true,
        "far" => i > 0 && lower(i - 1) == "so",
        "early" | "initial" | "first" => matches!(
            lower(i + 1),
            "count" | "counts" | "results" | "returns" | "figures" | "estimate" | "estimates"
        ),
        // "with" a figure, then a word of counting within a few words, in one clause.
        "with" => {
            let clause = tokens[i].clause;
            let near = (i + 1..tokens.len().min(i + 8)).take_while(|&k| tokens[k].clause == clause);
            let mut counted = false;
            let mut figure = false;
            for k in near {
                figure |= matches!(tokens[k].class, Class::Number(_))
                    || matches!(lower(k), "most" | "half" | "some" | "nearly" | "all");
                counted |=
                    figure && matches!(lower(k), "counted" | "declared" | "reporting" | "tallied");
            }
            counted && !(1..8).any(|k| lower(i + k) == "all")
        }
        _ => false,
    })
}

/// Whether `q` is what something changed to: "fell to 1.6 million tonnes", "rose to £1,150".
fn changed_to(text: &Text, q: &Quantity) -> bool {
    let lower = |k: usize| {
        q.index
            .checked_sub(k)
            .map(|i| text.tokens[i].lower.as_str())
            .unwrap_or("")
    };
    lower(1) == "to" && CHANGES.binary_search(&lower(2)).is_ok()
}

/// Verbs of a change in a figure, as written before "to": "fell to", "was cut to".
const CHANGES: &[&str] = &[
    "climbed",
    "cut",
    "declined",
    "decreased",
    "dropped",
    "fallen",
    "fell",
    "grew",
    "grown",
    "increased",
    "jumped",
    "lowered",
    "plunged",
    "raised",
    "reduced",
    "risen",
    "rose",
    "slipped",
    "soared",
    "surged",
];

/// Words that place a figure at some earlier time without dating it.
const EARLIER: &[&str] = &[
    "ago",
    "autumn",
    "formerly",
    "previously",
    "spring",
    "summer",
    "winter",
];

/// Whether `x` and `y` measure one thing (a length, a mass, a duration, an amount of money, an
/// age) with different values, whatever their units: "1.2 kilometres" / "450 metres".
fn other_measure(x: &Quantity, y: &Quantity) -> bool {
    match (x.measure, y.measure) {
        (Some((p, ..)), Some((q, ..))) => p == q && !same_measure(x, y),
        _ => false,
    }
}

/// How much of the rest of `q`'s clause (but the number and its unit) the other statement
/// says ([`similarity::clause_said`]).
fn clause_said(text: &Text, q: &Quantity, aligned: impl Fn(usize) -> bool) -> Option<f64> {
    let clause = text.tokens[q.index].clause;
    similarity::clause_said(
        text,
        clause,
        |i| i == q.index || q.units.contains(&i),
        aligned,
    )
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

    /// A fuzzed statement once panicked the joining of durations ("slice index starts at 9
    /// but ends at 8"): a number's unit reached past the next number.
    #[test]
    fn a_unit_past_the_next_number_is_no_joined_duration() {
        let raw = "=1-1--\u{431}\u{fffd}111\u{fffd}11--\u{431}\u{fffd}111\u{fffd}1-1--\u{fffd}\u{11}\u{fffd}\u{fffd}\u{fffd}\u{0}am\u{0}\u{0}\u{0}\u{0}\u{fffd}\u{fffd}1\u{fffd}1-1--\u{431}\u{fffd}1-1--\u{431}\u{fffd}111\u{fffd}11-1--\u{fffd}-1-1-am\u{fffd}\u{fffd}111\u{fffd}";
        let text = Text::new(raw);
        assert!(
            text.quantities
                .iter()
                .all(|q| q.units.iter().all(|&u| u < text.tokens.len()))
        );
    }

    #[test]
    fn a_number_joined_to_a_name_counts_nothing() {
        for raw in [
            "Covid-19 cases rose",
            "The CP-17 study began",
            "Ten F-35 jets",
        ] {
            let text = Text::new(raw);
            let counts: Vec<f64> = text.quantities.iter().map(|q| q.value).collect();
            let expected: &[f64] = if raw.starts_with("Ten") { &[10.0] } else { &[] };
            assert_eq!(counts, expected, "{raw:?}");
        }
    }

    #[test]
    fn units_are_sorted() {
        assert!(UNITS.windows(2).all(|w| w[0].0 < w[1].0));
        for list in [CHANGES, DETERMINERS, EXTENTS, EARLIER] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
        }
    }

    /// Whether the count check flags the pair.
    fn flagged(x: &str, y: &str) -> bool {
        let (a, b, al) = aligned(x, y);
        let sim = overlap(&a, &b, &al, None, None);
        conflicting_number(&a, &b, &al, sim).is_some()
    }

    #[test]
    fn compares_one_measure_across_units() {
        let cases = [
            (
                "The tunnel measures 2,300 metres",
                "The tunnel is 3.2 km long",
                true,
            ),
            (
                "The path runs for 4.5 kilometres",
                "The path is 4,500 metres long",
                false,
            ),
            (
                "The path runs for 4.5 kilometres",
                "The path is 4.5 miles long",
                true,
            ),
            (
                "The strike lasted nine days",
                "The strike ended after two weeks",
                true,
            ),
            (
                "The strike lasted a fortnight",
                "The strike lasted 14 days",
                false,
            ),
            (
                "The strike ended on Friday after three days",
                "The strike had lasted a fortnight when it ended on Friday",
                true,
            ),
            // Speeds, in miles or kilometres an hour, or knots.
            (
                "Gusts of 100 mph hit the coast",
                "Gusts of 100 km/h hit the coast",
                true,
            ),
            (
                "Gusts of 100 mph hit the coast",
                "Gusts of 161 km/h hit the coast",
                false,
            ),
            (
                "The train reached 300 kilometres per hour",
                "The train reached 186 miles per hour",
                false,
            ),
            (
                "Winds of 40 knots battered the harbour",
                "Winds of 75 kph battered the harbour",
                false,
            ),
            (
                "The car was doing 70 mph when it crashed",
                "The car was doing 50 mph when it crashed",
                true,
            ),
            // In one unit, values compare exactly; the slack is for conversions.
            ("A pause of 528 days", "A pause of 532 days", true),
            // Temperatures, however written, in Celsius or Fahrenheit.
            (
                "The temperature peaked at 41 degrees Celsius on Sunday",
                "Sunday's highest temperature was 38C",
                true,
            ),
            (
                "The temperature peaked at 41 degrees Celsius on Sunday",
                "Sunday's highest temperature was 41°C",
                false,
            ),
            (
                "The temperature peaked at 41 degrees Celsius on Sunday",
                "Sunday's highest temperature was 106 degrees Fahrenheit",
                false,
            ),
            (
                "The temperature peaked at 41 degrees Celsius on Sunday",
                "Sunday's highest temperature was 100°F",
                true,
            ),
            // Figures for two times are no conflict.
            (
                "The population was 2.1 million in 2010",
                "The population is now 2.4 million",
                false,
            ),
            // A time taken, written as a clock is, and seconds.
            (
                "She won the marathon in a time of 2:41",
                "She won the marathon in 2 hours 31 minutes",
                true,
            ),
            (
                "She won the marathon in 2:08:14",
                "She won the marathon in 2 hours 8 minutes 14 seconds",
                false,
            ),
            (
                "He won the mile in 3:51.2",
                "He won the mile in 4 minutes 5 seconds",
                true,
            ),
            (
                "The ceasefire lasted 90 seconds",
                "The ceasefire lasted two minutes",
                true,
            ),
            // What is counted may come before the number.
            (
                "The quake off the coast had a magnitude of 6.1",
                "The centre measured the quake off the coast at magnitude 5.4",
                true,
            ),
            (
                "The number of people displaced by the fighting stood at 310,000",
                "The agency put the number displaced by the fighting at 130,000",
                true,
            ),
            (
                "The death toll from the floods had reached 61 by Monday",
                "The death toll from the floods stood at 61 by Monday",
                false,
            ),
            // Spans of time said with "a".
            (
                "The trip takes an hour and a half",
                "The trip takes 55 minutes",
                true,
            ),
            (
                "The trip takes half an hour",
                "The trip takes 30 minutes",
                false,
            ),
            // A day of the week is of this year, not last year.
            (
                "Firefighters took nine hours to put out Tuesday's fire at the plant",
                "Last year's fire at the plant was put out in under an hour",
                false,
            ),
            // A part of the day against a time of day.
            (
                "The crash happened at 11.40pm on Friday on the M17",
                "The crash on the M17 happened on Friday afternoon",
                true,
            ),
            (
                "The crash happened at 4.15pm on Friday on the M17",
                "The crash on the M17 happened on Friday afternoon",
                false,
            ),
            (
                "The crash happened at 1am on Saturday on the M17",
                "The crash on the M17 happened early on Saturday morning",
                false,
            ),
            (
                "The crash on the M17 happened on Friday morning",
                "The crash on the M17 happened on Friday evening",
                true,
            ),
            // Dawn, midday and dusk are times of day too.
            (
                "The freight train derailed just before dawn near Ostley station",
                "The Ostley derailment took place around midday",
                true,
            ),
            (
                "The freight train derailed just before dawn near Ostley station",
                "The Ostley derailment took place at 5.40am",
                false,
            ),
            (
                "The fire broke out at dusk on the Brede estate",
                "The fire on the Brede estate broke out around 7pm",
                false,
            ),
            // "Dawn" that names no time: "the dawn of a new era".
            (
                "The treaty marked the dawn of a new era in 1990",
                "The treaty was signed at 9am in 1990",
                false,
            ),
            // Times of day on two days are two times.
            (
                "As of Monday morning, 43 people had died in the floods",
                "By Wednesday evening, 61 people had died in the floods",
                false,
            ),
            // One day, however said.
            (
                "Police said 14 people were arrested after Sunday's derby",
                "Police said 23 people were arrested after the derby on Sunday",
                true,
            ),
            // ... but an event and its undoing take their times in turn.
            (
                "The bridge was closed to traffic on Monday morning after the crash",
                "The bridge reopened to traffic on Monday evening",
                false,
            ),
            (
                "Highcross Road remained blocked at 9am by a jackknifed lorry",
                "Highcross Road reopened shortly before midday once the lorry had been recovered",
                false,
            ),
            // Years said relative to now.
            (
                "Unemployment stood at 6.1% in the first quarter of last year",
                "Unemployment was 4.8% in the first quarter of this year",
                false,
            ),
            (
                "Unemployment stood at 6.1% in the first quarter of last year",
                "Unemployment was 4.8% in the first quarter of last year",
                true,
            ),
            // A count not yet complete, against a final one.
            (
                "With 40% of ballots counted, Marta Ruiz had 55% of the vote",
                "Marta Ruiz won 48% of the vote",
                false,
            ),
            (
                "Provisional figures show 212 deaths from the heatwave",
                "The heatwave caused 260 deaths",
                false,
            ),
            (
                "The heatwave has caused 212 deaths so far",
                "The heatwave caused 260 deaths",
                false,
            ),
            // A count that is complete, or a share won "with" no count, still conflicts.
            (
                "With all ballots counted, Marta Ruiz had 55% of the vote",
                "Marta Ruiz won 48% of the vote",
                true,
            ),
            (
                "Marta Ruiz won with 55% of the vote in the capital",
                "Marta Ruiz won 48% of the vote in the capital",
                true,
            ),
            // An earlier time without a date, against now.
            (
                "The reservoir was 92% full at the start of spring",
                "The reservoir is now at 41% of capacity",
                false,
            ),
            (
                "The reservoir was 92% full",
                "The reservoir is now at 41% of capacity",
                true,
            ),
            // A whole both name is one whole; a part inside it is not.
            (
                "Bus fares across Dalmore will go up by 4.9 per cent from January",
                "Dalmore bus fares to rise 3% in January",
                true,
            ),
            (
                "Police recorded 1,340 burglaries across the Wexley force area last year",
                "In Wexley town centre, 410 burglaries were recorded last year",
                false,
            ),
            (
                "Police recorded 1,340 burglaries across Wexley last year",
                "In the Wexley town of Dell, 410 burglaries were recorded last year",
                false,
            ),
            // The figure a change came from is no figure of now.
            (
                "Corra Foods reported annual revenue of £2.4 billion, up from £2.1 billion",
                "Revenue at Corra Foods for its latest financial year was £2.1bn",
                true,
            ),
            (
                "Corra Foods reported annual revenue of £2.4 billion, up from £2.1 billion the \
                 previous year",
                "Revenue at Corra Foods for its latest financial year was £2.1bn",
                true,
            ),
            (
                "Corra Foods reported annual revenue of £2.4 billion, up from £2.1 billion",
                "Revenue at Corra Foods for its latest financial year was £2.4bn",
                false,
            ),
            // Last year against now.
            (
                "Last year the Alder Street shelter housed 45 families a night",
                "The Alder Street shelter now houses 62 families a night",
                false,
            ),
            // A figure said to be possible, against one said to be, or to come.
            (
                "Forecasters said temperatures could reach 39C in Ardel on Friday",
                "Temperatures in Ardel peaked at 35C on Friday",
                false,
            ),
            (
                "Forecasters said temperatures would reach 39C in Ardel on Friday",
                "Temperatures in Ardel peaked at 35C on Friday",
                true,
            ),
            (
                "The new bridge could cost $40 million, the council said",
                "The new bridge will cost $65 million, the council said",
                true,
            ),
            (
                "The Alder Street shelter housed 45 families a night last year",
                "The Alder Street shelter housed 62 families a night last year",
                true,
            ),
            (
                "Turnout was 63 percent in 2020",
                "Turnout was 58 percent in 2024",
                false,
            ),
            (
                "Turnout was 63 percent in 2024",
                "Turnout was 58 percent in 2024",
                true,
            ),
            // A figure reached "by" a year is one of that year.
            (
                "Broadband take-up in the valley stood at 41 percent in 2019",
                "By 2023, 68 percent of homes in the valley had broadband",
                false,
            ),
            (
                "Broadband take-up in the valley stood at 41 percent in 2023",
                "By 2023, 68 percent of homes in the valley had broadband",
                true,
            ),
            (
                "Turnout was 63 percent in 2024",
                "Turnout was 58 percent",
                true,
            ),
            // A part and its whole are no conflict.
            (
                "In Cole County alone, 12,000 homes lost power",
                "80,000 homes lost power",
                false,
            ),
            (
                "Okafor won 1,800 votes in the postal ballot",
                "Okafor received 5,200 votes in total, postal and in-person combined",
                false,
            ),
            (
                "The two towns raised £90,000 for the new lifeboat",
                "Harwick raised £40,000 as its share of the lifeboat appeal",
                false,
            ),
            (
                "The storm cut power to 85,000 homes, including 12,000 homes in Cardiff",
                "The storm cut power to 12,000 homes in Cardiff",
                false,
            ),
            (
                "Sorrel employs 6,500 people in Kessia",
                "Sorrel employs 40,000 people worldwide",
                false,
            ),
            (
                "12,000 of the homes lost power",
                "80,000 homes lost power",
                false,
            ),
            (
                "The ministry will receive £8bn next year",
                "Of the ministry's budget next year, £1.5bn is earmarked for schools",
                false,
            ),
            // A possessive after "of" names the whole, as "the" does.
            (
                "The council's housing budget for next year is £94 million",
                "The leader said £20m of next year's housing budget would go on repairs",
                false,
            ),
            (
                "The three schools have a combined roll of 3,600 pupils",
                "St Aldric's, one of the three schools, has 1,150 pupils on its roll",
                false,
            ),
            (
                "640 homes were damaged by the floods across the province",
                "In the town of Dell, 85 homes were damaged by the floods",
                false,
            ),
            // ... when an opening clause says it ("Across the whole region, ..."), or "as a
            // whole" does.
            (
                "Across the whole of the region, 3,900 burglaries were reported in March",
                "Police in the city of Ambrose said 42 burglaries were reported in March",
                false,
            ),
            (
                "Harbridge Group as a whole made a profit of £60 million last year",
                "Harbridge Group's insurance arm made a profit of £14 million last year",
                false,
            ),
            (
                "Police in the region said 3,900 burglaries were reported in March",
                "Police in the region said 42 burglaries were reported in March",
                true,
            ),
            // The whole a share is taken of is no figure of what was done.
            (
                "A quarter of the 800 car thefts reported last year were solved",
                "Police solved 200 car theft cases from last year",
                false,
            ),
            (
                "Police solved 800 car thefts last year",
                "Police solved 200 car thefts last year",
                true,
            ),
            // "of" after a measure is what it measures, not a share.
            (
                "The ship carried 30,000 tonnes of grain",
                "The ship carried 20,000 tonnes of grain",
                true,
            ),
            (
                "The strike lasted 14 days",
                "The strike ended after two weeks",
                false,
            ),
            ("The pause lasts 12 months", "The pause lasts a year", false),
            (
                "The load weighed 2 tonnes",
                "The load weighed 2,000 kg",
                false,
            ),
            (
                "The load weighed 2 tonnes",
                "The load weighed 1,500 kg",
                true,
            ),
            // Money, with a sign or a word, and scales written as words or letters.
            ("Revenue was $4.8 billion", "Revenue was $3.9bn", true),
            ("Revenue was $4.8 billion", "Revenue was $4.8bn", false),
            (
                "The contract cost 40 million euros",
                "The contract cost €40m",
                false,
            ),
            (
                "The contract cost £2.3 million",
                "The contract cost £3m",
                true,
            ),
            (
                "1.5 million people were evacuated",
                "1,500,000 people were evacuated",
                false,
            ),
            (
                "1.5 million people were evacuated",
                "1,200,000 people were evacuated",
                true,
            ),
            // Times of day, on the 24-hour clock or with a.m. / p.m.
            (
                "Polls closed at 18:00",
                "Polls closed at 8 p.m. local time",
                true,
            ),
            (
                "Polls closed at 20:00",
                "Polls closed at 8 p.m. local time",
                false,
            ),
            ("The ferry left at 8.30pm", "The ferry left at 9pm", true),
            (
                "The quake hit at 3.40am",
                "The quake hit after 2 in the afternoon",
                true,
            ),
            (
                "The quake hit at 14:00",
                "The quake hit at 2 in the afternoon",
                false,
            ),
            ("Turnout was 58 per cent", "Turnout was 51%", true),
            ("Turnout was 58 per cent", "Turnout was 58%", false),
            (
                "The 08:15 ferry left late",
                "The 08:15 ferry left late",
                false,
            ),
            (
                "The meeting began at 9:30 a.m.",
                "The meeting began at 9.30am",
                false,
            ),
            // A duration in two units is one.
            (
                "The rescue took almost 14 hours",
                "Rescuers worked for 13 hours and 40 minutes",
                false,
            ),
            (
                "The rescue took 12 hours",
                "The rescue took 13 hours and 40 minutes",
                true,
            ),
            (
                "She ran it in 2 hours 9 minutes",
                "She ran it in 129 minutes",
                false,
            ),
            // "the 100m final" is a distance, not millions.
            ("She won the 100m final", "She won the 200m final", false),
            (
                "Voss won the women's 10,000m on Friday",
                "Voss won the women's 5,000m on Friday",
                false,
            ),
        ];
        for (x, y, expected) in cases {
            assert_eq!(flagged(x, y), expected, "{x:?} / {y:?}");
        }
    }

    #[test]
    fn reads_shares_distances_money_words_and_rounding() {
        let cases = [
            // A rough figure allows the rounding it shows.
            (
                "Unemployment rose to 7.4%",
                "Roughly 7% were unemployed",
                false,
            ),
            (
                "Unemployment rose to 7.9%",
                "Roughly 7% were unemployed",
                true,
            ),
            // A figure written with its scale is rounded to its last digit, within 5%.
            (
                "The redevelopment will cost £1,198,000",
                "The redevelopment will cost £1.2m",
                false,
            ),
            (
                "The redevelopment will cost 1,198,000 euros",
                "The redevelopment will cost 1.2 million euros",
                false,
            ),
            (
                "The redevelopment will cost 1,260,000 euros",
                "The redevelopment will cost 1.2 million euros",
                true,
            ),
            (
                "The redevelopment will cost £3.4bn",
                "The redevelopment will cost £3bn",
                true,
            ),
            // "of the" after a distance is what it is measured from.
            (
                "The order covers everything within 15 kilometres of the fire front",
                "The evacuation zone extends 5 km from the fire front",
                true,
            ),
            // Shares, as percentages or "N in M".
            (
                "In 2023, 3 in 10 patients waited longer than 18 weeks",
                "Just 8% of patients waited more than 18 weeks in 2023",
                true,
            ),
            (
                "In 2023, 3 in 10 patients waited longer than 18 weeks",
                "In 2023, 30% of patients waited more than 18 weeks",
                false,
            ),
            // "of whom 1,200" counts what came before it.
            (
                "The study enrolled 2,400 patients, of whom 1,200 received the drug",
                "Some 1,200 patients in the study were given the drug",
                false,
            ),
            (
                "The study enrolled 2,400 patients, of whom 1,200 received the drug",
                "Some 1,500 patients in the study were given the drug",
                true,
            ),
            // Scores and tallies.
            (
                "Rosford beat Kellan Vale 3-1 at Marley Park on Saturday",
                "Saturday's game at Marley Park finished 2-1 to Rosford against Kellan Vale",
                true,
            ),
            // Either side may be named first: "beat Carnforth 3-1" / "lost 1-3".
            (
                "Redhill Rovers beat Carnforth 3-1 on Saturday",
                "Carnforth lost 1-3 to Redhill Rovers at the weekend",
                false,
            ),
            (
                "Redhill Rovers beat Carnforth 3-1 on Saturday",
                "Carnforth lost 0-2 to Redhill Rovers at the weekend",
                true,
            ),
            (
                "The bill cleared the Senate 21-20",
                "The bill cleared the Senate 21–20",
                false,
            ),
            (
                "The bill cleared the Senate 21-20",
                "The bill cleared the Senate 22–19",
                true,
            ),
            (
                "The council voted nine to two to approve the parking charges",
                "The parking charges passed by a single vote, six to five",
                true,
            ),
            (
                "The council voted nine to two to approve the parking charges",
                "The parking charges were approved by nine votes to two",
                false,
            ),
            // "just after" a time is close to it.
            // "as much as" bounds from above.
            (
                "Corvel Pharma shares jumped as much as 15% in early trading on Tuesday",
                "Corvel Pharma shares were up 9% in early trading on Tuesday",
                false,
            ),
            (
                "Corvel Pharma shares jumped as much as 15% in early trading on Tuesday",
                "Corvel Pharma shares were up 19% in early trading on Tuesday",
                true,
            ),
            (
                "The earthquake struck Alva at 04:12 on Saturday",
                "The quake hit Alva just after 4 a.m. on Saturday",
                false,
            ),
            (
                "The blast happened at about 3:15 a.m. on Tuesday",
                "The blast happened shortly after 11 p.m. on Tuesday",
                true,
            ),
            // "just under" is close to the figure, not anything below it.
            (
                "The new bypass is 4.2 miles long",
                "At just under 14 kilometres, the bypass is the longest road in the county",
                true,
            ),
            (
                "The new bypass is 13.8 kilometres long",
                "At just under 14 kilometres, the bypass is the longest road in the county",
                false,
            ),
            // Not a tally: a range.
            (
                "The council voted to raise the fee from 5 to 7 pounds",
                "The council voted to raise the fee to 7 pounds",
                false,
            ),
            // Money written with its scale.
            (
                "The company raised $40m last year",
                "The company raised $40 million last year",
                false,
            ),
            (
                "The company raised $40m last year",
                "The company raised $60 million last year",
                true,
            ),
            // Fractions are rough shares.
            (
                "Two-thirds of the volunteers stayed free of malaria",
                "41% of the volunteers stayed free of malaria",
                true,
            ),
            (
                "Two-thirds of the volunteers stayed free of malaria",
                "66% of the volunteers stayed free of malaria",
                false,
            ),
            (
                "Turnout was 38.2% of registered voters",
                "More than half of registered voters turned out",
                true,
            ),
            (
                "Roughly half of the teachers plan to leave",
                "About 50% of the teachers plan to leave",
                false,
            ),
            (
                "A quarter of its staff will go",
                "25% of its staff will go",
                false,
            ),
            // A change by a fraction is a share of what there was; "by half an hour" is
            // a duration.
            (
                "Wheat exports to Norland fell by a quarter in the first half of the year",
                "Wheat exports to Norland fell by 40 percent in the first half of the year",
                true,
            ),
            (
                "Wheat exports to Norland fell by a quarter in the first half of the year",
                "Wheat exports to Norland fell by 25 percent in the first half of the year",
                false,
            ),
            (
                "The council will cut the grant by half from April",
                "The council will cut the grant by 50% from April",
                false,
            ),
            (
                "The council will cut the grant by half from April",
                "The council will cut the grant by 20% from April",
                true,
            ),
            (
                "The train was delayed by half an hour",
                "The train was delayed by 20 minutes",
                true,
            ),
            (
                "Almost a third of the buses ran late",
                "31% of the buses ran late",
                false,
            ),
            (
                "A third of the teachers resigned",
                "9% of the teachers resigned",
                true,
            ),
            // Not a fraction: a part of a match.
            (
                "He scored in the second half of the match",
                "40% of his goals came in the match",
                false,
            ),
            // Money in words.
            (
                "The housing budget is £1.2bn",
                "The housing budget is 950 million pounds",
                true,
            ),
            (
                "The housing budget is £1.2bn",
                "The housing budget is 1.2 billion pounds",
                false,
            ),
            // A time of day in hours and minutes, with the part of the day.
            (
                "The bridge fell at 4.15pm",
                "The bridge fell at 7.40 in the morning",
                true,
            ),
            // So do months named alone, though the date check leaves them out.
            (
                "Inflation was 3.1% in October",
                "Inflation was 2.9% in November",
                false,
            ),
            (
                "Inflation was 3.1% in October",
                "Inflation was 2.9% in October",
                true,
            ),
            (
                "The price cap was £1,850 a year for January to March",
                "From April, the price cap fell to £1,690 a year",
                false,
            ),
            // A date anywhere in the statement places its figure in time.
            (
                "In 2015, 7% of the electricity came from wind",
                "Wind generated 31% of the electricity in 2023",
                false,
            ),
        ];
        for (x, y, expected) in cases {
            assert_eq!(flagged(x, y), expected, "{x:?} / {y:?}");
        }
    }

    #[test]
    fn compares_ages() {
        let cases = [
            (
                "Lena Okafor, 24, scored twice",
                "Lena Okafor, who turned 31, scored twice",
                true,
            ),
            (
                "Elena Varga, who is 47, won",
                "Elena Varga, aged 52, won",
                true,
            ),
            (
                "Elena Varga, who is 47, won",
                "Elena Varga, aged 47, won",
                false,
            ),
            (
                "Judge Okonjo, 52, was sworn in",
                "At 67, Okonjo was sworn in",
                true,
            ),
            (
                "A 45-year-old man was arrested",
                "A man aged 54 was arrested",
                true,
            ),
            (
                "A man aged 45 was arrested",
                "A 45-year-old man was arrested",
                false,
            ),
            // The age one died at, said either way.
            (
                "Polar explorer Hal Brenner dies at 84",
                "Hal Brenner has died at his home at the age of 79",
                true,
            ),
            (
                "The poet Ines Marr died at 91 in her sleep",
                "Ines Marr, who died aged 91, wrote nine collections",
                false,
            ),
            (
                "The poet Ines Marr died at 91",
                "The poet Ines Marr died at 3 Quay Street",
                false,
            ),
            // "is 17" said of a person at the end of its phrase.
            (
                "Police said the suspect, a 19-year-old from Ashby, was arrested on Saturday",
                "The suspect arrested on Saturday, from Ashby, is 17, police said",
                true,
            ),
            (
                "Police said the suspect, a 17-year-old from Ashby, was arrested on Saturday",
                "The suspect arrested on Saturday, from Ashby, is 17, police said",
                false,
            ),
            // A count after a name is no age: "Okafor, 24 goals" counts goals.
            ("Okafor scored 24 goals", "Okafor scored 31 goals", true),
        ];
        for (x, y, expected) in cases {
            assert_eq!(flagged(x, y), expected, "{x:?} / {y:?}");
        }
    }

    #[test]
    fn rough_and_bounded_figures_agree_with_what_they_allow() {
        let cases = [
            (
                "About 5,000 runners finished",
                "4,983 runners finished",
                false,
            ),
            (
                "About 5,000 runners finished",
                "4,100 runners finished",
                true,
            ),
            ("Roughly 64% turnout", "Turnout was 63.8%", false),
            (
                "The fire scorched more than 10,000 hectares",
                "The fire burned 10,214 hectares",
                false,
            ),
            (
                "The fire scorched more than 10,000 hectares",
                "The fire burned 9,500 hectares",
                true,
            ),
            (
                "Fewer than 300 people attended",
                "280 people attended",
                false,
            ),
            (
                "Fewer than 300 people attended",
                "450 people attended",
                true,
            ),
            ("Profit was nearly $3bn", "Profit was $2.96 billion", false),
            (
                "The tunnel is over 2 km long",
                "The tunnel is 2,300 metres long",
                false,
            ),
            // A range allows what lies within it, in any unit.
            (
                "Between 40 and 50 volunteers joined the clean-up",
                "45 volunteers joined the clean-up",
                false,
            ),
            (
                "Between 40 and 50 volunteers joined the clean-up",
                "65 volunteers joined the clean-up",
                true,
            ),
            (
                "Between 40 and 50 volunteers joined the clean-up",
                "32 volunteers joined the clean-up",
                true,
            ),
            (
                "The storm left 300 to 400 homes without power",
                "The storm left 350 homes without power",
                false,
            ),
            (
                "The new road will be between 3 and 4 km long",
                "The new road will be 3,500 metres long",
                false,
            ),
        ];
        for (x, y, expected) in cases {
            assert_eq!(flagged(x, y), expected, "{x:?} / {y:?}");
        }
    }

    #[test]
    fn a_sum_or_a_change_worked_out_from_two_figures_is_no_third_figure() {
        // (a, b, flagged)
        let cases = [
            (
                "The Labour group won 12 seats and the Liberals won 7 in the new council",
                "Labour and the Liberals won 19 seats between them",
                false,
            ),
            (
                "The Labour group won 12 seats and the Liberals won 7 in the new council",
                "Labour and the Liberals won 25 seats between them",
                true,
            ),
            (
                "Delays at the border were cut from 9 hours to 4 hours this spring",
                "Delays at the border fell by five hours this spring",
                false,
            ),
            (
                "Delays at the border were cut from 9 hours to 4 hours this spring",
                "Delays at the border fell by six hours this spring",
                true,
            ),
            (
                "Support for the plan reached 48 percent, up from 41 percent in May",
                "Support for the plan rose by 7 percent",
                false,
            ),
            // Without "by" or a word of sum, a figure is a value of its own.
            (
                "Delays at the border were cut from 9 hours to 4 hours this spring",
                "Delays at the border were five hours this spring",
                true,
            ),
        ];
        for (a, b, expected) in cases {
            assert_eq!(flagged(a, b), expected, "{a:?} / {b:?}");
        }
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
            ("a thirty-day ceasefire", "a sixty-day ceasefire", true),
            (
                "The tunnel runs 4.2 kilometres under the estuary",
                "The seven-kilometre tunnel under the estuary",
                true,
            ),
            ("Two dogs are running", "Three dogs are running", true),
            // A count of a kind more than a count of what it is a kind of cannot be; fewer can.
            (
                "Seven people were hurt when the bus overturned",
                "Eleven passengers were hurt when the bus overturned",
                true,
            ),
            (
                "Eleven people were hurt when the bus overturned",
                "Seven passengers were hurt when the bus overturned",
                false,
            ),
            (
                "Three dogs were rescued from the flat",
                "Two animals were rescued from the flat",
                true,
            ),
            // A figure something changed to, against one of another time (or one that may be).
            (
                "Emissions at the Orrin plant totalled 3.2 million tonnes in 2020",
                "The Orrin plant's emissions fell to 2.4 million tonnes last year",
                false,
            ),
            (
                "The Orrin plant's emissions fell to 2.4 million tonnes last year",
                "The Orrin plant's emissions fell to 2.9 million tonnes last year",
                true,
            ),
            // Or at another time of day.
            (
                "At noon on Friday the River Lune at Carrow stood at 2.1 metres",
                "By 4pm on Friday the River Lune at Carrow had risen to 3.4 metres",
                false,
            ),
            (
                "At 9am on Friday the River Lune at Carrow stood at 2.1 metres",
                "By 4pm on Friday the River Lune at Carrow had risen to 3.4 metres",
                false,
            ),
            (
                "Unemployment in Tarvik fell to 4.1% in March",
                "Unemployment in Tarvik stood at 4.6% in March",
                true,
            ),
            // A unit written with its number measures, unless a noun follows ("the 200m final").
            (
                "The pipeline runs 240 kilometres under the sea",
                "Stretching 420km beneath the seabed, the pipeline opens in May",
                true,
            ),
            (
                "The cable is 9km long",
                "The cable is 12 kilometres long",
                true,
            ),
            (
                "The Tarn rover had driven 14 kilometres across the crater floor",
                "The Tarn rover covered nine km",
                true,
            ),
            ("She won the 100m final", "She won the 200m final", false),
            (
                "Voss won the women's 10,000m on Friday",
                "Voss won the women's 5,000m on Friday",
                false,
            ),
            // "a year earlier" is last year: two years, two figures.
            (
                "Average rents in Corby rose to £980 a month this year",
                "A year earlier, average rents in Corby stood at £905 a month",
                false,
            ),
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
            // The head of a compound is counted too.
            (
                "1.5 million doses of measles vaccine were delivered",
                "1,200,000 measles doses were delivered",
                true,
            ),
            ("3 trucks carried aid", "5 soldiers carried aid", false),
            // The unit's word said twice, the count's second: alignment pairs the first.
            (
                "Each side will free 150 prisoners in the first phase",
                "The first phase of the prisoner swap involves 500 prisoners",
                true,
            ),
            // Wire copy's abbreviations scale as the words do.
            (
                "Norvex lost 310 million crowns in the quarter",
                "Norvex lost 310 mln crowns in the quarter",
                false,
            ),
            // A crowd counted before a verb is its spectators.
            (
                "A crowd of 21,000 watched Kelby's win over Dunmore",
                "Just 8,000 spectators watched Kelby's win over Dunmore",
                true,
            ),
            // A count with a verb for its unit counts those it was done to.
            (
                "Police arrested 14 people during raids in Millcote on Tuesday",
                "Six arrested in Millcote raids on Tuesday",
                true,
            ),
            (
                "Police arrested 14 people during raids in Millcote on Tuesday",
                "Six injured in Millcote raids on Tuesday",
                false,
            ),
            // A count of acts counts the persons they were done to: an arrest a person.
            (
                "Nine fans were arrested in Corby after the derby",
                "Officers made four arrests in Corby after the derby",
                true,
            ),
            (
                "Nine fans were arrested in Corby after the derby",
                "Officers made nine arrests in Corby after the derby",
                false,
            ),
            // The verb may come first.
            (
                "Police arrested 14 people after the protest in Alderney on Saturday",
                "Only four arrests were made after the protest in Alderney on Saturday",
                true,
            ),
            (
                "Police arrested four people after the protest in Alderney on Saturday",
                "Only four arrests were made after the protest in Alderney on Saturday",
                false,
            ),
            // The rest of a count is part of a larger one, but not of a smaller one.
            (
                "Four climbers reached the summit",
                "One climber reached the summit and three other climbers turned back",
                false,
            ),
            (
                "Northgate beat 31 other schools to the title",
                "Just 12 schools competed for the title",
                true,
            ),
            // "a dozen" is twelve.
            (
                "Two people were arrested after the march",
                "At least a dozen people were arrested after the march",
                true,
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
            // The cheap test before alignment never rules out what the check finds.
            assert!(!flagged || may_conflict(&a, &b), "{x:?} / {y:?}");
        }
    }
}
