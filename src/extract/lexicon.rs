//! The words attribution is recognised by: reporting verbs and what may follow them, and the
//! small closed classes around them (auxiliaries, titles, institution heads, channel nouns).
//! The project's own lists, written for English news prose; each is sorted so that a test can
//! keep it so and lookups can binary-search.

use std::collections::HashMap;
use std::sync::OnceLock;

/// What may follow a reporting verb as the claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Takes {
    /// A noun phrase that is itself the claim: "underscored the significance of ...".
    pub object: bool,
    /// A clause without "that": "said the talks had failed".
    pub bare_clause: bool,
}

const THAT: Takes = Takes {
    object: false,
    bare_clause: false,
};
const OBJECT: Takes = Takes {
    object: true,
    bare_clause: false,
};
const BARE: Takes = Takes {
    object: false,
    bare_clause: true,
};

/// Reporting verbs (lemmas), sorted. All take "that" clauses and quotations; some also a
/// noun-phrase claim or a bare clause.
#[rustfmt::skip]
const VERBS: &[(&str, Takes)] = &[
    ("acknowledge", OBJECT), ("add", BARE), ("admit", BARE), ("affirm", OBJECT), ("agree", THAT),
    ("allege", THAT), ("announce", THAT), ("argue", BARE), ("articulate", OBJECT),
    ("assert", THAT), ("assure", THAT), ("believe", THAT), ("caution", THAT), ("claim", BARE),
    ("clarify", THAT), ("comment", THAT), ("concede", THAT), ("confirm", THAT), ("contend", THAT),
    ("convey", THAT), ("declare", THAT), ("emphasise", OBJECT), ("emphasize", OBJECT),
    ("estimate", THAT), ("explain", THAT), ("express", OBJECT), ("highlight", OBJECT),
    ("hint", THAT), ("indicate", THAT), ("insist", BARE), ("maintain", THAT), ("mention", THAT),
    ("note", OBJECT), ("observe", THAT), ("point", THAT), ("predict", THAT), ("promise", THAT),
    ("propose", THAT), ("reaffirm", OBJECT), ("recall", THAT), ("reiterate", OBJECT),
    ("remark", THAT), ("repeat", THAT), ("reply", THAT), ("report", THAT), ("respond", THAT),
    ("say", BARE), ("signal", THAT), ("state", THAT), ("stress", OBJECT), ("suggest", THAT),
    ("tell", THAT), ("testify", THAT), ("tweet", THAT), ("underline", OBJECT),
    ("underscore", OBJECT), ("voice", OBJECT), ("vow", THAT), ("warn", BARE), ("write", THAT),
];

/// How a verb form is inflected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// "say": counts only after an auxiliary ("did not say", "will say").
    Base,
    /// "says"
    Present,
    /// "said": past tense or participle (the passive "it was said").
    Past,
    /// "saying": counts with its subject right before it ("officials clarifying").
    Ing,
}

/// A reporting verb form: its lemma, what it takes and its form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Verb {
    pub lemma: &'static str,
    pub takes: Takes,
    pub form: Form,
}

/// The reporting verb `word` (lower case) is a form of, if any: "emphasised" -> emphasise.
pub fn verb(word: &str) -> Option<Verb> {
    static FORMS: OnceLock<HashMap<String, Verb>> = OnceLock::new();
    FORMS
        .get_or_init(|| {
            let mut forms = HashMap::new();
            for &(lemma, takes) in VERBS {
                for (word, form) in inflect(lemma) {
                    forms.entry(word).or_insert(Verb { lemma, takes, form });
                }
            }
            forms
        })
        .get(word)
        .copied()
}

