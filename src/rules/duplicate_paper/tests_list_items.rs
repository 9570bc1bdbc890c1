//! Tests of duplicate-paper on list items: a paper twice in one run of
//! items is a copy; under two headings or categories it is filed twice on
//! purpose.

use crate::rules::testing::*;

const WISE: &str = "[WISE: Rethinking the Knowledge Memory for Lifelong Model Editing](https://arxiv.org/abs/2405.14768)";
const OTHER: &str =
    "[MEMIT: Mass-Editing Memory in a Transformer](https://arxiv.org/abs/2210.07229)";

#[test]
fn a_paper_twice_in_one_run_is_reported_at_the_second() {
    let text = format!("## Editing\n\n- **{WISE}**\n- {OTHER}\n- {}/\n", WISE);
    let found = check("duplicate-paper", &text);
    assert_eq!(found.len(), 1);
    let d = &found[0];
    assert_eq!(lines("duplicate-paper", &text), [5]);
    assert!(
        d.message.contains("already listed at line 3"),
        "{}",
        d.message
    );
    // The two items differ (bold, a trailing slash): nothing to delete.
    assert!(d.fix.is_none());
}

#[test]
fn an_item_repeated_byte_for_byte_can_be_deleted() {
    let text = format!("## Editing\n\n- {WISE}\n- {OTHER}\n- {WISE}\n\nAfter.\n");
    let found = check("duplicate-paper", &text);
    assert_eq!(found.len(), 1);
    assert_eq!(
        apply_fix(&text, &found[0]),
        format!("## Editing\n\n- {WISE}\n- {OTHER}\n\nAfter.\n")
    );
}

#[test]
fn a_paper_filed_under_two_topics_is_no_copy() {
    let under_headings = format!("## Editing\n\n- {WISE}\n\n## Memory\n\n- {WISE}\n");
    assert!(lines("duplicate-paper", &under_headings).is_empty());
    let under_categories = format!("- Editing\n  - {WISE}\n- Memory\n  - {WISE}\n");
    assert!(lines("duplicate-paper", &under_categories).is_empty());
    let under_bold_lines = format!("**Editing**\n\n- {WISE}\n\n**Memory**\n\n- {WISE}\n");
    assert!(lines("duplicate-paper", &under_bold_lines).is_empty());
}

#[test]
fn two_papers_or_two_versions_are_no_copy() {
    // A short title on two arXiv papers; a conference paper and its
    // journal version; a short title that two papers may share.
    let short = "[Deep Learning for Music Tagging](https://arxiv.org/abs/1606.00298)";
    let other_id = short.replace("1606.00298", "1606.99999");
    let text = format!("## Music\n\n- {short}\n- {other_id}\n");
    assert!(lines("duplicate-paper", &text).is_empty());
    // Ids of two kinds (arXiv, OpenReview) may be one paper's two forms.
    let on_openreview = WISE.replace(
        "arxiv.org/abs/2405.14768",
        "openreview.net/forum?id=VJMYOfJVC2",
    );
    let text = format!("## Editing\n\n- {WISE}\n- {on_openreview}\n");
    assert_eq!(lines("duplicate-paper", &text), [4]);
    let text = format!("## Editing\n\n- {WISE}, NeurIPS 2024\n- {WISE}, TPAMI 2025\n");
    assert!(lines("duplicate-paper", &text).is_empty());
    // A preprint beside its publication is the paper twice, not two
    // editions.
    let on_pmlr = WISE.replace(
        "arxiv.org/abs/2405.14768",
        "proceedings.mlr.press/v202/wang23as/wang23as.pdf",
    );
    let text =
        format!("## Editing\n\n- {WISE} (Arxiv, 2024)\n- {on_pmlr} (Accepted by ICML 2024)\n");
    assert_eq!(lines("duplicate-paper", &text), [4]);
    // On one paper id, conflicting-duplicate reports them, not this rule.
    let text = format!("## Editing\n\n- {WISE} (Arxiv, 2024)\n- {WISE} (Accepted by ICML 2024)\n");
    assert!(lines("duplicate-paper", &text).is_empty());
    let text = format!("## Editing\n\n- {WISE}, NeurIPS 2024\n- {WISE}, NeurIPS 2024\n");
    assert_eq!(lines("duplicate-paper", &text), [4]);
    let short = |url: &str| format!("[Deep Learning for Music]({url})");
    let text = format!(
        "- {}\n- {}\n",
        short("https://a.org/1"),
        short("https://b.org/2")
    );
    assert!(lines("duplicate-paper", &text).is_empty());
    let text = format!(
        "- {}\n- {}\n",
        short("https://a.org/1"),
        short("https://a.org/1/")
    );
    assert_eq!(lines("duplicate-paper", &text), [2]);
}

