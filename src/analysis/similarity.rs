//! Alignment and similarity of two tokenised statements: which content terms of one stand for
//! which of the other, and how much of each statement the other covers.
//!
//! Terms align when their stems are equal ("discussed" / "discussion" -> "discuss"), and names
//! also when they are spelling variants of each other ("Kiev" / "Kyiv", "Odessa" / "Odesa"),
//! judged with strsim. Each token counts with its weight (`Token::weight`), so that reporting
//! verbs ("said", "discussed") count less than the words of the claim.

use super::lexicon::{self, Relation};
use super::text::{Class, Slot, Text, Token};

/// Which content tokens of `a` align with which of `b`.
#[derive(Debug, Clone, Default)]
pub struct Alignment {
    /// Aligned (token of a, token of b) pairs, by token index, in `a`'s order.
    pub pairs: Vec<(usize, usize)>,
    /// For each token of a, the token of b it aligns with.
    pub a_to_b: Vec<Option<usize>>,
    /// For each token of b, the token of a it aligns with.
    pub b_to_a: Vec<Option<usize>>,
    /// For each aligned token of a, how it relates to its token of b (`Narrower`: a's word is
    /// a kind of b's). Equal stems and name variants are synonyms.
    pub relations: Vec<Option<Relation>>,
    /// Which slots of b are aligned already, while aligning: kept here so that an alignment
    /// reused for the next pair ([`align_into`]) needs no new vector.
    taken: Vec<bool>,
}

impl Alignment {
    /// Whether what token `index` of one side says covers its partner on the other side: the
    /// same meaning, or a broader one ("no woman is cooking" covers "a lady is cooking"; "no
    /// lady is cooking" does not cover "a woman is cooking"). `from_a` says which side `index`
    /// is on.
    pub fn covers(&self, index: usize, from_a: bool) -> bool {
        let relation = if from_a {
            self.relations.get(index).copied().flatten()
        } else {
            let partner = self.b_to_a.get(index).copied().flatten();
            partner
                .and_then(|p| self.relations[p])
                .map(Relation::inverse)
        };
        matches!(relation, Some(Relation::Synonym | Relation::Broader))
    }
}

/// The weight of a content token in coverage and similarity (see [`Token::weight`]).
pub fn weight(token: &Token) -> f64 {
    token.weight
}

/// Aligns the content and number tokens of `a` with those of `b`, each token used once:
/// equal stems first, then spelling variants of names, then words WordNet relates.
pub fn align(a: &Text, b: &Text) -> Alignment {
    let mut alignment = Alignment::default();
    align_into(a, b, &mut alignment);
    alignment
}

