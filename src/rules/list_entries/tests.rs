//! Tests of the list-item reader: which items name a paper, by which
//! title and link, and where one run of items ends.

use super::{list_entries, ListEntry};
use crate::knowledge::Knowledge;

fn entries(text: &str) -> Vec<ListEntry> {
    let knowledge = Knowledge::builtin().expect("builtin knowledge");
    let document = crate::document::parse(text, &knowledge.columns);
    list_entries(&document, &knowledge)
}

pub(super) fn titles_and_runs(text: &str) -> Vec<(String, usize)> {
    entries(text)
        .into_iter()
        .map(|e| (e.title, e.run))
        .collect()
}

/// The run of each entry the text's items give, in order.
pub(super) fn runs_of(text: &str) -> Vec<usize> {
    entries(text).into_iter().map(|e| e.run).collect()
}

#[test]
fn a_title_is_a_long_link_text_or_bold_text() {
    let text = "## Papers\n\n\
        - [Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385), CVPR 2016\n\
        - **[NeurIPS'23]** Attention Is All You Need Again [[paper](https://arxiv.org/abs/1706.03762)]\n\
        - **Learning Transferable Visual Models** *Radford et al.* [[pdf](https://arxiv.org/abs/2103.00020)] [[code](https://github.com/openai/clip)]\n\
        - [DETR](https://arxiv.org/abs/2005.12872), ECCV 2020\n\
        - [![Stars of a repository](https://img.shields.io/x)](https://github.com/a/b) [End-to-End Object Detection with Transformers](https://arxiv.org/abs/2005.12872)\n";
    let found = entries(text);
    let titles: Vec<&str> = found.iter().map(|e| e.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "Deep Residual Learning for Image Recognition",
            "Learning Transferable Visual Models",
            "End-to-End Object Detection with Transformers",
        ]
    );
    // Bold text names the paper; its link is the item's first paper link.
    let clip = &found[1];
    assert_eq!(
        clip.paper_link.as_ref().map(|l| l.url.as_str()),
        Some("https://arxiv.org/abs/2103.00020")
    );
    assert_eq!(
        &text[clip.title_span.start..clip.title_span.end],
        "**Learning Transferable Visual Models**"
    );
    // A link's text names the paper it links, past a badge.
    assert_eq!(
        found[2].paper_link.as_ref().map(|l| l.url.as_str()),
        Some("https://arxiv.org/abs/2005.12872")
    );
}

#[test]
fn an_item_without_a_link_or_with_only_an_anchor_names_no_paper() {
    let text = "- **A Survey of Things We Know**\n\
        - [Vision Language Action Models](#vision-language-action-models)\n\
        - [A Survey of Things We Know](https://arxiv.org/abs/2101.00001)\n";
    assert_eq!(
        titles_and_runs(text),
        [("A Survey of Things We Know".to_string(), 2)]
    );
}

#[test]
fn headings_paragraphs_categories_and_shallower_items_end_a_run() {
    let item =
        |n: u32| format!("- [Paper number {n} of the list](https://arxiv.org/abs/2101.0000{n})\n");
    let text = format!(
        "## A\n\n{}\n{}\nSome words between.\n{}\
         - Detection\n  {}## B\n{}\
         - [Parent paper with its own title](https://arxiv.org/abs/2102.00001)\n  {}    - [code](https://github.com/a/b)\n  {}{}",
        item(1),
        item(2),
        item(3),
        item(4),
        item(5),
        item(6),
        item(7),
        item(8)
    );
    let runs = runs_of(&text);
    // 1 and 2 share a run across a blank line; the paragraph (3), the
    // category item (4) and the heading (5) each start a new one; nested
    // items (6, 7) share their parent's, and a nested item's code link
    // belongs to it; stepping back out (8) starts one.
    let first = runs[0];
    assert_eq!(
        runs,
        [
            first,
            first,
            first + 1,
            first + 2,
            first + 3,
            first + 3,
            first + 3,
            first + 3,
            first + 4
        ]
    );
}

#[test]
fn code_and_tables_are_not_read() {
    let text = "```\n- [Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385)\n```\n\n\
        | Title | Venue |\n|---|---|\n| [Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385) | CVPR 2016 |\n";
    assert!(entries(text).is_empty());
}

#[test]
fn continuation_lines_belong_to_their_item() {
    let text = "1. **Attention Is All You Need Again**\n   Vaswani et al.\n   [[paper](https://arxiv.org/abs/1706.03762)]\n2. **Another Paper Of The List**\n   [[paper](https://arxiv.org/abs/1706.03763)]\n";
    let found = entries(text);
    assert_eq!(found.len(), 2);
    assert_eq!(found[0].run, found[1].run);
    assert_eq!(
        found[0].paper_link.as_ref().map(|l| l.url.as_str()),
        Some("https://arxiv.org/abs/1706.03762")
    );
}

#[test]
fn a_quoted_title_after_its_authors_names_the_paper_it_links() {
    let text = "+ **DSN**: Christian Simon, Piotr Koniusz. \"Adaptive Subspaces for Few-Shot Learning.\" CVPR (2020). [[pdf]](https://openaccess.thecvf.com/content_CVPR_2020/papers/Simon_Adaptive_Subspaces_for_Few-Shot_Learning_CVPR_2020_paper.pdf)\n\
        + **Note**: as the authors say, \"we will release the code soon enough\". [[blog]](https://example.org/post)\n";
    let found = entries(text);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].title, "Adaptive Subspaces for Few-Shot Learning");
    assert!(found[0]
        .paper_link
        .as_ref()
        .is_some_and(|l| l.url.contains("Simon_Adaptive")));
}

#[test]
fn a_venue_written_into_the_link_text_is_no_part_of_the_title() {
    let text = "- [ExFuse: Enhancing Feature Fusion for Semantic Segmentation - ECCV - 2018](https://arxiv.org/abs/1804.03821)\n\
        - [Structure Aware Single-stage 3D Object Detection（CVPR2020)](https://arxiv.org/abs/2001.00001)\n\
        - [Learning Deep Features (ICLR 2021)](https://arxiv.org/abs/2001.00002)\n\
        - [YOLO Version Nine Thousand - 2017](https://arxiv.org/abs/2001.00003)\n";
    let titles: Vec<String> = entries(text).into_iter().map(|e| e.title).collect();
    assert_eq!(
        titles,
        [
            "ExFuse: Enhancing Feature Fusion for Semantic Segmentation",
            "Structure Aware Single-stage 3D Object Detection",
            // Cut, it would be no title of four words.
            "Learning Deep Features (ICLR 2021)",
            "YOLO Version Nine Thousand - 2017",
        ]
    );
}

