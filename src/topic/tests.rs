//! Tables of cases for topic assignment: clustering, naming, keyword lists and their errors.
use super::*;

/// The topic inferred for each text, nobody's name left out, no name taken.
fn inferred(texts: &[&str]) -> Vec<Option<String>> {
    infer(texts, &[], &mut HashSet::new())
}

fn statement(id: &str, topic: &str, text: &str) -> Statement {
    Statement::new(id, "Putin", topic, text)
}

#[test]
fn clusters_what_shares_a_subject_and_keeps_the_rest_apart() {
    // (texts, pairs of indices that must share a topic, pairs that must not)
    type Case<'a> = (&'a [&'a str], &'a [(usize, usize)], &'a [(usize, usize)]);
    let cases: &[Case] = &[
        (
            &[
                "Military assistance and intelligence provision to Kiev must cease.",
                "We talked about a lot, but assistance was not discussed.",
                "175 prisoners were exchanged on March 19.",
                "The prisoner exchange took place on March 19.",
            ],
            &[(0, 1), (2, 3)],
            &[(0, 2), (0, 3), (1, 2), (1, 3)],
        ),
        (
            // One word in common among many is a passing mention.
            &[
                "The talks on energy infrastructure lasted two hours and covered many issues.",
                "Energy prices rose sharply across Europe after the long cold winter.",
            ],
            &[],
            &[(0, 1)],
        ),
        (
            // Reporting verbs say how, not what about.
            &[
                "The ministry said the bridge is open.",
                "The ministry said prices will fall.",
            ],
            &[],
            &[(0, 1)],
        ),
        (
            // A short claim inside a long sentence is on its topic.
            &[
                "Sanctions were not discussed.",
                "Lifting sanctions on Russian banks and airlines was a key demand in the talks.",
                "The weather in Riyadh was warm and sunny all week.",
            ],
            &[(0, 1)],
            &[(0, 2), (1, 2)],
        ),
        (
            // Average link: a third statement does not join a pair through one word of
            // one of them.
            &[
                "The Black Sea ceasefire regime needs technical negotiations.",
                "A ceasefire regime in the Black Sea needs technical negotiations.",
                "The 30-day ceasefire was proposed by the envoy in Jeddah last week.",
            ],
            &[(0, 1)],
            &[(0, 2), (1, 2)],
        ),
    ];
    for (texts, together, apart) in cases {
        let topics = inferred(texts);
        for &(a, b) in *together {
            assert!(
                topics[a].is_some() && topics[a] == topics[b],
                "{:?} and {:?} should share a topic: {topics:?}",
                texts[a],
                texts[b]
            );
        }
        for &(a, b) in *apart {
            assert_ne!(
                topics[a], topics[b],
                "{:?} and {:?} should be apart",
                texts[a], texts[b]
            );
        }
    }
}

#[test]
fn names_topics_after_their_top_terms() {
    let cases: &[(&[&str], &[Option<&str>])] = &[
        (&["Assistance was not discussed."], &[Some("assistance")]),
        (
            &[
                "The two leaders agreed on a prisoner exchange, 175 prisoners each.",
                "A prisoner exchange was agreed, with 175 prisoners each.",
            ],
            &[Some("prisoner-exchange"), Some("prisoner-exchange")],
        ),
        (
            &[
                "Strikes on energy infrastructure will pause.",
                "Energy infrastructure is off limits.",
            ],
            &[Some("energy-infrastructure"), Some("energy-infrastructure")],
        ),
        // Nothing salient: nothing to infer from.
        (&["He said it was so."], &[None]),
        // Two singletons whose top word is the same get distinct names.
        (
            &["Sanctions stay.", "Sanctions go."],
            &[Some("sanctions"), Some("sanctions")],
        ),
        (
            // A topic of one statement is named after one word ("talks" is light).
            &["Ceasefire talks stall.", "Elections are due in May."],
            &[Some("ceasefire"), Some("elections")],
        ),
    ];
    for (texts, expected) in cases {
        let got = inferred(texts);
        let got: Vec<Option<&str>> = got.iter().map(Option::as_deref).collect();
        assert_eq!(got, *expected, "{texts:?}");
    }
}

#[test]
fn names_are_unique_and_kebab_case() {
    let mut taken: HashSet<String> = ["aid".to_string()].into();
    let cases = [
        ("aid", "aid-2"),
        ("aid", "aid-3"),
        ("energy", "energy"),
        ("energy", "energy-2"),
    ];
    for (name, expected) in cases {
        assert_eq!(unique(name.into(), &mut taken), expected);
    }
    let cases = [
        ("Energy infrastructure", "energy-infrastructure"),
        ("black  sea", "black-sea"),
        ("переговоры", "переговоры"),
        ("a--b", "a-b"),
    ];
    for (words, expected) in cases {
        assert_eq!(kebab(words), expected, "{words:?}");
    }
}

#[test]
fn sources_names_are_not_topics() {
    let texts = ["Putin agreed.", "Putin refused."];
    let with_names = infer(&texts, &["Putin"], &mut HashSet::new());
    assert_ne!(with_names[0], with_names[1]);
    // Without knowing the name, the shared word joins them.
    let without = inferred(&texts);
    assert_eq!(without[0], without[1]);
}

#[test]
fn assign_touches_only_statements_without_a_topic() {
    let mut statements = vec![
        statement("a", "military-aid", "Military assistance must stop."),
        statement("b", NO_TOPIC, "Assistance was not discussed."),
        statement("c", NO_TOPIC, "Military assistance was discussed."),
        statement("d", NO_TOPIC, "He said so."),
    ];
    assign(&mut statements, &TopicOptions::default());
    let got: Vec<(&str, bool)> = statements
        .iter()
        .map(|s| (s.topic.as_str(), s.topic_inferred))
        .collect();
    assert_eq!(
        got,
        [
            ("military-aid", false),
            ("assistance", true),
            ("assistance", true),
            (NO_TOPIC, false),
        ]
    );
    // The same input gives the same topics.
    let mut again = statements.clone();
    for s in &mut again[1..] {
        s.topic = NO_TOPIC.into();
        s.topic_inferred = false;
    }
    assign(&mut again, &TopicOptions::default());
    assert_eq!(again, statements);
}

#[test]
fn assigns_from_a_list_by_keyword() {
    let list = TopicList::parse(
        "t.json",
        r#"{"topics": [
            {"name": "military-aid", "keywords": ["assistance", "military aid", "weapons"]},
            {"name": "prisoners", "keywords": ["prisoner exchange", "weapons"]},
            {"name": "energy", "keywords": ["energy infrastructure", "power plants"]}
        ]}"#,
    )
    .unwrap();
    let cases = [
        ("Assistance was not discussed.", Some("military-aid")),
        ("Military aid to Kiev must stop.", Some("military-aid")),
        // By stem, function words between ignored.
        ("The prisoners were exchanged.", Some("prisoners")),
        ("The prisoners' exchange went ahead.", Some("prisoners")),
        // A tie goes to the first topic in the file.
        ("Weapons were delivered.", Some("military-aid")),
        // Most keywords wins.
        ("A prisoner exchange, and weapons.", Some("prisoners")),
        // A run of words must stand in one clause.
        ("Military, and aid.", None),
        (
            "Energy infrastructure and power plants are off limits.",
            Some("energy"),
        ),
        ("The weather was fine.", None),
    ];
    for (text, expected) in cases {
        let got = list.best(&Text::new(text)).map(|t| t.name.as_str());
        assert_eq!(got, expected, "{text:?}");
    }
    let mut statements = vec![
        statement("a", "given", "Assistance must stop."),
        statement("b", NO_TOPIC, "Assistance must stop."),
        statement("c", NO_TOPIC, "The weather was fine."),
    ];
    let options = TopicOptions { list: Some(list) };
    assign(&mut statements, &options);
    let got: Vec<(&str, bool)> = statements
        .iter()
        .map(|s| (s.topic.as_str(), s.topic_inferred))
        .collect();
    assert_eq!(
        got,
        [("given", false), ("military-aid", true), (NO_TOPIC, false)]
    );
}

