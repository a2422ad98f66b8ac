//! Property tests of the library, on generated input rather than fixtures:
//!
//! 1. any Unicode text (arbitrary strings, and strings built from the pieces the tokeniser
//!    treats specially: negations, contractions, hyphens and dashes, numbers, dates, names,
//!    Cyrillic, Arabic, CJK, combining marks, emoji) never makes `Text::new` or `compare` panic;
//! 2. a pair's verdict does not depend on the order of the two statements: same score,
//!    similarity and evidence, with the marks of the two sides exchanged; and a text never
//!    contradicts an identical copy of itself;
//! 3. every token span and every evidence `Mark` is a char-boundary range inside its text,
//!    and `text[start..end] == mark.text`;
//! 4. the whole pipeline (group -> analyze -> report -> render) gives the same bytes twice for
//!    the same statements, in each of the four formats;
//! 5. the JSON report and the table of the same report agree: the table's rows show each
//!    discrepancy's topic, sources and score (`{:.2}`), and its summary line the JSON counts;
//! 6. accounting: `statements == statements_compared + sum(left_out[].statements)`;
//! 7. any text glued into an article never makes `extract` panic, and what it finds has a
//!    source, a text, and a span inside the article.

use discrepancy::analysis::text::Text;
use discrepancy::analysis::{self, Evidence, Mark, Options, Verdict, compare};
use discrepancy::group;
use discrepancy::report::{self, Format, Report, Style};
use discrepancy::statement::Statement;
use proptest::prelude::*;
use proptest::sample::select;
use serde_json::Value;

// ---------------------------------------------------------------------------------------------
// Strategies

/// Pieces the tokeniser and the checks treat specially.
const PIECES: &[&str] = &[
    "not",
    "no",
    "n't",
    "isn't",
    "wasn’t",
    "can't",
    "won’t",
    "N'T",
    "never",
    "without",
    "with no",
    "denied that",
    "’",
    "'",
    "'s",
    "-",
    "‐",
    "–",
    "—",
    "1,000",
    "2.5",
    "%",
    "30-day",
    "175",
    "0",
    "1e3",
    "nan",
    "inf",
    "March 19",
    "19 March",
    "March 19, 2025",
    "2025-03-19",
    "2025-13-45",
    "May",
    "one",
    "one hundred seventy-five",
    "two thousand and five",
    "hundred",
    "Kiev",
    "Kyiv",
    "the",
    "The",
    "bridge",
    "open",
    "closed",
    "prisoners",
    "rise",
    "fall",
    "reportedly",
    "may",
    "which",
    "but",
    "не",
    "без",
    "Не было переговоров",
    "e\u{301}",
    "\u{301}",
    "\u{200d}",
    "İ",
    "ẞ",
    "K",
    "لا",
    "不",
    "和平谈判",
    "🙂",
    "👍🏽",
    "\u{feff}",
    ".",
    ",",
    ";",
    ":",
    "!",
    "?",
    "(",
    ")",
    "\"",
    "“",
    "”",
    "«",
    "»",
];

/// Separators between pieces: none (so pieces glue into one word), the characters that join
/// a word's parts (apostrophes, hyphens, a point or comma between digits), spaces, other
/// whitespace.
const SEPARATORS: &[&str] = &[
    "", "", "", "'", "’", "-", "‐", ".", ",", " ", " ", " ", "  ", "\t", "\n", "\u{a0}", "\u{3000}",
];

/// A string glued from `PIECES`, random characters and ASCII words.
fn pieces() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        6 => select(PIECES).prop_map(String::from),
        1 => any::<char>().prop_map(String::from),
        1 => "[a-zA-Z]{1,6}",
    ];
    prop::collection::vec((piece, select(SEPARATORS)), 0..16).prop_map(|parts| {
        parts
            .into_iter()
            .map(|(piece, sep)| piece + sep)
            .collect::<String>()
    })
}

/// Any string, or one biased to the hard parts.
fn hard_text() -> impl Strategy<Value = String> {
    prop_oneof![any::<String>(), pieces()]
}

