//! Tests of shared-paper-link on list items: two titles on one paper link.

use crate::rules::testing::*;

const KV: &str =
    "Attention Score is not All You Need for Token Importance Indicator in KV Cache Reduction";
const EVICTION: &str = "On the Efficacy of Eviction Policy for Key-Value Constrained Generative Language Model Inference";

fn item(title: &str, url: &str) -> String {
    format!("1. [**{title}.**]({url}) *Some Authors.* Arxiv 2024.\n")
}

#[test]
fn two_titles_on_one_link_are_reported_at_the_second() {
    let text = format!(
        "## KV cache\n\n{}{}\n## Other\n\n{}",
        item(KV, "https://arxiv.org/abs/2406.12335"),
        item(
            "Some Unrelated Paper About Pruning",
            "https://arxiv.org/abs/2406.00001"
        ),
        item(EVICTION, "https://arxiv.org/pdf/2406.12335.pdf")
    );
    let found = check("shared-paper-link", &text);
    assert_eq!(found.len(), 1);
    assert_eq!(lines("shared-paper-link", &text), [8]);
    assert!(
        found[0].message.contains("arXiv 2406.12335"),
        "{}",
        found[0].message
    );
    assert!(found[0].message.contains("line 3"), "{}", found[0].message);
}

#[test]
fn one_paper_retitled_or_listed_twice_shares_its_link_rightly() {
    let url = "https://arxiv.org/abs/2406.12335";
    // Cross-listed under its own title; renamed after review (most words kept).
    let text = format!("## A\n\n{}\n## B\n\n{}", item(KV, url), item(KV, url));
    assert!(lines("shared-paper-link", &text).is_empty());
    let renamed = "Token Importance in KV Cache Reduction: Value Also Matters";
    let text = format!("{}{}", item(KV, url), item(renamed, url));
    assert!(lines("shared-paper-link", &text).is_empty());
    // A code link, or a paper with no id, shares nothing.
    let code = "https://github.com/a/b";
    let text = format!("{}{}", item(KV, code), item(EVICTION, code));
    assert!(lines("shared-paper-link", &text).is_empty());
}

#[test]
fn a_dataset_named_after_its_paper_links_the_paper() {
    let url = "https://arxiv.org/pdf/2206.06994.pdf";
    let paper = "ProcTHOR: Large-Scale Embodied AI Using Procedural Generation";
    let dataset = "🏘️ ProcTHOR-10K: 10K Interactive Household Environments for Embodied AI";
    let text = format!("{}{}", item(paper, url), item(dataset, url));
    assert!(lines("shared-paper-link", &text).is_empty());
    // Two coined names that merely start alike are two papers.
    let a = "MMedAgent-RL: Optimizing Multi-Agent Collaboration for Multimodal Medical Reasoning";
    let b = "MMed-RAG: Versatile Multimodal RAG System for Medical Vision Language Models";
    let text = format!("{}{}", item(a, url), item(b, url));
    assert_eq!(lines("shared-paper-link", &text), [2]);
}

#[test]
fn a_venue_written_into_both_titles_does_not_make_them_one() {
    let url = "https://arxiv.org/abs/1804.03821";
    let exfuse = "ExFuse: Enhancing Feature Fusion for Semantic Segmentation - ECCV - 2018";
    let deeplab = "Encoder-Decoder with Atrous Separable Convolution for Semantic Image Segmentation(DeepLabv3+) - ECCV - 2018";
    let text = format!("- [{exfuse}]({url})\n- [{deeplab}]({url})\n");
    assert_eq!(lines("shared-paper-link", &text), [2]);
}

#[test]
fn short_titles_sharing_their_field_s_words_are_two_papers() {
    let url = "https://openaccess.thecvf.com/content_CVPR_2020/papers/Zhou_Learning_to_Select_Base_Classes_for_Few-Shot_Classification_CVPR_2020_paper.pdf";
    let entry = |name: &str, title: &str| {
        format!("+ **{name}**: Some Authors. \"{title}.\" CVPR (2020). [[pdf]]({url})\n\n")
    };
    let text = format!(
        "#### CVPR 2020\n\n{}{}",
        entry(
            "Selection-FSL",
            "Learning to Select Base Classes for Few-Shot Classification"
        ),
        entry("DSN", "Adaptive Subspaces for Few-Shot Learning")
    );
    assert_eq!(lines("shared-paper-link", &text), [5]);
}

