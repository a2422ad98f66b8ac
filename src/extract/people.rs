//! The people an article names, and where: so that "he" is the last person named before it,
//! "both leaders" the last two, and "Putin" and "the Russian President" are the person the
//! article introduced as "Russian President Vladimir Putin".
//!
//! A person is introduced by a title before a name ("Russian President Vladimir Putin",
//! "foreign minister Aino Virtanen", "Dr. Ost"), or by two or more capitalised words that name
//! no institution or place ("Karin Ost"). The title so used ("Russian President") then names
//! that person in this article. A person's source is the surname; the full name is the
//! speaker. Names inside quotations are not read.

use super::lexicon::{FUNCTION_WORDS, NOT_PEOPLE, PARTICLES, TITLES, has};
use super::sentences::Sentence;
use super::sources::{Kind, built_in, key};
use super::tokens::{Token, tokenize};
use std::collections::HashMap;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    /// The surname, as the article writes it: "Putin", "von der Leyen".
    pub source: String,
    /// The name as introduced: "Vladimir Putin".
    pub full: String,
}

/// What an article says of people and institutions, in order.
#[derive(Debug, Default)]
pub struct People {
    persons: Vec<Person>,
    /// Key of a full name, surname or title -> person.
    names: HashMap<String, usize>,
    /// (byte offset, person), in article order.
    mentions: Vec<(usize, usize)>,
    /// (byte offset, source) of institutions named, for "it".
    institutions: Vec<(usize, String)>,
}

impl People {
    /// Reads the people and institutions the sentences name.
    pub fn scan(text: &str, sentences: &[Sentence]) -> People {
        let mut people = People::default();
        for sentence in sentences {
            let tokens = tokenize(text, sentence);
            let mut i = 0;
            while i < tokens.len() {
                let end = run_end(text, &tokens, i);
                if end > i {
                    people.read_run(text, &tokens, i, end);
                    i = end;
                } else {
                    i += 1;
                }
            }
        }
        people
    }

    /// The person a key names in this article.
    pub fn named(&self, key: &str) -> Option<&Person> {
        self.names.get(key).map(|&p| &self.persons[p])
    }

    /// The last person named before byte `at`.
    pub fn last(&self, at: usize) -> Option<&Person> {
        self.before(at).next()
    }

    /// The last two different people named before byte `at`, the earlier first.
    pub fn last_two(&self, at: usize) -> Option<[&Person; 2]> {
        let mut seen: Vec<&Person> = Vec::new();
        for person in self.before(at) {
            if !seen.contains(&person) {
                seen.push(person);
            }
            if seen.len() == 2 {
                return Some([seen[1], seen[0]]);
            }
        }
        None
    }

    /// The last institution named before byte `at`.
    pub fn last_institution(&self, at: usize) -> Option<&str> {
        let end = self
            .institutions
            .partition_point(|(offset, _)| *offset < at);
        end.checked_sub(1)
            .map(|last| self.institutions[last].1.as_str())
    }

    /// The people named before byte `at`, the last first.
    fn before(&self, at: usize) -> impl Iterator<Item = &Person> {
        let end = self.mentions.partition_point(|(offset, _)| *offset < at);
        self.mentions[..end]
            .iter()
            .rev()
            .map(|&(_, p)| &self.persons[p])
    }

