//! Normalises and tokenises a statement once, so that the checks can compare many pairs
//! cheaply. Hands on a [`Text`]: tokens with byte spans into the original, case-folded and
//! stemmed forms, numbers read, clause numbers, and each token's polarity (negated or not).
//!
//! Tokenisation is Unicode-aware (letters and digits of any script), splits English
//! contractions (`isn't` -> `is` + `n't`), joins hyphenated words (`cease-fire` ->
//! `ceasefire`) but splits a number from its unit (`30-day` -> `30` + `day`).

use super::lexicon::{self, Senses};
use super::{antonyms, dates, negation, numbers, quantifiers, ranks};
use rust_stemmers::{Algorithm, Stemmer};
use std::ops::Range;
use std::sync::OnceLock;

/// What a token is, for the checks.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Class {
    /// A word that carries content ("guitar", "discussed").
    Content,
    /// A function word ("the", "is", "of"): kept for scope, ignored for alignment.
    Stop,
    /// A negation cue ("not", "n't", "no", "never", "без").
    Negation,
    /// A number, read from digits or words ("175", "thirty").
    Number(f64),
    /// Punctuation or a conjunction that ends a clause.
    Boundary,
}

/// One token of a statement.
#[derive(Debug, Clone, PartialEq)]
pub struct Token {
    /// Byte span in the original text.
    pub span: Range<usize>,
    /// Case-folded surface form, hyphens dropped: "Cease-fire" -> "ceasefire".
    pub lower: String,
    /// Stem of `lower` (Snowball English, or Russian for Cyrillic words).
    pub stem: String,
    /// A hash of `stem`, so that pairs compare integers, not strings.
    pub stem_id: u64,
    /// For content words: the WordNet senses of the stem, if known.
    pub senses: Option<&'static Senses>,
    /// For content words: the stem ids of the word's antonyms, if it has any.
    pub opposites: Option<&'static [u64]>,
    /// For a word WordNet does not know that is "un-" before one it does ("uncontained",
    /// "unvaccinated"): the stem id of that word, its opposite.
    pub unprefixed: Option<u64>,
    pub class: Class,
    /// Written with a capital letter, not at the start of a sentence: a name (days and months
    /// are not).
    pub proper: bool,
    /// Index of the clause the token is in.
    pub clause: usize,
    /// True when an odd number of negation cues has this token in scope.
    pub negated: bool,
    /// True when the token only modifies a noun phrase: it is in the scope of "without" or
    /// "with no", or in a relative clause ("a flute which is not played"). A denial there
    /// describes a referent rather than making the claim.
    pub modifier: bool,
    /// How much the token counts in alignment coverage and similarity: 1 for content words;
    /// 0.3 for reporting verbs ("said", "discussed"), which say how a claim was made rather
    /// than what it is about; 0.1 for a passive one, whose subject is the whole point
    /// ("assistance was not discussed").
    pub weight: f64,
    /// A verb of saying ("said", "announced", "told"): the words around it may name who says,
    /// not what is said.
    pub reporting: bool,
    /// In an attribution set apart from the claim ("..., the ministry said on Friday"): it
    /// says who makes the claim and when, not what is claimed.
    pub attribution: bool,
}

/// What alignment needs of a content or number token, kept together so that a pair scans a
/// short array rather than whole tokens.
#[derive(Debug, Clone, Copy)]
pub struct Slot {
    /// The token's index.
    pub index: usize,
    /// For a number, its value; `None` for a content word.
    pub number: Option<f64>,
    pub stem_id: u64,
    pub proper: bool,
    pub senses: Option<&'static Senses>,
    /// A light verb ("make", "take"): so general that WordNet relates it to almost any verb
    /// ("made a landing" / "nobody was hurt"), it aligns only with itself.
    pub light: bool,
    /// The groups of verbs of one event the word is in
    /// ([`news_groups`](super::similarity::news_groups)), as bits: words of one group align as
    /// synonyms.
    pub news: u32,
    /// One bit of 64 for the token's stem, or for its value if it is a number
    /// ([`Slot::bit_of`]): tokens that align as the same word or number have the same bit.
    pub bit: u64,
    /// The word's first byte when it has four bytes or more: two spellings of one name, and a
    /// place and its people, start alike and are that long
    /// ([`spelling_variants`](super::similarity::spelling_variants),
    /// [`demonym`](super::similarity::demonym)). `None` for a shorter word.
    pub initial: Option<u8>,
}

impl Slot {
    /// The bit of a stem id, or of a number's value (for which `-0` is `0`), among 64: equal
    /// stems and equal values have equal bits.
    pub fn bit_of(number: Option<f64>, stem_id: u64) -> u64 {
        let key = match number {
            Some(value) => (value + 0.0).to_bits(),
            None => stem_id,
        };
        1 << (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 58)
    }
}

/// A statement, tokenised once.
#[derive(Debug, Clone)]
pub struct Text {
    /// The original text; spans index into it.
    pub raw: String,
    /// A hash of `raw`: pairs are compared in an order fixed by their texts (so a verdict does
    /// not depend on which came first), and this settles that order without reading the texts.
    pub order: u64,
    pub tokens: Vec<Token>,
    /// Hedged by a modal or a reporting adverb ("may", "reportedly"): findings score lower.
    pub hedged: bool,
    /// Reports a claim together with its denial ("..., an allegation her office denied", "...,
    /// a claim disputed by the union"): it vouches for neither side.
    pub disputed: bool,
    /// Some token is in the scope of a negation.
    pub any_negated: bool,
    /// The content and number tokens, those alignment looks at, in order.
    pub alignable: Vec<Slot>,
    /// The bits of the alignable tokens ([`Slot::bit`]), together: a token of another
    /// statement whose bit is not among them has neither the stem nor the value of any.
    pub slot_bits: u64,
    /// The numbers that count something, with what they count.
    pub quantities: Vec<numbers::Quantity>,
    /// The dates in the text.
    pub dates: Vec<dates::Date>,
    /// Its quantifiers: "all", "except Hungary", "only the Greens".
    pub quantified: quantifiers::Quantified,
    /// The months it names, as bits (1 << month number): "in October" places a figure in
    /// time even where no date is read.
    pub months: u16,
    /// Ordinals, points of the compass and sides ("men's", "girls") before a content word
    /// ("the first round", "the northern district", "the women's team"), by token index: they
    /// pick one of a series.
    pub ordinals: Vec<usize>,
    /// The places it gives named competitors ("Sorell came third"): see [`ranks`].
    pub ranks: Vec<ranks::Rank>,
    /// Whether it speaks of a time gone ("last year", "two years ago"), bit 1, and of now
    /// ("now", "currently"), bit 2: see [`dates::then_and_now`].
    pub times: u8,
    /// Indices of the names the statement is about: content words capitalised inside a
    /// sentence ([`Token::proper`]) that do not say who makes the claim ("Kyiv said", "said
    /// Peskov", "according to Moscow").
    pub names: Vec<usize>,
    /// The stem ids of its tokens, and the stem ids of its words' antonyms, each sorted and
    /// once: whether a word of one statement has an antonym in another is then a merge of two
    /// short lists, done for every compared pair.
    pub stem_ids: Vec<u64>,
    pub opposite_ids: Vec<u64>,
    /// The [`Token::unprefixed`] ids of its words, sorted and once (mostly none).
    pub unprefixed_ids: Vec<u64>,
    /// The particles that follow a content word ("turning on", "jumping off"), as bits of
    /// [`antonyms::particle`]: a quick test of whether two statements may hold opposite ones.
    pub particles: u8,
    /// The stem ids and weights of the alignable tokens that are not names, sorted by id: for
    /// a quick test of how much of the rest of one statement another says word for word.
    pub body: Vec<(u64, f64)>,
    /// The sum of the weights in `body`.
    pub body_weight: f64,
    /// The statement opens with an indefinite noun phrase ("A man ...", "Two dogs ...",
    /// "There is a ..."): it may be about another referent than a statement on the same topic,
    /// so opposite words in the two need not clash.
    pub indefinite: bool,
    /// Some word is written as an acronym, two to six capitals ("IMF"): alignment then looks
    /// for the name it shortens in the other statement.
    pub acronym: bool,
    /// The text holds a hyphen: only then may a word of it be a compound of names
    /// ("the Arvenia-Tolsk summit").
    pub hyphen: bool,
}

/// Determiners that introduce a new, indefinite referent.
const INDEFINITE_DETERMINERS: &[&str] = &[
    "a", "an", "another", "any", "few", "many", "several", "some", "somebody", "someone", "there",
];