#[test]
fn two_versions_of_one_paper_under_their_two_titles_are_listed_on_purpose() {
    let text = format!(
        "**Core survey (v2)**\n\n- {}\n**Legacy survey (v1)**\n\n- {}",
        item(KV, "https://arxiv.org/abs/2406.12335"),
        item(EVICTION, "https://arxiv.org/abs/2406.12335v1")
    );
    assert!(lines("shared-paper-link", &text).is_empty());
}

#[test]
fn one_name_before_two_subtitles_is_one_paper_retitled() {
    let url = "https://arxiv.org/abs/2312.02120";
    let text = format!(
        "{}{}",
        item(
            "Magicoder: Empowering Code Generation with OSS-Instruct",
            url
        ),
        item("Magicoder: Source code is all you need", url)
    );
    assert!(lines("shared-paper-link", &text).is_empty());
}

#[test]
fn a_note_opening_with_the_papers_name_names_that_paper() {
    // alopatenko/LLMEvaluation links SCORE once under a note on it.
    let url = "https://arxiv.org/abs/2503.00137v1";
    let text = format!(
        "## Robustness\n\n- [Score from Nvidia, a link to the github is inside the article, the code should be available soon]({url})\n\n## Consistency\n\n- SCORE: Systematic COnsistency and Robustness Evaluation for Large Language Models, Feb 2025, Nvidia, [arxiv]({url})\n- Holistic Evaluation of Language Models, Nov 2022, [arxiv](https://arxiv.org/abs/2211.09110)\n- Beyond the Imitation Game Benchmark, Jun 2022, [arxiv](https://arxiv.org/abs/2206.04615)\n"
    );
    assert!(lines("shared-paper-link", &text).is_empty());
    // Another paper's note on that link is a wrong link still.
    let other = text.replace("Score from Nvidia", "Scorer from Nvidia");
    assert_eq!(lines("shared-paper-link", &other), [7]);
    // A title opening with that word names a paper of its own
    // (IcyFeather233's `Scope Delineation Before Localization (SDBL)`
    // beside `SCOPE: Prompt Evolution ...`).
    let title = text.replace(
        "Score from Nvidia, a link to the github is inside the article, the code should be available soon",
        "Score Delineation Before Localization (SDBL)",
    );
    assert_eq!(lines("shared-paper-link", &title), [7]);
}

#[test]
fn the_lists_topic_words_tell_no_two_papers_apart() {
    // QinHsiu's contrastive-recommendation list: two titles share only the
    // words most of its titles hold.
    let topic = |n: u32| {
        item(
            &format!("Contrastive Learning Method Number{n} for Recommendation"),
            &format!("https://arxiv.org/abs/2201.0000{n}"),
        )
    };
    let papers: String = (1..=6).map(topic).collect();
    let url = "https://arxiv.org/abs/2203.03982";
    let pair = [
        item(
            "Predictive and Contrastive: Dual-Auxiliary Learning for Recommendation",
            url,
        ),
        item(
            "Multi-Behavior Dynamic Contrastive Learning for Recommendation",
            url,
        ),
    ]
    .concat();
    let text = format!("## Papers\n\n{papers}{pair}");
    assert_eq!(lines("shared-paper-link", &text), [10]);
    // In a short list no word is its topic: the two titles share half
    // their words, and may be one paper renamed.
    let text = format!("## Papers\n\n{pair}");
    assert!(lines("shared-paper-link", &text).is_empty());
}

/// One shared-paper-link finding in `text`, whose message says `words`.
fn assert_only_message(text: &str, words: &str) {
    let found = check("shared-paper-link", text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].message.contains(words), "{}", found[0].message);
}

