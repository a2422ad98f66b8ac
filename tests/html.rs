//! `--format html`: the golden page, escaping of hostile statement text, and the page in a real
//! headless browser (Debian's `chromium`, which `.ci/run` installs): it loads with no console
//! message, shows every discrepancy, and the filter read from the URL fragment hides the right
//! ones. The screenshot of the seed report is left in `target/html-seed.png` for review.
//!
//! Without chromium on PATH the browser tests print a note and pass, except under CI (`CI`
//! set), where they fail. `BLESS=1 cargo test` rewrites the golden file.

mod common;

use common::{golden, scratch_dir};

use std::fs::File;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Four discrepancies, one of each kind, among three sources; the antonym is hedged (0.8).
const SEVERAL: &str = r#"{"id":"k1","source":"Kremlin","topic":"aid","text":"The talks covered military assistance to Kiev."}
{"id":"t1","source":"Trump","topic":"aid","via":"Fox News","text":"Military assistance was not discussed."}
{"id":"k2","source":"Kremlin","topic":"prisoners","date":"2025-03-19","text":"175 prisoners were exchanged on Wednesday."}
{"id":"w2","source":"White House","topic":"prisoners","url":"https://example.org/call?day=19&lang=en","text":"170 prisoners were exchanged on Wednesday."}
{"id":"k3","source":"Kremlin","topic":"prices","text":"Prices will increase next year."}
{"id":"w3","source":"White House","topic":"prices","text":"Prices will reportedly decrease next year."}
{"id":"t4","source":"Trump","topic":"exchange","speaker":"Donald Trump","text":"The exchange is on March 19."}
{"id":"w4","source":"White House","topic":"exchange","text":"The exchange is on 20 March."}
"#;

/// One negated claim between statements full of markup, quotes and ampersands.
const HOSTILE: &str = r#"{"id":"x1","source":"<script>alert(1)</script>","topic":"a & b","url":"javascript:alert(1)","text":"The bridge at \"<b>Rock & Roll</b>\" is <script>alert(1)</script> open."}
{"id":"x2","source":"O'Brien & Sons","topic":"a & b","via":"\"Quotes\" <i>Weekly</i>","speaker":"<img src=x onerror=alert(1)>","text":"The bridge at 'Rock & Roll' is not open."}
"#;

/// `check --format html` over `paths` from the crate root; the run must find discrepancies.
fn html(paths: &[&Path]) -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_discrepancy"))
        .args(["check", "--format", "html"])
        .args(paths)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("the binary runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(1), "{paths:?}: {stderr}");
    String::from_utf8(output.stdout).expect("the page is UTF-8")
}

/// The page of `jsonl` (written to `dir/name.jsonl`), saved as `dir/name.html`.
fn page_of(dir: &Path, name: &str, jsonl: &str) -> (PathBuf, String) {
    let input = dir.join(format!("{name}.jsonl"));
    std::fs::write(&input, jsonl).expect("the statements are written");
    let page = html(&[&input]);
    let path = dir.join(format!("{name}.html"));
    std::fs::write(&path, &page).expect("the page is written");
    (path, page)
}

#[test]
fn html_matches_its_golden_file() {
    let page = html(&[Path::new("tests/fixtures/contradiction.jsonl")]);
    golden("contradiction.html", &page);
    assert_eq!(
        page,
        html(&[Path::new("tests/fixtures/contradiction.jsonl")])
    );
}

#[test]
fn statement_text_is_escaped() {
    let (_, page) = page_of(&scratch_dir("html", "escape"), "hostile", HOSTILE);
    for escaped in [
        "&lt;script&gt;alert(1)&lt;/script&gt;",
        "The bridge at &quot;&lt;b&gt;Rock &amp; Roll&lt;/b&gt;&quot; is",
        "O&#39;Brien &amp; Sons",
        "via &quot;Quotes&quot; &lt;i&gt;Weekly&lt;/i&gt;",
        "&lt;img src=x onerror=alert(1)&gt;",
        "data-topic=\"a &amp; b\"",
        "<span class=\"url\">javascript:alert(1)</span>",
    ] {
        assert!(page.contains(escaped), "missing {escaped:?} in\n{page}");
    }
    for raw in ["<script>alert", "<b>", "<i>", "<img", "href=\"javascript"] {
        assert!(!page.contains(raw), "raw {raw:?} in\n{page}");
    }
    assert_eq!(
        page.matches("<script").count(),
        1,
        "only the page's own script"
    );
}

