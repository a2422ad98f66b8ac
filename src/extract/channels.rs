//! Attributions framed around a clause rather than made by a verb with a subject, and the
//! channels a sentence names:
//!
//! - "According to X, ...", "..., according to X." and "..., according to X, ...";
//! - "As noted in X, ...", "Reported by X, ...", "As reported by X, ..." at the start;
//! - "in a Kremlin statement", "in Kremlin communications", "in a statement from the
//!   ministry": a channel and its owner, who is the source of an agentless "it was emphasised
//!   that" and of "officials" in the same sentence.
//!
//! When the framed clause holds an attribution of its own ("According to Fox News, Trump said
//! that ..."), the frame names the channel (`via`) of that one instead of being a source.

use super::attribution::Piece;
use super::lexicon::{self, CHANNELS, has};
use super::tokens::Token;

/// A framing attribution, in token indices of its sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Frame {
    /// Who is named: the channel's owner when there is one ("a Kremlin statement" ->
    /// "Kremlin"), else the whole phrase ("Fox News").
    pub speaker: (usize, usize),
    /// The channel: "Kremlin statement", or the whole phrase for a framed attribution.
    pub via: String,
    /// True when the phrase is a channel with an owner, so `via` goes with its own claim too.
    pub channel: bool,
    pub cue: (usize, usize),
    /// The frame's own tokens `[from, to)`, which no claim may include.
    pub own: (usize, usize),
    pub claim: Vec<Piece>,
}

/// A channel named in the sentence: its owner's tokens and the channel as `via`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Channel {
    pub owner: (usize, usize),
    pub via: String,
}

/// The frames of a sentence.
pub fn frames(text: &str, tokens: &[Token]) -> Vec<Frame> {
    let n = tokens.len();
    let words_from = |from: usize| (from..n).find(|&t| !tokens[t].is_word()).unwrap_or(n);
    let mut frames = Vec::new();
    // "(As) noted in X, ...", "Reported by X, ..."
    let v = usize::from(tokens.first().is_some_and(|t| t.is("as")));
    let past = tokens
        .get(v)
        .and_then(|t| lexicon::verb(&t.lower))
        .map(|v| v.form);
    let prep = tokens
        .get(v + 1)
        .is_some_and(|t| ["by", "in", "on", "through"].iter().any(|p| t.is(p)));
    if past == Some(lexicon::Form::Past) && prep {
        let end = words_from(v + 2);
        if end > v + 2 && tokens.get(end).is_some_and(|t| t.is(",")) {
            frames.push(frame(
                text,
                tokens,
                (v + 2, end),
                (0, v + 2),
                (0, end + 1),
                vec![rest(tokens, end + 1)],
            ));
        }
    }
    for i in 0..n.saturating_sub(1) {
        if !(tokens[i].is("according") && tokens[i + 1].is("to")) {
            continue;
        }
        let end = words_from(i + 2);
        if end == i + 2 {
            continue;
        }
        let cue = (i, i + 2);
        let comma_after = tokens.get(end).is_some_and(|t| t.is(","));
        if i == 0 && comma_after {
            frames.push(frame(
                text,
                tokens,
                (i + 2, end),
                cue,
                (0, end + 1),
                vec![rest(tokens, end + 1)],
            ));
        } else if i > 1 && tokens[i - 1].is(",") {
            let mut claim = vec![Piece::Tokens(0, i - 1)];
            if comma_after && end + 2 < n {
                claim.push(Piece::Tokens(end + 1, n));
            }
            frames.push(frame(
                text,
                tokens,
                (i + 2, end),
                cue,
                (i - 1, end + usize::from(comma_after)),
                claim,
            ));
        }
    }
    frames
}

/// The rest of the sentence from `from`: one quotation when that is all there is.
fn rest(tokens: &[Token], from: usize) -> Piece {
    let only_quote = tokens.get(from).is_some_and(Token::is_quote)
        && tokens[from + 1..]
            .iter()
            .all(|t| !t.is_word() && !t.is_quote());
    if only_quote {
        Piece::Quote(from)
    } else {
        Piece::Tokens(from, tokens.len())
    }
}

fn frame(
    text: &str,
    tokens: &[Token],
    phrase: (usize, usize),
    cue: (usize, usize),
    own: (usize, usize),
    claim: Vec<Piece>,
) -> Frame {
    match owned(text, tokens, phrase) {
        Some(channel) => Frame {
            speaker: channel.owner,
            via: channel.via,
            channel: true,
            cue,
            own,
            claim,
        },
        None => Frame {
            speaker: phrase,
            via: words(text, tokens, skip_articles(tokens, phrase)),
            channel: false,
            cue,
            own,
            claim,
        },
    }
}

