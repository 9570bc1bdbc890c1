use crate::rules::testing::*;

/// Each venue, in a table beside the known venue it looks like, gets no
/// finding.
pub(super) fn assert_quiet_beside(pairs: &[(&str, &str)]) {
    for (venue, near) in pairs {
        let text = seed_table("S", &[&row(venue), &row(near)]);
        assert!(lines("venue-typo", &text).is_empty(), "{venue}");
    }
}

pub(super) fn row(venue: &str) -> String {
    format!("| [A](https://openreview.net/pdf?id=_jMtny3sMKU) | {venue} | Gradient | [Code](https://github.com/a/b) | 2022 |")
}

#[test]
fn fires_on_known_misspellings_and_fixes_the_name_only() {
    let text = seed_table("S", &[&row("ILCR 2022")]);
    let found = check("venue-typo", &text);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].message, "`ILCR` is a misspelling of ICLR");
    assert_eq!(found[0].help.as_deref(), Some("write `ICLR 2022`"));
    assert_eq!(
        apply_fix(&text, &found[0]),
        seed_table("S", &[&row("ICLR 2022")])
    );
}

#[test]
fn fires_on_the_misspellings_seen_in_the_wild() {
    for venue in [
        "NeurlPS 2019",
        "EECV 2020",
        "CPVR 2021",
        "ICRL 2019",
        "NeuIPS 2021",
        // zziqi/CTR-Estimation writes it in three rows and never IJCAI.
        "ICJAI 2017",
        // TrustAGI-Lab spells one of NeurIPS's words out; i2vec reads its
        // r and I as an l.
        "NeuralIPS 2019",
        "NeulPS 2023",
    ] {
        assert_eq!(
            lines("venue-typo", &seed_table("S", &[&row(venue)])).len(),
            1,
            "{venue}"
        );
    }
}

#[test]
fn a_scrambled_name_repeated_by_the_list_is_still_a_slip_with_an_unsafe_fix() {
    // `Avrxi` four times beside a few `Arxiv`: the letters of arXiv in
    // another order, not a venue of the list's own.
    let mut rows: Vec<String> = (0..4).map(|_| row("Avrxi 2024")).collect();
    rows.extend((0..3).map(|_| row("Arxiv 2024")));
    let rows: Vec<&str> = rows.iter().map(String::as_str).collect();
    let text = seed_table("S", &rows);
    let found = check("venue-typo", &text);
    assert_eq!(found.len(), 4);
    assert_eq!(found[0].message, "`Avrxi` is a misspelling of Arxiv");
    assert!(!found[0].is_safe_fixable());
    // Short acronyms share their letters too often to be judged.
    assert!(lines("venue-typo", &seed_table("S", &[&row("LCA 2020")])).is_empty());
    // Gojay001/DeepLearning-pwcn: `ITAIC` is a conference of its own, not
    // ICTAI scrambled. A short acronym's scramble needs the list to write
    // the venue it resembles.
    assert!(lines("venue-typo", &seed_table("S", &[&row("ITAIC 2021")])).is_empty());
    let text = seed_table("S", &[&row("ITAIC 2021"), &row("ICTAI 2020")]);
    let found = check("venue-typo", &text);
    assert_eq!(found.len(), 1);
    assert!(!found[0].is_safe_fixable());
}

#[test]
fn fixes_inside_emphasis_too() {
    let text = seed_table("S", &[&row("**ILCR 2022**")]);
    let found = check("venue-typo", &text);
    assert!(apply_fix(&text, &found[0]).contains("| **ICLR 2022** |"));
}

#[test]
fn a_misspelling_seen_in_the_wild_is_fixed_to_arxiv() {
    let text = seed_table("S", &[&row("arXive 2023")]);
    let found = check("venue-typo", &text);
    assert_eq!(found.len(), 1);
    assert!(apply_fix(&text, &found[0]).contains("| arXiv 2023 |"));
}

#[test]
fn the_fix_keeps_the_list_s_own_spelling_of_the_venue() {
    let text = seed_table("S", &[&row("Prepreint'23")]);
    let found = check("venue-typo", &text);
    assert_eq!(found[0].message, "`Prepreint` is a misspelling of Preprint");
    assert!(apply_fix(&text, &found[0]).contains("| Preprint'23 |"));
}