#[test]
fn an_arxiv_copy_beside_its_journal_copy_with_venues_only_as_link_text_is_one_paper() {
    // AspirinCode's molecular design list names venues only in link text.
    let item = |year: &str, link: &str| {
        format!("* **ChemSpaceAL: An Efficient Active Learning Methodology Applied to Protein-Specific Molecular Generation**  [{year}]   \n  Kyro, Gregory W., and Victor S. Batista.   \n  {link} |  [code](https://github.com/batistagroup/ChemSpaceAL)\n\n")
    };
    let journal = item(
        "2024",
        "[J. Chem. Inf. Model. (2024)](https://doi.org/10.1021/acs.jcim.3c01456)",
    );
    let preprint = item(
        "2023",
        "[arXiv:2309.05853 (2023)](https://arxiv.org/abs/2309.05853)",
    );
    let section = |items: &[&String]| {
        let items: String = items.iter().map(|i| i.as_str()).collect();
        format!("## Transformer-based\n\n{items}")
    };
    assert_eq!(
        lines("duplicate-paper", &section(&[&journal, &preprint])),
        [7]
    );
    // A preprint dated after the publication is a new version or an
    // extension; two publisher pages are two editions.
    let later_preprint = item(
        "2025",
        "[arXiv:2309.05853 (2025)](https://arxiv.org/abs/2309.05853)",
    );
    assert!(lines("duplicate-paper", &section(&[&journal, &later_preprint])).is_empty());
    let proceedings = item(
        "2023",
        "[Proceedings (2023)](https://doi.org/10.5555/3666122.3666123)",
    );
    assert!(lines("duplicate-paper", &section(&[&journal, &proceedings])).is_empty());
    // An arXiv copy that names a conference, not a preprint, may be the
    // conference version; a bioRxiv DOI is a preprint's.
    let conference = item(
        "2023",
        "[Int. Conf. Comp. Vis. (2023)](https://arxiv.org/abs/2309.05853)",
    );
    assert!(lines("duplicate-paper", &section(&[&journal, &conference])).is_empty());
    let biorxiv = item(
        "2024",
        "[paper (2024)](https://doi.org/10.1101/2023.10.01.560349)",
    );
    assert!(lines("duplicate-paper", &section(&[&biorxiv, &preprint])).is_empty());
    // An arXiv id's year and month (`2001.08361`) is no year of the item.
    let undated = "* **Scaling Laws for Neural Language Models of Every Size and Shape**   \n  [arXiv:2001.08361](https://arxiv.org/abs/2001.08361)\n\n".to_string();
    let published = "* **Scaling Laws for Neural Language Models of Every Size and Shape**   \n  [J. Mach. Learn. Res. (2021)](https://doi.org/10.5555/1234567)\n\n".to_string();
    let found = check("duplicate-paper", &section(&[&published, &undated]));
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(!found[0].message.contains("2001"), "{}", found[0].message);
}

#[test]
fn an_arxiv_copy_naming_arxiv_beside_a_journal_the_data_does_not_know_is_one_paper() {
    // bitzhangcy/Neural-PDE-Solver lists the arXiv copy and the journal
    // copy of a paper in one section; `Journal of Data Science` names no
    // venue of the data (nor `Science`).
    let arxiv = "1. **Physics-informed neural operator for learning partial differential equations.** arXiv, 2021. [paper](https://arxiv.org/abs/2111.03794)\n";
    let journal = "1. **Physics-informed neural operator for learning partial differential equations.** ACM/JMS Journal of Data Science, 2024. [paper](https://dl.acm.org/doi/10.1145/3648506)\n";
    let text = format!("## Operators\n\n{arxiv}{journal}");
    let found = check("duplicate-paper", &text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        !found[0].message.contains("Science"),
        "{}",
        found[0].message
    );
    // A preprint dated after the publication, or a second publisher's
    // page, is another edition.
    let later = arxiv.replace("arXiv, 2021", "arXiv, 2025");
    assert!(lines(
        "duplicate-paper",
        &format!("## Operators\n\n{later}{journal}")
    )
    .is_empty());
    let second = journal.replace(
        "dl.acm.org/doi/10.1145/3648506",
        "doi.org/10.1016/j.jcp.2024.1",
    );
    assert!(lines(
        "duplicate-paper",
        &format!("## Operators\n\n{second}{journal}")
    )
    .is_empty());
}

#[test]
fn two_editions_of_a_challenge_are_no_copy() {
    let challenge = |tag: &str, url: &str| {
        format!("- [{tag}] [Long-Term Visual Localization under Changing Conditions]({url})\n")
    };
    let text = format!(
        "### Challenges\n{}{}",
        challenge("2021 ICCV", "https://sites.google.com/view/ltvl2021/home"),
        challenge(
            "2020 ECCV",
            "https://www.visuallocalization.net/workshop/eccv/2020/"
        )
    );
    assert!(lines("duplicate-paper", &text).is_empty());
    let text = format!(
        "### Challenges\n{}{}",
        challenge("2021 ICCV", "https://sites.google.com/view/ltvl2021/home"),
        challenge("2021 ICCV", "https://sites.google.com/view/ltvl2021/")
    );
    assert_eq!(lines("duplicate-paper", &text), [3]);
}

#[test]
fn a_title_cited_inside_a_sentence_is_not_listed() {
    let cited = format!("- Watermark forgery (referred to as spoofing by {WISE})\n");
    let text = format!("{cited}{cited}");
    assert!(lines("duplicate-paper", &text).is_empty());
    let tagged = format!("- [arxiv 2025.8] 25.04 **[NeurIPS'23]** {WISE}\n");
    let text = format!("{tagged}{tagged}");
    assert_eq!(lines("duplicate-paper", &text), [2]);
}