impl Text {
    /// Tokenises `raw` and marks negation scope.
    ///
    /// `"The bridge isn't open."` -> the, bridge, is, n't, open (negated), `.`
    pub fn new(raw: &str) -> Text {
        let mut tokens = split(raw);
        // A statement in capitals ("ACME FOODS SALES COME IN AT $2.9 BILLION") says nothing
        // by its capitals: none of its words is taken for a name.
        if !raw.chars().any(char::is_lowercase) {
            for token in &mut tokens {
                token.proper = false;
            }
        }
        name_openings(raw, &mut tokens);
        read_numbers(raw, &mut tokens);
        read_changes(&mut tokens);
        drop_speaker(&mut tokens);
        open_subordinate_clauses(&mut tokens);
        let mut clause = 0;
        let mut relative = false;
        for token in &mut tokens {
            if token.class == Class::Boundary {
                clause += 1;
                relative = RELATIVE_PRONOUNS.contains(&token.lower.as_str());
            }
            token.clause = clause;
            token.modifier = relative;
        }
        drop_emphasis(&mut tokens);
        weigh(&mut tokens);
        weigh_attribution(&mut tokens);
        negation::mark_scope(&mut tokens);
        // "claimed that ...", "claims that ...": an allegation reported, not vouched for.
        let claims_that = tokens.windows(2).any(|w| {
            matches!(w[0].lower.as_str(), "claim" | "claimed" | "claims") && w[1].lower == "that"
        });
        let hedged = claims_that
            || tokens.iter().enumerate().any(|(i, t)| {
                HEDGES.binary_search(&t.lower.as_str()).is_ok() && !dates::may_month(&tokens, i)
            });
        let disputed = reports_dispute(&tokens);
        let indefinite = tokens
            .iter()
            .find(|t| t.class != Class::Boundary)
            .is_some_and(|t| {
                matches!(t.class, Class::Number(_))
                    || INDEFINITE_DETERMINERS
                        .binary_search(&t.lower.as_str())
                        .is_ok()
            });
        let mut text = Text {
            raw: raw.to_string(),
            order: stem_id(raw),
            any_negated: tokens.iter().any(|t| t.negated),
            alignable: tokens
                .iter()
                .enumerate()
                .filter_map(|(index, t)| {
                    let number = match t.class {
                        Class::Number(value) => Some(value),
                        Class::Content => None,
                        _ => return None,
                    };
                    Some(Slot {
                        index,
                        number,
                        stem_id: t.stem_id,
                        proper: t.proper,
                        senses: t.senses,
                        light: LIGHT_VERBS.contains(&t.stem.as_str()),
                        news: super::similarity::news_groups(t.stem_id),
                        bit: Slot::bit_of(number, t.stem_id),
                        initial: (t.lower.len() >= 4).then(|| t.lower.as_bytes()[0]),
                    })
                })
                .collect(),
            tokens,
            hedged,
            disputed,
            indefinite,
            hyphen: raw.contains('-'),
            acronym: raw.split(|c: char| !c.is_alphanumeric()).any(|word| {
                (2..=6).contains(&word.len()) && word.bytes().all(|c| c.is_ascii_uppercase())
            }),
            quantities: Vec::new(),
            dates: Vec::new(),
            names: Vec::new(),
            stem_ids: Vec::new(),
            opposite_ids: Vec::new(),
            unprefixed_ids: Vec::new(),
            particles: 0,
            slot_bits: 0,
            body: Vec::new(),
            body_weight: 0.0,
            quantified: quantifiers::Quantified::default(),
            months: 0,
            ordinals: Vec::new(),
            ranks: Vec::new(),
            times: 0,
        };
        text.slot_bits = text.alignable.iter().fold(0, |bits, s| bits | s.bit);
        text.stem_ids = text.tokens.iter().map(|t| t.stem_id).collect();
        text.opposite_ids = text
            .tokens
            .iter()
            .filter_map(|t| t.opposites)
            .flatten()
            .copied()
            .collect();
        text.particles = text
            .tokens
            .windows(2)
            .filter(|w| w[0].class == Class::Content)
            .fold(0, |set, w| set | antonyms::particle(&w[1].lower));
        text.unprefixed_ids = text.tokens.iter().filter_map(|t| t.unprefixed).collect();
        for ids in [
            &mut text.stem_ids,
            &mut text.opposite_ids,
            &mut text.unprefixed_ids,
        ] {
            ids.sort_unstable();
            ids.dedup();
        }
        // Names are left out, and so is a capitalised word no dictionary knows, which may be a
        // name at a sentence's start ("Nora Fielding was born ..." / "... that Nora Fielding
        // was born ...").
        let maybe_name = |s: &&Slot| {
            s.senses.is_none()
                && s.number.is_none()
                && text.raw[text.tokens[s.index].span.clone()].starts_with(char::is_uppercase)
        };
        text.body = text
            .alignable
            .iter()
            .filter(|s| !s.proper && !maybe_name(s))
            .map(|s| (s.stem_id, text.tokens[s.index].weight))
            .collect();
        text.body.sort_unstable_by_key(|&(id, _)| id);
        text.body_weight = text.body.iter().map(|&(_, w)| w).sum();
        text.dates = dates::dates(&text);
        // "Q2" and the "second" of "the second quarter of 2025" are a date, not a name or one
        // of a series.
        let in_part_of_year = |i: usize| text.dates.iter().any(|d| d.part_of_year(i));
        text.names = (0..text.tokens.len())
            .filter(|&i| {
                let t = &text.tokens[i];
                t.proper
                    && t.class == Class::Content
                    && !HONORIFICS.contains(&t.lower.as_str())
                    && !attributes(&text.tokens, i)
                    && !in_part_of_year(i)
            })
            .collect();
        text.months = (0..text.tokens.len())
            .filter_map(|i| {
                let t = &text.tokens[i];
                if dates::may_month(&text.tokens, i) {
                    return Some(5);
                }
                (t.class == Class::Content && t.lower.len() >= 3)
                    .then(|| dates::month_number(&t.lower))
                    .flatten()
            })
            .fold(0, |set, m| set | 1 << m);
        text.ordinals = (0..text.tokens.len().saturating_sub(1))
            .filter(|&i| {
                text.tokens[i + 1].class == Class::Content
                    && text.tokens[i].class == Class::Content
                    && super::is_ordinal(&text.tokens[i].lower)
                    && !in_part_of_year(i)
            })
            .collect();
        text.ranks = ranks::ranks(&text);
        text.times = dates::times(&text);
        text.quantities = numbers::quantities(&text);
        // A figure aligns by its value, scale word and all: "£1.2 billion" / "£1.2bn", but not
        // "1.2 million".
        for q in &text.quantities {
            let (index, value) = q.value_at();
            // (Of numbers only: a word read as a time, "morning", stays a word.)
            let slot = text.alignable.iter_mut().find(|s| s.index == index);
            if let Some(slot) = slot.filter(|s| s.number.is_some()) {
                slot.number = Some(value);
                slot.bit = Slot::bit_of(slot.number, slot.stem_id);
            }
        }
        text.slot_bits = text.alignable.iter().fold(0, |bits, s| bits | s.bit);
        text.quantified = quantifiers::Quantified::of(&text);
        text
    }

    /// The content tokens, those that alignment looks at.
    pub fn content(&self) -> impl Iterator<Item = (usize, &Token)> {
        // The alignable tokens that are not numbers: a short list, which spares the pairs'
        // coverage sums a pass over every token.
        self.alignable
            .iter()
            .filter(|s| s.number.is_none())
            .map(|s| (s.index, &self.tokens[s.index]))
    }

    /// The original text of a token.
    pub fn surface(&self, token: &Token) -> &str {
        &self.raw[token.span.clone()]
    }
}

/// Reads "up from" and "down from" ("turnout was 61 percent, up from 58") as the verbs of
/// change they stand for, "rise" and "fall", so that they meet "rose" as the same claim and
/// "fell" as its opposite.
fn read_changes(tokens: &mut [Token]) {
    for i in 0..tokens.len() {
        let from_next = tokens.get(i + 1).is_some_and(|t| t.lower == "from");
        // A phrasal verb said in one word: "voted down" -> reject, "called off" -> cancel.
        if i > 0
            && let Some(meaning) = phrasal(&tokens[i - 1].lower, &tokens[i].lower)
        {
            read_as(&mut tokens[i - 1], meaning);
            tokens[i].class = Class::Stop;
            continue;
        }
        // "last year", "last Tuesday": a time, not the opposite of "first".
        if tokens[i].lower == "last"
            && tokens.get(i + 1).is_some_and(|t| {
                dates::is_calendar_word(&t.lower)
                    || matches!(
                        t.lower.as_str(),
                        "autumn"
                            | "century"
                            | "decade"
                            | "month"
                            | "night"
                            | "season"
                            | "spring"
                            | "summer"
                            | "week"
                            | "weekend"
                            | "winter"
                            | "year"
                    )
            })
        {
            tokens[i].class = Class::Stop;
            tokens[i].opposites = None;
            tokens[i].unprefixed = None;
            tokens[i].senses = None;
            continue;
        }
        // "failed to sign" denies signing; "the motion failed" says how a vote went, the
        // opposite of "passed".
        if matches!(tokens[i].lower.as_str(), "fail" | "failed" | "fails")
            && tokens.get(i + 1).is_none_or(|t| t.lower != "to")
        {
            read_as(&mut tokens[i], "failing");
            continue;
        }
        // "Rovers were beaten at Pellingham" says Rovers lost: the passive of a verb of
        // defeat is losing, the opposite of "won" (and of "passed": "the bill was defeated").
        if matches!(
            tokens[i].lower.as_str(),
            "beaten" | "defeated" | "routed" | "thrashed" | "trounced"
        ) && i > 0
            && matches!(
                tokens[i - 1].lower.as_str(),
                "be" | "been" | "being" | "got" | "is" | "are" | "was" | "were"
            )
        {
            read_as(&mut tokens[i], "lost");
            continue;
        }
        // "was killed" is "died": the one it befell died ("Nobody was killed" / "Two people
        // died").
        if tokens[i].lower == "killed"
            && i > 0
            && matches!(
                tokens[i - 1].lower.as_str(),
                "be" | "been" | "being" | "is" | "are" | "was" | "were"
            )
        {
            read_as(&mut tokens[i], "died");
            continue;
        }
        // "declined the offer" rejects it: a determiner and a noun after it, and no figure
        // ("declined a further 3%", "declined the most since 2020" say how a value went).
        if matches!(
            tokens[i].lower.as_str(),
            "decline" | "declined" | "declines"
        ) && declines_a_thing(tokens, i)
        {
            read_as(&mut tokens[i], "reject");
            continue;
        }
        // "declined to raise rates" denies raising them; "exports declined to $4bn" say how
        // exports went, the opposite of "rose".
        if matches!(
            tokens[i].lower.as_str(),
            "decline" | "declined" | "declines"
        ) && !(tokens.get(i + 1).is_some_and(|t| t.lower == "to")
            && tokens
                .get(i + 2)
                .is_some_and(|t| t.class == Class::Content && t.senses.is_some_and(|s| s.verb())))
        {
            read_as(&mut tokens[i], "declining");
            continue;
        }
        // "will keep generating" continues: the opposite of "will stop generating".
        if matches!(
            tokens[i].lower.as_str(),
            "keep" | "keeps" | "kept" | "keeping"
        ) && tokens.get(i + 1).is_some_and(|t| {
            t.lower.len() > 5 && t.lower.ends_with("ing") && t.senses.is_some_and(|s| s.verb())
        }) {
            read_as(&mut tokens[i], "continue");
            continue;
        }
        // "shut down for good" is "closed permanently"; not "for good reason".
        if tokens[i].lower == "for"
            && tokens.get(i + 1).is_some_and(|t| t.lower == "good")
            && tokens.get(i + 2).is_none_or(|t| t.class != Class::Content)
        {
            tokens[i].class = Class::Stop;
            read_as(&mut tokens[i + 1], "permanently");
            continue;
        }
        // "prices jumped", "sales dropped 4%": said of an amount, to jump is to rise and to
        // drop to fall (said of a body or a hand, they are left alone: "jumped into the pool").
        if let Some(change) = change_of_amount(tokens, i) {
            read_as(&mut tokens[i], change);
            continue;
        }
        // "no more than 45 mph", "not fewer than 300": a bound on a figure (read with it),
        // not a denial. ("No longer" with no "than" denies, and "not higher than a year
        // earlier" denies "higher".)
        if matches!(tokens[i].lower.as_str(), "no" | "not")
            && tokens
                .get(i + 1)
                .is_some_and(|t| COMPARATIVES.contains(&t.lower.as_str()))
            && tokens.get(i + 2).is_some_and(|t| t.lower == "than")
            && tokens.get(i + 3).is_some_and(|t| {
                matches!(t.class, Class::Number(_)) && !matches!(t.lower.as_str(), "a" | "an")
            })
        {
            tokens[i].class = Class::Stop;
            continue;
        }
        // "walked free" from a court or a prison is to be released.
        if matches!(
            tokens[i].lower.as_str(),
            "walked" | "walks" | "walk" | "walking"
        ) && tokens.get(i + 1).is_some_and(|t| t.lower == "free")
        {
            read_as(&mut tokens[i], "released");
            tokens[i + 1].class = Class::Stop;
            continue;
        }
        // "most farmers", "most of the members": the majority of them (not "the most
        // experienced", "at most").
        if tokens[i].lower == "most"
            && (i == 0 || !matches!(tokens[i - 1].lower.as_str(), "the" | "at" | "a"))
            && tokens.get(i + 1).is_some_and(|t| {
                t.lower == "of"
                    || (t.class == Class::Content
                        && t.senses.is_some_and(|s| s.noun() && !s.adjective()))
            })
        {
            read_as(&mut tokens[i], "majority");
            continue;
        }
        // "has yet to publish" denies it has: a negation cue, not the conjunction "yet".
        if tokens[i].lower == "yet" && tokens.get(i + 1).is_some_and(|t| t.lower == "to") {
            tokens[i].class = Class::Negation;
            continue;
        }
        // "far from cheap", "far from finished": to be far from a state is not to be in it,
        // a negation cue like "not" (but "far from the water" and "far from home" say where).
        if tokens[i].lower == "far"
            && tokens.get(i + 1).is_some_and(|t| t.lower == "from")
            && tokens.get(i + 2).is_some_and(|t| {
                let participle = t.lower.ends_with("ed") && t.senses.is_some_and(|s| s.verb());
                t.class == Class::Content
                    && (participle || t.senses.is_some_and(|s| s.adjective() && !s.noun()))
            })
        {
            tokens[i].class = Class::Negation;
            tokens[i + 1].class = Class::Stop;
            continue;
        }
        // "found not guilty" is one verdict, an acquittal: the opposite of "convicted", and
        // not a denial of the whole clause.
        if tokens[i].lower == "not" && tokens.get(i + 1).is_some_and(|t| t.lower == "guilty") {
            tokens[i].class = Class::Stop;
            read_as(&mut tokens[i + 1], "acquitted");
            tokens[i + 1].lower = "not guilty".to_string();
            continue;
        }
        // "has not yet decided": after a negation "yet" says when, and joins no clauses.
        if tokens[i].lower == "yet" && i > 0 && tokens[i - 1].class == Class::Negation {
            tokens[i].class = Class::Stop;
            continue;
        }
        // "yields up nearly 12%", "sales down 4%": after what changed, and before a figure
        // ("up to 4%" bounds one, "turned up 20 minutes late" moves).
        let figure_next = || {
            i > 0
                && (tokens[i - 1].senses.is_some_and(|s| s.noun())
                    || matches!(
                        tokens[i - 1].lower.as_str(),
                        "," | "is" | "are" | "was" | "were" | "been"
                    ))
                && {
                    let at = match tokens.get(i + 1).map(|t| t.lower.as_str()) {
                        Some(
                            "by" | "nearly" | "almost" | "about" | "around" | "some" | "roughly",
                        ) => i + 2,
                        _ => i + 1,
                    };
                    tokens.get(at).is_some_and(|t| {
                        matches!(t.class, Class::Number(_))
                            && !matches!(t.lower.as_str(), "a" | "an")
                    })
                }
        };
        // "closed 12% higher", "ended 3 points lower": after a figure, which way it went.
        let figure_before = || {
            i > 0
                && (matches!(tokens[i - 1].class, Class::Number(_))
                    || (i > 1
                        && matches!(tokens[i - 1].lower.as_str(), "percent" | "points" | "cents")
                        && matches!(tokens[i - 2].class, Class::Number(_))))
        };
        let verb = match tokens[i].lower.as_str() {
            "up" if from_next || figure_next() => "rise",
            "down" if from_next || figure_next() => "fall",
            "higher" if figure_before() => "rise",
            "lower" if figure_before() => "fall",
            // A stance after a verb that takes one: "voted for" supports, "voted against"
            // opposes.
            "for" | "against" if i > 0 && takes_a_stance(&tokens[i - 1].lower) => {
                if tokens[i].lower == "for" {
                    "support"
                } else {
                    "oppose"
                }
            }
            _ => continue,
        };
        read_as(&mut tokens[i], verb);
    }
}