/// Words from a small vocabulary, so that two such sentences share terms and the checks fire.
const WORDS: &[&str] = &[
    "the",
    "bridge",
    "is",
    "was",
    "not",
    "no",
    "isn't",
    "never",
    "open",
    "closed",
    "Kiev",
    "Kyiv",
    "released",
    "175",
    "170",
    "one hundred seventy-five",
    "prisoners",
    "on",
    "March 19",
    "March 20",
    "2025-03-19",
    "prices",
    "rise",
    "fall",
    "reportedly",
    "30-day",
    "60-day",
    "ceasefire",
    "agreed",
    "rejected",
    "assistance",
    "discussed",
    "which",
    "but",
    "nan",
    "inf",
    ".",
    ",",
    "не",
    "без",
    "переговоры",
];

fn vocabulary_sentence() -> impl Strategy<Value = String> {
    prop::collection::vec(select(WORDS), 1..12).prop_map(|words| words.join(" "))
}

/// A pair of texts: unrelated hard strings, two sentences over one small vocabulary, or a
/// text and itself.
fn text_pair() -> impl Strategy<Value = (String, String)> {
    prop_oneof![
        2 => (hard_text(), hard_text()),
        2 => (pieces(), pieces()),
        4 => (vocabulary_sentence(), vocabulary_sentence()),
        1 => vocabulary_sentence().prop_map(|s| (s.clone(), s)),
    ]
}

const SUBJECTS: &[&str] = &[
    "The bridge",
    "Russia",
    "Ukraine",
    "The talks",
    "Prices",
    "Officials in Kyiv",
    "Officials in Kiev",
    "A man",
];

const PREDICATES: &[&str] = &[
    "is open",
    "is closed",
    "is not open",
    "isn't closed",
    "released 175 prisoners",
    "released one hundred seventy-five prisoners",
    "released 23 prisoners",
    "agreed to a 30-day ceasefire",
    "rejected a 30-day ceasefire",
    "agreed to a 60-day ceasefire",
    "did not discuss assistance",
    "discussed assistance",
    "will rise",
    "will fall",
    "never met on 2025-03-19",
    "met on March 19",
    "met on March 18",
    "grew by 2.5%",
    "grew by 1,000",
    "won",
    "lost",
];

const ENDINGS: &[&str] = &[
    "",
    ".",
    " reportedly.",
    ", but talks failed.",
    " on Monday!",
];

/// A short news-like sentence mixing negations, numbers, dates and antonyms.
fn sentence() -> impl Strategy<Value = String> {
    (
        select(SUBJECTS),
        select(PREDICATES),
        select(ENDINGS),
        any::<bool>(),
    )
        .prop_map(|(subject, predicate, ending, hedge)| {
            let hedge = if hedge { " may have" } else { "" };
            if hedge.is_empty() {
                format!("{subject} {predicate}{ending}")
            } else {
                format!("{subject}{hedge} {predicate}{ending}")
            }
        })
}

const SOURCES: &[&str] = &["Kremlin", "the kremlin", "Trump", "White House"];

/// 2 to 8 statements on topics "a" and "b", with unique ids.
fn statements() -> impl Strategy<Value = Vec<Statement>> {
    let one = (
        select(SOURCES),
        select(&["a", "b"][..]),
        prop_oneof![3 => sentence(), 1 => vocabulary_sentence()],
        prop::option::of(select(&["Fox News", "TASS"][..])),
        prop::option::of(select(&["2025-03-18", "2025-03-19"][..])),
    );
    prop::collection::vec(one, 2..=8).prop_map(|rows| {
        rows.into_iter()
            .enumerate()
            .map(|(i, (source, topic, text, via, date))| Statement {
                via: via.map(String::from),
                date: date.map(String::from),
                ..Statement::new(&format!("s{i}"), source, topic, &text)
            })
            .collect()
    })
}

// ---------------------------------------------------------------------------------------------
// Helpers

