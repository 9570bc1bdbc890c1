//! Tests of the venue data and of reading venue cells.

use super::*;

fn book() -> VenueBook {
    let file: VenueFile = toml::from_str(
        r#"
        [markers]
        words = ["oral", "workshop", "best paper", "spotlight"]
        symbols = ["*"]
        pending = ["submission", "under review"]
        workshop = ["workshop", "ws", "w"]
        [[venue]]
        name = "ICLR"
        kind = "conference"
        misspellings = ["ILCR", "ICRL"]
        first_year = 2013
        [[venue]]
        name = "CVPR"
        kind = "conference"
        workshop_suffix = true
        [[venue]]
        name = "NeurIPS"
        kind = "conference"
        workshop_suffix = true
        former_names = [{ name = "NIPS", last_year = 2017, either_name_until = 2018 }]
        [[venue]]
        name = "TPAMI"
        kind = "journal"
        aliases = ["T-PAMI", "IEEE TPAMI"]
        [[venue]]
        name = "ICML"
        kind = "conference"
        [[venue]]
        name = "ICME"
        kind = "conference"
        "#,
    )
    .unwrap();
    VenueBook::new(&[file]).unwrap()
}

fn parse(text: &str) -> VenueCell {
    book().parse(text, |t| t == "-")
}

fn known(text: &str) -> (String, Option<i32>, NameKind) {
    match parse(text) {
        VenueCell::Known(m) => (m.written(text).to_string(), m.year, m.kind),
        other => panic!("{text}: {other:?}"),
    }
}

#[test]
fn reads_year_forms() {
    for text in [
        "CVPR 2021",
        "CVPR2021",
        "CVPR'21",
        "CVPR’21",
        "CVPR‘21",
        "CVPR' 21",
        "CVPR21",
        "cvpr 2021",
        "CVPR-2021",
        // du0915's `__CVPR_2019__`: the underscore joins as a hyphen does.
        "CVPR_2021",
    ] {
        let (_, year, _) = known(text);
        assert_eq!(year, Some(2021), "{text}");
    }
    assert_eq!(known("TPAMI2022").1, Some(2022));
    // A four-digit year and its month glued to the name (Hub-Tian's
    // `axiv2020.09`): the name is read, and a slip of it found.
    assert_eq!(known("CVPR2020.09").1, Some(2020));
    assert!(matches!(
        parse("CVPRR2020.09"),
        VenueCell::Typo(m) if m.year == Some(2020)
    ));
    assert!(!matches!(parse("CVPR2020.13"), VenueCell::Known(_)));
    assert_eq!(known("NeurIPS99").1, Some(1999));
    assert_eq!(known("ICLR'18 Workshop").1, Some(2018));
    // A preprint's YY.MM (MarkMoHR's Source column), not 2007.
    assert!(matches!(
        parse("arxiv 24.07"),
        VenueCell::Unknown {
            year: Some(2024),
            ..
        }
    ));
    // A year and its month as one word (LehengTHU's `arxiv 202305`).
    for text in ["arxiv 202305", "arxiv 2023.05"] {
        assert!(
            matches!(
                parse(text),
                VenueCell::Unknown {
                    year: Some(2023),
                    ..
                }
            ),
            "{text}"
        );
    }
    for text in ["arxiv 202313", "arxiv 2023.5x", "arxiv 210305"] {
        assert!(
            matches!(parse(text), VenueCell::Unknown { year: None, .. }),
            "{text}"
        );
    }
    assert!(matches!(
        parse("arxiv 24.13"),
        VenueCell::Unknown { year: None, .. }
    ));
    assert!(matches!(
        parse("Foo2202"),
        VenueCell::Unknown {
            year: Some(2022),
            ..
        }
    ));
}

