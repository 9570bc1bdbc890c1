#[test]
fn one_name_described_twice_is_one_title() {
    let a = "4) MusicGen - a single-stage transformer-based LLM that operates over several streams";
    let b = "4) MusicGen - a simple and controllable model for music generation";
    assert!(super::titles_match(Some(a), Some(b)));
    let c = "7) Factuality Detection in LLMs - proposes a tool called FacTool";
    assert!(!super::titles_match(Some(a), Some(c)));
}

#[test]
fn a_title_with_its_acronyms_written_out_is_one_title() {
    let long = "Unifying large language models and knowledge graphs: a roadmap";
    for short in [
        "Unifying LLMs and KGs: a roadmap",
        "Unifying LLM and KG: A Roadmap",
    ] {
        assert!(super::titles_match(Some(short), Some(long)), "{short}");
    }
    // Another word beside the acronym: another paper.
    let other = "Unifying LLMs and KGs: a survey";
    assert!(!super::acronyms_spelled_out(other, long));
    assert!(!super::acronyms_spelled_out(
        "Scaling LLMs",
        "Scaling laws models"
    ));
    assert!(!super::titles_match(
        Some("A Survey on RL"),
        Some("A survey on representation learning")
    ));
}

#[test]
fn a_version_number_after_a_name_is_another_model() {
    assert!(!super::titles_match(
        Some("MobileLLM-R1"),
        Some("MobileLLM-R1.5")
    ));
    assert!(super::titles_match(
        Some("DARTS"),
        Some("DARTS: Differentiable Architecture Search")
    ));
    assert!(super::titles_match(
        Some("Attention Is All You Need"),
        Some("Attention Is All You Need (2017)")
    ));
    assert!(!super::titles_match(Some("DAVIS"), Some("DAVIS 2017")));
}

#[test]
fn a_name_with_its_version_is_one_name() {
    for (a, b) in [
        ("SQuAD", "SQuAD1.0"),
        ("MobileLLM-R1", "MobileLLM-R1.5"),
        ("BERT", "BERT v2"),
    ] {
        assert!(super::one_name_with_a_version(a, b), "{a} {b}");
    }
    for (a, b) in [
        ("SQuAD", "SQuAD"),
        ("GPT", "GPT-Neo"),
        ("R1", "R12"),
        ("SQuAD", "CoQA 2"),
    ] {
        assert!(!super::one_name_with_a_version(a, b), "{a} {b}");
    }
}

#[test]
fn a_one_word_names_mark_is_part_of_it() {
    assert_eq!(
        super::naming_part("Neural Architecture Search (NAS)"),
        "Neural Architecture Search"
    );
    assert_eq!(super::naming_part("CharXiv(DQ)"), "CharXiv(DQ)");
    assert_eq!(super::naming_part("VideoQA (FIB)"), "VideoQA (FIB)");
}

#[test]
fn variants_of_one_work_have_related_names() {
    for (a, b) in [
        ("MT-GPT", "MT-GPT2"),
        ("MT-GPTJ", "MT-BART"),
        ("SABRA-Res50", "SABRA-Res50FPN"),
        ("CDN-s+HQM", "QPIC+HQM"),
        ("ChemRxnExtractor", "ChemBERT"),
        ("VIL+", "VIL+DisTR"),
    ] {
        assert!(super::related_names(a, b), "{a} {b}");
    }
    for (a, b) in [
        ("DiffPose", "PoseFormer"),
        ("ReCo", "Preemptive Hallucination Reduction"),
        ("LLaMP", "MT-GPT"),
        ("", "A"),
    ] {
        assert!(!super::related_names(a, b), "{a} {b}");
    }
}

#[test]
fn author_labels_are_no_titles() {
    for label in [
        "Wang et al.",
        "Xu et. al",
        "Wang et.al.",
        "Shen et al. (RF-UC)",
        "Van Gool etal",
    ] {
        assert!(super::names_authors_only(label), "{label}");
    }
    for title in [
        "et al",
        "Deep Learning",
        "Wang",
        "A Survey by Wang et al.",
        "",
    ] {
        assert!(!super::names_authors_only(title), "{title}");
    }
}

use super::*;

/// The hash as it was first written, character by character: title_hash
/// must give the same value.
#[test]
fn title_hash_is_the_hash_of_the_key_letters() {
    use std::hash::{Hash, Hasher};
    for title in [
        "DARTS: Differentiable Architecture Search",
        "β-DARTS++: Bi-level Regularization (ICML 2022)",
        "Simﬂuence: Modeling the Influence of Individual Training Examples",
        "NAS-Bench-201 — Extending the Scope of Reproducible NAS",
        "",
    ] {
        let mut hasher = Fnv64::default();
        for c in identity_key(title).chars() {
            c.hash(&mut hasher);
        }
        "title".hash(&mut hasher);
        assert_eq!(title_hash(title), hasher.finish(), "{title}");
    }
}