#[test]
fn doubled_and_dropped_letters_get_a_safe_fix() {
    for (venue, fixed) in [
        ("ICLRR 2022", "ICLR 2022"),
        ("ICMLL 2021", "ICML 2021"),
        ("NeurISP 2020", "NeurIPS 2020"),
        ("NeurPS 2020", "NeurIPS 2020"),
        ("Neural Network 2021", "Neural Networks 2021"),
        ("Applied Science 2022", "Applied Sciences 2022"),
    ] {
        let text = seed_table("S", &[&row(venue)]);
        let found = check("venue-typo", &text);
        assert_eq!(found.len(), 1, "{venue}");
        assert!(found[0].is_safe_fixable(), "{venue}");
        assert!(apply_fix(&text, &found[0]).contains(&format!("| {fixed} |")));
    }
}

#[test]
fn a_publishers_acronym_before_a_short_name_is_no_stray_letter() {
    // ACM SAC is a venue of its own, not ACSAC with an M.
    let text = seed_table("S", &[&row("ACM SAC 2021"), &row("ACSAC 2022")]);
    assert!(lines("venue-typo", &text).is_empty());
}

#[test]
fn a_substituted_letter_gets_an_unsafe_fix() {
    let text = seed_table("S", &[&row("CVRR 2021"), &row("CVPR 2022")]);
    let found = check("venue-typo", &text);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].message, "`CVRR` is a misspelling of CVPR");
    assert!(!found[0].is_safe_fixable());
    assert!(apply_fix(&text, &found[0]).contains("| CVPR 2021 |"));
}

#[test]
fn a_slip_of_a_short_name_needs_the_list_to_name_that_venue() {
    // Each of these is one slip from a known name, and ICCT and ICAS
    // are real venues the venue data does not know (ICCT: a letter like
    // its neighbour; ICAS: two letters swapped; COLNG: a letter
    // dropped; ICDDT: a letter doubled inside). Alone in a list they
    // are not slips; beside the venue they are one slip of, they are.
    for (venue, near) in [
        ("ICCT 2021", "ICDT 2020"),
        ("ICAS 2021", "ICSA 2020"),
        ("COLNG 2021", "COLING 2020"),
        ("CVRR 2021", "CVPR 2020"),
        ("ICDDT 2021", "ICDT 2020"),
        // One letter for another in a longer name: ICISSP is real.
        ("INFOCAM 2021", "INFOCOM 2020"),
        // A stray letter inside a short name (codingClaire's `arixiv`).
        ("arixiv 2021", "arXiv 2020"),
        // A longer acronym with one letter moved: AIS's SIGSEC (an
        // unlearning list's AMCIS paper) is no slip of SIGCSE.
        ("SIGSEC 2017", "SIGCSE 2016"),
    ] {
        let alone = seed_table("S", &[&row(venue), &row("ICML 2020")]);
        assert!(lines("venue-typo", &alone).is_empty(), "{venue}");
        let beside = seed_table("S", &[&row(venue), &row(near)]);
        assert_eq!(
            lines("venue-typo", &beside).len(),
            1,
            "{venue} beside {near}"
        );
    }
    // A last letter typed twice is a slip on its own.
    let text = seed_table("S", &[&row("ICLRR 2022")]);
    assert_eq!(lines("venue-typo", &text).len(), 1);
}

#[test]
fn quiet_on_venues_at_either_end_of_a_known_name() {
    // Another first letter (CCIS, not SCIS), a letter dropped or added
    // at either end (AMIA, not JAMIA; ICMLA, not ICML; NeurIP is cut
    // short, not a slip), a word of a longer name (`Appl.` of Applied
    // Soft Computing, not the channel Apple), beside the venue or not.
    assert_quiet_beside(&[
        ("CCIS 2021", "SCIS 2020"),
        ("AMIA 2022", "JAMIA 2020"),
        ("ICMLA 2021", "ICML 2020"),
        ("EICLR 2021", "ICLR 2020"),
        ("Appl. Soft Comput. 2023", "Apple 2020"),
        ("Appl. Intell. 2023", "Apple 2020"),
        ("Appl. 2023", "Apple 2020"),
        ("ECML 2021", "ICML 2020"),
        ("IICLR 2021", "ICLR 2020"),
        ("ICCC 2021", "ICCV 2020"),
    ]);
}

