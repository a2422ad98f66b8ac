//! `--format html`: one self-contained page (no external scripts, fonts or styles; works from
//! disk and offline). On top the summary and a topic x source matrix coloured by the number of
//! discrepancies; then, per topic, each discrepancy as its two statements side by side with
//! the evidence highlighted, its kinds, score and explanation.
//!
//! Every text from the statement files goes through [`escape`]. A short inline script (the
//! only one, `html.js`) sorts and filters in the page and reads the filter from the URL
//! fragment (`report.html#source=Trump&kind=negated-claim&min=0.5`); with script off every
//! discrepancy shows and the controls stay hidden. The same report gives the same bytes.

use super::{Discrepancy, Report, Side, plural};
use crate::analysis::{Mark, Role};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::{self, Write as _};
use std::io::{self, Write};

const CSS: &str = include_str!("html.css");
const SCRIPT: &str = include_str!("html.js");

/// Nothing loads from elsewhere, even if a statement smuggled markup past [`escape`].
const POLICY: &str = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'";

pub fn render(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let mut html = String::new();
    page(report, &mut html).map_err(io::Error::other)?;
    out.write_all(html.as_bytes())
}

/// Text for HTML content and quoted attribute values: `& < > " '` escaped.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A count and its noun, "discrepancy" made "discrepancies": `(2, "source")` -> `"2 sources"`.
fn count(n: usize, word: &str) -> String {
    match word.strip_suffix('y') {
        Some(stem) if n != 1 => format!("{n} {stem}ies"),
        _ => plural(n, word),
    }
}

