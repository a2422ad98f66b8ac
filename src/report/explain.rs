//! `check --explain`: each finding's evidence laid out in plain text under the table: the
//! marked words of each statement (with their byte spans), each check's strength and why, and
//! how the score combines them. So a user can see why a finding fired.

use super::Discrepancy;
use crate::analysis::{Mark, Role};
use std::io::{self, Write};

/// Writes the explanation of discrepancy number `n` (1-based).
///
/// ```text
/// #1 military-aid: Putin / Trump (via Fox News), score 0.83, similarity 0.15
///    negated-claim on "assistance", strength 0.83: one statement denies what the other ...
///      a: term "assistance" (83..93)
///      b: term "assistance" (27..37), cue "not" (42..45)
///    score = 1 - (1 - 0.83) = 0.83
/// ```
pub fn render(n: usize, d: &Discrepancy, out: &mut dyn Write) -> io::Result<()> {
    writeln!(
        out,
        "#{n} {}: {} / {}, score {:.2}, similarity {:.2}",
        d.topic,
        d.a.attribution(),
        d.b.attribution(),
        d.score,
        d.similarity
    )?;
    for e in &d.evidence {
        writeln!(
            out,
            "   {} on \"{}\", strength {:.2}: {}",
            e.kind.name(),
            e.point,
            e.strength,
            e.why
        )?;
        writeln!(out, "     a: {}", marks(&e.a))?;
        writeln!(out, "     b: {}", marks(&e.b))?;
    }
    let terms: Vec<String> = d
        .evidence
        .iter()
        .map(|e| format!("(1 - {:.2})", e.strength))
        .collect();
    let hedge = if d.hedged {
        " x 0.8 (hedged: \"may\", \"reportedly\"...)"
    } else {
        ""
    };
    writeln!(
        out,
        "   score = 1 - {}{hedge} = {:.2}",
        terms.join(" x "),
        d.score
    )
}

/// `term "assistance" (83..93), cue "not" (42..45)`
fn marks(marks: &[Mark]) -> String {
    let listed: Vec<String> = marks
        .iter()
        .map(|m| {
            let role = match m.role {
                Role::Cue => "cue",
                Role::Term => "term",
            };
            format!("{role} \"{}\" ({}..{})", m.text, m.start, m.end)
        })
        .collect();
    if listed.is_empty() {
        "(no marked word)".into()
    } else {
        listed.join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lays_out_the_evidence_and_the_score() {
        let report = super::super::sample();
        let mut out = Vec::new();
        render(1, &report.discrepancies[0], &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        let expected = "\
#1 military-aid: Kremlin / Trump (via Fox News), score 0.85, similarity 0.25
   negated-claim on \"assistance\", strength 0.85: one statement denies what the other affirms
     a: term \"assistance\" (19..29)
     b: term \"assistance\" (0..10), cue \"not\" (15..18)
   score = 1 - (1 - 0.85) = 0.85
";
        assert_eq!(text, expected);
    }
}
