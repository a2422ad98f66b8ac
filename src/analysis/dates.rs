//! The `conflicting-date` check: the same event given different dates ("the exchange takes
//! place on March 19" / "the exchange takes place on March 20"). Reads "March 19", "19 March",
//! "March 19, 2025", "19 March 2025" and ISO "2025-03-19".

use super::similarity::{self, Alignment, either_clause};
use super::text::{Class, Text, Token};
use super::{Details, Found, Kind, Mark, Role};

/// English month names and their common abbreviations, sorted, with the month number.
const MONTHS: &[(&str, u32)] = &[
    ("apr", 4),
    ("april", 4),
    ("aug", 8),
    ("august", 8),
    ("dec", 12),
    ("december", 12),
    ("feb", 2),
    ("february", 2),
    ("jan", 1),
    ("january", 1),
    ("jul", 7),
    ("july", 7),
    ("jun", 6),
    ("june", 6),
    ("mar", 3),
    ("march", 3),
    ("may", 5),
    ("nov", 11),
    ("november", 11),
    ("oct", 10),
    ("october", 10),
    ("sep", 9),
    ("sept", 9),
    ("september", 9),
];

/// Whether a case-folded word names a month or a day of the week ("March", "Friday").
pub fn is_calendar_word(lower: &str) -> bool {
    ((3..=9).contains(&lower.len()) && month(lower).is_some()) || is_weekday(lower)
}

/// Whether a case-folded word names a day of the week.
pub fn is_weekday(lower: &str) -> bool {
    weekday(lower).is_some()
}

/// The day of the week a case-folded word names, 0 for Monday.
fn weekday(lower: &str) -> Option<u32> {
    const IN_ORDER: &[&str] = &[
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ];
    if !(6..=9).contains(&lower.len()) {
        return None;
    }
    IN_ORDER.iter().position(|d| *d == lower).map(|d| d as u32)
}

/// A date read from a text: a day of a month, a month of a year, or a year alone, with what
/// else is given.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Date {
    year: Option<u32>,
    month: Option<u32>,
    /// A quarter or a half of a year, as its first and last month: (4, 6) for "the second
    /// quarter of 2025" or "Q2", (7, 12) for "the second half of next year".
    period: Option<(u32, u32)>,
    day: Option<u32>,
    /// A day of the week, 0 for Monday: "on Thursday", "Saturday, 14 September".
    weekday: Option<u32>,
    /// The word that makes it a bound rather than a point in time ("before March", "since
    /// 2014"), as its place in [`BOUNDS`].
    bound: Option<u8>,
    /// Written in digits that may be read day first or month first ("10/09"): `month` and
    /// `day` may be the other way round.
    either: bool,
    /// Token indices: first and last.
    first: usize,
    last: usize,
}

impl Date {
    /// Whether it names only a day of the week ("on Tuesday"), which news uses for days of
    /// this week.
    pub fn weekday_only(&self) -> bool {
        self.weekday.is_some() && self.months().is_none() && self.year.is_none()
    }

    /// Whether it is a bound rather than a point in time: "by Wednesday", "since 2014".
    pub fn bounded(&self) -> bool {
        self.bound.is_some()
    }

    /// Whether the two name different days, whatever their bounds: another day of the week
    /// ("as of Monday" / "by Wednesday"), of the month, or another year ("in 2019" / "by
    /// 2023").
    pub fn other_day(&self, other: &Date) -> bool {
        let differ = |p: Option<u32>, q: Option<u32>| p.is_some() && q.is_some() && p != q;
        self.readings().iter().all(|x| {
            other.readings().iter().all(|y| {
                differ(x.weekday, y.weekday) || differ(x.day, y.day) || differ(x.year, y.year)
            })
        })
    }

    /// Whether the two can be one date: each part that both give is the same ("19 March" and
    /// "March 19, 2025" agree; so do "2025" and "19 March"). A date that may be read day or
    /// month first agrees when either reading does ("10/09" and "9 October").
    pub fn agrees(&self, other: &Date) -> bool {
        self.readings()
            .iter()
            .any(|x| other.readings().iter().any(|y| x.agrees_as_read(y)))
    }

    /// The date as read, and read the other way round when it may be ("10/09").
    fn readings(&self) -> [Date; 2] {
        let mut swapped = *self;
        if self.either {
            (swapped.month, swapped.day) = (self.day, self.month);
        }
        [*self, swapped]
    }

    fn agrees_as_read(&self, other: &Date) -> bool {
        let same = |p: Option<u32>, q: Option<u32>| p.is_none() || q.is_none() || p == q;
        // "before March" and "in April" can both be right; "since 2014" and "since 2016"
        // cannot.
        if self.bound != other.bound && (self.bound.is_some() || other.bound.is_some()) {
            return true;
        }
        // A month agrees with the quarter or half it falls in, and a quarter with its half.
        let overlap = match (self.months(), other.months()) {
            (Some((p, q)), Some((r, s))) => p <= s && r <= q,
            _ => true,
        };
        same(self.year, other.year)
            && overlap
            && same(self.day, other.day)
            && same(self.weekday, other.weekday)
    }
}

impl Date {
    /// Whether the two say something of one part of a date (year, month, day or day of the
    /// week): "on Monday" and "on 14 March" say nothing of each other.
    fn comparable(&self, other: &Date) -> bool {
        let both = |p: Option<u32>, q: Option<u32>| p.is_some() && q.is_some();
        both(self.year, other.year)
            || (self.months().is_some() && other.months().is_some())
            || both(self.day, other.day)
            || both(self.weekday, other.weekday)
    }