/// [`align`], written into `alignment`, whatever it held: its vectors are reused, so that
/// aligning pair after pair into one `Alignment` allocates nothing once they are long enough.
pub fn align_into(a: &Text, b: &Text, alignment: &mut Alignment) {
    let reset = |list: &mut Vec<Option<_>>, len: usize| {
        list.clear();
        list.resize(len, None);
    };
    reset(&mut alignment.a_to_b, a.tokens.len());
    reset(&mut alignment.b_to_a, b.tokens.len());
    alignment.relations.clear();
    alignment.relations.resize(a.tokens.len(), None);
    alignment.pairs.clear();
    // The passes scan `Slot`s, a few words each, rather than whole tokens: this runs for
    // every compared pair.
    let (in_a, in_b) = (&a.alignable, &b.alignable);
    let mut taken = std::mem::take(&mut alignment.taken);
    taken.clear();
    taken.resize(in_b.len(), false);
    let link = |alignment: &mut Alignment, taken: &mut [bool], x: &Slot, q: usize, relation| {
        let j = in_b[q].index;
        taken[q] = true;
        alignment.a_to_b[x.index] = Some(j);
        alignment.b_to_a[j] = Some(x.index);
        alignment.relations[x.index] = Some(relation);
    };
    // Equal stems, or equal numbers. A word said twice in `b` ("the budget statement shows
    // the police budget was cut") aligns with the one whose neighbours match too ("the police
    // budget").
    let same = |x: &Slot, y: &Slot| match (x.number, y.number) {
        (Some(p), Some(v)) => p == v,
        (None, None) => x.stem_id == y.stem_id,
        _ => false,
    };
    for (k, x) in in_a.iter().enumerate() {
        // No token of `b` has the stem or value of this one.
        if b.slot_bits & x.bit == 0 {
            continue;
        }
        let free = |q: &usize| !taken[*q] && same(x, &in_b[*q]);
        let mut found = (0..in_b.len()).find(free);
        if let Some(first) = found
            && (first + 1..in_b.len()).any(|q| free(&q))
        {
            let context = |q: usize| {
                let before = k > 0 && q > 0 && same(&in_a[k - 1], &in_b[q - 1]);
                let after =
                    k + 1 < in_a.len() && q + 1 < in_b.len() && same(&in_a[k + 1], &in_b[q + 1]);
                usize::from(before) + usize::from(after)
            };
            found = (first..in_b.len())
                .filter(|q| free(q))
                .max_by_key(|&q| (context(q), std::cmp::Reverse(q)));
        }
        if let Some(q) = found {
            link(alignment, &mut taken, x, q, Relation::Synonym);
        }
    }
    // Spellings of one name.
    if in_a.iter().chain(in_b).any(|s| s.proper) {
        // A name and a word the lexicon knows are not two spellings of one name
        // ("Graroni" / "grain").
        let name_like = |s: &Slot| s.proper || s.senses.is_none();
        for x in in_a.iter().filter(|x| x.number.is_none()) {
            // What does not depend on the word of `b` is settled once for the word of `a`.
            let Some(initial) = x.initial.filter(|_| name_like(x)) else {
                continue;
            };
            if alignment.a_to_b[x.index].is_some() {
                continue;
            }
            let found = in_b.iter().enumerate().position(|(q, y)| {
                y.initial == Some(initial)
                    && !taken[q]
                    && y.number.is_none()
                    && (x.proper || y.proper)
                    && name_like(y)
                    && {
                        let (u, v) = (&a.tokens[x.index].lower, &b.tokens[y.index].lower);
                        spelling_variants(u, v) || demonym(u, v)
                    }
            });
            if let Some(q) = found {
                link(alignment, &mut taken, x, q, Relation::Synonym);
            }
        }
        // An acronym and the name it shortens ("IMF" / "International Monetary Fund"): all the
        // name's words align with it.
        for (acronym, name, from_a) in [(a, b, true), (b, a, false)] {
            if !acronym.acronym {
                continue;
            }
            for i in 0..acronym.tokens.len() {
                let aligned = |k: usize| {
                    if from_a {
                        alignment.a_to_b[k].is_some()
                    } else {
                        alignment.b_to_a[k].is_some()
                    }
                };
                if aligned(i) {
                    continue;
                }
                let Some(run) = expands(acronym, i, name) else {
                    continue;
                };
                let free = |k: usize| {
                    if from_a {
                        alignment.b_to_a[k].is_none()
                    } else {
                        alignment.a_to_b[k].is_none()
                    }
                };
                if !run.iter().all(|&k| free(k)) {
                    continue;
                }
                for &k in &run {
                    if from_a {
                        alignment.b_to_a[k] = Some(i);
                    } else {
                        alignment.a_to_b[k] = Some(i);
                        alignment.relations[k] = Some(Relation::Synonym);
                    }
                }
                if from_a {
                    alignment.a_to_b[i] = Some(run[0]);
                    alignment.relations[i] = Some(Relation::Synonym);
                } else {
                    alignment.b_to_a[i] = Some(run[0]);
                }
                // Taken in `b` (by index into its slots), so that later passes leave them.
                for (q, slot) in in_b.iter().enumerate() {
                    let index = slot.index;
                    if (from_a && run.contains(&index)) || (!from_a && index == i) {
                        taken[q] = true;
                    }
                }
            }
        }
    }
    // Words news reports use for one event that WordNet keeps apart.
    if in_a.iter().any(|x| x.news != 0) && in_b.iter().any(|y| y.news != 0) {
        for x in in_a.iter().filter(|x| x.news != 0) {
            if alignment.a_to_b[x.index].is_some() {
                continue;
            }
            let found = (0..in_b.len()).find(|&q| !taken[q] && in_b[q].news & x.news != 0);
            if let Some(q) = found {
                link(alignment, &mut taken, x, q, Relation::Synonym);
            }
        }
    }
    // Synonyms, or one a kind of the other, by WordNet.
    lexicon::with_memo(|memo| {
        for x in in_a {
            let Some(sx) = x.senses else { continue };
            if alignment.a_to_b[x.index].is_some() || x.number.is_some() || x.light {
                continue;
            }
            // A name and a common word are one thing only as synonyms: "East" (a region) is
            // no kind of the "regional" in "the regional bulletin". Nor are words of two
            // names: "Halvorsen Civil Engineering" / "Brightwater Group" ("civil" / "group").
            let found = in_b.iter().enumerate().find_map(|(q, y)| match y.senses {
                Some(sy) if !taken[q] && y.number.is_none() && !y.light => memo
                    .relate(sx, sy)
                    .filter(|&r| (!x.proper && !y.proper) || r == Relation::Synonym)
                    .map(|relation| (q, relation)),
                _ => None,
            });
            if let Some((q, relation)) = found {
                link(alignment, &mut taken, x, q, relation);
            }
        }
    });
    let aligned = alignment.a_to_b.iter().enumerate();
    let pairs = aligned.filter_map(|(i, j)| j.map(|j| (i, j)));
    alignment.pairs.extend(pairs);
    alignment.taken = taken;
}