/// Makes `token` stand for `word`: its class, stem and lexicon entries, keeping its place and
/// surface.
/// "rising" or "falling" when token `i` is "jump" or "drop" (any form) said of an amount: one
/// of [`AMOUNTS`] comes in the six words before it, in its clause ("gas prices jumped", "prices
/// on the wholesale market dropped"), or a number follows ("dropped 4%", "jumped by 12 points",
/// "dropped to 3.1%").
fn change_of_amount(tokens: &[Token], i: usize) -> Option<&'static str> {
    let change = match tokens[i].lower.as_str() {
        "jump" | "jumped" | "jumps" | "jumping" => "rising",
        "drop" | "dropped" | "drops" | "dropping" => "falling",
        _ => return None,
    };
    let of_amount = tokens[..i]
        .iter()
        .rev()
        .take(6)
        .take_while(|t| t.class != Class::Boundary)
        .any(|t| AMOUNTS.binary_search(&t.lower.as_str()).is_ok());
    let by_number = tokens[i + 1..]
        .iter()
        .take(3)
        .any(|t| matches!(t.class, Class::Number(_)));
    (of_amount || by_number).then_some(change)
}

/// Amounts that news says rise and fall ("prices", "turnout"), in the words before the verb.
const AMOUNTS: &[&str] = &[
    "borrowing",
    "cost",
    "costs",
    "demand",
    "emissions",
    "exports",
    "imports",
    "income",
    "index",
    "inflation",
    "output",
    "price",
    "prices",
    "profit",
    "profits",
    "rate",
    "rates",
    "revenue",
    "revenues",
    "sales",
    "share",
    "shares",
    "spending",
    "stock",
    "stocks",
    "turnout",
    "unemployment",
    "value",
    "wages",
    "yield",
    "yields",
];

/// Whether the verb "decline" at `i` takes an object: "declined the offer", "declines an
/// invitation", "declined their request" (see the caller).
fn declines_a_thing(tokens: &[Token], i: usize) -> bool {
    const DETERMINERS: &[&str] = &[
        "a", "an", "any", "her", "his", "its", "our", "the", "their", "this", "that",
    ];
    const DEGREES: &[&str] = &[
        "bit", "fraction", "further", "least", "little", "lot", "most",
    ];
    let word = |k: usize| tokens.get(k).map_or("", |t| t.lower.as_str());
    let figure = (i + 1..tokens.len().min(i + 6))
        .any(|k| matches!(tokens[k].class, Class::Number(_)) || word(k) == "%");
    DETERMINERS.contains(&word(i + 1))
        && !figure
        && tokens.get(i + 2).is_some_and(|t| {
            t.class == Class::Content
                && !DEGREES.contains(&t.lower.as_str())
                && t.senses.is_some_and(|s| s.noun())
        })
}

fn read_as(token: &mut Token, word: &str) {
    let word = analyse_word(word);
    token.class = word.class;
    token.stem_id = word.stem_id;
    token.senses = word.senses;
    token.opposites = word.opposites;
    token.unprefixed = word.unprefixed;
    token.stem = word.stem;
}

/// A statement may open with who says it and a colon ("Audit Office: spending was cut",
/// "Party statement: 'Voters approved the plan'"): those words name the speaker, as "said
/// the Audit Office" would, not what is claimed. They become function words, so that they
/// neither weaken how much two claims share nor count as names the other does not give.
fn drop_speaker(tokens: &mut [Token]) {
    let Some(colon) = tokens.iter().take(7).position(|t| t.lower == ":") else {
        return;
    };
    let speaker = &tokens[..colon];
    let words_only = !speaker.is_empty()
        && speaker
            .iter()
            .all(|t| matches!(t.class, Class::Content | Class::Stop));
    // What follows must be a claim, not only the figure the words before it name
    // ("Brackwell Bank first-half pre-tax profit: £912m").
    let claim_after = tokens[colon + 1..]
        .iter()
        .any(|t| t.class == Class::Content);
    if words_only && claim_after {
        for token in &mut tokens[..colon] {
            token.class = Class::Stop;
            token.proper = false;
        }
    }
}

/// Words that open a clause of time when a clause follows them ("after the committee
/// deadlocked"), and are prepositions otherwise ("after the landslide").
const TIME_CONJUNCTIONS: &[&str] = &["after", "before", "once"];

/// Forms of "be" and "have" that make a clause finite: "before the contract was signed".
const FINITE_AUXILIARIES: &[&str] = &["are", "had", "has", "have", "is", "was", "were"];

/// "after", "before" or "once" followed, within its clause, by a finite verb opens a clause of
/// its own, as "because" does: "failed to secure permission after the committee deadlocked
/// on the application" denies the securing, not the deadlock, and "had never met her before
/// the contract was signed" says the contract was signed. A finite verb is a form of "be" or
/// "have", or a verb in "-ed" after a word that is not a determiner ("the committee
/// deadlocked", not "the revised plan"). As a preposition ("after the landslide", "before
/// being questioned") the word stays a function word.
fn open_subordinate_clauses(tokens: &mut [Token]) {
    const DETERMINERS: &[&str] = &[
        "a", "an", "its", "his", "her", "their", "our", "the", "this",
    ];
    for i in 0..tokens.len() {
        if !TIME_CONJUNCTIONS.contains(&tokens[i].lower.as_str()) || tokens[i].class != Class::Stop
        {
            continue;
        }
        let clause = tokens[i + 1..]
            .iter()
            .take_while(|t| t.class != Class::Boundary)
            .take(8);
        let mut previous = tokens[i].lower.as_str();
        let mut finite = false;
        for t in clause {
            // The lexicon knows few verbs by their "-ed" forms ("deadlocked"): any word in
            // "-ed" of five letters or more that is not a name is taken for one.
            let participle = t.class == Class::Content
                && t.lower.ends_with("ed")
                && t.lower.len() >= 5
                && !t.proper
                && !DETERMINERS.contains(&previous)
                && !TIME_CONJUNCTIONS.contains(&previous);
            if FINITE_AUXILIARIES.contains(&t.lower.as_str()) || participle {
                finite = true;
                break;
            }
            previous = t.lower.as_str();
        }
        if finite {
            tokens[i].class = Class::Boundary;
        }
    }
}

/// Verbs that attribute a claim, by stem (not "report" or "discuss", which may be the claim).
const SAYING: &[&str] = &["add", "said", "say", "state", "tell", "told"];

/// How much a word of an attribution set apart from the claim weighs, as a reporting verb.
const ATTRIBUTION_WEIGHT: f64 = 0.3;

/// Prepositions that open what follows a verb of saying in an attribution: "said on
/// Friday", "said in a statement", "told reporters at the airport".
const ATTRIBUTION_PREPOSITIONS: &[&str] = &[
    "after", "at", "before", "during", "from", "in", "on", "to", "via", "with",
];

/// Lightens the words that say who makes the claim and when, where a comma sets them apart
/// from it ("..., the club said on Friday", "According to the ministry, ...", "..., according
/// to the league's return"): they weigh as a reporting verb does, so that the claim, not its
/// source, decides how much two statements share. A speaker whose claim follows the verb
/// ("Police said 14 people were hurt") is left as it is.
fn weigh_attribution(tokens: &mut [Token]) {
    for r in 0..tokens.len() {
        let according =
            tokens[r].lower == "according" && tokens.get(r + 1).is_some_and(|t| t.lower == "to");
        // A capitalised word is a name, not a verb: "Varna v. State on Tuesday".
        let saying =
            tokens[r].reporting && !tokens[r].proper && SAYING.contains(&tokens[r].stem.as_str());
        if !(saying || according) {
            continue;
        }
        let clause = tokens[r].clause;
        // The claim is in another clause.
        let claim_elsewhere = tokens
            .iter()
            .any(|t| t.clause != clause && t.class == Class::Content);
        if !claim_elsewhere {
            continue;
        }
        let first = (0..r)
            .rev()
            .find(|&k| tokens[k].clause != clause)
            .map_or(0, |k| k + 1);
        let last = (r..tokens.len())
            .find(|&k| tokens[k].clause != clause)
            .unwrap_or(tokens.len());
        // A clause set apart by commas, or by the start or end of the statement; each clause
        // opens with the boundary that starts it.
        let mark =
            |k: usize| k >= tokens.len() || matches!(tokens[k].lower.as_str(), "," | "." | ";");
        let opened = (first == 0 && tokens[0].class != Class::Boundary) || mark(first);
        if !(opened && mark(last)) {
            continue;
        }
        // After the verb, nothing of a claim: the end of the clause, or a phrase of time or
        // place opened by a preposition.
        let after = tokens.get(r + 1).map_or("", |t| t.lower.as_str());
        let apart = according || r + 1 >= last || ATTRIBUTION_PREPOSITIONS.contains(&after);
        if !apart {
            continue;
        }
        for token in &mut tokens[first..last] {
            if token.class == Class::Content {
                token.weight = token.weight.min(ATTRIBUTION_WEIGHT);
            }
            token.attribution = true;
        }
    }
}

