use crate::rules::testing::*;

/// Dereck0602/Awesome_Test_Time_LLMs L134: an EMNLP paper tagged ACL.
const EMNLP_AS_ACL: &str = "## Evaluation\n\n* **G-Eval: NLG Evaluation using Gpt-4 with Better Human Alignment** [ACL 2023] [pdf](https://aclanthology.org/2023.emnlp-main.153.pdf)\n";

#[test]
fn fires_on_an_item_whose_anthology_link_names_another_conference() {
    let found = check("venue-link-mismatch", EMNLP_AS_ACL);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        found[0].message,
        "the venue says ACL, but the paper's own link is in the proceedings of EMNLP 2023"
    );
    assert!(found[0].fix.is_none());
}

#[test]
fn fires_on_a_table_row_whose_cvf_link_names_another_conference() {
    // TrustAGI-Lab/Awesome-Graph-Neural-Networks L317, as a table row.
    let row = "| [3D Graph Neural Networks for RGBD Semantic Segmentation](https://openaccess.thecvf.com/content_ICCV_2017/papers/Qi_3D_Graph_Neural_ICCV_2017_paper.pdf) | CVPR 2017 | - | - | 2017 |";
    assert_eq!(
        lines("venue-link-mismatch", &seed_table("S", &[row])),
        vec![5]
    );
    // A workshop's paper may link its conference version.
    let workshop = row.replace("CVPR 2017", "CVPR 2017 Workshop");
    assert!(lines("venue-link-mismatch", &seed_table("S", &[&workshop])).is_empty());
}

#[test]
fn reads_the_paper_s_own_links_not_another_column_s() {
    // yaoyao-liu's few-shot leaderboard, fc100.md L22: MAML's numbers
    // reported by a CVPR 2019 paper, linked under `Reported by`.
    let table = "## Leaderboard\n\nMethod | Venue | Year | Code | Reported by\n--- | --- | --- | --- | ---\n\
        [MAML](https://arxiv.org/pdf/1703.03400.pdf) | ICML | 2017 | [Code](https://github.com/cbfinn/maml) | [Source](https://openaccess.thecvf.com/content_CVPR_2019/papers/Sun_Meta-Transfer_Learning_for_Few-Shot_Learning_CVPR_2019_paper.pdf)\n\
        [MTL](https://openaccess.thecvf.com/content_CVPR_2019/papers/Sun_Meta-Transfer_Learning_for_Few-Shot_Learning_CVPR_2019_paper.pdf) | ICML | 2019 | - | -\n\
        [Other](https://arxiv.org/abs/1904.00001) | [ICML 2019](https://openaccess.thecvf.com/content_CVPR_2019/papers/Other_CVPR_2019_paper.pdf) | 2019 | - | -\n";
    assert_eq!(lines("venue-link-mismatch", table), vec![6, 7]);
}

#[test]
fn quiet_when_the_link_agrees_or_says_nothing_about_a_main_track() {
    for (written, link) in [
        // The Findings of a meeting are that meeting's.
        (
            "EMNLP 2023",
            "https://aclanthology.org/2023.findings-emnlp.221/",
        ),
        // A numbered volume: a workshop's, or *SEM beside NAACL; an
        // old id's workshop volume.
        ("NAACL 2022", "https://aclanthology.org/2022.starsem-1.5/"),
        ("ACL 2019", "https://aclanthology.org/D19-5801/"),
        // A workshop paper linking its conference version.
        (
            "NeurIPS 2023 Workshop",
            "https://iclr.cc/virtual/2024/poster/17412",
        ),
        // A journal's paper presented at a conference.
        ("ACL 2020", "https://aclanthology.org/2020.tacl-1.5/"),
        ("ACL 2021", "https://aclanthology.org/2021.acl-long.374/"),
    ] {
        let item =
            format!("## Papers\n\n* **A Title of Some Length Here** [{written}] [pdf]({link})\n");
        assert!(
            lines("venue-link-mismatch", &item).is_empty(),
            "{written} {link}"
        );
    }
}