#[test]
fn a_copy_is_found_past_another_paper_of_its_short_title() {
    // Items 1 and 2 share a short title and link two papers; item 3 copies
    // item 2.
    let item = |url: &str| format!("- [Deep Learning for Music]({url})\n");
    let text = format!(
        "{}{}{}",
        item("https://arxiv.org/abs/1701.00001"),
        item("https://arxiv.org/abs/1701.00002"),
        item("https://arxiv.org/abs/1701.00002")
    );
    assert_eq!(lines("duplicate-paper", &text), [3]);
}

#[test]
fn plain_text_titles_are_read_where_the_list_writes_them_so() {
    let item = |title: &str, id: &str| {
        format!("- {title}, <ins>ICLR, 2024</ins> [[Paper](https://arxiv.org/abs/{id})]\n")
    };
    let papers = [
        item("Sparsified State-Space Models are Efficient", "2505.20698"),
        item(
            "Graph of Thoughts: Solving Elaborate Problems",
            "2308.09687",
        ),
        item("Winner-Take-All Column Row Sampling", "2305.15265"),
    ]
    .concat();
    let copy = item(
        "Graph of Thoughts: Solving Elaborate Problems",
        "2308.09687",
    );
    let text = format!("## Models\n\n{papers}{copy}");
    assert_eq!(lines("duplicate-paper", &text), [6]);
    // A list that writes one such item among titled links gives no habit
    // to read plain text by.
    let titled =
        |n: u32| format!("- [A Titled Paper Number {n}](https://arxiv.org/abs/2101.0000{n})\n");
    let lone = item(
        "Graph of Thoughts: Solving Elaborate Problems",
        "2308.09687",
    );
    let text = format!("## Models\n\n{}{}{lone}{lone}", titled(1), titled(2));
    assert!(lines("duplicate-paper", &text).is_empty());
}

#[test]
fn two_things_named_apart_in_code_are_no_copy() {
    let layer = |name: &str| {
        format!("- Graph Attention Networks Revisited `{name}` `ICLR 2018` [[pdf]](https://arxiv.org/pdf/1710.10903.pdf)\n")
    };
    let gcn = "- Semi-Supervised Classification with Graph Convolutional Networks `GCNConv` [[pdf]](https://arxiv.org/pdf/1609.02907.pdf)\n";
    let text = format!(
        "## Layers\n\n{gcn}{}{}",
        layer("GATConv"),
        layer("CuGraphGATConv")
    );
    assert!(lines("duplicate-paper", &text).is_empty());
    let text = format!("## Layers\n\n{gcn}{}{}", layer("GATConv"), layer("GATConv"));
    assert_eq!(lines("duplicate-paper", &text), [5]);
}

#[test]
fn items_named_in_bold_before_one_title_are_two_works_of_one_paper() {
    // xiaobai1217's video datasets: three datasets of one CVPR 2022 paper.
    let dataset = |name: &str| {
        format!("* **{name}**: How Do You Do It? Fine-Grained Action Understanding with Pseudo-Adverbs (CVPR 2022) </br>\n[[Paper](https://hazeldoughty.github.io/Papers/PseudoAdverbs/PseudoAdverbs.pdf)] </br>\n\n")
    };
    let text = format!(
        "## Adverbs\n\n{}{}{}",
        dataset("VATEX Adverbs"),
        dataset("MSR-VTT Adverbs"),
        dataset("ActivityNet Adverbs")
    );
    assert!(
        lines("duplicate-paper", &text).is_empty(),
        "{:?}",
        check("duplicate-paper", &text)
    );
    // One name twice is one dataset twice.
    let text = format!(
        "## Adverbs\n\n{}{}{}",
        dataset("VATEX Adverbs"),
        dataset("MSR-VTT Adverbs"),
        dataset("vatex adverbs")
    );
    assert_eq!(lines("duplicate-paper", &text), [9]);
}

#[test]
fn one_paper_twice_in_a_run_under_two_titles_is_a_copy() {
    let item = |title: &str, id: &str| format!("- [{title}](https://arxiv.org/abs/{id})\n");
    // Shortened: the one title is the other's part.
    let text = format!(
        "## Graphs\n\n{}{}{}",
        item(
            "Self-Augmented Recommendation with Hypergraph Contrastive Collaborative Filtering",
            "2204.12200"
        ),
        item("Some Other Paper About Graph Things", "2204.00001"),
        item(
            "Hypergraph Contrastive Collaborative Filtering",
            "2204.12200"
        ),
    );
    let found = check("duplicate-paper", &text);
    assert_eq!(lines("duplicate-paper", &text), [5]);
    assert!(
        found[0].message.contains("under two titles"),
        "{}",
        found[0].message
    );
    // Renamed after review, seven in ten of its words kept.
    let text = format!(
        "## Dialog\n\n{}{}",
        item("Efficient Attention Mechanism for Handling All the Interactions between Many Inputs with Application to Visual Dialog", "1911.11390"),
        item("Efficient Attention Mechanism for Visual Dialog that Can Handle All the Interactions Between Multiple Inputs", "1911.11390"),
    );
    assert_eq!(lines("duplicate-paper", &text), [4]);
    // A generic title that shares most of its words with another paper's;
    // a dataset named after its paper; the two in two runs.
    let text = format!(
        "## Surveys\n\n{}{}\n## Data\n\n{}{}\n## Other\n\n{}",
        item(
            "Robustness of deep learning models on graphs: A survey",
            "1812.04202"
        ),
        item("Deep Learning on Graphs: A Survey", "1812.04202"),
        item(
            "ProcTHOR: Large-Scale Embodied AI Using Procedural Generation",
            "2206.06994"
        ),
        item(
            "ProcTHOR-10K: Large-Scale Embodied AI Using Procedural Generation",
            "2206.06994"
        ),
        item(
            "Hypergraph Contrastive Collaborative Filtering",
            "2204.12200"
        ),
    );
    let text = format!(
        "## Graphs\n\n{}{text}",
        item(
            "Self-Augmented Recommendation with Hypergraph Contrastive Collaborative Filtering",
            "2204.12200"
        )
    );
    assert!(
        lines("duplicate-paper", &text).is_empty(),
        "{:?}",
        check("duplicate-paper", &text)
    );
}

