//! shared-paper-link and rows that are entries about a paper.

use crate::diagnostic::Severity;
use crate::rules::testing::*;

#[test]
fn a_repository_row_linking_its_paper_is_no_second_paper() {
    // A story-generation list's "Open-source Projects" rows link the paper
    // each repository implements; the paper has its own row.
    let header = "| Title | Venue | Date | Paper |\n| --- | --- | --- | --- |\n";
    let rows = [
        "| SEED-Story: Multimodal Long Story Generation | NeurIPS 2024 | 2024-07 | [arXiv](https://arxiv.org/abs/2407.08683) |",
        "| SEED-Story (Official Repository) | GitHub 2024 (Open-source repository) | 2024-07 | [arXiv](https://arxiv.org/abs/2407.08683) |",
    ];
    assert!(lines("shared-paper-link", &table_of(header, &rows)).is_empty());
    // A paper row in its place is a second title on the link.
    let paper = rows[1].replace("GitHub 2024 (Open-source repository)", "ICLR 2025");
    assert_eq!(
        lines("shared-paper-link", &table_of(header, &[rows[0], &paper])),
        [4]
    );
}

#[test]
fn a_named_link_in_a_note_right_of_the_title_cites_another_work() {
    // A grammatical-error-correction list credits a name to another paper
    // in its Note column; the row's own paper link is right.
    let header = "|Method|Year|Paper|Note|\n|---|---|---|---|\n";
    let rows = [
        "|DirectNoise|2019|[Improving Grammatical Error Correction via Pre-Training a Copy-Augmented Architecture](https://aclanthology.org/N19-1014/)|First called \"DirectNoise\" by [[kiyono+ 2019]](https://aclanthology.org/D19-1119/)|",
        "|PseudoData|2019|[An Empirical Study of Incorporating Pseudo Data into Grammatical Error Correction](https://aclanthology.org/D19-1119/)||",
    ];
    assert!(lines("shared-paper-link", &table_of(header, &rows)).is_empty());
    // A generic label there is the row's own link, and a wrong one is reported.
    let paper = rows[0].replace("[[kiyono+ 2019]]", "[Paper]");
    assert_eq!(
        lines("shared-paper-link", &table_of(header, &[&paper, rows[1]])),
        [4]
    );
}

#[test]
fn a_badge_in_a_resources_column_is_the_rows_own_link() {
    // justin-marian's `| Topic | Full Title | Resources | Notes |`: the
    // Resources cells are badges; one ACL Anthology page on two papers.
    let header = "| Topic | Full Title | Resources | Notes |\n|---|---|---|---|\n";
    let badge = "[![ACL](https://img.shields.io/badge/ACL-ACL%202023-red)](https://aclanthology.org/2023.acl-long.896/)";
    let rows = [
        format!("| **French Model** | DrBERT: A Robust Pre-trained Model in French for Biomedical and Clinical Domains | {badge} | x |"),
        format!("| **CamemBERT** | CamemBERT-bio: Leveraging Continual Pre-training on French Biomedical Data | {badge} | y |"),
    ];
    let text = table_of(header, &[&rows[0], &rows[1]]);
    assert_eq!(lines("shared-paper-link", &text), [4]);
    // Named in words there, the link cites another work.
    let named = |row: &str| {
        row.replace(
            "[![ACL](https://img.shields.io/badge/ACL-ACL%202023-red)]",
            "[Smith et al.]",
        )
    };
    let text = table_of(header, &[&named(&rows[0]), &named(&rows[1])]);
    assert!(lines("shared-paper-link", &text).is_empty());
    // So does a badge named after something else: two papers built on one
    // backbone.
    let backbone = |row: &str| row.replace("[![ACL](", "[![LLaMA](");
    let text = table_of(header, &[&backbone(&rows[0]), &backbone(&rows[1])]);
    assert!(lines("shared-paper-link", &text).is_empty());
    assert!(lines("duplicate-paper", &text).is_empty());
}