/// Words that only stress a denial say nothing the other statement could share: "at any
/// point", "at any time", "without a single vote", "not a single case". They become function
/// words.
fn drop_emphasis(tokens: &mut [Token]) {
    for i in 0..tokens.len() {
        let lower = |k: usize| tokens.get(k).map_or("", |t| t.lower.as_str());
        let before = |k: usize| i.checked_sub(k).map_or("", &lower);
        let at_any = before(2) == "at"
            && before(1) == "any"
            && matches!(lower(i), "point" | "stage" | "time" | "moment");
        let a_single = lower(i) == "single"
            && before(1) == "a"
            && matches!(before(2), "not" | "without" | "n't");
        // "without ever entering", "nobody ever came": "ever" after a cue only stresses it.
        let ever = lower(i) == "ever" && i > 0 && tokens[i - 1].class == Class::Negation;
        if at_any || a_single || ever {
            tokens[i].class = Class::Stop;
        }
    }
}

/// Phrasal verbs of news reports and the one verb each means: (verb, particle, meaning).
const PHRASAL_VERBS: &[(&str, &str, &str)] = &[
    ("break", "out", "erupt"),
    ("call", "off", "cancel"),
    ("carry", "on", "continue"),
    ("close", "down", "close"),
    ("cut", "back", "reduce"),
    ("drop", "out", "withdraw"),
    ("give", "up", "abandon"),
    ("go", "down", "fall"),
    ("go", "up", "rise"),
    ("hang", "on", "keep"),
    ("hold", "on", "keep"),
    ("lay", "off", "fire"),
    ("pass", "away", "die"),
    ("pull", "out", "withdraw"),
    ("put", "off", "postpone"),
    ("scale", "back", "reduce"),
    ("set", "up", "establish"),
    ("shut", "down", "close"),
    ("step", "down", "resign"),
    ("step", "up", "increase"),
    ("strike", "down", "overturn"),
    ("throw", "out", "reject"),
    ("turn", "down", "reject"),
    ("vote", "down", "reject"),
    ("vote", "out", "oust"),
];

/// What a verb and the particle after it mean together, if they are a phrasal verb of
/// [`PHRASAL_VERBS`] in any form: ("voted", "down") -> "reject", ("threw", "out") -> "reject".
fn phrasal(verb: &str, particle: &str) -> Option<&'static str> {
    if !matches!(
        particle,
        "away" | "back" | "down" | "off" | "on" | "out" | "up"
    ) {
        return None;
    }
    static STEMS: OnceLock<Vec<String>> = OnceLock::new();
    let stems = STEMS.get_or_init(|| PHRASAL_VERBS.iter().map(|(v, ..)| stem(v)).collect());
    let base = lexicon::base_form(verb).unwrap_or(verb);
    let stem_of_verb = stem(base);
    PHRASAL_VERBS
        .iter()
        .zip(stems)
        .find(|((v, p, _), s)| *p == particle && (**s == stem_of_verb || *v == base))
        .map(|(&(_, _, meaning), _)| meaning)
}

/// Verbs after which "for" and "against" say a stance: "voted against", "argued for".
fn takes_a_stance(lower: &str) -> bool {
    const VERBS: &[&str] = &["argue", "campaign", "lobby", "vote"];
    let base = lower
        .strip_suffix("ied")
        .map(|_| "lobby")
        .or_else(|| lower.strip_suffix("ed"))
        .or_else(|| lower.strip_suffix("ing"))
        .or_else(|| lower.strip_suffix('s'))
        .unwrap_or(lower);
    VERBS
        .iter()
        .any(|v| *v == base || v.strip_suffix('e') == Some(base))
}

/// Titles before a person's name, which name no one by themselves ("Dr", "Sir").
const HONORIFICS: &[&str] = &[
    "dame",
    "dr",
    "lady",
    "lord",
    "miss",
    "mr",
    "mrs",
    "ms",
    "prof",
    "professor",
    "sir",
];

/// Whether the name at `index` says who makes the claim rather than what it is about: next to
/// a verb of saying ("Kyiv said", "said Peskov", "Moscow denied") or after "according to".
fn attributes(tokens: &[Token], index: usize) -> bool {
    // Past the rest of a name of several words ("Dmitry Peskov said"), and the comma that
    // closes an appositive ("the chief executive, Dr Helen Marwood, told the committee").
    let next = tokens[index + 1..]
        .iter()
        .skip_while(|t| t.proper)
        .find(|t| t.lower != ",");
    let before: Vec<&Token> = tokens[..index]
        .iter()
        .rev()
        .skip_while(|t| t.proper)
        .take(2)
        .collect();
    let says = |t: &Token| t.reporting || negation::is_denial(&t.lower);
    next.is_some_and(says)
        || before.first().is_some_and(|t| says(t))
        || matches!(before.as_slice(), [to, according] if to.lower == "to" && according.lower == "according")
}

/// Verbs of saying and discussing, from the reporting-verb lists of news attribution studies;
/// matched by stem.
const REPORTING_VERBS: &[&str] = &[
    "add",
    "announce",
    "claim",
    "comment",
    "convey",
    "declare",
    "discuss",
    "emphasise",
    "emphasize",
    "indicate",
    "mention",
    "note",
    "raise",
    "remark",
    "report",
    "said",
    "say",
    "state",
    "stress",
    "talk",
    "tell",
    "told",
];

/// Verbs that mostly carry a noun's meaning rather than their own ("no arrests were made",
/// "took part", "gave a speech"), by stem: they count like reporting verbs.
const LIGHT_VERBS: &[&str] = &["give", "make", "take", "use"];

/// Nouns of intention that, before "to", carry the verb after them rather than a meaning of
/// their own ("no plans to close the plant" denies closing it), by stem: they count like
/// reporting verbs.
const INTENTION_NOUNS: &[&str] = &["intent", "plan"];

/// Forms of "be" that make a following participle passive.
const BE_FORMS: &[&str] = &["are", "be", "been", "being", "is", "was", "were"];

/// Sets each content token's weight (see [`Token::weight`]).
/// How much a noun of measure or kind weighs ("a bowl of cereal"): what it measures is the
/// point.
const MEASURE_NOUN_WEIGHT: f64 = 0.5;

fn weigh(tokens: &mut [Token]) {
    static REPORTING: OnceLock<Vec<String>> = OnceLock::new();
    let reporting = REPORTING.get_or_init(|| REPORTING_VERBS.iter().map(|w| stem(w)).collect());
    for i in 0..tokens.len() {
        if tokens[i].class != Class::Content {
            continue;
        }
        let intention = INTENTION_NOUNS.contains(&tokens[i].stem.as_str())
            && tokens[i + 1..]
                .iter()
                .find(|t| t.class != Class::Stop || t.lower == "to")
                .is_some_and(|t| t.lower == "to");
        if intention || LIGHT_VERBS.contains(&tokens[i].stem.as_str()) {
            tokens[i].weight = 0.3;
            continue;
        }
        // A noun of measure or kind between "a" and "of" says how much of what follows, which
        // is the point: "a bowl of cereal", "a group of children", "a total of 48 people".
        let measure = i > 0
            && matches!(tokens[i - 1].lower.as_str(), "a" | "an")
            && tokens.get(i + 1).is_some_and(|t| t.lower == "of")
            && tokens[i].senses.is_some_and(|s| s.noun());
        if measure {
            tokens[i].weight = MEASURE_NOUN_WEIGHT;
            continue;
        }
        if !reporting.contains(&tokens[i].stem) {
            continue;
        }
        // The bare word before a noun says what kind, and reports nothing: "state utility
        // Velkraft", "state media" (but "the report published on Monday" reports).
        let noun = |t: &Token| t.senses.is_some_and(|s| s.noun());
        if noun(&tokens[i])
            && tokens[i].lower == tokens[i].stem
            && tokens.get(i + 1).is_some_and(|t| {
                t.class == Class::Content
                    && !t.proper
                    && noun(t)
                    && !t.lower.ends_with("ed")
                    && !reporting.contains(&t.stem)
            })
        {
            continue;
        }
        let before = tokens[..i]
            .iter()
            .rev()
            .find(|t| t.class != Class::Negation);
        let passive = before.is_some_and(|t| BE_FORMS.contains(&t.lower.as_str()));
        tokens[i].weight = if passive { 0.1 } else { 0.3 };
        tokens[i].reporting = true;
    }
}

/// Function words, ignored for alignment. Negation words are deliberately not here (common
/// stop-word lists include "not", "no" and "never"; a negation check must keep them).
/// A short list in the spirit of the SMART and NLTK English lists, plus Russian function words.
const STOP_WORDS: &[&str] = &[
    "a",
    "about",
    "after",
    "against",
    "all",
    "along",
    "also",
    "am",
    "amid",
    "among",
    "an",
    "any",
    "anybody",
    "anyone",
    "anything",
    "anywhere",
    "are",
    "as",
    "at",
    "be",
    "been",
    "before",
    "being",
    "beside",
    "beyond",
    "by",
    "can",
    "could",
    "despite",
    "did",
    "do",
    "does",
    "doing",
    "during",
    "each",
    "every",
    "everybody",
    "everyone",
    "everything",
    "for",
    "from",
    "had",
    "has",
    "have",
    "having",
    "he",
    "her",
    "here",
    "hers",
    "herself",
    "him",
    "himself",
    "his",
    "how",
    "i",
    "in",
    "into",
    "is",
    "it",
    "its",
    "itself",
    "just",
    "may",
    "me",
    "might",
    "more",
    "most",
    "must",
    "my",
    "of",
    "off",
    "on",
    "one",
    "onto",
    "our",
    "ours",
    "out",
    "over",
    "own",
    "regarding",
    "same",
    "shall",
    "she",
    "should",
    "some",
    "somebody",
    "someone",
    "something",
    "somewhere",
    "such",
    "than",
    "the",
    "their",
    "theirs",
    "them",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "throughout",
    "to",
    "too",
    "toward",
    "towards",
    "up",
    "upon",
    "us",
    "versus",
    "very",
    "via",
    "was",
    "we",
    "were",
    "what",
    "whatsoever",
    "whether",
    "will",
    "with",
    "would",
    "you",
    "your",
    "в",
    "и",
    "к",
    "на",
    "о",
    "от",
    "по",
    "с",
    "у",
    "что",
    "это",
];

/// Words that end a clause, like punctuation: a negation does not reach past them.
const CLAUSE_WORDS: &[&str] = &[
    "although", "and", "because", "but", "however", "if", "or", "since", "so", "that", "though",
    "unless", "when", "whereas", "which", "while", "who", "whom", "yet", "а", "и", "но", "что",
];

/// Pronouns that open a relative clause.
const RELATIVE_PRONOUNS: &[&str] = &["which", "who", "whom", "whose"];