#[test]
fn a_paragraph_indented_under_an_item_after_a_blank_line_is_the_items() {
    // Nietism: the title on the item's line, authors and links in an
    // indented paragraph below it.
    let text = "+ **Harnessing the Power of LLMs in Practice: A Survey.**\n\n    *Jingfeng Yang, Hongye Jin.* **arxiv, 2023.** [[pdf](https://arxiv.org/abs/2304.13712)]\n\n\
        + **GLM-130B: An Open Bilingual Pre-trained Model.**\n\n    *Aohan Zeng.* [[pdf](https://arxiv.org/abs/2210.02414)]\n\n\
        Not indented: a paragraph between items.\n\n\
        + **A Third Paper Of This List.**\n\n    [[pdf](https://arxiv.org/abs/2210.00001)]\n";
    let found = entries(text);
    let urls: Vec<&str> = found
        .iter()
        .filter_map(|e| e.paper_link.as_ref().map(|l| l.url.as_str()))
        .collect();
    assert_eq!(
        urls,
        [
            "https://arxiv.org/abs/2304.13712",
            "https://arxiv.org/abs/2210.02414",
            "https://arxiv.org/abs/2210.00001"
        ]
    );
    assert_eq!(found[0].run, found[1].run);
    assert_eq!(found[2].run, found[1].run + 1);
}

#[test]
fn an_item_linking_a_paper_under_a_short_name_does_not_end_a_run() {
    // Efficient-LLMs-Survey: `- [BERT](arxiv ...)` between titled items.
    let text = "- [A First Paper of the List Here](https://arxiv.org/abs/2101.00001)\n\
        - [BERT](https://arxiv.org/abs/1810.04805)\n\
        - [A Second Paper of the List Here](https://arxiv.org/abs/2101.00002)\n\
        - [Code only](https://github.com/a/b)\n\
        - [A Third Paper of the List Here](https://arxiv.org/abs/2101.00003)\n";
    let runs = runs_of(text);
    assert_eq!(runs, [runs[0], runs[0], runs[0] + 1]);
}

#[test]
fn a_link_label_is_no_title_and_an_html_block_ends_an_item() {
    let text = "- **ResNet-50** (CVPR 2016): [Read the original paper](https://arxiv.org/abs/1512.03385)\n\
        - [Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385) CVPR 2016\n\
        <details><summary>Abstract</summary>\n\
        We beat the ECCV 2014 baselines.\n\
        </details>\n";
    let found = entries(text);
    assert_eq!(found.len(), 1);
    assert_eq!(
        found[0].title,
        "Deep Residual Learning for Image Recognition"
    );
    assert!(!text[found[0].span.start..found[0].span.end].contains("details"));
}

#[test]
fn a_plain_leading_title_is_read_when_the_list_writes_three_or_more() {
    let item = |title: &str, id: u32| {
        format!("- {title}  \n  [2024] :star:[paper](https://ieeexplore.ieee.org/document/{id}) :sunny:[code](https://github.com/a/b)\n")
    };
    let text = [
        item("Ada-Tracker: Soft Tissue Tracking via Matching", 10611030),
        item("Surgical Tattoos in Infrared: A Dataset", 10458702),
        item(
            "Evaluating Unsupervised Optical Flow for Keypoints",
            10555430,
        ),
    ]
    .concat();
    let found = entries(&text);
    assert_eq!(found.len(), 3);
    assert!(found.iter().all(|e| e.in_plain_text));
    assert_eq!(
        &text[found[1].title_span.start..found[1].title_span.end],
        "Surgical Tattoos in Infrared: A Dataset"
    );
    // Without a paper link, or with only two such items, nothing is read.
    let unlinked = text.replace("ieeexplore.ieee.org/document", "example.com/post");
    assert!(entries(&unlinked).is_empty());
    let two: String = text.lines().take(4).map(|l| format!("{l}\n")).collect();
    assert!(entries(&two).is_empty());
}

#[test]
fn a_plain_title_whose_paper_link_is_to_come_keeps_its_place_in_the_run() {
    // greatzh/Papers: `[![paper](badge)]()` between two copies of a paper.
    let item = |title: &str, link: &str| format!("- [ ] {title} {link}\n");
    let badge = "[![paper](https://img.shields.io/badge/MM_'25-dc3545)]()";
    let text = [
        item(
            "Revisiting Tampered Scene Text Detection",
            "[![paper](https://img.shields.io/badge/ICCV-1)](https://arxiv.org/abs/2407.21422)",
        ),
        item("Towards Generalized Physical Occlusion Detection", badge),
        item(
            "Sonar Visual Inertial SLAM of Underwater Structures",
            "[[Paper]()]",
        ),
        item(
            "Generalized Tampered Scene Text Detection",
            "[![paper](https://img.shields.io/badge/arXiv-2)](https://arxiv.org/abs/2407.21422)",
        ),
    ]
    .concat();
    let found = entries(&text);
    let runs: Vec<usize> = found.iter().map(|e| e.run).collect();
    assert_eq!(runs.len(), 4);
    assert!(runs.iter().all(|&run| run == runs[0]), "{runs:?}");
    assert!(found[1].paper_link.is_none() && found[2].paper_link.is_none());
    // An empty link whose text names something else is no paper's.
    let other = text.replace("[[Paper]()]", "[[Slides of the talk given]()]");
    assert_eq!(entries(&other).len(), 3);
}