    /// Whether no date of `others` can be this one, and one of them says so: "14 March"
    /// against "Sunday" and "21 March".
    fn lone<'d>(&self, others: impl Iterator<Item = &'d Date>) -> bool {
        let mut comparable = others.filter(|y| self.comparable(y)).peekable();
        comparable.peek().is_some() && !comparable.any(|y| self.agrees(y))
    }

    /// The months it names, first and last: (3, 3) for "in March", (4, 6) for "Q2".
    fn months(&self) -> Option<(u32, u32)> {
        self.period.or(self.month.map(|m| (m, m)))
    }

    /// Whether the date is a year alone that names one of a series, after a determiner ("the
    /// 2022 festival", "its 2023 report").
    fn names_edition(&self, text: &Text) -> bool {
        self.months().is_none()
            && self.day.is_none()
            && self.bound.is_none()
            && self.first.checked_sub(1).is_some_and(|p| {
                matches!(
                    text.tokens[p].lower.as_str(),
                    "the" | "its" | "their" | "his" | "her" | "this" | "that"
                )
            })
    }

    /// Whether the date is in an attribution set apart from the claim, and so dates the
    /// report: "..., the ministry said on Friday".
    fn dates_report(&self, text: &Text) -> bool {
        text.tokens[self.first].attribution
    }

    /// Whether token `i` is in it and it is a quarter or half of a year ("Q2", "the second
    /// quarter of 2025").
    pub fn part_of_year(&self, i: usize) -> bool {
        self.period.is_some() && (self.first..=self.last).contains(&i)
    }

    /// The index of its first token: 4 for "It opens on 2 September" ("2").
    pub fn first_token(&self) -> usize {
        self.first
    }

    /// The clause of `text` the date is in.
    pub fn clause(&self, text: &super::text::Text) -> usize {
        text.tokens[self.first].clause
    }
}

/// Seasons, which may give a year: "in the spring of 2001".
const SEASONS: &[&str] = &["autumn", "fall", "spring", "summer", "winter"];

/// A date written in digits with slashes or points: "17/11", "9/30/2024", "21.06.2023",
/// "2024/03/19", as (year, month, day, whether day and month may be the other way round).
/// Day and month are told apart by which is over 12; when neither is, points with a year of
/// four digits are read day first ("05.06.2023"), and slashes either way ("10/09" is the 10th
/// of September or the 9th of October: read day first, and marked).
fn numeric_date(lower: &str) -> Option<(Option<u32>, u32, u32, bool)> {
    let separator = if lower.contains('/') { '/' } else { '.' };
    let parts: Vec<&str> = lower.split(separator).collect();
    let number = |p: &str| {
        (!p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit()))
            .then(|| p.parse::<u32>().ok())
            .flatten()
    };
    let numbers: Vec<u32> = parts.iter().map(|p| number(p)).collect::<Option<_>>()?;
    let valid = |month: u32, day: u32| (1..=12).contains(&month) && (1..=31).contains(&day);
    let (year, p, q) = match (parts.as_slice(), numbers.as_slice()) {
        ([y, ..], &[year, month, day]) if y.len() == 4 => {
            return valid(month, day).then_some((Some(year), month, day, false));
        }
        ([_, _, y], &[p, q, year]) if y.len() == 4 || y.len() == 2 => {
            let year = if year < 100 { 2000 + year } else { year };
            (Some(year), p, q)
        }
        (_, &[p, q]) if separator == '/' => (None, p, q),
        _ => return None,
    };
    if p > 12 && valid(q, p) {
        Some((year, q, p, false))
    } else if q > 12 && valid(p, q) {
        Some((year, p, q, false))
    } else if separator == '.' && year.is_some() && valid(q, p) {
        Some((year, q, p, false))
    } else if separator == '/' && valid(q, p) && valid(p, q) {
        Some((year, q, p, p != q))
    } else {
        None
    }
}

/// Whether the month at `i` follows "early", "mid" or "late" after a preposition of time: "in
/// early February", "by late March".
fn early_or_late(text: &Text, i: usize) -> bool {
    i >= 2
        && matches!(text.tokens[i - 1].lower.as_str(), "early" | "late" | "mid")
        && YEAR_PREPOSITIONS.contains(&text.tokens[i - 2].lower.as_str())
}

/// Whether the month at `i` follows a part of it: "the first weekend of August", "the end of
/// May", "the second half of March".
fn part_of_month(text: &Text, i: usize) -> bool {
    i >= 2
        && text.tokens[i - 1].lower == "of"
        && matches!(
            text.tokens[i - 2].lower.as_str(),
            "beginning" | "end" | "half" | "middle" | "month" | "start" | "week" | "weekend"
        )
}

/// A quarter or half of a year starting at token `i`, as (its months, its year if given, its
/// last token): "the second quarter of 2025", "in the fourth quarter", "Q2 2025", "Q4", "the
/// first half of next year", "H2 2024". A half needs its year ("the first half" of a match is
/// no date), and a quarter without one a preposition before it ("in the third quarter", not
/// "a quarter of the vote" or "the third quarter of the pie").
fn part_of_year(text: &Text, i: usize) -> Option<((u32, u32), Option<u32>, usize)> {
    let lower = |k: usize| text.tokens.get(k).map_or("", |t| t.lower.as_str());
    let ordinal = |word: &str| match word {
        "first" => Some(1),
        "second" => Some(2),
        "third" => Some(3),
        "fourth" => Some(4),
        _ => None,
    };
    let period = |quarter: bool, n: u32| {
        let length = if quarter { 3 } else { 6 };
        (length * (n - 1) + 1, length * n)
    };
    // "of 2025", "of the year", "of next year": the year and the last token, if given.
    let of_year = |k: usize| -> Option<(Option<u32>, usize)> {
        if lower(k) != "of" {
            return None;
        }
        if let Some(year) = whole(text, k + 1, 1000..=2999) {
            return Some((Some(year), k + 1));
        }
        (matches!(lower(k + 1), "the" | "this" | "next" | "last") && lower(k + 2) == "year")
            .then_some((None, k + 2))
    };
    let word = lower(i);
    // "Q2", "H1", with the year after if there is one.
    if let [letter @ (b'q' | b'h'), digit @ b'1'..=b'4'] = word.as_bytes() {
        let n = u32::from(digit - b'0');
        let quarter = *letter == b'q';
        let half = *letter == b'h' && n <= 2;
        let year = whole(text, i + 1, 1000..=2999);
        return match (quarter, half, year) {
            (true, _, None) => Some((period(true, n), None, i)),
            (true, _, Some(y)) | (_, true, Some(y)) => Some((period(quarter, n), Some(y), i + 1)),
            _ => None,
        };
    }
    let n = ordinal(word)?;
    let quarter = match lower(i + 1) {
        "quarter" => true,
        "half" if n <= 2 => false,
        _ => return None,
    };
    if let Some((year, last)) = of_year(i + 2) {
        return Some((period(quarter, n), year, last));
    }
    let after_preposition = i >= 2
        && lower(i - 1) == "the"
        && YEAR_PREPOSITIONS.contains(&lower(i - 2))
        && lower(i + 2) != "of"
        && !lower(i + 2).starts_with("final");
    (quarter && after_preposition).then_some((period(true, n), None, i + 1))
}

