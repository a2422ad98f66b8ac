//! Source names: the built-in alias table, the user's `--sources` file, and the key mentions
//! are looked up by. One source per person or institution: "Vladimir Putin", "the Russian
//! President" and "Putin" are all `Putin`; "the Kremlin" and "Kremlin officials" are `Kremlin`.

use crate::error::{Error, Result};

/// Whether a source is a person (who "he" or "she" may refer to) or an institution.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Person,
    Institution,
}

/// The project's own alias table: titles and institutions as English news names them, sorted
/// by key (a [`key`]). Titles name their holders of 2025; an article that names a title's
/// holder itself ("Russian President Boris Yeltsin") overrides this table for that article.
const BUILT_IN: &[(&str, &str, Kind)] = &[
    ("american administration", "White House", Kind::Institution),
    ("american president", "Trump", Kind::Person),
    ("donald trump", "Trump", Kind::Person),
    ("kremlin", "Kremlin", Kind::Institution),
    ("kremlin officials", "Kremlin", Kind::Institution),
    ("kremlin sources", "Kremlin", Kind::Institution),
    ("kremlin spokesman", "Kremlin", Kind::Institution),
    ("kremlin spokesperson", "Kremlin", Kind::Institution),
    ("moscow", "Kremlin", Kind::Institution),
    ("president of russia", "Putin", Kind::Person),
    ("president of the united states", "Trump", Kind::Person),
    ("president of ukraine", "Zelensky", Kind::Person),
    ("president putin", "Putin", Kind::Person),
    ("president trump", "Trump", Kind::Person),
    ("president zelensky", "Zelensky", Kind::Person),
    ("putin", "Putin", Kind::Person),
    ("russian government", "Kremlin", Kind::Institution),
    ("russian leader", "Putin", Kind::Person),
    ("russian officials", "Kremlin", Kind::Institution),
    ("russian president", "Putin", Kind::Person),
    ("russian side", "Kremlin", Kind::Institution),
    (
        "sources from the white house",
        "White House",
        Kind::Institution,
    ),
    ("trump", "Trump", Kind::Person),
    ("trump administration", "White House", Kind::Institution),
    ("ukrainian president", "Zelensky", Kind::Person),
    ("us administration", "White House", Kind::Institution),
    ("us president", "Trump", Kind::Person),
    ("us side", "White House", Kind::Institution),
    ("vladimir putin", "Putin", Kind::Person),
    ("volodymyr zelensky", "Zelensky", Kind::Person),
    ("washington", "White House", Kind::Institution),
    ("white house", "White House", Kind::Institution),
    ("white house officials", "White House", Kind::Institution),
    ("white house sources", "White House", Kind::Institution),
    ("white house spokesman", "White House", Kind::Institution),
    ("white house spokesperson", "White House", Kind::Institution),
    ("zelensky", "Zelensky", Kind::Person),
    ("zelenskyy", "Zelensky", Kind::Person),
];

/// The built-in source of a mention's key, if the table has it.
pub fn built_in(key: &str) -> Option<(&'static str, Kind)> {
    let at = BUILT_IN.binary_search_by(|(k, _, _)| (*k).cmp(key)).ok()?;
    Some((BUILT_IN[at].1, BUILT_IN[at].2))
}

/// The key a mention is looked up by: lower case, inner space collapsed, curly apostrophes
/// straight, dots, a leading article or "former" and a trailing possessive dropped.
///
/// `"the  Russian President"` -> `"russian president"`, `"Putin’s"` -> `"putin"`,
/// `"the U.S. President"` -> `"us president"`
pub fn key(mention: &str) -> String {
    let lower = mention.to_lowercase().replace('’', "'").replace('.', "");
    let mut words: Vec<&str> = lower.split_whitespace().collect();
    while words.len() > 1 && matches!(words[0], "the" | "a" | "an" | "former") {
        words.remove(0);
    }
    let mut key = words.join(" ");
    if let Some(stripped) = key.strip_suffix("'s").or_else(|| key.strip_suffix('\'')) {
        key = stripped.to_string();
    }
    key
}

/// The user's aliases (`--sources FILE`): `alias = Source` a line, blank lines and `#`
/// comments allowed. They come before the built-in table and what the article itself says.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Aliases {
    /// (key, source), sorted by key.
    entries: Vec<(String, String)>,
}

