//! Attribution patterns around reporting verbs, on the tokens of one sentence.
//!
//! For each reporting verb outside quotations: read back over auxiliaries, negation and
//! adverbs ("did not say", "has also said", "was quoted saying") to the speaker phrase, which
//! ends at punctuation or a clause word; then read forward to the claim:
//!
//! - `that` + clause: "Putin asserted that ..."; a short gap may come first ("told reporters
//!   on Friday that ...");
//! - a quotation, after an optional comma or colon: `he was quoted saying, "..."`;
//! - for some verbs a noun phrase ("underscored the significance of ...") or a clause without
//!   "that" ("said the dam would be finished");
//! - nothing, when the claim came first: `"...," Kessel said`, `"..., " Virtanen said, "..."`
//!   (the two parts joined), "The deal holds, officials said", or inverted `"...," said Brandt`.
//!
//! "It was stressed that ..." is agentless: its source is the channel the sentence names. A
//! reporting verb inside another's claim is reported speech within reported speech and is
//! dropped, unless a conjunction or comma starts a new clause ("... and Trump said that ..."),
//! which then ends the first claim.

use super::claims::{appositive, complement, inverted};
use super::lexicon::{self, ADVERBS, AUXILIARIES, BE, CLAUSE_WORDS, Form, NEGATORS, has};
use super::tokens::Token;

/// A piece of a claim: a run of tokens `[from, to)`, or the words of one quotation token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Piece {
    Tokens(usize, usize),
    Quote(usize),
}

/// One attribution, in token indices of its sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Anchor {
    /// The speaker phrase `[from, to)`; `None` when agentless ("it was emphasised that").
    pub speaker: Option<(usize, usize)>,
    /// The cue `[from, to)`: "asserted", "did not say", "was quoted saying", "according to".
    pub cue: (usize, usize),
    pub claim: Vec<Piece>,
    /// The attribution itself is denied: "did not say that".
    pub denied: bool,
    /// The channel, when a frame of the sentence names one ("Reported by Fox News, ...").
    pub via: Option<String>,
    /// ", adding that ...": the speaker of the claim before, which ends here.
    pub continues: bool,
}

/// The anchors of reporting verbs in `tokens`, in order, nested ones dropped.
pub fn verb_anchors(text: &str, tokens: &[Token]) -> Vec<Anchor> {
    let mut anchors: Vec<Anchor> = Vec::new();
    for i in 0..tokens.len() {
        let Some(anchor) = at_verb(text, tokens, i) else {
            continue;
        };
        if anchor.continues {
            let Some(last) = anchors.last_mut() else {
                continue;
            };
            let Some(&Piece::Tokens(from, to)) = last.claim.last() else {
                continue;
            };
            if !(from..to).contains(&anchor.cue.0) {
                continue;
            }
            *last.claim.last_mut().expect("a piece") = Piece::Tokens(from, anchor.cue.0);
            let (speaker, via) = (last.speaker, last.via.clone());
            anchors.push(Anchor {
                speaker,
                via,
                ..anchor
            });
            continue;
        }
        // Inside the previous claim: a new clause ends that claim; otherwise it is nested.
        if let Some(last) = anchors.last_mut()
            && let Some(&Piece::Tokens(from, to)) = last.claim.last()
            && (from..to).contains(&anchor.cue.0)
        {
            let Some((cut, start)) = new_clause(tokens, &anchor, from) else {
                continue;
            };
            *last.claim.last_mut().expect("a piece") = Piece::Tokens(from, cut);
            let speaker = anchor.speaker.map(|(_, to)| (start, to));
            anchors.push(Anchor { speaker, ..anchor });
            continue;
        }
        anchors.push(anchor);
    }
    anchors
}