/// The report of `statements`, as the library's `check` builds it.
fn report_of(statements: &[Statement], options: &Options) -> (analysis::Analysis, Report) {
    let groups = group::by_topic(statements);
    let analysis = analysis::analyze(statements, &groups, options);
    let report = Report::new(statements, &groups, &analysis);
    (analysis, report)
}

fn render(report: &Report, format: Format, width: u16) -> Vec<u8> {
    let mut out = Vec::new();
    let style = Style {
        width: Some(width),
        color: false,
        ..Style::default()
    };
    report::render(report, format, style, &mut out).expect("writing to a Vec cannot fail");
    out
}

/// Checks that `mark` is a valid span of `text` showing its own text.
fn check_mark(text: &str, mark: &Mark) -> Result<(), TestCaseError> {
    prop_assert!(
        mark.start <= mark.end && mark.end <= text.len(),
        "mark {mark:?} out of {text:?}"
    );
    prop_assert!(
        text.is_char_boundary(mark.start) && text.is_char_boundary(mark.end),
        "mark {mark:?} not on char boundaries of {text:?}"
    );
    prop_assert_eq!(&text[mark.start..mark.end], mark.text.as_str());
    Ok(())
}

fn check_evidence(a: &str, b: &str, evidence: &[Evidence]) -> Result<(), TestCaseError> {
    for e in evidence {
        for mark in &e.a {
            check_mark(a, mark)?;
        }
        for mark in &e.b {
            check_mark(b, mark)?;
        }
    }
    Ok(())
}

/// Checks that every token span of `text` is a char-boundary range of its raw text.
fn check_tokens(text: &Text) -> Result<(), TestCaseError> {
    for token in &text.tokens {
        let span = &token.span;
        prop_assert!(
            span.start <= span.end
                && span.end <= text.raw.len()
                && text.raw.is_char_boundary(span.start)
                && text.raw.is_char_boundary(span.end),
            "token {:?} has a bad span in {:?}",
            token.lower,
            text.raw
        );
    }
    Ok(())
}

/// A verdict with its two sides exchanged.
fn swapped(verdict: &Verdict) -> Verdict {
    verdict.clone().swapped()
}

/// The table's rows as cells [topic, source A, statement A, source B, statement B, kind,
/// score], the header left out. A cell that wraps (the source columns are capped, the kinds
/// are one per line) is joined back with spaces; a row starts where the topic cell is filled.
fn table_rows(table: &str) -> Vec<Vec<String>> {
    let mut rows: Vec<Vec<String>> = Vec::new();
    let lines = table.lines().filter(|line| line.starts_with('│')).skip(1);
    for line in lines {
        let cells: Vec<&str> = line.trim_matches('│').split('┆').map(str::trim).collect();
        match rows.last_mut() {
            Some(row) if cells[0].is_empty() => {
                for (cell, more) in row.iter_mut().zip(cells) {
                    if !more.is_empty() {
                        cell.push(' ');
                        cell.push_str(more);
                    }
                }
            }
            _ => rows.push(cells.into_iter().map(String::from).collect()),
        }
    }
    rows
}

/// The counts of the summary line: "3 statements read, 1 topic, 2 sources, 2 pairs compared,
/// 1 discrepancy; 1 statement not compared (reason)" -> [3, 1, 2, 2, 1] and [(1, reason)].
fn summary_counts(line: &str) -> (Vec<usize>, Vec<(usize, String)>) {
    let mut parts = line.split("; ");
    let head = parts.next().unwrap_or_default();
    let number = |piece: &str| -> usize {
        piece
            .split(' ')
            .next()
            .and_then(|n| n.parse().ok())
            .unwrap_or(usize::MAX)
    };
    let counts = head.split(", ").map(number).collect();
    let left_out = parts
        .map(|part| {
            let reason = part
                .split_once(" not compared (")
                .map(|(_, r)| r.trim_end_matches(')').to_string())
                .unwrap_or_default();
            (number(part), reason)
        })
        .collect();
    (counts, left_out)
}

// ---------------------------------------------------------------------------------------------
// Properties