#[test]
fn a_named_link_left_of_the_title_is_the_rows_paper() {
    // `| [PaLM](InstructGPT's page) | PaLM: Scaling ... |`: the model's
    // link is the row's, and it is another row's paper.
    let header = "| Model | Title | Date |\n|---|---|---|\n";
    let rows = [
        "| [InstructGPT](https://proceedings.neurips.cc/paper_files/paper/2022/hash/b1efde53be364a73914f58805a001731-Abstract-Conference.html) | Training language models to follow instructions with human feedback | 2022.3 |",
        "| [PaLM](https://proceedings.neurips.cc/paper_files/paper/2022/hash/b1efde53be364a73914f58805a001731-Abstract-Conference.html) | PaLM: Scaling Language Modeling with Pathways | 2022.4 |",
    ];
    assert_eq!(lines("shared-paper-link", &table_of(header, &rows)), [4]);
}

#[test]
fn two_dataset_entries_on_one_link_with_two_papers_details() {
    // A polyp-segmentation list's dataset table: CVC-ColonDB gives its own
    // paper's year and journal, but links ETIS-Larib's paper.
    let header = "| Dataset | Year | Publication | Paper |\n|---|---|---|---|\n";
    let etis = "| ETIS-Larib | 2014 | IJCARS | [Paper](https://link.springer.com/article/10.1007/s11548-013-0926-3) |";
    let colon = "| CVC-ColonDB | 2015 | TMI | [Paper](https://link.springer.com/article/10.1007/s11548-013-0926-3) |";
    let text = table_of(header, &[etis, colon]);
    assert_eq!(lines("shared-paper-link", &text), [4]);
    let found = check("shared-paper-link", &text);
    assert!(
        found[0].message.contains("\"ETIS-Larib\""),
        "{}",
        found[0].message
    );
    // Two datasets of one paper agree on its year and journal.
    let scene = "| CVC-EndoScene | 2014 | IJCARS | [Paper](https://link.springer.com/article/10.1007/s11548-013-0926-3) |";
    assert!(lines("shared-paper-link", &table_of(header, &[etis, scene])).is_empty());
    // One detail differing is no evidence: a dataset's year may be its release.
    let released = "| CVC-EndoScene | 2016 | IJCARS | [Paper](https://link.springer.com/article/10.1007/s11548-013-0926-3) |";
    assert!(lines("shared-paper-link", &table_of(header, &[etis, released])).is_empty());
    // Nor are two spellings of one venue, or a preprint server.
    let kvasir =
        "| Kvasir | 2017 | MMSys | [Paper](https://dl.acm.org/doi/10.1145/3083187.3083212) |";
    let kvasir2 = "| Kvasir v2 | 2018 | ACM MMSys | [Paper](https://dl.acm.org/doi/10.1145/3083187.3083212) |";
    assert!(lines("shared-paper-link", &table_of(header, &[kvasir, kvasir2])).is_empty());
    let shapenet = "| ShapeNet | 2015 | arXiv | [Paper](https://arxiv.org/abs/1512.03012) |";
    let core = "| ShapeNetCore | 2016 | CVPR | [Paper](https://arxiv.org/abs/1512.03012) |";
    assert!(lines("shared-paper-link", &table_of(header, &[shapenet, core])).is_empty());
}

#[test]
fn models_of_one_paper_in_a_catalogue_share_its_link() {
    // An LLM catalogue: each model a row, its paper in the Link column.
    let header = "| Model | Size | Base Model | Link | Date |\n|---|---|---|---|---|\n";
    let rows = [
        "| Bloomz | [7.1B](https://huggingface.co/b/bloomz) | Bloom | [paper](https://arxiv.org/abs/2211.01786), [code](https://github.com/b/xmtf) | 11/22 |",
        "| Bloomz-mt | [7.1B](https://huggingface.co/b/bloomz-mt) | Bloom | [paper](https://arxiv.org/abs/2211.01786), [code](https://github.com/b/xmtf) | 11/22 |",
        "| mT0 | [13B](https://huggingface.co/b/mt0) | mT5 | [paper](https://arxiv.org/abs/2211.01786), [code](https://github.com/b/xmtf) | 11/22 |",
    ];
    let text = table_of(header, &rows);
    assert!(lines("shared-paper-link", &text).is_empty());
    assert!(lines("duplicate-paper", &text).is_empty());
    // A model with its own repository and date on that link carries a
    // wrong one.
    let other = "| MiniGPT-4 | [7B](https://huggingface.co/v/minigpt4) | Vicuna | [paper](https://arxiv.org/abs/2211.01786), [code](https://github.com/v/minigpt4) | 05/23 |";
    assert_eq!(
        lines("shared-paper-link", &table_of(header, &[rows[0], other])),
        [4]
    );
    // A paper table's row on that link under another title is still paired.
    let papers = "\n| Title | Venue | Year |\n|---|---|---|\n| [Crosslingual Generalization through Multitask Finetuning](https://arxiv.org/abs/2211.01786) | ACL | 2023 |\n| [FengWu: Pushing Weather Forecast beyond 10 Days](https://arxiv.org/abs/2211.01786) | arXiv | 2023 |\n";
    let text = format!("{text}{papers}");
    let fengwu = text.lines().count();
    assert!(lines("shared-paper-link", &text).contains(&fengwu));
}