#[test]
fn an_html_anchor_is_an_items_link() {
    // IcyFeather233's agent list: plain titles, links as badge anchors.
    let item = |title: &str, id: &str| {
        format!("- {title} <a href=\"https://arxiv.org/abs/{id}\" target=\"_blank\"><img src=\"https://img.shields.io/badge/arXiv_2025-red\" alt=\"arXiv 2025 Badge\"></a>\n")
    };
    let text = [
        item("Scope Delineation Before Localization (SDBL)", "2512.15374"),
        item(
            "CORRECT: Condensed Error Recognition via Transfer",
            "2509.24088",
        ),
        item(
            "SCOPE: Prompt Evolution for Enhancing Agent Effectiveness",
            "2512.15374",
        ),
    ]
    .concat();
    let found = entries(&text);
    let titles: Vec<&str> = found.iter().map(|e| e.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            // The name a title gives itself is the title's.
            "Scope Delineation Before Localization (SDBL)",
            "CORRECT: Condensed Error Recognition via Transfer",
            "SCOPE: Prompt Evolution for Enhancing Agent Effectiveness"
        ]
    );
    let link = found[2]
        .paper_link
        .as_ref()
        .expect("the anchor is the paper link");
    assert_eq!(link.url, "https://arxiv.org/abs/2512.15374");
    assert_eq!(link.text, "arXiv 2025 Badge");
    assert!(text[link.span.start..link.span.end].starts_with("<a href="));
    assert!(text[link.span.start..link.span.end].ends_with("</a>"));
    // In a comment, an anchor is no link.
    let commented = format!("<!--\n{text}-->\n");
    assert!(entries(&commented).is_empty());
}

#[test]
fn a_news_item_on_the_authors_own_paper_names_no_entry() {
    let news = "- **`2024-05` Our paper [Knowledgeable Preference Alignment for LLMs in Domain-specific Question Answering](https://arxiv.org/abs/2311.06503) has been accepted by ACL 2024.**\n";
    assert!(entries(news).is_empty());
    let we = "- 2024-02 We release [Knowledge Graphs Meet Multi-Modal Learning: A Survey](http://arxiv.org/abs/2402.05391)\n";
    assert!(entries(we).is_empty());
    let quoted = "- 2024-05: Our paper \"Knowledgeable Preference Alignment for LLMs in Domain-specific Question Answering\" has been accepted by ACL 2024. [[paper](https://arxiv.org/abs/2311.06503)]\n";
    assert!(entries(quoted).is_empty());
    // A dated line on what became of a paper (983632847's Highlights).
    let became = "- 2025.04.28: The Paper of UW-COT220 & VL-SAM2 was Accepted by CVPR 2025 Workshop ([arXiv](https://arxiv.org/abs/2409.16902))\n";
    assert!(entries(became).is_empty());
    // A listed paper with a short label before it is still an entry.
    let listed = "- **`2024-05`** [Knowledgeable Preference Alignment for LLMs in Domain-specific Question Answering](https://arxiv.org/abs/2311.06503)\n";
    assert_eq!(entries(listed).len(), 1);
}

#[test]
fn a_title_after_a_link_labelled_with_its_venue_is_read() {
    let text = "- \\[[arxiv](https://arxiv.org/abs/2402.16568)\\] Two-stage Generative Question Answering on Temporal Knowledge Graph. `2024.02`\n\
- \\[[ACL 2024 findings](https://arxiv.org/abs/2402.11199)\\] Direct Evaluation of Chain-of-Thought in Multi-hop Reasoning. `2024.06`\n\
- \\[[arxiv](https://arxiv.org/abs/2406.03746)\\] Efficient Knowledge Infusion via KG-LLM Alignment. `2024.06`\n";
    let found = entries(text);
    assert_eq!(found.len(), 3);
    assert_eq!(
        found[0].title,
        "Two-stage Generative Question Answering on Temporal Knowledge Graph"
    );
    assert!(found[1]
        .paper_link
        .as_ref()
        .is_some_and(|l| l.url.ends_with("2402.11199")));
}

#[test]
fn a_title_after_its_venue_in_parentheses_is_read() {
    // mingli-ai's recommendation list: `- (VENUE YEAR) Title [[paper](...)]`.
    let text = "- (2021) SimpleX: A Simple and Strong Baseline for Collaborative Filtering [[paper](https://arxiv.org/abs/2109.12613)]\n\
- (ICLR 2020) Inductive Matrix Completion Based on Graph Neural Networks. [[paper](https://openreview.net/pdf?id=ByxxgCEYDS)]\n\
- (Elsevier 2020) Graph Attention Networks for Multimodal Recommendation [[paper](https://arxiv.org/abs/2001.00001)]\n";
    let found = entries(text);
    let titles: Vec<&str> = found.iter().map(|e| e.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "SimpleX: A Simple and Strong Baseline for Collaborative Filtering",
            "Inductive Matrix Completion Based on Graph Neural Networks",
            "Graph Attention Networks for Multimodal Recommendation"
        ]
    );
    // zhijing-jin's CausalNLP list: a dated tag of many words before a
    // bold title is where and when.
    let text = "11. (2015 Journal of the Royal Statistical Society) **Causal inference using invariant prediction: identification and confidence intervals.**\n    _Jonas Peters_. [[pdf](https://arxiv.org/pdf/1501.01332.pdf)]\n";
    let found = entries(text);
    assert_eq!(found.len(), 1, "{text}");
    assert!(found[0]
        .title
        .starts_with("Causal inference using invariant"));
    // XiaoxinHe's Awesome-Graph-LLM puts the tag in italics; emphasis
    // around the parentheses is read alike, and must close.
    let text = "- (*ICLR'25*) How Do Large Language Models Understand Graph Patterns? [[paper](https://arxiv.org/abs/2410.05298v1)]\n\
- *(CIKM'24)* Distilling Large Language Models for Text-Attributed Graph Learning [[paper](https://arxiv.org/abs/2402.12022)]\n\
- **(arXiv 2024.02)** Towards Versatile Graph Learning Approach [[paper](https://arxiv.org/abs/2402.11641)]\n\
- *(2021) SimpleX: A Simple and Strong Baseline* [[paper](https://arxiv.org/abs/2109.12613)]\n";
    let found = entries(text);
    let titles: Vec<&str> = found.iter().map(|e| e.title.as_str()).collect();
    assert_eq!(
        titles[..3],
        [
            "How Do Large Language Models Understand Graph Patterns?",
            "Distilling Large Language Models for Text-Attributed Graph Learning",
            "Towards Versatile Graph Learning Approach"
        ]
    );
    assert!(
        !titles[3..].iter().any(|t| t.starts_with("SimpleX")),
        "{titles:?}"
    );
    // Words in parentheses that are no venue tag begin no title.
    let aside = "- (see also the survey below) Graph Attention Networks for Recommendation [[paper](https://arxiv.org/abs/2001.00001)]\n".repeat(3);
    assert!(entries(&aside).is_empty());
}

