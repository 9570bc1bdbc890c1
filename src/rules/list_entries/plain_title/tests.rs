use super::plain_title;
use crate::knowledge::Knowledge;
use std::sync::LazyLock;

static KNOWLEDGE: LazyLock<Knowledge> =
    LazyLock::new(|| Knowledge::builtin().expect("builtin knowledge"));

fn title(line: &str) -> Option<&str> {
    plain_title(line, &KNOWLEDGE.venues).map(|range| &line[range])
}

#[test]
fn the_leading_text_up_to_the_venue_or_the_links_is_the_title() {
    assert_eq!(
        title("- Gradient descent only converges to minimizers. In *COLT 2016*. [[pdf](http://x)]"),
        Some("Gradient descent only converges to minimizers")
    );
    assert_eq!(
        title("- Learning to Walk in Minutes, CVPR 2022, [[PDF]](https://arxiv.org/pdf/1.pdf)"),
        Some("Learning to Walk in Minutes")
    );
    assert_eq!(
        title("- Ada-Tracker: Soft Tissue Tracking via Inter-Frame Matching  \n"),
        Some("Ada-Tracker: Soft Tissue Tracking via Inter-Frame Matching")
    );
    assert_eq!(
        title(
            "* [CVPR 2023] :star: Attention Over Many Frames, <ins>CVPR, 2023</ins> [[Paper](x)]"
        ),
        Some("Attention Over Many Frames")
    );
    assert_eq!(
        title("1. **DSN**: Adaptive Subspaces for Few-Shot Learning (CVPR 2020) [pdf](x)"),
        Some("Adaptive Subspaces for Few-Shot Learning")
    );
    // A bold text of more than 40 characters is the item's own title
    // in bold, not a label before a plain one.
    assert_eq!(
        title("1. **Adaptive Subspaces for Few-Shot Learning in Vision**: Notes on Metric Spaces"),
        None
    );
    assert_eq!(
        title("- 🔥 Vision, Language and Action in One Model - arXiv [paper](x)"),
        Some("Vision, Language and Action in One Model")
    );
}

#[test]
fn a_venue_in_code_before_the_title_is_skipped() {
    assert_eq!(
        title("- `KDD(2026)`ProEx: A Unified Framework for Recommendation **[[PDF](x)]**"),
        Some("ProEx: A Unified Framework for Recommendation")
    );
    assert_eq!(
        title("- `GenRec@WWW(2024)` Aligning GPTRec with Beyond-Accuracy Goals **[[PDF](x)]**"),
        Some("Aligning GPTRec with Beyond-Accuracy Goals")
    );
    assert_eq!(
        title("- `ICLR'24` Aligning GPTRec with Beyond-Accuracy Goals **[[PDF](x)]**"),
        Some("Aligning GPTRec with Beyond-Accuracy Goals")
    );
    // A venue in code with a separator after it.
    assert_eq!(
        title("- `ICLR`: Aligning GPTRec with Beyond-Accuracy Goals **[[PDF](x)]**"),
        Some("Aligning GPTRec with Beyond-Accuracy Goals")
    );
    // A model's name in code names what the item is about, not a paper.
    assert_eq!(
        title(
            "- `Llama-2-7B` Open foundation model pretrained on two trillion tokens **[[PDF](x)]**"
        ),
        None
    );
}

/// JimengShi/DL-Foundation-Models-Weather writes `- **(Name)** _Title_`,
/// then its venue in a code span, for 70 models.
#[test]
fn a_title_in_italics_after_a_bold_name_is_read() {
    assert_eq!(
        title("- **(U-STN)** _Towards physics-inspired data-driven weather forecasting_ ```GMD 2024```     \n"),
        Some("Towards physics-inspired data-driven weather forecasting")
    );
    assert_eq!(
        title("- **(PFformer)** *PFformer: A Time-Series Forecasting Model for Rain* (IEEE Access 2024)"),
        Some("PFformer: A Time-Series Forecasting Model for Rain")
    );
    // A title's `and` between a name before its colon and capitalised
    // words (seitlab's robotics list) joins no two authors.
    assert_eq!(
        title("- **[ICRA'24]** *Open X-Embodiment: Robotic Learning Datasets and RT-X Models*"),
        Some("Open X-Embodiment: Robotic Learning Datasets and RT-X Models")
    );
    // Authors in italics, a short note, or italics with no bold name
    // before them are no title read so.
    for line in [
        "- **(U-STN)** _Jane Smith, Kai Lee, Wei Zhang_ ```GMD 2024```",
        "1. **Contrastive Multiview Coding** *A. Author, B. Author* `ICLR 2021`",
        "- **t-SNE** *Laurens van der Maaten, Geoffrey Hinton* (JMLR 2008)",
        "- **Transformer** *Łukasz Kaiser, Ілля Сутскевер, 李 飞飞 Fei* (2017)",
        "- **Glow** *Advances in Neural Information Processing Systems 2018*",
        "- **Glow** *Conference on Computer Vision and Pattern Recognition*",
        "- **Model** *a new method for fast inference on GPUs* [code](x)",
        "- **(U-STN)** _a short note_ Title Follows Here Now",
        "- _Towards physics-inspired data-driven weather forecasting_ ```GMD 2024```",
    ] {
        let mark = if line.contains('_') { '_' } else { '*' };
        let italic = line
            .split(mark)
            .find(|part| part.split_whitespace().count() >= 3)
            .unwrap_or_default();
        assert!(!italic.is_empty(), "{line}");
        assert_ne!(title(line), Some(italic), "{line}");
    }
}

