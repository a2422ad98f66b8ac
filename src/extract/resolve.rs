//! Speaker phrases -> sources. In order: the user's aliases; pronouns (the last person named,
//! or for "it" the channel's owner or the last institution); groups ("both leaders": the last
//! two people named); people the article named; the built-in table; "X officials", "sources
//! from X", "a spokesperson for X", "Kremlin spokesman Dmitry Peskov"; names (titles dropped,
//! a person's surname, an institution as written); "the Norrland delegation". Coordinated
//! speakers ("The Kremlin and sources from the White House") give one source each. Whatever is
//! none of these ("This stipulation", "The conversations") is no speaker, and its sentence no
//! attribution.

use super::lexicon::{NOT_PEOPLE, PARTICLES, TITLES, has};
use super::people::{People, Person};
use super::sources::{Aliases, Kind, built_in, key};

/// A resolved speaker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Speaker {
    pub source: String,
    pub speaker: Option<String>,
}

/// What a phrase is resolved against.
pub struct Context<'a> {
    pub people: &'a People,
    pub aliases: &'a Aliases,
    /// Byte offset of the phrase in the article.
    pub at: usize,
    /// The source of the channel the sentence names, for "officials" and "it".
    pub owner: Option<&'a str>,
    /// The speakers of the statement before, for "they".
    pub previous: &'a [Speaker],
}

/// Insiders who speak for the institution the sentence names: "officials clarifying that".
#[rustfmt::skip]
const AGENTS: &[&str] = &[
    "aide", "aides", "authorities", "diplomats", "official", "officials", "representative",
    "representatives", "source", "sources", "spokesman", "spokesperson", "spokeswoman",
];

/// Outsiders who speak for themselves: "analysts say".
#[rustfmt::skip]
const OUTSIDERS: &[&str] = &[
    "analyst", "analysts", "critic", "critics", "economist", "economists", "expert", "experts",
    "observer", "observers", "resident", "residents", "witness", "witnesses",
];

/// Words before an agent: "some analysts", "a spokesperson".
const QUANTIFIERS: &[&str] = &[
    "a", "an", "many", "other", "senior", "several", "some", "the", "unnamed",
];

/// Plural nouns of "both leaders", "the two ministers".
#[rustfmt::skip]
const GROUPS: &[&str] = &[
    "leaders", "men", "ministers", "parties", "presidents", "sides", "women",
];

/// Heads of collective names: "the Norrland delegation".
#[rustfmt::skip]
const COLLECTIVES: &[&str] = &[
    "administration", "camp", "delegation", "government", "leadership", "military", "opposition",
    "side", "team",
];

/// The sources `phrase` names; empty when it names none.
pub fn resolve(phrase: &str, context: &Context) -> Vec<Speaker> {
    let mut speakers = one(phrase, context).unwrap_or_else(|| {
        // "A, B and C": the longest tail of conjuncts that all name someone.
        let parts: Vec<&str> = phrase
            .split(',')
            .flat_map(|p| p.split(" and "))
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .collect();
        (0..parts.len())
            .find_map(|from| {
                let found: Option<Vec<Vec<Speaker>>> =
                    parts[from..].iter().map(|p| one(p, context)).collect();
                found.map(|f| f.concat()).filter(|_| parts.len() > 1)
            })
            .unwrap_or_default()
    });
    for speaker in &mut speakers {
        if let Some(mine) = context.aliases.get(&key(&speaker.source)) {
            speaker.source = mine.to_string();
        }
    }
    let mut unique: Vec<Speaker> = Vec::new();
    for speaker in speakers {
        if !unique.iter().any(|u| u.source == speaker.source) {
            unique.push(speaker);
        }
    }
    unique
}

fn person(p: &Person) -> Speaker {
    Speaker {
        source: p.source.clone(),
        speaker: Some(p.full.clone()),
    }
}

fn named(source: &str) -> Speaker {
    Speaker {
        source: source.to_string(),
        speaker: None,
    }
}

