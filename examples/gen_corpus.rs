//! Writes a synthetic statement corpus (JSONL on standard output) for benchmarks:
//!
//! ```sh
//! cargo run --release --example gen_corpus -- --statements 100000 --topics 1000 --sources 10 --seed 1 > corpus.jsonl
//! ```
//!
//! Each topic has claims (a subject, a verb, an object, a count, a place; one for every ten
//! statements of the topic, three at least). Each statement
//! tells one claim of its topic, in varied words, through one of the sources; at known rates it
//! denies the claim, changes its count, or uses the verb's opposite. The numbers of such
//! planted statements are printed on standard error, so a benchmark can count findings too.
//! Ids are `s<n>-c<claim>`, so that a benchmark can tell findings between statements of one
//! claim (planted) from the rest. The same arguments give the same bytes.

use std::fmt::Write as _;
use std::io::{self, Write};

const SUBJECTS: &[&str] = &[
    "the ministry",
    "the council",
    "the army",
    "the company",
    "the union",
    "the mayor",
    "the regulator",
    "the central bank",
    "the court",
    "the police",
    "the committee",
    "the government",
    "the opposition",
    "the agency",
    "the port authority",
    "the hospital",
];
/// Verbs and their opposites (from the antonym pairs the checks know).
const VERBS: &[(&str, &str)] = &[
    ("increased", "decreased"),
    ("accepted", "rejected"),
    ("opened", "closed"),
    ("allowed", "forbade"),
    ("won", "lost"),
    ("raised", "lowered"),
    ("included", "excluded"),
    ("confirmed", "denied"),
    ("started", "stopped"),
    ("bought", "sold"),
];
const OBJECTS: &[&str] = &[
    "the budget",
    "the proposal",
    "the bridge",
    "the border crossing",
    "the contract",
    "the tariffs",
    "the loan",
    "the ceasefire plan",
    "the wages",
    "the permits",
    "the shares",
    "the exports",
    "the curfew",
    "the subsidies",
    "the pipeline",
    "the archive",
    "the harbour",
    "the vaccine programme",
    "the railway line",
    "the grain deal",
];
const UNITS: &[&str] = &[
    "workers",
    "soldiers",
    "prisoners",
    "trucks",
    "vessels",
    "days",
    "tonnes",
    "families",
    "schools",
    "flights",
];
const PLACES: &[&str] = &["in", "near", "outside", "north of", "south of", "east of"];
/// Syllables of made-up town names: "Varokel", "Tenimar".
const SYLLABLES: &[&str] = &[
    "va", "ro", "kel", "te", "ni", "mar", "so", "bra", "dun", "li", "ze", "por", "ka", "vin",
    "stad", "ho", "ber", "gra", "mo", "tal",
];
const OPENINGS: &[&str] = &[
    "",
    "On Monday, ",
    "According to officials, ",
    "In a statement, ",
    "Late on Friday, ",
    "After weeks of talks, ",
];
const CLOSINGS: &[&str] = &[
    "",
    " after a long debate",
    " despite strong protests",
    " as part of a wider plan",
    " following the storm",
    " under pressure from donors",
];

/// A small, fast, deterministic generator (SplitMix64).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a>(&mut self, list: &[&'a str]) -> &'a str {
        list[self.below(list.len())]
    }
}

struct Args {
    statements: usize,
    topics: usize,
    sources: usize,
    seed: u64,
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args {
        statements: 10_000,
        topics: 100,
        sources: 10,
        seed: 1,
    };
    let mut words = std::env::args().skip(1);
    while let Some(flag) = words.next() {
        let value = words.next().ok_or(format!("{flag} needs a value"))?;
        let number: u64 = value
            .parse()
            .map_err(|_| format!("{flag}: expected a number, found `{value}`"))?;
        match flag.as_str() {
            "--statements" => args.statements = number as usize,
            "--topics" => args.topics = (number as usize).max(1),
            "--sources" => args.sources = (number as usize).max(2),
            "--seed" => args.seed = number,
            other => {
                return Err(format!(
                    "unknown option `{other}` (expected --statements, --topics, --sources, --seed)"
                ));
            }
        }
    }
    Ok(args)
}