#[test]
fn a_renamed_paper_is_named_as_such_and_a_wrong_link_as_wrong() {
    let url = "https://arxiv.org/abs/2106.07767";
    let first = "How does Heterophily Impact Robustness of Graph Neural Networks? Theoretical Connections and Practical Implications";
    // Five words in a row kept: one paper renamed.
    let renamed = "On the Relationship between Heterophily and Robustness of Graph Neural Networks";
    let text = format!(
        "## 2022\n\n{}\n## 2021\n\n{}",
        item(first, url),
        item(renamed, url)
    );
    assert_only_message(&text, "probably once under an older title");
    // A preprint beside its publication, titles of one topic: the
    // preprint's title is the older one.
    let published = "- [Bottom-Up Temporal Action Localization with Mutual Regularization](https://arxiv.org/abs/2002.07358) (ECCV 2020)\n";
    let preprint = "- **Constraining Temporal Relationship for Action Localization** (arxiv 2020) [paper](https://arxiv.org/abs/2002.07358)\n";
    // In a list on temporal action localization, whose topic words tell
    // no two of its papers apart.
    let topic: String = (1..=6)
        .map(|i| format!("- [Temporal Action Localization Method Number {i}](https://arxiv.org/abs/2001.0000{i}) (CVPR 2020)\n"))
        .collect();
    let text = format!("## Supervised\n\n{topic}{published}\n## Weakly\n\n{preprint}");
    assert_only_message(&text, "under the preprint's older title");
    // The venue as the whole text of the paper link, the year apart
    // (M-3LAB's `**[2024]** Title [[Information Fusion]](arxiv)`).
    let published = "5. **[2024]** Cross-Modal Distillation in Industrial Anomaly Detection: Exploring Efficient Multi-Modal IAD [[Information Fusion]](https://arxiv.org/abs/2405.13571)\n";
    let preprint = "5. **[2024]** Incomplete Multimodal Industrial Anomaly Detection via Cross-Modal Distillation [[Arxiv]](https://arxiv.org/pdf/2405.13571)\n";
    let other = |n: u8| {
        format!("6. **[2024]** Another Paper About Anomaly Detection Number {n} [[CVPR]](https://arxiv.org/abs/2405.1358{n})\n")
    };
    let text = format!(
        "## RGB\n\n{published}{}\n## Point cloud\n\n{preprint}{}",
        other(1),
        other(2)
    );
    assert_only_message(&text, "under the preprint's older title");
    // A link named after the journal that leads to its site, not to the
    // paper, names no venue of the item: no renaming is told.
    let on_its_site = published.replace(
        "[[Information Fusion]](https://arxiv.org/abs/2405.13571)",
        "[[Information Fusion]](https://www.sciencedirect.com/journal/information-fusion) [[pdf]](https://arxiv.org/abs/2405.13571)",
    );
    let text = format!(
        "## RGB\n\n{on_its_site}{}\n## Point cloud\n\n{preprint}{}",
        other(1),
        other(2)
    );
    assert!(
        check("shared-paper-link", &text)
            .iter()
            .all(|d| !d.message.contains("older title")),
        "{:?}",
        check("shared-paper-link", &text)
    );
    // Two papers of one topic share words here and there: a wrong link.
    let topic: String = (1..=6)
        .map(|i| {
            item(
                &format!("Robust Graph Neural Network Defence Number {i}"),
                &format!("https://arxiv.org/abs/2001.0000{i}"),
            )
        })
        .collect();
    let text = format!(
        "## A\n\n{topic}{}\n## B\n\n{}",
        item("Graph and Graphon Neural Network Stability", url),
        item(
            "Graph Neural Networks: Architectures, Stability and Transferability",
            url
        )
    );
    assert_only_message(&text, "one of the two links is wrong");
}

#[test]
fn one_paper_under_its_preprint_title_in_another_section_is_reported() {
    let published = "3. [Weakly-supervised Temporal Action Localization by Uncertainty Modeling](https://arxiv.org/abs/2006.07006) (AAAI 2021)\n";
    let preprint = "8. **Background Modeling via Uncertainty Estimation for Weakly-supervised Action Localization** (arxiv 2020) [paper](https://arxiv.org/abs/2006.07006)\n";
    let text = format!("## Weakly supervised\n\n{published}\n## Background\n\n{preprint}");
    let found = check("shared-paper-link", &text);
    assert_eq!(lines("shared-paper-link", &text), [7]);
    assert!(
        found[0]
            .message
            .contains("under the preprint's older title"),
        "{}",
        found[0].message
    );
    // An item citing the paper it builds on shares that link rightly.
    let citing = "## Foundations\n\n- [Denoising Diffusion Probabilistic Models](https://arxiv.org/abs/2006.11239) (NeurIPS 2020)\n\n## Audio\n\n- **Denoising Diffusion Models for Audio Synthesis** (arXiv 2023), built on [DDPM](https://arxiv.org/abs/2006.11239) [[paper](https://arxiv.org/abs/2301.01234)]\n";
    assert!(lines("shared-paper-link", citing).is_empty());
    // Without a preprint beside a publication, two titles of one paper in
    // two sections are the list's shorthand.
    // (ManipLLM's subtitle written out in one, abbreviated in the other.)
    let no_venues = "## Manipulation\n\n- [ManipLLM: Embodied MLLM for Object-Centric Robotic Manipulation](https://arxiv.org/abs/2312.16217)\n\n## MLLMs\n\n- [ManipLLM: Embodied Multimodal Large Language Model for Object-Centric Robotic Manipulation](https://arxiv.org/abs/2312.16217)\n";
    assert!(lines("shared-paper-link", no_venues).is_empty());
    // A name added before the title is the same title, cross-listed.
    let named = "## Grasping\n\n- [Omnigrasp: Grasping Diverse Objects with Simulated Humanoids](https://arxiv.org/abs/2407.11385) (NeurIPS 2024)\n\n## Humanoids\n\n- [Grasping Diverse Objects with Simulated Humanoids](https://arxiv.org/abs/2407.11385) (arXiv 2024)\n";
    assert!(lines("shared-paper-link", named).is_empty());
}