/// One speaker phrase (or a group of two).
fn one(phrase: &str, context: &Context) -> Option<Vec<Speaker>> {
    let k = key(phrase);
    let people = context.people;
    if let Some(source) = context.aliases.get(&k) {
        return Some(vec![named(source)]);
    }
    let words: Vec<&str> = k.split(' ').collect();
    match k.as_str() {
        "he" | "she" => return people.last(context.at).map(|p| vec![person(p)]),
        "it" => {
            let owner = context
                .owner
                .or_else(|| people.last_institution(context.at));
            return owner.map(|o| vec![named(o)]);
        }
        "they" if !context.previous.is_empty() => return Some(context.previous.to_vec()),
        _ => {}
    }
    let group = matches!(words.as_slice(), ["both" | "two", noun] if has(GROUPS, noun));
    if group || k == "they" {
        return people
            .last_two(context.at)
            .map(|two| two.map(person).to_vec());
    }
    if let Some(p) = people.named(&k) {
        return Some(vec![person(p)]);
    }
    if let Some((source, kind)) = built_in(&k) {
        let full = (kind == Kind::Person)
            .then(|| people.named(&key(source)))
            .flatten();
        return Some(vec![full.map_or_else(|| named(source), person)]);
    }
    agents(phrase, context).or_else(|| name(phrase, context))
}

/// "Kremlin officials", "officials from the Kremlin", "a spokesperson for Nordline",
/// "Kremlin spokesman Dmitry Peskov", or "officials" alone (the sentence's channel owner).
fn agents(phrase: &str, context: &Context) -> Option<Vec<Speaker>> {
    let words: Vec<&str> = phrase.split_whitespace().collect();
    let lower: Vec<String> = words.iter().map(|w| key(w)).collect();
    let from = lower
        .iter()
        .take_while(|w| QUANTIFIERS.contains(&w.as_str()))
        .count();
    let a = (from..words.len())
        .find(|&w| has(AGENTS, &lower[w]) || OUTSIDERS.contains(&lower[w].as_str()))?;
    let insider = has(AGENTS, &lower[a]);
    let rest = &words[a + 1..];
    if a == from {
        let preposition = rest.first().map(|w| key(w));
        let after = match preposition.as_deref() {
            None => {
                return Some(vec![match context.owner.filter(|_| insider) {
                    Some(owner) => named(owner),
                    None => named(&capitalise(words[a])),
                }]);
            }
            Some("close") => rest.get(2..)?,
            Some("from" | "in" | "at" | "of" | "for" | "with") => rest.get(1..)?,
            _ => return None,
        };
        let speakers = one(&after.join(" "), context)?;
        return Some(speakers.into_iter().map(|s| named(&s.source)).collect());
    }
    // "French officials": a nationality is not an institution of its own.
    let nationality = a == from + 1
        && ["an", "ch", "ese", "i", "ish"]
            .iter()
            .any(|suffix| lower[from].ends_with(suffix))
        && built_in(&lower[from]).is_none()
        && context.people.named(&lower[from]).is_none()
        && context.aliases.get(&lower[from]).is_none();
    if nationality {
        let name = words[from..=a].join(" ");
        return Some(vec![named(&capitalise(&name))]);
    }
    // "Kremlin spokesman Dmitry Peskov", "White House officials"
    let institution = one(&words[from..a].join(" "), context)?;
    let speaker = (!rest.is_empty()).then(|| rest.join(" "));
    Some(
        institution
            .into_iter()
            .map(|s| Speaker {
                source: s.source,
                speaker: speaker.clone(),
            })
            .collect(),
    )
}