#[test]
fn nested_items_that_name_no_paper_are_the_items_own_lines() {
    let item = |title: &str, id: &str| {
        format!("- **{title} (Arxiv 2019)**\n  - Ting Chen, Song Bian, Yizhou Sun\n  - [[Paper]](https://arxiv.org/abs/{id})\n  - [[Python Reference]](https://github.com/a/b)\n  \n")
    };
    let text = format!(
        "{}{}",
        item(
            "Are Powerful Graph Neural Nets Necessary? A Dissection",
            "1905.04579"
        ),
        item(
            "Universal Self-Attention Network for Graph Classification",
            "1909.11855"
        )
    );
    let found = entries(&text);
    assert_eq!(found.len(), 2);
    assert!(found[1]
        .paper_link
        .as_ref()
        .is_some_and(|l| l.url.ends_with("1909.11855")));
    // Nested items that link a paper under a name are papers of their
    // own, filed under a category or cited by their parent.
    let category = "- **Weight Sharing Search Methods**\n  - [ENAS](https://arxiv.org/abs/1802.03268)\n  - [DARTS](https://arxiv.org/abs/1806.09055)\n";
    assert!(entries(category).is_empty());
    let named =
        "- Image Classification on ImageNet\n  - ResNet [pdf](https://arxiv.org/abs/1512.03385)\n";
    assert!(entries(named).is_empty());
    let cited = "- **Towards Robust Differentiable Search Under Noise** [code](https://github.com/a/b)\n  - builds on [DARTS](https://arxiv.org/abs/1806.09055)\n";
    assert!(entries(cited).iter().all(|e| e.paper_link.is_none()));
    // A numbered nested label is a label too.
    let numbered = "- **Universal Self-Attention Network for Graph Classification**\n   1. [[Paper]](https://arxiv.org/abs/1909.11855)\n";
    assert_eq!(entries(numbered).len(), 1);
    // A nested item that names a paper of its own stays an entry.
    let nested = "- **Graph Classification Methods**\n  - [Universal Self-Attention Network for Graph Classification](https://arxiv.org/abs/1909.11855)\n";
    assert_eq!(titles_and_runs(nested).len(), 1);
}

#[test]
fn a_title_after_its_cited_authors_is_read() {
    let text = "- Zhu, Zhengbang, et al. [\"MADiff: Offline Multi-agent Learning with Diffusion Models.\"](https://arxiv.org/pdf/2305.17330) arXiv preprint (2023).\n\
- A. Smith, B. van der Berg, and C. Lee, [Learning Dexterous Manipulation from Video](https://arxiv.org/abs/2301.00001)\n";
    let found = entries(text);
    assert_eq!(found.len(), 2);
    assert_eq!(
        found[0].title,
        "MADiff: Offline Multi-agent Learning with Diffusion Models"
    );
    // APA's year in parentheses after the names (Oceananigans' references).
    let apa = "1. Silvestri, S., Wagner, G. L., and Ferrari, R. (2024). [A new WENO-based momentum advection scheme](https://doi.org/10.1029/2023MS004130), _JAMES_.\n";
    assert_eq!(entries(apa).len(), 1);
    // Capitalised words of a label or a sentence are no authors.
    let label =
        "- Code, Slides, Video For [Reformer: The Efficient Transformer](https://github.com/a/b)\n";
    assert!(entries(label).is_empty());
    let follow_up = "- Follow-Up By Chen, Liu, And Zhou To [Linformer: Self-Attention with Linear Complexity](https://arxiv.org/abs/2006.04768)\n";
    assert!(entries(follow_up).is_empty());
    // A sentence citing the title is no listing of it.
    let sentence = "- As shown by Smith et al. [Learning Dexterous Manipulation from Video](https://arxiv.org/abs/2301.00001)\n";
    assert!(entries(sentence).is_empty());
}

#[test]
fn a_short_bold_title_is_read_in_a_list_of_bold_titles() {
    // ryanzhumich's contrastive-learning list: `1. **Title** *Authors*
    // `VENUE` [[pdf]](...)`, one title of three words among long ones.
    let item = |title: &str, id: &str| {
        format!("1. **{title}** *A. Author, B. Author* `ICLR 2021` [[pdf]](https://arxiv.org/abs/{id})\n\n")
    };
    let mut text: String = (0..10)
        .map(|n| {
            item(
                &format!("A Long Title Of Paper Number {n}"),
                &format!("2101.0{n}001"),
            )
        })
        .collect();
    text.push_str(&item("Contrastive Multiview Coding", "1906.05849"));
    let titles =
        |text: &str| -> Vec<String> { entries(text).into_iter().map(|e| e.title).collect() };
    assert!(titles(&text).contains(&"Contrastive Multiview Coding".to_string()));
    // Too few bold titles to be the list's habit: a short bold text may be
    // a name or a category.
    let few: String = text.split_inclusive("\n\n").skip(8).collect();
    assert_eq!(titles(&few).len(), 2, "{few}");
    // A name with its title after a colon or an aside, one word, a link
    // label or a term defined is no title.
    for short in [
        "**Multiview Coding**: the paper",
        "**CMC**",
        "**Paper Link**",
        "**Vision Transformer** (ViT)",
        "**rotatable bond.** *Type:* Type.",
    ] {
        let other = text.replace("**Contrastive Multiview Coding**", short);
        assert_eq!(titles(&other).len(), 10, "{short}");
    }
}

