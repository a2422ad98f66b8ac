//! The claim of a reporting verb: what follows it ("that" + clause, a quotation, a noun
//! phrase, a clause without "that", after a short gap such as "told reporters on Friday"), or
//! what came before its speaker (`"...," Kessel said`; "The deal holds, officials said"), or,
//! with the speaker after the verb, `"...," said Brandt`; and a speaker set off by commas,
//! "The ministry's head, Karin Ost, said".

use super::attribution::{Anchor, Piece};
use super::lexicon::{self, CLAUSE_WORDS, Form, has};
use super::tokens::Token;

/// The claim after the verb (from `m`), or before the speaker (who starts at `k`).
pub fn complement(
    tokens: &[Token],
    verb: lexicon::Verb,
    m: usize,
    k: usize,
    ing: bool,
) -> Option<Vec<Piece>> {
    let n = tokens.len();
    let at = |t: usize| tokens.get(t);
    let is = |t: usize, w: &str| at(t).is_some_and(|x| x.is(w));
    let quote = |t: usize| at(t).is_some_and(Token::is_quote);
    let before = k.checked_sub(1);
    // A quotation that is its clause, not part of it ("dismissed it as "militarisation"").
    let whole_quote = |t: usize| quote(t) && (t == 0 || !tokens[t - 1].is_word());
    let quote_before = before.filter(|&b| whole_quote(b)).or_else(|| {
        before
            .filter(|&b| is(b, ",") && b > 0 && whole_quote(b - 1))
            .map(|b| b - 1)
    });
    if let Some(q) = quote_before
        && is(m, ",")
        && quote(m + 1)
    {
        return Some(vec![Piece::Quote(q), Piece::Quote(m + 1)]);
    }
    if is(m, "that") {
        return Some(vec![Piece::Tokens(m + 1, n)]);
    }
    if quote(m) {
        return Some(vec![Piece::Quote(m)]);
    }
    if (is(m, ",") || is(m, ":")) && quote(m + 1) {
        return Some(vec![Piece::Quote(m + 1)]);
    }
    if is(m, ":") || (is(m, ",") && before.is_some_and(|b| is(b, "as"))) {
        return Some(vec![Piece::Tokens(m + 1, n)]);
    }
    if let Some(gap) = gap(tokens, verb, m) {
        return Some(gap);
    }
    // "said in a statement it was ...": past the channel, as if it were not there.
    let channel = (m..n.min(m + 5))
        .take_while(|&t| tokens[t].is_word())
        .find(|&t| has(lexicon::CHANNELS, &tokens[t].lower));
    if let Some(noun) = channel.filter(|_| is(m, "in") || is(m, "on")) {
        return complement(tokens, verb, noun + 1, k, ing);
    }
    if ing {
        return None;
    }
    let starts = at(m).filter(|t| {
        t.is_word()
            && !has(lexicon::NOT_A_CLAIM, &t.lower)
            && !has(CLAUSE_WORDS, &t.lower)
            && !has(lexicon::GAP_STARTS, &t.lower)
    });
    if let Some(start) = starts {
        let pronoun = has(lexicon::PRONOUNS, &start.lower);
        let words = tokens[m..]
            .iter()
            .take_while(|t| t.is_word() || t.is_quote())
            .count();
        if verb.takes.object && !pronoun {
            return Some(vec![Piece::Tokens(m, n)]);
        }
        if verb.takes.bare_clause && words >= 3 {
            return Some(vec![Piece::Tokens(m, n)]);
        }
    }
    if at(m).is_some_and(|t| ["nothing", "no", "so", "yes"].iter().any(|w| t.is(w))) {
        return None;
    }
    // Nothing after the verb but a few words ("told reporters", "said on Friday").
    let rest = tokens[m.min(n)..]
        .iter()
        .take_while(|t| t.is_word())
        .count();
    let ends =
        rest <= 6 && at(m + rest).is_none_or(|t| [".", "!", "?", ",", ";"].iter().any(|p| t.is(p)));
    if !ends {
        return None;
    }
    if let Some(q) = quote_before {
        return Some(vec![Piece::Quote(q)]);
    }
    // "The deal holds, officials said."
    before
        .filter(|&b| is(b, ",") && b > 0)
        .map(|b| vec![Piece::Tokens(0, b)])
}

/// "said in a statement on Friday that ...", "told reporters that ...", "told Fox News: "..."".
fn gap(tokens: &[Token], verb: lexicon::Verb, m: usize) -> Option<Vec<Piece>> {
    let first = tokens.get(m).filter(|t| t.is_word())?;
    let opens = has(lexicon::GAP_STARTS, &first.lower)
        || first.lower.ends_with("ly")
        || matches!(verb.lemma, "tell" | "assure");
    if !opens {
        return None;
    }
    for t in m..tokens.len().min(m + 10) {
        let token = &tokens[t];
        if token.is("that") {
            return Some(vec![Piece::Tokens(t + 1, tokens.len())]);
        }
        if (token.is(",") || token.is(":")) && tokens.get(t + 1).is_some_and(Token::is_quote) {
            return Some(vec![Piece::Quote(t + 1)]);
        }
        if !token.is_word() {
            return None;
        }
    }
    None
}

