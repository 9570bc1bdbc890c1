use crate::diagnostic::Diagnostic;
use crate::rules::testing::*;

/// One finding, naming its row as probably wrong because of `evidence`.
fn assert_blames_one_row(text: &str, evidence: &str) {
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
fn assert_the_one_finding_says(found: &[Diagnostic], phrase: &str) {
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].message.contains(phrase), "{}", found[0].message);
}

fn assert_first_says(a: &str, b: &str, phrase: &str) {
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

const PAPER_TABLE: &str = "## Papers\n\n| Title | Venue | Paper | Code |\n|---|---|---|---|\n";

#[test]
fn names_the_row_whose_link_text_names_the_other_paper() {
    // The second row's link was copied from the first: its text still says so.
    let text = format!(
            "{PAPER_TABLE}| ResShift: Efficient Diffusion Model for Image Super-resolution by Residual Shifting | NeurIPS 2023 | [ResShift](https://arxiv.org/abs/2307.12348) | - |\n\
             | SinSR: Diffusion-Based Image Super-Resolution in a Single Step | CVPR 2024 | [ResShift](https://arxiv.org/abs/2307.12348) | - |\n"
        );
    let found = check("shared-paper-link", &text);
    assert_the_one_finding_says(&found, "probably wrong");
    assert!(
        found[0].message.contains("link itself says \"ResShift\""),
        "{}",
        found[0].message
    );
    assert_eq!(lines("shared-paper-link", &text), [6]);
    // When the first row is the one whose link names the other paper, it is the one named.
    let text = format!(
            "{PAPER_TABLE}| SinSR: Diffusion-Based Image Super-Resolution in a Single Step | CVPR 2024 | [ResShift](https://arxiv.org/abs/2307.12348) | - |\n\
             | ResShift: Efficient Diffusion Model for Image Super-resolution by Residual Shifting | NeurIPS 2023 | [arXiv](https://arxiv.org/abs/2307.12348) | - |\n"
        );
    assert_eq!(lines("shared-paper-link", &text), [5]);
}

#[test]
fn names_the_row_whose_code_repository_is_the_other_papers() {
    let a = "| [DOTS: Decoupling Operation and Topology in Differentiable Architecture Search](https://arxiv.org/abs/2010.00969) | CVPR 2021 | Gradient | [Code](https://github.com/guyuchao/DOTS) | 2021 |";
    let b = "| [NEAS: One-Shot Neural Ensemble Architecture Search](https://arxiv.org/abs/2010.00969) | CVPR 2021 | Gradient | [Code](https://github.com/guyuchao/DOTS) | 2021 |";
    let found = check("shared-paper-link", &seed_table("S", &[a, b]));
    assert_the_one_finding_says(&found, "code repository");
    assert_eq!(lines("shared-paper-link", &seed_table("S", &[a, b])), [6]);
}

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
}

#[test]
fn names_the_row_whose_arxiv_title_differs_under_links() {
    let a = "| [One-Shot Neural Ensemble Architecture Search by Diversity-Guided Search Space Shrinking](https://arxiv.org/pdf/2010.00969v3.pdf) | CVPR 2021 | Gradient | [Code](https://github.com/researchmm/NEAS) | 2021 |";
    let b = "| [DOTS: Decoupling Operation and Topology in Differentiable Architecture Search](https://arxiv.org/abs/2010.00969) | CVPR 2021 | Gradient | [Code](https://github.com/guyuchao/DOTS) | 2021 |";
    let text = seed_table("S", &[a, b]);
    // What the link check reports under --links: arXiv 2010.00969 is DOTS.
    let link = text.find("https://arxiv.org/pdf/2010.00969v3.pdf").unwrap();
    let mismatch = crate::Diagnostic::new(
        crate::registry::links::ARXIV_TITLE_MISMATCH.name,
        crate::Severity::Error,
        crate::Span::new(link, link + 10),
        "arXiv 2010.00969 is another paper",
    );
    let options = crate::LintOptions {
        selection: crate::RuleSelection::only(&["shared-paper-link"]).unwrap(),
        ..crate::LintOptions::default()
    };
    let knowledge = crate::Knowledge::builtin().unwrap();
    let found: Vec<_> =
        crate::lint_document_with(&text, &knowledge, &options, Some(vec![mismatch]))
            .diagnostics
            .into_iter()
            .filter(|d| d.rule == "shared-paper-link")
            .collect();
    assert_the_one_finding_says(&found, "probably wrong");
    assert!(
        found[0].message.contains("arXiv gives"),
        "{}",
        found[0].message
    );
    // The NEAS row (line 5) is named, not the later DOTS row.
    assert_eq!(
        crate::LineIndex::new(&text).line_of(found[0].span.start) + 1,
        5
    );
}