#[test]
fn keeps_slips_in_the_middle_of_a_name() {
    // A letter dropped inside (`INFCOM`, `NeurPS`), two letters swapped
    // (`PANS.` beside PNAS), as seen in real lists.
    for (venue, fixed) in [
        ("INFCOM 2021", "INFOCOM 2021"),
        ("NeurPS 2021", "NeurIPS 2021"),
        ("PANS. 2021", "PNAS 2021"),
    ] {
        let text = seed_table("S", &[&row(venue), &row("PNAS 2020")]);
        let found = check("venue-typo", &text);
        assert_eq!(found.len(), 1, "{venue}");
        assert!(found[0].is_safe_fixable(), "{venue}");
        assert!(apply_fix(&text, &found[0]).contains(&format!("| {fixed} |")));
    }
}

#[test]
fn quiet_on_a_name_the_list_writes_consistently() {
    // Three rows of "ICMLL" are the list's own name, not a slip; one
    // row of a listed misspelling stays a typo however often it is seen.
    let rows: Vec<String> = [
        "ICMLL 2021",
        "ICMLL 2022",
        "ICMLL 2023",
        "ILCR 2022",
        "ILCR 2023",
        "ILCR 2021",
    ]
    .iter()
    .map(|v| row(v))
    .collect();
    let text = seed_table("S", &rows.iter().map(String::as_str).collect::<Vec<_>>());
    assert_eq!(lines("venue-typo", &text).len(), 3);
}

#[test]
fn acmm_is_a_short_form_of_acm_multimedia_not_a_typo() {
    // A list that writes `ACMM` (with a glued year too) for every ACM MM
    // paper, alone or beside `ACMMM`: its short form, read as ACM MM.
    for venue in ["ACMM 2021", "ACMM21", "ACMM"] {
        let alone = seed_table("S", &[&row(venue)]);
        assert!(lines("venue-typo", &alone).is_empty(), "{venue}");
        let beside = seed_table("S", &[&row(venue), &row("ACMMM 2022")]);
        assert!(lines("venue-typo", &beside).is_empty(), "{venue}");
    }
    // Read as ACM MM (first held in 1993), not as an unknown name.
    let early = seed_table("S", &[&row("ACMM 1990")]);
    assert_eq!(lines("impossible-venue-year", &early).len(), 1);
}

#[test]
fn quiet_on_short_names_and_arbitrary_letters() {
    // ICIC is a real conference one letter from ICIP; ACM and ICL are
    // too short to judge; ICSE is a venue, ICSA is one arbitrary letter
    // from it and two swapped letters from ISCA, and real too.
    for venue in [
        "ICIC 2021",
        "ACM 2021",
        "ICL 2021",
        "ICSE 2021",
        "ICSA 2021",
    ] {
        let found = check("venue-typo", &seed_table("S", &[&row(venue)]));
        assert!(found.is_empty(), "{venue}");
    }
}

#[test]
fn a_slip_inside_a_long_word_of_a_longer_name_is_fixed() {
    // The other words are the known name's own: `Acess` is the word
    // Access with a letter dropped, `ISPSR` ISPRS with two swapped
    // (KwanWaiPang's SLAM list, wenhwu's change-detection list), even
    // where the list names the venue nowhere else.
    for (venue, fixed) in [
        ("IEEE Acess 2025", "IEEE Access 2025"),
        ("ISPSR P&RS 2024", "ISPRS P&RS 2024"),
    ] {
        let text = seed_table("S", &[&row(venue)]);
        let found = check("venue-typo", &text);
        assert_eq!(found.len(), 1, "{venue}");
        assert!(found[0].is_safe_fixable(), "{venue}");
        assert!(
            apply_fix(&text, &found[0]).contains(&format!("| {fixed} |")),
            "{venue}"
        );
    }
}

#[test]
fn a_short_acronym_after_its_publisher_keeps_the_short_name_safeguards() {
    // TNNSL beside a publisher alone is still a short acronym: its
    // swap needs the list to name TNNLS; a letter dropped at the end
    // of a word (`Acces`) is never a slip.
    for venue in ["IEEE TNNSL 2021", "IEEE Acces 2021"] {
        let alone = seed_table("S", &[&row(venue)]);
        assert!(lines("venue-typo", &alone).is_empty(), "{venue}");
    }
    let beside = seed_table("S", &[&row("IEEE TNNSL 2021"), &row("IEEE TNNLS 2020")]);
    assert_eq!(lines("venue-typo", &beside).len(), 1);
}