#[test]
fn quiet_on_a_joint_meeting_filed_under_its_other_name() {
    // YangLock/EventPapersArchive L48: ACL-IJCNLP 2021 written IJCNLP.
    let row = "| [TIMERS: Document-level Temporal Relation Extraction](https://aclanthology.org/2021.acl-short.67.pdf) | IJCNLP 2021 | - | - | 2021 |";
    assert!(lines("venue-link-mismatch", &seed_table("S", &[row])).is_empty());
    // IJCNLP 2017 met alone: an ACL 2017 paper is not its.
    let alone = row.replace("2021", "2017");
    assert_eq!(
        lines("venue-link-mismatch", &seed_table("S", &[&alone])),
        vec![5]
    );
    // AnthonySong98's semi-supervised list L611: COLING-ACL 2006.
    // COLING 2008 met alone.
    let items = "## Papers\n\n1. **Relation extraction using label propagation based semi-supervised learning,** in [COLING 2006](https://aclanthology.org/P06-1017/).\n1. **Another paper on relation extraction with labels,** in [COLING 2008](https://aclanthology.org/P08-1017/).\n";
    assert_eq!(lines("venue-link-mismatch", items), vec![4]);
}

#[test]
fn fires_on_the_venue_s_other_year() {
    // Yale-LILY's summarization list L73: an ACL 2017 paper tagged 2018.
    let item = "## Papers\n\n* Abstractive Document Summarization with a Graph-Based Attentional Neural Model (ACL 2018)[[paper](http://aclweb.org/anthology/P17-1108)]\n\
        * Get To The Point: Summarization with Pointer-Generator Networks (ACL 2017)[[paper](http://aclweb.org/anthology/P17-1099)]\n\
        * A Deep Reinforced Model for Abstractive Summarization (ICLR 2018)[[paper](https://openreview.net/forum?id=HkAClQgA-)]\n";
    let found = check("venue-link-mismatch", item);
    assert_eq!(lines("venue-link-mismatch", item), vec![3], "{found:?}");
    assert_eq!(
        found[0].message,
        "the venue says ACL 2018, but the paper's own link is in the proceedings of ACL 2017"
    );
    // patrick-llgc's reading notes L1721, as a table row.
    let row = "| [GeoSim: Realistic Video Simulation](https://openaccess.thecvf.com/content/CVPR2021/papers/Chen_GeoSim_CVPR_2021_paper.pdf) | CVPR 2023 | - | - | 2023 |";
    assert_eq!(
        lines("venue-link-mismatch", &seed_table("S", &[row])),
        vec![5]
    );
    // The year agrees, or the item gives none, or two.
    for tag in ["(ACL 2017)", "(ACL)", "(ACL 2018; ACL 2017)"] {
        let item = item.replace("(ACL 2018)", tag);
        assert!(lines("venue-link-mismatch", &item).is_empty(), "{tag}");
    }
}

#[test]
fn a_link_to_the_venue_in_another_year_is_a_year_slip_not_another_venue() {
    // With a second link to another conference, the row's own venue
    // link still says which edition it is.
    let row = "| [Another Long Paper Title Here Too](https://aclanthology.org/P17-1108) [pdf](https://aclanthology.org/D17-1001) | ACL 2018 | - | - | 2018 |";
    let found = check("venue-link-mismatch", &seed_table("S", &[row]));
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].message.contains("ACL 2018, but"),
        "{}",
        found[0].message
    );
    assert!(
        found[0].message.ends_with("ACL 2017"),
        "{}",
        found[0].message
    );
    // A year the venue never met in is impossible-venue-year's alone.
    let off_year = "| [A Long Paper Title About Recognition](https://openaccess.thecvf.com/content_ICCV_2019/papers/X_A_Long_ICCV_2019_paper.pdf) | ICCV 2020 | - | - | 2020 |";
    assert!(lines("venue-link-mismatch", &seed_table("S", &[off_year])).is_empty());
}

#[test]
fn quiet_on_a_meeting_held_late_or_a_workshop_volume() {
    // IJCAI-PRICAI 2020 met in January 2021 (SunQingYun1996's graph RL
    // list L60 writes IJCAI 2021).
    let late = "| [Reasoning Like Human: Hierarchical Reinforcement Learning](https://www.ijcai.org/Proceedings/2020/0267.pdf) | IJCAI 2021 | - | - | 2021 |";
    assert!(lines("venue-link-mismatch", &seed_table("S", &[late])).is_empty());
    // ChenHsing's video diffusion list L505: a WACV 2024 workshop paper
    // under its preprint's year.
    let workshop = "| [Inflation with Diffusion: Efficient Temporal Adaptation](https://openaccess.thecvf.com/content/WACV2024W/VAQ/papers/Yuan_Inflation_With_Diffusion_WACVW_2024_paper.pdf) | WACV 2023 | - | - | 2023 |";
    assert!(lines("venue-link-mismatch", &seed_table("S", &[workshop])).is_empty());
}