/// Debian's `chromium` (or `chromium-browser`) on PATH. Missing: a failure under CI, else a
/// note and `None`.
fn chromium() -> Option<PathBuf> {
    let path = std::env::var_os("PATH").unwrap_or_default();
    let found = ["chromium", "chromium-browser"].iter().find_map(|name| {
        std::env::split_paths(&path)
            .map(|dir| dir.join(name))
            .find(|p| p.is_file())
    });
    if found.is_none() {
        assert!(
            std::env::var_os("CI").is_none(),
            "chromium is not on PATH: .ci/run installs it (apt-get install chromium)"
        );
        eprintln!("note: chromium not on PATH; the browser test of the HTML report is skipped");
    }
    found
}

/// Runs headless chromium with a fresh profile on `url` plus `args`, at most 120 s; returns
/// (stdout, stderr).
fn browse(chromium: &Path, dir: &Path, run: &str, url: &str, args: &[&str]) -> (String, String) {
    let (out, err) = (
        dir.join(format!("{run}.out")),
        dir.join(format!("{run}.err")),
    );
    let profile = format!(
        "--user-data-dir={}",
        dir.join(format!("{run}.profile")).display()
    );
    let mut child = Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
        ])
        .args(["--no-first-run", "--disable-background-networking"])
        .args(["--disable-component-update", "--disable-sync", &profile])
        .args(["--enable-logging=stderr", "--v=0"])
        .args(args)
        .arg(url)
        .stdin(Stdio::null())
        .stdout(File::create(&out).expect("stdout file"))
        .stderr(File::create(&err).expect("stderr file"))
        .spawn()
        .expect("chromium starts");
    let deadline = Instant::now() + Duration::from_secs(120);
    let status = loop {
        if let Some(status) = child.try_wait().expect("chromium is waited for") {
            break status;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("chromium took over 120 s on {url}");
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let read = |p: &Path| String::from_utf8_lossy(&std::fs::read(p).unwrap_or_default()).into();
    let (stdout, stderr): (String, String) = (read(&out), read(&err));
    assert!(
        status.success(),
        "chromium failed on {url}: {status}\n{stderr}"
    );
    (stdout, stderr)
}

/// The console messages chromium logged: lines with `CONSOLE` (at `--v=0` every level, even
/// `console.error` and uncaught exceptions, is logged as `INFO:CONSOLE`, so any such line is
/// one too many: the page's script logs nothing).
fn console(stderr: &str) -> Vec<&str> {
    stderr.lines().filter(|l| l.contains("CONSOLE")).collect()
}

/// The page at `path#fragment` in the browser: its DOM after the script ran, with no console
/// message.
fn dom(chromium: &Path, dir: &Path, run: &str, path: &Path, fragment: &str) -> String {
    let url = format!("file://{}#{fragment}", path.display());
    let (dom, stderr) = browse(chromium, dir, run, &url, &["--dump-dom"]);
    assert_eq!(
        console(&stderr),
        Vec::<&str>::new(),
        "{url}: console messages"
    );
    dom
}

/// The id of each discrepancy element in `dom`, in document order, and whether it is hidden.
fn articles(dom: &str) -> Vec<(String, bool)> {
    dom.match_indices("<article ")
        .map(|(at, _)| {
            let tag = &dom[at..at + dom[at..].find('>').expect("a whole tag")];
            let id = tag.split(" id=\"").nth(1).and_then(|r| r.split('"').next());
            let hidden = tag.contains(" hidden=\"\"") || tag.ends_with(" hidden");
            (id.expect("an id").to_string(), hidden)
        })
        .collect()
}

/// The ids of the discrepancies shown.
fn shown(dom: &str) -> Vec<String> {
    articles(dom)
        .into_iter()
        .filter(|(_, h)| !h)
        .map(|(id, _)| id)
        .collect()
}

#[test]
fn page_works_in_a_headless_browser() {
    let Some(chromium) = chromium() else { return };
    let dir = scratch_dir("html", "browser");
    // The console check catches what a broken page logs.
    let broken = dir.join("broken.html");
    let script = "<script>console.error('boom'); undefinedFunction();</script>";
    std::fs::write(&broken, format!("<!DOCTYPE html><p>x</p>{script}")).unwrap();
    let url = format!("file://{}", broken.display());
    let (_, stderr) = browse(&chromium, &dir, "broken", &url, &["--dump-dom"]);
    let logged = console(&stderr);
    assert!(logged.iter().any(|l| l.contains("Uncaught")), "{stderr}");
    assert!(logged.iter().any(|l| l.contains("boom")), "{stderr}");

    let (several, page) = page_of(&dir, "several", SEVERAL);
    let all = ["d1", "d2", "d3", "d4"];
    assert_eq!(articles(&page).len(), 4, "four discrepancies in the page");
    let loaded = dom(&chromium, &dir, "all", &several, "");
    assert_eq!(shown(&loaded), all);
    assert!(
        loaded.contains("<form id=\"controls\">"),
        "the script shows the controls"
    );
    assert!(loaded.contains("<output id=\"shown\">4 of 4 shown</output>"));
    let cases: [(&str, &[&str]); 5] = [
        ("source=Trump&kind=negated-claim", &["d1"]),
        ("source=white%20house&min=0.9", &["d2", "d4"]),
        ("topic=prices", &["d3"]),
        ("kind=antonym&min=0.5", &["d3"]),
        ("source=Putin", &[]),
    ];
    for (n, (fragment, expected)) in cases.into_iter().enumerate() {
        let dom = dom(&chromium, &dir, &format!("filter{n}"), &several, fragment);
        assert_eq!(
            articles(&dom).len(),
            4,
            "#{fragment}: every discrepancy is in the page"
        );
        assert_eq!(shown(&dom), expected, "#{fragment}");
    }
    // Sorted by score: the hedged antonym (0.8) comes last, ties keep report order.
    let sorted = dom(&chromium, &dir, "sorted", &several, "sort=score");
    let order: Vec<String> = articles(&sorted).into_iter().map(|(id, _)| id).collect();
    assert_eq!(order, ["d1", "d2", "d4", "d3"]);
    assert_eq!(shown(&sorted), order);

    // The seed report, filtered by source and kind.
    let seed = dir.join("seed.html");
    std::fs::write(&seed, html(&[Path::new("statements")])).unwrap();
    assert_eq!(
        shown(&dom(&chromium, &dir, "seed", &seed, "")),
        ["d1", "d2"]
    );
    let filtered = dom(
        &chromium,
        &dir,
        "seed-putin",
        &seed,
        "kind=negated-claim&source=Putin",
    );
    assert_eq!(
        articles(&filtered),
        [("d1".into(), false), ("d2".into(), true)]
    );

    // Hostile text stays text in the browser too: one script element, the page's own.
    let (hostile, _) = page_of(&dir, "hostile", HOSTILE);
    let dom = dom(&chromium, &dir, "hostile", &hostile, "");
    assert_eq!(dom.matches("<script").count(), 1, "{dom}");
    assert!(
        dom.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "{dom}"
    );
}

#[test]
fn seed_report_screenshot() {
    let Some(chromium) = chromium() else { return };
    let dir = scratch_dir("html", "screenshot");
    let seed = dir.join("seed.html");
    std::fs::write(&seed, html(&[Path::new("statements")])).unwrap();
    let png = dir.join("seed.png");
    let shot = format!("--screenshot={}", png.display());
    let url = format!("file://{}", seed.display());
    let (_, stderr) = browse(
        &chromium,
        &dir,
        "shot",
        &url,
        &[&shot, "--window-size=1280,2000"],
    );
    assert_eq!(console(&stderr), Vec::<&str>::new(), "console messages");
    let size = std::fs::metadata(&png).map(|m| m.len()).unwrap_or(0);
    assert!(size > 10_000, "{}: {size} bytes\n{stderr}", png.display());
    // For review: target/html-seed.png.
    let target = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .expect("target dir");
    std::fs::copy(&png, target.join("html-seed.png")).expect("the screenshot is copied");
}
