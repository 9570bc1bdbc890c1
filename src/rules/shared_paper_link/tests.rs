use crate::diagnostic::Diagnostic;
use crate::rules::testing::*;

/// One finding, naming its row as probably wrong because of `evidence`.
pub(super) fn assert_blames_one_row(text: &str, evidence: &str) {
    let found = check("shared-paper-link", text);
    assert_eq!(found.len(), 1, "{found:?}");
    let message = &found[0].message;
    assert!(
        message.contains("probably wrong") && message.contains(evidence),
        "{message}"
    );
}

/// The first finding on a table of rows `a` and `b` says `phrase`.
/// There is exactly one finding, and its message says `phrase`.
pub(super) fn assert_the_one_finding_says(found: &[Diagnostic], phrase: &str) {
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].message.contains(phrase), "{}", found[0].message);
}

pub(super) fn assert_first_says(a: &str, b: &str, phrase: &str) {
    let found = check("shared-paper-link", &seed_table("S", &[a, b]));
    assert!(
        found.first().is_some_and(|d| d.message.contains(phrase)),
        "{found:?}"
    );
}

#[test]
fn fires_on_titles_linked_by_html_anchors() {
    // 24wenjie-li/Awesome-Face-Restoration lines 68-69: unclosed anchors.
    let text = "| Pub | Paper | Technology |\n|---|---|---|\n\
        |CVPRW2018|<a href=\"https://arxiv.org/pdf/1811.02328\">Attribute Augmented Convolutional Neural Network for Face Hallucination|CNN-based|\n\
        |ECCV2018|<a href=\"https://arxiv.org/pdf/1811.02328\">Super-Identity Convolutional Neural Network for Face Hallucination|CNN-based|\n";
    assert_eq!(lines("shared-paper-link", text), [4]);
}

#[test]
fn quiet_on_two_named_versions_of_one_preprint() {
    // xlite-dev/Awesome-DiT-Inference: `T-GATE V1` and `T-GATE V2`, each
    // linking its own version of 2404.02747.
    let row = |title: &str, url: &str| {
        format!("| [{title}]({url}) | arXiv 2024 | - | [Code](https://github.com/a/b) | 2024 |")
    };
    let v1 = row(
        "[T-GATE V1] Cross-Attention Makes Inference Cumbersome",
        "https://arxiv.org/pdf/2404.02747v1",
    );
    let v2 = row(
        "[T-GATE V2] Faster Diffusion via Temporal Attention Decomposition",
        "https://arxiv.org/pdf/2404.02747v2",
    );
    assert!(check("shared-paper-link", &seed_table("S", &[&v1, &v2])).is_empty());
    // Titles that name no version: the feed's v1 and v2 of one paper.
    let unnamed = [&v1, &v2].map(|r| r.replace("[T-GATE V1] ", "").replace("[T-GATE V2] ", ""));
    assert_eq!(
        check(
            "shared-paper-link",
            &seed_table("S", &[&unnamed[0], &unnamed[1]])
        )
        .len(),
        1
    );
    // One version named, or the same one twice: a link copied.
    let bare = row(
        "Faster Diffusion via Temporal Attention Decomposition",
        "https://arxiv.org/abs/2404.02747",
    );
    assert_eq!(
        check("shared-paper-link", &seed_table("S", &[&v1, &bare])).len(),
        1
    );
    let same = v2.replace("v2", "v1");
    assert_eq!(
        check("shared-paper-link", &seed_table("S", &[&v1, &same])).len(),
        1
    );
}

#[test]
fn fires_when_two_titles_share_one_arxiv_paper() {
    let a = "| [One-Shot Neural Ensemble Architecture Search by Diversity-Guided Search Space Shrinking](https://arxiv.org/pdf/2010.00969v3.pdf) | CVPR 2021 | Gradient | [Code](https://github.com/researchmm/NEAS) | 2021 |";
    let b = "| [DOTS: Decoupling Operation and Topology in Differentiable Architecture Search](https://arxiv.org/abs/2010.00969) | CVPR 2021 | Gradient | [Code](https://github.com/guyuchao/DOTS) | 2021 |";
    let found = check("shared-paper-link", &seed_table("S", &[a, b]));
    assert_the_one_finding_says(&found, "arXiv 2010.00969");
}