#[test]
fn quiet_on_an_item_that_names_two_venues() {
    let item = EMNLP_AS_ACL.replace("[ACL 2023]", "[ACL 2023; EACL 2023]");
    assert!(lines("venue-link-mismatch", &item).is_empty());
}

#[test]
fn fires_on_a_journal_whose_sciencedirect_link_is_another_journals_article() {
    // HFUT-LEC's cognitive diagnosis table: QRCL tagged ESWA on an
    // Information Sciences article (PII S0020-0255...).
    let header = "| Name | Venue | Year |\n| --- | --- | --- |\n";
    let row = |venue: &str, pii: &str| {
        format!(
            "| [QRCL](https://www.sciencedirect.com/science/article/pii/{pii}) | {venue} | 2023 |"
        )
    };
    let right = "| [ICD](https://www.sciencedirect.com/science/article/abs/pii/S0957417422023272) | ESWA | 2022 |";
    let wrong = row("ESWA", "S0020025523016183");
    let found = check("venue-link-mismatch", &table_of(header, &[right, &wrong]));
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        found[0].message,
        "the venue says Expert Systems with Applications, but the paper's own link is an article of Information Sciences"
    );
    // Its own journal's article, an ISSN the data does not know, a book's
    // PII, or a conference beside a journal's article say nothing here.
    for (venue, pii) in [
        ("ESWA", "S0957417422023272"),
        ("ESWA", "S1234567822023272"),
        ("ESWA", "B9780128243770000106"),
        ("CVPR", "S0020025523016183"),
    ] {
        assert!(
            lines(
                "venue-link-mismatch",
                &table_of(header, &[right, &row(venue, pii)])
            )
            .is_empty(),
            "{venue} {pii}"
        );
    }
    // A list item is read alike: `CMAME, 2024` on a J. Comput. Phys. article.
    let item = "## PINNs\n\n1. **Correcting model misspecification in physics-informed neural networks.** CMAME, 2024. [paper](https://www.sciencedirect.com/science/article/abs/pii/S0021999124001670)\n";
    assert_eq!(lines("venue-link-mismatch", item), [3]);
}

#[test]
fn a_pmlr_volume_names_its_meeting_and_year() {
    // zchuz's CoT survey L439: an ICML 2023 paper (PMLR v202) tagged ICLR.
    let item = |venue: &str, url: &str| {
        format!("## Reasoning\n\n- **Large Language Models Can Be Easily Distracted by Irrelevant Context**, {venue} [[paper]]({url})\n")
    };
    let v202 = "https://proceedings.mlr.press/v202/shi23a.html";
    let found = check("venue-link-mismatch", &item("ICLR 2023", v202));
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        found[0].message,
        "the venue says ICLR, but the paper's own link is in the proceedings of ICML 2023"
    );
    assert!(lines("venue-link-mismatch", &item("ICML 2023", v202)).is_empty());
    // CoRL 2022's volume came out in 2023, and its citations say so; a
    // year before the meeting is another edition.
    let v205 = "https://proceedings.mlr.press/v205/a23a.html";
    assert!(lines("venue-link-mismatch", &item("CoRL 2023", v205)).is_empty());
    assert!(lines("venue-link-mismatch", &item("CoRL 2022", v205)).is_empty());
    assert_eq!(lines("venue-link-mismatch", &item("CoRL 2021", v205)), [3]);
    // A volume that came out in its meeting's year gives no later one:
    // hanjuku-kaso's offline-RL list, an AISTATS 2018 paper called 2019.
    let v84 = "http://proceedings.mlr.press/v84/kallus18a.html";
    assert_eq!(
        lines("venue-link-mismatch", &item("AISTATS 2019", v84)),
        [3]
    );
    assert!(lines("venue-link-mismatch", &item("AISTATS 2018", v84)).is_empty());
    // A volume the data does not give names nothing.
    let unknown = "https://proceedings.mlr.press/v9999/a23a.html";
    assert!(lines("venue-link-mismatch", &item("ICLR 2023", unknown)).is_empty());
}