/// Verbs that news reports use for one event and WordNet does not relate: a bill is passed
/// or approved, jobs are cut or axed, a plan is cancelled or scrapped, a hearing set or
/// scheduled, a suspect arrested or detained, a hostage freed or released. And nouns: two counts of fraud are two charges, a
/// match's fans its spectators, the jobless rate the unemployment rate.
const NEWS_SYNONYMS: &[&[&str]] = &[
    &["approve", "pass", "adopt", "greenlight"],
    &["cut", "axe", "slash"],
    &["cancel", "scrap", "axe"],
    &["sign", "ink"],
    &["win", "clinch", "award"],
    &["dismiss", "sack"],
    &["schedule", "slate", "set"],
    &["arrest", "detain"],
    &["free", "release"],
    // Of a court: "two counts of fraud" are two charges.
    &["charge", "count"],
    // Of a court: one found guilty is convicted.
    &["convict", "guilty"],
    // Of the labour market: the jobless rate is the unemployment rate.
    &["jobless", "unemployment", "unemployed"],
    // Of a match: the crowd.
    &["attendance", "crowd", "fan", "spectator", "supporter"],
    // Of the roads: a crash is a collision.
    &["collision", "crash"],
    // Of a vote: voters go to the polls in an election, and voting is polling.
    &["election", "poll", "vote"],
];

/// The groups of verbs that news uses for one event ("approve" / "pass", "cut" / "axe") a
/// stem is in, as bits: 0 for most words.
pub fn news_groups(stem_id: u64) -> u32 {
    use rustc_hash::FxHashMap;
    use std::sync::OnceLock;
    // Keyed by stem ids, hashes already: a light hasher will do, for every word of every
    // statement.
    static GROUPS: OnceLock<FxHashMap<u64, u32>> = OnceLock::new();
    let groups = GROUPS.get_or_init(|| {
        let mut groups: FxHashMap<u64, u32> = FxHashMap::default();
        for (g, words) in NEWS_SYNONYMS.iter().enumerate() {
            for word in *words {
                for stem in super::antonyms::stems_of_forms(word, "v") {
                    *groups.entry(super::text::stem_id(&stem)).or_default() |= 1 << g;
                }
            }
        }
        groups
    });
    groups.get(&stem_id).copied().unwrap_or(0)
}

/// Words a name may hold that its acronym leaves out: "Bank of England" is "BoE" or "BE".
const ACRONYM_GAPS: &[&str] = &["and", "for", "of", "on", "the"];

/// When token `at` of `text` is an acronym (two to six capitals: "IMF", "WHO") and `other`
/// spells it out as a run of capitalised words, the indices of that run's words: "IMF" /
/// "the International Monetary Fund" -> [International, Monetary, Fund].
fn expands(text: &Text, at: usize, other: &Text) -> Option<Vec<usize>> {
    let surface = text.surface(&text.tokens[at]);
    // Bytes first: this runs for every word of every aligned pair.
    if !(2..=6).contains(&surface.len()) || !surface.bytes().all(|c| c.is_ascii_uppercase()) {
        return None;
    }
    let letters: Vec<char> = surface.chars().collect();
    let tokens = &other.tokens;
    (0..tokens.len()).find_map(|start| {
        let mut run = Vec::new();
        let mut k = start;
        for &letter in &letters {
            while k < tokens.len()
                && !run.is_empty()
                && ACRONYM_GAPS.contains(&tokens[k].lower.as_str())
            {
                k += 1;
            }
            let word = tokens.get(k)?;
            let initial = other.surface(word).chars().next()?;
            if !(word.class == Class::Content && initial == letter) {
                return None;
            }
            run.push(k);
            k += 1;
        }
        // The whole name, not the start of a longer one.
        let longer = tokens.get(k).is_some_and(|t| {
            t.class == Class::Content && other.surface(t).starts_with(char::is_uppercase)
        });
        (!longer).then_some(run)
    })
}

