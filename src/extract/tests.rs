//! Whole-pipeline cases: a sentence or two in, the statements out. Sentences that attribute
//! nothing must give nothing.

use super::*;

/// (article, [(source, via, text, kind, denied)])
type Case = (
    &'static str,
    &'static [(&'static str, &'static str, &'static str, &'static str, bool)],
);

const CASES: &[Case] = &[
    (
        "Officials met on Tuesday. Putin asserted that the war would end.",
        &[("Putin", "", "The war would end.", "paraphrase", false)],
    ),
    (
        "Trump did not say that aid was discussed.",
        &[("Trump", "", "Aid was discussed.", "paraphrase", true)],
    ),
    (
        "Trump spoke. Reported by Fox News, he was quoted saying, \"We talked.\"",
        &[("Trump", "Fox News", "We talked.", "quote", false)],
    ),
    (
        "In a Kremlin statement, it was emphasized that Russia remains committed.",
        &[(
            "Kremlin",
            "Kremlin statement",
            "Russia remains committed.",
            "paraphrase",
            false,
        )],
    ),
    (
        "This was reiterated in a Kremlin statement, with officials clarifying that aid must stop.",
        &[(
            "Kremlin",
            "Kremlin statement",
            "Aid must stop.",
            "paraphrase",
            false,
        )],
    ),
    (
        "As noted in Kremlin communications, “This conflict should never have started.”",
        &[(
            "Kremlin",
            "Kremlin communications",
            "This conflict should never have started.",
            "quote",
            false,
        )],
    ),
    (
        "According to the Port Authority, wages rise by 6 percent.",
        &[(
            "Port Authority",
            "",
            "Wages rise by 6 percent.",
            "paraphrase",
            false,
        )],
    ),
    (
        "Wages rise by 6 percent, according to a Kremlin statement.",
        &[(
            "Kremlin",
            "Kremlin statement",
            "Wages rise by 6 percent.",
            "paraphrase",
            false,
        )],
    ),
    (
        "Critics argued that the figures were wrong, according to the Herald.",
        &[(
            "Critics",
            "Herald",
            "The figures were wrong.",
            "paraphrase",
            false,
        )],
    ),
    (
        "“We won. It was hard,” Kessel said.",
        &[("Kessel", "", "We won. It was hard.", "quote", false)],
    ),
    (
        "\"Talks go on,\" said Brandt.",
        &[("Brandt", "", "Talks go on.", "quote", false)],
    ),
    (
        "\"It fell,\" Aino Virtanen said, \"and farmers pay.\"",
        &[("Virtanen", "", "It fell, and farmers pay.", "quote", false)],
    ),
    (
        "The deal holds, a spokesperson for Nordline Shipping said.",
        &[(
            "Nordline Shipping",
            "",
            "The deal holds.",
            "paraphrase",
            false,
        )],
    ),
    (
        "Putin said that the talks failed, while Trump said that they went well.",
        &[
            ("Putin", "", "The talks failed.", "paraphrase", false),
            ("Trump", "", "They went well.", "paraphrase", false),
        ],
    ),
    (
        "Trump said that Putin had said that peace was near.",
        &[(
            "Trump",
            "",
            "Putin had said that peace was near.",
            "paraphrase",
            false,
        )],
    ),
    (
        "Putin underscored the need for talks, stressing security.",
        &[(
            "Putin",
            "",
            "The need for talks, stressing security.",
            "paraphrase",
            false,
        )],
    ),
    (
        "He asserted that Crimea is Russian— a statement met with resistance.",
        &[],
    ),
    (
        "Putin spoke. He asserted that Crimea is Russian— a statement met with resistance.",
        &[("Putin", "", "Crimea is Russian.", "paraphrase", false)],
    ),
    (
        "Pavel Drozd met Aino Virtanen. Both ministers agreed that talks would continue.",
        &[
            ("Drozd", "", "Talks would continue.", "paraphrase", false),
            ("Virtanen", "", "Talks would continue.", "paraphrase", false),
        ],
    ),
    (
        "Union leader Marta Kessel told reporters on Friday that the raise was small.",
        &[("Kessel", "", "The raise was small.", "paraphrase", false)],
    ),
    (
        "Opposition leader Ilse Varga claimed the doses numbered 1.2 million.",
        &[(
            "Varga",
            "",
            "The doses numbered 1.2 million.",
            "paraphrase",
            false,
        )],
    ),
    (
        "The ministry's head, Karin Ost, said: 'Every region received its share.'",
        &[(
            "Ost",
            "",
            "Every region received its share.",
            "quote",
            false,
        )],
    ),
    (
        "Marta Kessel, the union leader, said that the raise was small.",
        &[("Kessel", "", "The raise was small.", "paraphrase", false)],
    ),
    (
        "The deal holds, said Marta Kessel.",
        &[("Kessel", "", "The deal holds.", "paraphrase", false)],
    ),
    (
        "\"We cannot wait,\" Friedrich Merz told reporters.",
        &[("Merz", "", "We cannot wait.", "quote", false)],
    ),
    (
        "NATO Secretary General Mark Rutte welcomed the plan but warned it would take years.",
        &[("Rutte", "", "It would take years.", "paraphrase", false)],
    ),
    (
        "French officials said the proposal was a good start.",
        &[(
            "French officials",
            "",
            "The proposal was a good start.",
            "paraphrase",
            false,
        )],
    ),
    (
        "Critics say the target is unrealistic.",
        &[(
            "Critics",
            "",
            "The target is unrealistic.",
            "paraphrase",
            false,
        )],
    ),
    (
        "Analysts at the Kiel Institute estimated that the plan would cost more.",
        &[(
            "Kiel Institute",
            "",
            "The plan would cost more.",
            "paraphrase",
            false,
        )],
    ),
    (
        "The Kremlin dismissed the plan as \"militarisation\", Kremlin spokesman Dmitry Peskov said.",
        &[(
            "Kremlin",
            "",
            "The Kremlin dismissed the plan as \"militarisation\"",
            "paraphrase",
            false,
        )],
    ),
    (
        "\"It's a disaster,\" a resident told the BBC.",
        &[("Resident", "", "It's a disaster.", "quote", false)],
    ),
    (
        "Volodymyr Zelensky, speaking in Kyiv, said Ukraine would not cede any territory.",
        &[(
            "Zelensky",
            "",
            "Ukraine would not cede any territory.",
            "paraphrase",
            false,
        )],
    ),
    (
        "The White House said in a statement it was \"deeply concerned\".",
        &[(
            "White House",
            "",
            "It was \"deeply concerned\".",
            "paraphrase",
            false,
        )],
    ),
    (
        "Prime Minister Keir Starmer insisted Britain would stand by Ukraine, adding that sanctions would stay.",
        &[
            (
                "Starmer",
                "",
                "Britain would stand by Ukraine.",
                "paraphrase",
                false,
            ),
            ("Starmer", "", "Sanctions would stay.", "paraphrase", false),
        ],
    ),
    // Nothing attributed.
    (
        "Dmitry Peskov did not say whether Russia would respond.",
        &[],
    ),
    ("Putin's claim that the war was over surprised many.", &[]),
    (
        "The report, published on Monday, says nothing about the costs.",
        &[],
    ),
    ("Officials have yet to confirm the figures.", &[]),
    ("It is not clear whether the ceasefire will hold.", &[]),
    ("The company announced record profits.", &[]),
    (
        "This remark illustrates the contrasting perspectives of both leaders.",
        &[],
    ),
    (
        "The conversations signal a fragile but possible turning point.",
        &[],
    ),
    ("Putin responded positively to this initiative.", &[]),
    (
        "In light of Trump's initiative proposing a ceasefire, talks began.",
        &[],
    ),
    ("The so-called \"special operation\" went on.", &[]),
    ("He left without saying that he would return.", &[]),
    ("The statement was read aloud.", &[]),
    ("It was reported that prices rose.", &[]),
    ("", &[]),
];