#[test]
fn quiet_on_shared_code_links_and_on_duplicates_of_one_title() {
    let a = "| [Paper A](https://arxiv.org/abs/2301.06393) | - | - | [Code](https://github.com/x/y) | 2023 |";
    let b = "| [Paper B](https://arxiv.org/abs/2203.01665) | - | - | [Code](https://github.com/x/y) | 2022 |";
    let c = "| [Paper A](https://arxiv.org/pdf/2301.06393v1.pdf) | - | - | [Code](https://github.com/x/z) | 2023 |";
    assert!(lines("shared-paper-link", &seed_table("S", &[a, b, c])).is_empty());
}

#[test]
fn neutral_without_evidence() {
    let a = "| [One-Shot Neural Ensemble Architecture Search by Diversity-Guided Search Space Shrinking](https://arxiv.org/pdf/2010.00969v3.pdf) | CVPR 2021 | Gradient | [Code](https://github.com/researchmm/NEAS) | 2021 |";
    let b = "| [DOTS: Decoupling Operation and Topology in Differentiable Architecture Search](https://arxiv.org/abs/2010.00969) | CVPR 2021 | Gradient | [Code](https://github.com/guyuchao/DOTS) | 2021 |";
    assert_first_says(a, b, "one of the two links is wrong");
}

#[test]
fn aaai_ojs_articles_and_sciencedirect_piis_are_paper_identities() {
    // Shaped like LIANGKE23's knowledge-graph list (two papers on one
    // AAAI article, the view and download forms) and tamlhp's
    // unlearning list (two papers on one PII, abs and plain forms).
    for (url_a, url_b, id) in [
        (
            "https://ojs.aaai.org/index.php/AAAI/article/view/28680",
            "https://ojs.aaai.org/index.php/AAAI/article/download/28680/29322",
            "AAAI OJS article AAAI/28680",
        ),
        (
            "https://www.sciencedirect.com/science/article/pii/S0267364917302091",
            "https://www.sciencedirect.com/science/article/abs/pii/S0267364917302091",
            "ScienceDirect PII S0267364917302091",
        ),
    ] {
        let a =
            format!("| [Editing Knowledge Graph Embeddings]({url_a}) | AAAI 2024 | - | - | 2024 |");
        let b = format!("| [Multimodal Prompt Distillation]({url_b}) | AAAI 2024 | - | - | 2024 |");
        let found = check("shared-paper-link", &seed_table("S", &[&a, &b]));
        assert_eq!(found.len(), 1, "{id}");
        assert!(found[0].message.contains(id), "{}", found[0].message);
    }
    // Two articles of one proceedings are two papers.
    let a = "| [Paper A](https://ojs.aaai.org/index.php/AAAI/article/view/28680) | AAAI 2024 | - | - | 2024 |";
    let b = "| [Paper B](https://ojs.aaai.org/index.php/AAAI/article/view/28681) | AAAI 2024 | - | - | 2024 |";
    assert!(lines("shared-paper-link", &seed_table("S", &[a, b])).is_empty());
}

pub(super) const PAPER_TABLE: &str =
    "## Papers\n\n| Title | Venue | Paper | Code |\n|---|---|---|---|\n";

#[test]
fn a_preprint_row_and_a_published_row_are_one_renamed_paper() {
    // A paper renamed between its preprint and its publication.
    let a = "| [Graph-MVP: Multi-View Prototypical Contrastive Learning for Multiplex Graphs](https://arxiv.org/abs/2109.03560) | arXiv | - | - | 2021 |";
    let b = "| [X-GOAL: Multiplex Heterogeneous Graph Prototypical Contrastive Learning](https://arxiv.org/pdf/2109.03560) | CIKM 2022 | - | - | 2022 |";
    let found = check("shared-paper-link", &seed_table("S", &[a, b]));
    assert_the_one_finding_says(&found, "listed twice, once under an older title");
    assert!(!found[0].message.contains("wrong"), "{}", found[0].message);
}

