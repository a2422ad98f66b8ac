//! `discrepancy eval`: detection quality on labelled pairs. Each pair goes through the same
//! engine as `check` (as its own topic, two sources) and the verdicts are counted against the
//! labels: precision, recall, F1, the confusion counts, findings per kind, and optionally a
//! sweep over thresholds and the misclassified pairs with the evidence that fired.

use crate::analysis::{self, Kind, text::Text};
use crate::error::{Error, Result};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;

/// One labelled pair as read.
#[derive(Debug, Clone, Deserialize)]
struct Pair {
    #[serde(default)]
    id: Option<String>,
    a: String,
    b: String,
    label: String,
}

/// Options of an eval run.
#[derive(Debug, Clone)]
pub struct EvalOptions {
    pub min_score: f64,
    /// Print precision and recall at a range of thresholds.
    pub sweep: bool,
    /// List this many false positives and false negatives.
    pub errors: usize,
    pub json: bool,
}

/// Counts at one threshold.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Confusion {
    pub threshold: f64,
    pub true_positives: usize,
    pub false_positives: usize,
    pub false_negatives: usize,
    pub true_negatives: usize,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

/// A misclassified pair.
#[derive(Debug, Clone, Serialize)]
pub struct Miss {
    pub id: String,
    pub a: String,
    pub b: String,
    pub score: f64,
    /// "negated-claim on `guitar` (0.83)", one per evidence.
    pub evidence: Vec<String>,
}

/// The result of an eval run; serialised as is for `--format json`.
#[derive(Debug, Clone, Serialize)]
pub struct Evaluation {
    pub pairs: usize,
    pub contradictions: usize,
    pub result: Confusion,
    /// True positives per finding kind (a pair counts once for each kind it showed).
    pub by_kind: BTreeMap<String, KindCount>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub sweep: Vec<Confusion>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub false_positives: Vec<Miss>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub false_negatives: Vec<Miss>,
}

/// How often a kind fired on contradictions and on the rest, at the threshold.
#[derive(Debug, Clone, Copy, Default, Serialize)]
pub struct KindCount {
    pub true_positives: usize,
    pub false_positives: usize,
}