/// Whether two names are spellings of one name: the same consonants, and one edit apart or
/// close letters ("kiev" / "kyiv", "zelensky" / "zelenskyy", "odessa" / "odesa"). Both at
/// least four letters and starting alike, so short words are never merged.
///
/// `("kiev", "kyiv")` -> true, `("kiev", "kharkiv")` -> false
pub fn spelling_variants(x: &str, y: &str) -> bool {
    // Byte tests first: this runs for every pair of names.
    if x.len() < 4 || y.len() < 4 || x.as_bytes()[0] != y.as_bytes()[0] {
        return false;
    }
    if x.chars().count() < 4 || y.chars().count() < 4 || x.chars().next() != y.chars().next() {
        return false;
    }
    // Transliterations change vowels and double letters, not consonants: "Teroni" and
    // "Tesoni" are two towns.
    skeleton(x) == skeleton(y)
        && (strsim::levenshtein(x, y) <= 1 || strsim::jaro_winkler(x, y) >= 0.8)
}

/// Whether one name is the other's people or adjective: "aldovia" / "aldovian", "karsten" /
/// "karstenian", "ukraine" / "ukrainian", "china" / "chinese", "iraq" / "iraqi", "germany" /
/// "german". The place at least four letters, with or without its final vowel.
///
/// `("russia", "russian")` -> true, `("russia", "prussian")` -> false
pub fn demonym(x: &str, y: &str) -> bool {
    const SUFFIXES: &[&str] = &["n", "an", "ian", "ese", "i", "ish"];
    let of = |place: &str, people: &str| {
        let bare = place.strip_suffix(['a', 'e', 'o', 'y']);
        [Some(place), bare].into_iter().flatten().any(|base| {
            base.chars().count() >= 4
                && people.strip_prefix(base).is_some_and(|rest| {
                    SUFFIXES.contains(&rest) || (rest.is_empty() && bare == Some(base))
                })
        })
    };
    x != y && (of(x, y) || of(y, x))
}

/// The consonants of a word, doubled letters collapsed: "odessa" -> "ds", "kyiv" -> "kv".
fn skeleton(word: &str) -> String {
    let mut out = String::new();
    for c in word.chars().filter(|c| !"aeiouy".contains(*c)) {
        if !out.ends_with(c) {
            out.push(c);
        }
    }
    out
}

/// How much one statement says of the other: the larger of the two weighted shares of content
/// that aligns, leaving out token `skip_a` of a and `skip_b` of b (the words in dispute). A
/// short claim fully said inside a long sentence scores 1, where a symmetric measure would not.
///
/// "The factory remains open despite the strike" / "The factory is closed", skipping
/// open and closed -> 1.0
pub fn overlap(
    a: &Text,
    b: &Text,
    alignment: &Alignment,
    skip_a: Option<usize>,
    skip_b: Option<usize>,
) -> f64 {
    let of_a = coverage(a, skip_a, |i| alignment.a_to_b[i].is_some());
    let of_b = coverage(b, skip_b, |j| alignment.b_to_a[j].is_some());
    of_a.max(of_b)
}

/// Weighted share of `text`'s content tokens (but `skip`) that align, where `aligned(i)` says
/// whether token `i` does. 0 when there is no content.
pub fn coverage(text: &Text, skip: Option<usize>, aligned: impl Fn(usize) -> bool) -> f64 {
    let (mut said, mut total) = (0.0, 0.0);
    for (i, token) in text.content() {
        if Some(i) == skip {
            continue;
        }
        total += weight(token);
        if aligned(i) {
            said += weight(token);
        }
    }
    if total > 0.0 { said / total } else { 0.0 }
}

/// How much of the rest of a disputed word's clause the other statement says: the weighted
/// share of the content words of clause `clause` of `text`, but those `skip` leaves out (the
/// disputed words), that `aligned` says align. `None` when the clause has no other content
/// word.
pub fn clause_said(
    text: &Text,
    clause: usize,
    skip: impl Fn(usize) -> bool,
    aligned: impl Fn(usize) -> bool,
) -> Option<f64> {
    let (mut said, mut total) = (0.0, 0.0);
    for (i, token) in text.content() {
        if token.clause != clause || skip(i) {
            continue;
        }
        total += weight(token);
        if aligned(i) {
            said += weight(token);
        }
    }
    (total > 0.0).then_some(said / total)
}

