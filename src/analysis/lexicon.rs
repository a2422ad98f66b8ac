//! Word relations from WordNet 3.0 (`relations.tsv`, made by `scripts/gen-wordnet relations`):
//! which nouns, verbs and adjectives share a sense (synonyms: "speak" / "talk", "big" /
//! "large") and which noun or verb is a kind of which (hypernyms: "lady" is a kind of
//! "woman", "slice" a kind of "cut"), and which noun names the act of which verb ("injury" /
//! "injure"). Alignment uses it so that a denial phrased in other words still meets what it
//! denies.
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

/// A word's common senses and their hypernyms, as sorted synset ids (verb ids have the top
/// bit set, adjective ids the next), looked up once per token so that pairs compare integers.
#[derive(Debug, Default, PartialEq)]
pub struct Senses {
    synsets: Vec<u32>,
    hypernyms: Vec<u32>,
    /// For a noun of an act, event or state, the verb senses it names ("injury": "injure").
    verbs: Vec<u32>,
    /// One bit per id (the id modulo 128) of `synsets` (and `verbs`) and of `hypernyms`: two
    /// words whose bits do not meet share no id, which settles most pairs without a merge.
    synset_bits: u128,
    hypernym_bits: u128,
}

fn bits(ids: &[u32]) -> u128 {
    // Mixed first: ids of one part of speech are close together.
    ids.iter()
        .fold(0, |acc, id| acc | 1 << (id.wrapping_mul(0x9E37_79B9) >> 25))
}

impl Senses {
    /// The ids of the word's own senses.
    pub fn ids(&self) -> impl Iterator<Item = u32> + '_ {
        self.synsets.iter().copied()
    }
}

/// `"n1a3"` -> the base-36 number 1a3, with the top bit set for a verb (`v`).
fn synset_id(id: &str) -> Option<u32> {
    let (pos, number) = id.split_at_checked(1)?;
    let number = u32::from_str_radix(number, 36).ok()?;
    match pos {
        "n" => Some(number & 0x7FFF_FFFF),
        "v" => Some(number | 0x8000_0000),
        "a" => Some((number & 0x3FFF_FFFF) | 0x4000_0000),
        _ => None,
    }
}

impl Senses {
    /// Whether the word can be a noun.
    pub fn noun(&self) -> bool {
        self.synsets.iter().any(|&id| id & 0xC000_0000 == 0)
    }

    /// Whether the word can be an adjective.
    pub fn adjective(&self) -> bool {
        self.synsets
            .iter()
            .any(|&id| id & 0xC000_0000 == 0x4000_0000)
    }

    /// Whether the word, as a noun, names an act, an event or a state of a verb ("arrest",
    /// "injury"; not "seat").
    pub fn names_a_verb(&self) -> bool {
        !self.verbs.is_empty()
    }

    /// Whether the word can be a verb.
    pub fn verb(&self) -> bool {
        self.synsets.iter().any(|&id| is_verb(id))
    }
}

fn is_verb(id: u32) -> bool {
    id & 0x8000_0000 != 0
}

/// The senses of the word with stem `word_stem`, if the table has it.
pub fn senses_of(word_stem: &str) -> Option<&'static Senses> {
    static SENSES: OnceLock<HashMap<String, Senses>> = OnceLock::new();
    let map = SENSES.get_or_init(|| {
        let mut map: HashMap<String, Senses> = HashMap::new();
        for line in TABLE.lines().filter(|l| !l.starts_with('#')) {
            let mut fields = line.split('\t');
            let (Some(lemma), Some(_pos), Some(synsets)) =
                (fields.next(), fields.next(), fields.next())
            else {
                continue;
            };
            let hypernyms = fields.next().unwrap_or("");
            let verbs = fields.next().unwrap_or("");
            let entry = map.entry(stem(lemma)).or_default();
            entry
                .synsets
                .extend(synsets.split(',').filter_map(synset_id));
            entry
                .hypernyms
                .extend(hypernyms.split(',').filter_map(synset_id));
            entry.verbs.extend(verbs.split(',').filter_map(synset_id));
        }
        for senses in map.values_mut() {
            for ids in [
                &mut senses.synsets,
                &mut senses.hypernyms,
                &mut senses.verbs,
            ] {
                ids.sort_unstable();
                ids.dedup();
            }
            senses.synset_bits = bits(&senses.synsets) | bits(&senses.verbs);
            senses.hypernym_bits = bits(&senses.hypernyms);
        }
        map
    });
    map.get(word_stem)
}