#[test]
fn one_title_within_the_other_is_one_paper_not_a_wrong_link() {
    // In a list on reinforcement learning (its topic words aside, the two
    // titles share one word), one title is the other's name.
    let topic: String = (1..=6)
        .map(|i| format!("- Reinforcement Learning Method Number {i} [[paper]](https://arxiv.org/abs/2001.0000{i})\n"))
        .collect();
    let text = format!(
        "## Generalist agents\n\n{topic}- FoundationReinforcement Learning: towards Embodied Generalist Agents with Foundation Prior Assistance [[paper]](https://doi.org/10.48550/arXiv.2310.02635)\n- Foundation Reinforcement Learning (FRL) [[paper]](https://arxiv.org/abs/2310.02635)\n"
    );
    assert!(lines("shared-paper-link", &text).is_empty());
    assert_eq!(lines("duplicate-paper", &text), [10]);
}

#[test]
fn a_note_under_a_paper_citing_another_is_no_item_of_that_paper() {
    let paxos =
        "https://www.microsoft.com/en-us/research/wp-content/uploads/2016/02/tr-2005-33.pdf";
    let pbft = "http://pmg.csail.mit.edu/papers/osdi99.pdf";
    let text = format!(
        "# Papers\n\n\
         * Generalized Consensus and Paxos, Tech Report 2005 [[pdf]({paxos})]\n\
         * There Is More Consensus in Egalitarian Parliaments, SOSP 2013 [[pdf](https://x.edu/epaxos.pdf)]\n  \
         * This paper describes EPaxos, which realizes [Generalized Paxos]({paxos}) and makes some further improvements.\n\
         * Making Reads in BFT State Machine Replication Fast, SRDS 2021 [[arxiv](https://arxiv.org/abs/2107.11144)]\n  \
         * Identifies and fixes a liveness issue in [PBFT]({pbft})'s fast path for read-only operations\n\
         * Practical Byzantine Fault Tolerance, OSDI 1999 [[pdf]({pbft})]\n"
    );
    assert!(lines("shared-paper-link", &text).is_empty());
    // The same link as an item's own, after its title, is shared.
    let text = format!(
        "# Papers\n\n\
         * Generalized Consensus and Paxos, Tech Report 2005 [[pdf]({paxos})]\n\
         * Making Reads in BFT State Machine Replication Fast, SRDS 2021 [[pdf]({pbft})]\n\
         * Practical Byzantine Fault Tolerance, OSDI 1999 [[pdf]({paxos})]\n"
    );
    assert_eq!(lines("shared-paper-link", &text), [5]);
}