fn main() {
    let args = match parse_args() {
        Ok(args) => args,
        Err(message) => {
            eprintln!("gen_corpus: {message}");
            std::process::exit(2);
        }
    };
    let mut rng = Rng(args.seed);
    let (mut denied, mut recounted, mut opposed) = (0, 0, 0);
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let mut line = String::new();
    for i in 0..args.statements {
        let topic = i % args.topics;
        // A topic has a claim for every ten statements or so (three at least), each drawn from
        // its own seed so every statement on the claim tells the same facts; the place is a
        // made-up town name, as news names the places it reports on.
        let claims = (args.statements / args.topics / 10).max(3);
        let claim = (topic * claims + rng.below(claims)) as u64;
        let mut claim_rng = Rng(args.seed ^ claim.wrapping_mul(0x9E37_79B9_7F4A_7C15));
        let subject = claim_rng.pick(SUBJECTS);
        let (verb, opposite) = VERBS[claim_rng.below(VERBS.len())];
        let object = claim_rng.pick(OBJECTS);
        let count = 10 + claim_rng.below(990);
        let unit = claim_rng.pick(UNITS);
        let place = format!("{} {}", claim_rng.pick(PLACES), town(&mut claim_rng));
        let source = format!("Source {}", rng.below(args.sources) + 1);
        let (mut said_verb, mut said_count, mut negation) = (verb.to_string(), count, "");
        match rng.below(100) {
            0..=7 => {
                negation = "did not ";
                said_verb = base_form(verb);
                denied += 1;
            }
            8..=11 => {
                said_count = count + 1 + rng.below(50);
                recounted += 1;
            }
            12..=14 => {
                said_verb = opposite.to_string();
                opposed += 1;
            }
            _ => {}
        }
        let opening = rng.pick(OPENINGS);
        let closing = rng.pick(CLOSINGS);
        let mut text = format!(
            "{opening}{subject} {negation}{said_verb} {object} for {said_count} {unit} {place}{closing}."
        );
        if let Some(first) = text.get(..1) {
            let upper = first.to_uppercase();
            text.replace_range(..1, &upper);
        }
        line.clear();
        let _ = write!(
            line,
            "{{\"id\": \"s{i}-c{claim}\", \"source\": \"{source}\", \"topic\": \"topic-{topic}\", \"text\": \"{text}\"}}"
        );
        if writeln!(out, "{line}").is_err() {
            return;
        }
    }
    let _ = out.flush();
    eprintln!(
        "gen_corpus: {} statements, {} topics, {} sources; planted: {denied} denials, {recounted} changed counts, {opposed} opposite verbs",
        args.statements, args.topics, args.sources
    );
}

/// A made-up town name of three syllables: "Varokel".
fn town(rng: &mut Rng) -> String {
    let mut name: String = (0..3).map(|_| rng.pick(SYLLABLES)).collect();
    if let Some(first) = name.get(..1) {
        let upper = first.to_uppercase();
        name.replace_range(..1, &upper);
    }
    name
}

/// "increased" -> "increase", "won" -> "win": the form after "did not".
fn base_form(verb: &str) -> String {
    const BASES: &[(&str, &str)] = &[
        ("accepted", "accept"),
        ("allowed", "allow"),
        ("bought", "buy"),
        ("closed", "close"),
        ("confirmed", "confirm"),
        ("decreased", "decrease"),
        ("denied", "deny"),
        ("excluded", "exclude"),
        ("forbade", "forbid"),
        ("included", "include"),
        ("increased", "increase"),
        ("lost", "lose"),
        ("lowered", "lower"),
        ("opened", "open"),
        ("raised", "raise"),
        ("rejected", "reject"),
        ("sold", "sell"),
        ("started", "start"),
        ("stopped", "stop"),
        ("won", "win"),
    ];
    BASES
        .iter()
        .find(|(past, _)| *past == verb)
        .map(|(_, base)| base.to_string())
        .unwrap_or_else(|| verb.to_string())
}