#[test]
fn papers_without_links_are_read_in_a_list_that_cites_so() {
    // largeapp's brain-imaging list: `1. **Title**` and its authors and
    // year one level down, no link anywhere.
    let item =
        |title: &str, authors: &str| format!("1. **{title}**\n   - *{authors}*  2018.\n   \n");
    let mut text: String = (0..5)
        .map(|n| {
            item(
                &format!("Deep Learning Of Brain Networks Number {n}"),
                "Yiyu Chou, et al.",
            )
        })
        .collect();
    text.push_str(&item(
        "Learning Neural Markers of Schizophrenia Disorder",
        "Saman Sarraf, Ghassem Tofighi",
    ));
    let found = entries(&text);
    assert_eq!(found.len(), 6);
    assert!(found
        .iter()
        .all(|e| e.paper_link.is_none() && e.run == found[0].run));
    // Fewer than five: bold lines may be categories.
    let few: String = text.split_inclusive("   \n").skip(2).collect();
    assert!(entries(&few).is_empty(), "{few}");
    // A bold line with no authors or year is a category, even among papers.
    let category = format!("{text}1. **Graph Neural Networks For Brain Imaging**\n");
    assert_eq!(entries(&category).len(), 6);
}

#[test]
fn papers_without_links_may_name_their_authors_in_full() {
    // Yangyi-Chen's PaperList-Trustworthy-Applications: `- **Title;**
    // Authors; note`, the authors in full, one alone, or `Anonymous` while
    // under review; a short bold title with its authors is a paper too.
    let papers = [
        "- **Selecting Informative Contexts Improves Fine-tuning;** Richard Antonello et al\n",
        "- **An Empirical Study of Memorization in NLP;** Xiaosen Zheng, Jing Jiang\n",
        "- **Does Learning Require Memorization? A Short Tale;** Vitaly Feldman\n",
        "- **BERT on a Data Diet: Finding Important Examples;** Anonymous\n",
        "- **What Will It Take to Fix Benchmarking;** Samuel R. Bowman, George E. Dahl; Discuss it.\n",
        "- **DATASET DISTILLATION;** Tongzhou Wang et al\n",
        "- **Understanding Dataset Difficulty with Usable Information;** Kawin Ethayarajh et al\n",
        "- **Memorization Without Overfitting in Large Models;** Kushal Tirumala et al\n",
        "- **Data Contamination: From Memorization to Exploitation; (Memorization)** Inbal Magar, Roy Schwartz; Study it.\n",
    ];
    let text = format!("## Training Data\n\n{}", papers.concat());
    let found = entries(&text);
    assert_eq!(found.len(), 8);
    assert!(found.iter().all(|e| e.run == found[0].run));
    // A bold line with a note in words after it is a category.
    for category in [
        "- **Robustness of Language Models to Noise** related work on noise\n",
        "- **Data Poisoning Attacks and Defences;** Tools, Datasets\n",
        "- **Popular Open Source Training Frameworks**: PyTorch Lightning, Hugging Face Accelerate\n",
        "- **Large Language Models for Code** Survey Papers\n",
    ] {
        let text = format!(
            "## Training Data\n\n{}{category}{}",
            papers[..3].concat(),
            papers[6..8].concat()
        );
        let found = entries(&text);
        assert_eq!(found.len(), 5, "{category}");
        assert_ne!(found[0].run, found[4].run, "{category}");
    }
}

#[test]
fn a_resources_label_names_no_paper() {
    use super::title_words::is_resource_label;
    for label in [
        "PDF",
        "TensorFlow code (only for testing)",
        "Synthetic Dataset(Baidu Drive password: os9v)",
        "No released code",
        "Github with no code release",
        "Projet",
    ] {
        assert!(is_resource_label(label), "{label}");
    }
    for title in [
        "Video Swin Transformer",
        "No More Pesky Learning Rates",
        "Evaluating Large Language Models Trained on Code",
        "Projcet",
        "ENAS",
    ] {
        assert!(!is_resource_label(title), "{title}");
    }
}

#[test]
fn a_long_bold_name_before_a_quoted_title_labels_it() {
    // jrin771/Everything-LLMs-And-Robotics names each paper in bold, then
    // quotes its title.
    let text = "* **Robots Acquire Skills With VLMs**: \"Robotic Skill Acquisition via Instruction Augmentation with Vision-Language Models\" arXiv, Nov 2022. [[Paper](https://arxiv.org/abs/2211.11736)]\n";
    assert_eq!(
        titles_and_runs(text),
        [(
            "Robotic Skill Acquisition via Instruction Augmentation with Vision-Language Models"
                .to_string(),
            0
        )]
    );
    // A bold title with no quoted one after its colon stays the title.
    let bold = "* **Robotic Skill Acquisition via Instruction Augmentation**: arXiv, Nov 2022. [[Paper](https://arxiv.org/abs/2211.11736)]\n";
    assert_eq!(
        titles_and_runs(bold)[0].0,
        "Robotic Skill Acquisition via Instruction Augmentation"
    );
    // Nor a title in italics (singhaman1750/Legged-Robots' actuators).
    let italic = "1. **MIT Mini Cheetah Actuator**: *Mini Cheetah: A Platform for Pushing the Limits of Dynamic Quadruped Control* [[Paper](https://ieeexplore.ieee.org/document/8793865)]\n";
    assert_eq!(
        titles_and_runs(italic)[0].0,
        "Mini Cheetah: A Platform for Pushing the Limits of Dynamic Quadruped Control"
    );
    // Italics no longer than the bold title are a note on it.
    let note = "1. **Rapid Motor Adaptation for Legged Robots**: *Proceedings of Robotics: Science and Systems* [[Paper](https://arxiv.org/abs/2107.04034)]\n";
    assert_eq!(
        titles_and_runs(note)[0].0,
        "Rapid Motor Adaptation for Legged Robots"
    );
}

#[test]
fn a_year_and_venue_prefix_is_no_part_of_a_plain_title() {
    // ChaofanTao/autonomous_driving_papers opens each title so.
    let text = "- **3D Object Detection**\n    - 19-ICCV-Deep HoughVoting for 3D Object Detection in Point Clouds, [[pdf]](https://arxiv.org/abs/1904.09664)\n    - 19-ICCV-Joint Monocular 3D Vehicle Detection and Tracking, [[pdf]](https://arxiv.org/abs/1811.10742)\n    - 19-ICCV-oral-Deep Hough Voting for 3D Object Detection in Point Clouds, [[pdf]](https://arxiv.org/abs/1904.09664)\n";
    let titles: Vec<String> = titles_and_runs(text).into_iter().map(|(t, _)| t).collect();
    assert_eq!(
        titles,
        [
            "Deep HoughVoting for 3D Object Detection in Point Clouds",
            "Joint Monocular 3D Vehicle Detection and Tracking",
            "Deep Hough Voting for 3D Object Detection in Point Clouds"
        ]
    );
}