#[test]
fn an_isca_archive_page_names_its_meeting_and_year() {
    // DongKeon/Awesome-Speaker-Diarization L955: MSDWild, an Interspeech
    // 2022 paper, cited as Interspeech 2020.
    let item = |venue: &str, url: &str| {
        format!("## Datasets\n\n  - \"MSDWild: Multi-modal Speaker Diarization Dataset in the Wild\", in *Proc. {venue},* 2020. [📄]({url})\n")
    };
    let page = "https://www.isca-speech.org/archive/interspeech_2022/liu22t_interspeech.html";
    let found = check("venue-link-mismatch", &item("Interspeech", page));
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        found[0].message,
        "the venue says INTERSPEECH 2020, but the paper's own link is in the proceedings of INTERSPEECH 2022"
    );
    // An ICASSP paper on an Interspeech page is another conference's.
    assert_eq!(lines("venue-link-mismatch", &item("ICASSP", page)), [3]);
    // Interspeech 2004 was also ICSLP's last edition: either name is right.
    let icslp = "https://www.isca-archive.org/interspeech_2004/zen04b_interspeech.html";
    assert!(lines("venue-link-mismatch", &item("ICSLP", icslp)).is_empty());
}

/// hnuzhy/RobotManipulation's items: `**Name(VENUE)(arxivYYYY.MM)** Title`
/// then bracketed links, the paper's proceedings link not always first.
fn robot_list(item: &str) -> String {
    let mut text = String::from("# Papers\n\n");
    for n in 1..=4 {
        text.push_str(&format!(
            "* **Model{n}(CVPR2022)(arxiv2021.1{n})** A paper title number {n} of the list here [[paper link](https://openaccess.thecvf.com/content/CVPR2022/html/A{n}_CVPR_2022_paper.html)]\n\n"
        ));
    }
    text.push_str(item);
    text
}

#[test]
fn an_item_s_preprint_tag_and_labelled_links_do_not_hide_its_proceedings() {
    // L1267: BC-Z, a CoRL 2021 paper (PMLR v164) tagged CVPR 2022, its
    // OpenReview link first; L35 of another file opens with emoji.
    let pmlr = "[[paper link](https://proceedings.mlr.press/v164/jang22a.html)]";
    let openreview = "[[openreview link](https://openreview.net/forum?id=8kbp23tSGYv)]";
    for item in [
        format!("* **BC-Z(CVPR2022)(arxiv2022.02)** BC-Z: Zero-Shot Task Generalization with Robotic Imitation Learning {openreview}{pmlr}\n"),
        format!("* 👍👍**BC-Z(CVPR2022)** BC-Z: Zero-Shot Task Generalization with Robotic Imitation Learning {pmlr}\n"),
    ] {
        let text = robot_list(&item);
        let found = check("venue-link-mismatch", &text);
        assert_eq!(found.len(), 1, "{item}: {found:?}");
        assert!(found[0].message.ends_with("proceedings of CoRL 2021"));
    }
    // An arXiv tag beside the venue its link names says nothing against it.
    let agreeing = robot_list("* **BC-Z(CoRL2021)(arxiv2022.02)** BC-Z: Zero-Shot Task Generalization with Robotic Imitation Learning [[paper link](https://proceedings.mlr.press/v164/jang22a.html)]\n");
    assert!(lines("venue-link-mismatch", &agreeing).is_empty());
}

#[test]
fn jvcir_is_known_by_its_issn_and_its_short_name() {
    // 24wenjie-li's face-restoration list L244: `PR2023` on a JVCIR
    // article (ISSN 1047-3203), which L241 files as `JVCI2023`.
    let row = |venue: &str| {
        format!("|{venue}|<a href=\"https://www.sciencedirect.com/science/article/pii/S1047320323000561\">Joint face completion and super-resolution|GAN|")
    };
    let header = "| Pub | Paper | Technology |\n|---|---|---|\n";
    let found = check("venue-link-mismatch", &table_of(header, &[&row("PR2023")]));
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].message.ends_with("an article of JVCIR"));
    assert!(check(
        "venue-link-mismatch",
        &table_of(header, &[&row("JVCI2023")])
    )
    .is_empty());
}

#[test]
fn a_venue_named_after_a_preprint_s_may_be_another_work_s() {
    let text = "## Papers\n\n- [Title A of a paper here](https://aclanthology.org/2023.emnlp-main.12) arXiv 2023; extends our ACL 2022 paper.\n";
    assert!(lines("venue-link-mismatch", text).is_empty());
    // Before the preprint's tag, the venue is the item's own.
    let text = "## Papers\n\n- [Title A of a paper here](https://aclanthology.org/2023.emnlp-main.12) ACL 2023, arXiv 2023.\n";
    assert_eq!(lines("venue-link-mismatch", text).len(), 1);
}