/// Jingfeng-Tang/Awesome-Papers-for-Medical-Image: `MICAAI` is MICAI (a
/// Mexican AI conference) with a doubled A and MICCAI with an A for a C.
/// The list writes MICCAI and never MICAI: the message names both, and the
/// fix, unsafe, writes the list's venue, never silently another
/// conference.
#[test]
fn a_slip_near_two_venues_names_the_one_the_list_writes_too() {
    let text = seed_table(
        "S",
        &[
            &row("MICAAI 2024"),
            &row("MICCAI 2023"),
            &row("MICCAI 2022"),
        ],
    );
    let found = check("venue-typo", &text);
    assert_eq!(found.len(), 1);
    assert_eq!(
        found[0].message,
        "`MICAAI` is a misspelling of MICCAI, which this list writes, or of MICAI"
    );
    assert!(!found[0].is_safe_fixable());
    assert!(apply_fix(&text, &found[0]).contains("| MICCAI 2024 |"));
    // Beside MICAI, or beside neither, the doubled letter decides, safely.
    let text = seed_table("S", &[&row("MICAAI 2024"), &row("MICAI 2023")]);
    let found = check("venue-typo", &text);
    assert_eq!(found[0].message, "`MICAAI` is a misspelling of MICAI");
    assert!(found[0].is_safe_fixable());
    // A listed misspelling names its venue whatever the list writes:
    // `IICV` is ICCV, in a list of IJCV papers too.
    let text = seed_table("S", &[&row("IICV 2021"), &row("IJCV 2020")]);
    let found = check("venue-typo", &text);
    assert_eq!(found[0].message, "`IICV` is a misspelling of ICCV");
    // A slip of a name the list does not use for the venue it writes
    // (`IEEE SP` for S&P) is the likeliest venue's: `IEETSP` is IEEE TSP.
    for list_writes in ["S&P 2020", "IEEE S&P 2020"] {
        let text = seed_table("S", &[&row("IEETSP 2021"), &row(list_writes)]);
        let found = check("venue-typo", &text);
        assert_eq!(
            found[0].message, "`IEETSP` is a misspelling of IEEE TSP",
            "{list_writes}"
        );
    }
}

/// Outside tables: ExeCuteRunrunrun's and CogDL's bullets (`NeuIPS2018`,
/// `ViGil@NeuIPS2019`), jiezhoucs's paragraphs (`[PLID'94] [Title](...)`).
#[test]
fn slips_with_their_year_outside_tables() {
    let text = "# Papers\n\n\
                - [Paper A](https://a.org/a) NeurIPS2018\n\
                - [Paper B](https://a.org/b) NeuIPS2018\n\
                - [Paper C](https://a.org/c) ViGil@NeuIPS2019\n\
                - [Paper D](https://a.org/d) ICRL 2020\n\
                - [Paper E](https://a.org/e) CoVR 2019, CoRL 2019\n\
                - [Paper F](https://example.org/NeuIPS2018/f.pdf) and `e.g. NeuIPS 2018` <!-- NeuIPS 2018 --> `NeuIPS 2018`\n\n\
                [PLID'94] [Paper G](https://a.org/g)\n\n[PLDI'05] [Paper H](https://a.org/h)\n\n[PLDI'18] [Paper I](https://a.org/i)\n";
    let found = check("venue-typo", text);
    let messages: Vec<(usize, &str)> = lines("venue-typo", text)
        .into_iter()
        .zip(found.iter().map(|d| d.message.as_str()))
        .collect();
    assert_eq!(
        messages,
        [
            (4, "`NeuIPS` is a misspelling of NeurIPS"),
            (5, "`NeuIPS` is a misspelling of NeurIPS"),
            // A listed misspelling needs no evidence.
            (6, "`ICRL` is a misspelling of ICLR"),
            // A code span holding the mention alone is the item's venue
            // tag (patrick-tssn writes every venue so); one holding more
            // is an example.
            (8, "`NeuIPS` is a misspelling of NeurIPS"),
            (10, "`PLID` is a misspelling of PLDI"),
        ],
        "{found:?}"
    );
    assert_eq!(
        apply_fix(text, &found[0]),
        text.replacen("NeuIPS2018", "NeurIPS2018", 1)
    );
    // A plain slip the list never shows beside its venue is its own name.
    let alone = "# Papers\n\n- [Paper D](https://a.org/d) ICMLL 2020\n- [Paper B](https://a.org/b) PLID 2021\n";
    assert!(check("venue-typo", alone).is_empty());
    // A letter typed for another in a long hyphenated name the list writes
    // rightly more often (thunlp's `NAACL-HIT 2019`): an unsafe fix, since
    // such a name may be one the data does not know; not in a short one.
    let text = "# Papers\n\n- [Paper A](https://a.org/a). NAACL-HLT 2019.\n\
                - [Paper B](https://a.org/b). NAACL-HLT 2018.\n\
                - [Paper C](https://a.org/c). NAACL-HIT 2019.\n\
                - [Paper D](https://a.org/d). MICAI 2019.\n- [Paper E](https://a.org/e). MICAI 2018.\n\
                - [Paper F](https://a.org/f). MlCAI 2019.\n";
    let found = check("venue-typo", text);
    assert_eq!(lines("venue-typo", text), [5], "{found:?}");
    assert_eq!(
        found[0].message,
        "`NAACL-HIT` is a misspelling of NAACL-HLT"
    );
    assert!(found[0]
        .fix
        .as_ref()
        .is_some_and(|f| f.applicability != crate::diagnostic::Applicability::Safe));
}