#[test]
fn title_hash_agrees_with_identity_key() {
    let pairs = [
        (
            "DARTS: Differentiable  Architecture Search",
            "darts - differentiable architecture search.",
        ),
        ("β-DARTS++", "Β-darts++"),
        // A lost space, seen in real lists.
        (
            "Learning Methods for Neural Architecture Search",
            "Learning Methodsfor Neural Architecture Search",
        ),
        ("StyleDiffusion", "Style Diffusion"),
        // A trailing acronym one copy adds.
        (
            "Differentiable Architecture Search (DARTS)",
            "Differentiable Architecture Search",
        ),
    ];
    for (a, b) in pairs {
        assert_eq!(identity_key(a), identity_key(b), "{a} / {b}");
        assert_eq!(title_hash(a), title_hash(b), "{a} / {b}");
    }
    assert_ne!(title_hash("β-DARTS++: x"), title_hash("β-DARTS: x"));
    // Only a short parenthesised acronym goes, not other trailing words.
    assert_ne!(
        identity_key("Attention Is All You Need (extended version)"),
        identity_key("Attention Is All You Need")
    );
    assert_ne!(identity_key("(NAS)"), "");
}

#[test]
fn titles_match_despite_case_prefixes_and_small_edits() {
    let m = |a: &str, b: &str| titles_match(Some(a), Some(b));
    assert!(m(
        "NAS-Bench-101: Towards Reproducible NAS",
        "nas-bench-101 towards reproducible NAS"
    ));
    assert!(m("DARTS", "DARTS: Differentiable Architecture Search"));
    assert!(m(
        "Once for All: Train One Network and Specialize it for Efficient Deployment",
        "Once-for-All: Train One Network and Specialize It for Efficient Deployment on Diverse Hardware"
    ));
    assert!(!m(
        "One-Shot Neural Ensemble Architecture Search by Diversity-Guided Search Space Shrinking",
        "DOTS: Decoupling Operation and Topology in Differentiable Architecture Search"
    ));
    // A venue tag before one copy's title, in a list that writes them.
    assert!(m(
        "SEGA",
        "(25)SEGA: Drivable 3D Gaussian Head Avatar from a Single Image"
    ));
    assert!(m("(CVPR25 Workshop)SVAD: From Single Image", "SVAD"));
    assert!(!m("(CVPR25)SVAD: From Single Image", "SEGA"));
    assert!(!m(
        "β-DARTS++: Bi-level Regularization",
        "β-DARTS: Beta-Decay Regularization"
    ));
}

#[test]
fn a_short_title_taken_to_a_new_problem_is_told_apart() {
    assert!(taken_further(
        "Neural ordinary differential equations",
        "Neural ordinary differential equations for modeling epidemic spreading"
    ));
    // A long title cut short, a subtitle after a name: no new problem.
    assert!(!taken_further(
        "Denoising Diffusion Probabilistic Models for Robust Image Super-Resolution",
        "Denoising Diffusion Probabilistic Models for Robust Image Super-Resolution in the Wild"
    ));
    assert!(!taken_further(
        "DARTS",
        "DARTS: Differentiable Architecture Search"
    ));
    assert!(!taken_further("SVAD", "SVAD: From Single Image"));
}

#[test]
fn a_shortened_title_keeps_its_own_words() {
    let m = |a: &str, b: &str| titles_match(Some(a), Some(b));
    // zcharon's Reinforced-MLLM: two models' names, one inside the other.
    assert!(!m("Video-R1", "TinyLLaVA-Video-R1"));
    assert!(!m("MobileLLM-R1", "MobileLLM-R1.5"));
    assert!(m("Video-R1", "video_r1"));
    assert!(m("Sketch Guided diffusion", "Sketch-Guided DM"));
    // Shared function and topic words make no shortened copy: the short
    // title loses "sparse", "pre" and "trained".
    assert!(!m(
        "Sparse Low-rank Adaptation of Pre-trained Language Models",
        "LoRETTA: Low-Rank Economic Tensor-Train Adaptation for Ultra-Low-Parameter Fine-Tuning of Large Language Models"
    ));
    // A word put in place of another is another paper; an abbreviation
    // or an inflection is not.
    assert!(!m(
        "Heterogeneous Graph Attention Network",
        "Heterogeneous Graph Neural Network"
    ));
    assert!(m(
        "Query-based Adversarial Attacks on Graph with Fake Nodes",
        "Query-based Adversarial Attacks on Graphs with Fake Nodes"
    ));
    assert!(!m(
        "Latent diffusion for arbitrary zoom MRI super-resolution",
        "IM-Diff: Implicit Multi-Contrast Diffusion Model for Arbitrary Scale MRI Super-Resolution"
    ));
    // Two of the short title's words that the long one neither has nor
    // inflects: NSW's title, not HNSW's cut short.
    assert!(!m(
        "Approximate nearest neighbor algorithm based on navigable small world graphs",
        "Efficient and Robust Approximate Nearest Neighbor Search Using Hierarchical Navigable Small World Graphs (Abbr. HNSW)"
    ));
}