/// Whether the tokens report a claim and, set apart after it, its denial: a noun of claim
/// after a comma ("a claim", "an allegation"), then within its clause a verb of denial or
/// dispute ("..., an allegation her office denied", "..., a claim disputed by the union",
/// "..., charges which he denies"). The statement then tells of a dispute, and takes no side.
fn reports_dispute(tokens: &[Token]) -> bool {
    tokens.iter().enumerate().any(|(i, t)| {
        if !DISPUTABLE.contains(&t.lower.as_str()) {
            return false;
        }
        let mut before = i;
        while before > 0 && matches!(tokens[before - 1].lower.as_str(), "a" | "an" | "the") {
            before -= 1;
        }
        let after_comma =
            before > 0 && matches!(tokens[before - 1].lower.as_str(), "," | "–" | "—");
        after_comma
            && tokens[i + 1..]
                .iter()
                .take(5)
                .take_while(|n| n.class != Class::Boundary || n.lower == "which")
                .any(|n| DISPUTE_VERBS.contains(&n.lower.as_str()))
    })
}

/// Nouns of a claim, which a statement may set its own denial after.
const DISPUTABLE: &[&str] = &[
    "accusation",
    "accusations",
    "allegation",
    "allegations",
    "assertion",
    "charge",
    "charges",
    "claim",
    "claims",
    "suggestion",
];

/// Verbs of denying or disputing a claim.
const DISPUTE_VERBS: &[&str] = &[
    "contested",
    "contests",
    "denied",
    "denies",
    "deny",
    "dismissed",
    "dismisses",
    "disputed",
    "disputes",
    "dispute",
    "refuted",
    "refutes",
    "rejected",
    "rejects",
];

/// Modals, reporting adverbs and verbs of allegation that make a claim tentative.
const HEDGES: &[&str] = &[
    "allege",
    "alleged",
    "allegedly",
    "alleges",
    "apparently",
    "could",
    "may",
    "maybe",
    "might",
    "perhaps",
    "possibly",
    "presumably",
    "probably",
    "reportedly",
    "supposedly",
];

fn english() -> &'static Stemmer {
    static STEMMER: OnceLock<Stemmer> = OnceLock::new();
    STEMMER.get_or_init(|| Stemmer::create(Algorithm::English))
}

fn russian() -> &'static Stemmer {
    static STEMMER: OnceLock<Stemmer> = OnceLock::new();
    STEMMER.get_or_init(|| Stemmer::create(Algorithm::Russian))
}

/// Splits `raw` into word and boundary tokens (numbers are read afterwards).
fn split(raw: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut chars = raw.char_indices().peekable();
    let mut sentence_start = true;
    while let Some((start, c)) = chars.next() {
        if c.is_alphanumeric() {
            let mut end = start + c.len_utf8();
            // A word goes on through letters and digits, and through an apostrophe, hyphen,
            // or (between digits) a point or comma followed by another letter or digit.
            while let Some(&(at, next)) = chars.peek() {
                if next.is_alphanumeric() {
                    end = at + next.len_utf8();
                    chars.next();
                    continue;
                }
                let joiner = matches!(next, '\'' | '’' | '-' | '‐' | '.' | ',' | ':' | '/');
                let after = raw[at + next.len_utf8()..].chars().next();
                let digits_around = raw[..at].ends_with(|p: char| p.is_ascii_digit())
                    && after.is_some_and(|a| a.is_ascii_digit());
                let ok = match next {
                    '.' | ',' | ':' | '/' => digits_around,
                    _ => joiner && after.is_some_and(char::is_alphanumeric),
                };
                if !ok {
                    break;
                }
                chars.next();
                end = at + next.len_utf8();
            }
            // "p.m.", "a.m.": one word. Its last point may also end the sentence ("at 8 p.m.
            // Counting began"): a capital after it starts a new one.
            let word = &raw[start..end];
            let mut ends_sentence = false;
            if matches!(word, "a" | "p" | "A" | "P") {
                let rest = &raw[end..];
                let marker = [".m.", ".M.", ".m", ".M"]
                    .iter()
                    .find(|m| rest.starts_with(**m));
                if let Some(marker) = marker {
                    let after = rest[marker.len()..].chars().next();
                    if after.is_none_or(|c| !c.is_alphanumeric()) {
                        for _ in 0..marker.len() {
                            chars.next();
                        }
                        end += marker.len();
                        ends_sentence = marker.ends_with('.')
                            && raw[end..].trim_start().starts_with(char::is_uppercase);
                    }
                }
            }
            push_word(raw, start..end, sentence_start, &mut tokens);
            sentence_start = ends_sentence;
        } else if c.is_whitespace() {
            continue;
        } else if c == '%' {
            tokens.push(token(start..start + 1, "percent".into(), Class::Content));
        } else if c == '°' {
            // "38°C", "100°F", "12°": a temperature's scale, or degrees alone.
            let mut end = start + c.len_utf8();
            let scale = match raw[end..].chars().next() {
                Some('C' | 'c') => "celsius",
                Some('F' | 'f') => "fahrenheit",
                _ => "degree",
            };
            if scale != "degree" && !raw[end + 1..].starts_with(char::is_alphanumeric) {
                chars.next();
                end += 1;
            }
            let scale = if end == start + c.len_utf8() {
                "degree"
            } else {
                scale
            };
            push_part(raw, start..end, scale.to_string(), false, &mut tokens);
            sentence_start = false;
        } else if c == '.'
            && (after_month_abbreviation(raw, start, &tokens)
                || after_title_abbreviation(raw, start, &tokens))
        {
            // "Feb. 6", "Mr. Okafor", "Varna v. State": the point ends an abbreviation, not a
            // sentence.
            continue;
        } else if is_boundary_char(c) {
            sentence_start = match c {
                // A colon opens what a speaker says: "Audit Office: Spending was cut".
                '.' | '!' | '?' | ':' => true,
                // An opening quote or bracket keeps a sentence's start: "\"Next month's ...".
                '"' | '“' | '«' | '(' | '[' => sentence_start,
                _ => false,
            };
            tokens.push(token(
                start..start + c.len_utf8(),
                c.to_string(),
                Class::Boundary,
            ));
        }
    }
    tokens
}

/// Whether the point at byte `at` ends a month's abbreviation right before it and a day
/// follows ("Feb. 6", "Sept. 1").
fn after_month_abbreviation(raw: &str, at: usize, tokens: &[Token]) -> bool {
    let Some(last) = tokens.last() else {
        return false;
    };
    let day_follows = raw[at + 1..]
        .trim_start()
        .starts_with(|c: char| c.is_ascii_digit());
    last.span.end == at && last.lower.len() <= 4 && dates::is_month(&last.lower) && day_follows
}

/// Abbreviations written with a point before a name: titles ("Mr.", "Dr.", "Gen.") and the
/// "v." of a case ("Varna v. State").
const TITLE_ABBREVIATIONS: &[&str] = &[
    "capt", "col", "dr", "gen", "gov", "lt", "mr", "mrs", "ms", "prof", "rep", "sen", "sgt", "st",
    "v", "vs",
];

/// Whether the point at byte `at` ends a title's abbreviation right before it and a name
/// follows ("Mr. Okafor", "Varna v. State").
fn after_title_abbreviation(raw: &str, at: usize, tokens: &[Token]) -> bool {
    let Some(last) = tokens.last() else {
        return false;
    };
    let name_follows = raw[at + 1..]
        .strip_prefix(' ')
        .is_some_and(|rest| rest.starts_with(|c: char| c.is_uppercase()));
    last.span.end == at && TITLE_ABBREVIATIONS.contains(&last.lower.as_str()) && name_follows
}

fn is_boundary_char(c: char) -> bool {
    matches!(
        c,
        '.' | ','
            | ';'
            | ':'
            | '!'
            | '?'
            | '('
            | ')'
            | '['
            | ']'
            | '"'
            | '“'
            | '”'
            | '«'
            | '»'
            | '—'
            | '–'
    )
}

fn token(span: Range<usize>, lower: String, class: Class) -> Token {
    Token {
        span,
        stem_id: stem_id(&lower),
        stem: lower.clone(),
        senses: None,
        opposites: None,
        unprefixed: None,
        lower,
        class,
        proper: false,
        clause: 0,
        negated: false,
        modifier: false,
        weight: 1.0,
        reporting: false,
        attribution: false,
    }
}

