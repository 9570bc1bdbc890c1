//! Tests of shared-paper-link: rows named by a method or model name beside
//! titled rows, and the names that make one paper or two.

use crate::rules::testing::*;

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
