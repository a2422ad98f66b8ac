//! `.json` statement files -> statements. A file is either an array of statement objects
//! or an object with a `statements` array beside metadata of the user's own (`"event"`,
//! `"source_document"`, ...), which is allowed and not read.
//!
//! Each statement object is located first (as a raw slice of the text) so that every error,
//! and every statement's origin, names the line and column in the whole file. So, unlike JSONL
//! and CSV, a JSON file is read whole and its text held while its statements are read (each is
//! validated as it is read; the raw statements are not collected): for large inputs, JSONL.

use super::{RawStatement, Sink};
use crate::error::{Error, Result};
use serde::de::{self, Deserialize, Deserializer, MapAccess, Visitor};
use serde_json::value::RawValue;
use std::collections::BTreeMap;
use std::fmt;

/// Parses a whole `.json` text into `sink`. A syntax error ends the file (returned as `Err`);
/// an invalid statement is recorded and the next one is read.
pub fn parse(name: &str, text: &str, sink: &mut Sink) -> Result<()> {
    let array: &RawValue = match text.trim_start().chars().next() {
        Some('[') => syntax_checked(name, text, 0)?,
        Some('{') => {
            let document: BTreeMap<String, &RawValue> =
                serde_json::from_str(text).map_err(|err| json_error(name, text, 0, &err))?;
            let Some(&array) = document.get("statements") else {
                return Err(Error::invalid(
                    name,
                    Some(1),
                    Some(1),
                    "expected a `statements` array in the top-level object",
                ));
            };
            array
        }
        Some(_) => serde_json::from_str::<&RawValue>(text)
            .map_err(|err| json_error(name, text, 0, &err))
            .and_then(|_| {
                Err(Error::invalid(
                    name,
                    Some(1),
                    Some(1),
                    "expected an array of statements or an object with a `statements` array",
                ))
            })?,
        None => return Err(Error::invalid(name, None, None, "empty file")),
    };
    let base = offset_in(text, array.get());
    let elements: Vec<&RawValue> = serde_json::from_str(array.get()).map_err(|err| {
        let reason = strip_position(&err);
        let reason = if reason.starts_with("invalid type") {
            format!("`statements`: expected an array of objects, {reason}")
        } else {
            reason
        };
        let (line, column) = absolute(text, base, err.line(), err.column());
        Error::invalid(name, Some(line), Some(column), reason)
    })?;
    let mut places = Places::new(text);
    for (index, element) in elements.into_iter().enumerate() {
        let start = offset_in(text, element.get());
        let (line, column) = places.at(start);
        if sink.full() {
            break;
        }
        if !element.get().starts_with('{') {
            sink.error(Error::invalid(
                name,
                Some(line),
                Some(column),
                "expected a statement object `{...}`",
            ));
            continue;
        }
        let mut raw = RawStatement::new(line, Some(column), Some(index + 1));
        let mut seed = JsonStatement(&mut raw);
        let mut de = serde_json::Deserializer::from_str(element.get());
        match de::DeserializeSeed::deserialize(&mut seed, &mut de) {
            Ok(()) => sink.statement(raw),
            Err(err) => sink.error(json_error(name, text, start, &err)),
        }
    }
    Ok(())
}

/// Parses `text` as one JSON value, so that syntax errors name their place in the file.
fn syntax_checked<'a>(name: &str, text: &'a str, base: usize) -> Result<&'a RawValue> {
    serde_json::from_str(text).map_err(|err| json_error(name, text, base, &err))
}

/// Reads one JSON statement object into a `RawStatement`; used by the JSONL reader too.
pub(super) struct JsonStatement<'r>(pub &'r mut RawStatement);

impl<'de> de::DeserializeSeed<'de> for &mut JsonStatement<'_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for &mut JsonStatement<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a statement object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(key) = map.next_key::<Key>()? {
            // Checked before the value is read, so the error points at the key.
            let index = match key {
                Key::Known(index) => index,
                Key::Unknown(name) => return Err(de::Error::custom(super::unknown_field(&name))),
            };
            let value: Field = map.next_value()?;
            let text = match value {
                Field::Null => continue,
                Field::Text(text) => text,
                Field::Other(found) => {
                    return Err(de::Error::custom(format!(
                        "field `{}`: expected a string, found {found}",
                        super::FIELDS[index]
                    )));
                }
            };
            self.0.set_field(index, text).map_err(de::Error::custom)?;
        }
        Ok(())
    }
}

/// A field name as read: its index in `FIELDS`, or the unknown name itself (for the message).
/// Read without allocating for the known names, as statements are read by the million.
enum Key {
    Known(usize),
    Unknown(String),
}

impl<'de> Deserialize<'de> for Key {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_str(KeyVisitor)
    }
}

struct KeyVisitor;

impl Visitor<'_> for KeyVisitor {
    type Value = Key;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a field name")
    }

    fn visit_str<E: de::Error>(self, name: &str) -> Result<Key, E> {
        Ok(match super::FIELDS.binary_search(&name) {
            Ok(index) => Key::Known(index),
            Err(_) => Key::Unknown(name.to_string()),
        })
    }
}

/// A field's value: a string, null (treated as absent), or something else (an error).
enum Field {
    Null,
    Text(String),
    Other(String),
}

impl<'de> Deserialize<'de> for Field {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        Ok(match value {
            serde_json::Value::Null => Field::Null,
            serde_json::Value::String(text) => Field::Text(text),
            serde_json::Value::Bool(b) => Field::Other(format!("boolean `{b}`")),
            serde_json::Value::Number(n) => Field::Other(format!("number `{n}`")),
            serde_json::Value::Array(_) => Field::Other("an array".into()),
            serde_json::Value::Object(_) => Field::Other("an object".into()),
        })
    }
}