#[test]
fn two_unrelated_titles_on_one_id_are_not_a_renamed_paper() {
    let a = "| [Baseline defenses for adversarial attacks against aligned language models](https://arxiv.org/pdf/2308.14132) | arXiv | - | - | 2023 |";
    let b = "| [Detecting language model attacks with perplexity](https://arxiv.org/pdf/2308.14132) | arXiv | - | - | 2023 |";
    assert_first_says(a, b, "one of the two links is wrong");
    // Shaped like a jailbreak list: a preprint row carries the link of
    // a published paper it has nothing to do with.
    let a = "| [When LLM Meets DRL: Advancing Jailbreaking Efficiency via DRL-guided Search](https://arxiv.org/pdf/2406.08705) | NeurIPS 2024 | - | - | 2024 |";
    let b = "| [AutoJailbreak: Exploring Jailbreak Attacks and Defenses through a Dependency Lens](https://arxiv.org/pdf/2406.08705) | arXiv | - | - | 2024 |";
    assert_first_says(a, b, "one of the two links is wrong");
    // JackYFL's driving table: a field's words in common, but two coined
    // names of their own; a rename would have made the maintainer delete
    // the right row.
    let a = "| [DriveGPT4: Interpretable End-to-End Autonomous Driving Via Large Language Model](https://arxiv.org/pdf/2311.13549) | NeurIPS 2024 | - | - | 2024 |";
    let b = "| [ADriver-I: A General World Model for Autonomous Driving](https://arxiv.org/pdf/2311.13549) | arXiv | - | - | 2023 |";
    assert_first_says(a, b, "one of the two links is wrong");
    // Two preprints under related titles: renamed, without saying which is older.
    let a = "| [Towards Personalized Cold-Start Recommendation with Prompts](https://arxiv.org/abs/2306.17256) | arXiv 2023 | - | - | 2023 |";
    let b = "| [Could Small Language Models Serve as Recommenders? Towards Data-centric Cold-start Recommendations](https://arxiv.org/abs/2306.17256) | arXiv 2024 | - | - | 2024 |";
    assert_first_says(a, b, "probably once under an older title");
    // Who released it (`Microsoft Research`) is no venue that tells two
    // papers apart (dingyucanada's LLaVA-Med, under its first title too).
    let a = "| [LLaVA-Med: Large Language and Vision Assistant for Medicine](https://arxiv.org/abs/2306.00890) | Microsoft Research | - | [LLaVA-Med](https://github.com/microsoft/LLaVA-Med) | 2024 |";
    let b = "| [Training a Large Language-and-Vision Assistant for Biomedicine in One Day](https://arxiv.org/abs/2306.00890) | Microsoft Research | - | [LLaVA-Med](https://github.com/microsoft/LLaVA-Med) | 2023 |";
    assert_first_says(a, b, "probably once under an older title");
    // One coined name before two subtitles (IRIP-BUAA's Magicoder); a
    // genre's label before two is no name.
    let a = "| [Magicoder: Empowering Code Generation with OSS-Instruct](https://arxiv.org/abs/2312.02120) | ICML 2024 | - | - | 2024 |";
    let b = "| [Magicoder: Source code is all you need](https://arxiv.org/abs/2312.02120) | arXiv 2023 | - | - | 2023 |";
    assert_first_says(a, b, "listed twice, once under an older title");
    let a = "| [Survey: Large Language Models for Code Generation Today](https://arxiv.org/abs/2312.02120) | ICML 2024 | - | - | 2024 |";
    let b = "| [Survey: Diffusion Models in Vision and Beyond](https://arxiv.org/abs/2312.02120) | arXiv 2023 | - | - | 2023 |";
    assert_first_says(a, b, "one of the two links is wrong");
}