#[test]
fn linked_model_names_of_one_report_share_its_link() {
    // FudanDISC's catalogue: each model's name is the link to its report;
    // CogVLM2's report presents CogVLM2-video and GLM-4V too.
    let header = "| **Model** | **Code** | **Res.** | **Date** |\n| :-- | :--: | :--: | :--: |\n";
    let glm = "| [GLM-4v](https://arxiv.org/abs/2408.16500) | [🔗](https://github.com/THUDM/GLM-4/blob/main/README_en.md) | 1120 | 2024/06 |";
    let mplug = "| [mPLUG-Owl3](https://arxiv.org/abs/2408.04840) | [🔗](https://github.com/X-PLUG/mPLUG-Owl) | 384 | 2024/08 |";
    let cogvlm = "| [CogVLM2](https://arxiv.org/abs/2408.16500) | [🔗](https://github.com/THUDM/CogVLM2) | 1344 | 2024/08 |";
    let video = "| [CogVLM2-video](https://arxiv.org/abs/2408.16500) | [🔗](https://github.com/THUDM/CogVLM2) | 224 | 2024/08 |";
    let text = table_of(header, &[mplug, cogvlm, video]);
    assert!(lines("shared-paper-link", &text).is_empty());
    assert!(lines("duplicate-paper", &text).is_empty());
    // A model with its own date and repository on that report, even of one
    // organisation, is reported: nothing shows they are one release
    // (Qwen2-VL on Qwen-VL's paper is a wrong link).
    let text = table_of(header, &[glm, mplug, cogvlm, video]);
    assert_eq!(lines("shared-paper-link", &text).len(), 1);
    // One model listed twice is still a duplicate.
    let text = table_of(header, &[glm, mplug, cogvlm, cogvlm]);
    assert_eq!(lines("duplicate-paper", &text).len(), 1);
}

/// haochen-chen's retrosynthesis list: a table of papers by title, each
/// naming its model in a `Model` cell linked to the paper, then a
/// comparison table by model name.
fn titles_then_models(model_cell: &str, compared_name: &str) -> String {
    let doi = "https://pubs.acs.org/doi/10.1021/acscentsci.7b00303";
    let other = "https://pubs.acs.org/doi/10.1021/acscentsci.7b00355";
    format!(
        "## Papers\n\n| Paper | Year | Journal | Model |\n|---|---|---|---|\n\
         | [Retrosynthetic Reaction Prediction Using Neural Sequence to Sequence Models]({doi}) | 2017 | ACS Central Science | [{model_cell}]({doi}) & [code](https://github.com/p/s2s) |\n\
         | [Computer-Assisted Retrosynthesis Based on Molecular Similarity]({other}) | 2017 | ACS Central Science | [RetroSim]({other}) |\n\n\
         ## Comparison\n\n| Method | Pub | Year |\n|---|---|---|\n\
         | [{compared_name}]({doi}) | ACS Cent. Sci. | 2017 |\n\
         | [RetroSim]({other}) | ACS Cent. Sci. | 2017 |\n\
         | [GLN](https://arxiv.org/abs/2001.01408) | NeurIPS | 2019 |\n"
    )
}