/// Words before a year given alone: "in 2019", "since 2014", "throughout 2019".
const YEAR_PREPOSITIONS: &[&str] = &[
    "after",
    "before",
    "by",
    "during",
    "from",
    "in",
    "since",
    "throughout",
    "till",
    "until",
];

/// A year written alone as four digits after a preposition of time ("in 2019"), so that "in
/// 2,019 cases" or "2019 votes" are not years.
fn bare_year(text: &Text, index: usize) -> Option<u32> {
    let year = whole(text, index, 1000..=2999)?;
    let token = &text.tokens[index];
    let four_digits = text.raw[token.span.clone()].len() == 4;
    let lower = |k: usize| {
        index
            .checked_sub(k)
            .map_or("", |p| text.tokens[p].lower.as_str())
    };
    let next = text.tokens.get(index + 1);
    // "revenue for 2023 was ...", not "for 2000 people".
    let for_year = lower(1) == "for"
        && (1900..=2100).contains(&year)
        && next.is_none_or(|t| t.class != Class::Content);
    let after_preposition = YEAR_PREPOSITIONS.contains(&lower(1))
        || for_year
        || moved_to(text, index)
        || (lower(1) == "of" && SEASONS.contains(&lower(2)))
        || (SEASONS.contains(&lower(1)) && YEAR_PREPOSITIONS.contains(&lower(2)));
    // "the 2024 edition", "its 2023 report", "the 2011 census": a year names one of a series,
    // where a count would count a plural ("the 1500 workers").
    let plural = |word: &str| {
        word.ends_with('s') && !["ss", "us", "is"].iter().any(|end| word.ends_with(end))
    };
    let names_one = (1800..=2100).contains(&year)
        && matches!(
            lower(1),
            "the" | "its" | "their" | "his" | "her" | "this" | "that"
        )
        && next.is_some_and(|t| t.class == Class::Content && !plural(&t.lower));
    (four_digits && (after_preposition || names_one)).then_some(year)
}

/// Whether a case-folded word names a month, in full or abbreviated ("february", "feb").
pub fn is_month(lower: &str) -> bool {
    month(lower).is_some()
}

/// The number of a month named in full or abbreviated, leaving out "may" and "mar", which are
/// mostly verbs: `"october"` -> 10, `"may"` -> None.
pub fn month_number(lower: &str) -> Option<u32> {
    month(lower).filter(|_| lower != "may" && lower != "mar")
}

/// Whether token `i` is the month "May" rather than the modal: capitalised inside a sentence,
/// or after a word of time ("in May", "since May", "early May").
pub fn may_month(tokens: &[Token], i: usize) -> bool {
    tokens[i].lower == "may"
        && (tokens[i].proper
            || i.checked_sub(1).is_some_and(|p| {
                matches!(
                    tokens[p].lower.as_str(),
                    "in" | "of"
                        | "since"
                        | "until"
                        | "till"
                        | "by"
                        | "from"
                        | "to"
                        | "through"
                        | "during"
                        | "before"
                        | "after"
                        | "early"
                        | "late"
                        | "mid"
                        | "last"
                        | "next"
                        | "this"
                )
            }))
}

fn month(lower: &str) -> Option<u32> {
    // This runs for most words of every statement: those that cannot be in `MONTHS` (3 to 9
    // bytes, starting with one of its initials) are settled without a search.
    if !(3..=9).contains(&lower.len()) || !month_initial(lower.as_bytes()[0]) {
        return None;
    }
    MONTHS
        .binary_search_by(|(m, _)| m.cmp(&lower))
        .ok()
        .map(|i| MONTHS[i].1)
}

/// Whether a byte starts a name or abbreviation of [`MONTHS`].
fn month_initial(byte: u8) -> bool {
    matches!(byte, b'a' | b'd' | b'f' | b'j' | b'm' | b'n' | b'o' | b's')
}

fn whole(text: &Text, index: usize, range: std::ops::RangeInclusive<u32>) -> Option<u32> {
    let token = text.tokens.get(index)?;
    match token.class {
        Class::Number(v) if v.fract() == 0.0 && range.contains(&(v as u32)) => Some(v as u32),
        // A day written as an ordinal: "March 3rd", "21st May".
        _ if *range.end() <= 31 => ["st", "nd", "rd", "th"]
            .iter()
            .find_map(|suffix| token.lower.strip_suffix(suffix))
            .filter(|n| !n.is_empty() && n.len() <= 2 && n.bytes().all(|b| b.is_ascii_digit()))
            .and_then(|n| n.parse().ok())
            .filter(|n| range.contains(n)),
        _ => None,
    }
}