/// `cases` cases, and no regression file written beside this one: a failure prints its
/// minimal input, to be kept as an example test.
fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        failure_persistence: None,
        ..ProptestConfig::with_cases(cases)
    }
}

proptest! {
    #![proptest_config(config(256))]

    /// 1. No text makes tokenising or comparing panic.
    #[test]
    fn any_article_is_extracted_without_panic(
        parts in prop::collection::vec(prop_oneof![hard_text(), vocabulary_sentence()], 1..6),
    ) {
        // Articles glued from hard text and sentences, with quotation marks and reporting
        // verbs thrown in: whatever `extract` finds has a source, a text and a span inside.
        let article = parts.join(" \u{201c}said\u{201d} that, according to ");
        let chars = article.chars().count();
        for found in discrepancy::extract::extract(&article, &Default::default()) {
            prop_assert!(!found.source.trim().is_empty(), "{found:?}");
            prop_assert!(!found.text.trim().is_empty(), "{found:?}");
            prop_assert!(found.span.0 <= found.span.1 && found.span.1 <= chars, "{found:?}");
        }
    }

    #[test]
    fn any_text_is_analysed_without_panic(a in hard_text(), b in hard_text()) {
        let (ta, tb) = (Text::new(&a), Text::new(&b));
        let _ = compare(&ta, &tb);
        let _ = compare(&tb, &ta);
        let _ = compare(&ta, &ta);
    }

    /// 2. The verdict does not depend on the order of the pair.
    #[test]
    fn verdicts_do_not_depend_on_order((a, b) in text_pair()) {
        let (ta, tb) = (Text::new(&a), Text::new(&b));
        let ab = compare(&ta, &tb);
        let ba = compare(&tb, &ta);
        match (&ab, &ba) {
            (None, None) => {}
            (Some(ab), Some(ba)) => {
                prop_assert_eq!(
                    ab.score.to_bits(),
                    ba.score.to_bits(),
                    "score {} / {}",
                    ab.score,
                    ba.score
                );
                prop_assert_eq!(ab.similarity.to_bits(), ba.similarity.to_bits());
                let kinds = |v: &Verdict| v.evidence.iter().map(|e| e.kind).collect::<Vec<_>>();
                prop_assert_eq!(kinds(ab), kinds(ba));
                // Two equal texts cannot be told apart: either side's marks will do.
                if a != b {
                    prop_assert_eq!(&swapped(ab).evidence, &ba.evidence);
                }
            }
            _ => prop_assert!(
                false,
                "one order finds something, the other not: {ab:?} / {ba:?}"
            ),
        }
    }

    /// 2b. A text never contradicts an identical copy of itself.
    #[test]
    fn a_text_does_not_contradict_itself(a in prop_oneof![hard_text(), vocabulary_sentence()]) {
        let verdict = compare(&Text::new(&a), &Text::new(&a));
        prop_assert!(verdict.is_none(), "{a:?} contradicts itself: {verdict:?}");
    }

    /// 3. Token spans and evidence marks are valid ranges of their own statement's text.
    #[test]
    fn spans_are_valid((a, b) in text_pair()) {
        let (ta, tb) = (Text::new(&a), Text::new(&b));
        check_tokens(&ta)?;
        check_tokens(&tb)?;
        if let Some(verdict) = compare(&ta, &tb) {
            check_evidence(&a, &b, &verdict.evidence)?;
            for x in [verdict.score, verdict.similarity]
                .into_iter()
                .chain(verdict.evidence.iter().map(|e| e.strength))
            {
                prop_assert!((0.0..=1.0).contains(&x), "{x} out of [0, 1]: {verdict:?}");
            }
        }
    }
}