#[test]
fn reads_the_year_written_before_the_name() {
    // As hwalsuklee's text-detection list writes its Conf. column.
    for (text, name, year) in [
        ("'17-ICLR", "ICLR", 2017),
        ("’19-CVPR", "CVPR", 2019),
        ("'15-TPAMI", "TPAMI", 2015),
        ("'18-NIPS", "NIPS", 2018),
        ("19-CVPR", "CVPR", 2019),
        ("'99-NeurIPS", "NeurIPS", 1999),
        // tangzhenyu's scene-text list tags `[2018-CVPR]`.
        ("2018-CVPR", "CVPR", 2018),
    ] {
        let (written, got, _) = known(text);
        assert_eq!((written.as_str(), got), (name, Some(year)), "{text}");
    }
    // An unknown name keeps its year: `'18-arXiv` is a preprint of 2018.
    assert!(matches!(
        parse("'18-Foo"),
        VenueCell::Unknown {
            year: Some(2018),
            ..
        }
    ));
    // Not a year before a name: digits in the name.
    assert!(matches!(
        parse("16-bit2"),
        VenueCell::Unknown { year: None, .. }
    ));
    assert!(matches!(
        parse("'17-3DV"),
        VenueCell::Unknown { year: None, .. }
    ));
    assert!(matches!(
        parse("2018-3DV"),
        VenueCell::Unknown { year: None, .. }
    ));
    assert!(matches!(parse("2018-CPVR"), VenueCell::Typo(m) if m.year == Some(2018)));
}

#[test]
fn strips_markers() {
    assert_eq!(known("CVPR 2020*").1, Some(2020));
    assert_eq!(known("ICLR 2022 Oral").0, "ICLR");
    assert_eq!(known("ICLR'18 Workshop").1, Some(2018));
    assert_eq!(known("ICLR 2022 (Oral)").1, Some(2022));
    assert_eq!(known("CVPRW 2020").2, NameKind::Workshop);
}

#[test]
fn knows_aliases_and_former_names() {
    assert_eq!(known("IEEE TPAMI 2020").2, NameKind::Alias);
    assert_eq!(
        known("NIPS 2019").2,
        NameKind::Former {
            last_year: 2017,
            either_years: 1
        }
    );
    assert_eq!(known("NIPS DLTP Workshop 2017").0, "NIPS");
}

#[test]
fn a_web_address_is_the_web_channel() {
    let file: VenueFile = toml::from_str(
        r#"
        [markers]
        web_suffixes = [".ai", ".com"]
        web_channel = "Website"
        [[venue]]
        name = "Website"
        kind = "channel"
        "#,
    )
    .unwrap();
    let book = VenueBook::new(&[file]).unwrap();
    for text in [
        "unitary.ai",
        "www.openai.com",
        "Example.com 2023",
        "Character.AI",
        "Scale.AI",
    ] {
        assert!(
            matches!(book.parse(text, |_| false), VenueCell::Known(_)),
            "{text}"
        );
    }
    // HYW1083/Explainability-in-Robotics: a journal abbreviated word by
    // word (Frontiers in Robotics and AI), no address.
    for text in ["a.b", "Proc. of Foo", ".ai", "Front.Robot.AI"] {
        assert!(
            matches!(book.parse(text, |_| false), VenueCell::Unknown { .. }),
            "{text}"
        );
    }
}

#[test]
fn a_workshop_before_its_host_is_no_slip() {
    // "CVPRR" alone would be a slip of CVPR; before "@" it names a
    // workshop of the host.
    assert!(matches!(parse("CVPRR 2021"), VenueCell::Typo(_)));
    assert_eq!(known("CVPRR@ICML 2021").0, "ICML");
}

#[test]
fn placeholders_and_bare_years() {
    assert_eq!(parse("-"), VenueCell::Placeholder);
    assert_eq!(parse(""), VenueCell::Placeholder);
    assert_eq!(parse("2020"), VenueCell::YearOnly(2020));
}

#[test]
fn misspellings_are_typos_of_one_venue() {
    for (text, written) in [
        ("ILCR 2022", "ILCR"),
        ("ICRL 2019", "ICRL"),
        ("CPVR 2021", "CPVR"),
    ] {
        match parse(text) {
            VenueCell::Typo(m) => {
                assert_eq!(m.written(text), written);
                assert_eq!(
                    &text[m.name_range.0 as usize..m.name_range.1 as usize],
                    written
                );
            }
            other => panic!("{text}: {other:?}"),
        }
    }
    assert!(matches!(parse("NeurlPS 2023"), VenueCell::Typo(_)));
}