#[test]
fn a_name_the_titled_row_links_to_its_paper_is_that_paper() {
    for (given, compared) in [
        ("Seq2Seq", "Seq2Seq"),
        ("Seq2Seq Translation", "Seq2Seq"),
        ("Fragment-based Transformer", "Fragment-based"),
    ] {
        let text = titles_then_models(given, compared);
        assert!(lines("shared-paper-link", &text).is_empty(), "{given}");
    }
    // A name the titled row does not give, or gives to no link of that
    // paper, leaves a second paper on the link.
    let text = titles_then_models("RetroXpert", "Seq2Seq");
    assert_eq!(lines("shared-paper-link", &text), vec![12]);
    let text = titles_then_models("Seq2Seq", "Transformer");
    assert_eq!(lines("shared-paper-link", &text), vec![12]);
    // A short name is one only written whole (`GLN` is not `GLN Net`'s).
    let text = titles_then_models("GLN Net", "GLN");
    assert_eq!(lines("shared-paper-link", &text).len(), 1);
    // A row that links the paper only by a name in a links column copied
    // that link: it gives no title of its own to the paper.
    let untitled = titles_then_models("Seq2Seq", "Seq2Seq")
        .replace("| Model |", "| Links |")
        .replace(
            "[Retrosynthetic Reaction Prediction Using Neural Sequence to Sequence Models](https://pubs.acs.org/doi/10.1021/acscentsci.7b00303)",
            "Retrosynthetic Reaction Prediction Using Neural Sequence to Sequence Models",
        );
    assert_eq!(lines("shared-paper-link", &untitled), vec![5]);
    // Under a title that coins another name, the name link is a link
    // copied from the named paper: that row is reported.
    let coined = titles_then_models("Seq2Seq", "Seq2Seq")
        .replace("[Retrosynthetic", "[SinSR: Retrosynthetic");
    assert_eq!(lines("shared-paper-link", &coined), vec![5]);
}

#[test]
fn one_link_under_kin_titles_in_two_topics_is_one_paper_or_a_wrong_link() {
    // dengjianyuan's drug-discovery survey: REINVENT under its repository's
    // headline, then twice under its paper's title, each copy with the
    // journal and year, in three sections.
    let doi = "https://jcheminf.biomedcentral.com/articles/10.1186/s13321-017-0235-x";
    let paper = |title: &str, details: &str| format!("- {title} ({details}) [[Paper]]({doi})\n");
    let headline =
        "Molecular De Novo design using Recurrent Neural Networks and Reinforcement Learning";
    let title = "Molecular de-novo design through deep reinforcement learning";
    // The list's topic words (`molecular`, `design`, `reinforcement`,
    // `learning`) tell none of its papers apart: left out, the two titles
    // share one word.
    let topic: String = ["Scaffold", "Fragment", "Graph", "Pocket", "Docking", "Lead"]
        .iter()
        .enumerate()
        .map(|(n, w)| {
            format!("- {w}-based Molecular Design with Reinforcement Learning (J Cheminf 2018) [[Paper]](https://doi.org/10.1186/s13321-018-000{n}-x)\n")
        })
        .collect();
    let other = format!("\n## Topic\n\n{topic}");
    let text = format!(
        "## RNN\n\n{}\n## RL\n\n{}\n## Generation\n\n{}{other}",
        paper(headline, "J Cheminf 2017"),
        paper(title, "aka: REINVENT; J Cheminf 2017"),
        paper(title, "aka: REINVENT; J Cheminf 2017"),
    );
    // One paper whose copies disagree on its title, or two papers of one
    // topic and journal year (Lim's and Li's J Cheminf 2018 papers, one
    // DOI pasted on both): the warning says both.
    let kin = |text: &str| -> Vec<usize> {
        check("shared-paper-link", text)
            .iter()
            .filter(|d| d.message.contains("is filed under two titles"))
            .map(|d| d.span.start)
            .collect()
    };
    // The third item copies the second: reported once, on the first copy
    // (round 76: a wrong link pasted in three topics was told three times).
    let found = check("shared-paper-link", &text);
    assert_eq!(lines("shared-paper-link", &text), [7], "{found:?}");
    assert_eq!(kin(&text).len(), 1, "{found:?}");
    assert!(found.iter().all(|d| d.severity == Severity::Warning));
    // So too with a venue the venue data knows, written either way.
    let known = text
        .replace("(J Cheminf 2017)", "(ICLR 2018)")
        .replace("aka: REINVENT; J Cheminf 2017", "ICLR, 2018");
    assert_eq!(kin(&known).len(), 1);
    // A year alone, an author's or a month's, or a preprint server's, is
    // what many papers share, and two venues of one year are two papers'
    // details: one of the two links is wrong.
    for (first, second) in [
        ("2017", "2017"),
        ("arXiv 2017", "arXiv 2017"),
        ("TPAMI 2018", "CVPR 2018"),
        ("Lim et al., 2018", "Li et al., 2018"),
        ("May 2018", "May 2018"),
    ] {
        let text = format!(
            "## RNN\n\n{}\n## RL\n\n{}{other}",
            paper(headline, first),
            paper(title, second),
        );
        assert_eq!(lines("shared-paper-link", &text), [7], "{first}, {second}");
        assert!(kin(&text).is_empty(), "{first}, {second}");
    }
    // A year apart, the link is on another paper's item.
    let text = format!(
        "## RNN\n\n{}\n## RL\n\n{}{other}",
        paper(headline, "J Cheminf 2017"),
        paper(title, "J Cheminf 2019"),
    );
    assert_eq!(lines("shared-paper-link", &text), [7]);
    // And so it is in one run, where a topic does not explain the copy.
    let text = format!(
        "## RNN\n\n{}{}{other}",
        paper(headline, "J Cheminf 2017"),
        paper(title, "J Cheminf 2017"),
    );
    assert_eq!(lines("shared-paper-link", &text), [4]);
}