#[test]
fn a_long_title_on_two_papers_in_one_run_is_one_listed_twice_or_pasted() {
    // As two rows of one table: a paper posted twice on arXiv, or its
    // title pasted on the next paper's item (SegMamba's title on T-Mamba).
    let other_id = WISE.replace("2405.14768", "2405.99999");
    let text = format!("## Editing\n\n- {WISE}\n- {other_id}\n");
    let found = check("duplicate-paper", &text);
    assert_eq!(lines("duplicate-paper", &text), [4]);
    assert!(
        found[0].message.contains("on another paper's link"),
        "{}",
        found[0].message
    );
    // Two DOIs under one title: a conference paper and its journal
    // version as often as not.
    let conference = "[Learning Deep Features for Discriminative Localization in Point Clouds](https://doi.org/10.1109/CVPR.2016.319)";
    let journal = conference.replace("CVPR.2016.319", "TPAMI.2018.2858236");
    let text = format!("## Localization\n\n- {conference}\n- {journal}\n");
    assert!(lines("duplicate-paper", &text).is_empty());
    // In two runs, lists file papers under each topic: left alone.
    let text = format!("## Editing\n\n- {WISE}\n\n## Memory\n\n- {other_id}\n");
    assert!(lines("duplicate-paper", &text).is_empty());
    // One link: the plain message, naming the copy on that link, not a
    // nearer one on another.
    let text = format!("## Editing\n\n- {WISE}\n- {other_id}\n- {WISE}\n");
    let found = check("duplicate-paper", &text);
    assert_eq!(lines("duplicate-paper", &text), [4, 5]);
    assert!(found[1].message.contains("line 3"), "{}", found[1].message);
    assert!(
        !found[1].message.contains("another paper"),
        "{}",
        found[1].message
    );
}

#[test]
fn two_posts_of_one_short_title_on_two_sites_are_two() {
    // pingcap/awesome-database-learning's `Blogs:` list.
    let post = |site: &str, author: &str| {
        format!("- [What is a Relational Database?](https://{site}/relational-database/), thanks to {author}\n")
    };
    let text = format!(
        "## Blogs\n\n{}{}",
        post("www.calebcurry.com", "Caleb Curry"),
        post("careerkarma.com/blog", "James Gallagher")
    );
    assert!(lines("duplicate-paper", &text).is_empty());
    // On one site it is one post listed twice; so is a long title on two.
    let same_site = text.replace("careerkarma.com/blog", "calebcurry.com/again");
    assert_eq!(lines("duplicate-paper", &same_site), [4]);
    let long = text.replace(
        "What is a Relational Database?",
        "What is a Relational Database and Why Use One?",
    );
    assert_eq!(lines("duplicate-paper", &long), [4]);
}

#[test]
fn a_paper_whose_links_sit_on_nested_label_lines_is_read_with_them() {
    // eeerpjw/image-enhancement's low-light list: each paper's links are
    // nested items labelled by what they hold (`[[Tensorflow code]]`,
    // `[[Projet]]`, `[[Project page]](...) [[No released code]]`), its
    // paper link last; a paper with code or authors but no paper link
    // keeps the run.
    let text = "## Deep Learning Methods\n\n\
- Attention-guided Low-light Image Enhancement. arXiv:1908.00682.\n  \
- Feifan Lv, Yu Li and Feng Lu. Attention-guided Low-light Image Enhancement.\n  \
- [[Project page]](http://phi-ai.org/project/AgLLNet/default.htm) [[No released code]]\n  \
- [[PDF]](https://arxiv.org/abs/1908.00682)\n\n\
- Learning to see in the dark (CVPR 2018)\n  \
- [[Project page]](https://cchen156.github.io/SID.html)\n  \
- [[Tensorflow code]](https://github.com/cchen156/Learning-to-See-in-the-Dark)\n  \
- [[PDF]](https://arxiv.org/abs/1805.01934)\n\n\
- LightenNet: a convolutional neural network for weakly illuminated image enhancement (PRL 2018)\n  \
- [[Project]](https://li-chongyi.github.io/proj_lowlight.html)\n  \
- [[code]](https://github.com/Li-Chongyi/Low-Light-Codes)\n\n\
- [**Low-lightgan**] Low-lightgan: Low-light enhancement via advanced generative adversarial network with (ICIP2019)\n  \
- Kim, Guisik, Dokyeong Kwon, and Junseok Kwon. 2019 IEEE International Conference on Image Processing (ICIP).\n\n\
- [**AgLLNet**] Attention Guided Low-light Image Enhancement with a Large Scale Low-light Simulation Dataset (IJCV 2021)\n  \
- Lv F, Li Y, Lu F. Attention guided low-light image enhancement with a large scale low-light simulation dataset[J].\n  \
- [[Projet]](http://www.phi-ai.org/project/AgLLNet/default.htm)\n  \
- [[TensorFlow code (only for testing)]](https://github.com/yu-li/AGLLNet)\n  \
- [[Synthetic Dataset(Baidu Drive password: os9v)]](https://pan.baidu.com/s/1SID1MOQJjQjV99QeHy1hPg)\n  \
- [[PDF]](https://arxiv.org/pdf/1908.00682.pdf)\n";
    let found = check("duplicate-paper", text);
    assert_eq!(lines("duplicate-paper", text), [20], "{found:?}");
    assert!(found[0].message.contains("line 3"), "{}", found[0].message);
}