/// Every date in `text`. `Text::new` calls this once.
pub fn dates(text: &Text) -> Vec<Date> {
    let mut out = Vec::new();
    for (i, token) in text.tokens.iter().enumerate() {
        // ISO: 2025-03-19 is three number tokens joined by hyphens.
        if let (Some(year), Some(m), Some(day)) = (
            whole(text, i, 1000..=2999),
            whole(text, i + 1, 1..=12),
            whole(text, i + 2, 1..=31),
        ) {
            let joined = text.raw[token.span.start..text.tokens[i + 2].span.end].len() == 10;
            if joined {
                out.push(Date {
                    year: Some(year),
                    month: Some(m),
                    period: None,
                    day: Some(day),
                    weekday: None,
                    bound: None,
                    either: false,
                    first: i,
                    last: i + 2,
                });
            }
            continue;
        }
        if out.last().is_some_and(|d| d.last >= i) {
            continue;
        }
        // "on 17/11", "filed 9/30/2024", "delivered 21.06.2023". A day and month alone need a
        // preposition before them: "24/7" is no date. Read either way, "on" ("on 10/09"):
        // "in 1/3 of cases" is a share. Written with a leading zero they need none ("trial
        // to commence 04/11"): no share or ratio is written so.
        if token.class == Class::Content
            && token.lower.starts_with(|c: char| c.is_ascii_digit())
            && let Some((year, month, day, either)) = numeric_date(&token.lower)
        {
            let before = i.checked_sub(1).map(|p| text.tokens[p].lower.as_str());
            let after_preposition = before
                .is_some_and(|word| word == "on" || (!either && YEAR_PREPOSITIONS.contains(&word)));
            let padded = token
                .lower
                .split(['/', '.'])
                .any(|p| p.len() == 2 && p.starts_with('0'));
            if year.is_some() || after_preposition || padded {
                out.push(Date {
                    year,
                    month: Some(month),
                    period: None,
                    day: Some(day),
                    weekday: None,
                    bound: None,
                    either,
                    first: i,
                    last: i,
                });
            }
            continue;
        }
        if let Some((period, year, last)) = part_of_year(text, i) {
            // "by the third quarter": the date starts at "the", so that the word before it
            // bounds it.
            let first = if i > 0 && text.tokens[i - 1].lower == "the" {
                i - 1
            } else {
                i
            };
            out.push(Date {
                year,
                month: None,
                period: Some(period),
                day: None,
                weekday: None,
                bound: None,
                either: false,
                first,
                last,
            });
            continue;
        }
        if let Some(year) = bare_year(text, i) {
            out.push(Date {
                year: Some(year),
                month: None,
                period: None,
                day: None,
                weekday: None,
                bound: None,
                either: false,
                first: i,
                last: i,
            });
            continue;
        }
        // "may" is mostly a modal: only a month when a day number stands next to it.
        let word = matches!(token.class, Class::Content | Class::Stop);
        let Some(m) = (word && (3..=9).contains(&token.lower.len()))
            .then(|| month(&token.lower))
            .flatten()
        else {
            continue;
        };
        let (day, first, mut last) = if let Some(day) = whole(text, i + 1, 1..=31) {
            (day, i, i + 1)
        } else if let Some(day) = i.checked_sub(1).and_then(|p| whole(text, p, 1..=31)) {
            (day, i - 1, i)
        } else {
            // "March 2025": a month of a year.
            if let Some(year) = whole(text, i + 1, 1000..=2999) {
                out.push(Date {
                    year: Some(year),
                    month: Some(m),
                    period: None,
                    day: None,
                    weekday: None,
                    bound: None,
                    either: false,
                    first: i,
                    last: i + 1,
                });
            } else if i > 0
                && (YEAR_PREPOSITIONS.contains(&text.tokens[i - 1].lower.as_str())
                    || matches!(text.tokens[i - 1].lower.as_str(), "this" | "next" | "last")
                    || moved_to(text, i)
                    || part_of_month(text, i)
                    || early_or_late(text, i))
                && (token.class == Class::Content || may_month(&text.tokens, i))
            {
                // "until the end of October": the date starts at the part, so that the word
                // before it bounds it.
                let mut first = i;
                if part_of_month(text, i) {
                    first = i - 2;
                    if first > 0 && text.tokens[first - 1].lower == "the" {
                        first -= 1;
                    }
                }
                out.push(Date {
                    year: None,
                    month: Some(m),
                    period: None,
                    day: None,
                    weekday: None,
                    bound: None,
                    either: false,
                    first,
                    last: i,
                });
            }
            continue;
        };
        let mut next = last + 1;
        if text.tokens.get(next).map(|t| t.lower.as_str()) == Some(",") {
            next += 1;
        }
        let year = whole(text, next, 1000..=2999);
        if year.is_some() {
            last = next;
        }
        out.push(Date {
            year,
            month: Some(m),
            period: None,
            day: Some(day),
            weekday: None,
            bound: None,
            either: false,
            first,
            last,
        });
    }
    add_weekdays(text, &mut out);
    for date in &mut out {
        // "after Friday's march" bounds the march, which Friday dates.
        let word = &text.raw[text.tokens[date.last].span.clone()];
        let possessive = word.ends_with("'s") || word.ends_with("’s");
        if possessive {
            continue;
        }
        let before = date
            .first
            .checked_sub(1)
            .map(|p| text.tokens[p].lower.as_str());
        date.bound = before
            .and_then(|w| BOUNDS.iter().position(|b| *b == w))
            .map(|p| p as u8);
        // "postponed until August" gives the new date, not a bound: the event is then. So
        // does "did not disclose it until April" (and "will not reopen until 14 March").
        if matches!(before, Some("until" | "till"))
            && (rescheduled(text, date.first - 1) || not_until(text, date.first - 1))
        {
            date.bound = None;
        }
    }
    out
}

/// Verbs that move an event to a date: "postponed until August", "adjourned until Monday",
/// "moved to October", "brought forward to May".
const RESCHEDULING: &[&str] = &[
    "adjourn",
    "bring",
    "brought",
    "defer",
    "delay",
    "move",
    "postpon",
    "push",
    "put",
    "reschedul",
];