/// A value for the URL fragment: bytes other than `A-Z a-z 0-9 - _ . ~` as `%XX`.
fn encode(text: &str) -> String {
    let mut out = String::new();
    for &byte in text.as_bytes() {
        if byte.is_ascii_alphanumeric() || b"-_.~".contains(&byte) {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

fn page(report: &Report, html: &mut String) -> fmt::Result {
    let s = &report.summary;
    let title = count(s.discrepancies, "discrepancy");
    write!(
        html,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"{POLICY}\">\n\
         <title>{title}</title>\n<style>\n{CSS}</style>\n</head>\n<body>\n<header>\n\
         <h1>Discrepancies</h1>\n<ul class=\"stats\">\n"
    )?;
    for (n, word) in [
        (s.statements, "statement"),
        (s.sources, "source"),
        (s.topics, "topic"),
        (s.discrepancies, "discrepancy"),
    ] {
        let words = count(n, word);
        let (n, word) = words.split_once(' ').unwrap_or_default();
        writeln!(html, "<li><strong>{n}</strong> {word}</li>")?;
    }
    writeln!(html, "</ul>\n<p>{}.</p>\n</header>", escape(&s.line()))?;
    if report.discrepancies.is_empty() {
        return writeln!(
            html,
            "<main>\n<p>No discrepancy found.</p>\n</main>\n</body>\n</html>"
        );
    }
    let topics = by_topic(&report.discrepancies);
    let sources: BTreeSet<&str> = report.discrepancies.iter().flat_map(parties).collect();
    let kinds: BTreeSet<&str> = report
        .discrepancies
        .iter()
        .flat_map(|d| d.kinds.iter().map(|k| k.name()))
        .collect();
    matrix(report, &topics, &sources, html)?;
    html.push_str(
        "<p class=\"legend\">Highlighted: <mark class=\"cue\">cue</mark> the word that makes \
         the difference (a negation, the other number, date or opposite word); \
         <mark class=\"term\">term</mark> what both statements speak of.</p>\n",
    );
    controls(&topics, &sources, &kinds, html)?;
    html.push_str("<main id=\"list\">\n");
    for (topic, items) in &topics {
        writeln!(
            html,
            "<section class=\"topic\" data-topic=\"{0}\">\n<h2>{0} <small>{1}</small></h2>",
            escape(topic),
            count(items.len(), "discrepancy")
        )?;
        for &(n, d) in items {
            discrepancy(n, d, html)?;
        }
        html.push_str("</section>\n");
    }
    write!(
        html,
        "<div id=\"flat\" hidden></div>\n<p id=\"none\" hidden>No discrepancy matches the \
         filter.</p>\n</main>\n<script>\n{SCRIPT}</script>\n</body>\n</html>\n"
    )
}

/// The discrepancies grouped by topic, in report order (which is by topic), numbered from 1.
fn by_topic(discrepancies: &[Discrepancy]) -> Vec<(&str, Vec<(usize, &Discrepancy)>)> {
    let mut topics: Vec<(&str, Vec<(usize, &Discrepancy)>)> = Vec::new();
    for (n, d) in discrepancies.iter().enumerate() {
        match topics.iter_mut().find(|(t, _)| *t == d.topic) {
            Some((_, items)) => items.push((n + 1, d)),
            None => topics.push((&d.topic, vec![(n + 1, d)])),
        }
    }
    topics
}

/// The sources of a discrepancy's two statements, once each (a source may contradict itself).
fn parties(d: &Discrepancy) -> BTreeSet<&str> {
    [d.a.source.as_str(), d.b.source.as_str()].into()
}

type Topics<'a> = [(&'a str, Vec<(usize, &'a Discrepancy)>)];

/// The topic x source table: how many discrepancies each source is party to on each topic,
/// in four shades (1, 2, 3, 4 or more; scaled when a count passes 4). Each cell links to that
/// filter.
fn matrix(
    report: &Report,
    topics: &Topics,
    sources: &BTreeSet<&str>,
    html: &mut String,
) -> fmt::Result {
    let mut counts: BTreeMap<(&str, &str), usize> = BTreeMap::new();
    for d in &report.discrepancies {
        for source in parties(d) {
            *counts.entry((&d.topic, source)).or_default() += 1;
        }
    }
    let max = counts.values().copied().max().unwrap_or(1);
    html.push_str(
        "<section class=\"matrix\">\n<h2>By topic and source</h2>\n<p class=\"note\">Topics \
         and sources with discrepancies; a discrepancy counts once for each of its two \
         sources.</p>\n<div class=\"scroll\"><table>\n<thead><tr><th scope=\"col\">topic</th>",
    );
    for source in sources {
        write!(
            html,
            "<th scope=\"col\"><a href=\"#source={}\">{}</a></th>",
            encode(source),
            escape(source)
        )?;
    }
    html.push_str("</tr></thead>\n<tbody>\n");
    for (topic, _) in topics {
        write!(
            html,
            "<tr><th scope=\"row\"><a href=\"#topic={}\">{}</a></th>",
            encode(topic),
            escape(topic)
        )?;
        for source in sources {
            let count = counts.get(&(*topic, *source)).copied().unwrap_or(0);
            if count == 0 {
                html.push_str("<td class=\"h0\">·</td>");
            } else {
                write!(
                    html,
                    "<td class=\"h{}\"><a href=\"#topic={}&amp;source={}\">{count}</a></td>",
                    (count * 4).div_ceil(max.max(4)),
                    encode(topic),
                    encode(source)
                )?;
            }
        }
        html.push_str("</tr>\n");
    }
    html.push_str("</tbody>\n</table></div>\n</section>\n");
    Ok(())
}

/// The sort and filter controls, shown only by the script.
fn controls(
    topics: &Topics,
    sources: &BTreeSet<&str>,
    kinds: &BTreeSet<&str>,
    html: &mut String,
) -> fmt::Result {
    html.push_str("<form id=\"controls\" hidden>\n");
    let names: Vec<&str> = topics.iter().map(|(t, _)| *t).collect();
    let lists = [
        ("topic", "topic", names),
        ("source", "source", sources.iter().copied().collect()),
        ("kind", "kind", kinds.iter().copied().collect()),
    ];
    for (name, label, values) in lists {
        write!(
            html,
            "<label>{label} <select name=\"{name}\"><option value=\"\">all</option>"
        )?;
        for value in values {
            write!(html, "<option>{}</option>", escape(value))?;
        }
        html.push_str("</select></label>\n");
    }
    html.push_str(
        "<label>min score <input name=\"min\" type=\"number\" min=\"0\" max=\"1\" \
         step=\"0.05\" placeholder=\"0\"></label>\n<label>sort by <select name=\"sort\">\
         <option value=\"topic\">topic</option><option value=\"score\">score</option>\
         </select></label>\n<button type=\"reset\">show all</button>\n\
         <output id=\"shown\"></output>\n</form>\n",
    );
    Ok(())
}

/// One discrepancy: its labels, the two statements side by side, the explanation.
fn discrepancy(n: usize, d: &Discrepancy, html: &mut String) -> fmt::Result {
    let sources = serde_json::to_string(&parties(d)).map_err(|_| fmt::Error)?;
    let kinds: Vec<&str> = d.kinds.iter().map(|k| k.name()).collect();
    write!(
        html,
        "<article class=\"discrepancy\" id=\"d{n}\" data-topic=\"{}\" data-sources=\"{}\" \
         data-kinds=\"{}\" data-score=\"{:.3}\">\n<p class=\"head\"><a class=\"n\" \
         href=\"#d{n}\">#{n}</a> <span class=\"label topic\">{}</span>",
        escape(&d.topic),
        escape(&sources),
        kinds.join(" "),
        d.score,
        escape(&d.topic)
    )?;
    for kind in &kinds {
        write!(html, " <span class=\"label kind\">{kind}</span>")?;
    }
    writeln!(
        html,
        " <span class=\"score\">score <strong>{:.3}</strong></span> \
         <span class=\"similarity\">similarity {:.3}</span></p>\n<div class=\"pair\">",
        d.score, d.similarity
    )?;
    let marks = |pick: fn(&crate::analysis::Evidence) -> &Vec<Mark>| -> Vec<&Mark> {
        d.evidence.iter().flat_map(pick).collect()
    };
    side(&d.a, &marks(|e| &e.a), html)?;
    side(&d.b, &marks(|e| &e.b), html)?;
    writeln!(
        html,
        "</div>\n<p class=\"why\">{}</p>\n</article>",
        escape(&d.explanation)
    )
}

/// One statement: who (source, channel, speaker), the text highlighted, date, link and id.
fn side(side: &Side, marks: &[&Mark], html: &mut String) -> fmt::Result {
    write!(
        html,
        "<div class=\"side\">\n<p class=\"who\"><span class=\"label source\">{}</span>",
        escape(&side.source)
    )?;
    if let Some(via) = &side.via {
        write!(
            html,
            " <span class=\"label via\">via {}</span>",
            escape(via)
        )?;
    }
    if let Some(speaker) = &side.speaker {
        write!(html, " <span class=\"speaker\">{}</span>", escape(speaker))?;
    }
    writeln!(
        html,
        "</p>\n<blockquote>{}</blockquote>",
        highlight(&side.text, marks)
    )?;
    html.push_str("<p class=\"meta\">");
    if let Some(date) = &side.date {
        write!(html, "<time datetime=\"{0}\">{0}</time> ", escape(date))?;
    }
    if let Some(url) = &side.url {
        // Only web links are links: a `javascript:` URL from a statement file stays text.
        let web = ["https://", "http://"].iter().any(|scheme| {
            url.get(..scheme.len())
                .is_some_and(|s| s.eq_ignore_ascii_case(scheme))
        });
        if web {
            write!(
                html,
                "<a href=\"{0}\" rel=\"noopener noreferrer\">{0}</a> ",
                escape(url)
            )?;
        } else {
            write!(html, "<span class=\"url\">{}</span> ", escape(url))?;
        }
    }
    writeln!(html, "<code>{}</code></p>\n</div>", escape(&side.id))
}

/// `text` escaped, with each mark's byte span in `<mark class="cue|term">`. Marks out of
/// range, empty or not on char boundaries are skipped; of overlapping marks the first wins.
fn highlight(text: &str, marks: &[&Mark]) -> String {
    let mut kept: Vec<&Mark> = Vec::new();
    for &mark in marks {
        let fits = mark.start < mark.end
            && mark.end <= text.len()
            && text.is_char_boundary(mark.start)
            && text.is_char_boundary(mark.end);
        if fits
            && kept
                .iter()
                .all(|k| mark.end <= k.start || k.end <= mark.start)
        {
            kept.push(mark);
        }
    }
    kept.sort_by_key(|m| m.start);
    let mut out = String::new();
    let mut at = 0;
    for mark in kept {
        let class = match mark.role {
            Role::Cue => "cue",
            Role::Term => "term",
        };
        out.push_str(&escape(&text[at..mark.start]));
        out.push_str(&format!(
            "<mark class=\"{class}\">{}</mark>",
            escape(&text[mark.start..mark.end])
        ));
        at = mark.end;
    }
    out.push_str(&escape(&text[at..]));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_the_five_characters() {
        #[rustfmt::skip]
        let cases = [
            ("", ""),
            ("plain text, ünïcode", "plain text, ünïcode"),
            ("a & b", "a &amp; b"),
            ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
            ("say \"no\"", "say &quot;no&quot;"),
            ("it's", "it&#39;s"),
            ("&amp;", "&amp;amp;"),
            ("<>\"'&", "&lt;&gt;&quot;&#39;&amp;"),
        ];
        for (text, expected) in cases {
            assert_eq!(escape(text), expected, "{text:?}");
        }
    }

    #[test]
    fn highlights_marks_by_byte_span() {
        type Span = (usize, usize, Role);
        use Role::{Cue as C, Term as T};
        #[rustfmt::skip]
        let cases: [(&str, &[Span], &str); 7] = [
            ("a not b", &[(2, 5, C)], "a <mark class=\"cue\">not</mark> b"),
            ("x <y> z", &[(2, 5, T)], "x <mark class=\"term\">&lt;y&gt;</mark> z"),
            // Given out of order: shown in text order.
            ("ab cd", &[(3, 5, C), (0, 2, T)], "<mark class=\"term\">ab</mark> <mark class=\"cue\">cd</mark>"),
            // Overlapping: the first wins.
            ("abcdef", &[(2, 5, C), (0, 3, T)], "ab<mark class=\"cue\">cde</mark>f"),
            // Out of range, empty, or inside a character: skipped.
            ("abc", &[(1, 9, C), (1, 1, C)], "abc"),
            ("né<", &[(0, 2, C)], "né&lt;"),
            ("né", &[(1, 3, T)], "n<mark class=\"term\">é</mark>"),
        ];
        for (text, spans, expected) in cases {
            let marks: Vec<Mark> = spans
                .iter()
                .map(|&(start, end, role)| Mark {
                    text: String::new(),
                    start,
                    end,
                    role,
                })
                .collect();
            let marks: Vec<&Mark> = marks.iter().collect();
            assert_eq!(highlight(text, &marks), expected, "{text:?}");
        }
    }

    #[test]
    fn counts_and_fragment_values() {
        assert_eq!(count(1, "discrepancy"), "1 discrepancy");
        assert_eq!(count(2, "discrepancy"), "2 discrepancies");
        assert_eq!(count(0, "source"), "0 sources");
        assert_eq!(
            encode("White House & co/é"),
            "White%20House%20%26%20co%2F%C3%A9"
        );
    }

    #[test]
    fn sample_page_is_escaped_and_stable() {
        let render_sample = || {
            let mut out = Vec::new();
            render(&super::super::sample(), &mut out).unwrap();
            String::from_utf8(out).unwrap()
        };
        let page = render_sample();
        assert_eq!(page, render_sample());
        assert!(page.contains("&lt;") && !page.contains("<now>"), "{page}");
        let b = "<mark class=\"term\">assistance</mark> was <mark class=\"cue\">not</mark>";
        assert!(page.contains(b), "{page}");
        assert!(
            page.contains("<span class=\"label via\">via Fox News</span>"),
            "{page}"
        );
        assert!(page.contains("data-sources=\"[&quot;Kremlin&quot;,&quot;Trump&quot;]\""));
        assert!(
            page.contains("<form id=\"controls\" hidden>"),
            "controls wait for the script"
        );
        assert_eq!(page.matches("<script").count(), 1, "one script, ours");
        assert!(!page.contains("<article class=\"discrepancy\" hidden"));
        assert!(
            !page.contains("src=") && !page.contains("<link"),
            "nothing external"
        );
    }
}