/// Where a verb anchor inside an earlier claim starts a clause of its own: the end of the
/// earlier claim and the start of this speaker, at the last ", and", "and", "but", "while",
/// "whereas" or ";" of its speaker phrase or just before it.
fn new_clause(tokens: &[Token], anchor: &Anchor, claim_start: usize) -> Option<(usize, usize)> {
    let (from, to) = anchor.speaker?;
    let joins = |t: &Token| {
        ["and", "but", "while", "whereas", ";", ","]
            .iter()
            .any(|w| t.is(w))
    };
    let at = (from.saturating_sub(1).max(claim_start)..to)
        .rev()
        .find(|&k| joins(&tokens[k]))?;
    let mut cut = at;
    while cut > claim_start && joins(&tokens[cut - 1]) {
        cut -= 1;
    }
    (at + 1 < to).then_some((cut, at + 1))
}

/// Words before a noun, and "to" before an infinitive.
const DETERMINERS: &[&str] = &[
    "a", "an", "her", "his", "its", "my", "our", "that", "the", "their", "this", "to", "your",
];

/// The anchor of the reporting verb at `i`, if it is one.
fn at_verb(text: &str, tokens: &[Token], i: usize) -> Option<Anchor> {
    let verb = lexicon::verb(&tokens[i].lower).filter(|_| tokens[i].is_word())?;
    let word = |k: usize| tokens.get(k).filter(|t| t.is_word());
    let mut last = i;
    if verb.lemma == "point" {
        word(i + 1).filter(|t| t.is("out"))?;
        last = i + 1;
    }
    // Back over auxiliaries, negation and adverbs to the speaker.
    let (mut j, mut aux, mut be, mut denied, mut quoted) = (i, false, false, false, false);
    while let Some(w) = j.checked_sub(1).and_then(word) {
        let l = w.lower.as_str();
        if has(AUXILIARIES, l) {
            (aux, be) = (true, be || has(BE, l));
        } else if l.ends_with("n't") {
            (aux, denied) = (true, true);
        } else if has(NEGATORS, l) {
            denied = true;
        } else if verb.form == Form::Ing && (l == "quoted" || (l == "as" && quoted_as(tokens, j))) {
            quoted = true;
        } else if !(has(ADVERBS, l) || (l.ends_with("ly") && !w.capitalised(text))) {
            break;
        }
        j -= 1;
    }
    let mut k = j;
    while let Some(w) = k.checked_sub(1).and_then(word) {
        if has(CLAUSE_WORDS, &w.lower) || j - k >= 12 {
            break;
        }
        k -= 1;
    }
    // "Then he said", "Meanwhile, officials said": not part of the speaker.
    let leading = [
        "and",
        "but",
        "however",
        "meanwhile",
        "moreover",
        "now",
        "so",
        "yet",
    ];
    while k < j && {
        let l = tokens[k].lower.as_str();
        leading.contains(&l) || (has(ADVERBS, l) && !["all", "both", "each"].contains(&l))
    } {
        k += 1;
    }
    let cue = (j, last + 1);
    let passive = be && verb.form == Form::Past && !quoted;
    let mut m = last + 1;
    while word(m).is_some_and(|w| has(ADVERBS, &w.lower) || w.lower.ends_with("ly")) {
        m += 1;
    }
    // "X welcomed the plan but warned that ...": the speaker of the sentence's first clause.
    if k == j && j > 0 && (tokens[j - 1].is("and") || tokens[j - 1].is("but")) {
        let lead = (0..j).find(|&t| !tokens[t].capitalised(text)).unwrap_or(j);
        if lead > 0 && !has(lexicon::FUNCTION_WORDS, &tokens[0].lower) {
            k = 0;
            j = lead;
        }
    }
    // "Putin's claim that ...", "a note that ...": nouns, not verbs.
    if tokens[k..j]
        .last()
        .is_some_and(|t| t.lower.ends_with("'s") || t.lower.ends_with('\''))
    {
        return None;
    }
    match verb.form {
        // "to say", "the report", "a note": no verb.
        Form::Base if !aux && (k == j || has(DETERMINERS, &tokens[j - 1].lower)) => return None,
        // "..., adding that ...": goes on with the speaker of the claim before.
        Form::Ing if k == j && j > 0 && tokens[j - 1].is(",") => {
            let claim = complement(tokens, verb, m, k, true)?;
            return Some(Anchor {
                speaker: None,
                cue,
                claim,
                denied: false,
                via: None,
                continues: true,
            });
        }
        Form::Ing => {
            // "officials clarifying that", not "by saying" or "Highlighting".
            let prepositions = ["about", "by", "for", "in", "of", "on", "without"];
            if k == j || prepositions.iter().any(|p| tokens[j - 1].is(p)) {
                return None;
            }
        }
        _ => {}
    }
    let mut speaker = (k < j)
        .then_some((k, j))
        .or_else(|| appositive(text, tokens, j));
    if let Some((from, _)) = speaker {
        k = from;
    }
    if passive {
        let it = k + 1 == j && tokens[k].is("it");
        if word(m).is_some_and(|w| w.is("by")) {
            let end = (m + 1..tokens.len())
                .find(|&t| word(t).is_none_or(|w| w.is("that")))
                .unwrap_or(tokens.len());
            speaker = Some((m + 1, end));
            m = end;
        } else if it {
            speaker = None;
        } else {
            return None;
        }
    }
    if speaker.is_none() && !passive {
        return inverted(tokens, i, cue, denied, verb.form);
    }
    let claim = complement(tokens, verb, m, k, verb.form == Form::Ing)?;
    Some(Anchor {
        speaker,
        cue,
        claim,
        denied,
        via: None,
        continues: false,
    })
}