/// A name: titles dropped; a person's surname, or an institution as written.
fn name(phrase: &str, context: &Context) -> Option<Vec<Speaker>> {
    let words: Vec<&str> = phrase.split_whitespace().collect();
    let lower: Vec<String> = words.iter().map(|w| key(w)).collect();
    let mut from = usize::from(lower.first().is_some_and(|w| w == "the") && words.len() > 1);
    if let Some(t) = (from..words.len()).rev().find(|&t| has(TITLES, &lower[t]))
        && t + 1 < words.len()
    {
        from = t + 1;
    }
    let name = &words[from..];
    let connective = |w: &str| matches!(w, "of" | "for" | "and" | "the") || has(PARTICLES, w);
    let capitalised = |w: &&str| w.starts_with(|c: char| c.is_uppercase());
    let institution = name.last().is_some_and(|w| has(NOT_PEOPLE, &key(w)));
    let all_capitalised = name.first().is_some_and(capitalised)
        && name
            .iter()
            .all(|w| capitalised(w) || (connective(w) && (institution || has(PARTICLES, w))));
    if all_capitalised {
        let full = name.join(" ");
        let full = full
            .strip_suffix("’s")
            .or_else(|| full.strip_suffix("'s"))
            .unwrap_or(&full);
        if let Some(p) = context.people.named(&key(full)) {
            return Some(vec![person(p)]);
        }
        let is_person = name.len() >= 2
            && !name
                .iter()
                .any(|w| has(NOT_PEOPLE, &key(w)) || connective(w));
        if is_person {
            let surname = name.last().copied().unwrap_or_default();
            return Some(vec![Speaker {
                source: surname.to_string(),
                speaker: Some(full.to_string()),
            }]);
        }
        return Some(vec![named(full)]);
    }
    // "the Norrland delegation"
    let collective = lower
        .last()
        .is_some_and(|w| COLLECTIVES.contains(&w.as_str()));
    if collective && words[from..].iter().any(capitalised) {
        let start = usize::from(lower.first().is_some_and(|w| w == "the"));
        return Some(vec![named(&words[start..].join(" "))]);
    }
    None
}

fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::super::sentences::split;
    use super::*;

    #[test]
    fn phrases_name_sources() {
        let text = "Russian President Vladimir Putin called former US President Donald Trump. \
                    The Kremlin said so.";
        let people = People::scan(text, &split(text));
        let aliases = Aliases::parse("a", "Norrland delegation = Norrland").unwrap();
        let context = Context {
            people: &people,
            aliases: &aliases,
            at: text.len(),
            owner: Some("Kremlin"),
            previous: &[],
        };
        let cases: &[(&str, &[&str])] = &[
            ("Putin", &["Putin"]),
            ("the Russian President", &["Putin"]),
            ("Vladimir Putin", &["Putin"]),
            ("he", &["Trump"]),
            ("it", &["Kremlin"]),
            ("Both leaders", &["Putin", "Trump"]),
            ("the two presidents", &["Putin", "Trump"]),
            ("Kremlin officials", &["Kremlin"]),
            ("officials", &["Kremlin"]),
            ("some analysts", &["Analysts"]),
            ("analysts", &["Analysts"]),
            (
                "The Kremlin and sources from the White House",
                &["Kremlin", "White House"],
            ),
            (
                "a spokesperson for Nordline Shipping",
                &["Nordline Shipping"],
            ),
            ("Health Minister Jonas Brandt", &["Brandt"]),
            (
                "The Estavia Medical Association",
                &["Estavia Medical Association"],
            ),
            (
                "the Russian Union of Industrialists and Entrepreneurs",
                &["Russian Union of Industrialists and Entrepreneurs"],
            ),
            ("the Norrland delegation", &["Norrland"]),
            ("the Kestrian delegation", &["Kestrian delegation"]),
            ("Fox News", &["Fox News"]),
            ("French officials", &["French officials"]),
            ("Analysts at the Kiel Institute", &["Kiel Institute"]),
            ("This stipulation", &[]),
            ("The conversations", &[]),
            ("In light of Trump's initiative", &[]),
            ("we", &[]),
        ];
        for (phrase, expected) in cases {
            let found: Vec<String> = resolve(phrase, &context)
                .into_iter()
                .map(|s| s.source)
                .collect();
            assert_eq!(found, *expected, "{phrase}");
        }
        let peskov = resolve("Kremlin spokesman Dmitry Peskov", &context);
        assert_eq!(peskov[0].speaker.as_deref(), Some("Dmitry Peskov"));
        assert_eq!(
            resolve("Putin", &context)[0].speaker.as_deref(),
            Some("Vladimir Putin")
        );
    }
}