const CITATION_TABLE: &str = "## Papers\n\n| Paper | Method | Venue | Year |\n|---|---|---|---|\n";

#[test]
fn citations_by_the_same_authors_are_told_apart_by_their_titles() {
    // Shaped like a federated-learning list that cites each paper in
    // full: two papers of one group, the second row with the first's link.
    let text = format!(
            "{CITATION_TABLE}| [Kato R, Mori T, Ueda K. Distilled federated training with unlabeled shared data for private clients. IEEE Transactions on Networking, 2021, 9(1): 11-20](https://arxiv.org/abs/2008.01234) | Distillation | IEEE | 2021 |\n\
             | [Kato R, Mori T, Ueda K. Zero-data transfer of knowledge across devices of unequal size. IEEE Transactions on Networking, 2021, 9(1): 11-20](https://arxiv.org/abs/2008.01234) | Distillation | IEEE | 2021 |\n"
        );
    let found = check("shared-paper-link", &text);
    assert_eq!(found.len(), 1, "{found:?}");
    // Quoted by its title, not by its authors.
    assert!(
        found[0].message.contains("\"Distilled federated training"),
        "{}",
        found[0].message
    );
    // The same citation twice is one paper, not a shared link.
    let text = format!(
            "{CITATION_TABLE}| [Kato R, Mori T. Distilled federated training with unlabeled data. IEEE TNET, 2021](https://arxiv.org/abs/2008.01234) | Distillation | IEEE | 2021 |\n\
             | [Kato R, Mori T, Ueda K. Distilled federated training with unlabeled data. IEEE Transactions on Networking, 2021, 9(1)](https://arxiv.org/abs/2008.01234) | Distillation | IEEE | 2021 |\n"
        );
    assert!(check("shared-paper-link", &text).is_empty());
}

#[test]
fn names_the_row_whose_citation_names_another_arxiv_id() {
    let text = format!(
            "{CITATION_TABLE}| [Ross J, Li Q, Poor H V. Tackling drift in heterogeneous federated optimization. Advances in neural information processing systems, 2020, 33: 7611-7623](https://arxiv.org/abs/2007.01234) | Restriction | NIPS | 2020 |\n\
             | [Hanz F, Rich P. Federated learning of a mixture of global and local models. arXiv preprint arXiv:2002.05516, 2020](https://arxiv.org/abs/2007.01234) | Interpolation | arXiv | 2020 |\n"
        );
    assert_blames_one_row(&text, "its own citation names arXiv:2002.05516");
    assert_eq!(lines("shared-paper-link", &text), [6]);
    // A citation naming the very id it links is no evidence.
    let text = text.replace("arXiv:2002.05516", "arXiv:2007.01234");
    let found = check("shared-paper-link", &text);
    assert!(
        !found[0].message.contains("citation names"),
        "{}",
        found[0].message
    );
}

#[test]
fn names_the_row_whose_title_the_list_gives_another_link() {
    // The first copy of a paper has its own link; a cross-listed copy
    // later carries its neighbour's.
    let text = format!(
            "{PAPER_TABLE}| Zero-shot transfer of distilled knowledge to small devices | TMC 2021 | [arXiv](https://arxiv.org/abs/2109.03775) | - |\n\
             | Semi-supervised federated learning with non-iid private data | TMC 2021 | [arXiv](https://arxiv.org/abs/2008.06180) | - |\n\n\
             ## More\n\n| Title | Venue | Paper | Code |\n|---|---|---|---|\n\
             | Zero-shot transfer of distilled knowledge to small devices | TMC 2021 | [arXiv](https://arxiv.org/abs/2008.06180) | - |\n"
        );
    let found = check("shared-paper-link", &text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0]
            .message
            .contains("line 5 lists this row's title with arXiv 2109.03775"),
        "{}",
        found[0].message
    );
    assert_eq!(lines("shared-paper-link", &text), [12]);
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