/// gnipping's security list: `USENIX Securiy 2022` among some 170
/// `USENIX Security`s; a slip in a name of two words.
#[test]
fn a_slip_in_the_second_word_of_a_two_word_name_outside_tables() {
    let text = "# Papers\n\n\
                1. **Paper A**. USENIX Security 2022. [[pdf](https://a.org/a)]\n\
                2. **Paper B**. USENIX Security 2021. [[pdf](https://a.org/b)]\n\
                3. **Paper C**. USENIX Securiy 2022. [[pdf](https://a.org/c)]\n";
    let found = check("venue-typo", text);
    assert_eq!(lines("venue-typo", text), [5], "{found:?}");
    assert_eq!(
        found[0].message,
        "`USENIX Securiy` is a misspelling of USENIX Security"
    );
    assert_eq!(
        apply_fix(text, &found[0]),
        text.replace("Securiy", "Security")
    );
    // Written so as often as rightly, it is the list's own name.
    let even = text.replace("Security 2021", "Securiy 2021");
    assert!(check("venue-typo", &even).is_empty());
}

/// ninglixu's point-cloud list: `ICRL 2021` among eight ICRAs and no ICLR.
/// A listed misspelling of ICLR, one letter from the venue the list
/// writes: either may be meant, so both are named and nothing is fixed.
#[test]
fn a_listed_misspelling_one_letter_from_the_lists_own_venue_names_both() {
    let text = "# Registration\n\n\
                - Stein ICP for Uncertainty Estimation in Point Cloud Matching. ICRA. 2022\n\
                - Estimating Motion Uncertainty with Bayesian ICP. ICRA 2020\n\
                - Analysis of robust functions for registration algorithms. ICRA 2019.\n\
                - On Bundle Adjustment for Multiview Point Cloud Registration. ICRL 2021\n";
    let found = check("venue-typo", text);
    assert_eq!(lines("venue-typo", text), [6], "{found:?}");
    assert_eq!(
        found[0].message,
        "`ICRL` is a misspelling of ICRA, which this list writes, or of ICLR"
    );
    assert!(found[0].fix.is_none());
    // Where the list names ICLR too, the listed misspelling is ICLR's.
    let with_iclr = format!("{text}- Deep Sets Revisited for Point Clouds. ICLR 2020\n");
    let found = check("venue-typo", &with_iclr);
    assert_eq!(found[0].message, "`ICRL` is a misspelling of ICLR");
    assert!(found[0].is_safe_fixable());
}

