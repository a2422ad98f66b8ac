//! `Statement`: one attributed claim, validated. `input` makes them; every later stage trusts
//! them and never re-checks user data.

use serde::Serialize;
use std::fmt;
use std::sync::Arc;

/// The topic given to statements that name none.
pub const NO_TOPIC: &str = "(none)";

/// One attributed claim: who said it, through which channel, on what topic, and the text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Statement {
    /// Unique id: given in the file, or `<file>:<line>` / `<file>#<index>` when absent.
    pub id: String,
    /// Who the claim is attributed to, as first spelt ("Kremlin", "Trump").
    pub source: String,
    /// The channel it came through ("Fox News"), if named.
    pub via: Option<String>,
    /// The person speaking for the source, if named.
    pub speaker: Option<String>,
    /// The topic, or [`NO_TOPIC`].
    pub topic: String,
    /// `YYYY-MM-DD`, checked to be a real date.
    pub date: Option<String>,
    /// The claim itself; never empty.
    pub text: String,
    /// Where it was published, if given.
    pub url: Option<String>,
    /// Direct quotation or reported speech, if given.
    pub kind: Option<StatementKind>,
    /// The reporting verb or phrase that attributes it ("said", "according to"), if given.
    pub cue: Option<String>,
    /// Character offsets `start..end` of the claim in its article, if given.
    pub span: Option<(usize, usize)>,
    /// The attribution itself is denied ("Trump did not say that ..."): the text is not the
    /// source's claim, so it is not compared.
    pub attribution_denied: bool,
    /// The topic was assigned by `check` (statements that gave none), not read.
    pub topic_inferred: bool,
    /// Where it was read from.
    #[serde(skip)]
    pub origin: Origin,
}

/// Whether the text is the speaker's own words or reported speech.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum StatementKind {
    Quote,
    Paraphrase,
}

/// The file and line a statement was read from (line 0 when the format has no lines to name).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Origin {
    /// The file as the user named it; the statements of one file share it.
    pub path: Arc<str>,
    pub line: usize,
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.path, self.line)
    }
}

impl Statement {
    /// A statement with only the required fields (and a topic), the rest absent: for
    /// programs that build statements rather than read them.
    ///
    /// ```
    /// use discrepancy::statement::Statement;
    /// let s = Statement::new("k1", "Kremlin", "aid", "Assistance was discussed.");
    /// assert_eq!((s.via, s.topic_inferred), (None, false));
    /// ```
    pub fn new(id: &str, source: &str, topic: &str, text: &str) -> Statement {
        Statement {
            id: id.to_string(),
            source: source.to_string(),
            via: None,
            speaker: None,
            topic: topic.to_string(),
            date: None,
            text: text.to_string(),
            url: None,
            kind: None,
            cue: None,
            span: None,
            attribution_denied: false,
            topic_inferred: false,
            origin: Origin::default(),
        }
    }
}

/// A source as reports show it, with its channel: `("Trump", Some("Fox News"))` ->
/// `"Trump (via Fox News)"`, `("Kremlin", None)` -> `"Kremlin"`.
pub fn attribution(source: &str, via: Option<&str>) -> String {
    match via {
        Some(via) => format!("{source} (via {via})"),
        None => source.to_string(),
    }
}

/// The key two source names are grouped by: case folded, surrounding space and a leading
/// "the" dropped, inner space collapsed.
///
/// `"  The Kremlin "` -> `"kremlin"`, `"White  House"` -> `"white house"`
///
/// ```
/// use discrepancy::statement::source_key;
/// assert_eq!(source_key("  The Kremlin "), source_key("kremlin"));
/// ```
pub fn source_key(source: &str) -> String {
    let folded = source.split_whitespace().collect::<Vec<_>>().join(" ");
    let folded = folded.to_lowercase();
    match folded.strip_prefix("the ") {
        Some(rest) if !rest.is_empty() => rest.to_string(),
        _ => folded,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn source_keys_fold_case_space_and_the() {
        let cases = [
            ("Kremlin", "kremlin"),
            ("  The Kremlin ", "kremlin"),
            ("the  white   House", "white house"),
            ("The", "the"),
            ("Theodore", "theodore"),
            ("Кремль", "кремль"),
        ];
        for (input, expected) in cases {
            assert_eq!(source_key(input), expected, "{input:?}");
        }
    }
}