#[test]
fn sentences_give_their_statements() {
    for (article, expected) in CASES {
        let found: Vec<(String, String, String, &str, bool)> =
            extract(article, &Options::default())
                .into_iter()
                .map(|e| {
                    let kind = match e.kind {
                        StatementKind::Quote => "quote",
                        StatementKind::Paraphrase => "paraphrase",
                    };
                    (e.source, e.via.unwrap_or_default(), e.text, kind, e.denied)
                })
                .collect();
        let expected: Vec<(String, String, String, &str, bool)> = expected
            .iter()
            .map(|&(s, v, t, k, d)| (s.into(), v.into(), t.into(), k, d))
            .collect();
        assert_eq!(found, expected, "{article:?}");
    }
}

#[test]
fn spans_are_character_offsets_of_the_claim() {
    let article = "At Café “Été”, Jean Dupont said that prices would rise.";
    let found = extract(article, &Options::default());
    let (start, end) = found[0].span;
    let claim: String = article.chars().skip(start).take(end - start).collect();
    assert_eq!(claim, "prices would rise.");
}

#[test]
fn user_aliases_come_first() {
    let options = Options {
        aliases: Aliases::parse("a", "Putin = Russian Presidency").unwrap(),
    };
    let found = extract("Vladimir Putin said that talks failed.", &options);
    assert_eq!(found[0].source, "Russian Presidency");
    assert_eq!(found[0].speaker.as_deref(), Some("Vladimir Putin"));
}