/// Pushes the tokens of one word: contractions split, possessives dropped, hyphens handled.
fn push_word(raw: &str, span: Range<usize>, sentence_start: bool, tokens: &mut Vec<Token>) {
    let word = &raw[span.clone()];
    let mut lower = word.to_lowercase();
    if lower.contains('’') {
        lower = lower.replace('’', "'");
    }
    // "per cent" -> "percent", as "%" is.
    if lower == "cent"
        && let Some(per) = tokens.pop_if(|t| t.lower == "per")
    {
        push_part(
            raw,
            per.span.start..span.end,
            "percent".into(),
            false,
            tokens,
        );
        return;
    }
    // "p.m." -> "pm", a function word: the time is the number before it.
    if let Some(half) = lower
        .strip_suffix(".m.")
        .or_else(|| lower.strip_suffix(".m"))
        && matches!(half, "a" | "p")
    {
        tokens.push(token(span, format!("{half}m"), Class::Stop));
        return;
    }
    // "isn't" -> "is" + "n't"; "can't" -> "ca" + "n't" -> "can"; "won't" -> "will"
    if let Some(stem) = lower.strip_suffix("n't") {
        // The cut falls before the "n" of "n't" (or "n’t", whose apostrophe is 3 bytes).
        let apostrophe = word.rfind(['\'', '’']).unwrap_or(word.len());
        let cut = span.start + apostrophe.saturating_sub(1);
        let head = match stem {
            "ca" => "can",
            "wo" => "will",
            "sha" => "shall",
            other => other,
        };
        if !head.is_empty() {
            push_part(
                raw,
                span.start..cut,
                head.to_string(),
                sentence_start,
                tokens,
            );
        }
        tokens.push(token(cut..span.end, "n't".into(), Class::Negation));
        return;
    }
    // "38C", "100F": a temperature and its scale, written together (but not "99c", cents).
    if let Some(scale) = word
        .strip_suffix('C')
        .map(|n| (n, "celsius"))
        .or_else(|| word.strip_suffix('F').map(|n| (n, "fahrenheit")))
        .filter(|(n, _)| {
            n.starts_with(|c: char| c.is_ascii_digit())
                && n.chars().all(|c| c.is_ascii_digit() || c == '.')
        })
    {
        let cut = span.start + scale.0.len();
        push_part(raw, span.start..cut, scale.0.to_string(), false, tokens);
        push_part(raw, cut..span.end, scale.1.to_string(), false, tokens);
        return;
    }
    // "200m", "5km", "3kg": a number and its unit, written together. (Not after a currency
    // sign: "$40m" is money. Not "1990s".)
    let number_end = word
        .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
        .filter(|&at| at > 0 && word.is_char_boundary(at));
    if let Some(at) = number_end
        && word[at..].chars().all(|c| c.is_ascii_alphabetic())
        && lower[at..] != *"s"
        && numbers::unit_of(&lower[at..]).is_some()
        && !raw[..span.start].ends_with(['$', '£', '€', '¥', '₹'])
    {
        let cut = span.start + at;
        // The unit as a word, so that "200m" and "200 metres" say the same.
        let unit = match &lower[at..] {
            "m" => "metre",
            "km" => "kilometre",
            "cm" => "centimetre",
            "mm" => "millimetre",
            "kg" => "kilogram",
            "ft" => "foot",
            other => other,
        };
        push_part(raw, span.start..cut, lower[..at].to_string(), false, tokens);
        push_part(raw, cut..span.end, unit.to_string(), false, tokens);
        return;
    }
    let lower = lower
        .strip_suffix("'s")
        .or_else(|| lower.strip_suffix('\''))
        .unwrap_or(&lower)
        .to_string();
    // Most words have no hyphen.
    if !lower.contains(['-', '‐']) {
        push_part(raw, span, lower, sentence_start, tokens);
        return;
    }
    let parts: Vec<&str> = lower.split(['-', '‐']).filter(|p| !p.is_empty()).collect();
    let numeric = |p: &&str| p.starts_with(|c: char| c.is_ascii_digit());
    // "two-thirds", "three-quarters", "one-half": a number and a fraction.
    let fraction = |p: &str| {
        matches!(
            p.strip_suffix('s').unwrap_or(p),
            "half" | "third" | "quarter" | "fifth" | "tenth"
        )
    };
    // "seven-kilometre", "thirty-day", "twenty-five-year": number words and their unit.
    let counted = |parts: &[&str]| {
        parts.split_last().is_some_and(|(unit, number)| {
            !number.is_empty()
                && number.iter().all(|p| small_number(p).is_some())
                && unit.chars().all(char::is_alphabetic)
        })
    };
    let split_up = parts.iter().any(numeric)
        || parts.iter().all(|p| small_number(p).is_some())
        || matches!(parts.as_slice(), [n, f] if small_number(n).is_some() && fraction(f))
        || counted(&parts);
    if parts.len() > 1 && split_up {
        // "30-day" -> "30", "day": a number and its unit; "seventy-five" -> "seventy", "five".
        let mut offset = span.start;
        for part in word.split(['-', '‐']) {
            if !part.is_empty() {
                let part_lower = part.to_lowercase();
                push_part(raw, offset..offset + part.len(), part_lower, false, tokens);
            }
            // Past the part and its hyphen, which may be more than one byte ("‐", U+2010).
            offset += part.len();
            offset += raw[offset..span.end]
                .chars()
                .next()
                .map(char::len_utf8)
                .unwrap_or(0);
        }
        return;
    }
    // A prefix that only places its head in time or scope ("ex-councillor", "all-staff",
    // "then-president", "co-founder", "mid-March") leaves the head, so that it aligns with
    // "former councillor"; other compounds join ("cease-fire" -> "ceasefire"). Names keep
    // their parts ("Ex-Im Bank" inside a sentence).
    // An ordinal keeps its own word ("first-quarter profit" -> "first", "quarter"), so that
    // "second-quarter profit" shares the quarter and differs in which.
    const PREFIXES: &[&str] = &["all", "co", "ex", "mid", "then"];
    const ORDINALS: &[&str] = &[
        "eighth", "fifth", "first", "fourth", "ninth", "second", "seventh", "sixth", "tenth",
        "third",
    ];
    let joined = parts.concat();
    if let [prefix, head] = parts.as_slice()
        && (PREFIXES.contains(prefix) || ORDINALS.contains(prefix))
        && head.len() > 2
        && head.chars().all(char::is_alphabetic)
        && (sentence_start || !raw[span.clone()].starts_with(char::is_uppercase))
    {
        let word = &raw[span.clone()];
        if let Some(at) = word.rfind(['-', '‐']) {
            let hyphen = word[at..].chars().next().map_or(1, char::len_utf8);
            let head_span = span.start + at + hyphen..span.end;
            if ORDINALS.contains(prefix) {
                let prefix_span = span.start..span.start + at;
                push_part(raw, prefix_span, prefix.to_string(), sentence_start, tokens);
            }
            push_part(raw, head_span, head.to_string(), false, tokens);
            return;
        }
    }
    push_part(raw, span, joined, sentence_start, tokens);
}

/// A sentence's first word is no name by its capital, but is one when the lexicon does not know
/// it and a capitalised word it does know follows, the head of a name of a body or a place:
/// "Harbourline Group has won", "Eastshire Water was fined". Not before a given name, which a
/// title may open ("Incumbent Joan Arkwright"), nor a known word ("Judge Imelda Starke",
/// "Tuesday's vote").
fn name_openings(raw: &str, tokens: &mut [Token]) {
    for k in 0..tokens.len().saturating_sub(1) {
        let token = &tokens[k];
        if !token.proper
            && token.class == Class::Content
            && token.senses.is_none()
            && raw[token.span.clone()].starts_with(char::is_uppercase)
            && tokens[k + 1].proper
            && tokens[k + 1].senses.is_some()
        {
            tokens[k].proper = true;
        }
    }
}

fn push_part(
    raw: &str,
    span: Range<usize>,
    lower: String,
    sentence_start: bool,
    tokens: &mut Vec<Token>,
) {
    let word = analyse_word(&lower);
    // Days and months are capitalised but are dates, not names.
    // Nor are the scales of temperature ("41 degrees Celsius", "38°C").
    let scale = matches!(lower.as_str(), "celsius" | "centigrade" | "fahrenheit");
    let proper = !sentence_start
        && !word.calendar
        && !scale
        && raw[span.clone()].starts_with(char::is_uppercase);
    tokens.push(Token {
        span,
        lower,
        stem_id: word.stem_id,
        senses: word.senses,
        opposites: word.opposites,
        unprefixed: word.unprefixed,
        stem: word.stem,
        class: word.class,
        proper,
        clause: 0,
        negated: false,
        modifier: false,
        // Days and months say when, not what: a claim dated "on Monday" in one statement and
        // undated in the other is still one claim (the date check compares full dates).
        weight: if word.calendar { 0.3 } else { 1.0 },
        reporting: false,
        attribution: false,
    });
}

/// What a word is, whatever its place: the same for every occurrence of the word.
#[derive(Clone)]
struct Word {
    class: Class,
    /// A day or a month (a content word).
    calendar: bool,
    stem: String,
    stem_id: u64,
    senses: Option<&'static Senses>,
    opposites: Option<&'static [u64]>,
    unprefixed: Option<u64>,
}

/// The comparatives a bound on a figure is said with: "more than 300", "no later than May".
pub(crate) const COMPARATIVES: &[&str] = &[
    "earlier", "fewer", "greater", "higher", "later", "less", "longer", "lower", "more", "shorter",
];

/// Classifies and stems `lower`, and looks it up in the lexicons. A corpus uses the same words
/// again and again, so each thread remembers the words it has seen (up to a bound).
fn analyse_word(lower: &str) -> Word {
    use std::cell::RefCell;
    thread_local! {
        static SEEN: RefCell<rustc_hash::FxHashMap<String, Word>> = RefCell::default();
    }
    if let Some(word) = SEEN.with_borrow(|seen| seen.get(lower).cloned()) {
        return word;
    }
    let class = if negation::is_cue(lower) {
        Class::Negation
    } else if CLAUSE_WORDS.binary_search(&lower).is_ok() {
        Class::Boundary
    } else if STOP_WORDS.binary_search(&lower).is_ok() {
        Class::Stop
    } else {
        Class::Content
    };
    let content = class == Class::Content;
    let stem = match comparative_base(lower).filter(|_| content) {
        Some(base) => stem(&base),
        None => stem(lower),
    };
    let senses = if content {
        lexicon::senses_of(&stem)
    } else {
        None
    };
    let word = Word {
        class,
        calendar: content && dates::is_calendar_word(lower),
        unprefixed: if content && senses.is_none() {
            unprefixed(lower)
        } else {
            None
        },
        stem_id: stem_id(&stem),
        senses,
        opposites: if content {
            antonyms::opposites(&stem)
        } else {
            None
        },
        stem,
    };
    SEEN.with_borrow_mut(|seen| {
        if seen.len() >= 1 << 18 {
            seen.clear();
        }
        seen.insert(lower.to_string(), word.clone());
    });
    word
}

/// The stem id of the word an unknown "un-" word negates, when WordNet knows that word:
/// "uncontained" -> "contain", "unvaccinated" -> "vaccin" ("vaccinated"). WordNet gives the
/// opposites of the "un-" words it knows ("unpaid" / "paid"), and leaves out those that are
/// none ("unravel" / "ravel", "untold" / "told"); this is for the many it does not list. Short
/// words are left alone: they are the ones WordNet knows, and the ones an "un" may merely
/// begin ("uncle", "union").
fn unprefixed(lower: &str) -> Option<u64> {
    let rest = lower.strip_prefix("un")?;
    if rest.len() < 5 || STOP_WORDS.binary_search(&rest).is_ok() {
        return None;
    }
    let rest_stem = stem(rest);
    lexicon::senses_of(&rest_stem)
        .is_some()
        .then(|| stem_id(&rest_stem))
}

/// The adjective a comparative is formed from, when that adjective has an opposite:
/// "higher" -> "high", "larger" -> "large", "bigger" -> "big", "busier" -> "busy", so that
/// "rents were higher" meets "rents were lower" as opposites. "Later" and "earlier" are left
/// alone: they mostly place a report in time ("later this year"); so are nouns ("player").
fn comparative_base(lower: &str) -> Option<String> {
    let head = lower.strip_suffix("er")?;
    // A noun in "-er" names a doer ("player", "winner"), not a degree.
    let noun = || lexicon::senses_of(&stem(lower)).is_some_and(|s| s.noun());
    if head.len() < 2 || matches!(lower, "later" | "earlier") || noun() {
        return None;
    }
    let mut candidates = vec![head.to_string(), format!("{head}e")];
    if let Some(y) = head.strip_suffix('i') {
        candidates.push(format!("{y}y"));
    }
    let bytes = head.as_bytes();
    if bytes.len() >= 3 && bytes[bytes.len() - 1] == bytes[bytes.len() - 2] {
        candidates.push(head[..head.len() - 1].to_string());
    }
    candidates.into_iter().find(|base| {
        let stem = stem(base);
        STOP_WORDS.binary_search(&base.as_str()).is_err()
            && lexicon::senses_of(&stem).is_some_and(|s| s.adjective())
            && antonyms::opposites(&stem).is_some()
    })
}

/// A stable hash of a stem: equal stems have equal ids (and different stems, in practice,
/// different ones).
pub fn stem_id(stem: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    // SipHash with fixed keys: the same ids on every run and machine.
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    stem.hash(&mut hasher);
    hasher.finish()
}

/// The stem a word is matched by: Snowball English (after undoing an irregular form, "men" ->
/// "man", "rose" -> "rise"), or Russian for Cyrillic words.
///
/// `"discussed"` -> `"discuss"`, `"prisoners"` -> `"prison"`, `"переговоры"` -> `"переговор"`
pub fn stem(lower: &str) -> String {
    let lower = lexicon::base_form(lower).unwrap_or(lower);
    if lower
        .chars()
        .any(|c| ('\u{0400}'..='\u{04FF}').contains(&c))
    {
        russian().stem(lower).into_owned()
    } else if lower.chars().all(|c| c.is_ascii_alphabetic()) {
        english().stem(lower).into_owned()
    } else {
        lower.to_string()
    }
}