#[test]
fn a_plain_title_before_a_link_named_for_its_venue_is_the_items_title() {
    // alopatenko/LLMEvaluation links some papers under their journal's
    // name, a text as long as a title.
    let review = "A systematic review of large language model (LLM) evaluations in clinical medicine, Mar 2025, [BMC Medical Informatics and Decision Making](https://link.springer.com/article/10.1186/s12911-025-02954-4)";
    let text = format!(
        "### Healthcare and medicine\n\n\
- MedHELM: Holistic Evaluation of Large Language Models for Medical Tasks, May 2025, [arxiv](https://arxiv.org/abs/2505.23802)\n\
- {review}\n\
- Medical Large Language Model Benchmarks Should Prioritize Construct Validity, Mar 2025, [arxiv](https://arxiv.org/abs/2503.10694)\n\
- {review}\n"
    );
    assert_eq!(lines("duplicate-paper", &text), [6]);
    // A title cited inside a sentence is still no item of its own.
    let cited = "- Forgery (named so by [Deep Learning for Deepfakes Creation and Detection](https://arxiv.org/abs/1909.11573))\n";
    assert!(check("duplicate-paper", &format!("{cited}{cited}")).is_empty());
}

#[test]
fn references_in_the_chinese_standard_are_read_by_their_bold_title() {
    // Round 65, jwwthu/GNN-Communication-Networks: `Authors. <b>Title[J]</b>.
    // Venue, year. [Link](...)`, the title in HTML bold and closed by the
    // kind of work; two authors need no `et al`.
    let item = |title: &str| {
        format!("* Kim D, Song S. <b>{title}[C]</b>//2023 IEEE MeditCom. IEEE, 2023: 109-114. [Link](https://ieeexplore.ieee.org/abstract/document/10266403/)\n")
    };
    let other = "* Zhou X, Xu R, Tian X, et al. **Distributed Routing and Data Scheduling in IPNs[J]**. IEEE IoT-J, 2025. [Link](https://ieeexplore.ieee.org/abstract/document/10909115/)\n";
    let power = "Power Allocation for Device-to-Device Interference Channel Using Truncated Graph Transformers";
    let text = format!("## Conference\n\n{}{other}{}", item(power), item(power));
    let found = check("duplicate-paper", &text);
    assert_eq!(lines("duplicate-paper", &text), [5], "{found:?}");
    assert!(
        found[0].message.starts_with("\"Power Allocation for"),
        "{}",
        found[0].message
    );
    // The mark is no part of the title: a copy written without it is one.
    let text = format!("## Conference\n\n{other}{}", other.replace("[J]", ""));
    assert_eq!(lines("duplicate-paper", &text), [4]);
}

#[test]
fn a_paper_twice_among_paper_paragraphs_is_reported() {
    let entry = |title: &str, id: &str| {
        format!(":white_check_mark: [**{title}**] [[Paper]](https://arxiv.org/pdf/{id}.pdf)\n\n")
    };
    let text = format!(
        "## Extensions\n\n{}{}{}{}{}{}",
        entry("Content-Aware Neural Style Transfer", "1601.04568"),
        entry(
            "Neural Doodle_Semantic Style Transfer and Turning Two-Bit Doodles into Fine Artwork",
            "1603.01768"
        ),
        entry(
            "Semantic Style Transfer and Turning Two-Bit Doodles into Fine Artwork",
            "1603.01768"
        ),
        entry("Laplacian-Steered Neural Style Transfer", "1707.01253"),
        entry("Demystifying Neural Style Transfer", "1701.01036"),
        entry(
            "Controlling Perceptual Factors in Neural Style Transfer",
            "1611.07865"
        ),
    );
    assert_eq!(lines("duplicate-paper", &text), [7]);
    // Written as a few paragraphs among prose, they are not read.
    let few: String = text.lines().take(8).map(|l| format!("{l}\n")).collect();
    assert!(check("duplicate-paper", &few).is_empty());
}

