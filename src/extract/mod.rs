//! `extract`: a news article -> its attributed claims, as statements `check` reads.
//!
//! ```text
//! article ─sentences::split─▶ [Sentence] (quotations marked) ─People::scan─▶ People
//! each sentence ─tokens::tokenize─▶ [Token] (a quotation is one token)
//!   ─attribution::verb_anchors, channels::frames─▶ [Anchor] (speaker phrase, cue, claim)
//!   ─resolve::resolve (aliases, people, pronouns)─▶ sources ─claim text─▶ [Extracted]
//! ```
//!
//! Rules are general: reporting verbs, quotation marks, "according to X", channels ("in a X
//! statement", "as noted in X communications"), the passive "it was V-ed that", pronouns
//! resolved to the last person named. A sentence that attributes nothing gives nothing. Spans
//! are character offsets into the article; the text is the claim alone, without its
//! attribution, its first letter capitalised.

mod attribution;
mod channels;
mod claims;
mod lexicon;
mod output;
mod people;
mod resolve;
mod sentences;
pub mod sources;
mod tokens;

pub use output::{ExtractFormat, run};
pub use sources::Aliases;

use crate::statement::StatementKind;
use attribution::{Anchor, Piece};
use resolve::{Context, Speaker};
use tokens::Token;

/// What `extract` is told besides the article.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// The user's aliases (`--sources FILE`), before the built-in table.
    pub aliases: Aliases,
}

/// One attributed claim found in an article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Extracted {
    pub source: String,
    pub via: Option<String>,
    pub speaker: Option<String>,
    pub text: String,
    pub kind: StatementKind,
    /// The reporting verb or phrase: "asserted", "did not say", "according to".
    pub cue: String,
    /// Character offsets `start..end` of the claim in the article.
    pub span: (usize, usize),
    /// "X did not say that ...": the attribution itself is denied.
    pub denied: bool,
}

/// The attributed claims of `article`, in order.
pub fn extract(article: &str, options: &Options) -> Vec<Extracted> {
    let sentences = sentences::split(article);
    let people = people::People::scan(article, &sentences);
    let mut found: Vec<Extracted> = Vec::new();
    let mut previous: Vec<Speaker> = Vec::new();
    for sentence in &sentences {
        let first = found.len();
        let tokens = tokens::tokenize(article, sentence);
        let channel = channels::channel(article, &tokens);
        let owner = channel.as_ref().and_then(|c| {
            let phrase = channels::words(article, &tokens, c.owner);
            let at = tokens[c.owner.0].start;
            let context = Context {
                people: &people,
                aliases: &options.aliases,
                at,
                owner: None,
                previous: &[],
            };
            resolve::resolve(&phrase, &context).into_iter().next()
        });
        for anchor in anchors(article, &tokens) {
            let Some((text, span, quote)) = claim(article, sentence, &tokens, &anchor.claim) else {
                continue;
            };
            let speakers = match anchor.speaker {
                None => owner.iter().cloned().collect(),
                Some(range) => {
                    let context = Context {
                        people: &people,
                        aliases: &options.aliases,
                        at: tokens[range.0].start,
                        owner: owner.as_ref().map(|o| o.source.as_str()),
                        previous: &previous,
                    };
                    resolve::resolve(&channels::words(article, &tokens, range), &context)
                }
            };
            let cue = channels::words(article, &tokens, anchor.cue);
            for speaker in &speakers {
                let via = anchor.via.clone().or_else(|| {
                    let same = owner.as_ref().is_some_and(|o| o.source == speaker.source);
                    channel.as_ref().filter(|_| same).map(|c| c.via.clone())
                });
                let duplicate = found[first..]
                    .iter()
                    .any(|f| f.span == span && f.source == speaker.source);
                if duplicate {
                    continue;
                }
                found.push(Extracted {
                    source: speaker.source.clone(),
                    via,
                    speaker: speaker.speaker.clone(),
                    text: text.clone(),
                    kind: if quote {
                        StatementKind::Quote
                    } else {
                        StatementKind::Paraphrase
                    },
                    cue: cue.to_lowercase(),
                    span,
                    denied: anchor.denied,
                });
            }
            if !speakers.is_empty() {
                previous = speakers;
            }
        }
    }
    to_characters(article, &mut found);
    found
}

