use super::*;

#[test]
fn substring_helpers_agree_with_std() {
    let hays = [
        "a](b](c",
        "https://x",
        "",
        "www.",
        "ab",
        ")))",
        "))()))",
        "a<!--b-->c<!--",
        "é](ü](",
        "ßß://ß",
        "x://y://z",
        "](",
        "]]((",
    ];
    let needles = [
        "](", "http", "x", "www.", "abc", "))", "<!--", "-->", "://", "ß", "é]",
    ];
    for hay in hays {
        for needle in needles {
            let context = format!("{hay:?} {needle:?}");
            assert_eq!(find(hay, needle), hay.find(needle), "{context}");
            assert_eq!(rfind(hay, needle), hay.rfind(needle), "{context}");
            assert_eq!(contains(hay, needle), hay.contains(needle), "{context}");
            assert_eq!(split_once(hay, needle), hay.split_once(needle), "{context}");
            assert_eq!(count(hay, needle), hay.matches(needle).count(), "{context}");
            let all: Vec<usize> = hay.match_indices(needle).map(|(at, _)| at).collect();
            assert_eq!(find_all(hay, needle).collect::<Vec<_>>(), all, "{context}");
            let back: Vec<usize> = hay.rmatch_indices(needle).map(|(at, _)| at).collect();
            assert_eq!(
                rfind_all(hay, needle).collect::<Vec<_>>(),
                back,
                "{context}"
            );
        }
    }
}

#[test]
fn keys_ignore_case_and_punctuation() {
    assert_eq!(lookup_key("T-PAMI"), "tpami");
    assert_eq!(lookup_key("ÉCCV 2024"), "éccv2024");
    assert_eq!(lookup_key("J.Mach.Learn.Res."), "jmachlearnres");
    assert_eq!(lookup_key("Training-free"), "trainingfree");
}

#[test]
fn distance_counts_transpositions_as_one() {
    assert_eq!(edit_distance("ilcr", "iclr", 3), 1);
    assert_eq!(edit_distance("icml", "iclr", 3), 2);
    assert_eq!(edit_distance("abc", "abcdef", 1), 2);
    assert_eq!(edit_distance("", "ab", 5), 2);
}

#[test]
fn slips_are_narrow_for_short_names() {
    assert!(is_slip_of("ilcr", "iclr"));
    assert!(is_slip_of("cpvr", "cvpr"));
    assert!(is_slip_of("neurlps", "neurips"));
    assert!(is_slip_of("neuips", "neurips"));
    assert!(
        !is_slip_of("icme", "icml"),
        "a substitution in a short name may be another venue"
    );
    assert!(!is_slip_of("iccv", "iccv"));
    assert!(!is_slip_of("rl", "lr"));
}

#[test]
fn venue_slips_name_their_kind() {
    assert_eq!(venue_slip("iclrr", "iclr"), Some(Slip::Doubled));
    assert_eq!(venue_slip("icmll", "icml"), Some(Slip::Doubled));
    assert_eq!(venue_slip("neurisp", "neurips"), Some(Slip::Transposed));
    assert_eq!(venue_slip("ilcr", "iclr"), Some(Slip::Transposed));
    assert_eq!(venue_slip("neurps", "neurips"), Some(Slip::Dropped));
    assert_eq!(venue_slip("cvrr", "cvpr"), Some(Slip::Echoed));
    assert_eq!(venue_slip("neurlps", "neurips"), Some(Slip::Substituted));
    assert_eq!(venue_slip("avrxi", "arxiv"), Some(Slip::Scrambled));
    assert_eq!(venue_slip("itaic", "ictai"), Some(Slip::Scrambled));
    // Letters shared by another name, not one letter out of its place
    // (iSEngLab/AwesomeLearningAPR's `ICSE-SEET`, ICSE's education track).
    assert_eq!(venue_slip("icseseet", "ieeetcss"), None);
    assert_eq!(venue_slip("aiclr", "iclr"), None);
    assert!(Slip::Doubled.is_safe_to_fix() && !Slip::Substituted.is_safe_to_fix());
    assert!(!Slip::Scrambled.is_safe_to_fix());
}

#[test]
fn a_name_of_words_missing_its_last_letter_is_a_slip() {
    assert_eq!(
        venue_slip("neuralnetwork", "neuralnetworks"),
        Some(Slip::Dropped)
    );
    assert_eq!(
        venue_slip("appliedscience", "appliedsciences"),
        Some(Slip::Dropped)
    );
    // An acronym one letter short at the end is another venue (ISCA, ISCAS).
    assert_eq!(venue_slip("isca", "iscas"), None);
    assert_eq!(venue_slip("ieeeisca", "ieeeiscas"), None);
}

#[test]
fn venue_slips_stay_narrow_on_short_names() {
    // Another real acronym one arbitrary letter away: not a slip.
    assert_eq!(venue_slip("icic", "icip"), None);
    assert_eq!(venue_slip("icse", "icme"), None);
    assert_eq!(venue_slip("tcds", "tcss"), None);
    // Three letters are never judged.
    assert_eq!(venue_slip("acm", "acl"), None);
    assert_eq!(venue_slip("icl", "iclr"), None);
    assert_eq!(venue_slip("cvpr", "cvpr"), None);
    // A stray letter that repeats nothing, on a short name.
    assert_eq!(venue_slip("iclrx", "iclr"), None);
}

