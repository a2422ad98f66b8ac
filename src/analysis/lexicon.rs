//! Word relations from WordNet 3.0 (`relations.tsv`, made by `scripts/gen-wordnet relations`):
//! which nouns and verbs share a sense (synonyms: "speak" / "talk") and which is a kind of
//! which (hypernyms: "lady" is a kind of "woman", "slice" a kind of "cut"). Alignment uses it so
//! that a denial phrased in other words still meets what it denies.
//!
//! The table is read once, on first use, keyed by stem so that inflected words find it. Also
//! here: irregular forms ("men", "rose"), from WordNet's exception lists (`inflections.tsv`).

use super::text::stem;
use std::collections::HashMap;
use std::sync::OnceLock;

const TABLE: &str = include_str!("relations.tsv");
const INFLECTIONS: &str = include_str!("inflections.tsv");

/// How two words relate in meaning.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Relation {
    /// They share a common sense: "speak" / "talk".
    Synonym,
    /// The first is a kind of the second: "lady" / "woman".
    Narrower,
    /// The second is a kind of the first: "woman" / "lady".
    Broader,
}

impl Relation {
    /// The relation seen from the other word: `Narrower` <-> `Broader`.
    pub fn inverse(self) -> Relation {
        match self {
            Relation::Synonym => Relation::Synonym,
            Relation::Narrower => Relation::Broader,
            Relation::Broader => Relation::Narrower,
        }
    }
}

#[derive(Debug, Default)]
struct Senses {
    synsets: Vec<&'static str>,
    hypernyms: Vec<&'static str>,
}

fn senses() -> &'static HashMap<String, Senses> {
    static SENSES: OnceLock<HashMap<String, Senses>> = OnceLock::new();
    SENSES.get_or_init(|| {
        let mut map: HashMap<String, Senses> = HashMap::new();
        for line in TABLE.lines().filter(|l| !l.starts_with('#')) {
            let mut fields = line.split('\t');
            let (Some(lemma), Some(_pos), Some(synsets)) =
                (fields.next(), fields.next(), fields.next())
            else {
                continue;
            };
            let hypernyms = fields.next().unwrap_or("");
            let entry = map.entry(stem(lemma)).or_default();
            entry
                .synsets
                .extend(synsets.split(',').filter(|s| !s.is_empty()));
            entry
                .hypernyms
                .extend(hypernyms.split(',').filter(|s| !s.is_empty()));
        }
        map
    })
}

/// The base form of an irregular noun or verb form, from WordNet's exception lists
/// (`inflections.tsv`): `"men"` -> `Some("man")`, `"rose"` -> `Some("rise")`, `"dogs"` -> `None`.
pub fn base_form(lower: &str) -> Option<&'static str> {
    static FORMS: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    let forms = FORMS.get_or_init(|| {
        INFLECTIONS
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.split_once('\t'))
            .collect()
    });
    forms.get(lower).copied()
}

/// How the words with stems `x` and `y` relate, if they do.
///
/// `("ladi", "woman")` -> `Some(Narrower)`, `("speak", "talk")` -> `Some(Synonym)`,
/// `("piano", "guitar")` -> `None`
pub fn relation(x: &str, y: &str) -> Option<Relation> {
    if x == y {
        return Some(Relation::Synonym);
    }
    let senses = senses();
    let (sx, sy) = (senses.get(x)?, senses.get(y)?);
    let shares = |p: &[&str], q: &[&str]| p.iter().any(|s| q.contains(s));
    // Verbs that share a sense or where one is a manner of the other ("slice" / "cut") name
    // one event, whichever is the narrower; nouns keep their direction (a lady is a woman,
    // not every woman a lady). Ids start with their part of speech.
    let verbs = |ids: &[&'static str]| {
        ids.iter()
            .copied()
            .filter(|i| i.starts_with('v'))
            .collect::<Vec<_>>()
    };
    let (vx, vy) = (verbs(&sx.synsets), verbs(&sy.synsets));
    let verb_related = shares(&vx, &vy) || shares(&vy, &sx.hypernyms) || shares(&vx, &sy.hypernyms);
    if shares(&sx.synsets, &sy.synsets) || verb_related {
        Some(Relation::Synonym)
    } else if shares(&sy.synsets, &sx.hypernyms) {
        Some(Relation::Narrower)
    } else if shares(&sx.synsets, &sy.hypernyms) {
        Some(Relation::Broader)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relations() {
        let cases = [
            ("lady", "woman", Some(Relation::Narrower)),
            ("woman", "lady", Some(Relation::Broader)),
            ("slicing", "cutting", Some(Relation::Synonym)),
            ("speak", "talk", Some(Relation::Synonym)),
            ("puppy", "dog", Some(Relation::Narrower)),
            ("man", "person", Some(Relation::Narrower)),
            ("piano", "guitar", None),
            ("man", "woman", None),
            ("cat", "dog", None),
            ("assistance", "aid", Some(Relation::Synonym)),
        ];
        for (x, y, expected) in cases {
            assert_eq!(relation(&stem(x), &stem(y)), expected, "{x:?} / {y:?}");
        }
    }
}