proptest! {
    #![proptest_config(config(64))]

    /// 4. The same statements give the same bytes, in every format.
    #[test]
    fn same_input_same_bytes(statements in statements()) {
        let options = Options::default();
        for format in [Format::Table, Format::Json, Format::Markdown, Format::Csv] {
            let first = render(&report_of(&statements, &options).1, format, 100);
            let second = render(&report_of(&statements, &options).1, format, 100);
            prop_assert!(first == second, "{format:?} differs between two runs");
            prop_assert!(std::str::from_utf8(&first).is_ok(), "{format:?} is not UTF-8");
        }
    }

    /// 5. The table shows what the JSON says: per row topic, sources and score; the counts.
    #[test]
    fn table_agrees_with_json(statements in statements(), within_source in any::<bool>()) {
        let options = Options { within_source, ..Options::default() };
        let (_, report) = report_of(&statements, &options);
        let json: Value = serde_json::from_slice(&render(&report, Format::Json, 400))
            .expect("the JSON report parses");
        let table = String::from_utf8(render(&report, Format::Table, 400)).unwrap();

        let discrepancies = json["discrepancies"].as_array().expect("an array");
        let side = |d: &Value, s: &str| match d[s]["via"].as_str() {
            Some(via) => format!("{} (via {via})", d[s]["source"].as_str().unwrap()),
            None => d[s]["source"].as_str().unwrap().to_string(),
        };
        let expected: Vec<Vec<String>> = discrepancies
            .iter()
            .map(|d| {
                vec![
                    d["topic"].as_str().unwrap().to_string(),
                    side(d, "a"),
                    side(d, "b"),
                    format!("{:.2}", d["score"].as_f64().unwrap()),
                ]
            })
            .collect();
        let shown: Vec<Vec<String>> = table_rows(&table)
            .into_iter()
            .map(|cells| {
                prop_assert_eq!(cells.len(), 7, "row {:?}", cells);
                Ok(vec![cells[0].clone(), cells[1].clone(), cells[3].clone(), cells[6].clone()])
            })
            .collect::<Result<_, TestCaseError>>()?;
        prop_assert_eq!(&shown, &expected, "table:\n{}", table);
        for d in discrepancies {
            let score = format!("{:.2}", d["score"].as_f64().unwrap());
            prop_assert!(table.contains(&score), "{} not in\n{}", score, table);
            let topic = d["topic"].as_str().unwrap();
            prop_assert!(table.contains(topic), "{} not in\n{}", topic, table);
        }

        let summary = &json["summary"];
        let last = table.lines().last().unwrap_or_default();
        let (counts, left_out) = summary_counts(last);
        let fields = ["statements", "topics", "sources", "pairs_compared", "discrepancies"];
        let from_json: Vec<usize> = fields
            .iter()
            .map(|f| summary[f].as_u64().expect("a count") as usize)
            .collect();
        prop_assert_eq!(&counts, &from_json, "summary line {:?}", last);
        let left_json: Vec<(usize, String)> = summary["left_out"]
            .as_array()
            .unwrap()
            .iter()
            .map(|l| {
                (
                    l["statements"].as_u64().unwrap() as usize,
                    l["reason"].as_str().unwrap().to_string(),
                )
            })
            .collect();
        prop_assert_eq!(&left_out, &left_json, "summary line {:?}", last);
        if discrepancies.is_empty() {
            prop_assert!(table.starts_with("no discrepancies found\n"), "{}", table);
        }
    }

    /// 6. Every statement is either compared or left out with a reason; and the findings'
    /// marks are valid spans of their statements.
    #[test]
    fn every_statement_is_accounted_for(
        statements in statements(),
        within_source in any::<bool>(),
    ) {
        let options = Options { within_source, ..Options::default() };
        let (analysis, report) = report_of(&statements, &options);
        let summary = &report.summary;
        let left: usize = summary.left_out.iter().map(|l| l.statements).sum();
        prop_assert_eq!(summary.statements, statements.len());
        prop_assert_eq!(summary.statements, summary.statements_compared + left, "{:?}", summary);
        prop_assert_eq!(summary.discrepancies, report.discrepancies.len());
        for finding in &analysis.findings {
            check_evidence(
                &statements[finding.a].text,
                &statements[finding.b].text,
                &finding.evidence,
            )?;
        }
    }
}
