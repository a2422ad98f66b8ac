//! A sentence -> tokens: words, punctuation marks, and each quotation as one token, so that
//! attribution patterns never look inside what a speaker said.

use super::sentences::Sentence;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Letters and digits, with inner apostrophes, hyphens and dots ("Russia’s", "30-day",
    /// "U.S", "1.2").
    Word,
    /// One punctuation mark (a run of dashes or dots counts as one).
    Punct,
    /// A whole quotation, marks included; the index into the sentence's quotes.
    Quote(usize),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    /// Lower case, curly apostrophes made straight; the mark itself for punctuation.
    pub lower: String,
}

impl Token {
    pub fn is(&self, word: &str) -> bool {
        self.lower == word
    }

    pub fn is_word(&self) -> bool {
        self.kind == Kind::Word
    }

    pub fn is_quote(&self) -> bool {
        matches!(self.kind, Kind::Quote(_))
    }

    /// True for a word written with a capital first letter.
    pub fn capitalised(&self, text: &str) -> bool {
        self.is_word() && text[self.start..].starts_with(|c: char| c.is_uppercase())
    }

    /// True for a dash: "—", "–", "--", or a hyphen standing alone.
    pub fn is_dash(&self) -> bool {
        self.kind == Kind::Punct && matches!(self.lower.as_str(), "—" | "–" | "-" | "--")
    }
}

/// The tokens of `sentence` in `text`.
pub fn tokenize(text: &str, sentence: &Sentence) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut quotes = sentence.quotes.iter().enumerate().peekable();
    let mut i = sentence.start;
    while i < sentence.end {
        if let Some(&(index, quote)) = quotes.peek()
            && quote.start <= i
        {
            tokens.push(Token {
                start: quote.start,
                end: quote.end,
                kind: Kind::Quote(index),
                lower: String::new(),
            });
            i = quote.end.max(i);
            quotes.next();
            continue;
        }
        let limit = quotes.peek().map_or(sentence.end, |(_, q)| q.start);
        let c = text[i..].chars().next().unwrap_or(' ');
        if c.is_whitespace() {
            i += c.len_utf8();
        } else if c.is_alphanumeric() {
            let end = word_end(text, i, limit);
            tokens.push(token(text, i, end, Kind::Word));
            i = end;
        } else {
            let mut end = i + c.len_utf8();
            if matches!(c, '-' | '.' | '—' | '–') {
                while end < limit && text[end..].starts_with(c) {
                    end += c.len_utf8();
                }
            }
            tokens.push(token(text, i, end, Kind::Punct));
            i = end;
        }
    }
    tokens
}

fn token(text: &str, start: usize, end: usize, kind: Kind) -> Token {
    let lower = text[start..end].to_lowercase().replace('’', "'");
    Token {
        start,
        end,
        kind,
        lower,
    }
}

/// The end of the word starting at `start`: letters and digits, joined by one apostrophe,
/// hyphen or dot when a letter or digit follows ("don’t", "30-day", "1.2", "U.S").
fn word_end(text: &str, start: usize, limit: usize) -> usize {
    let mut end = start;
    let mut chars = text[start..limit].char_indices().peekable();
    while let Some((offset, c)) = chars.next() {
        let joins = matches!(c, '\'' | '’' | '-' | '.' | ',')
            && chars.peek().is_some_and(|&(_, n)| n.is_alphanumeric());
        // A comma joins only digits ("1,200"); a dot only digits or single capitals ("U.S").
        let joins = joins
            && match c {
                ',' => {
                    text[..start + offset].ends_with(|p: char| p.is_ascii_digit())
                        && chars.peek().is_some_and(|&(_, n)| n.is_ascii_digit())
                }
                '.' => {
                    let before = &text[start..start + offset];
                    before.chars().all(|p| p.is_ascii_digit())
                        || before.chars().last().is_some_and(char::is_uppercase)
                }
                _ => true,
            };
        if c.is_alphanumeric() || joins {
            end = start + offset + c.len_utf8();
        } else {
            break;
        }
    }
    end
}

#[cfg(test)]
mod tests {
    use super::super::sentences::split;
    use super::*;

    #[test]
    fn tokens() {
        let cases: &[(&str, &[&str])] = &[
            ("Putin said, “yes.”", &["putin", "said", ",", "“yes.”"]),
            ("Russia’s 30-day pause", &["russia's", "30-day", "pause"]),
            (
                "1,200 doses and 1.2 million",
                &["1,200", "doses", "and", "1.2", "million"],
            ),
            ("The U.S. said", &["the", "u.s", ".", "said"]),
            ("Russia— a claim", &["russia", "—", "a", "claim"]),
            ("wait... now", &["wait", "...", "now"]),
            ("A, B", &["a", ",", "b"]),
        ];
        for (text, expected) in cases {
            let sentence = &split(text)[0];
            let found: Vec<String> = tokenize(text, sentence)
                .iter()
                .map(|t| match t.kind {
                    Kind::Quote(_) => text[t.start..t.end].to_string(),
                    _ => t.lower.clone(),
                })
                .collect();
            assert_eq!(found, *expected, "{text:?}");
        }
    }
}