#[test]
fn an_item_titled_in_chinese_is_no_category_and_ends_no_run() {
    // Round 65, patrick-llgc/Learning-Deep-Learning: a linked Chinese title
    // among the TODO papers (under four words by spaces) had cut the run,
    // hiding the copies after it.
    let text = "## TODO\n\n\
        - [K-Lane: Lidar Lane Dataset and Benchmark](https://arxiv.org/abs/2110.11048)\n\
        - [数据闭环的核心 - Auto-labeling 方案分享](https://zhuanlan.zhihu.com/p/1)\n\
        - [K-Lane: Lidar Lane Dataset and Benchmark](https://arxiv.org/abs/2110.11048)\n\
        - [短标题](https://zhuanlan.zhihu.com/p/2)\n\
        - [SurroundDepth: Entangling Surrounding Views](https://arxiv.org/abs/2204.03636)\n";
    let found = titles_and_runs(text);
    // The Chinese title is not read as a paper's.
    assert_eq!(found.len(), 3, "{found:?}");
    assert_eq!(found[0].1, found[1].1, "{found:?}");
    // A short Chinese label still ends the run, as any category item does.
    assert_ne!(found[1].1, found[2].1, "{found:?}");
}

/// `n` paragraphs, each naming a paper as ycjing's style-transfer list does.
fn paper_paragraphs(from: u32, n: u32) -> String {
    (from..from + n)
        .map(|i| {
            format!(
                ":white_check_mark: [**Paper number {i} of the list**] [[Paper]](https://arxiv.org/abs/2101.{i:05})  *(CVPR 2021)*\n\n"
            )
        })
        .collect()
}

#[test]
fn a_list_of_paper_paragraphs_is_read_as_its_entries() {
    let text = format!(
        "## A\n\n{}[Orca](https://arxiv.org/abs/2201.00001)\n\n{}:sparkle: **Code:**\n\n{}",
        paper_paragraphs(1, 2),
        paper_paragraphs(3, 1),
        paper_paragraphs(4, 2)
    );
    let read = titles_and_runs(&text);
    let titles: Vec<&str> = read.iter().map(|(t, _)| t.as_str()).collect();
    assert_eq!(
        titles,
        (1..=5)
            .map(|i| format!("Paper number {i} of the list"))
            .collect::<Vec<_>>()
    );
    // Paper paragraphs in a row share a run, across one that links a
    // paper under a short name; a paragraph that names no paper ends it,
    // as a category item would.
    let runs: Vec<usize> = read.iter().map(|(_, r)| *r).collect();
    assert_eq!(runs[..3], [runs[0]; 3]);
    assert_eq!(runs[3..], [runs[3]; 2]);
    assert!(runs[3] > runs[0]);
}

#[test]
fn a_few_paper_paragraphs_among_prose_are_sentences() {
    let text = format!("## A\n\n{}", paper_paragraphs(1, 4));
    assert!(entries(&text).is_empty());
    // A plain leading title is no paragraph's title, whatever the habit.
    let plain: String = (1..=6)
        .map(|i| {
            format!("Paper number {i} of the list [[Paper]](https://arxiv.org/abs/2101.{i:05})\n\n")
        })
        .collect();
    assert!(entries(&plain).is_empty());
}

#[test]
fn a_short_bold_paragraph_is_no_entry_even_where_items_have_bold_titles() {
    let mut text: String = (1..=10)
        .map(|i| {
            format!(
                "**Paper number {i} of the list** [paper](https://arxiv.org/abs/2101.{i:05})\n\n"
            )
        })
        .collect();
    text.push_str("**Code release**, see [paper](https://arxiv.org/abs/2101.00011)\n");
    assert_eq!(entries(&text).len(), 10);
}

#[test]
fn a_dated_plain_title_without_any_link_is_a_paper_not_a_category() {
    // 3D-Vision-World's NeRF-SLAM list: papers whose links are to come sit
    // among the section's papers.
    let linked = |name: &str, id: &str| {
        format!("*  **{name}**: A Long Title About Gaussian Splatting SLAM, *IROS, 2025*. [[Paper](https://arxiv.org/pdf/{id})]\n")
    };
    let text = |category: &str| {
        format!(
            "{}*  Polarimetric Monocular Gaussian Splatting SLAM for Dense Surface Reconstruction, *ACM MM, 2025*. [[Paper-TODO]]\n{}\
             *  {category}\n{}",
            linked("FGS-SLAM", "2503.01109"),
            linked("CGS-SLAM", "2503.01110"),
            linked("MemGS", "2503.01111"),
        )
    };
    // A category item still ends the run.
    let runs: Vec<usize> = entries(&text("Gaussian Splatting Methods"))
        .iter()
        .map(|e| e.run)
        .collect();
    assert_eq!(runs.len(), 3);
    assert_eq!(runs[0], runs[1]);
    assert!(runs[2] > runs[1]);
    // So does one with a year but no venue, over the papers filed under it.
    let nas = "[Neural Architecture Search with Reinforcement Learning](https://arxiv.org/abs/1611.01578)";
    let text = format!(
        "- Methods based on reinforcement learning (2017-2019)\n  - {nas}\n\
         - Reinforcement Learning Based Search, 2017\n  - {nas}\n"
    );
    let runs = runs_of(&text);
    assert_eq!(runs.len(), 2);
    assert!(runs[1] > runs[0], "{runs:?}");
}

#[test]
fn a_paragraph_linking_a_paper_ends_a_run_of_items_in_a_list_of_items() {
    let text = "## Detection\n\n\
        - [Deep Residual Learning for Image Recognition Models](https://arxiv.org/abs/1512.03385)\n\
        - [Another Paper About Object Detection Things](https://example.org/b.pdf)\n\n\
        Related: [BERT](https://arxiv.org/abs/1810.04805)\n\n\
        - [Deep Residual Learning for Image Recognition Models](https://arxiv.org/abs/1512.03386)\n";
    let runs = runs_of(text);
    assert_eq!(runs.len(), 3);
    assert!(runs[2] > runs[1], "{runs:?}");
}