/// Whether "until" at `at` follows a "not" of its sentence part, with no comma between: "did
/// not disclose it until April", "won't reopen until Monday".
fn not_until(text: &Text, at: usize) -> bool {
    text.tokens[..at]
        .iter()
        .rev()
        .take_while(|t| t.class != Class::Boundary)
        .any(|t| matches!(t.lower.as_str(), "not" | "n't" | "never"))
}

/// Whether token `at` follows "to" after a verb of rescheduling: "moved to October".
fn moved_to(text: &Text, at: usize) -> bool {
    at > 0 && text.tokens[at - 1].lower == "to" && rescheduled(text, at - 1)
}

/// Whether a verb of rescheduling comes shortly before token `at`, in its clause ("has been
/// postponed until", "moved the music festival to").
fn rescheduled(text: &Text, at: usize) -> bool {
    text.tokens[at.saturating_sub(6)..at]
        .iter()
        .rev()
        .take_while(|t| t.class != Class::Boundary)
        .any(|t| RESCHEDULING.contains(&t.stem.as_str()))
}

/// Words that make a date a bound: "before March", "since 2014", "until June".
const BOUNDS: &[&str] = &["after", "before", "by", "since", "till", "until"];

/// Adds the days of the week of `text` to its `dates`: to the date a day names when it opens it
/// ("Saturday, 14 September"), or else as a date of its own ("signed on Monday evening").
fn add_weekdays(text: &Text, dates: &mut Vec<Date>) {
    for (i, token) in text.tokens.iter().enumerate() {
        if token.class != Class::Content {
            continue;
        }
        let Some(day) = weekday(&token.lower) else {
            continue;
        };
        // A day that starts a name dates nothing: "Sunday Politics", "the Sunday Times".
        let next = text.tokens.get(i + 1);
        if next.is_some_and(|t| t.proper && month(&t.lower).is_none()) {
            continue;
        }
        let comma = next.is_some_and(|t| t.lower == ",");
        let start = if comma { i + 2 } else { i + 1 };
        if let Some(date) = dates.iter_mut().find(|d| d.first == start) {
            date.weekday = Some(day);
            date.first = i;
        } else {
            dates.push(Date {
                year: None,
                month: None,
                period: None,
                day: None,
                weekday: Some(day),
                bound: None,
                either: false,
                first: i,
                last: i,
            });
        }
    }
    dates.sort_by_key(|d| d.first);
}

/// Whether [`conflicting_date`] can find anything: each statement gives a date (other than an
/// edition's year) that none of the other's agrees with. A cheap test, before a pair is aligned.
pub fn may_conflict(a: &Text, b: &Text) -> bool {
    fn dated(text: &Text) -> impl Iterator<Item = &Date> + Clone {
        text.dates
            .iter()
            .filter(|d| !d.names_edition(text) && !d.dates_report(text))
    }
    if a.dates.is_empty() || b.dates.is_empty() {
        return false;
    }
    dated(a).any(|x| x.lone(dated(b))) && dated(b).any(|y| y.lone(dated(a)))
}

/// Whether both statements give a year or a month and none of one agrees with any of the
/// other: "in March" / "in October", "in the 2019 season" / "in the 2023 season". (Days of
/// the week are left out: "on Monday" / "on Friday" more often date two reports of one thing
/// than a change.)
pub fn dated_apart(a: &Text, b: &Text) -> bool {
    let dated = |text: &Text| {
        text.dates
            .iter()
            .filter(|d| d.year.is_some() || d.months().is_some())
            .copied()
            .collect::<Vec<Date>>()
    };
    let (x, y) = (dated(a), dated(b));
    !x.is_empty() && !y.is_empty() && !x.iter().any(|p| y.iter().any(|q| p.agrees(q)))
}

/// Whether one statement speaks of a time gone ("last year", "two years ago", "formerly") and
/// the other of now ("now", "currently"), and neither of both: "The gallery was closed for
/// most of last year" / "The gallery is open now" may both be right.
pub fn then_and_now(a: &Text, b: &Text) -> bool {
    matches!((a.times, b.times), (1, 2) | (2, 1))
}

/// The times a statement speaks of, read once by `Text::new`: bit 1 for a time gone ("last
/// year", "two years ago", "formerly", "previously"), bit 2 for now ("now", "currently").
pub fn times(text: &Text) -> u8 {
    let lower = |i: usize| text.tokens.get(i).map_or("", |t| t.lower.as_str());
    let mut bits = 0;
    for i in 0..text.tokens.len() {
        bits |= match lower(i) {
            "last"
                if matches!(
                    lower(i + 1),
                    "year"
                        | "month"
                        | "week"
                        | "season"
                        | "spring"
                        | "summer"
                        | "autumn"
                        | "winter"
                ) =>
            {
                1
            }
            "ago" if i > 0 => 1,
            "formerly" | "previously" => 1,
            "now" | "currently" | "presently" => 2,
            _ => 0,
        };
    }
    bits
}

/// Indices of the number tokens that are part of dates (so the number check skips them).
pub fn date_tokens(text: &Text) -> Vec<usize> {
    text.dates.iter().flat_map(|d| d.first..=d.last).collect()
}