/// The forms of a lemma: regular English inflection plus the few irregular verbs listed.
fn inflect(lemma: &str) -> Vec<(String, Form)> {
    let irregular: &[(&str, [&str; 3])] = &[
        ("say", ["says", "said", "saying"]),
        ("tell", ["tells", "told", "telling"]),
        ("write", ["writes", "wrote", "writing"]),
    ];
    if let Some((_, [present, past, ing])) = irregular.iter().find(|(l, _)| *l == lemma) {
        let mut forms = vec![
            (lemma.to_string(), Form::Base),
            (present.to_string(), Form::Present),
            (past.to_string(), Form::Past),
            (ing.to_string(), Form::Ing),
        ];
        if lemma == "write" {
            forms.push(("written".into(), Form::Past));
        }
        return forms;
    }
    let mut forms = vec![(lemma.to_string(), Form::Base)];
    if let Some(stem) = lemma
        .strip_suffix('y')
        .filter(|s| !s.ends_with(['a', 'e', 'o']))
    {
        forms.push((format!("{stem}ies"), Form::Present));
        forms.push((format!("{stem}ied"), Form::Past));
        forms.push((format!("{lemma}ing"), Form::Ing));
    } else if let Some(stem) = lemma.strip_suffix('e') {
        forms.push((format!("{lemma}s"), Form::Present));
        forms.push((format!("{lemma}d"), Form::Past));
        let ing = if lemma.ends_with("ee") { lemma } else { stem };
        forms.push((format!("{ing}ing"), Form::Ing));
    } else {
        let s = if lemma.ends_with(['s', 'x', 'z']) || lemma.ends_with("sh") {
            "es"
        } else {
            "s"
        };
        forms.push((format!("{lemma}{s}"), Form::Present));
        // admit -> admitted, signal -> signalled (and signaled)
        let last = lemma.chars().last().unwrap_or('x');
        let doubled = matches!(lemma, "admit" | "signal");
        if doubled {
            forms.push((format!("{lemma}{last}ed"), Form::Past));
            forms.push((format!("{lemma}{last}ing"), Form::Ing));
        }
        forms.push((format!("{lemma}ed"), Form::Past));
        forms.push((format!("{lemma}ing"), Form::Ing));
    }
    forms
}

/// Auxiliaries that may stand between a speaker and the verb: "has said", "did not say".
pub const AUXILIARIES: &[&str] = &[
    "are", "be", "been", "being", "can", "could", "did", "do", "does", "had", "has", "have", "is",
    "may", "might", "must", "shall", "should", "was", "were", "will", "would",
];

/// The auxiliaries that make a past participle passive: "it was said".
pub const BE: &[&str] = &["are", "be", "been", "being", "is", "was", "were"];

/// Words that deny the attribution when they stand before the verb.
pub const NEGATORS: &[&str] = &["denied", "denies", "deny", "never", "not"];

/// Adverbs that may stand between a speaker and the verb besides those in "-ly".
#[rustfmt::skip]
pub const ADVERBS: &[&str] = &[
    "again", "all", "already", "also", "both", "each", "earlier", "even", "first", "further",
    "just", "later", "once", "previously", "since", "still", "then", "today", "yesterday",
];

/// Words that end a speaker phrase read backwards from the verb: what comes before them
/// belongs to another clause.
pub const CLAUSE_WORDS: &[&str] = &[
    "after", "although", "as", "because", "before", "but", "if", "nor", "or", "since", "so",
    "that", "though", "when", "where", "whereas", "which", "while", "who", "whom", "with", "yet",
];

/// Words that may start a gap between verb and "that": "said in a statement that", "told
/// reporters on Friday that".
#[rustfmt::skip]
pub const GAP_STARTS: &[&str] = &[
    "after", "at", "during", "earlier", "from", "in", "last", "later", "on", "this", "through",
    "to", "via", "yesterday",
];

/// Words a bare clause or a noun-phrase claim may not start with: prepositions, questions
/// ("did not say whether ..."), answers.
pub const NOT_A_CLAIM: &[&str] = &[
    "about", "against", "by", "for", "from", "how", "into", "no", "nothing", "of", "so", "that",
    "to", "what", "whether", "why", "with", "yes",
];

/// Pronouns, which may start a bare clause ("said it would") but are no noun-phrase claim
/// ("noted it").
pub const PRONOUNS: &[&str] = &[
    "he", "her", "him", "it", "me", "she", "them", "they", "this", "us", "we",
];

/// Nouns naming a channel a claim came through: "in a Kremlin statement".
#[rustfmt::skip]
pub const CHANNELS: &[&str] = &[
    "address", "announcement", "briefing", "broadcast", "communication", "communications",
    "communique", "interview", "letter", "post", "readout", "release", "remarks", "report",
    "speech", "statement", "transcript",
];

/// Nouns that, after a dash or comma, start the reporter's comment on a claim rather than the
/// claim: "... part of Russia — a statement that has been met with resistance".
#[rustfmt::skip]
pub const COMMENTS: &[&str] = &[
    "accusation", "assertion", "claim", "comment", "demand", "move", "position", "remark", "stance",
    "statement", "suggestion", "view",
];

