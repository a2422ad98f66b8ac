//! `--topics FILE`: a user's topic list with keywords, read and checked, and the matching of
//! statements against it (keywords by stem, several words as a run within one clause).

use super::*;

/// A user's topic list, in file order.
#[derive(Debug, Clone, PartialEq)]
pub struct TopicList {
    pub topics: Vec<UserTopic>,
}

/// One topic of the list and the keywords that put a statement on it.
#[derive(Debug, Clone, PartialEq)]
pub struct UserTopic {
    pub name: String,
    pub keywords: Vec<Keyword>,
}

/// A keyword as written, and the run of stems it matches.
#[derive(Debug, Clone, PartialEq)]
pub struct Keyword {
    pub text: String,
    pub stems: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawList<'a> {
    #[serde(borrow)]
    topics: Vec<&'a RawValue>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTopic {
    name: String,
    keywords: Vec<String>,
}

impl TopicList {
    /// Reads a topic list file; errors name the file, line and column.
    pub fn read(path: &Path) -> Result<TopicList> {
        let bytes = std::fs::read(path).map_err(|source| Error::Read {
            path: path.to_path_buf(),
            source,
        })?;
        let name = path.display().to_string();
        let text = String::from_utf8(bytes).map_err(|err| {
            let at = err.utf8_error().valid_up_to();
            let (line, column) = line_column(&String::from_utf8_lossy(err.as_bytes()), at);
            Error::invalid(&name, Some(line), Some(column), "invalid UTF-8")
        })?;
        TopicList::parse(&name, &text)
    }

    /// Parses the text of a topic list, `name` being the file as messages show it:
    /// `{"topics": [{"name": "military-aid", "keywords": ["assistance", "military aid"]}]}`.
    pub fn parse(name: &str, text: &str) -> Result<TopicList> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let json_error = |base: usize, err: serde_json::Error| {
            let (line, column) = if err.line() == 0 {
                line_column(text, base)
            } else {
                let (line, column) = line_column(text, base);
                if err.line() == 1 {
                    (line, column + err.column().max(1) - 1)
                } else {
                    (line + err.line() - 1, err.column().max(1))
                }
            };
            Error::invalid(
                name,
                Some(line),
                Some(column),
                crate::input::json_reason(&err),
            )
        };
        match text.trim_start().chars().next() {
            None => return Err(Error::invalid(name, None, None, "empty file")),
            Some('{') => {}
            Some(_) => {
                serde_json::from_str::<&RawValue>(text).map_err(|err| json_error(0, err))?;
                return Err(Error::invalid(
                    name,
                    Some(1),
                    Some(1),
                    "expected an object with a `topics` array",
                ));
            }
        }
        let raw: RawList = serde_json::from_str(text).map_err(|err| json_error(0, err))?;
        if raw.topics.is_empty() {
            return Err(Error::invalid(
                name,
                Some(1),
                Some(1),
                "`topics` is empty: name at least one topic",
            ));
        }
        let mut topics: Vec<UserTopic> = Vec::with_capacity(raw.topics.len());
        for value in raw.topics {
            let base = value.get().as_ptr() as usize - text.as_ptr() as usize;
            let (line, column) = line_column(text, base);
            let invalid = |reason: String| Error::invalid(name, Some(line), Some(column), reason);
            let topic: RawTopic =
                serde_json::from_str(value.get()).map_err(|err| json_error(base, err))?;
            let topic_name = topic.name.trim().to_string();
            if topic_name.is_empty() {
                return Err(invalid("topic `name` is empty".into()));
            }
            if topic_name == NO_TOPIC {
                return Err(invalid(format!(
                    "topic name `{NO_TOPIC}` is kept for statements on no topic"
                )));
            }
            if topics.iter().any(|t| t.name == topic_name) {
                return Err(invalid(format!("duplicate topic name `{topic_name}`")));
            }
            if topic.keywords.is_empty() {
                return Err(invalid(format!("topic `{topic_name}` has no keywords")));
            }
            let mut keywords = Vec::with_capacity(topic.keywords.len());
            for keyword in topic.keywords {
                let stems = words(&Text::new(&keyword))
                    .into_iter()
                    .map(|(_, stem)| stem)
                    .collect::<Vec<_>>();
                if stems.is_empty() {
                    return Err(invalid(format!(
                        "topic `{topic_name}`: keyword `{keyword}` has no word to match \
                         (function words and punctuation are ignored)"
                    )));
                }
                keywords.push(Keyword {
                    text: keyword,
                    stems,
                });
            }
            topics.push(UserTopic {
                name: topic_name,
                keywords,
            });
        }
        Ok(TopicList { topics })
    }

    /// The topic whose keywords `text` matches most (distinct keywords; the first on a tie), if
    /// any matches.
    pub fn best(&self, text: &Text) -> Option<&UserTopic> {
        let words = words(text);
        let mut best: Option<(&UserTopic, usize)> = None;
        for topic in &self.topics {
            let matched = topic
                .keywords
                .iter()
                .filter(|k| contains_run(&words, &k.stems))
                .count();
            if matched > 0 && best.is_none_or(|(_, most)| matched > most) {
                best = Some((topic, matched));
            }
        }
        best.map(|(topic, _)| topic)
    }
}

/// The content and number tokens of `text` as (clause, stem), in order.
pub(super) fn words(text: &Text) -> Vec<(usize, String)> {
    text.tokens
        .iter()
        .filter(|t| matches!(t.class, Class::Content | Class::Number(_)))
        .map(|t| (t.clause, t.stem.clone()))
        .collect()
}

/// Whether `stems` occur one after the other, in one clause, among `words`.
pub(super) fn contains_run(words: &[(usize, String)], stems: &[String]) -> bool {
    words.windows(stems.len()).any(|window| {
        window.iter().all(|(clause, _)| *clause == window[0].0)
            && window.iter().zip(stems).all(|((_, w), s)| w == s)
    })
}

/// The 1-based line and column (in characters) of byte `at` of `text`.
pub(super) fn line_column(text: &str, at: usize) -> (usize, usize) {
    let at = at.min(text.len());
    let before = &text[..at];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map(|i| i + 1).unwrap_or(0);
    (line, before[line_start..].chars().count() + 1)
}