#[test]
fn venue_slips_leave_both_ends_of_a_name_alone() {
    // Another first letter, on short and long names.
    assert_eq!(venue_slip("ccis", "scis"), None);
    assert_eq!(venue_slip("ecml", "icml"), None);
    assert_eq!(venue_slip("xeurips", "neurips"), None);
    // Another last letter of a short name.
    assert_eq!(venue_slip("iccc", "iccv"), None);
    // A letter dropped or added at either end.
    assert_eq!(venue_slip("amia", "jamia"), None);
    assert_eq!(venue_slip("eicml", "icml"), None);
    assert_eq!(venue_slip("icmla", "icml"), None);
    assert_eq!(venue_slip("neurip", "neurips"), None);
    assert_eq!(venue_slip("eurips", "neurips"), None);
    assert_eq!(venue_slip("iiclr", "iclr"), None);
    // A dropped letter in a name of four letters.
    assert_eq!(venue_slip("icis", "icics"), None);
    // One of two alike letters left out of four is another venue too
    // (ISCC beside ISSCC, ICPS beside ICCPS, ISTA beside ISSTA).
    assert_eq!(venue_slip("iscc", "isscc"), None);
    assert_eq!(venue_slip("icps", "iccps"), None);
    // A scramble that moves the first letter.
    assert_eq!(venue_slip("rxaiv", "arxiv"), None);
    // The same slips inside a name stay slips.
    assert_eq!(venue_slip("infcom", "infocom"), Some(Slip::Dropped));
    assert_eq!(venue_slip("iclrr", "iclr"), Some(Slip::Doubled));
    assert_eq!(venue_slip("neurlps", "neurips"), Some(Slip::Substituted));
}

#[test]
fn a_publisher_does_not_make_an_acronym_long() {
    // IEEE TII and IEEE TIE are short acronyms, both real.
    assert_eq!(venue_slip("ieeetii", "ieeetie"), None);
    assert_eq!(venue_slip("acmtods", "acmtois"), None);
    assert!(is_short_name("ieeetpami") && is_short_name("cvpr"));
    assert!(!is_short_name("neurips"));
}

#[test]
fn the_ascii_lookup_key_is_the_unicode_one() {
    let every_ascii: String = (0u8..128).map(char::from).collect();
    for text in [
        every_ascii.as_str(),
        "NeurIPS 2019",
        "J. Mach. Learn. Res.",
        "ICLR-W_21",
    ] {
        assert_eq!(lookup_key(text), unicode_lookup_key(text), "{text:?}");
    }
}

#[test]
fn one_edit_apart_is_edit_distance_one() {
    let words = [
        "",
        "a",
        "ab",
        "ba",
        "abc",
        "acb",
        "bac",
        "abcd",
        "abdc",
        "abd",
        "abxd",
        "xabcd",
        "abcdx",
        "iclr",
        "ilcr",
        "icrl",
        "iclrr",
        "iccv",
        "icml",
        "icmll",
        "neurips",
        "neurisp",
        "nerips",
        "cvpr",
        "cvrr",
        "cvprw",
        "aaai",
        "aai",
        "naïve",
        "naive",
        "nаive",
        "日本語",
        "日語本",
    ];
    for a in words {
        for b in words {
            assert_eq!(
                one_edit_apart(a, b),
                edit_distance(a, b, 1) == 1,
                "{a:?} {b:?}"
            );
        }
    }
}

#[test]
fn fold_spaces_and_case_joins_words_with_one_space_in_lower_case() {
    for (text, folded) in [
        ("  Paper ", "paper"),
        ("Nature\tMethods", "nature methods"),
        ("IEEE  T-PAMI\n", "ieee t-pami"),
        ("Études ÀB", "études àb"),
        ("", ""),
    ] {
        assert_eq!(fold_spaces_and_case(text), folded, "{text:?}");
    }
    // Word by word, a final sigma still folds as in the whole text.
    for text in ["ΟΔΟΣ Α", "ΣΑΣ\tΣ", "Σ"] {
        let whole = text
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase();
        assert_eq!(fold_spaces_and_case(text), whole, "{text:?}");
    }
}

#[test]
fn lines_inclusive_agrees_with_split_inclusive() {
    let texts = [
        "",
        "\n",
        "\n\n",
        "a",
        "a\n",
        "a\nb",
        "a\r\nb\r\n",
        "\n\nx\n\n",
        "é\n論\n",
    ];
    for text in texts {
        let ours: Vec<&str> = lines_inclusive(text).collect();
        let std: Vec<&str> = text.split_inclusive('\n').collect();
        assert_eq!(ours, std, "{text:?}");
    }
}

#[test]
fn words_agree_with_split_whitespace() {
    let texts = [
        "",
        " ",
        "a",
        "  DARTS:  Differentiable\tArchitecture\nSearch  ",
        "a\u{0B}b\u{0C}c\rd",
        "é論 x\u{A0}y\u{3000}z\u{85}w\u{2003}",
        "\u{200B}zero-width\u{2028}line",
        "β-DARTS++ 論文 ",
    ];
    for text in texts {
        let ours: Vec<&str> = super::words(text).collect();
        let std: Vec<&str> = text.split_whitespace().collect();
        assert_eq!(ours, std, "{text:?}");
    }
}

#[test]
fn trim_agrees_with_str_trim() {
    let texts = [
        "",
        " ",
        "a",
        " a",
        "a ",
        "ab",
        "https://x.org/a b",
        "\u{A0}x",
        "x\u{3000}",
        "é",
        " é ",
        "\tx\n",
    ];
    for text in texts {
        assert_eq!(super::trim(text), text.trim(), "{text:?}");
    }
}