/// The larger of the two sides' [`clause_said`], or `overlap` when neither clause has more
/// than the disputed words.
pub fn either_clause(said_a: Option<f64>, said_b: Option<f64>, overlap: f64) -> f64 {
    match (said_a, said_b) {
        (Some(p), Some(q)) => p.max(q),
        (Some(p), None) | (None, Some(p)) => p,
        (None, None) => overlap,
    }
}

/// Similarity in [0, 1]: the weighted Dice coefficient of the two statements' aligned content
/// terms. "A man is playing a guitar" / "There is no man playing a guitar" -> 1.0 (negation is
/// not content); unrelated statements -> 0.0.
pub fn similarity(a: &Text, b: &Text, alignment: &Alignment) -> f64 {
    let total = |text: &Text| text.content().map(|(_, t)| weight(t)).sum::<f64>();
    let (ta, tb) = (total(a), total(b));
    if ta + tb == 0.0 {
        return 0.0;
    }
    let shared: f64 = alignment
        .pairs
        .iter()
        .filter(|&&(i, _)| a.tokens[i].class == Class::Content)
        .map(|&(i, j)| weight(&a.tokens[i]) + weight(&b.tokens[j]))
        .sum();
    shared / (ta + tb)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spelling_variants_of_names() {
        let cases = [
            ("kiev", "kyiv", true),
            ("odessa", "odesa", true),
            ("zelensky", "zelenskyy", true),
            ("kiev", "kharkiv", false),
            ("man", "men", false),
            ("putin", "trump", false),
            ("teroni", "tesoni", false),
            ("kharkov", "kharkiv", true),
        ];
        for (x, y, same) in cases {
            assert_eq!(spelling_variants(x, y), same, "{x:?} / {y:?}");
        }
    }

    #[test]
    fn a_place_and_its_people() {
        let cases = [
            ("aldovia", "aldovian", true),
            ("karstenian", "karsten", true),
            ("ukraine", "ukrainian", true),
            ("china", "chinese", true),
            ("iraq", "iraqi", true),
            ("germany", "german", true),
            ("russia", "prussian", false),
            ("peru", "perugia", false),
            ("iran", "iran", false),
            ("mali", "malian", true),
            ("chad", "chadwick", false),
        ];
        for (x, y, same) in cases {
            assert_eq!(demonym(x, y), same, "{x:?} / {y:?}");
        }
    }

    #[test]
    fn an_acronym_aligns_with_the_name_it_shortens() {
        // (a, b, whether every word of b's name aligns)
        let cases = [
            (
                "The IMF approved the loan",
                "The International Monetary Fund approved the loan",
                true,
            ),
            (
                "The EU approved the plan",
                "The European Union approved the plan",
                true,
            ),
            (
                "The IMF approved the loan",
                "The International Fund approved the loan",
                false,
            ),
            // The start of a longer name is not the name.
            (
                "The EU approved the plan",
                "The European Union Commission approved the plan",
                false,
            ),
        ];
        for (x, y, expanded) in cases {
            for (a, b) in [(Text::new(x), Text::new(y)), (Text::new(y), Text::new(x))] {
                let alignment = align(&a, &b);
                let (name, map) = if a.raw == y {
                    (&a, &alignment.a_to_b)
                } else {
                    (&b, &alignment.b_to_a)
                };
                let all = name.names.iter().all(|&i| map[i].is_some());
                assert_eq!(all, expanded, "{x:?} / {y:?}");
            }
        }
    }

    #[test]
    fn words_of_two_names_align_only_as_synonyms() {
        // WordNet relates "civil" and "group"; as words of two firms' names they are not one.
        let (a, b) = (
            Text::new("The deal went to Halvorsen Civil Engineering"),
            Text::new("The deal went to the Brightwater Group"),
        );
        let alignment = align(&a, &b);
        for &i in &a.names {
            assert_eq!(alignment.a_to_b[i], None, "{}", a.tokens[i].lower);
        }
    }

    #[test]
    fn news_verbs_of_one_event_align() {
        // (a, b, whether the verbs align)
        let cases = [
            (
                "Parliament approved the budget",
                "Parliament passed the budget",
                true,
            ),
            ("The firm cut 300 jobs", "The firm axed 300 jobs", true),
            (
                "The council scrapped the plan",
                "The council cancelled the plan",
                true,
            ),
            ("Police arrested two men", "Police detained two men", true),
            (
                "The rebels freed the hostages",
                "The rebels released the hostages",
                true,
            ),
            (
                "Parliament approved the budget",
                "Parliament debated the budget",
                false,
            ),
            // A crash on the roads is a collision.
            (
                "The collision happened on Mill Lane",
                "The crash happened on Mill Lane",
                true,
            ),
            // Voters go to the polls in an election.
            (
                "The polls in Aldmere are on Sunday",
                "The election in Aldmere is on Sunday",
                true,
            ),
            (
                "The voting in Aldmere is on Sunday",
                "The polls in Aldmere are on Sunday",
                true,
            ),
            // A hearing set for a date is one scheduled for it.
            (
                "Judges set hearings for May",
                "Judges scheduled hearings for May",
                true,
            ),
            // The jobless rate is the unemployment rate.
            (
                "The jobless rate rose in May",
                "The unemployment rate rose in May",
                true,
            ),
            // A match's fans are its spectators.
            (
                "The fans filled the stadium",
                "The spectators filled the stadium",
                true,
            ),
            // A contract won is one awarded.
            (
                "Halvorsen won the contract",
                "Halvorsen was awarded the contract",
                true,
            ),
            // Of a court, a count is a charge.
            ("Two counts were dropped", "Two charges were dropped", true),
        ];
        for (x, y, aligned) in cases {
            let (a, b) = (Text::new(x), Text::new(y));
            let alignment = align(&a, &b);
            assert_eq!(
                alignment.a_to_b[1].is_some(),
                aligned,
                "{x:?} / {y:?}: {:?}",
                alignment.pairs
            );
        }
    }

    #[test]
    fn similarity_of_pairs() {
        let cases = [
            (
                "A man is playing a guitar",
                "There is no man playing a guitar",
                1.0,
            ),
            ("Aid to Kiev", "aid to Kyiv", 1.0),
            // A name is no spelling of a word the lexicon knows.
            ("The deal in Graroni", "The grain deal", 0.5),
            ("The cat sleeps", "Markets fell sharply", 0.0),
            ("Prisoners were exchanged", "The prisoners exchange", 1.0),
        ];
        for (x, y, expected) in cases {
            let (a, b) = (Text::new(x), Text::new(y));
            let got = similarity(&a, &b, &align(&a, &b));
            assert!((got - expected).abs() < 1e-9, "{x:?} / {y:?}: {got}");
        }
    }

    #[test]
    fn a_word_said_twice_aligns_where_its_neighbours_match() {
        let (a, b) = (
            Text::new("The police budget was increased"),
            Text::new("The budget statement shows the police budget was cut"),
        );
        let alignment = align(&a, &b);
        let at = |text: &Text, word: &str| text.tokens.iter().position(|t| t.lower == word);
        let budget_a = at(&a, "budget").unwrap();
        // The second "budget" of b, after "police".
        let budget_b = b.tokens.iter().rposition(|t| t.lower == "budget").unwrap();
        assert_eq!(alignment.a_to_b[budget_a], Some(budget_b));
        // With no neighbour to tell them apart, the first.
        let (a, b) = (
            Text::new("The budget"),
            Text::new("The budget and the budget"),
        );
        assert_eq!(
            align(&a, &b).a_to_b[at(&a, "budget").unwrap()],
            at(&b, "budget")
        );
    }

    #[test]
    fn figures_align_by_their_value_with_its_scale() {
        // (a, b, whether the figures align)
        let cases = [
            ("a £1.2 billion contract", "a £1.2bn contract", true),
            ("a £1.2 billion contract", "a £1.2 million contract", false),
            ("1,500 jobs", "1.5 thousand jobs", true),
            ("1,500 jobs", "1,500 jobs", true),
        ];
        for (x, y, aligned) in cases {
            let (a, b) = (Text::new(x), Text::new(y));
            let first = |text: &Text| {
                text.tokens
                    .iter()
                    .position(|t| matches!(t.class, super::super::text::Class::Number(_)))
                    .unwrap()
            };
            let got = align(&a, &b).a_to_b[first(&a)] == Some(first(&b));
            assert_eq!(got, aligned, "{x:?} / {y:?}");
        }
    }
}
