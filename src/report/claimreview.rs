//! `--format claimreview`: schema.org `ClaimReview` drafts in JSON-LD, one for each statement
//! that takes part in a discrepancy, for fact-check databases and search engines.
//!
//! They are drafts for a fact-checker to finish, not verdicts: the rating
//! (`reviewRating.alternateName`), the review's author and its `datePublished` are left empty
//! to be filled in. The claim is the statement (`claimReviewed`, `itemReviewed` a `Claim` with
//! the source as `author`, the statement's `url` as `appearance` and its `date` as
//! `datePublished`), and `reviewBody` cites each statement that contradicts it. The author is
//! a `Person` when the statement names a `speaker`, an `Organization` otherwise: check it.

use super::{Report, Side};
use serde_json::{Value, json};
use std::io::{self, Write};

pub fn render(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, &Value::Array(drafts(report)))?;
    writeln!(out)
}

/// One draft per statement, in order of first appearance in the discrepancies; each cites
/// every statement that contradicts it.
fn drafts(report: &Report) -> Vec<Value> {
    let mut claims: Vec<(&Side, Vec<String>)> = Vec::new();
    for d in &report.discrepancies {
        for (claim, other) in [(&d.a, &d.b), (&d.b, &d.a)] {
            let kinds: Vec<&str> = d.kinds.iter().map(|k| k.name()).collect();
            let citation = format!(
                "Contradicted by {} (id {}): \"{}\" ({}, score {:.2}). {}",
                other.attribution(),
                other.id,
                other.text,
                kinds.join(", "),
                d.score,
                d.explanation
            );
            match claims.iter_mut().find(|(side, _)| side.id == claim.id) {
                Some((_, citations)) => citations.push(citation),
                None => claims.push((claim, vec![citation])),
            }
        }
    }
    claims
        .into_iter()
        .map(|(side, citations)| draft(side, &citations))
        .collect()
}

fn draft(side: &Side, citations: &[String]) -> Value {
    let author = match &side.speaker {
        Some(speaker) => json!({"@type": "Person", "name": speaker, "affiliation": side.source}),
        None => json!({"@type": "Organization", "name": side.source}),
    };
    let mut claim = json!({"@type": "Claim", "author": author});
    if let Some(url) = &side.url {
        claim["appearance"] = json!([{"@type": "CreativeWork", "url": url}]);
    }
    if let Some(date) = &side.date {
        claim["datePublished"] = json!(date);
    }
    json!({
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "identifier": side.id,
        "claimReviewed": side.text,
        "itemReviewed": claim,
        "reviewBody": citations.join(" "),
        "reviewRating": {"@type": "Rating", "alternateName": ""},
        "author": {"@type": "Organization", "name": ""},
        "datePublished": "",
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_draft_per_statement_citing_the_other() {
        let mut out = Vec::new();
        render(&super::super::sample(), &mut out).unwrap();
        let drafts: Value = serde_json::from_slice(&out).unwrap();
        let drafts = drafts.as_array().unwrap();
        assert_eq!(drafts.len(), 2);
        let first = &drafts[0];
        assert_eq!(first["@type"], "ClaimReview");
        assert_eq!(
            first["claimReviewed"],
            "Cessation of aid | assistance <now>"
        );
        assert_eq!(first["itemReviewed"]["author"]["name"], "Kremlin");
        assert_eq!(first["itemReviewed"]["author"]["@type"], "Organization");
        assert_eq!(first["reviewRating"]["alternateName"], "");
        let body = first["reviewBody"].as_str().unwrap();
        assert!(body.starts_with("Contradicted by Trump (via Fox News) (id t1): \"assistance was not discussed\" (negated-claim, score 0.85)."), "{body}");
        assert!(
            drafts[1]["reviewBody"]
                .as_str()
                .unwrap()
                .starts_with("Contradicted by Kremlin (id k1)")
        );
    }
}