/// `"...," said Brandt.` or `The deal holds, said the minister.`: the speaker follows the verb.
pub fn inverted(
    tokens: &[Token],
    i: usize,
    cue: (usize, usize),
    denied: bool,
    form: Form,
) -> Option<Anchor> {
    if !matches!(form, Form::Past | Form::Present) || cue.0 == 0 || cue.0 != i {
        return None;
    }
    let end = (i + 1..tokens.len())
        .find(|&t| !tokens[t].is_word())
        .unwrap_or(tokens.len());
    let after = tokens.get(end);
    if end == i + 1 || end - i > 8 || after.is_some_and(|t| !(t.is(".") || t.is(","))) {
        return None;
    }
    let before = &tokens[i - 1];
    let whole_quote = |t: usize| tokens[t].is_quote() && (t == 0 || !tokens[t - 1].is_word());
    let claim = if whole_quote(i - 1) {
        Piece::Quote(i - 1)
    } else if before.is(",") && i >= 2 && whole_quote(i - 2) {
        Piece::Quote(i - 2)
    } else if before.is(",") && i >= 2 {
        Piece::Tokens(0, i - 1)
    } else {
        return None;
    };
    Some(Anchor {
        speaker: Some((i + 1, end)),
        cue,
        claim: vec![claim],
        denied,
        via: None,
        continues: false,
    })
}

/// The speaker set off by commas before the verb: "The ministry's head, Karin Ost, said" or
/// "Kessel, the union leader, said".
pub fn appositive(text: &str, tokens: &[Token], j: usize) -> Option<(usize, usize)> {
    let segment = |end: usize| {
        let mut start = end;
        while start > 0 && tokens[start - 1].is_word() {
            start -= 1;
        }
        (start < end).then_some((start, end))
    };
    let name = |(from, to): (usize, usize)| {
        to - from <= 5
            && !has(lexicon::FUNCTION_WORDS, &tokens[from].lower)
            && tokens[from..to]
                .iter()
                .all(|t| t.capitalised(text) || has(lexicon::PARTICLES, &t.lower))
    };
    let comma = |t: usize| tokens.get(t).is_some_and(|t| t.is(","));
    if j == 0 || !comma(j - 1) {
        return None;
    }
    let near = segment(j - 1)?;
    if name(near) && (near.0 == 0 || comma(near.0 - 1)) {
        return Some(near);
    }
    // "Zelensky, speaking in Kyiv, said", "Kessel, the union leader, said"
    if near.1 - near.0 <= 8 && near.0 > 0 && comma(near.0 - 1) {
        let far = segment(near.0 - 1)?;
        if name(far) && (far.0 == 0 || !tokens[far.0 - 1].is_word()) {
            return Some(far);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::super::{attribution, channels, sentences, tokens};
    use super::Piece;

    /// (sentence, the claim pieces of each attribution, quotations in brackets).
    const CASES: &[(&str, &[&str])] = &[
        ("Putin asserted that peace was near.", &["peace was near."]),
        (
            "Kessel told reporters on Friday that pay rose.",
            &["pay rose."],
        ),
        (
            "Drozd said the dam would be finished.",
            &["the dam would be finished."],
        ),
        (
            "Putin underscored the need for talks.",
            &["the need for talks."],
        ),
        ("He said, \"We talked.\"", &["[We talked.]"]),
        (
            "\"It fell,\" Virtanen said, \"and we pay.\"",
            &["[It fell,] [and we pay.]"],
        ),
        ("\"Talks go on,\" said Brandt.", &["[Talks go on,]"]),
        ("The deal holds, officials said.", &["The deal holds"]),
        (
            "The White House said in a statement it was fine.",
            &["it was fine."],
        ),
        ("Putin said it.", &[]),
        ("Putin noted it.", &[]),
        ("Putin said nothing.", &[]),
        ("Officials did not say whether talks would resume.", &[]),
        ("Peskov said on Friday.", &[]),
    ];

    #[test]
    fn claims() {
        for (sentence, expected) in CASES {
            let split = sentences::split(sentence);
            let tokens = tokens::tokenize(sentence, &split[0]);
            let piece = |p: &Piece| match *p {
                Piece::Tokens(from, to) => channels::words(sentence, &tokens, (from, to)),
                Piece::Quote(t) => {
                    let tokens::Kind::Quote(q) = tokens[t].kind else {
                        unreachable!()
                    };
                    let (s, e) = split[0].quotes[q].inner;
                    format!("[{}]", &sentence[s..e])
                }
            };
            let found: Vec<String> = attribution::verb_anchors(sentence, &tokens)
                .iter()
                .map(|a| a.claim.iter().map(piece).collect::<Vec<_>>().join(" "))
                .collect();
            assert_eq!(found, *expected, "{sentence:?}");
        }
    }
}