#[test]
fn one_name_before_two_subtitles_is_one_title() {
    let m = |a: &str, b: &str| titles_match(Some(a), Some(b));
    assert!(m(
        "IMDer: Incomplete Multimodal Learning for Emotion Recognition",
        "IMDer: Incomplete Multimodal Learning via Diffusion for ERC"
    ));
    assert!(!m(
        "AnyText: Multilingual Visual Text Generation And Editing",
        "Anytext2: Visual text generation and editing with customizable attributes"
    ));
    // Four words before the colon are a sentence, not a name.
    assert!(!m(
        "Learning to Search Architectures: a study of reward shaping",
        "Learning to Search Architectures: fast evolution by weight sharing"
    ));
    // A word or an acronym many papers share names none of them.
    assert!(!m(
        "Position: Levels of AGI for Operationalizing Progress on the Path to AGI",
        "Position: Graph Learning Will Lose Relevance Due To Poor Benchmarks"
    ));
    assert!(!m(
        "SAM: Sharpness-Aware Minimization for Efficiently Improving Generalization",
        "SAM: Segment Anything"
    ));
    // A coined name before two subtitles that share nothing is two papers.
    assert!(!m(
        "GraphX: Fast Joins on GPUs",
        "GraphX: Protein Folding Atlas"
    ));
}

#[test]
fn ligatures_are_spelt_out_in_identity_keys_and_hashes() {
    assert_eq!(identity_key("Simﬂuence"), identity_key("SimFluence"));
    assert_eq!(title_hash("Simﬂuence"), title_hash("SimFluence"));
}

#[test]
fn a_subtitle_shortened_under_one_coined_name() {
    let full = "Q-Diffusion: Quantization-Aware Training for Diffusion Models";
    // A word left out, or the last one cut.
    assert!(super::one_name_one_subtitle_shortened(
        full,
        "Q-Diffusion: Quantization-Aware Training for Diff"
    ));
    assert!(super::one_name_one_subtitle_shortened(
        "OG-PCL: Efficient Sparse Radar Point Cloud Processing for Human Activity Recognition",
        "OG-PCL: Efficient Sparse Point Cloud Processing for Human Activity Recognition"
    ));
    // Three words more is another title; two words of meaning say too
    // little; a genre's label or a name of two words names no paper.
    assert!(!super::one_name_one_subtitle_shortened(
        "Q-Diffusion: Quantization-Aware Training",
        full
    ));
    assert!(!super::one_name_one_subtitle_shortened(
        "Q-Diffusion: Training Diffusion",
        "Q-Diffusion: Training Diffusion Models"
    ));
    assert!(!super::one_name_one_subtitle_shortened(
        "Survey: Quantization-Aware Training for Diffusion",
        "Survey: Quantization-Aware Training for Diffusion Models"
    ));
    assert!(!super::one_name_one_subtitle_shortened(
        "Q Diffusion: Quantization-Aware Training for Diffusion",
        "Q Diffusion: Quantization-Aware Training for Diffusion Models"
    ));
    // A word of the shorter missing from the longer: two subtitles.
    assert!(!super::one_name_one_subtitle_shortened(
        full,
        "Q-Diffusion: Quantization-Aware Training for Video Models"
    ));
}

#[test]
fn a_title_respelled_is_one_title() {
    // pprp's OCRNet, cross-listed once with a plural dropped and a typo.
    let a = "Object-Contextual Representations for Semantic Segmentation";
    let b = "Object Contextual Representation for sematic segmentation";
    assert!(super::titles_match(Some(a), Some(b)));
    let respelled = |x: &str, y: &str| {
        super::respelled(&crate::facts::title_key(x), &crate::facts::title_key(y))
    };
    assert!(respelled(a, b));
    // Half the words edited, a short word changed, a word more: another
    // title, or one for the other tests.
    assert!(!respelled(
        "Objects Contextual Representation for sematic segmentation",
        a
    ));
    assert!(!respelled(
        "Object Contextual Representations by Semantic Segmentation",
        a
    ));
    assert!(!respelled(
        "Object Contextual Representations for Semantic Segmentation Now",
        a
    ));
    // A number is no typo: two editions of one report.
    assert!(!respelled(
        "Findings of the 2021 Conference on Machine Translation",
        "Findings of the 2022 Conference on Machine Translation"
    ));
}