#[test]
fn a_quote_right_under_an_item_is_its_note_and_ends_no_run() {
    // heathersherry/Knowledge-Graph-Tutorials-and-Papers notes its
    // numbered papers in quotes at the margin; the numbering runs on.
    let text = "## KGQA\n\n\
        1. First Paper About Graph Question Answering [[Paper](https://arxiv.org/abs/2311.07850)]\n\
        > * A note on the first paper.\n\
        > * And one more line of it, broken by hand\n\
        (LLMs).\n\
        2. Second Paper About Graph Question Answering [[Paper](https://arxiv.org/abs/2311.07509)]\n\
        3. Third Paper About Graph Question Answering [[Paper](https://arxiv.org/abs/2312.15880)]\n\n\
        > A quote after a blank line is the list's prose.\n\n\
        4. Fourth Paper About Graph Question Answering [[Paper](https://arxiv.org/abs/2309.11206)]\n";
    let runs = runs_of(text);
    assert_eq!(runs.len(), 4);
    assert_eq!(runs[0], runs[1]);
    assert_eq!(runs[1], runs[2]);
    assert_ne!(runs[2], runs[3]);
    // A number skipped by hand (`4.`, its note, `6.`) goes on counting.
    let skipped = "## Benchmarks\n\n\
        4. [First Paper About Graph Question Answering](https://arxiv.org/abs/2311.07850)\n\
        > * A note on the first paper.\n\
        6. [Second Paper About Graph Question Answering](https://arxiv.org/abs/2311.07509)\n";
    let runs = runs_of(skipped);
    assert_eq!(runs.len(), 2);
    assert_eq!(runs[0], runs[1]);
    // In a list of bullets, or where the count starts again, a quote
    // divides the list.
    let paper = |n: u32, marker: &str| {
        format!("{marker} [Paper Number {n} About Graph Question Answering](https://arxiv.org/abs/2311.0785{n})\n")
    };
    for (first, second) in [("-", "-"), ("1.", "1."), ("3.", "2.")] {
        let text = format!(
            "## A\n\n{}> **Applications**\n{}",
            paper(1, first),
            paper(2, second)
        );
        let runs = runs_of(&text);
        assert_eq!(runs.len(), 2, "{text}");
        assert_ne!(runs[0], runs[1], "{text}");
    }
}

#[test]
fn an_unlinked_reference_at_a_semantic_web_venue_ends_no_run() {
    // heathersherry's KGQA list: `(Web–ISWC 2019)` names the International
    // Semantic Web Conference, so the item is a paper without its link,
    // not a category.
    let text = "## KGQA\n\n\
        1. First Paper About Graph Question Answering [[Paper](https://arxiv.org/abs/2311.07850)]\n\
        2. Pretrained transformers for simple question answering over knowledge graphs (Web–ISWC 2019)\n\
        3. Third Paper About Graph Question Answering [[Paper](https://arxiv.org/abs/2312.15880)]\n\
        4. Fourth Paper About Graph Question Answering [[Paper](https://arxiv.org/abs/2309.11206)]\n";
    let runs = runs_of(text);
    assert_eq!(runs.len(), 3);
    assert!(runs.iter().all(|&r| r == runs[0]), "{runs:?}");
}

#[test]
fn a_quoted_reference_linked_without_a_paper_id_ends_no_run() {
    // 983632847/Awesome-Multimodal-Object-Tracking: MATI's paper link is
    // a Google Scholar redirect; MMSTC is listed above and below it.
    let item = |name: &str, title: &str, url: &str| {
        format!("- **{name}:** A. Author, B. Author.<br />\n  \"{title}.\" TIP (2024).\n  [[paper]({url})]\n\n")
    };
    let text = format!(
        "## RGB-T\n\n{}{}{}",
        item(
            "MMSTC",
            "Exploring Multi-Modal Spatial Temporal Contexts for Tracking",
            "https://ieeexplore.ieee.org/document/10605602"
        ),
        item(
            "MATI",
            "MATI: Multimodal Adaptive Tracking Integrator for Robust Tracking",
            "https://scholar.google.com/scholar_url?url=https://www.mdpi.com/1424-8220/24/15/4911"
        ),
        item(
            "MMSTC",
            "Exploring Multi-modal Spatial Temporal Contexts for Tracking",
            "https://ieeexplore.ieee.org/abstract/document/10605602"
        ),
    );
    let runs = runs_of(&text);
    assert_eq!(runs.len(), 2);
    assert_eq!(runs[0], runs[1]);
    // A category's tagline in quotes, or words in an HTML attribute, cite
    // no paper: the category ends the run.
    let paper = "- [A Paper On Spatial Temporal Tracking](https://arxiv.org/abs/2405.19818)\n";
    for category in [
        "- **Tools** — \"Easy to use, fast and well documented\" [repo](https://github.com/x/y)\n",
        "- <img src=\"icons/app.png\" alt=\"Applications Of Vision Language Models.\"> [Applications](https://github.com/x/a)\n",
    ] {
        let text = format!("## A\n\n{paper}{category}{paper}");
        let runs = runs_of(&text);
        assert_eq!(runs.len(), 2, "{category}");
        assert_ne!(runs[0], runs[1], "{category}");
    }
}

#[test]
fn a_plain_title_after_a_name_in_underscore_bold_is_read() {
    // heathersherry's KGQA list names some papers' systems or datasets in
    // `__bold__` before the title, with or without a link.
    let text = "## KGQA\n\n\
        1. First Paper About Graph Question Answering [[Paper](https://arxiv.org/abs/2311.07850)]\n\
        2. __QA-GNN__: QAGNN: Reasoning with language models and knowledge graphs for question answering (ACL 2021)\n\
        3. __Leaderboard__: Knowledge Graph Question Answering Leaderboard: A Community Resource (LREC 2022) [[Paper](https://aclanthology.org/2022.lrec-1.321/)]\n\
        4. Fourth Paper About Graph Question Answering [[Paper](https://arxiv.org/abs/2309.11206)]\n";
    let found = titles_and_runs(text);
    let titles: Vec<&str> = found.iter().map(|(t, _)| t.as_str()).collect();
    assert_eq!(
        titles,
        [
            "First Paper About Graph Question Answering",
            "Knowledge Graph Question Answering Leaderboard: A Community Resource",
            "Fourth Paper About Graph Question Answering"
        ]
    );
    // The unlinked reference keeps the papers around it in one run.
    assert!(found.iter().all(|(_, run)| *run == found[0].1), "{found:?}");
}