impl Aliases {
    /// Reads an alias file named `name` in messages; an error names the file and line.
    pub fn parse(name: &str, text: &str) -> Result<Aliases> {
        let mut entries: Vec<(String, String, usize)> = Vec::new();
        for (index, line) in text.lines().enumerate() {
            let number = index + 1;
            let fail = |reason: String| Error::invalid(name, Some(number), None, reason);
            let line = line.trim().trim_start_matches('\u{feff}');
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let Some((alias, source)) = line.split_once('=') else {
                return Err(fail(format!("expected `alias = Source`, found `{line}`")));
            };
            let (alias, source) = (alias.trim(), source.trim());
            if alias.is_empty() || source.is_empty() {
                return Err(fail(format!(
                    "expected `alias = Source` with both sides given, found `{line}`"
                )));
            }
            let alias_key = key(alias);
            if let Some((_, _, first)) = entries.iter().find(|(k, _, _)| *k == alias_key) {
                return Err(fail(format!(
                    "alias `{alias}` given twice (first at line {first})"
                )));
            }
            let source = source.split_whitespace().collect::<Vec<_>>().join(" ");
            entries.push((alias_key, source, number));
        }
        let mut entries: Vec<(String, String)> =
            entries.into_iter().map(|(k, s, _)| (k, s)).collect();
        entries.sort();
        Ok(Aliases { entries })
    }

    /// Reads the alias file at `path`.
    pub fn load(path: &std::path::Path) -> Result<Aliases> {
        let bytes = std::fs::read(path).map_err(|source| Error::Read {
            path: path.to_path_buf(),
            source,
        })?;
        let name = path.display().to_string();
        let text = super::output::decode(&name, &bytes)?;
        Aliases::parse(&name, text)
    }

    /// The user's source for a mention's key.
    pub fn get(&self, key: &str) -> Option<&str> {
        let at = self
            .entries
            .binary_search_by(|(k, _)| k.as_str().cmp(key))
            .ok()?;
        Some(&self.entries[at].1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_sorted_by_key_and_keys_are_keys() {
        assert!(BUILT_IN.windows(2).all(|w| w[0].0 < w[1].0));
        for (k, _, _) in BUILT_IN {
            assert_eq!(key(k), *k, "{k}");
        }
    }

    #[test]
    fn keys() {
        let cases = [
            ("the  Russian President", "russian president"),
            ("Putin’s", "putin"),
            ("The Kremlin", "kremlin"),
            ("former US President", "us president"),
            ("the", "the"),
            ("leaders'", "leaders"),
            ("the U.S. President", "us president"),
        ];
        for (mention, expected) in cases {
            assert_eq!(key(mention), expected, "{mention:?}");
        }
    }

    #[test]
    fn built_in_names() {
        let cases = [
            ("russian president", Some("Putin")),
            ("kremlin officials", Some("Kremlin")),
            ("sources from the white house", Some("White House")),
            ("russian side", Some("Kremlin")),
            ("fox news", None),
            ("this stipulation", None),
        ];
        for (k, expected) in cases {
            assert_eq!(built_in(k).map(|(s, _)| s), expected, "{k}");
        }
    }

    #[test]
    fn alias_files() {
        let good = "# mine\n\nPeskov = Kremlin\n  the Norrland  delegation =  Norrland \n";
        let aliases = Aliases::parse("a.txt", good).unwrap();
        assert_eq!(aliases.get("peskov"), Some("Kremlin"));
        assert_eq!(aliases.get("norrland delegation"), Some("Norrland"));
        assert_eq!(aliases.get("kremlin"), None);
        let cases = [
            (
                "Peskov Kremlin\n",
                "a.txt:1: expected `alias = Source`, found `Peskov Kremlin`",
            ),
            (
                "\nx =\n",
                "a.txt:2: expected `alias = Source` with both sides given, found `x =`",
            ),
            (
                "a = B\nthe A = C\n",
                "a.txt:2: alias `the A` given twice (first at line 1)",
            ),
        ];
        for (text, message) in cases {
            let err = Aliases::parse("a.txt", text).unwrap_err();
            assert_eq!(err.to_string(), message, "{text:?}");
        }
    }
}