/// Flags a pair that dates something differently: a date in one that agrees with no date in
/// the other. Only as strong as `overlap` (how much of one statement the other says), since
/// two dates in unrelated sentences may well be two events.
///
/// "the exchange is on March 19" / "the exchange is on 20 March" -> Some(..)
/// "the exchange is on March 19, 2025" / "the exchange is on 19 March" -> None
pub fn conflicting_date<'t>(
    a: &'t Text,
    b: &'t Text,
    alignment: &Alignment,
    overlap: f64,
) -> Option<Found<'t>> {
    // A year that names an edition ("the 2022 festival") says which one, not when: another
    // date is another edition or the date of this one.
    // Nor does the date of a report date what it reports ("..., engineers said on Sunday
    // morning" / "during Saturday night's record inflows").
    let dated = |text: &'t Text| -> Vec<&'t Date> {
        text.dates
            .iter()
            .filter(|d| !d.names_edition(text) && !d.dates_report(text))
            .collect()
    };
    let (da, db) = (dated(a), dated(b));
    let x = *da.iter().find(|x| x.lone(db.iter().copied()))?;
    let y = *db.iter().find(|y| y.lone(da.iter().copied()))?;
    // Two figures for two dates are a series, not a conflict ("63% in 2020" / "58% in 2024";
    // "the toll stood at 12 on Monday" / "27 bodies recovered by Tuesday"); a figure both
    // give says they speak of one event.
    if super::numbers::figures_differ(a, b, alignment)
        || (super::numbers::gives_another_figure(a, |i| alignment.a_to_b[i].is_some())
            && super::numbers::gives_another_figure(b, |j| alignment.b_to_a[j].is_some()))
    {
        return None;
    }
    // What a date dates is in its clause ("Founded in 1985, the airline began ..." dates the
    // founding): how much of the rest of each date's clause the other statement says.
    let said_a = clause_said(a, x, |i| alignment.a_to_b[i].is_some());
    let said_b = clause_said(b, y, |j| alignment.b_to_a[j].is_some());
    let said = either_clause(said_a, said_b, overlap);
    let marks = |text: &Text, d: &Date| {
        (d.first..=d.last)
            .map(|i| Mark::new(text, i, Role::Cue))
            .collect()
    };
    Some(Found::new(
        Kind::ConflictingDate,
        0.3 + 0.7 * said,
        move || Details {
            point: "date".into(),
            why: format!(
                "a date in each that the other does not give; 0.3 + 0.7 x {said:.2}, the share \
                 of the rest of the date's clause the other statement says"
            ),
            a: marks(a, x),
            b: marks(b, y),
        },
    ))
}