#[test]
fn kin_titles_by_two_first_authors_are_not_a_renamed_paper() {
    // ZhanYang-nwpu's remote sensing table: two surveys of one field on one
    // arXiv id, each with its authors below the title.
    let row = |title: &str, authors: &str, date: &str| {
        format!("| [**{title}**](https://arxiv.org/abs/2412.02573) <br>{authors} <br>| arXiv | - | - | {date} |")
    };
    let huang =
        "Z. Huang, H. Yan, Q. Zhan, S. Yang, M. Zhang, C. Zhang, Y. Lei, Z. Liu, Q. Liu, Y. Wang";
    let liu = "C. Liu, J. Zhang, K. Chen, M. Wang, Z. Zou, and Z. Shi";
    let survey = "A Survey on Remote Sensing Foundation Models: From Vision to Multimodality";
    let temporal = "Remote Sensing Temporal Vision-Language Models: A Comprehensive Survey";
    let (a, b) = (row(survey, huang, "2025"), row(temporal, liu, "2024"));
    assert_first_says(&a, &b, "one of the two links is wrong");
    // The same first author, however written, may be one paper renamed.
    let b = row(temporal, "Zhi Huang, J. Zhang, K. Chen", "2024");
    assert_first_says(&a, &b, "probably once under an older title");
}

#[test]
fn swapped_links_are_not_a_renamed_paper() {
    // Two rows of one table with each other's links, both papers listed
    // correctly in another table: their titles share words ("Large
    // Language Models", "Image"), but no paper was renamed.
    let chat = "Chat-Uni: Unified Visual Representation Empowers Large Language Models with Image and Video Understanding";
    let llama = "LLaMA-V: An Image is Worth 2 Tokens in Large Language Models";
    let text = format!(
        "{PAPER_TABLE}| {chat} | CVPR 2024 | [arXiv](https://arxiv.org/abs/2311.08046) | - |\n\
             | {llama} | ECCV 2024 | [arXiv](https://arxiv.org/abs/2311.17043) | - |\n\n\
             ## Video\n\n| Title | Venue | Paper | Code |\n|---|---|---|---|\n\
             | {chat} | arXiv | [arXiv](https://arxiv.org/abs/2311.17043) | - |\n\
             | {llama} | arXiv | [arXiv](https://arxiv.org/abs/2311.08046) | - |\n"
    );
    let found = check("shared-paper-link", &text);
    assert_eq!(found.len(), 2, "{found:?}");
    for d in &found {
        assert!(!d.message.contains("older title"), "{}", d.message);
        assert!(d.message.contains("swapped"), "{}", d.message);
    }
}

/// A wide table whose titles are bold text with a venue tag and whose paper
/// link is a badge in a "Papers & Codes" cell, most rows filled only that
/// far; then a short table naming one of its papers by a short name.
fn badge_table(second_id: &str) -> String {
    let header = "| Title | Model Input | Speed | Papers & Codes | Contribution | Views Type |\n|---|---|---|---|---|---|\n";
    let row = |title: &str, id: &str| {
        format!(
            "|**{title}**| | |[![PDF](https://img.shields.io/badge/PDF-arXiv-b31b1b.svg)](https://arxiv.org/pdf/{id})<br> [![CODE](https://img.shields.io/badge/CODE-GitHub-8A2BE2.svg)](https://github.com/a/b)|\n"
        )
    };
    format!(
        "# Avatars\n\n## Body\n\n{header}{}{}{}\n## Control\n\n| Title | Focus | Link |\n|---|---|---|\n| GSAvatar | body | [arXiv](https://arxiv.org/abs/2503.10625) |\n",
        row("(ICCV25)GSAvatar: Animatable Gaussian Avatars in Seconds", "2503.10625"),
        row("(CVPR25 Workshop)SVAD: From Single Image to 3D Avatar via Video Diffusion", "2505.05475"),
        row("(Arxiv25)PF-LHM: Animatable Avatar Reconstruction from Pose-free Images", second_id),
    )
}

#[test]
fn bold_titles_with_badge_links_in_a_papers_and_codes_column_are_paper_rows() {
    // The row that repeats the arXiv id of the row above is found; the
    // short name in the second table is the first row's paper under its
    // venue tag, not another paper.
    assert_eq!(lines("shared-paper-link", &badge_table("2505.05475")), [9]);
    assert!(lines("shared-paper-link", &badge_table("2505.01234")).is_empty());
    // Template-style rows that stop after the paper cell are the table's
    // convention.
    assert!(lines("table-shape", &badge_table("2505.01234")).is_empty());
}