/// Titles before a person's name: "President Vladimir Putin", "foreign minister Aino Virtanen".
#[rustfmt::skip]
pub const TITLES: &[&str] = &[
    "ambassador", "chairman", "chairwoman", "chancellor", "chief", "commissioner", "counterpart",
    "director", "dr", "envoy", "general", "governor", "judge", "king", "leader", "mayor",
    "minister", "mr", "mrs", "ms", "pope", "premier", "president", "prime", "prince", "prof",
    "professor", "queen", "secretary", "senator", "speaker", "spokesman", "spokesperson",
    "spokeswoman",
];

/// Last words of names that are not people: institutions, media, places.
#[rustfmt::skip]
pub const NOT_PEOPLE: &[&str] = &[
    "agency", "airlines", "april", "army", "assembly", "association", "august", "authority", "bank",
    "bay", "board", "bureau", "cabinet", "center", "centre", "city", "coalition", "college",
    "command", "commission", "committee", "company", "congress", "corporation", "council", "court",
    "december", "department", "duma", "embassy", "entrepreneurs", "february", "federation",
    "forces", "foundation", "friday", "front", "fund", "government", "group", "guard", "gulf",
    "herald", "house", "institute", "island", "islands", "january", "journal", "july", "june",
    "justice", "kingdom", "kremlin", "lake", "league", "march", "may", "ministry", "monday",
    "mountains", "movement", "navy", "network", "news", "november", "ocean", "october", "office",
    "organisation", "organization", "parliament", "party", "pentagon", "police", "post", "press",
    "region", "republic", "river", "saturday", "sea", "senate", "september", "service", "shipping",
    "society", "square", "states", "strait", "street", "sunday", "thursday", "times", "tribune",
    "tuesday", "union", "university", "wednesday",
];

/// Capitalised words that start sentences without being names: "During", "Moreover".
#[rustfmt::skip]
pub const FUNCTION_WORDS: &[&str] = &[
    "a", "according", "after", "also", "amid", "an", "and", "as", "at", "before", "both", "but",
    "by", "despite", "during", "for", "from", "further", "however", "if", "in", "it", "meanwhile",
    "moreover", "on", "once", "since", "so", "that", "the", "these", "this", "those", "though",
    "to", "when", "while", "with", "yet",
];

/// Name particles that stay in a surname: "Ursula von der Leyen" -> "von der Leyen".
pub const PARTICLES: &[&str] = &[
    "al", "bin", "da", "de", "del", "der", "di", "la", "le", "van", "von",
];

/// True when the sorted `list` holds `word`.
pub fn has(list: &[&str], word: &str) -> bool {
    list.binary_search(&word).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_sorted_for_binary_search() {
        let lists: &[(&str, &[&str])] = &[
            ("AUXILIARIES", AUXILIARIES),
            ("BE", BE),
            ("NEGATORS", NEGATORS),
            ("ADVERBS", ADVERBS),
            ("CLAUSE_WORDS", CLAUSE_WORDS),
            ("GAP_STARTS", GAP_STARTS),
            ("NOT_A_CLAIM", NOT_A_CLAIM),
            ("PRONOUNS", PRONOUNS),
            ("CHANNELS", CHANNELS),
            ("COMMENTS", COMMENTS),
            ("TITLES", TITLES),
            ("NOT_PEOPLE", NOT_PEOPLE),
            ("FUNCTION_WORDS", FUNCTION_WORDS),
            ("PARTICLES", PARTICLES),
        ];
        for (name, list) in lists {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{name} is not sorted");
        }
        assert!(
            VERBS.windows(2).all(|w| w[0].0 < w[1].0),
            "VERBS is not sorted"
        );
    }

    #[test]
    fn verb_forms() {
        let cases = [
            ("said", Some(("say", Form::Past))),
            ("says", Some(("say", Form::Present))),
            ("saying", Some(("say", Form::Ing))),
            ("emphasized", Some(("emphasize", Form::Past))),
            ("emphasised", Some(("emphasise", Form::Past))),
            ("clarifying", Some(("clarify", Form::Ing))),
            ("clarified", Some(("clarify", Form::Past))),
            ("conveyed", Some(("convey", Form::Past))),
            ("agreed", Some(("agree", Form::Past))),
            ("agreeing", Some(("agree", Form::Ing))),
            ("stresses", Some(("stress", Form::Present))),
            ("admitted", Some(("admit", Form::Past))),
            ("told", Some(("tell", Form::Past))),
            ("say", Some(("say", Form::Base))),
            ("sayed", None),
            ("discussed", None),
            ("the", None),
        ];
        for (word, expected) in cases {
            let found = verb(word).map(|v| (v.lemma, v.form));
            assert_eq!(found, expected, "{word}");
        }
    }
}