/// JimengShi/DL-Foundation-Models-Weather: Aurora under its preprint's first
/// title (`arXiv 2024`) in one topic and under its later one, bare, in
/// another; U-STN carries OMG-HD's arXiv link, titles nothing alike.
#[test]
fn an_arxiv_paper_retitled_in_two_topics_is_filed_under_two_titles() {
    let item = |name: &str, title: &str, venue: &str, id: &str| {
        format!("- **({name})** _{title}_ ```{venue}```     \n[[Paper](https://arxiv.org/abs/{id})]\n\n")
    };
    let others: String = (1..=3)
        .map(|n| {
            item(
                &format!("M{n}"),
                &format!("Weather Model Number {n} for Global Forecasting"),
                "arXiv 2024",
                &format!("2401.0000{n}"),
            )
        })
        .collect();
    let text = format!(
        "# Weather\n\n## Models\n\n{}{}{others}## Applications\n\n\
         - A Foundation Model for the Earth System. [[Paper](https://arxiv.org/abs/2405.13063)]\n\n{}",
        item("Aurora", "Aurora: A foundation model of the atmosphere.", "arXiv 2024", "2405.13063"),
        item("OMG-HD", "OMG-HD: A high-resolution ai weather model for end-to-end forecasts from observations", "arXiv 2024", "2412.18239"),
        item("U-STN", "Towards physics-inspired data-driven weather forecasting: integrating data assimilation with a deep spatial-transformer-based u-net", "Geoscientific Model Development 2024", "2412.18239"),
    );
    let found = check("shared-paper-link", &text);
    let by_line: Vec<(usize, Severity, bool)> = found
        .iter()
        .map(|d| {
            let line = text[..d.span.start].matches('\n').count() + 1;
            (
                line,
                d.severity,
                d.message.contains("is filed under two titles"),
            )
        })
        .collect();
    assert_eq!(
        by_line,
        [(22, Severity::Warning, true), (25, Severity::Error, false)],
        "{found:?}"
    );
    // With no venue in either copy, nothing tells a retitled preprint from
    // a link pasted on a kin paper: one of the links is wrong.
    let bare = text.replace(
        "_Aurora: A foundation model of the atmosphere._ ```arXiv 2024```",
        "_Aurora: A foundation model of the atmosphere._",
    );
    let found = check("shared-paper-link", &bare);
    assert!(
        found.iter().all(|d| d.severity == Severity::Error),
        "{found:?}"
    );
    assert_eq!(found.len(), 2);
    // A publisher's page keeps one title: there, one of the links is wrong.
    let doi = text.replace(
        "https://arxiv.org/abs/2405.13063",
        "https://doi.org/10.1038/s41586-025-09005-y",
    );
    let found = check("shared-paper-link", &doi);
    assert!(
        found.iter().all(|d| d.severity == Severity::Error),
        "{found:?}"
    );
    assert_eq!(found.len(), 2);
}