#[test]
fn names_the_row_whose_date_is_not_the_arxiv_papers_month() {
    // Shaped like an LLM-inference list dated by arXiv month: the
    // December row carries the July paper's link.
    let table = "| Date | Title | Paper |\n|---|---|---|\n";
    let rows = [
            "|2024.05|[**Tensor Product**] Acceleration of Tensor-Product Operations with Tensor Cores|[[pdf]](https://arxiv.org/pdf/2405.09621)|",
            "|2024.12|[**HADAKERN**] HADAKERN: Tensor Core Accelerated Hadamard Transform Kernel|[[pdf]](https://arxiv.org/pdf/2405.09621)|",
            "|2024.03|[**A**] A First Kernel for Sparse Attention|[[pdf]](https://arxiv.org/pdf/2403.01111)|",
            "|2024.04|[**B**] A Second Kernel for Sparse Attention|[[pdf]](https://arxiv.org/pdf/2404.01111)|",
        ];
    let text = format!("# L\n\n## Kernels\n\n{table}{}\n", rows.join("\n"));
    assert_blames_one_row(&text, "2024-12 is not that paper's (2024-05)");
    assert_eq!(lines("shared-paper-link", &text), [8]);
    // When the table's dates are not the arXiv months, the dates say nothing.
    let text = text
        .replace("|2024.03|", "|2024.09|")
        .replace("|2024.04|", "|2024.10|");
    let found = check("shared-paper-link", &text);
    assert!(
        found[0].message.contains("one of the two links is wrong"),
        "{}",
        found[0].message
    );
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

/// WenhaoYuan337's materials list: `Name & Link | Models | ... | Date | Journal`.
fn models_table(rows: &[&str]) -> String {
    table_of(
        "| **Name & Link** | **Models** | **Material Types** | **Release Date** | **Journal** |\n|---|---|---|---|---|\n",
        rows,
    )
}

#[test]
fn models_of_one_paper_share_its_link() {
    // One benchmark paper, one row per model it trains: the rows agree on
    // date and venue.
    let text = models_table(&[
        "| [MT-GPT](https://arxiv.org/abs/2206.13578) | GPT | Inorganic | 2022.10 | *arXiv* |",
        "| [MT-GPT2](https://arxiv.org/abs/2206.13578) | GPT-2 | Inorganic | 2022.10 | *arXiv* |",
        "| [ChemRxnExtractor](https://pubs.acs.org/doi/10.1021/acs.jcim.1c00284) | BERT | Reactions | 2021.06 | *Journal of Chemical Information and Modeling* |",
        "| [ChemBERT](https://pubs.acs.org/doi/10.1021/acs.jcim.1c00284) | BERT | Reactions | 2021.06 | *Journal of Chemical Information and Modeling* |",
    ]);
    assert!(check("shared-paper-link", &text).is_empty());
    // A link copied to another model's row brings a date that disagrees.
    let text = models_table(&[
        "| [MT-GPT](https://arxiv.org/abs/2206.13578) | GPT | Inorganic | 2022.10 | *arXiv* |",
        "| [LLaMP](https://arxiv.org/abs/2206.13578) | GPT-4 | General | 2024.01 | *arXiv* |",
    ]);
    assert_eq!(lines("shared-paper-link", &text), [4]);
}

#[test]
fn unrelated_names_agreeing_on_venue_and_date_still_share_a_wrong_link() {
    // Neighbours of a list grouped by venue and year agree on both: a link
    // pasted onto the wrong one is still a wrong link.
    let text = models_table(&[
        "| [DiffPose](https://arxiv.org/abs/2211.16940) | Diffusion | Pose | 2023.06 | *CVPR* |",
        "| [PoseFormer](https://arxiv.org/abs/2211.16940) | Transformer | Pose | 2023.06 | *CVPR* |",
    ]);
    assert_eq!(lines("shared-paper-link", &text), [4]);
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
fn one_name_with_and_without_its_version_shares_its_paper() {
    // CLUEbenchmark/CLUEDatasetSearch: `SQuAD` under QA, `SQuAD1.0` under
    // reading comprehension, both on the dataset's paper; no dates.
    let header = "| Title | Provider | Paper |\n|---|---|---|\n";
    let text = format!(
        "## QA\n\n{header}| [SQuAD](https://rajpurkar.github.io/SQuAD-explorer/) | Stanford | [paper](https://arxiv.org/abs/1606.05250) |\n\n\
         ## Reading comprehension\n\n{header}| [SQuAD1.0](https://github.com/rajpurkar/SQuAD-explorer) | Stanford | [paper](https://arxiv.org/abs/1606.05250) |\n"
    );
    assert!(lines("shared-paper-link", &text).is_empty());
    let other = text.replace("[SQuAD1.0]", "[CoQA]");
    assert_eq!(lines("shared-paper-link", &other).len(), 1);
    // A version that appeared elsewhere and later is another paper.
    let table = "| Title | Venue | Year |\n|---|---|---|\n\
        | [YOLO](https://arxiv.org/abs/1506.02640) | CVPR | 2016 |\n\
        | [YOLOv3](https://arxiv.org/abs/1506.02640) | arXiv | 2018 |\n";
    assert_eq!(lines("shared-paper-link", table), [4]);
}

#[test]
fn a_tool_titled_by_its_repository_cites_the_paper_that_presents_it() {
    // ghimiredhikura/Awasome-Pruning: DepGraph among the papers, and the
    // Torch-Pruning library in the toolbox table, both on arXiv 2301.12900
    // and the VainF/Torch-Pruning repository.
    let text = "## Papers\n\n| Venue | Title | Code |\n|---|---|---|\n\
        | CVPR | [DepGraph: Towards Any Structural Pruning](https://arxiv.org/abs/2301.12900) | [PyTorch](https://github.com/VainF/Torch-Pruning) |\n\n\
        ## Toolbox\n\n| Year | Title | Code |\n|---|---|---|\n\
        | 2023 | **[Torch-Pruning](https://arxiv.org/abs/2301.12900)** | [PyTorch](https://github.com/VainF/Torch-Pruning) |\n";
    assert!(lines("shared-paper-link", text).is_empty());
    // A title that is not the repository's name: one link is wrong.
    let other = text.replace(
        "[Torch-Pruning]",
        "[Pruning Filters for Efficient ConvNets]",
    );
    assert_eq!(lines("shared-paper-link", &other).len(), 1);
    // Another repository on the tool's row: no evidence they are one work.
    let other = text.replace(
        "**[Torch-Pruning](https://arxiv.org/abs/2301.12900)** | [PyTorch](https://github.com/VainF/Torch-Pruning)",
        "**[Torch-Pruning](https://arxiv.org/abs/2301.12900)** | [PyTorch](https://github.com/other/Torch-Pruning-fork)",
    );
    assert_eq!(lines("shared-paper-link", &other).len(), 1);
}

#[test]
fn titles_in_a_method_column_beside_generic_paper_links_tell_two_papers_apart() {
    // lwj345's `Year | Level | Method | Paper | Code`: the titles under
    // Method, each Paper cell `[Paper](...)`. Two titles on one link are
    // one wrong link, not one paper with two years.
    let header = "| Year | Level | Method | Paper | Code |\n|---|---|---|---|---|\n";
    let text = format!(
        "{header}| 2022 | Graph-level | Poster: Clean-label Backdoor Attack on Graph Neural Networks | [Paper](https://www.sciencedirect.com/science/article/abs/pii/S0031320324002000) | No code |\n\
         | 2024 | Node-level | Multi-target label backdoor attacks on graph neural networks | [Paper](https://www.sciencedirect.com/science/article/abs/pii/S0031320324002000) | No code |\n"
    );
    let found = check("shared-paper-link", &text);
    assert_eq!(found.len(), 1);
    assert!(
        found[0].message.contains("\"Poster: Clean-label"),
        "{}",
        found[0].message
    );
    assert!(lines("conflicting-duplicate", &text).is_empty());
    // One coined name, its subtitle written two ways: one paper.
    let text = format!(
        "{header}| 2026 | Planning | MedOpenClaw: Auditable VLM Agent for 3D Slicer Clinical Operations | [Paper](https://arxiv.org/abs/2603.24649) | - |\n\
         | 2026 | Radiology | MedOpenClaw / MedFlowBench: Auditing Medical Imaging Workflow Agents | [Paper](https://arxiv.org/abs/2603.24649) | - |\n"
    );
    assert!(lines("shared-paper-link", &text).is_empty());
}

/// riverback/Awesome-Concept-Bottleneck-Models: papers by method name in a
/// topic table, and by title in a table of the year, on one link.
fn named_then_titled(name_row: &str, title_row: &str) -> String {
    let topic = "| Method | Publication | Concept Representation | Code |\n|---|---|---|---|\n\
        | [Concept Embedding Models (CEMs)](https://arxiv.org/abs/2209.09056) | NeurIPS 2022 | embeddings | - |\n\
        | [Probabilistic Concept Bottleneck Models (PCBMs)](https://arxiv.org/abs/2306.01574) | ICML 2023 | distributions | - |\n\
        | [Energy-based Concept Bottleneck Models (ECBMs)](https://arxiv.org/abs/2401.14142) | ICLR 2024 | energy | - |\n";
    format!(
        "# CBMs\n\n## By focus\n\n{topic}{name_row}\n\n## By year\n\n### 2024\n\n| Venue | Title | Code |\n|---|---|---|\n\
         {title_row}\n| ICLR | [Energy-based Concept Bottleneck Models](https://arxiv.org/abs/2401.14142) | - |\n"
    )
}

#[test]
fn a_method_name_and_its_papers_title_in_another_section_are_one_paper() {
    let title = "| Arxiv | [Concept Complement Bottleneck Model for Interpretable Medical Image Diagnosis](https://arxiv.org/abs/2410.15446) | - |";
    // The name's capitals are the title's initials.
    let text = named_then_titled(
        "| [CCBM](https://arxiv.org/abs/2410.15446) | Arxiv 2024 | heatmaps | - |",
        title,
    );
    assert!(check("shared-paper-link", &text).is_empty());
    // Its words are the title's.
    let words =
        "| [Logic-enhanced CBMs](https://arxiv.org/abs/2410.15446) | Arxiv 2024 | heatmaps | - |";
    let logic = "| Arxiv | [Enhancing concept-based learning with logic](https://arxiv.org/abs/2410.15446) | - |";
    assert!(check("shared-paper-link", &named_then_titled(words, logic)).is_empty());
    // One code repository in both rows.
    let code = "[Code](https://github.com/yshinya6/xbm)";
    let xbm =
        format!("| [XBMs](https://arxiv.org/abs/2410.15446) | Arxiv 2024 | heatmaps | {code} |");
    let titled = format!(
        "| Arxiv | [Explanation Bottleneck Models](https://arxiv.org/abs/2410.15446) | {code} |"
    );
    assert!(check("shared-paper-link", &named_then_titled(&xbm, &titled)).is_empty());
}

#[test]
fn a_method_name_without_backing_or_of_another_venue_is_still_reported() {
    let title = "| Arxiv | [Concept Complement Bottleneck Model for Interpretable Medical Image Diagnosis](https://arxiv.org/abs/2410.15446) | - |";
    // A name that neither spells out the title nor shares its code.
    let other = named_then_titled(
        "| [XBMs](https://arxiv.org/abs/2410.15446) | Arxiv 2024 | heatmaps | - |",
        title,
    );
    assert_eq!(check("shared-paper-link", &other).len(), 1);
    // Three capitals match too many titles by chance.
    let sam = named_then_titled("| [SAM](https://arxiv.org/abs/2410.15446) | Arxiv 2024 | heatmaps | - |", "| Arxiv | [Scaling Autoregressive Multi-Modal Models: Pretraining and Instruction Tuning](https://arxiv.org/abs/2410.15446) | - |");
    assert_eq!(check("shared-paper-link", &sam).len(), 1);
    // Backed by the initials, but at another venue.
    let elsewhere = named_then_titled(
        "| [CCBM](https://arxiv.org/abs/2410.15446) | MICCAI 2024 | heatmaps | - |",
        &title.replace("| Arxiv |", "| TMI |"),
    );
    assert_eq!(check("shared-paper-link", &elsewhere).len(), 1);
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

#[test]
fn a_row_titled_by_the_name_another_row_gives_its_paper_is_that_paper() {
    // isLinXu/awesome-native-multimodal-models: a highlights table titles
    // its rows by the model; the tokenizer table names it under Method.
    let text = "## Tokenizers\n\n| Date | Method | Title | arXiv | Code |\n|---|---|---|---|---|\n\
        | 2025/03 | **FlowMo** | Flow to the Mode: Mode-Seeking Diffusion Autoencoders | [arXiv:2503.11056](https://arxiv.org/abs/2503.11056) | - |\n\
        | 2024/06 | **TiTok** | An Image is Worth 32 Tokens for Reconstruction | [arXiv:2406.07550](https://arxiv.org/abs/2406.07550) | - |\n\n\
        ## Highlights\n\n| Quarter | Model | Why Notable | Links |\n|---|---|---|---|\n\
        | **2025 Q2** | **FlowMo** | Mode-seeking diffusion autoencoder | [arXiv](https://arxiv.org/abs/2503.11056) |\n";
    assert!(check("shared-paper-link", text).is_empty());
    // Another model's name on that link is still reported.
    let other = text.replace(
        "| **2025 Q2** | **FlowMo** |",
        "| **2025 Q2** | **TiTok** |",
    );
    assert_eq!(lines("shared-paper-link", &other), [12]);
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