#[test]
fn a_link_labelled_as_the_paper_s_is_the_item_s_own() {
    // suhwan-cho's video segmentation list L429/L435: each item's `[[Paper]]`
    // links its proceedings, and both `[[arXiv]]` links one preprint.
    let text = "## 2023\n\n\
        - **[DEVA]** Tracking Anything with Decoupled Video Segmentation, *ICCV* [[Paper]](https://openaccess.thecvf.com/content/ICCV2023/papers/Cheng_Tracking_Anything_ICCV_2023_paper.pdf) [[arXiv]](https://arxiv.org/abs/2309.03903)\n\
        - **[DVSOD]** DVSOD: RGB-D Video Salient Object Detection, *NeurIPS* [[Paper]](https://openreview.net/pdf?id=Hm1Ih3uLII) [[arXiv]](https://arxiv.org/abs/2308.11796) [[Page]](https://dvsod.github.io/)\n\
        - **[Timetuning]** Time Does Tell: Self-Supervised Time-Tuning of Dense Image Representations, *ICCV* [[Paper]](https://openaccess.thecvf.com/content/ICCV2023/papers/Salehi_Time_Does_Tell_ICCV_2023_paper.pdf) [[arXiv]](https://arxiv.org/abs/2308.11796)\n";
    let found = check("shared-paper-link", text);
    assert_eq!(lines("shared-paper-link", text), [5], "{found:?}");
    // Pointed at the labelled link that holds the shared id.
    let at = found[0].span.slice(text);
    assert!(
        at.starts_with("[[arXiv]]") || at.starts_with("[arXiv]"),
        "{at}"
    );
    // A link named after another work cites it: no finding.
    let citing = text.replace(
        "[[arXiv]](https://arxiv.org/abs/2308.11796) [[Page]]",
        "built on [[TimeT]](https://arxiv.org/abs/2308.11796) [[Page]]",
    );
    assert!(lines("shared-paper-link", &citing).is_empty());
    // A labelled link on a note's line below the links cites another work.
    let note = text.replace(
        "[[arXiv]](https://arxiv.org/abs/2308.11796) [[Page]](https://dvsod.github.io/)",
        "[[Page]](https://dvsod.github.io/)\n  Baseline compared: [[arXiv]](https://arxiv.org/abs/2308.11796)",
    );
    assert!(lines("shared-paper-link", &note).is_empty(), "{note}");
}

#[test]
fn a_bare_url_under_an_items_title_is_its_paper_link() {
    // HzFu's COVID-19 imaging list L1214/L1256: a bold quoted title, then the
    // paper as a labelled bare URL on the next line, which GitHub autolinks.
    let item = |title: &str, url: &str| {
        format!("1. **\"{title}.\"** arXiv, 2020. <br>\narXiv: {url}\n\n    *Some Authors*\n\n")
    };
    let text = format!(
        "## CXR-based methods\n\n{}{}{}",
        item(
            "COVID-Xpert: An AI Powered Population Screening of COVID-19 Cases Using Chest Radiography Images",
            "https://arxiv.org/abs/2004.03042"
        ),
        item(
            "Another Paper on Chest Radiographs of Some Kind",
            "https://arxiv.org/abs/2004.05000"
        ),
        item(
            "COVID-MobileXpert: On-Device COVID-19 Screening using Snapshots of Chest X-Ray",
            "https://arxiv.org/abs/2004.03042"
        ),
    );
    let found = check("shared-paper-link", &text);
    assert_eq!(lines("shared-paper-link", &text), [14], "{found:?}");
    assert_eq!(
        found[0].span.slice(&text),
        "https://arxiv.org/abs/2004.03042"
    );
    // The title quoted once, without the quotes the list writes it in.
    assert!(
        found[0].message.contains("for \"COVID-Xpert"),
        "{}",
        found[0].message
    );
    // In code, GitHub shows no link, and nas-lint reads none.
    let in_code = text.replace(
        "arXiv: https://arxiv.org/abs/2004.03042",
        "`arXiv: https://arxiv.org/abs/2004.03042 (v2)`",
    );
    assert!(lines("shared-paper-link", &in_code).is_empty());
}

#[test]
fn a_bold_aside_in_parentheses_is_no_title() {
    // trust-nlp's South Asian LM survey L37/L84: one paper cross-listed, once
    // after the models it names in bold parentheses.
    let title = "Nepali Encoder Transformers: An Analysis of Auto Encoding Transformer Language Models for Nepali Text Classification";
    let url = "https://aclanthology.org/2022.sigul-1.14.pdf";
    let text = format!(
        "## Models\n\n- ***(Nepali DistilBERT, Nepali DeBERTa)*** - {title} [[paper]]({url})\n- ***(IndicBART)*** - Some Other Paper on Indic Languages [[paper]](https://aclanthology.org/2021.findings-acl.1.pdf)\n\n## Nepali\n\n- {title} [[paper]]({url})\n- A Third Paper on Nepali Named Entities [[paper]](https://aclanthology.org/2023.a-1.2.pdf)\n- A Fourth Paper on Nepali Speech Tagging [[paper]](https://aclanthology.org/2023.a-1.3.pdf)\n"
    );
    assert!(lines("shared-paper-link", &text).is_empty());
    // The item still names its paper by the title after the aside.
    let other = text.replacen(
        &format!("\n- {title} [[paper]]"),
        "\n- A Wholly Different Paper About Nepali Text [[paper]]",
        1,
    );
    assert_eq!(lines("shared-paper-link", &other), [8]);
}