/// Byte offset of `part` (a slice of `whole`) in `whole`.
fn offset_in(whole: &str, part: &str) -> usize {
    (part.as_ptr() as usize).saturating_sub(whole.as_ptr() as usize)
}

/// The line and column of byte offsets asked about in increasing order, each worked out from
/// the one before, so that placing every statement of a file costs one pass over its text
/// rather than one per statement.
struct Places<'a> {
    text: &'a str,
    byte: usize,
    line: usize,
    column: usize,
}

impl<'a> Places<'a> {
    fn new(text: &'a str) -> Self {
        Places {
            text,
            byte: 0,
            line: 1,
            column: 1,
        }
    }

    /// The line and column of byte `at`, as [`absolute`]`(text, at, 1, 1)` gives them.
    fn at(&mut self, at: usize) -> (usize, usize) {
        if at < self.byte {
            *self = Places::new(self.text);
        }
        let passed = &self.text[self.byte..at];
        match passed.rfind('\n') {
            Some(last) => {
                self.line += passed.bytes().filter(|&b| b == b'\n').count();
                self.column = passed[last + 1..].chars().count() + 1;
            }
            None => self.column += passed.chars().count(),
        }
        self.byte = at;
        (self.line, self.column)
    }
}

/// The line and column in `text` of position (`line`, `column`) counted from byte `base`.
fn absolute(text: &str, base: usize, line: usize, column: usize) -> (usize, usize) {
    let before = &text[..base.min(text.len())];
    let base_line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map(|i| i + 1).unwrap_or(0);
    let base_column = before[line_start..].chars().count() + 1;
    if line <= 1 {
        (base_line, base_column + column.saturating_sub(1))
    } else {
        (base_line + line - 1, column)
    }
}

/// An `Invalid` error for a serde_json error found in the value starting at byte `base`.
pub(super) fn json_error(name: &str, text: &str, base: usize, err: &serde_json::Error) -> Error {
    let (line, column) = absolute(text, base, err.line(), err.column().max(1));
    Error::invalid(name, Some(line), Some(column), strip_position(err))
}

/// serde_json's message without its " at line 3 column 7" tail, which we give in front.
pub(super) fn strip_position(err: &serde_json::Error) -> String {
    let text = err.to_string();
    match text.rfind(" at line ") {
        Some(at) => text[..at].to_string(),
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use super::super::{InputFormat, parse_text};
    use super::{Places, absolute};

    fn strict(text: &str) -> crate::error::Result<Vec<crate::statement::Statement>> {
        parse_text("f.json", text, InputFormat::Json)
    }

    fn error(text: &str) -> String {
        match strict(text) {
            Ok(statements) => panic!("{text:?} parsed into {} statements", statements.len()),
            Err(err) => err.to_string(),
        }
    }

    #[test]
    fn reads_an_array_and_a_document_with_metadata() {
        let array =
            "[\n {\"source\": \"A\", \"text\": \"x\"},\n {\"source\": \"B\", \"text\": \"y\"}\n]";
        let statements = strict(array).unwrap();
        assert_eq!(statements.len(), 2);
        assert_eq!(statements[1].origin.line, 3);
        assert_eq!(statements[1].id, "f.json#2");

        let doc = "{\"event\": \"call\", \"statements\": [{\"source\": \"A\", \"text\": \"x\"}]}";
        assert_eq!(strict(doc).unwrap().len(), 1);
    }

    #[test]
    fn places_are_found_from_the_last_one() {
        let text = "[\n {\"a\": \"é\"}, {},\r\n\n  {}, {\"b\":\n \"ü\"}]";
        let starts: Vec<usize> = text.match_indices('{').map(|(at, _)| at).collect();
        let mut places = Places::new(text);
        for at in starts.iter().chain(&[0, text.len()]).copied() {
            assert_eq!(places.at(at), absolute(text, at, 1, 1), "{at}");
        }
    }

    #[test]
    fn errors_name_the_place_and_the_field() {
        let cases = [
            (
                "[\n  {\"source\": \"A\", \"txt\": \"x\"}\n]",
                "f.json:2:23: unknown field `txt`; did you mean `text`?",
            ),
            (
                "[\n  {\"source\": 5, \"text\": \"x\"}\n]",
                "f.json:2:14: field `source`: expected a string, found number `5`",
            ),
            (
                "[\n  {\"source\": \"A\", \"source\": \"B\"}\n]",
                "f.json:2:32: field `source` given twice",
            ),
            (
                "[\n  {\"source\": \"A\",\n}]",
                "f.json:3:1: key must be a string",
            ),
            (
                "{\"event\": \"x\"}",
                "f.json:1:1: expected a `statements` array",
            ),
            ("\"text\"", "f.json:1:1: expected an array of statements"),
            ("[1]", "f.json:1:2: expected a statement object"),
            (
                "{\"statements\": 3}",
                "f.json:1:16: `statements`: expected an array",
            ),
            // An invalid statement is named by the line and column where it starts.
            (
                "[\n {\"source\": \"A\", \"text\": \"x\"},\n {\"source\": \"B\"}\n]",
                "f.json:3:2: missing or empty field `text`",
            ),
        ];
        for (text, expected) in cases {
            let message = error(text);
            assert!(message.starts_with(expected), "{text:?}: {message}");
        }
    }
}