#[test]
fn a_preprint_beside_its_publication_in_one_run_names_the_difference() {
    let text = "## SLAM\n\n\
        * **CGS-SLAM**: Compact 3D Gaussian Splatting for Dense Visual SLAM, *arXiv, 2024*. [[Paper](https://arxiv.org/pdf/2403.12535)]\n\
        * **MeGS-SLAM**: Memory Efficient Gaussian Splatting SLAM with Graph Signal Processing, *IROS, 2025*. [[Paper](https://ieeexplore.ieee.org/document/11246063)]\n\
        * **CGS-SLAM**: Compact 3D Gaussian Splatting for Dense Visual SLAM, *IROS, 2025*. [[Paper](http://ieeexplore.ieee.org/document/11246845)]\n";
    let found = check("duplicate-paper", text);
    assert_eq!(found.len(), 1);
    assert!(
        found[0]
            .message
            .ends_with("already listed at line 3, with other details (IROS, 2025 vs arXiv, 2024)"),
        "{}",
        found[0].message
    );
}

/// AudioLLMs/Awesome-Audio-LLM opens each item with a code span of tags
/// (date, name, institutions, type), its bold title on the nested line.
#[test]
fn an_item_opening_with_a_long_code_span_label_is_read() {
    let item = |institutions: &str| {
        format!(
            "- `【2024-12】-【ADU-Bench】-【{institutions}】-【Type: Benchmark】`\n  \
             - **Benchmarking Open-ended Audio Dialogue Understanding for Large Audio-Language Models**\n  \
             - **Author(s):** Kuofeng Gao, Shu-Tao Xia, Ke Xu\n  \
             - [Paper](https://arxiv.org/abs/2412.05167)\n\n"
        )
    };
    let other = "- `【2024-11】-【B】-【Meta】`\n  - **Another Benchmark of Spoken Dialogue Systems**\n  - [Paper](https://arxiv.org/abs/2411.00001)\n\n";
    let text = format!(
        "# Audio\n\n## Benchmark\n\n{}{other}{}",
        item("Tsinghua University, University of Oxford"),
        item("Tsinghua University, University of Oxford")
    );
    assert_eq!(lines("duplicate-paper", &text), [15]);
}

#[test]
fn a_paper_under_two_year_headings_is_listed_twice() {
    // bamtercelboo's law list files its items by year: one Springer article
    // sits under `#### 2018` and `#### 2019`, the same words in both.
    let item = "*Li J, et al*. **Research and Design on Cognitive Computing Framework for Predicting Judicial Decisions**[J]. Journal of Signal Processing Systems, 2019. [[PDF](https://link.springer.com/article/10.1007/s11265-018-1429-9)]";
    let list = |first: &str, second: &str| {
        format!("# Papers\n\n## {first}\n\n1. {item}\n2. {OTHER}\n\n## {second}\n\n1. {WISE}\n2. {item}\n")
    };
    let found = check("duplicate-paper", &list("2018", "2019"));
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].severity, crate::diagnostic::Severity::Warning);
    assert_eq!(lines("duplicate-paper", &list("2018", "2019")), [11]);
    assert!(found[0].message.contains("(under another year)"));
    assert_eq!(
        lines("duplicate-paper", &list("Year 2018", "Year 2019")),
        [11]
    );
    // Two topics are no years: a paper filed under both is there on purpose.
    assert!(lines("duplicate-paper", &list("Judgments", "Statutes")).is_empty());
}

#[test]
fn a_year_under_each_copy_is_a_log_of_what_appeared_when() {
    // jwwthu's log files the preprint under its year and the article under
    // the next: each copy gives the year it sits under.
    let text = "# Log\n\n## 2025\n\n\
        * Ji M, et al. <b>Graph Neural Networks and Deep Reinforcement Learning Based Resource Allocation for V2X Communications[J]</b>. IEEE Internet of Things Journal, 2025. [Link](https://ieeexplore.ieee.org/abstract/document/10697115/)\n\n\
        ## 2024\n\n\
        * Ji M, et al. <b>Graph Neural Networks and Deep Reinforcement Learning Based Resource Allocation for V2X Communications[J]</b>. arXiv preprint arXiv:2407.06518, 2024. [Link](https://arxiv.org/abs/2407.06518)\n";
    assert!(lines("duplicate-paper", text).is_empty());
    // The article filed under 2024 too, still saying 2025: one is misfiled.
    let misfiled = text.replace(
        "arXiv preprint arXiv:2407.06518, 2024",
        "IEEE Internet of Things Journal, 2025",
    );
    assert_eq!(lines("duplicate-paper", &misfiled), [9]);
}

#[test]
fn a_short_name_on_one_code_link_under_two_years_is_no_paper() {
    // dgl's examples under `## 2020` and `## 2019` each link the same script
    // as `PyTorch for custom data`: a name and an address, no paper id.
    let item = |title: &str| {
        format!("- {title} [Paper link](https://arxiv.org/abs/2004.11198)\n    - [PyTorch for custom data](https://github.com/awslabs/dgl-lifesci/tree/master/examples/csv)\n")
    };
    let text = format!(
        "# Examples\n\n## 2020\n\n{}\n## 2019\n\n{}",
        item("Frasca et al. SIGN: Scalable Inception Graph Neural Networks."),
        item("Hu et al. Strategies for Pre-training Graph Neural Networks.")
    );
    assert!(
        lines("duplicate-paper", &text).is_empty(),
        "{:?}",
        check("duplicate-paper", &text)
    );
}