/// How much of the rest of `date`'s clause the other statement says
/// ([`similarity::clause_said`]).
fn clause_said(text: &Text, date: &Date, aligned: impl Fn(usize) -> bool) -> Option<f64> {
    let clause = text.tokens[date.first].clause;
    similarity::clause_said(
        text,
        clause,
        |i| (date.first..=date.last).contains(&i),
        aligned,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_pass_the_quick_test() {
        for (name, _) in MONTHS {
            assert!((3..=9).contains(&name.len()), "{name}");
            assert!(month_initial(name.as_bytes()[0]), "{name}");
        }
        assert!(MONTHS.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn calendar_words() {
        let cases = [
            ("monday", true),
            ("wednesday", true),
            ("march", true),
            ("sept", true),
            ("september", true),
            ("jan", true),
            ("may", true),
            ("mon", false),
            ("marching", false),
            ("kyiv", false),
            ("", false),
        ];
        for (word, expected) in cases {
            assert_eq!(is_calendar_word(word), expected, "{word:?}");
        }
    }

    #[test]
    fn months_are_sorted() {
        assert!(MONTHS.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn reads_dates() {
        let cases = [
            ("on March 19", Some((None, Some(3), Some(19), None))),
            (
                "on 19 March 2025",
                Some((Some(2025), Some(3), Some(19), None)),
            ),
            (
                "on March 19, 2025",
                Some((Some(2025), Some(3), Some(19), None)),
            ),
            ("on 2025-03-19", Some((Some(2025), Some(3), Some(19), None))),
            ("they may agree", None),
            // A month alone after a preposition of time, but not "may" the modal.
            ("in March", Some((None, Some(3), None, None))),
            ("by June this year", Some((None, Some(6), None, None))),
            // Or after "early", "mid" or "late" after one.
            ("in early February", Some((None, Some(2), None, None))),
            ("it was early February", None),
            ("it may rain", None),
            ("in March 2025", Some((Some(2025), Some(3), None, None))),
            (
                "first published in 2019",
                Some((Some(2019), None, None, None)),
            ),
            ("since 2014", Some((Some(2014), None, None, None))),
            ("2019 votes were cast", None),
            ("in 2,019 cases", None),
            ("in 12 cases", None),
            // A share, not a date.
            ("in 1/3 of cases", None),
            (
                "on Thursday, Feb. 6",
                Some((None, Some(2), Some(6), Some(3))),
            ),
            // A day of the week alone; 0 is Monday.
            (
                "signed on Monday evening",
                Some((None, None, None, Some(0))),
            ),
            // A year that names one of a series, but not a count of a plural.
            (
                "the 2024 edition drew crowds",
                Some((Some(2024), None, None, None)),
            ),
            ("its 2023 report", Some((Some(2023), None, None, None))),
            ("the 1500 workers", None),
            // A singular in -s.
            ("at the 2011 census", Some((Some(2011), None, None, None))),
            ("the 2008 crisis", Some((Some(2008), None, None, None))),
            ("Sept. 1, 2025", Some((Some(2025), Some(9), Some(1), None))),
            // A month an event is moved to.
            (
                "moved the vote to October",
                Some((None, Some(10), None, None)),
            ),
            ("talks on trade to October", None),
            (
                "unemployment rose in May",
                Some((None, Some(5), None, None)),
            ),
            ("prices may rise", None),
            (
                "told Sunday Politics on 3 May",
                Some((None, Some(5), Some(3), None)),
            ),
            // A day written as an ordinal.
            ("set for March 3rd", Some((None, Some(3), Some(3), None))),
            ("on the 21st May", Some((None, Some(5), Some(21), None))),
        ];
        for (raw, expected) in cases {
            let got = dates(&Text::new(raw))
                .first()
                .map(|d| (d.year, d.month, d.day, d.weekday));
            assert_eq!(got, expected, "{raw:?}");
        }
    }

    #[test]
    fn reads_quarters_and_halves() {
        // (text, (first and last month, year) of its first date)
        let cases = [
            ("in the second quarter of 2025", Some(((4, 6), Some(2025)))),
            ("in the fourth quarter", Some(((10, 12), None))),
            ("by the third quarter of next year", Some(((7, 9), None))),
            ("in Q2 2024", Some(((4, 6), Some(2024)))),
            ("due in Q4", Some(((10, 12), None))),
            ("in H2 2026", Some(((7, 12), Some(2026)))),
            ("in the first half of 2024", Some(((1, 6), Some(2024)))),
            ("in the second half of the year", Some(((7, 12), None))),
            // Not a part of a year.
            ("won a quarter of the vote", None),
            ("ate the third quarter of the pie", None),
            ("scored in the first half", None),
            ("in the first quarter-final", None),
            ("the H2 molecule", None),
        ];
        for (raw, expected) in cases {
            let text = Text::new(raw);
            let got = text
                .dates
                .iter()
                .find_map(|d| d.period.map(|p| (p, d.year)));
            assert_eq!(got, expected, "{raw:?}");
        }
        // The second half of March is a month.
        let march = Text::new("in the second half of March");
        assert_eq!(
            march.dates.first().map(|d| (d.month, d.period)),
            Some((Some(3), None))
        );
    }

    /// The strength of the date conflict between `x` and `y`, if there is one.
    fn date_strength(x: &str, y: &str) -> Option<f64> {
        let (a, b, al) = crate::analysis::aligned(x, y);
        let sim = crate::analysis::similarity::overlap(&a, &b, &al, None, None);
        conflicting_date(&a, &b, &al, sim).map(|f| f.strength)
    }

    #[test]
    fn a_date_is_as_strong_as_what_its_clause_shares() {
        // (a, b, flagged at the default threshold)
        let cases = [
            // The clause of each date is the same claim, the rest of the sentences not.
            (
                "Records show the plant closed in 1987, putting 600 people out of work",
                "According to the archives, the plant shut its doors in 1994",
                true,
            ),
            // Nothing of the date's clause said: two events.
            (
                "The plant closed in 1987",
                "The minister visited the region in 1994",
                false,
            ),
        ];
        for (x, y, flagged) in cases {
            let strength = date_strength(x, y).unwrap_or(0.0);
            assert_eq!(
                strength >= crate::analysis::DEFAULT_MIN_SCORE,
                flagged,
                "{x:?} / {y:?}: {strength}"
            );
        }
    }

    #[test]
    fn flags_different_dates() {
        let cases = [
            (
                "The exchange is on March 19",
                "The exchange is on 20 March",
                true,
            ),
            (
                "The exchange is on March 19, 2025",
                "The exchange is on 19 March",
                false,
            ),
            ("The exchange is on March 19", "The exchange is soon", false),
            // "not ... until" gives the date: then it was done.
            (
                "The Corran bridge will not reopen until 14 March",
                "The Corran bridge reopens on 21 March",
                true,
            ),
            (
                "The Corran bridge will stay shut until 14 March",
                "The Corran bridge reopens on 2 March",
                false,
            ),
            // A day and month with a leading zero need no preposition; "24/7" is no date.
            (
                "The hearing will resume 04/11",
                "The hearing will resume on 14 October",
                true,
            ),
            (
                "The helpline runs 24/7",
                "The helpline opened on 14 October",
                false,
            ),
            // "for 2023" is a year before a verb, not before what it counts.
            (
                "Its turnover for 2023 was £4m",
                "Its turnover for 2021 was £4m",
                true,
            ),
            (
                "It was fined for 2000 breaches in 2021",
                "It was fined in 2021",
                false,
            ),
            ("The call on 2025-03-18", "The call on March 18, 2024", true),
            (
                "She learned of it in 2017",
                "She learned of it in 2019",
                true,
            ),
            (
                "The company was registered on 2 February 2015",
                "The company was registered in 2018",
                true,
            ),
            (
                "The company was registered on 2 February 2015",
                "The company was registered in 2015",
                false,
            ),
            (
                "The floods came in April 2019 and in February 2020",
                "The floods came in February 2020",
                false,
            ),
            (
                "The talks began in March 2024",
                "The talks began in May 2024",
                true,
            ),
            (
                "The bridge was built in 1968",
                "The bridge dated from 1986",
                true,
            ),
            // Dates in digits: day and month told apart by which is over 12.
            (
                "The vote was on 17/11",
                "The vote was held on 7 November",
                true,
            ),
            (
                "The vote was on 17/11",
                "The vote was held on 17 November",
                false,
            ),
            (
                "The petition was filed 9/30/2024",
                "It was filed on 2 September 2024",
                true,
            ),
            (
                "The ruling was delivered 21.06.2023",
                "The ruling came on 12 June 2023",
                true,
            ),
            (
                "The ruling was delivered 21.06.2023",
                "The ruling came on June 21, 2023",
                false,
            ),
            (
                "The service runs 24/7",
                "The service began on 7 July",
                false,
            ),
            // A quarter or half of a year: another quarter, or a month outside it.
            (
                "Full results are due in the second quarter of 2025",
                "Full results are due in the fourth quarter of 2025",
                true,
            ),
            (
                "Sales fell in Q2 2024",
                "Sales fell in the third quarter of 2024",
                true,
            ),
            ("Sales fell in Q2 2024", "Sales fell in May 2024", false),
            ("Sales fell in Q2 2024", "Sales fell in August 2024", true),
            (
                "Sales fell in the first half of 2024",
                "Sales fell in Q2 2024",
                false,
            ),
            (
                "Sales fell in the first half of 2024",
                "Sales fell in Q3 2024",
                true,
            ),
            ("The plant opens in Q4", "The plant opens in Q1", true),
            (
                "The plant opens in Q4 2026",
                "The plant opens in Q4 2027",
                true,
            ),
            // A season may give a year.
            (
                "The treaty was signed in October 1998",
                "The treaty was signed in the spring of 2001",
                true,
            ),
            (
                "The treaty was signed in October 1998",
                "The treaty was signed in spring 2001",
                true,
            ),
            (
                "The bridge was closed for repairs throughout 2019",
                "The bridge was closed for repairs in 2021",
                true,
            ),
            // A year that names an edition says which one.
            (
                "The 2022 jazz festival was cancelled because of flooding",
                "The jazz festival went ahead in July 2023",
                false,
            ),
            (
                "The jazz festival was cancelled in 2022 because of flooding",
                "The jazz festival went ahead in July 2023",
                true,
            ),
            // Two figures for two dates: a series.
            (
                "Turnout was 63 percent in 2020",
                "Turnout was 58 percent in 2024",
                false,
            ),
            (
                "Turnout was 63 percent in 2020",
                "Turnout was 63 percent in 2024",
                true,
            ),
            // A bound ("before March") allows any date on its side, but two bounds of one kind
            // must agree.
            (
                "The ministry knew of the report before March",
                "The ministry first received the report in April",
                false,
            ),
            (
                "She has led the party since 2014",
                "She has led the party since 2016",
                true,
            ),
            // "postponed until August" dates the event, as "moved to October" does.
            (
                "Organisers postponed the music festival until August",
                "Organisers have moved the music festival to October",
                true,
            ),
            // A day of the week dates nothing of a day of a month, either way; nor does a
            // day that starts a name.
            (
                "President Hallam and Chancellor Weiss met in Geneva on 14 March",
                "Speaking on Sunday, President Hallam said he met Chancellor Weiss in Geneva on \
                 21 March",
                true,
            ),
            (
                "Hallam and Weiss met in Geneva on 14 March",
                "Speaking on Sunday Politics, Hallam said his meeting with Weiss in Geneva was on \
                 14 March",
                false,
            ),
            // Days of the week.
            (
                "The order was signed on Monday evening",
                "The order was signed by the mayor on Thursday evening",
                true,
            ),
            (
                "The order was signed on Monday",
                "The order was signed on 14 March",
                false,
            ),
            (
                "The library opens on Saturday, 14 September",
                "The library opens on Sunday, 14 September",
                true,
            ),
            // Figures that neither gives, dated apart: a series. A figure both give: one event.
            (
                "On Monday the death toll from the floods stood at 12",
                "By Wednesday the death toll from the floods had reached 19",
                false,
            ),
            (
                "The magnitude 5.8 quake struck the valley on Tuesday 9 July",
                "The valley's 5.8-magnitude quake hit on Thursday, 11 July",
                true,
            ),
            // A month alone.
            (
                "She announced it in February",
                "She announced it in April",
                true,
            ),
            (
                "She announced it in February",
                "She announced it on 3 February",
                false,
            ),
            (
                "The chief executive will step down this September",
                "The chief executive will step down in January",
                true,
            ),
            // Two figures in two months: a series.
            (
                "The jobless rate was 8.2% in January",
                "By June the jobless rate had fallen to 7.1%",
                false,
            ),
            // Day and month in digits, either way round: the 10th of September or the 9th of
            // October, neither of them the 2nd of September.
            (
                "The tram line opens on 2 September",
                "The tram line opens on 10/09",
                true,
            ),
            (
                "The tram line opens on 9 October",
                "The tram line opens on 10/09",
                false,
            ),
            (
                "The tram line opens on September 10",
                "The tram line opens on 10/09",
                false,
            ),
            (
                "The tram line opened on 3 April 2024",
                "The tram line opened on 04/03/2024",
                false,
            ),
            // The date of a report dates the report, not what it reports.
            (
                "The ferry ran as normal, the operator said on Monday",
                "The ferry ran as normal on Saturday",
                false,
            ),
            (
                "The ferry ran as normal on Monday, the operator said",
                "The ferry ran as normal on Saturday",
                true,
            ),
            // But times of day are part of the date, no series.
            (
                "The ferry docked at Larne shortly after 9 p.m. on Tuesday",
                "The ferry docked at Larne early on Wednesday morning",
                true,
            ),
        ];
        for (x, y, flagged) in cases {
            assert_eq!(date_strength(x, y).is_some(), flagged, "{x:?} / {y:?}");
            // The cheap test before alignment never rules out what the check finds.
            assert!(
                !flagged || may_conflict(&Text::new(x), &Text::new(y)),
                "{x:?} / {y:?}"
            );
        }
    }

    #[test]
    fn the_cheap_test_passes_dates_that_disagree() {
        // (a, b, whether each gives a date the other's do not agree with)
        let cases = [
            // A part of a month names the month.
            (
                "The festival takes place from 18 to 20 July",
                "The festival returns over the first weekend of August",
                true,
            ),
            (
                "The festival takes place from 18 to 20 July",
                "The festival returns at the end of July",
                false,
            ),
            // ... and a bound before it bounds it.
            (
                "The campaign will begin on 1 September and run until the end of October",
                "The campaign starts on 1 September",
                false,
            ),
            (
                "The bank opened on Monday",
                "Late on Monday, the bank opened",
                false,
            ),
            (
                "The bank opened on Monday",
                "The bank opened on Friday",
                true,
            ),
            (
                "The talks began in March 2024",
                "The talks began on 3 March",
                false,
            ),
            // Each must give one the other does not: 2019 and 2020 both agree with one.
            (
                "The floods came in April 2019 and in February 2020",
                "The floods came in February 2020",
                false,
            ),
            ("The bank opened", "The bank opened on Friday", false),
            // An edition's year dates nothing.
            (
                "The 2022 festival was cancelled",
                "The festival went ahead in 2023",
                false,
            ),
        ];
        for (x, y, disagree) in cases {
            let (a, b) = (Text::new(x), Text::new(y));
            assert_eq!(may_conflict(&a, &b), disagree, "{x:?} / {y:?}");
            assert_eq!(may_conflict(&b, &a), disagree, "{y:?} / {x:?}");
        }
    }
}