#[test]
fn reads_workshops_preprint_months_and_pending_papers() {
    assert_eq!(
        known("NIPSW 2017").2,
        NameKind::Former {
            last_year: 2017,
            either_years: 1
        }
    );
    assert_eq!(known("RLGM@ICLR 2019").0, "ICLR");
    assert!(matches!(
        parse("NeurIPS 2024 submission"),
        VenueCell::Placeholder
    ));
}

#[test]
fn tells_a_workshop_from_the_main_track() {
    let book = book();
    let workshop = |text: &str| match book.parse(text, |t| t == "-") {
        VenueCell::Known(m) => book.names_a_workshop(text, &m),
        other => panic!("{text}: {other:?}"),
    };
    for text in [
        "NeurIPS Workshop",
        "NeurIPS Workshop 2019",
        "CVPRW 2020",
        "NIPSW 2017",
        "ICML WS",
        "NeurIPS-W",
        "RLGM@ICLR 2019",
    ] {
        assert!(workshop(text), "{text}");
    }
    for text in [
        "NeurIPS",
        "NeurIPS 2019 Oral",
        "CVPR 2020",
        "ICLR",
        "ICME 2021",
    ] {
        assert!(!workshop(text), "{text}");
    }
}

#[test]
fn real_neighbours_are_not_typos() {
    assert!(matches!(parse("ICME 2021"), VenueCell::Known(_)));
    assert!(matches!(
        parse("SIBGRAPI 2022"),
        VenueCell::Unknown {
            year: Some(2022),
            ..
        }
    ));
    assert!(matches!(
        parse("IEEE Trans 2023"),
        VenueCell::Unknown { .. }
    ));
}

/// The built-in venues as the library reads a TOML file at run time.
fn builtin_read_at_run_time() -> VenueBook {
    let file: VenueFile = toml::from_str(crate::knowledge::BUILTIN_VENUES).unwrap();
    VenueBook::new(&[file]).unwrap()
}

fn sorted_names(book: &VenueBook) -> Vec<(String, NameHit)> {
    let mut names: Vec<_> = book
        .names
        .iter()
        .map(|(k, hit)| (k.to_string(), hit))
        .collect();
    names.sort_by(|a, b| a.0.cmp(&b.0));
    names
}

#[test]
fn the_tables_made_at_build_time_are_the_toml() {
    let built = VenueBook::with_builtin(&[]).unwrap();
    assert!(
        matches!(built.names, Names::Builtin(_)),
        "no index built at start-up"
    );
    let read = builtin_read_at_run_time();
    assert_eq!(
        serde_json::to_value(&*built.venues).unwrap(),
        serde_json::to_value(&*read.venues).unwrap()
    );
    assert_eq!(sorted_names(&built), sorted_names(&read));
    assert!(sorted_names(&built).len() > 1000);
    assert_eq!(built.marker_words, read.marker_words);
    assert_eq!(built.marker_symbols, read.marker_symbols);
    assert_eq!(built.pending_words, read.pending_words);
    assert_eq!(built.web_suffixes, read.web_suffixes);
    assert_eq!(built.web_channel, read.web_channel);
}

#[test]
fn a_user_file_extends_the_builtin_venues() {
    let file: VenueFile = toml::from_str(
        r#"
        [markers]
        words = ["camera ready"]
        [[venue]]
        name = "CVPR"
        kind = "conference"
        aliases = ["Comp Vis Pat Rec"]
        [[venue]]
        name = "FooConf"
        kind = "conference"
        misspellings = ["FooCnof"]
        "#,
    )
    .unwrap();
    let book = VenueBook::with_builtin(&[file]).unwrap();
    let named = |text: &str| match book.parse(text, str::is_empty) {
        VenueCell::Known(m) => Some(book.venue(m.venue).name.to_string()),
        _ => None,
    };
    assert_eq!(named("Comp Vis Pat Rec 2021").as_deref(), Some("CVPR"));
    assert_eq!(named("FooConf 2020").as_deref(), Some("FooConf"));
    assert_eq!(
        named("FooConf 2020 camera ready").as_deref(),
        Some("FooConf")
    );
    assert_eq!(named("ICLR 2021").as_deref(), Some("ICLR"));
    assert!(matches!(
        book.parse("FooCnof 2020", str::is_empty),
        VenueCell::Typo(_)
    ));
    assert_eq!(book.len(), builtin_read_at_run_time().len() + 1);
}