/// The anchors of a sentence: reporting verbs, then frames ("according to X"), which name the
/// channel of a verb's attribution inside them or are attributions themselves.
fn anchors(text: &str, tokens: &[Token]) -> Vec<Anchor> {
    let mut anchors = attribution::verb_anchors(text, tokens);
    for frame in channels::frames(text, tokens) {
        let inside = |a: &Anchor| {
            frame.claim.iter().any(|piece| match *piece {
                Piece::Tokens(from, to) => (from..to).contains(&a.cue.0),
                Piece::Quote(_) => false,
            })
        };
        let mut framed = false;
        for anchor in anchors.iter_mut().filter(|a| inside(a)) {
            framed = true;
            // "according to two diplomats" names no channel; "according to Fox News" does.
            if frame.via.contains(|c: char| c.is_uppercase()) {
                anchor.via.get_or_insert_with(|| frame.via.clone());
            }
            for piece in &mut anchor.claim {
                if let Piece::Tokens(from, to) = *piece
                    && from < frame.own.0
                    && frame.own.0 < to
                {
                    *piece = Piece::Tokens(from, frame.own.0);
                }
            }
        }
        if !framed {
            anchors.push(Anchor {
                speaker: Some(frame.speaker),
                cue: frame.cue,
                claim: frame.claim.clone(),
                denied: false,
                via: frame.channel.then(|| frame.via.clone()),
                continues: false,
            });
        }
    }
    anchors.sort_by_key(|a| a.cue.0);
    anchors
}

/// The claim's text, byte span and whether it is a quotation; `None` when nothing is left.
fn claim(
    text: &str,
    sentence: &sentences::Sentence,
    tokens: &[Token],
    pieces: &[Piece],
) -> Option<(String, (usize, usize), bool)> {
    let mut spans = Vec::new();
    let quote = pieces.iter().all(|p| matches!(p, Piece::Quote(_)));
    for piece in pieces {
        match *piece {
            Piece::Quote(t) => {
                let tokens::Kind::Quote(q) = tokens[t].kind else {
                    return None;
                };
                spans.push(sentence.quotes[q].inner);
            }
            Piece::Tokens(from, to) => {
                let (from, to) = trim(tokens, from, to)?;
                spans.push((tokens[from].start, tokens[to - 1].end));
            }
        }
    }
    let span = (spans.first()?.0, spans.last()?.1);
    let mut claim = spans
        .iter()
        .flat_map(|&(s, e)| text[s..e].split_whitespace())
        .collect::<Vec<_>>()
        .join(" ");
    if claim.ends_with([',', ';', ':']) {
        claim.pop();
    }
    if claim.is_empty() {
        return None;
    }
    if !claim.ends_with(['.', '!', '?', '…', '"', '”', '’', '\'']) || claim.ends_with(',') {
        claim.push('.');
    }
    let mut chars = claim.chars();
    let first = chars.next()?;
    Some((first.to_uppercase().chain(chars).collect(), span, quote))
}

/// `[from, to)` without the reporter's comment ("— a statement that ..."), leading and
/// trailing punctuation, or a trailing conjunction.
fn trim(tokens: &[Token], mut from: usize, mut to: usize) -> Option<(usize, usize)> {
    let comment = (from..to).find(|&t| {
        let mark = tokens[t].is_dash() || tokens[t].is(",");
        let noun = |k: usize| {
            tokens
                .get(k)
                .is_some_and(|w| lexicon::has(lexicon::COMMENTS, &w.lower))
        };
        let article = |k: usize| tokens.get(k).is_some_and(|w| w.is("a") || w.is("an"));
        mark && t > from && (noun(t + 1) || (article(t + 1) && noun(t + 2)))
    });
    to = comment.unwrap_or(to);
    let loose = |t: &Token| {
        (!t.is_word() && !t.is_quote() && !matches!(t.lower.as_str(), "." | "!" | "?" | "…" | ")"))
            || ["and", "but", "while", "whereas"].iter().any(|w| t.is(w))
    };
    while from < to && loose(&tokens[from]) {
        from += 1;
    }
    while to > from && loose(&tokens[to - 1]) {
        to -= 1;
    }
    (from < to).then_some((from, to))
}

/// Byte spans -> character spans, in one pass over the article.
fn to_characters(article: &str, found: &mut [Extracted]) {
    let mut offsets: Vec<usize> = found.iter().flat_map(|f| [f.span.0, f.span.1]).collect();
    offsets.sort_unstable();
    offsets.dedup();
    let mut map = std::collections::HashMap::new();
    let (mut chars, mut bytes) = (0, 0);
    for &offset in &offsets {
        chars += article[bytes..offset].chars().count();
        bytes = offset;
        map.insert(offset, chars);
    }
    for f in found {
        f.span = (map[&f.span.0], map[&f.span.1]);
    }
}

#[cfg(test)]
mod tests;