#[test]
fn a_later_copy_of_the_right_row_is_not_reported_again() {
    // As rux001's anomaly list: 2401.05702 is "Video Anomaly Detection and
    // Explanation via Large Language Models" (line 5 and, cross-listed,
    // line 11); VadCLIP at line 6 links it by mistake: one finding, there.
    let right = "| [Video Anomaly Detection and Explanation via Large Language Models](https://arxiv.org/abs/2401.05702) | ICCV 2024 | - | - | 2024 |";
    let wrong = "| [VadCLIP: Adapting Vision-Language Models for Weakly Supervised Video Anomaly Detection](https://arxiv.org/abs/2401.05702) | AAAI 2024 | - | - | 2024 |";
    let text = format!(
        "{}\n{}",
        seed_table("Videos", &[right, wrong]),
        seed_table("Explanation", &[right])
    );
    assert_eq!(lines("shared-paper-link", &text), [6]);
    // The copy beside the wrong row in one table is reported: the two rows
    // there are the defect.
    let text = format!(
        "{}\n{}",
        seed_table("Videos", &[right, wrong]),
        seed_table("Explanation", &[wrong, right])
    );
    assert_eq!(lines("shared-paper-link", &text), [6, 13]);
}

#[test]
fn a_conference_rows_arxiv_copy_is_its_own_link() {
    // `[Paper](cvf)/[arXiv](...)`: arXiv is a preprint server, not another
    // venue's version; the row is still known by that id.
    let text = "| Year | Pub. | Title | Links |\n|---|---|---|---|\n\
        | 2021 | CVPR | Depth Attention for Saliency Detection | [Paper](https://openaccess.thecvf.com/content/CVPR2021/html/A_CVPR_2021_paper.html)/[arXiv](https://arxiv.org/abs/2103.19999) |\n\
        | 2021 | ICCV | Another Paper on Something Else Entirely | [Paper](https://arxiv.org/abs/2103.19999) |\n";
    assert_eq!(lines("shared-paper-link", text), [4]);
}

#[test]
fn a_copy_of_a_row_shares_no_new_link_with_a_row_already_reported() {
    // tsinghua-fib-lab/World-Model: Drive-WM, Think2Drive on Drive-WM's id,
    // then Drive-WM again, all in one table.
    let drive = "| [Driving into the Future: Multiview Visual Forecasting and Planning](https://arxiv.org/pdf/2311.17918) | CVPR 2024 |";
    let think = "| [Think2Drive: Efficient Reinforcement Learning by Thinking in Latent World Model](https://arxiv.org/pdf/2311.17918) | ECCV 2024 |";
    let text = format!("## Driving\n\n| Title | Venue |\n|---|---|\n{drive}\n{think}\n{drive}\n");
    assert_eq!(lines("shared-paper-link", &text), [6]);
    assert_eq!(lines("duplicate-paper", &text), [7]);
}