/// Reads `path` (JSONL of `{"id", "a", "b", "label"}`), scores every pair, writes the result.
pub fn run(path: &Path, options: &EvalOptions, out: &mut dyn Write) -> Result<Evaluation> {
    let name = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|source| Error::Read {
        path: path.to_path_buf(),
        source,
    })?;
    let text = String::from_utf8(bytes).map_err(|e| {
        Error::invalid(
            &name,
            None,
            None,
            format!("invalid UTF-8 at byte {}", e.utf8_error().valid_up_to()),
        )
    })?;
    let mut scored = Vec::new();
    for (index, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let pair: Pair = serde_json::from_str(line).map_err(|err| {
            Error::invalid(
                &name,
                Some(index + 1),
                Some(err.column()),
                crate::input::json_reason(&err),
            )
        })?;
        let positive = match pair.label.as_str() {
            "contradiction" => true,
            "not_contradiction" => false,
            other => {
                return Err(Error::invalid(
                    &name,
                    Some(index + 1),
                    None,
                    format!(
                        "field `label`: expected `contradiction` or `not_contradiction`, found `{other}`"
                    ),
                ));
            }
        };
        let verdict = analysis::compare(&Text::new(&pair.a), &Text::new(&pair.b));
        let id = pair
            .id
            .clone()
            .unwrap_or_else(|| format!("{name}:{}", index + 1));
        scored.push((id, pair, positive, verdict));
    }
    if scored.is_empty() {
        return Err(Error::invalid(&name, None, None, "no labelled pairs"));
    }
    let score = |v: &Option<analysis::Verdict>| v.as_ref().map(|v| v.score).unwrap_or(0.0);
    let confusion_at = |threshold: f64| {
        let mut c = Confusion {
            threshold,
            ..Confusion::default()
        };
        for (_, _, positive, verdict) in &scored {
            let flagged = verdict.is_some() && score(verdict) >= threshold;
            match (flagged, *positive) {
                (true, true) => c.true_positives += 1,
                (true, false) => c.false_positives += 1,
                (false, true) => c.false_negatives += 1,
                (false, false) => c.true_negatives += 1,
            }
        }
        let ratio = |x: usize, y: usize| if y == 0 { 0.0 } else { x as f64 / y as f64 };
        c.precision = ratio(c.true_positives, c.true_positives + c.false_positives);
        c.recall = ratio(c.true_positives, c.true_positives + c.false_negatives);
        c.f1 = if c.precision + c.recall == 0.0 {
            0.0
        } else {
            2.0 * c.precision * c.recall / (c.precision + c.recall)
        };
        c
    };
    let mut by_kind: BTreeMap<String, KindCount> = BTreeMap::new();
    let (mut false_positives, mut false_negatives) = (Vec::new(), Vec::new());
    for (id, pair, positive, verdict) in &scored {
        let flagged = verdict.is_some() && score(verdict) >= options.min_score;
        if flagged {
            let mut kinds: Vec<Kind> = verdict
                .iter()
                .flat_map(|v| v.evidence.iter().map(|e| e.kind))
                .collect();
            kinds.sort();
            kinds.dedup();
            for kind in kinds {
                let count = by_kind.entry(kind.name().to_string()).or_default();
                if *positive {
                    count.true_positives += 1
                } else {
                    count.false_positives += 1
                }
            }
        }
        let miss = || Miss {
            id: id.clone(),
            a: pair.a.clone(),
            b: pair.b.clone(),
            score: score(verdict),
            evidence: verdict
                .iter()
                .flat_map(|v| &v.evidence)
                .map(|e| format!("{} on `{}` ({:.3})", e.kind.name(), e.point, e.strength))
                .collect(),
        };
        if flagged && !positive && false_positives.len() < options.errors {
            false_positives.push(miss());
        } else if !flagged && *positive && false_negatives.len() < options.errors {
            false_negatives.push(miss());
        }
    }
    let sweep = if options.sweep {
        (1..=19)
            .map(|step| confusion_at(f64::from(step) * 5.0 / 100.0))
            .collect()
    } else {
        Vec::new()
    };
    let evaluation = Evaluation {
        pairs: scored.len(),
        contradictions: scored.iter().filter(|s| s.2).count(),
        result: confusion_at(options.min_score),
        by_kind,
        sweep,
        false_positives,
        false_negatives,
    };
    if options.json {
        serde_json::to_writer_pretty(&mut *out, &evaluation).map_err(|e| Error::Write(e.into()))?;
        writeln!(out)?;
    } else {
        render(&evaluation, out)?;
    }
    Ok(evaluation)
}

fn render(e: &Evaluation, out: &mut dyn Write) -> std::io::Result<()> {
    let r = &e.result;
    writeln!(
        out,
        "pairs          {} ({} contradictions)",
        e.pairs, e.contradictions
    )?;
    writeln!(out, "threshold      {:.2}", r.threshold)?;
    writeln!(out, "precision      {:.3}", r.precision)?;
    writeln!(out, "recall         {:.3}", r.recall)?;
    writeln!(out, "f1             {:.3}", r.f1)?;
    writeln!(
        out,
        "confusion      tp {}  fp {}  fn {}  tn {}",
        r.true_positives, r.false_positives, r.false_negatives, r.true_negatives
    )?;
    for (kind, count) in &e.by_kind {
        writeln!(
            out,
            "kind           {kind}: tp {} fp {}",
            count.true_positives, count.false_positives
        )?;
    }
    if !e.sweep.is_empty() {
        writeln!(out, "\nthreshold  precision  recall  f1")?;
        for c in &e.sweep {
            writeln!(
                out,
                "{:>9.2}  {:>9.3}  {:>6.3}  {:.3}",
                c.threshold, c.precision, c.recall, c.f1
            )?;
        }
    }
    for (title, misses) in [
        ("false positives", &e.false_positives),
        ("false negatives", &e.false_negatives),
    ] {
        if misses.is_empty() {
            continue;
        }
        writeln!(out, "\n{title}:")?;
        for m in misses {
            writeln!(out, "  {} ({:.3}): {} || {}", m.id, m.score, m.a, m.b)?;
            for line in &m.evidence {
                writeln!(out, "      {line}")?;
            }
        }
    }
    Ok(())
}