/// Whether two sorted id lists share an id (only ids `keep` accepts).
fn shares(p: &[u32], q: &[u32], keep: impl Fn(u32) -> bool) -> bool {
    let (mut i, mut j) = (0, 0);
    while i < p.len() && j < q.len() {
        match p[i].cmp(&q[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal if keep(p[i]) => return true,
            std::cmp::Ordering::Equal => {
                i += 1;
                j += 1;
            }
        }
    }
    false
}

/// How two words relate, given their senses. Words with many senses share signature bits
/// often, and the same words meet again and again in a corpus, so each thread remembers the
/// answers for pairs whose signatures meet (see [`Memo`]).
#[inline]
pub fn relate(x: &'static Senses, y: &'static Senses) -> Option<Relation> {
    if !meet(x, y) {
        return None;
    }
    with_memo(|memo| memo.remembered(x, y))
}

/// Whether the signatures of two words meet: a shared sense, or a sense of one among the
/// other's hypernyms, may be there. When they do not, the words do not relate.
#[inline]
fn meet(x: &Senses, y: &Senses) -> bool {
    (x.synset_bits & y.synset_bits)
        | (y.synset_bits & x.hypernym_bits)
        | (x.synset_bits & y.hypernym_bits)
        != 0
}

/// The relations a thread has worked out, by the two words' senses. Alignment asks for
/// many in a row: it takes the thread's memo once ([`with_memo`]) rather than for each.
#[derive(Default)]
pub struct Memo {
    seen: rustc_hash::FxHashMap<(usize, usize), Option<Relation>>,
}

impl Memo {
    /// [`relate`], with this memo.
    #[inline]
    pub fn relate(&mut self, x: &'static Senses, y: &'static Senses) -> Option<Relation> {
        if !meet(x, y) {
            return None;
        }
        self.remembered(x, y)
    }

    fn remembered(&mut self, x: &'static Senses, y: &'static Senses) -> Option<Relation> {
        let key = (
            std::ptr::from_ref(x) as usize,
            std::ptr::from_ref(y) as usize,
        );
        // The table holds tens of thousands of words; a hostile input cannot grow this past
        // a bound.
        if self.seen.len() > 1 << 20 {
            self.seen.clear();
        }
        *self
            .seen
            .entry(key)
            .or_insert_with(|| relate_uncached(x, y))
    }
}

/// Runs `f` with this thread's [`Memo`]. Not to be nested.
pub fn with_memo<R>(f: impl FnOnce(&mut Memo) -> R) -> R {
    use std::cell::RefCell;
    thread_local! {
        static MEMO: RefCell<Memo> = RefCell::default();
    }
    MEMO.with_borrow_mut(f)
}

fn relate_uncached(x: &Senses, y: &Senses) -> Option<Relation> {
    if !meet(x, y) {
        return None;
    }
    let any = |_| true;
    // Verbs that share a sense or where one is a manner of the other ("slice" / "cut") name
    // one event, whichever is the narrower; nouns keep their direction (a lady is a woman,
    // not every woman a lady).
    let verb_related =
        shares(&y.synsets, &x.hypernyms, is_verb) || shares(&x.synsets, &y.hypernyms, is_verb);
    // A noun of an act and its verb name one event: "injuries" / "injured".
    let derived = shares(&x.verbs, &y.synsets, any) || shares(&y.verbs, &x.synsets, any);
    if shares(&x.synsets, &y.synsets, any) || verb_related || derived {
        Some(Relation::Synonym)
    } else if shares(&y.synsets, &x.hypernyms, any) {
        Some(Relation::Narrower)
    } else if shares(&x.synsets, &y.hypernyms, any) {
        Some(Relation::Broader)
    } else {
        None
    }
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
    relate(senses_of(x)?, senses_of(y)?)
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
            // Three levels up: a pizza is a dish, nutriment, food.
            ("pizza", "food", Some(Relation::Narrower)),
            ("piano", "guitar", None),
            ("man", "woman", None),
            ("cat", "dog", None),
            ("assistance", "aid", Some(Relation::Synonym)),
            // Adjectives: synonyms only.
            ("big", "large", Some(Relation::Synonym)),
            ("big", "small", None),
            // A noun of an act, event or state and its verb name one thing; a noun of the
            // one who does it does not.
            ("injuries", "injured", Some(Relation::Synonym)),
            ("admitted", "admissions", Some(Relation::Synonym)),
            ("agreement", "agreed", Some(Relation::Synonym)),
            ("player", "play", None),
            ("driver", "drive", None),
        ];
        for (x, y, expected) in cases {
            assert_eq!(relation(&stem(x), &stem(y)), expected, "{x:?} / {y:?}");
        }
    }
}