fn quoted_as(tokens: &[Token], j: usize) -> bool {
    j >= 2 && tokens[j - 2].is("quoted")
}

#[cfg(test)]
mod tests {
    use super::super::{sentences, tokens};
    use super::*;

    /// (sentence, [(speaker phrase, cue, denied)]); "-" for an agentless speaker.
    type Case = (&'static str, &'static [(&'static str, &'static str, bool)]);
    const CASES: &[Case] = &[
        (
            "Putin asserted that peace was near.",
            &[("Putin", "asserted", false)],
        ),
        (
            "Trump did not say that aid was discussed.",
            &[("Trump", "did not say", true)],
        ),
        (
            "Both leaders have acknowledged the necessity.",
            &[("Both leaders", "have acknowledged", false)],
        ),
        (
            "In a statement, it was emphasized that talks go on.",
            &[("-", "was emphasized", false)],
        ),
        (
            "With officials clarifying that aid must stop.",
            &[("officials", "clarifying", false)],
        ),
        (
            "Then he was quoted saying, \"We talked.\"",
            &[("he", "was quoted saying", false)],
        ),
        (
            "\"Talks go on,\" said Brandt.",
            &[("Brandt", "said", false)],
        ),
        (
            "The head, Karin Ost, said: 'Fine.'",
            &[("Karin Ost", "said", false)],
        ),
        (
            "Critics pointed out that costs rose.",
            &[("Critics", "pointed out", false)],
        ),
        (
            "Trump denied saying that aid was discussed.",
            &[("Trump", "denied saying", true)],
        ),
        (
            "A said that B fell, while C said that D rose.",
            &[("A", "said", false), ("C", "said", false)],
        ),
        (
            "Rutte welcomed it but warned it would take years.",
            &[("Rutte", "warned", false)],
        ),
        // Not attributions: nouns, infinitives, nested speech, participles without a speaker.
        ("Putin's claim that the war was over surprised many.", &[]),
        ("The talks aim to clarify the demands.", &[]),
        ("Highlighting concerns, the report noted nothing.", &[]),
        ("This stipulation was reiterated in a statement.", &[]),
        ("He left without saying that he would return.", &[]),
    ];

    #[test]
    fn speakers_and_cues() {
        for (sentence, expected) in CASES {
            let split = sentences::split(sentence);
            let tokens = tokens::tokenize(sentence, &split[0]);
            let words =
                |range: (usize, usize)| super::super::channels::words(sentence, &tokens, range);
            let found: Vec<(String, String, bool)> = verb_anchors(sentence, &tokens)
                .iter()
                .map(|a| (a.speaker.map_or("-".into(), words), words(a.cue), a.denied))
                .collect();
            let expected: Vec<(String, String, bool)> = expected
                .iter()
                .map(|&(s, c, d)| (s.into(), c.into(), d))
                .collect();
            assert_eq!(found, expected, "{sentence:?}");
        }
    }
}