/// Reads digits ("175", "1,000", "2.5") and English number words ("one hundred seventy-five"
/// is written as words "one", "hundred", "seventy", "five" after splitting) into `Number`s.
fn read_numbers(raw: &str, tokens: &mut Vec<Token>) {
    /// What becomes of the tokens at one place.
    enum Step {
        Keep,
        Digits(f64),
        /// Number words: their value, and how many tokens they take.
        Words(f64, usize),
    }
    let mut steps = Vec::with_capacity(tokens.len());
    let mut i = 0;
    while i < tokens.len() {
        let lower = &tokens[i].lower;
        // Digits with a decimal point or thousands commas only: `parse` alone would also read
        // "nan", "inf" and "1e3".
        let digits = lower.starts_with(|c: char| c.is_ascii_digit())
            && lower
                .chars()
                .all(|c| c.is_ascii_digit() || c == ',' || c == '.');
        if let Some(value) = digits
            .then(|| lower.replace(',', "").parse::<f64>().ok())
            .flatten()
            .or_else(|| {
                let sign = raw[..tokens[i].span.start].ends_with(['$', '£', '€', '¥', '₹']);
                abbreviated_amount(lower, sign)
            })
        {
            steps.push(Step::Digits(value));
            i += 1;
            continue;
        }
        // "both charges" counts two, as "two charges" does; not "both men and women".
        if lower == "both"
            && tokens.get(i + 1).is_some_and(|t| t.class == Class::Content)
            && !tokens[i + 1..].iter().take(4).any(|t| t.lower == "and")
        {
            steps.push(Step::Digits(2.0));
            i += 1;
            continue;
        }
        // A span of time said with "a": "an hour and a half" (1.5 hours), "half an hour",
        // and "an hour" after a word of duration ("takes an hour", "in under a day"), but not
        // a rate ("twice a day", "£30,000 a year").
        let duration = |k: usize| {
            tokens.get(k).is_some_and(|t| {
                numbers::unit_of(&t.lower).is_some_and(|(m, _)| m == numbers::Measure::Duration)
            })
        };
        let words = |from: usize, expected: &[&str]| {
            expected
                .iter()
                .enumerate()
                .all(|(k, w)| tokens.get(from + k).is_some_and(|t| t.lower == *w))
        };
        if matches!(lower.as_str(), "a" | "an") && duration(i + 1) {
            let before = i.checked_sub(1).map_or("", |p| tokens[p].lower.as_str());
            if words(i + 2, &["and", "a", "half"]) {
                steps.push(Step::Words(1.5, 1));
                i += 1;
                continue;
            }
            if matches!(
                before,
                "in" | "for"
                    | "about"
                    | "around"
                    | "nearly"
                    | "almost"
                    | "over"
                    | "under"
                    | "than"
                    | "within"
                    | "take"
                    | "takes"
                    | "took"
                    | "last"
                    | "lasts"
                    | "lasted"
            ) {
                steps.push(Step::Words(1.0, 1));
                i += 1;
                continue;
            }
        }
        if lower == "half"
            && matches!(
                tokens.get(i + 1).map(|t| t.lower.as_str()),
                Some("a" | "an")
            )
            && duration(i + 2)
        {
            steps.push(Step::Words(0.5, 2));
            i += 2;
            continue;
        }
        // "a dozen" is twelve ("two dozen" is read below).
        if lower == "a" && tokens.get(i + 1).is_some_and(|t| t.lower == "dozen") {
            steps.push(Step::Words(12.0, 2));
            i += 2;
            continue;
        }
        match number_words(&tokens[i..]) {
            (value, used) if used > 0 => {
                steps.push(Step::Words(value, used));
                i += used;
            }
            _ => {
                steps.push(Step::Keep);
                i += 1;
            }
        }
    }
    if steps.iter().all(|s| matches!(s, Step::Keep)) {
        return;
    }
    // Tokens are moved, not copied, into their new places.
    let mut old = std::mem::take(tokens).into_iter();
    for step in steps {
        match step {
            Step::Keep => tokens.extend(old.next()),
            Step::Digits(value) => tokens.extend(old.next().map(|mut number| {
                number.class = Class::Number(value);
                number
            })),
            Step::Words(value, used) => {
                let words: Vec<Token> = old.by_ref().take(used).collect();
                let (Some(first), Some(last)) = (words.first(), words.last()) else {
                    continue;
                };
                let lower: Vec<&str> = words.iter().map(|t| t.lower.as_str()).collect();
                let span = first.span.start..last.span.end;
                let mut number = token(span, lower.join(" "), Class::Number(value));
                number.stem = number.lower.clone();
                tokens.push(number);
            }
        }
    }
}

/// An amount written with a scale suffix: "3.9bn" -> 3.9e9, and after a currency sign "40m"
/// -> 4e7 and "5k" -> 5e3 (without one, "the 100m final" is a distance).
fn abbreviated_amount(lower: &str, after_currency_sign: bool) -> Option<f64> {
    let (number, scale) = if let Some(number) = lower.strip_suffix("bn") {
        (number, 1e9)
    } else if let Some(number) = lower.strip_suffix('m').filter(|_| after_currency_sign) {
        (number, 1e6)
    } else if let Some(number) = lower.strip_suffix('k').filter(|_| after_currency_sign) {
        (number, 1e3)
    } else {
        return None;
    };
    let plain = number.starts_with(|c: char| c.is_ascii_digit())
        && number
            .chars()
            .all(|c| c.is_ascii_digit() || c == ',' || c == '.');
    let value: f64 = plain.then(|| number.replace(',', "").parse().ok())??;
    Some(value * scale)
}

/// Reads a run of number words; returns the value and how many tokens it used (0: none).
/// "one" alone is left as a word (it is mostly a pronoun: "the one in the green hat").
fn number_words(tokens: &[Token]) -> (f64, usize) {
    let mut total = 0.0;
    let mut current = 0.0;
    let mut used = 0;
    let mut skip = 0;
    for t in tokens {
        if skip > 0 {
            skip -= 1;
            continue;
        }
        let w = t.lower.as_str();
        if let Some(v) = small_number(w) {
            current += v;
        } else if w == "hundred" && used > 0 {
            current *= 100.0;
        } else if w == "dozen" && used > 0 {
            current *= 12.0;
        } else if let Some(scale) = numbers::scale(w).filter(|_| used > 0) {
            total += current * scale;
            current = 0.0;
        } else if w == "and" && used > 0 && current > 0.0 && {
            let at = |k: usize| tokens.get(used + k).map_or("", |t| t.lower.as_str());
            at(1) == "a" && at(2) == "half"
        } {
            // "eight and a half million", "two and a half years".
            current += 0.5;
            used += 3;
            skip = 2;
            continue;
        } else if w == "and" && used > 0 {
            // "one hundred and five": only when a number word follows.
            let next = tokens.get(used + 1).map(|t| t.lower.as_str()).unwrap_or("");
            if small_number(next).is_none() {
                break;
            }
        } else {
            break;
        }
        used += 1;
    }
    // Unless a share follows: "one in five voters".
    let share = tokens.get(1).is_some_and(|t| t.lower == "in")
        && tokens.get(2).is_some_and(|t| {
            small_number(&t.lower).is_some() || t.lower.bytes().all(|b| b.is_ascii_digit())
        });
    if used == 1 && tokens[0].lower == "one" && !share {
        return (0.0, 0);
    }
    (total + current, used)
}