#[test]
fn joint_meetings_hold_both_ways_for_their_editions_and_a_user_adds_more() {
    let file: VenueFile = toml::from_str(
        r#"
        [[venue]]
        name = "EMNLP"
        kind = "conference"
        joint = [{ with = "CoNLL", editions = [2030] }]
        "#,
    )
    .unwrap();
    let book = VenueBook::with_builtin(&[file]).unwrap();
    let index = |name: &str| book.venue_named(name).unwrap();
    let (acl, ijcnlp) = (index("ACL"), index("IJCNLP"));
    assert!(book.met_jointly(acl, ijcnlp, 2021));
    assert!(book.met_jointly(ijcnlp, acl, 2021));
    assert!(!book.met_jointly(acl, ijcnlp, 2017));
    assert!(!book.met_jointly(index("EMNLP"), ijcnlp, 2021));
    // IJCNLP-AACL 2025 (Mumbai): rattlesnakey's `AACL` on `2025.findings-ijcnlp`.
    assert!(book.met_jointly(index("AACL"), ijcnlp, 2025));
    assert!(book.met_jointly(index("CoNLL"), index("EMNLP"), 2030));
    assert!(book.met_jointly(index("CoNLL"), index("EMNLP"), 2012));
}

#[test]
fn a_joint_meeting_with_no_known_venue_or_itself_is_an_error() {
    for (with, says) in [
        ("ACLL", "`ACLL`, which is no known venue"),
        ("FooConf", "names itself"),
    ] {
        let file: VenueFile = toml::from_str(&format!(
            "[[venue]]\nname = \"FooConf\"\nkind = \"conference\"\njoint = [{{ with = \"{with}\", editions = [2021] }}]\n"
        ))
        .unwrap();
        let error = VenueBook::with_builtin(&[file]).unwrap_err().to_string();
        assert!(error.contains(says), "{error}");
    }
    // The built-in data's joint meetings all name known venues.
    let book = VenueBook::with_builtin(&[]).unwrap();
    assert!(book.check_joint_meetings().is_ok());
}

#[test]
fn a_user_name_of_a_builtin_venue_for_another_is_an_error() {
    let file: VenueFile = toml::from_str(
        r#"
        [[venue]]
        name = "FooConf"
        kind = "conference"
        aliases = ["ICLR"]
        "#,
    )
    .unwrap();
    let error = VenueBook::with_builtin(&[file]).unwrap_err().to_string();
    assert!(
        error.contains("`ICLR`") && error.contains("FooConf"),
        "{error}"
    );
}

#[test]
fn four_digits_before_arxiv_opened_are_a_preprints_yymm() {
    // A sketch list's Source column: `arxiv 1910` is October 2019.
    let knowledge = crate::knowledge::Knowledge::builtin().unwrap();
    let year = |text: &str| match knowledge.parse_venue(text) {
        VenueCell::Known(m) => m.year,
        other => panic!("{text}: {other:?}"),
    };
    assert_eq!(year("arxiv 1910"), Some(2019));
    assert_eq!(year("arXiv 1904"), Some(2019));
    assert_eq!(year("arXiv 1913"), None);
    assert_eq!(year("arXiv 2019"), Some(2019));
    // lihong2303's 3D datasets: `ArXiv 2212` beside `CVPR 2024`s.
    assert_eq!(year("ArXiv 2212"), Some(2022));
    assert_eq!(year("arXiv 2213"), None);
    assert_eq!(year("arXiv 4001"), None);
    // Only the word after the name: not a count, not in brackets.
    assert_eq!(year("arXiv, 1205 cites"), None);
    assert_eq!(year("arXiv (2212)"), None);
    // A whole id gives its YYMM.
    assert_eq!(year("arXiv 2401.12345"), Some(2024));
    assert_eq!(year("arXiv 2401.12345v2"), Some(2024));
    assert_eq!(year("arXiv 2401.123"), None);
    // A conference of 1987 keeps its year.
    assert_eq!(year("NIPS 1987"), Some(1987));
}