#[test]
fn a_name_with_dated_tags_is_no_title_but_a_title_with_one_is() {
    // hnuzhy/RobotManipulation: a model's name in bold with its venue,
    // award and preprint month; the title follows in plain text.
    let item = |name: &str, title: &str, n: usize| {
        format!("* **{name}** {title} [[paper link](https://ieeexplore.ieee.org/abstract/document/1016098{n})]\n\n")
    };
    let mut text = String::from("## Papers\n\n");
    for n in 1..=3 {
        text.push_str(&item(
            &format!("M{n}(ICRA2023)"),
            &format!("Model {n}: Another Paper on Grasping Objects"),
            n,
        ));
    }
    text.push_str(&item(
        "DexGraspNet(ICRA2023 Outstanding Manipulation Paper Award Finalist)(arxiv2022.10)",
        "DexGraspNet: A Large-Scale Robotic Dexterous Grasp Dataset",
        9,
    ));
    let titles: Vec<String> = titles_and_runs(&text).into_iter().map(|(t, _)| t).collect();
    assert_eq!(
        titles[3],
        "DexGraspNet: A Large-Scale Robotic Dexterous Grasp Dataset"
    );
    // A title with a dated aside keeps it.
    let text = "## Papers\n\n\
        * **Transformers in Vision (ACM CSUR 2022)**: Khan et al. [[paper]](https://arxiv.org/abs/2101.01169)\n\
        * **Extending Context Length (to 2048 tokens)** Smith et al. [[paper]](https://arxiv.org/abs/2101.01170)\n";
    let titles: Vec<String> = titles_and_runs(text).into_iter().map(|(t, _)| t).collect();
    assert_eq!(
        titles,
        [
            "Transformers in Vision (ACM CSUR 2022)",
            "Extending Context Length (to 2048 tokens)",
        ]
    );
    use super::title_words::is_name_with_dated_tags as dated;
    assert!(dated("M(ICRA 1998 best paper)") && dated("M(arxiv2022.10)"));
    // hnuzhy's face list L505: a name before its colon, then the tag.
    assert!(dated("YouTube 3D Hands: (CVPR2020 Oral)"));
    assert!(!dated("A Survey of Transformers in Vision: (CSUR 2022)"));
    // Five digits, or a year of no century a list dates by, are no year.
    assert!(!dated("M(12345 samples)") && !dated("M(2100 steps)"));
}

#[test]
fn a_journal_name_cut_short_in_bold_is_no_title() {
    // thanhtbt/tensor_tracking_survey: `in **J. Data Inf. Sci.**` after the
    // quoted title.
    let text = "## Papers\n\n\
        * InParTen2:  \"Multi-aspect incremental tensor decomposition based on distributed in-memory big data systems\", in **J. Data Inf. Sci.**, 2020, [Paper](https://www.ijcai.org/proceedings/2019/442)\n\n\
        * DisMASTD: \"Distributed multi-aspect streaming tensor decomposition\", in **IEEE Trans. Knowl. Data Eng.**, 2021, [Paper](https://ieeexplore.ieee.org/document/9000000)\n";
    let titles: Vec<String> = titles_and_runs(text).into_iter().map(|(t, _)| t).collect();
    assert_eq!(
        titles,
        [
            "Multi-aspect incremental tensor decomposition based on distributed in-memory big data systems",
            "Distributed multi-aspect streaming tensor decomposition",
        ]
    );
    // Nor are `vs.` and a name's `Dr.`.
    let titled = "## Papers\n\n- **Deep Nets vs. Kernels.** [[pdf](https://arxiv.org/abs/1805.01934)]\n- **Dr. LLaMA vs. Dr. GPT** [[pdf](https://arxiv.org/abs/1805.01935)]\n";
    let titles: Vec<String> = titles_and_runs(titled)
        .into_iter()
        .map(|(t, _)| t)
        .collect();
    assert_eq!(titles, ["Deep Nets vs. Kernels.", "Dr. LLaMA vs. Dr. GPT"]);
    // A bold title with one word cut short is a title.
    let bold = "## Papers\n\n- **Learning to See in the Dark vs. Light** [[pdf](https://arxiv.org/abs/1805.01934)]\n";
    let titles: Vec<String> = titles_and_runs(bold).into_iter().map(|(t, _)| t).collect();
    assert_eq!(titles, ["Learning to See in the Dark vs. Light"]);
}

#[test]
fn a_work_with_its_author_after_a_comma_divides_no_run() {
    // mgg39/Quantum-tech-papers: books without links among the papers.
    let text = |between: &str| {
        format!(
            "## Papers\n\n\
             - [Is quantum computing green? An estimate for an energy-efficiency quantum advantage](https://arxiv.org/pdf/2205.12092.pdf) - Daniel Jaschke\n\
             - {between}\n\
             - [Why Philosophers Should Care About Computational Complexity](https://arxiv.org/abs/1108.1791) - Scott Aaronson\n"
        )
    };
    let runs = runs_of(&text("Quantum networking, by  Rodney Van Meter (book)"));
    assert_eq!(runs.len(), 2);
    assert_eq!(runs[0], runs[1]);
    // One that heads nested items is a category.
    let heading = text("Quantum networking, by  Rodney Van Meter\n  - [Some nested paper title here](https://arxiv.org/abs/2101.00001)");
    let runs = runs_of(&heading);
    assert_eq!(runs.len(), 3);
    assert_ne!(runs[0], runs[2]);
    // A category, or one that names its author without a comma, does.
    for category in ["Quantum networking", "Papers by Yann LeCun"] {
        let runs = runs_of(&text(category));
        assert_eq!(runs.len(), 2);
        assert_ne!(runs[0], runs[1], "{category}");
    }
}