/// ChanganVR's embodied-vision list: a short title whose words are the
/// long one's (`Semantic Audio-Visual Navigation`) reads as it cut short,
/// but two conferences are two papers.
#[test]
fn titles_alike_at_two_conferences_are_two_papers() {
    let item = |title: &str, venue: &str, id: &str| {
        format!("* **{title}** <br>\n*A. Author* <br>\n{venue} [[Paper]](https://arxiv.org/pdf/{id}.pdf)\n\n")
    };
    // Bold titles by habit: the short one is read too.
    let fillers: String = (1..=10)
        .map(|n| {
            item(
                &format!("Filler Paper Number {n} About Robots"),
                "ICRA, 2020.",
                &format!("2001.{n:05}"),
            )
        })
        .collect();
    let text = |first: &str, second: &str| {
        format!(
            "## Audio-Visual Navigation\n\n{fillers}{}{}",
            item(
                "Look, Listen, and Act: Towards Audio-Visual Embodied Navigation",
                first,
                "2012.11583"
            ),
            item("Semantic Audio-Visual Navigation", second, "2012.11583"),
        )
    };
    assert_eq!(
        lines("shared-paper-link", &text("ICRA, 2020.", "CVPR, 2021.")),
        [49]
    );
    // One conference in two years, or a workshop's paper at a conference,
    // may be one paper listed twice.
    for (first, second) in [
        ("ECCV, 2020.", "ECCV, 2022."),
        ("Workshop at CVPR, 2020.", "ICRA, 2021."),
        ("Preprint.", "CVPR, 2021."),
    ] {
        let text = text(first, second);
        assert!(
            check("shared-paper-link", &text).is_empty(),
            "{first} {second}"
        );
    }
}

/// AmberLJC/LLMSys-PaperList: AQUA under its first arXiv title, which ends
/// with the system's name, and under its ASPLOS title, which opens with it.
#[test]
fn a_title_naming_the_work_the_other_coins_is_one_paper_renamed() {
    let text = |later: &str| {
        format!(
            "# Systems\n\n## Serving\n\n\
             - [Responsive ML inference in multi-tenanted environments using AQUA](https://arxiv.org/abs/2407.21255)\n\
             - [Punica](https://arxiv.org/abs/2310.18547): Multi-Tenant LoRA Serving\n\n\
             ## Offloading\n\n\
             - {later} | ASPLOS 2025\n\
             - [Other](https://arxiv.org/abs/2401.00001): Memory Tiering for Large Models Today\n"
        )
    };
    let renamed = text("[AQUA](https://arxiv.org/abs/2407.21255) : Network-Accelerated Memory Offloading for LLMs in Scale-Up GPU Domains");
    let found = check("shared-paper-link", &renamed);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0]
            .message
            .contains("probably once under an older title"),
        "{}",
        found[0].message
    );
    // A version of the name is another work's: one of the links is wrong.
    let version = renamed.replace("using AQUA]", "using AQUA-2]");
    let found = check("shared-paper-link", &version);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].message.contains("one of the two links is wrong"),
        "{}",
        found[0].message
    );
}

#[test]
fn a_dataset_entry_quoting_its_papers_title_is_that_paper() {
    // TheShadow29/awesome-grounding: the DiDeMo dataset's entry opens with
    // the dataset's name, then gives its paper's title; the paper is filed
    // again under its own title in another section.
    let dataset = "1. **Distinct Describable Moments (DiDeMo)**: Hendricks, Lisa Anne, et al. **Localizing moments in video with natural language.** ICCV 2017. [[Paper]](https://arxiv.org/pdf/1708.01641.pdf)\n";
    let paper = "1. Hendricks, Lisa Anne, et al. **Localizing moments in video with natural language.** ICCV 2017. [[Paper]](https://arxiv.org/pdf/1708.01641.pdf)\n";
    let text = format!("## Datasets\n\n{dataset}\n## Video Grounding\n\n{paper}");
    assert!(lines("shared-paper-link", &text).is_empty());
    // Another paper's title on that link is still a wrong link.
    let other = "1. Gao, Jiyang, et al. **Tall: Temporal activity localization via language query.** ICCV 2017. [[Paper]](https://arxiv.org/pdf/1708.01641.pdf)\n";
    let text = format!("## Datasets\n\n{dataset}\n## Video Grounding\n\n{other}");
    assert_eq!(lines("shared-paper-link", &text).len(), 1);
    // A note quoting that title in plain words cites it: the link is still
    // another paper's.
    let noted = "1. Dai, Zihang, et al. **Transformer-XL: Attentive Language Models beyond a Fixed-Length Context.** Adds recurrence to \"Localizing moments in video with natural language\". [[Paper]](https://arxiv.org/pdf/1708.01641.pdf)\n";
    let text = format!("## Video Grounding\n\n{paper}\n## Language Models\n\n{noted}");
    assert_eq!(lines("shared-paper-link", &text).len(), 1);
}