#[test]
fn a_preprint_in_its_years_preprint_section_beside_the_paper_is_a_log() {
    // A list by year, then venue: the preprint under `## 2023` > `### arXiv`
    // (its id's year), the paper under `## 2024` > `### CVPR`.
    let paper = "- [Temporal Sentence Grounding with Relevance Feedback in Videos](https://arxiv.org/abs/2311.01234)";
    let list = |section: &str| {
        format!(
            "# Papers\n\n## 2024\n\n### CVPR\n\n{paper}\n- {OTHER}\n\n## 2023\n\n### {section}\n\n- {WISE}\n{paper}\n"
        )
    };
    assert!(lines("duplicate-paper", &list("arXiv")).is_empty());
    assert!(lines("duplicate-paper", &list("Preprints")).is_empty());
    // Under a section of no preprints, the paper is filed twice.
    assert_eq!(lines("duplicate-paper", &list("NeurIPS")), [15]);
}

#[test]
fn a_copy_in_its_own_run_is_reported_once() {
    let text =
        format!("# Papers\n\n## 2023\n\n- {WISE}\n\n## 2024\n\n- {WISE}\n- {OTHER}\n- {WISE}\n");
    let found = check("duplicate-paper", &text);
    assert_eq!(lines("duplicate-paper", &text), [9, 11], "{found:?}");
    assert!(
        found[1].message.contains("already listed at line 9"),
        "{}",
        found[1].message
    );
}

#[test]
fn items_led_by_a_venue_in_code_are_papers() {
    // `` - `KDD(2026)`Title **[[PDF](...)]** ``: the code span is a tag, the
    // plain text after it the title (a generative-recommendation list).
    let item = |venue: &str, title: &str, id: &str| {
        format!("- `{venue}`{title} **[[PDF](https://arxiv.org/abs/{id})]**\n")
    };
    let first = item(
        "ICLR(2025)",
        "Efficient Inference for Generative Recommendation",
        "2410.05165",
    );
    let other = item(
        "Arxiv(2025)",
        "Preference Diffusion for Recommendation",
        "2410.13117",
    );
    let text = format!("## Generative\n\n{first}{other}{first}");
    assert_eq!(lines("duplicate-paper", &text), [5]);
}

#[test]
fn a_paper_under_two_bold_year_lines_of_one_section_is_listed_twice() {
    // YutingHe-list's healthcare list L172/L218: `**2023**` and `**2021**`
    // on lines of their own divide each section by year; one PMLR paper
    // sits under both.
    let moco = "MoCo pretraining improves representation and transferability of chest X-ray models. [[paper]](https://proceedings.mlr.press/v143/sowrirajan21a.html)";
    let other = |n: usize| {
        format!("- [MIDL] Another paper number {n} on medical images here. [[paper]](https://arxiv.org/abs/2101.0000{n})\n")
    };
    let list = |first: &str, second: &str, heading: &str| {
        format!(
            "## VFM methods\n\n{first}\n\n- [MIDL] {moco}\n{}\n{heading}{second}\n\n{}- [Medical Imaging with Deep Learning] {moco}\n",
            other(1),
            other(2)
        )
    };
    let found = check("duplicate-paper", &list("**2023**", "**2021**", ""));
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].message.contains("(under another year)"));
    // One bold year, or two sections, file nothing twice.
    assert!(check("duplicate-paper", &list("**2023**", "**2023**", "")).is_empty());
    assert!(check(
        "duplicate-paper",
        &list("**2023**", "**2021**", "\n## BFM methods\n\n")
    )
    .is_empty());
}

#[test]
fn another_publication_nested_under_its_item_is_listed_on_purpose() {
    // Evolutionary-Intelligence/DistributedEvolutionaryComputation: Fogel,
    // Owens and Walsh's 1965 article, its reprint in Simulation the same
    // year nested under it.
    let parent = "* Fogel, L.J., Owens, A.J. and Walsh, M.J., 1965. [Intelligent decision making through a simulation of evolution](https://ieeexplore.ieee.org/document/6591252). IEEE Transactions on Human Factors in Electronics, 6(1), pp.13-23.";
    let child = "Fogel, L.J., Owens, A.J. and Walsh, M.J., 1965. [Intelligent decision-making through a simulation of evolution](https://journals.sagepub.com/doi/abs/10.1177/003754976500500413). Simulation, 5(4), pp.267-279.";
    let sibling = "Fogel, L.J., Owens, A.J. and Walsh, M.J., 1966. [Artificial intelligence through simulated evolution](https://www.amazon.com/dp/0471265160). John Wiley & Sons Inc.";
    let nested = format!("## 1960s\n\n{parent}\n  * {sibling}\n  * {child}\n");
    assert!(lines("duplicate-paper", &nested).is_empty());
    // The same item beside it, not under it, is a copy.
    let beside = format!("## 1960s\n\n{parent}\n* {child}\n");
    assert_eq!(lines("duplicate-paper", &beside), [4]);
    // Nested under another item, it is a copy too.
    let elsewhere = format!("## 1960s\n\n{parent}\n* {sibling}\n  * {child}\n");
    assert_eq!(lines("duplicate-paper", &elsewhere), [5]);
    // Short of the parent's text it is a sibling (` * ` under `* `, `  - `
    // under `1. `); a tab reaches it.
    let one_space = format!("## 1960s\n\n{parent}\n * {child}\n");
    assert_eq!(lines("duplicate-paper", &one_space), [4]);
    let numbered = format!("## 1960s\n\n1. {}\n  - {child}\n", &parent[2..]);
    assert_eq!(lines("duplicate-paper", &numbered), [4]);
    let numbered_nested = format!("## 1960s\n\n1. {}\n   - {child}\n", &parent[2..]);
    assert!(lines("duplicate-paper", &numbered_nested).is_empty());
    let tab = format!("## 1960s\n\n{parent}\n\t* {child}\n");
    assert!(lines("duplicate-paper", &tab).is_empty());
}