#[test]
fn in_a_table_too_a_listed_misspelling_beside_the_lists_venue_names_both() {
    let text = seed_table(
        "S",
        &[
            &row("ICRA 2022"),
            &row("ICRA 2021"),
            &row("ICRA 2020"),
            &row("ICRL 2022"),
        ],
    );
    let found = check("venue-typo", &text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        found[0].message,
        "`ICRL` is a misspelling of ICRA, which this list writes, or of ICLR"
    );
    assert_eq!(
        found[0].help.as_deref(),
        Some("write `ICRA 2022` or `ICLR 2022`, whichever the paper is in")
    );
    assert!(found[0].fix.is_none());
}

#[test]
fn a_known_name_that_opens_a_slip_of_a_longer_one_is_the_longer_ones() {
    // OmicsML's single-cell list: `Nature Method`, where `Nature` alone is
    // a journal too.
    let text = seed_table("S", &[&row("Nature Method 2022")]);
    let found = check("venue-typo", &text);
    assert_eq!(found.len(), 1);
    assert_eq!(
        found[0].message,
        "`Nature Method` is a misspelling of Nature Methods"
    );
    assert_eq!(
        apply_fix(&text, &found[0]),
        seed_table("S", &[&row("Nature Methods 2022")])
    );
    // A known name with words after it that spell no other venue, or
    // that spell one it does not open, is that name.
    for venue in [
        "Nature Methods 2022",
        "Nature (cover) 2022",
        "CVPR Workshop 2022",
        "Nature Biotech 2022",
    ] {
        let text = seed_table("S", &[&row(venue)]);
        assert!(lines("venue-typo", &text).is_empty(), "{venue}");
    }
}

/// OmicsML's single-cell list tags each item `[2023 Nature Methods]`: a
/// tag of a year and a venue of several words.
#[test]
fn a_slip_in_a_year_first_tag_of_several_words() {
    let item = |tag: &str, n: u32| {
        format!("1. [{tag}] **Single cell paper number {n}** [[paper]](https://a.org/{n})\n")
    };
    let text = format!(
        "# Papers\n\n{}{}{}{}{}{}{}",
        item("2019 Nature Methods", 1),
        item("2022 Briefings in Bioinformatics", 2),
        item("2019 Narure Methods", 3),
        item("2022 Briefings in Bioinformatic", 4),
        item("2023 biorxiv GAN", 5),
        item("2020 Nature Methods", 6),
        item("2021 Briefings in Bioinformatics", 7),
    );
    let found = check("venue-typo", &text);
    // On the list's own evidence: each venue named rightly more often.
    assert_eq!(lines("venue-typo", &text), [5, 6], "{found:?}");
    assert_eq!(
        found[0].message,
        "`Narure Methods` is a misspelling of Nature Methods"
    );
    assert_eq!(
        apply_fix(&text, &found[1]),
        text.replace("Bioinformatic]", "Bioinformatics]")
    );
}

#[test]
fn icmd_names_sigmod_by_its_proceedings_title() {
    // yuanqidu/awesome-graph-generation writes `ICMD 2016` for a SIGMOD
    // paper beside its ICDM ones; heidihoward's consensus list does so too.
    let text = "# Papers\n\n\
                - [Paper A](https://a.org/a) ICDM 2018\n\
                - [Paper B](https://a.org/b) ICDM 2019\n\
                - [Functional Dependencies for Graphs](https://dl.acm.org/doi/abs/10.1145/2882903.2915232) ```ICMD 2016```\n";
    assert!(lines("venue-typo", text).is_empty());
    let table = seed_table("S", &[&row("ICMD 2016"), &row("ICDM 2019")]);
    assert!(lines("venue-typo", &table).is_empty());
    assert!(lines("unknown-venue", &table).is_empty());
}

#[test]
fn a_w_typed_once_too_often_on_the_web_conference_is_a_slip() {
    // jbdcia321vw/Generative-Recommendation-Papers: `GenRec@WWWW(2024)`
    // among items tagged WWW; three-letter names are judged only by the
    // venue data's list of misspellings.
    let text = "# Papers\n\n\
                - `WWW(2024)`A First Paper on Generative Recommendation\n\
                - `GenRec@WWWW(2024)`A Second Paper on Generative Recommendation\n";
    let found = check("venue-typo", text);
    let messages: Vec<&str> = found.iter().map(|d| d.message.as_str()).collect();
    assert_eq!(messages, ["`WWWW` is a misspelling of WWW"]);
    assert_eq!(lines("venue-typo", text), [4]);
}