    /// Reads the capitalised run `tokens[from..to]`: a new person, a mention, an institution.
    fn read_run(&mut self, text: &str, tokens: &[Token], mut from: usize, to: usize) {
        while from < to && has(FUNCTION_WORDS, &tokens[from].lower) {
            from += 1;
        }
        if from == to {
            return;
        }
        let word = |t: usize| &text[tokens[t].start..tokens[t].end];
        let at = tokens[from].start;
        let title_at = (from..to).rev().find(|&t| has(TITLES, &key(word(t))));
        let titled_before =
            from > 0 && tokens[from - 1].is_word() && has(TITLES, &tokens[from - 1].lower);
        let name_from = title_at.map_or(from, |t| t + 1);
        let name: Vec<&str> = (name_from..to).map(word).collect();
        let whole = (from..to).map(word).collect::<Vec<_>>().join(" ");
        let place = name.iter().any(|w| has(NOT_PEOPLE, &key(w)));
        let full = name.join(" ");
        let full = full
            .strip_suffix("’s")
            .or_else(|| full.strip_suffix("'s"))
            .unwrap_or(&full);
        if let Some(&p) = [key(&whole), key(full)]
            .iter()
            .find_map(|k| self.names.get(k))
        {
            self.mentions.push((at, p));
            return;
        }
        let introduced =
            !name.is_empty() && !place && (title_at.is_some() || titled_before || name.len() >= 2);
        if introduced {
            let p = self.add(full);
            if let Some(t) = title_at {
                let title = (from..=t).map(word).collect::<Vec<_>>().join(" ");
                self.names.entry(key(&title)).or_insert(p);
            }
            self.mentions.push((at, p));
            return;
        }
        match built_in(&key(&whole)) {
            Some((source, Kind::Person)) => {
                let p = self.add(source);
                self.mentions.push((at, p));
            }
            Some((source, Kind::Institution)) => self.institutions.push((at, source.to_string())),
            None if place => {
                let name = whole.strip_suffix("’s").unwrap_or(&whole);
                self.institutions.push((at, name.to_string()));
            }
            None => {}
        }
    }

    /// Adds a person by full name (or finds them), keyed by full name and surname.
    fn add(&mut self, full: &str) -> usize {
        if let Some(&p) = self.names.get(&key(full)) {
            return p;
        }
        let words: Vec<&str> = full.split_whitespace().collect();
        let first_particle = (1..words.len()).find(|&w| has(PARTICLES, &words[w].to_lowercase()));
        let surname = words[first_particle.unwrap_or(words.len().saturating_sub(1))..].join(" ");
        let p = self.persons.len();
        self.persons.push(Person {
            source: surname.clone(),
            full: full.to_string(),
        });
        self.names.insert(key(full), p);
        self.names.entry(key(&surname)).or_insert(p);
        p
    }
}

/// The end of the run of capitalised words (name particles inside) starting at `from`; a
/// possessive ends it.
fn run_end(text: &str, tokens: &[Token], from: usize) -> usize {
    let mut end = from;
    while end < tokens.len() {
        let t = &tokens[end];
        let particle = end > from
            && has(PARTICLES, &t.lower)
            && tokens[end..]
                .iter()
                .find(|n| !has(PARTICLES, &n.lower))
                .is_some_and(|n| n.capitalised(text));
        if !(t.capitalised(text) || particle) {
            break;
        }
        end += 1;
        if t.lower.ends_with("'s") {
            break;
        }
    }
    end
}

#[cfg(test)]
mod tests {
    use super::super::sentences::split;
    use super::*;

    #[test]
    fn people_and_what_names_them() {
        let text = "Russian President Vladimir Putin met foreign minister Aino Virtanen. \
                    The Black Sea talks went on. Ursula von der Leyen spoke at the White House.";
        let people = People::scan(text, &split(text));
        let cases = [
            ("putin", Some("Putin")),
            ("vladimir putin", Some("Putin")),
            ("russian president", Some("Putin")),
            ("virtanen", Some("Virtanen")),
            ("von der leyen", Some("von der Leyen")),
            ("black sea", None),
            ("white house", None),
        ];
        for (k, expected) in cases {
            assert_eq!(people.named(k).map(|p| p.source.as_str()), expected, "{k}");
        }
        assert_eq!(people.named("putin").unwrap().full, "Vladimir Putin");
        let end = text.len();
        assert_eq!(people.last(end).unwrap().source, "von der Leyen");
        let [a, b] = people.last_two(text.find("The Black").unwrap()).unwrap();
        assert_eq!(
            (a.source.as_str(), b.source.as_str()),
            ("Putin", "Virtanen")
        );
        assert_eq!(people.last_institution(end), Some("White House"));
        assert!(people.last(0).is_none());
    }
}