#[test]
fn a_post_about_a_paper_under_its_title_is_another_reading() {
    // mayank31398/Papers-books-and-blogs: the Hugging Face blog post, then
    // the arXiv paper, each with its kind's badge.
    let title = "Jack of all trades, master of some, a multi-purpose transformer agent";
    let post = |url: &str| {
        format!(
            "## Reading\n\n1. [{title}]({url})\n1. [{title}](https://arxiv.org/abs/2402.09844)\n"
        )
    };
    for url in [
        "https://huggingface.co/blog/jat",
        "https://medium.com/huggingface/jat-d03923ecbd70",
        "https://blog.research.google/2024/02/jat.html",
        "https://ai.googleblog.com/2024/02/jat.html",
    ] {
        assert!(lines("duplicate-paper", &post(url)).is_empty(), "{url}");
    }
    // Read the other way round too.
    let paper_first = format!("## Reading\n\n1. [{title}](https://arxiv.org/abs/2402.09844)\n1. [{title}](https://huggingface.co/blog/jat)\n");
    assert!(lines("duplicate-paper", &paper_first).is_empty());
    // A post item that links the paper as well is its copy.
    let linked = format!("## Reading\n\n1. [{title}](https://huggingface.co/blog/jat) [[paper]](https://arxiv.org/abs/2402.09844)\n1. [{title}](https://arxiv.org/abs/2402.09844)\n");
    assert_eq!(lines("duplicate-paper", &linked), [4]);
    // A project page is the paper's own: a copy.
    assert_eq!(
        lines("duplicate-paper", &post("https://jat.github.io/")),
        [4]
    );
}

#[test]
fn a_topic_and_a_genre_name_many_surveys() {
    // eetongsu/SafeRL-Power-System: Yuxi Li's arXiv survey and Mousavi et
    // al.'s chapter, both "Deep reinforcement learning: An overview".
    let text = |title: &str, other: &str| {
        format!(
            "## Surveys\n\n- [{title}](https://arxiv.org/abs/1701.07274)\n\
             - [A brief survey of deep reinforcement learning](https://arxiv.org/abs/1708.05866)\n\
             - [{other}](https://link.springer.com/chapter/10.1007/978-3-319-56991-8_32)\n"
        )
    };
    let genre = "Deep reinforcement learning: An overview";
    assert!(lines("duplicate-paper", &text(genre, genre)).is_empty());
    let brief = "Federated learning: a comprehensive survey.";
    assert!(lines("duplicate-paper", &text(brief, brief)).is_empty());
    // On one link it is one survey twice.
    let same_link = text(genre, genre).replace(
        "https://link.springer.com/chapter/10.1007/978-3-319-56991-8_32",
        "https://arxiv.org/abs/1701.07274",
    );
    assert_eq!(lines("duplicate-paper", &same_link), [5]);
    // A title that says more than its topic names one paper.
    let telling = "Graph neural networks: A review of methods and applications";
    assert_eq!(lines("duplicate-paper", &text(telling, telling)), [5]);
    let long_topic = "Deep reinforcement learning for multiagent systems control: A review";
    assert_eq!(lines("duplicate-paper", &text(long_topic, long_topic)), [5]);
}

#[test]
fn a_name_before_the_title_in_one_copy_only_is_one_title() {
    // XiandaGuo/OpenStereo: SMD-Nets twice under `## 2021`, once on arXiv
    // and once on the authors' PDF, one repository.
    let text = |first: &str, second: &str| {
        format!(
            "## 2021\n\n\
             * **{first}**, Fabio Tosi, Yiyi Liao, et al. [[Paper](https://arxiv.org/abs/2104.03866)][[Code](https://github.com/fabiotosi92/SMD-Nets)]. CVPR2021\n\
             * **Cascade and Fused Cost Volume for Robust Stereo Matching**, Zhelun Shen, et al. [[Paper](https://arxiv.org/abs/2104.04314)]. CVPR2021\n\
             * **{second}**, Fabio Tosi and Yiyi Liao. [[Paper](http://www.cvlibs.net/publications/Tosi2021CVPR.pdf)][[Code](https://github.com/fabiotosi92/SMD-Nets)]. CVPR2021\n"
        )
    };
    let plain = "Stereo Mixture Density Networks";
    let named = "SMD-Nets: Stereo Mixture Density Networks";
    assert_eq!(lines("duplicate-paper", &text(plain, named)), [5]);
    assert_eq!(lines("duplicate-paper", &text(named, plain)), [5]);
    // Two names before one title are two works.
    let other = "SMD-Lite: Stereo Mixture Density Networks";
    assert!(lines("duplicate-paper", &text(other, named)).is_empty());
    // In two runs, filed twice on purpose.
    let two_runs = text(plain, named).replace("* **Cascade", "\n## 2022\n\n* **Cascade");
    assert!(lines("duplicate-paper", &two_runs).is_empty());
}