/// SJTU-DMTai/Paper-Lists and Gojay001/DeepLearning-pwcn: two papers on one
/// PDF file of a site whose links carry no other id.
#[test]
fn one_pdf_file_under_two_titles_is_one_link_shared() {
    // A table of rows, each a title linked to a URL.
    let table = |rows: &[(&str, &str)]| {
        let rows: Vec<String> = rows
            .iter()
            .map(|(title, url)| format!("| [{title}]({url}) | VLDB 2025 | - | - | 2025 |"))
            .collect();
        seed_table("S", &rows.iter().map(String::as_str).collect::<Vec<_>>())
    };
    let pdf = "https://www.vldb.org/pvldb/vol18/p5086-zhu.pdf";
    let eda = "Towards Automated Cross-domain Exploratory Data Analysis";
    let text = table(&[
        (eda, pdf),
        (
            "AutoPrep: Natural Language Question-Aware Data Preparation",
            &format!("{pdf}?download=1"),
        ),
    ]);
    assert_the_one_finding_says(
        &check("shared-paper-link", &text),
        "PDF vldb.org/pvldb/vol18/p5086-zhu.pdf",
    );
    // Mycenae/PaperWeekly: chapters of one report, each on its file, and
    // a book's pages (`#page=46`) are parts listed on purpose.
    let report = "https://www2.eecs.berkeley.edu/Pubs/TechRpts/2016/EECS-2016-143.pdf";
    let book = "https://library.oapen.org/bitstream/1/1007149.pdf";
    for rows in [
        [
            ("GPU-Latency-Hiding-Ch2", report.to_string()),
            ("GPU-Latency-Hiding-Ch3", report.to_string()),
        ],
        [
            ("Meta-Learning", format!("{book}#page=35")),
            ("Hyperparameter Optimization", format!("{book}#page=3")),
        ],
    ] {
        let text = table(&rows.each_ref().map(|(t, u)| (*t, u.as_str())));
        assert!(check("shared-paper-link", &text).is_empty(), "{rows:?}");
        assert!(check("duplicate-paper", &text).is_empty(), "{rows:?}");
    }
    // Three titles or more on one file: a collection (a workshop's
    // proceedings), each paper linked to it on purpose.
    let proceedings = "https://ws.example.org/proc2020.pdf";
    let text = table(&[
        ("Learning graph kernels from random walks", proceedings),
        ("Tree transformers for program synthesis", proceedings),
        ("Normalising flows on manifolds", proceedings),
    ]);
    assert!(check("shared-paper-link", &text).is_empty());
    // One title written in two cases on one file is one paper twice.
    let text = table(&[
        (eda, pdf),
        (
            "Towards automated cross-domain exploratory data analysis",
            pdf,
        ),
    ]);
    assert_eq!(check("duplicate-paper", &text).len(), 1);
}

#[test]
fn a_publication_s_doi_under_a_title_worded_apart_years_later_is_borrowed() {
    // FedericoBruzzone's compiler list L101/L128: `Reduction of operator
    // strength` (a 1981 book chapter) on the DOI of `An algorithm for
    // reduction of operator strength` (CACM 1977).
    let header = "| Paper Title | Venue Name | Year |\n|---|---|---|\n";
    let row = |title: &str, venue: &str, year: &str| {
        format!("| [{title}](https://doi.org/10.1145/359863.359888) | {venue} | {year} |")
    };
    let rows = |later: &str| {
        [
            row(
                "An algorithm for reduction of operator strength",
                "CACM",
                "1977",
            ),
            "| [Peephole optimization](https://doi.org/10.1145/364995.365000) | CACM | 1965 |"
                .to_string(),
            row(
                "Reduction of operator strength",
                "Program flow analysis",
                later,
            ),
        ]
    };
    let text = |later: &str| {
        let rows = rows(later);
        table_of(header, &rows.iter().map(String::as_str).collect::<Vec<_>>())
    };
    let found = check("shared-paper-link", &text("1981"));
    assert_the_one_finding_says(
        &found,
        "which line 3 links for \"An algorithm for reduction",
    );
    assert!(check("conflicting-duplicate", &text("1981")).is_empty());
    // Two years apart, it is one paper whose copies disagree.
    assert!(check("shared-paper-link", &text("1979")).is_empty());
    assert_eq!(check("conflicting-duplicate", &text("1979")).len(), 1);
    assert_eq!(lines("shared-paper-link", &text("1980")).len(), 1);
    // A copy filed as a preprint dates the paper by its preprint; one
    // title twice is one paper whatever its years.
    // A venue misspelt is still a publication (`CAMC` for CACM).
    let misspelt = text("1981").replace("| CACM | 1977 |", "| CAMC | 1977 |");
    assert_eq!(lines("shared-paper-link", &misspelt).len(), 1);
    let preprint = text("1981").replace("Program flow analysis", "arXiv");
    assert!(check("shared-paper-link", &preprint).is_empty());
    let retitled = text("1981").replace(
        "[Reduction of operator strength]",
        "[An algorithm for reduction of operator strength]",
    );
    assert!(check("shared-paper-link", &retitled).is_empty());
    assert_eq!(check("conflicting-duplicate", &retitled).len(), 1);
}
