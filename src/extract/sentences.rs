//! Article text -> sentences, each with the quotations in it. Offsets are bytes into the
//! article.
//!
//! Paragraphs end at a blank line, after a Markdown heading, or at a line end that follows
//! sentence-final punctuation; any other line end is a soft wrap inside a paragraph. Inside a
//! paragraph a sentence ends at `.`, `!` or `?` followed by space and a capital, a digit or an
//! opening quotation mark, but never inside a quotation (so a quotation may hold several
//! sentences) nor after a known abbreviation or an initial. A quotation still open at the end
//! of its paragraph ends there.

/// One quotation: straight or curly, double or single, or guillemets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quote {
    /// The opening mark.
    pub start: usize,
    /// After the closing mark (or the end of the paragraph when it never closes).
    pub end: usize,
    /// The words inside, trimmed.
    pub inner: (usize, usize),
}

/// One sentence and its quotations.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    pub quotes: Vec<Quote>,
}

/// Abbreviations after which a full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "co", "corp", "dr", "e.g", "etc", "gen", "gov", "i.e", "inc", "jr", "lt", "ltd", "mr", "mrs",
    "ms", "prof", "rep", "rev", "sen", "sr", "st", "u.k", "u.n", "u.s", "vs",
];

/// Splits `text` into sentences.
pub fn split(text: &str) -> Vec<Sentence> {
    let mut sentences = Vec::new();
    for (start, end) in paragraphs(text) {
        split_paragraph(text, start, end, &mut sentences);
    }
    sentences
}

/// The byte ranges of the paragraphs.
fn paragraphs(text: &str) -> Vec<(usize, usize)> {
    let mut paragraphs = Vec::new();
    let mut start: Option<usize> = None;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let line_start = offset;
        offset += line.len();
        let trimmed = line.trim();
        if trimmed.is_empty() {
            if let Some(s) = start.take() {
                paragraphs.push((s, line_start));
            }
            continue;
        }
        if trimmed.starts_with('#') {
            if let Some(s) = start.take() {
                paragraphs.push((s, line_start));
            }
            paragraphs.push((line_start, offset));
            continue;
        }
        start.get_or_insert(line_start);
        let ends = trimmed.ends_with(['.', '!', '?', ':', '"', '”', '’', '»', ')', '\'']);
        if ends && let Some(s) = start.take() {
            paragraphs.push((s, offset));
        }
    }
    if let Some(s) = start {
        paragraphs.push((s, text.len()));
    }
    paragraphs
}

/// The closing mark an opening one waits for, if `c` opens a quotation here.
fn opening(c: char, prev: Option<char>, next: Option<char>) -> Option<&'static [char]> {
    let after_word = prev.is_some_and(char::is_alphanumeric);
    let before_word = next.is_some_and(|n| !n.is_whitespace());
    match c {
        '"' if before_word => Some(&['"', '”']),
        '“' | '„' => Some(&['”', '“', '"']),
        '«' => Some(&['»']),
        '‘' if !after_word => Some(&['’']),
        '\'' if !after_word && next.is_some_and(char::is_alphanumeric) => Some(&['\'']),
        _ => None,
    }
}

fn split_paragraph(text: &str, from: usize, to: usize, out: &mut Vec<Sentence>) {
    let chars: Vec<(usize, char)> = text[from..to]
        .char_indices()
        .map(|(i, c)| (i + from, c))
        .collect();
    let at = |k: usize| chars.get(k).map(|&(_, c)| c);
    let mut start: Option<usize> = None;
    let mut quotes = Vec::new();
    let mut open: Option<(usize, char, &[char])> = None;
    let mut k = 0;
    while k < chars.len() {
        let (i, c) = chars[k];
        let (prev, next) = (k.checked_sub(1).and_then(at), at(k + 1));
        if start.is_none() {
            if c.is_whitespace() {
                k += 1;
                continue;
            }
            start = Some(i);
        }
        let mut end_here = None;
        match open {
            Some((opened, mark, closers)) => {
                // A single quotation mark closes only before a non-letter (not in "won’t").
                let single = matches!(mark, '‘' | '\'');
                let closes =
                    closers.contains(&c) && !(single && next.is_some_and(char::is_alphanumeric));
                if closes {
                    let inner = trim(text, opened + mark.len_utf8(), i);
                    quotes.push(Quote {
                        start: opened,
                        end: i + c.len_utf8(),
                        inner,
                    });
                    open = None;
                    if prev.is_some_and(|p| matches!(p, '.' | '!' | '?'))
                        && starts_next(&chars, k + 1)
                    {
                        end_here = Some(k);
                    }
                }
            }
            None => {
                if let Some(closers) = opening(c, prev, next) {
                    open = Some((i, c, closers));
                } else if matches!(c, '.' | '!' | '?' | '…') && !abbreviation(text, &chars, k) {
                    let mut last = k;
                    while matches!(at(last + 1), Some('.' | '!' | '?' | ')' | ']')) {
                        last += 1;
                    }
                    if starts_next(&chars, last + 1) {
                        end_here = Some(last);
                    }
                }
            }
        }
        if let Some(last) = end_here {
            let (i, c) = chars[last];
            let s = start.take().unwrap_or(i);
            out.push(Sentence {
                start: s,
                end: i + c.len_utf8(),
                quotes: std::mem::take(&mut quotes),
            });
            k = last + 1;
            continue;
        }
        k += 1;
    }
    if let Some((opened, mark, _)) = open {
        let inner = trim(text, opened + mark.len_utf8(), to);
        quotes.push(Quote {
            start: opened,
            end: inner.1,
            inner,
        });
    }
    if let Some(s) = start {
        let (s, e) = trim(text, s, to);
        if s < e {
            out.push(Sentence {
                start: s,
                end: e,
                quotes,
            });
        }
    }
}