/// The first "in|through|via ... <channel noun> ..." of a sentence that has an owner.
pub fn channel(text: &str, tokens: &[Token]) -> Option<Channel> {
    let n = tokens.len();
    (0..n)
        .filter(|&i| ["in", "through", "via"].iter().any(|p| tokens[i].is(p)))
        .find_map(|i| {
            let end = (i + 1..n).find(|&t| !tokens[t].is_word()).unwrap_or(n);
            owned(text, tokens, (i + 1, end.min(i + 9)))
        })
}

/// The channel in the words `[from, to)`, when they name one with its owner: "a subsequent
/// Kremlin statement", "Kremlin communications", "the ministry’s statement", "a statement
/// from the Health Ministry".
fn owned(text: &str, tokens: &[Token], (from, to): (usize, usize)) -> Option<Channel> {
    let noun = (from..to).find(|&t| has(CHANNELS, &tokens[t].lower))?;
    let mut start = noun;
    while start > from && tokens[start - 1].capitalised(text) {
        start -= 1;
    }
    let before = (start < noun).then_some((start, noun));
    let after = || {
        tokens
            .get(noun + 1)
            .filter(|t| ["by", "from", "of"].iter().any(|p| t.is(p)))?;
        let owner = skip_articles(tokens, (noun + 2, to));
        (owner.0 < owner.1 && tokens[owner.0].capitalised(text)).then_some(owner)
    };
    let owner = before.or_else(after)?;
    let name = words(text, tokens, owner);
    let name = name
        .strip_suffix("’s")
        .or_else(|| name.strip_suffix("'s"))
        .unwrap_or(&name);
    let noun_text = &text[tokens[noun].start..tokens[noun].end];
    Some(Channel {
        owner,
        via: format!("{name} {noun_text}"),
    })
}

fn skip_articles(tokens: &[Token], (mut from, to): (usize, usize)) -> (usize, usize) {
    while from < to && ["the", "a", "an"].iter().any(|a| tokens[from].is(a)) {
        from += 1;
    }
    (from, to)
}

/// The words `[from, to)` as written, single-spaced.
pub fn words(text: &str, tokens: &[Token], (from, to): (usize, usize)) -> String {
    if from >= to {
        return String::new();
    }
    text[tokens[from].start..tokens[to - 1].end]
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::super::{sentences, tokens};
    use super::*;

    #[test]
    fn frames_name_who_and_through_what() {
        // (sentence, [(speaker, via, claim pieces)])
        type Case = (
            &'static str,
            &'static [(&'static str, &'static str, &'static str)],
        );
        let cases: &[Case] = &[
            (
                "According to the Port Authority, wages rise.",
                &[("the Port Authority", "Port Authority", "wages rise.")],
            ),
            (
                "Wages rise, according to a Kremlin statement.",
                &[("Kremlin", "Kremlin statement", "Wages rise")],
            ),
            (
                "Wages, according to Reuters, rise.",
                &[("Reuters", "Reuters", "Wages | rise.")],
            ),
            (
                "As noted in Kremlin communications, \"Peace.\"",
                &[("Kremlin", "Kremlin communications", "[quote]")],
            ),
            (
                "Reported by Fox News, he was quoted saying, \"Hi.\"",
                &[("Fox News", "Fox News", "he was quoted saying, \"Hi.\"")],
            ),
            (
                "According to plan, nothing happened.",
                &[("plan", "plan", "nothing happened.")],
            ),
            ("Wages rose as expected.", &[]),
            ("The according-to clause is missing.", &[]),
        ];
        for (sentence, expected) in cases {
            let split = sentences::split(sentence);
            let tokens = tokens::tokenize(sentence, &split[0]);
            let found: Vec<(String, String, String)> = frames(sentence, &tokens)
                .iter()
                .map(|f| {
                    let claim: Vec<String> = f
                        .claim
                        .iter()
                        .map(|p| match *p {
                            Piece::Tokens(from, to) => words(sentence, &tokens, (from, to)),
                            Piece::Quote(_) => "[quote]".into(),
                        })
                        .collect();
                    (
                        words(sentence, &tokens, f.speaker),
                        f.via.clone(),
                        claim.join(" | "),
                    )
                })
                .collect();
            let expected: Vec<(String, String, String)> = expected
                .iter()
                .map(|&(s, v, c)| (s.into(), v.into(), c.into()))
                .collect();
            assert_eq!(found, expected, "{sentence:?}");
        }
        let sentence =
            "This was reiterated in a subsequent Kremlin statement, with officials agreeing.";
        let tokens = tokens::tokenize(sentence, &sentences::split(sentence)[0]);
        let channel = channel(sentence, &tokens).expect("a channel");
        assert_eq!(words(sentence, &tokens, channel.owner), "Kremlin");
        assert_eq!(channel.via, "Kremlin statement");
    }
}
