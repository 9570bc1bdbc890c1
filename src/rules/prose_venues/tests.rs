use super::prose_venues;
use crate::knowledge::Knowledge;

fn read(text: &str) -> Vec<String> {
    let knowledge = Knowledge::builtin().expect("builtin knowledge");
    let document = crate::document::parse(text, &knowledge.columns);
    prose_venues(&document, &knowledge)
        .into_iter()
        .map(|m| m.text)
        .collect()
}

#[test]
fn a_month_between_a_venue_and_its_year_dates_the_paper() {
    // jrin771/Everything-LLMs-And-Robotics dates its preprints so.
    let text = "* **Say-Can**: \"Do As I Can, Not As I Say\", arXiv, Apr 2021. [[Paper](https://arxiv.org/abs/2204.01691)]\n\
        - LLMSecCode: Evaluating Large Language Models for Secure Coding, Aug 2024, [arxiv](https://arxiv.org/abs/2408.16100)\n\
        - M-Longdoc: A Benchmark and A Retrieval-Aware Tuning Framework, Nov 2024, [arxiv](https://arxiv.org/abs/2411.06176)\n\
        - Title, NeurIPS Dec. 2019\n";
    assert_eq!(read(text), ["arXiv, Apr 2021", "NeurIPS Dec. 2019"]);
}

#[test]
fn a_venue_is_read_in_the_forms_lists_write_it() {
    let text = "- [A](https://a.org/a) NIPS (2020).\n\
        - [B](https://a.org/b) ICLR, 2021. [[Paper]](https://a.org/b.pdf)\n\
        - **B2**,Nithin Chalapathi,Aditi Krishnapriyan,ICRL,2024. [[paper](https://a.org/b2)]\n\
        - [C](https://a.org/c) [2021 NIPS]\n\
        - [D](https://a.org/d) `CVPR 2024`\n\
        - [E](https://a.org/e) `see CVPR 2024 for this`, Smith (2020), [2021 Smith]\n\
        - [F](https://a.org/f) [ICLR20](https://a.org/f.pdf) NuerIPS24 on ResNet50 and VOC12\n";
    assert_eq!(
        read(text),
        [
            "NIPS (2020)",
            "ICLR, 2021",
            "ICRL,2024",
            "2021 NIPS",
            "CVPR 2024",
            "ICLR20",
            "NuerIPS24"
        ]
    );
    // A tag escaped so that GitHub shows its brackets
    // (xinghaochen/awesome-hand-pose-estimation's `\[2019 ACCV\]`).
    let text = "- \\[2019 ACCV\\] Hand Pose Estimation With a Long Title. [PDF](https://a.org/a)\n";
    assert_eq!(read(text), ["2019 ACCV"]);
    // The year joined to the name by a hyphen, a space left before the
    // `]` (tangzhenyu/Scene-Text-Understanding's `[2018-CPVR]`,
    // `[2017-arvix ]`).
    let text = "- [2018-CPVR] A Scene Text Paper [[Paper]](https://a.org/a)\n\
        - [2017-arvix ] Another Scene Text Paper [[Paper]](https://a.org/b)\n";
    assert_eq!(read(text), ["2018-CPVR", "2017-arvix"]);
    // A tag right after a link's `)` (Social-AI-Studio's reading list).
    let text = "- [A Paper](https://arxiv.org/pdf/2005.04790.pdf)(Arvix'20)\n";
    assert_eq!(read(text), ["Arvix'20"]);
    // A tag in emphasis, its year after a space and an apostrophe
    // (greatzh/Papers' `(_NeuIPS '19_)`); not a name an underscore joins.
    let text = "- A Paper (_NeuIPS '19_) [Paper](https://a.org/a)\n- B model_CVPR2019 [x](https://a.org/b)\n";
    assert_eq!(read(text), ["NeuIPS '19"]);
    // A venue and its year as two sentences of a reference (LibSignal's
    // `*Authors*. TITS. 2023. [link](...)`).
    let text = "1. **A**. *Guo J, Cheng L*. TITS. 2023. [link](https://a.org/a)\n\
        1. **B**. *J Guo*. arXiv preprint. 2022. [link](https://a.org/b)\n\
        1. **C**. Results in Fig. 2023 and Tab. 2022 too.\n";
    assert_eq!(read(text), ["TITS. 2023", "preprint. 2022"]);
    // An item that opens with its year, then its venue.
    let text = "- 2019 NuerIPS [A](https://a.org/a)\n1. **2021 ECCV** B\n- In 2019 Google released [C](https://a.org/c)\n- [2021 NIPS] D\n- 2020 Science Advances [E](https://a.org/e)\n";
    assert_eq!(read(text), ["2019 NuerIPS", "2021 ECCV", "2021 NIPS"]);
    // Two-word names, where the word before the year is no venue alone.
    let text =
        "- [A](https://a.org/a). ACM MM 2024, at NeurIPS 2023, SIGGRAPH Asia 2023, ACM-MM 2022\n";
    assert_eq!(
        read(text),
        [
            "ACM MM 2024",
            "NeurIPS 2023",
            "SIGGRAPH Asia 2023",
            "ACM-MM 2022"
        ]
    );
    // A word the venue data drops (`paper`) makes no two-word name
    // (LiuTingWed's changelog line).
    assert_eq!(
        read("# Change\n:fire: Add 1 NIPS paper 2022\n"),
        Vec::<String>::new()
    );
}