/// True when what follows `k` starts a new sentence: the end of the paragraph, or space then a
/// capital, a digit or an opening mark.
fn starts_next(chars: &[(usize, char)], k: usize) -> bool {
    let Some(&(_, first)) = chars.get(k) else {
        return true;
    };
    if !first.is_whitespace() {
        return false;
    }
    match chars[k..].iter().find(|(_, c)| !c.is_whitespace()) {
        None => true,
        Some(&(_, c)) => {
            c.is_uppercase() || c.is_ascii_digit() || matches!(c, '"' | '“' | '‘' | '«' | '(')
        }
    }
}

/// True when the full stop at `k` ends an abbreviation ("Mr.", "U.S.") or an initial ("J.").
fn abbreviation(text: &str, chars: &[(usize, char)], k: usize) -> bool {
    if chars[k].1 != '.' {
        return false;
    }
    let mut from = k;
    while from > 0 && (chars[from - 1].1.is_alphabetic() || chars[from - 1].1 == '.') {
        from -= 1;
    }
    let word = text[chars[from].0..chars[k].0].to_lowercase();
    let initial = word.chars().count() == 1 && chars[from].1.is_uppercase();
    initial || ABBREVIATIONS.binary_search(&word.as_str()).is_ok()
}

fn trim(text: &str, start: usize, end: usize) -> (usize, usize) {
    let slice = &text[start..end];
    let lead = slice.len() - slice.trim_start().len();
    let s = start + lead;
    (s, s + slice.trim().len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        split(text).iter().map(|s| &text[s.start..s.end]).collect()
    }

    #[test]
    fn sentence_boundaries() {
        let cases: &[(&str, &[&str])] = &[
            ("One. Two! Three?", &["One.", "Two!", "Three?"]),
            (
                "Mr. Smith left. He came back.",
                &["Mr. Smith left.", "He came back."],
            ),
            (
                "It cost 1.2 million. Then 3.",
                &["It cost 1.2 million.", "Then 3."],
            ),
            (
                "The U.S. said no. Then yes.",
                &["The U.S. said no.", "Then yes."],
            ),
            (
                "He said, \"We talked. It was good.\" Then left.",
                &["He said, \"We talked. It was good.\"", "Then left."],
            ),
            (
                "“We won. Really,” she said. Done.",
                &["“We won. Really,” she said.", "Done."],
            ),
            (
                "\"Is it over?\" he asked. No.",
                &["\"Is it over?\" he asked.", "No."],
            ),
            (
                "A line\nwrapped softly. Next.",
                &["A line\nwrapped softly.", "Next."],
            ),
            ("# Title\nBody text.", &["# Title", "Body text."]),
            ("First para.\nSecond para", &["First para.", "Second para"]),
            ("No stop at the end", &["No stop at the end"]),
            ("", &[]),
        ];
        for (text, expected) in cases {
            assert_eq!(sentences(text), *expected, "{text:?}");
        }
    }

    #[test]
    fn quotations() {
        let cases: &[(&str, &[&str])] = &[
            ("He said, \"yes.\"", &["yes."]),
            ("“One,” he said, “two.”", &["One,", "two."]),
            ("Russia’s view: ‘we won’t go’.", &["we won’t go"]),
            (
                "It said: 'Every region received its share.'",
                &["Every region received its share."],
            ),
            ("The leaders' talks went on.", &[]),
            ("«Non», dit-il.", &["Non"]),
            ("He said \"never", &["never"]),
        ];
        for (text, expected) in cases {
            let found: Vec<&str> = split(text)
                .iter()
                .flat_map(|s| s.quotes.iter().map(|q| &text[q.inner.0..q.inner.1]))
                .collect();
            assert_eq!(found, *expected, "{text:?}");
        }
    }
}