#[test]
fn kin_titles_at_two_conferences_are_two_papers_on_one_link() {
    // THUNLP-MT's reading list: Platanios et al. (NAACL 2019) and Zhou et
    // al. (ACL 2020) share "Curriculum Learning for Neural Machine
    // Translation" and, by a slip, one arXiv id. No paper appears at two
    // conferences: one link is wrong, not one paper renamed.
    let text = "## Curriculum\n\n\
        * Emmanouil Antonios Platanios, Otilia Stretcu, Graham Neubig, Barnabas Poczos, and Tom M. Mitchell. 2019. [Competence-based Curriculum Learning for Neural Machine Translation](https://arxiv.org/pdf/1903.09848.pdf). In *Proceedings of NAACL 2019*.\n\
        * Yikai Zhou, Baosong Yang, Derek F. Wong, Yu Wan and Lidia S. Chao. 2020. [Uncertainty-Aware Curriculum Learning for Neural Machine Translation](https://arxiv.org/abs/1903.09848). In *Proceedings of ACL 2020*.\n";
    assert_only_message(text, "one of the two links is wrong");
    assert!(
        lines("duplicate-paper", text).is_empty(),
        "{:?}",
        check("duplicate-paper", text)
    );
    // Filed under two topics, the same.
    let apart = text.replacen("\n* Yikai", "\n## Uncertainty\n\n* Yikai", 1);
    assert_only_message(&apart, "one of the two links is wrong");
    // A workshop paper and its conference version are one paper:
    // `CVPRW 2019` is a workshop however written.
    let workshop = text.replace("Proceedings of NAACL 2019", "CVPRW 2019");
    assert!(
        check("shared-paper-link", &workshop)
            .iter()
            .all(|d| !d.message.contains("one of the two links is wrong")),
        "{:?}",
        check("shared-paper-link", &workshop)
    );
}

#[test]
fn a_bold_name_with_a_long_dated_tag_is_no_title() {
    // hnuzhy/RobotManipulation L20 and L230: DexGraspNet under Datasets and
    // under Papers, the second's bold name tagged with its award. The tag's
    // words made the name a title of its own, a second title on one link.
    let title = "DexGraspNet: A Large-Scale Robotic Dexterous Grasp Dataset for General Objects Based on Simulation";
    let link = "[[paper link](https://ieeexplore.ieee.org/abstract/document/10160982)]";
    let filler = |n: usize| {
        format!("* **M{n}(ICRA2023)** Another paper number {n} on grasping objects [[paper link](https://ieeexplore.ieee.org/abstract/document/1016000{n})]\n\n")
    };
    let text = format!(
        "## Datasets\n\n* **DexGraspNet (ICRA2023)** {title} {link}\n\n{}{}## Papers\n\n{}* **DexGraspNet(ICRA2023 Outstanding Manipulation Paper Award Finalist)(arxiv2022.10)** {title} {link}\n\n{}",
        filler(1),
        filler(2),
        filler(3),
        filler(4),
    );
    let found = check("shared-paper-link", &text);
    assert!(found.is_empty(), "{found:?}");
    // The same item with another paper's title is still read, and reported.
    let other = text.replacen(
        &format!("Finalist)(arxiv2022.10)** {title}"),
        "Finalist)(arxiv2022.10)** UniDexGrasp: Universal Robotic Dexterous Grasping via Learning Diverse Proposal Generation",
        1,
    );
    assert_eq!(lines("shared-paper-link", &other).len(), 1);
}