/// Wind-Gone/awesome-ai4db-paper tags every paper `[SIGMOD 21]`;
/// Thinklab-SJTU/awesome-ml4co writes `NeurlPS Workshop, 2020`.
#[test]
fn a_tag_with_a_two_digit_year_and_a_track_before_the_year_are_read() {
    let text =
        "1. [Bao](https://a.org/a) [SIMOD 21]\n2. [B](https://a.org/b) [VLDB 23] [arXiv 2023]\n\
        3. See [part 2] and [Top 10] and [ICLR 20 ](https://a.org/c) and Table [ICML 2020 19]\n\
        4. **Neural Search** NeurlPS Workshop, 2020. [paper](https://a.org/d)\n\
        5. **C** ICML Oral 2023, Plan Workshop 2021\n\
        6. [Arixv 24.03] **D** [ICLR 24.13] [CVPR 24.3]\n";
    let knowledge = Knowledge::builtin().expect("builtin knowledge");
    let document = crate::document::parse(text, &knowledge.columns);
    let read: Vec<(String, Option<i32>)> = prose_venues(&document, &knowledge)
        .into_iter()
        .map(|m| (m.text, m.cell.mention().and_then(|v| v.year)))
        .collect();
    let expected = [
        ("SIMOD 21", Some(2021)),
        ("VLDB 23", Some(2023)),
        ("arXiv 2023", Some(2023)),
        ("ICML 2020", Some(2020)),
        ("NeurlPS Workshop, 2020", Some(2020)),
        ("ICML Oral 2023", Some(2023)),
        // flyingdoog's graph-explainability list dates preprints by month.
        ("Arixv 24", Some(2024)),
    ];
    let expected: Vec<(String, Option<i32>)> =
        expected.iter().map(|(t, y)| (t.to_string(), *y)).collect();
    assert_eq!(read, expected);
}

#[test]
fn a_first_name_is_no_slip_of_a_venue_named_in_capitals() {
    // uclanlp/awesome-fairness-papers ends items with BibTeX authors.
    let text = "1. [What's in a Name?](https://a.org/a), Chayes, Jennifer and Kalai, Adam, 2019\n\
        2. [B](https://a.org/b), ADAM 2019\n\
        3. [C](https://a.org/c), aiXiv 2020\n\
        4. [D Recognition](https://a.org/d), Interpseech 2019\n\
        5. [E](https://a.org/e), Smith, Cpvr 2018\n\
        6. [F](https://a.org/f), Icrl 2021\n\
        7. [G](https://a.org/g), Lee, ADAM 2019\n\
        8. [H](https://a.org/h), Lee, Arxvi 2020\n";
    // A slip in title case elsewhere, or a misspelling the data lists,
    // is read.
    assert_eq!(
        read(text),
        [
            "ADAM 2019",
            "aiXiv 2020",
            "Interpseech 2019",
            "Cpvr 2018",
            "Icrl 2021",
            "ADAM 2019",
            "Arxvi 2020"
        ]
    );
}

#[test]
fn a_venue_in_title_case_that_ends_a_longer_name_is_not_read() {
    let text = "1. **A.** ACM/JMS Journal of Data Science, 2024.\n\
        2. **B.** Published in Science, 2020.\n\
        3. **C.** Proceedings of ICML 2019.\n\
        4. **D.** Annals of Applied Nature 2021.\n\
        5. **E.** Nature, 2022.\n\
        6. **F.** Engineering Applications of Artificial Intelligence. 2021.\n\
        7. **G.** Proceedings of Artificial Intelligence 2020.\n\
        8. **H.** Artificial Intelligence 2019.\n\
        9. [Academic Radiology-2024] **I.**\n\
        10. [Radiology-2023] **J.** ACM Conference on Hypertext, 2021.\n\
        11. K. (from Amazon Science, 2023) by Google Nature 2021, from Science, 2022.\n\
        12. L. Work done at Meta Science 2021.\n";
    assert_eq!(
        read(text),
        [
            "Science, 2020",
            "ICML 2019",
            "Nature, 2022",
            "Artificial Intelligence 2020",
            "Artificial Intelligence 2019",
            "Radiology-2023",
            "Hypertext, 2021",
            "Science, 2022"
        ]
    );
}