fn small_number(word: &str) -> Option<f64> {
    const WORDS: &[&str] = &[
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    const TENS: &[&str] = &[
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    if let Some(i) = WORDS.iter().position(|w| *w == word) {
        return Some(i as f64);
    }
    TENS.iter()
        .position(|w| *w == word)
        .map(|i| (i as f64 + 2.0) * 10.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lowers(raw: &str) -> Vec<String> {
        Text::new(raw)
            .tokens
            .iter()
            .map(|t| t.lower.clone())
            .collect()
    }

    #[test]
    fn sorted_word_lists() {
        for list in [
            STOP_WORDS,
            CLAUSE_WORDS,
            HEDGES,
            REPORTING_VERBS,
            BE_FORMS,
            INDEFINITE_DETERMINERS,
            AMOUNTS,
        ] {
            assert!(
                list.windows(2).all(|w| w[0] < w[1]),
                "{:?}",
                list.windows(2).find(|w| w[0] >= w[1])
            );
        }
    }

    #[test]
    fn reads_phrasal_verbs_as_one_verb() {
        let cases = [
            ("voted", "down", Some("reject")),
            ("threw", "out", Some("reject")),
            ("calls", "off", Some("cancel")),
            ("stepped", "down", Some("resign")),
            ("laid", "off", Some("fire")),
            ("scaled", "back", Some("reduce")),
            ("held", "on", Some("keep")),
            ("voted", "up", None),
            ("sat", "down", None),
        ];
        for (verb, particle, meaning) in cases {
            assert_eq!(phrasal(verb, particle), meaning, "{verb:?} {particle:?}");
        }
        // "for good" at a phrase's end is "permanently", and aligns with it.
        let permanently = Text::new("The mill closed permanently").tokens[3].stem_id;
        for (raw, at, idiom) in [
            ("The mill shut for good in 2019", 4, true),
            ("The mill shut for good", 4, true),
            ("The mill shut for good reason", 4, false),
        ] {
            let text = Text::new(raw);
            assert_eq!(text.tokens[at].stem_id == permanently, idiom, "{raw:?}");
        }
    }

    #[test]
    fn tokenises() {
        let cases: &[(&str, &[&str])] = &[
            (
                "The bridge isn't open.",
                &["the", "bridge", "is", "n't", "open", "."],
            ),
            ("A 30-day cease-fire", &["a", "30", "day", "ceasefire"]),
            (
                "The seven-kilometre tunnel",
                &["the", "seven", "kilometre", "tunnel"],
            ),
            ("Russia’s concerns", &["russia", "concerns"]),
            // A temperature's scale, glued or after a degree sign; "99c" is cents.
            (
                "38C, 100°F, 12° and 99c",
                &[
                    "38",
                    "celsius",
                    ",",
                    "100",
                    "fahrenheit",
                    ",",
                    "12",
                    "degree",
                    "and",
                    "99c",
                ],
            ),
            (
                "1,000 troops, 2.5%",
                &["1,000", "troops", ",", "2.5", "percent"],
            ),
            (
                "one hundred seventy-five prisoners",
                &["one hundred seventy five", "prisoners"],
            ),
            ("Не было переговоров", &["не", "было", "переговоров"]),
            ("We can't", &["we", "can", "n't"]),
            ("和平谈判 🙂 ok", &["和平谈判", "ok"]),
            ("30‐day", &["30", "day"]),
            ("seventy‐five", &["seventy five"]),
            // A prefix of time or scope leaves the head; other compounds join.
            (
                "Ex-councillor Rafferty's all-staff email",
                &["councillor", "rafferty", "staff", "email"],
            ),
            (
                "the Bayside-Carrow ferry",
                &["the", "baysidecarrow", "ferry"],
            ),
            ("a follow-up", &["a", "followup"]),
            ("the then-President said", &["the", "president", "said"]),
            ("first-quarter profit", &["first", "quarter", "profit"]),
            ("$3.9bn", &["3.9bn"]),
            // Times: one word each, and the points of "p.m." end no sentence.
            (
                "closed at 8 p.m. Counting began at 20:30.",
                &[
                    "closed", "at", "8", "pm", "counting", "began", "at", "20:30", ".",
                ],
            ),
            ("Pam.", &["pam", "."]),
            // Nor do the points of a title or of a case's "v." before a name.
            (
                "Mr. Okafor won Varna v. State.",
                &["mr", "okafor", "won", "varna", "v", "state", "."],
            ),
            ("It was Dr. no.", &["it", "was", "dr", ".", "no", "."]),
            // Dates in digits are one word; "per cent" is "percent".
            (
                "on 17/11 and 9/30/2024",
                &["on", "17/11", "and", "9/30/2024"],
            ),
            ("58 per cent", &["58", "percent"]),
        ];
        for (raw, expected) in cases {
            assert_eq!(lowers(raw), *expected, "{raw:?}");
        }
    }

    #[test]
    fn reads_up_from_and_down_from_as_changes() {
        let stems = |raw: &str| -> Vec<(String, Class)> {
            Text::new(raw)
                .tokens
                .into_iter()
                .map(|t| (t.stem, t.class))
                .collect()
        };
        let cases = [
            ("61 percent, up from 58", Some("rise")),
            ("4.1 percent, down from 4.3", Some("fall")),
            ("they came down the stairs", None),
            ("look up", None),
        ];
        for (raw, change) in cases {
            let found = stems(raw)
                .into_iter()
                .find(|(stem, class)| {
                    *class == Class::Content && (stem == "rise" || stem == "fall")
                })
                .map(|(stem, _)| stem);
            assert_eq!(found.as_deref(), change, "{raw:?}");
        }
    }

    #[test]
    fn reads_numbers() {
        let cases = [
            ("175 prisoners", 175.0),
            ("one hundred seventy-five prisoners", 175.0),
            ("thirty days", 30.0),
            ("2,500 troops", 2500.0),
            ("two thousand and five", 2005.0),
            ("a dozen people", 12.0),
            ("two dozen people", 24.0),
            ("200m final", 200.0),
            ("both charges", 2.0),
            ("an hour and a half", 1.5),
            ("half an hour", 0.5),
            ("eight and a half million dollars", 8_500_000.0),
            ("two and a half years", 2.5),
            ("one in five voters", 1.0),
        ];
        for (raw, expected) in cases {
            let text = Text::new(raw);
            assert_eq!(text.tokens[0].class, Class::Number(expected), "{raw:?}");
        }
        assert_eq!(Text::new("the one in the hat").tokens[1].class, Class::Stop);
        // "a day" in a rate counts nothing; after a word of duration it is one day.
        assert!(!matches!(
            Text::new("twice a day").tokens[1].class,
            Class::Number(_)
        ));
        assert_eq!(
            Text::new("within a day").tokens[1].class,
            Class::Number(1.0)
        );
        // "both ... and" joins two things, and counts nothing.
        assert!(!matches!(
            Text::new("both men and women").tokens[0].class,
            Class::Number(_)
        ));
        for word in ["nan", "inf", "Infinity", "1e3"] {
            assert!(
                !matches!(Text::new(word).tokens[0].class, Class::Number(_)),
                "{word}"
            );
        }
    }

    #[test]
    fn spans_point_into_the_original() {
        let text = Text::new("Trump: “assistance wasn’t discussed”");
        let surfaces: Vec<&str> = text.tokens.iter().map(|t| text.surface(t)).collect();
        assert_eq!(
            surfaces,
            [
                "Trump",
                ":",
                "“",
                "assistance",
                "was",
                "n’t",
                "discussed",
                "”"
            ]
        );
    }

    #[test]
    fn weighs_reporting_verbs_and_calendar_words() {
        let cases = [
            ("assistance was not discussed", "discussed", 0.1),
            ("they discussed assistance", "discussed", 0.3),
            ("they discussed assistance", "assistance", 1.0),
            ("the issue has not been raised", "raised", 0.1),
            ("the port closed on Friday", "friday", 0.3),
            ("the port closed in March", "march", 0.3),
            ("the port closed in March", "port", 1.0),
            ("no arrests were made", "made", 0.3),
            ("the minister took part", "took", 0.3),
            ("no arrests were made", "arrests", 1.0),
            // A noun of measure or kind weighs less than what it measures.
            ("he is eating a bowl of cereal", "bowl", 0.5),
            ("he is eating a bowl of cereal", "cereal", 1.0),
            ("the bowl of the fountain", "bowl", 1.0),
            // An attribution set apart from the claim weighs as a reporting verb.
            (
                "every ticket was sold, the club said on Friday",
                "club",
                0.3,
            ),
            (
                "every ticket was sold, the club said on Friday",
                "ticket",
                1.0,
            ),
            (
                "According to officials, the council bought the bridge",
                "officials",
                0.3,
            ),
            (
                "the port closed, according to the harbour master",
                "harbour",
                0.3,
            ),
            // Not a verb with its own object, a speaker whose claim follows, nor a verb that
            // may be the claim.
            (
                "the port closed, the minister told reporters",
                "minister",
                1.0,
            ),
            ("officials said the port closed", "officials", 1.0),
            (
                "the fishing dispute was not discussed in the call",
                "dispute",
                1.0,
            ),
        ];
        for (raw, word, expected) in cases {
            let text = Text::new(raw);
            let token = text.tokens.iter().find(|t| t.lower == word).unwrap();
            assert_eq!(token.weight, expected, "{raw:?} / {word:?}");
        }
    }

    #[test]
    fn indefinite_openings() {
        let cases = [
            ("A man is sitting", true),
            ("Two dogs are running", true),
            ("There is a cat", true),
            ("Some people agree", true),
            ("The man is sitting", false),
            ("Russia agreed", false),
            ("Prices will rise", false),
            ("Its 30-day pause", false),
        ];
        for (raw, expected) in cases {
            assert_eq!(Text::new(raw).indefinite, expected, "{raw:?}");
        }
    }

    #[test]
    fn a_claim_set_beside_its_denial_is_a_dispute() {
        // (statement, whether it reports a claim together with its denial)
        let cases = [
            (
                "Residents said the mill had dumped waste in the river, an allegation the \
                 owners denied",
                true,
            ),
            (
                "The union said pay had fallen, a claim disputed by the board",
                true,
            ),
            ("He was charged with fraud, charges which he denies", true),
            (
                "Rebels said they held the port — a claim the navy rejects",
                true,
            ),
            // The denial is the statement's own claim, not set beside another.
            ("The allegation was denied by the owners", false),
            ("The owners denied the allegation", false),
            // A claim after a comma that nobody denies.
            (
                "The mill closed in May, a claim the owners confirmed",
                false,
            ),
        ];
        for (raw, expected) in cases {
            assert_eq!(Text::new(raw).disputed, expected, "{raw:?}");
        }
    }

    #[test]
    fn last_before_a_time_is_no_opposite_of_first() {
        for (raw, opposite) in [
            ("She retired last year", false),
            ("The council met last Tuesday", false),
            ("She caught the last train", true),
        ] {
            let text = Text::new(raw);
            let last = text.tokens.iter().find(|t| t.lower == "last").unwrap();
            assert_eq!(last.opposites.is_some(), opposite, "{raw:?}");
        }
    }

    #[test]
    fn comparatives_meet_their_opposites() {
        let cases = [
            ("higher", Some("high")),
            ("lower", Some("low")),
            ("larger", Some("large")),
            ("bigger", Some("big")),
            ("player", None),
            ("later", None),
            ("offer", None),
            ("water", None),
        ];
        // Compared by stem: "larg" and "large" are one word.
        for (word, base) in cases {
            assert_eq!(
                comparative_base(word).map(|w| stem(&w)),
                base.map(stem),
                "{word:?}"
            );
        }
        let (a, b) = (
            Text::new("Rents were higher in 2024"),
            Text::new("Rents were lower in 2024"),
        );
        assert!(antonyms::are_antonyms(&a.tokens[2].stem, &b.tokens[2].stem));
    }

    #[test]
    fn marks_names_and_hedges() {
        let text = Text::new("Officials in Kyiv may agree");
        assert!(text.tokens[2].proper && !text.tokens[0].proper);
        assert!(text.hedged);
        assert!(!Text::new("They agree").hedged);
        // An allegation is reported, not vouched for; a title claimed is a fact.
        for (raw, hedged) in [
            ("Prosecutors alleged that Harker stole the money", true),
            ("The alleged fraud took place in May", true),
            ("Councillors claimed that the mayor had misused funds", true),
            ("Rovers claimed the title on Sunday", false),
            // "May" the month hedges nothing.
            ("Unemployment was 7.1% in May", false),
            ("The figures published on 3 May show a rise", false),
            ("Unemployment may rise", true),
        ] {
            assert_eq!(Text::new(raw).hedged, hedged, "{raw:?}");
        }
        // A word no dictionary knows opening a sentence is a name when a name follows it; a
        // title or a word of the dictionary is not.
        for (raw, proper) in [
            ("Harbourline Group has won the tender", true),
            ("Judge Imelda Starke threw out the case", false),
            ("Harbourline has won the tender", false),
            ("Tuesday's vote in Ostley was close", false),
        ] {
            assert_eq!(Text::new(raw).tokens[0].proper, proper, "{raw:?}");
        }
        // A title names no one, and a speaker set off by commas says who makes the claim.
        let text = Text::new(
            "The unit opened in April, the trust's chief executive, Dr Helen Marwood, told MPs",
        );
        assert!(text.names.is_empty(), "{:?}", text.names);
        // "state" before a noun says what kind of utility, and reports nothing: the name
        // before it is what the claim is about, and the one before "said" who makes it.
        let text = Text::new("The contract went to Halcyon Energy, state utility Velkraft said");
        let names: Vec<&str> = text
            .names
            .iter()
            .map(|&i| text.tokens[i].lower.as_str())
            .collect();
        assert_eq!(names, ["halcyon", "energy"]);
        // After a title's point the name is still a name, and a case's party no verb of
        // saying: the date is the hearing's.
        let text = Text::new("Mr. Okafor argued Varna v. State on Tuesday, the calendar shows");
        assert!(text.tokens[1].proper);
        assert!(text.tokens.iter().all(|t| !t.attribution || t.clause > 0));
        // In capitals throughout, capitals mark no name.
        let caps = Text::new("ACME FOODS SALES COME IN AT $2.9 BILLION");
        assert!(caps.tokens.iter().all(|t| !t.proper));
        assert!(Text::new("Sales at Acme Foods rose").tokens[2].proper);
        // After a colon or an opening quote a sentence starts: its first word is no name.
        for raw in [
            "BREAKING: Incumbent Joan Arkwright wins",
            "\"Incumbent Joan Arkwright wins,\" they said",
        ] {
            let text = Text::new(raw);
            let first = text.tokens.iter().find(|t| t.lower == "incumbent").unwrap();
            assert!(!first.proper, "{raw}");
        }
        // Who says it, before a colon at the start, is neither content nor a name.
        let speaker = Text::new("Labour statement: 'Our candidate Idris Bell has won.'");
        assert!(
            speaker.tokens[..2]
                .iter()
                .all(|t| t.class == Class::Stop && !t.proper)
        );
        assert!(speaker.tokens.iter().any(|t| t.lower == "bell" && t.proper));
        // No speaker: a time's colon, nor a headline that names a figure before it.
        for (raw, word) in [
            ("Turnout at 18:00 was 40 percent", "turnout"),
            ("Brackwell Bank first-half profit: £912m", "profit"),
        ] {
            let text = Text::new(raw);
            assert!(
                text.tokens
                    .iter()
                    .any(|t| t.lower == word && t.class == Class::Content),
                "{raw:?}"
            );
        }
        // A sentence may end with "p.m.": a capital after it is taken as the next sentence's
        // first word, not a name ("at 8 p.m. Lisbon time" loses its name; it is rarer).
        let after_time = Text::new("Polls closed at 8 p.m. Counting began");
        assert!(
            after_time.tokens.iter().all(|t| !t.proper),
            "{after_time:?}"
        );
    }
}