#[test]
fn a_bad_list_names_the_place() {
    let cases = [
        ("", "t.json: empty file"),
        ("[]", "t.json:1:1: expected an object with a `topics` array"),
        ("{}", "t.json:1:2: missing field `topics`"),
        (
            r#"{"topics": []}"#,
            "t.json:1:1: `topics` is empty: name at least one topic",
        ),
        (
            "{\"topics\": [\n  {\"name\": \"aid\", \"keyword\": [\"aid\"]}]}",
            "t.json:2:27: unknown field `keyword`, expected `name` or `keywords`",
        ),
        (
            "{\"topics\": [\n  {\"name\": \"x\", \"keywords\": [\"the\"]}]}",
            "t.json:2:3: topic `x`: keyword `the` has no word to match (function words and \
             punctuation are ignored)",
        ),
        (
            r#"{"topics": [{"name": "aid", "keywords": ["aid"]}, {"name": "aid", "keywords": ["help"]}]}"#,
            "t.json:1:51: duplicate topic name `aid`",
        ),
        (
            r#"{"topics": [{"name": " ", "keywords": ["aid"]}]}"#,
            "t.json:1:13: topic `name` is empty",
        ),
        (
            r#"{"topics": [{"name": "a", "keywords": []}]}"#,
            "t.json:1:13: topic `a` has no keywords",
        ),
        (
            r#"{"topics": [{"name": "(none)", "keywords": ["a b"]}]}"#,
            "t.json:1:13: topic name `(none)` is kept for statements on no topic",
        ),
        (
            r#"{"topics": [{"name": "a", "keywords": "aid"}]}"#,
            "t.json:1:43: invalid type: string \"aid\", expected a sequence",
        ),
        ("{\"topics\": [1,", "t.json:1:14: EOF while parsing a value"),
    ];
    for (text, expected) in cases {
        match TopicList::parse("t.json", text) {
            Ok(list) => panic!("{text:?} parsed: {list:?}"),
            Err(err) => assert_eq!(err.to_string(), expected, "{text:?}"),
        }
    }
}