#[test]
fn a_long_name_gives_its_known_acronym_in_brackets() {
    // Armorhtk's radar list: `IEEE International Conference on Computer
    // Vision (ICCV)`, the IEEE in front keeping the long name from matching.
    let (written, year, _) =
        known("IEEE Conference on Computer Vision and Pattern Recognition (CVPR) 2025");
    assert_eq!((written.as_str(), year), ("CVPR", Some(2025)));
    assert_eq!(
        known("IEEE Intl. Conf. on Machine Learning (ICML)").0,
        "ICML"
    );
    // A bracket of one name after another word is no long name's acronym.
    assert!(!matches!(parse("Data Science (CVPR)"), VenueCell::Known(_)));
    assert!(!matches!(
        parse("Some New Venue (XYZQ)"),
        VenueCell::Known(_)
    ));
}

#[test]
fn a_journal_is_found_by_its_issn_and_an_issn_names_one_journal() {
    let builtin = VenueBook::with_builtin(&[]).unwrap();
    let eswa = builtin.journal_with_issn("09574174").unwrap();
    assert_eq!(
        &*builtin.venue(eswa).name,
        "Expert Systems with Applications"
    );
    assert!(builtin.journal_with_issn("12345678").is_none());
    // A user's file may not give a known journal's ISSN to another venue,
    // nor write one otherwise than NNNN-NNNC.
    for (extra, says) in [
        (
            "[[venue]]\nname = \"Neural Networks\"\nkind = \"journal\"\nissn = [\"0957-4174\"]\n",
            "given to both Expert Systems with Applications and Neural Networks",
        ),
        (
            "[[venue]]\nname = \"MyJournal\"\nkind = \"journal\"\nissn = [\"0957-4174\"]\n",
            "given to both Expert Systems with Applications and MyJournal",
        ),
        (
            "[[venue]]\nname = \"MyJournal\"\nkind = \"journal\"\nissn = [\"0957 4174\"]\n",
            "is not written as NNNN-NNNC",
        ),
    ] {
        let file: VenueFile = toml::from_str(extra).unwrap();
        let Err(error) = VenueBook::with_builtin(&[file]) else {
            panic!("accepted: {extra}");
        };
        let error = error.to_string();
        assert!(error.contains(says), "{error}");
    }
    // Its own ISSN again, or a new one, is fine.
    let own: VenueFile = toml::from_str(
        "[[venue]]\nname = \"Expert Systems with Applications\"\nkind = \"journal\"\nissn = [\"0957-4174\"]\n[[venue]]\nname = \"MyJournal\"\nkind = \"journal\"\nissn = [\"1234-567X\"]\n",
    )
    .unwrap();
    assert!(VenueBook::with_builtin(&[own]).is_ok());
}

#[test]
fn a_pmlr_volume_names_one_meeting() {
    let builtin = VenueBook::with_builtin(&[]).unwrap();
    let (icml, year) = builtin.pmlr_volume(97).unwrap();
    assert_eq!((&*builtin.venue(icml as u32).name, year), ("ICML", 2019));
    let (corl, year) = builtin.pmlr_volume(205).unwrap();
    assert_eq!((&*builtin.venue(corl as u32).name, year), ("CoRL", 2022));
    assert!(builtin.pmlr_volume(1).is_none());
    // A user's file may not give a known volume to another venue.
    let file: VenueFile = toml::from_str(
        "[[venue]]\nname = \"MyMeeting\"\nkind = \"conference\"\npmlr_volumes = [{ volume = 97, year = 2019 }]\n",
    )
    .unwrap();
    let Err(error) = VenueBook::with_builtin(&[file]) else {
        panic!("accepted a second owner of volume 97");
    };
    assert!(
        error
            .to_string()
            .contains("PMLR volume 97 is given to both ICML and MyMeeting"),
        "{error}"
    );
    let own: VenueFile = toml::from_str(
        "[[venue]]\nname = \"MyMeeting\"\nkind = \"conference\"\npmlr_volumes = [{ volume = 9999, year = 2030 }]\n",
    )
    .unwrap();
    let book = VenueBook::with_builtin(&[own]).unwrap();
    assert_eq!(book.pmlr_volume(9999).map(|(_, year)| year), Some(2030));
}