#[test]
fn a_venue_in_italics_or_bold_is_read_with_the_year_after_its_marks() {
    // DongKeon's speaker-diarization list sets every venue in italics,
    // its year after the closing mark.
    let text = "- \"Title One\", in *Under Review. NeruIPS*, 2023. [x](https://a.org/a)\n\
        - \"Title Two\", in *Proc. ACL,* 2024. [x](https://a.org/b)\n\
        1. **Title Three**, *ACL*, 2021. [paper](https://a.org/c)\n\
        - **ICLR** 2021 [x](https://a.org/d)\n\
        - **Title Four** then ACL*, 2024 [x](https://a.org/e)\n\
        - [Title Five](https://github.com/org/awesome_repo) slides: NIPS_2019.pdf, _ICRL_2020\n";
    assert_eq!(
        read(text),
        ["NeruIPS*, 2023", "ACL,* 2024", "ACL*, 2021", "ICLR** 2021"]
    );
}

#[test]
fn a_venue_after_its_year_in_an_author_year_citation_is_read() {
    // caiyinqiong's retrieval list cites each paper `（Author et al., YEAR,
    // VENUE, **Name**）`; the mention is the name's words alone.
    let text = "- [A](https://a.org/a)（Qu et al., 2021, ACL, **RocketQA**）\n\
        - [B](https://a.org/b) (Mao et al., 2020, NAACL)\n\
        - [C](https://a.org/c) Released 2020, ICML, then more.\n\
        - [D](https://a.org/d) (see 2020), ICML, (Smith, 2019, Zebra)\n\
        - [E](https://a.org/e) (arXiv:2106.12020, ICCV) (Paper ID 12020, ICCV)\n\
        - [F](https://a.org/f) (ECCV 2020, ICCV)\n";
    assert_eq!(read(text), ["ACL", "NAACL", "ECCV 2020"]);
}

#[test]
fn a_code_span_tag_may_name_a_workshop_at_its_host() {
    // jbdcia321vw/Generative-Recommendation-Papers tags its items so
    // (`` `GenRec@WWWW(2024)` ``, a W typed twice).
    let text =
        "- `GenRec@WWW(2024)`A Paper on Generative Recommendation **[[PDF](https://a.org/a)]**\n\
        - `Gen-Rec_2@KDD 2025` Another Paper\n\
        - `run model@KDD 2025` is code: a space in what comes before the `@`\n\
        - `ZZZZZZZZZZZZZZZZZZZZZZZZZ@KDD 2025` is code: no workshop's name is that long\n";
    assert_eq!(read(text), ["WWW(2024)", "KDD 2025"]);
}

#[test]
fn an_acronym_in_parentheses_after_a_full_name_then_its_year() {
    // jianing-li/awesome-neuromorphic-object-detection cites in IEEE's
    // style.
    let text = "- A. Author, \"A Title,\" in *Proc. IEEE Conf. Comput. Vis. Pattern Recognit. (CVPR)*, 2025.\n\
        - B. Author, \"Another Title,\" in Proc. IEEE Int. Conf. Comput. Vis. (ICCV), 2023. [[Paper](https://a.org/b)]\n\
        - C. Author, \"A Third Title,\" a model (Transformers), 2020.\n\
        - D. Author, \"A survey of federated learning in the Internet of Things (IoT), 2021.\"\n\
        - E. Author, evaluated on the retinal set of the European Space Agency (ESA), 2022.\n";
    assert_eq!(read(text), ["CVPR 2025", "ICCV 2023"]);
}

#[test]
fn an_acronym_in_parentheses_is_quoted_with_its_year_alone() {
    let knowledge = Knowledge::builtin().expect("builtin knowledge");
    let text =
        "- B. Author, \"Another Title,\" in Proc. IEEE Int. Conf. Comput. Vis. (ICCV), 2023.\n";
    let document = crate::document::parse(text, &knowledge.columns);
    let read: Vec<(String, String)> = prose_venues(&document, &knowledge)
        .into_iter()
        .map(|m| (m.text, m.quoted))
        .collect();
    assert_eq!(read, [("ICCV 2023".to_string(), "ICCV 2023".to_string())]);
}