#[test]
fn a_leading_link_labelled_or_named_for_its_venue_is_skipped() {
    assert_eq!(
        title("- \\[[arxiv](https://arxiv.org/abs/2407.00653)\\] Chain-of-Knowledge: Integrating Knowledge Reasoning. `2024.07`"),
        Some("Chain-of-Knowledge: Integrating Knowledge Reasoning")
    );
    assert_eq!(
        title("- [[ACL 2024 findings](https://arxiv.org/abs/2402.16568)] Two-stage Generative Question Answering"),
        Some("Two-stage Generative Question Answering")
    );
    assert_eq!(
        title("* [NeurIPS'23](https://openreview.net/forum?id=x1) [PDF](https://arxiv.org/pdf/2301.00001) Learning to Walk in Minutes"),
        Some("Learning to Walk in Minutes")
    );
    // A short name is the paper's own, not a label: what follows it
    // describes the paper.
    assert_eq!(
        title(
            "- [BERT](https://arxiv.org/abs/1810.04805) pre-trains deep bidirectional transformers"
        ),
        None
    );
    assert_eq!(title("- [ACL 2024](https://x)"), None);
    // The name a title gives itself in parentheses is the title's.
    assert_eq!(
        title(
            "- Foundation Reinforcement Learning (FRL) [[paper]](https://arxiv.org/abs/2310.02635)"
        ),
        Some("Foundation Reinforcement Learning (FRL)")
    );
    assert_eq!(
        title("- Learning to Walk in Minutes (CVPR 2022) [[paper]](https://x)"),
        Some("Learning to Walk in Minutes")
    );
    // A word in parentheses after a name is no title's.
    assert_eq!(
        title(
            "- CLIP (OpenAI) contrastive image-text pretraining on 400M pairs [[paper]](https://x)"
        ),
        Some("CLIP")
    );
    // An arXiv id as the label, its brackets escaped.
    assert_eq!(
        title("- [\\[arXiv:1810.13049\\]](https://arxiv.org/abs/1810.13049) Cooperative Holistic Scene Understanding [[Paper](https://arxiv.org/pdf/1810.13049.pdf)]"),
        Some("Cooperative Holistic Scene Understanding")
    );
    // A link to no paper labels none: a dataset's edition, a repository.
    assert_eq!(
        title("- [PASCAL VOC 2007](http://host.robots.ox.ac.uk/pascal/VOC/voc2007/) The PASCAL Visual Object Classes Challenge, IJCV 2010"),
        None
    );
    assert_eq!(
        title("- [Code](https://github.com/a/b) Fast training of large graph models"),
        None
    );
}

#[test]
fn a_known_venue_after_the_last_comma_is_dropped_however_long() {
    // Round 67, cocoon2wong/Awesome-Traffic-Agent-Trajectory-Prediction
    // L406/L426: one paper twice in a section, its journal written in
    // full once and short once; the full name had stayed in the title.
    let title_of = |venue: &str| {
        let line = format!(
            "* Vehicle Trajectory Prediction Using GANs, {venue}. [[paper](https://x.org/a.pdf)]"
        );
        title(&line).map(str::to_string)
    };
    for venue in [
        "IEEE ROBOTICS AND AUTOMATION LETTERS",
        "IEEE Robotics and Automation Letters 2021",
        "RAL",
    ] {
        assert_eq!(
            title_of(venue).as_deref(),
            Some("Vehicle Trajectory Prediction Using GANs"),
            "{venue}"
        );
    }
    // Words the venue data does not know as a venue stay in the title,
    // even when they open with a venue's name, and so does a one-word
    // venue name.
    for words in [
        "Machine Learning Perspectives",
        "Science and Engineering Perspectives",
        "Nature",
    ] {
        assert_eq!(
            title_of(words),
            Some(format!("Vehicle Trajectory Prediction Using GANs, {words}")),
            "{words}"
        );
    }
    // Names with a venue after them are authors still.
    assert_eq!(
        title("- Jane Smith, Kai Lee, Pattern Recognition. [[paper](https://x.org/a.pdf)]"),
        None
    );
}