#[test]
fn parts_of_one_project_cite_its_paper() {
    // junyuan-fang/awesome-physical-ai: a dataset and a benchmark named
    // after RoboCasa, each with its homepage and the RoboCasa paper.
    let entry = |name: &str, note: &str, id: &str| {
        format!(
            "- **[{name}](https://robocasa.ai)** — {note}. · [paper](https://arxiv.org/abs/{id})\n"
        )
    };
    let text = format!(
        "## Datasets\n\n{}{}\n## Benchmarks\n\n{}{}",
        entry(
            "RoboCasa-Gen",
            "Large-scale procedurally generated household tasks rendered in MuJoCo",
            "2406.02523"
        ),
        entry(
            "BEHAVIOR-1K",
            "One thousand long-horizon household activities in OmniGibson",
            "2403.09227"
        ),
        entry(
            "SimplerEnv",
            "Reproducible real-to-sim evaluation suite for generalist policies",
            "2405.05941"
        ),
        entry(
            "RoboCasa-Bench",
            "Atomic and composite household tasks running on generated kitchen scenes",
            "2406.02523"
        ),
    );
    assert!(lines("shared-paper-link", &text).is_empty());
    // Two unrelated names on one paper: one of the links is wrong.
    let unrelated = text.replace("RoboCasa-Bench", "ManiSkill-HAB");
    assert_eq!(lines("shared-paper-link", &unrelated), [9]);
    // Names sharing only a word are two works (3D-Vision-World's HI-SLAM
    // and FND-SLAM on one article).
    let kin = text
        .replace("RoboCasa-Gen", "HI-SLAM")
        .replace("RoboCasa-Bench", "FND-SLAM");
    assert_eq!(lines("shared-paper-link", &kin), [9]);
    // A shared stem on two sites is two works (Point-BERT and Point-MAE,
    // one paper's link pasted on the other).
    let two_sites = text.replacen("https://robocasa.ai", "https://robocasa-gen.org", 1);
    assert_eq!(lines("shared-paper-link", &two_sites), [9]);
}

#[test]
fn a_work_cited_by_name_in_a_note_is_not_the_note_s_paper() {
    // Jiaaqiliu/Awesome-VLA-Robotics: notes on open problems, after the
    // papers, name the papers that address them in parentheses.
    // A list of bold titles by habit (ten or more) reads its bold labels.
    let habit: String = (10..22)
        .map(|i| format!("- **[2025] Robot Learning Paper Number {i} of This List** [[paper](https://arxiv.org/abs/2502.000{i})]\n"))
        .collect();
    let text = format!("# VLA\n\n{habit}{NOTES}");
    assert!(lines("shared-paper-link", &text).is_empty());
}

const NOTES: &str = r#"- **[2024] TinyVLA: Towards Fast, Data-Efficient Vision-Language-Action Models** [[paper](https://arxiv.org/abs/2409.12514)]
- **[2025] SafeVLA: Towards Safety Alignment of Vision-Language-Action Model** [[paper](https://arxiv.org/abs/2503.03480)]
- **[2025] FAST: Efficient Action Tokenization for Vision-Language-Action Models** [[paper](https://arxiv.org/abs/2501.09747)]

## Challenges and Future Directions

- **Data Efficiency & Scalability:** Reducing reliance on massive, expensive datasets collected by experts.

    * Future directions: Improved sample efficiency (RL, self-supervision), sim-to-real transfer, data filtering.
- **Inference Speed & Real-Time Control:** Current large models may be too slow for high-frequency control loops.

    * Future directions: Smaller/compact models ([TinyVLA](https://arxiv.org/abs/2409.12514)), efficient architectures (RoboMamba), parallel decoding.
- **Robustness & Reliability:** Ensuring consistent performance across variations in environment and lighting.

    * Future directions: Adversarial training, improved grounding, better 3D understanding, closed-loop feedback.
- **Generalization:** Improving the ability to generalize to new tasks, objects and embodiments.

    * Future directions: Training on more diverse data (OpenX), compositional reasoning, continual learning.
- **Safety & Alignment:** Explicitly incorporating safety constraints to prevent harm to the robot or humans.

    * Future directions: Constrained reinforcement learning ([SafeVLA](https://arxiv.org/pdf/2503.03480)), formal verification, human oversight.
- **Dexterity & Contact-Rich Tasks:** Improving performance on tasks requiring fine motor skills and force control.

    * Future directions: Better action representations ([FAST](https://arxiv.org/pdf/2501.09747), Diffusion), integration of tactile sensing.
"#;