#[test]
fn links_authors_and_lead_ins_are_no_plain_title() {
    // A title in a link's text is read elsewhere.
    assert_eq!(
        title("- [Attention Is All You Need](https://x) [pdf](y)"),
        None
    );
    assert_eq!(
        title("- [2021] [Attention Is All You Need](https://x)"),
        None
    );
    assert_eq!(
        title("* G.-W. Yang, L. Yang, and M. K. Ng. Delta: Deep low-rank tensors. TPAMI, 2025."),
        Some("G.-W")
    );
    assert_eq!(
        title("- Alice Smith, Bob Jones and Carol Lee. Some Title Here. [pdf](x)"),
        None
    );
    assert_eq!(title("- Smith et al. Some Title Here [pdf](x)"), None);
    assert_eq!(
        title("- The code and models are released here: [link](x)"),
        None
    );
    assert_eq!(title("- <a href=\"x\">Some Title In HTML</a>"), None);
    assert_eq!(title("Not an item at all, but a paragraph"), None);
}

#[test]
fn a_name_in_underscore_bold_is_a_label_as_in_stars() {
    assert_eq!(
        title("13. __QA-GNN__: QAGNN: Reasoning with language models (ACL 2021)"),
        Some("QAGNN: Reasoning with language models")
    );
    // A title in italics after it, as after `**(U-STN)**`.
    assert_eq!(
        title(
            "- __(U-STN)__ _Towards physics-inspired data-driven weather forecasting_ (GMD 2024)"
        ),
        Some("Towards physics-inspired data-driven weather forecasting")
    );
    // A long bold text in underscores is a title of its own, not a label
    // before the authors.
    assert_eq!(
        title("- __A Bold Title Written Far Longer Than Any Label Here__ Jane Smith [pdf](https://arxiv.org/abs/2101.00001)"),
        None
    );
}

#[test]
fn one_author_after_the_title_and_a_comma_is_left_out() {
    // mgg39/Quantum-tech-papers writes `Title, Author` and `Title - Author`.
    assert_eq!(
        title("- Multiple Particle Interference and Quantum Error Correction, Andrew Steane\n"),
        Some("Multiple Particle Interference and Quantum Error Correction")
    );
    // Only where the whole would read as names: a title's own second part
    // in capitals stays.
    assert_eq!(
        title("- Deep Learning for Computer Vision Systems, Part One\n"),
        Some("Deep Learning for Computer Vision Systems, Part One")
    );
    // Two capitals in a word, an `&`: no one person's name.
    assert_eq!(
        title("- Learning and Reasoning, Pattern Recognition, MIT Press\n"),
        None
    );
    assert_eq!(title("- Learning and Reasoning, Smith & Jones\n"), None);
    // A title's own comma stays, and so does a venue after it.
    assert_eq!(
        title("- Attention, Learn to Solve Routing Problems, ICLR 2019\n"),
        Some("Attention, Learn to Solve Routing Problems")
    );
    // Authors are still no title.
    assert_eq!(title("- Jane Smith, Kai Lee and Bob Jones\n"), None);
}

#[test]
fn a_year_and_venue_before_a_spaced_dash_is_a_label() {
    // subeeshvasu/Awesome-Learning-with-Label-Noise writes every item so.
    assert_eq!(
        title("* 2019-CVPR - Learning to Learn from Noisy Labeled Data. [[Paper]](http://x) [[Code]](http://y)"),
        Some("Learning to Learn from Noisy Labeled Data")
    );
    assert_eq!(
        title(
            "* 2019-ICLR_W - SOSELETO: A Unified Approach to Transfer Learning.[[Paper]](http://x)"
        ),
        Some("SOSELETO: A Unified Approach to Transfer Learning")
    );
    assert_eq!(
        title("* 2018 - Robust Determinantal Generative Classifier for Noisy Labels. [[Paper]](http://x)"),
        Some("Robust Determinantal Generative Classifier for Noisy Labels")
    );
}

#[test]
fn an_empty_anchor_before_the_title_is_no_part_of_it() {
    // xialeiliu's incremental-learning list: every item opens with one.
    assert_eq!(
        title("- <a name=\"todo\"></a> TAPE: Task-Adaptive Prototype Evolution (**CVPR 2026**) [[paper](x)]"),
        Some("TAPE: Task-Adaptive Prototype Evolution")
    );
    assert_eq!(
        title("- <span id=\"p1\"></span> Learning to Walk in Minutes, CVPR 2022, [[PDF]](x)"),
        Some("Learning to Walk in Minutes")
    );
    for anchor in [
        "<a class=\"c\" id=\"u\"></a>",
        "<A NAME=\"x\"></A>",
        "<a id=\"x\"/>",
    ] {
        assert_eq!(
            title(&format!(
                "- {anchor} Learning to Walk in Minutes, CVPR 2022, [[PDF]](x)"
            )),
            Some("Learning to Walk in Minutes"),
            "{anchor}"
        );
    }
    // An anchor that holds text, or another tag, is no empty mark.
    assert_eq!(
        title("- <a name=\"x\">Note</a> Learning to Walk in Minutes [[PDF]](x)"),
        None
    );
    assert_eq!(
        title("- <img src=\"x.png\"></img> Learning to Walk in Minutes [[PDF]](x)"),
        None
    );
}
