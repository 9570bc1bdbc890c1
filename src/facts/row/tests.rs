use super::*;

#[test]
fn a_title_of_only_empty_links_is_no_title() {
    let knowledge = crate::knowledge::Knowledge::builtin().unwrap();
    let text = "| No. | paper | 会议/期刊 |\n|---|---|---|\n\
                |1|.[[paper]()][[code]()]||\n\
                |2|A Survey.[[paper]()][[code]()]|MIA 2024|\n\
                |3|[paper](https://arxiv.org/abs/2101.00001)|MIA 2021|\n";
    let document = crate::document::parse(text, &knowledge.columns);
    let table = &document.tables[0];
    let titles: Vec<Option<&str>> = table.rows().map(|r| row_title(table, r)).collect();
    assert_eq!(titles[0], None);
    assert!(titles[1].is_some_and(|t| t.starts_with("A Survey")));
    // A link whose text is only a generic label names no paper either.
    assert_eq!(titles[2], None);
    // A title written as a link without its URL is a title.
    let text = "| Title | Venue |\n|---|---|\n| [Adversarial Learning for Zero-Shot Stance Detection]() | NAACL21 |\n";
    let document = crate::document::parse(text, &knowledge.columns);
    let table = &document.tables[0];
    let row = table.rows().next().unwrap();
    assert!(row_title(table, row).is_some_and(|t| t.contains("Zero-Shot")));
}

#[test]
fn a_citation_is_named_by_its_title() {
    // As GUoGUoWi's federated-learning list writes its rows.
    for (text, title) in [
        (
            "Itahara S, Nishio T, Koda Y, Morikura M, Yamamoto K. Fedzkt: Zero-shot knowledge transfer towards resource-constrained federated learning. IEEE Transactions on Mobile Computing, 2021, 22(1): 191–205",
            "Fedzkt: Zero-shot knowledge transfer towards resource-constrained federated learning",
        ),
        (
            "Wang J, Liu Q, Liang H, Joshi G, Poor H V. Tackling the objective inconsistency problem. Advances in neural information processing systems, 2020",
            "Tackling the objective inconsistency problem",
        ),
        (
            "Smith J. A., Jones B. Why do nets overfit? NeurIPS 2020",
            "Why do nets overfit?",
        ),
        (
            "Hanzely F, Richt´arik P. Federated learning of a mixture of global and local models. arXiv preprint arXiv:2002.05516, 2020",
            "Federated learning of a mixture of global and local models",
        ),
        ("van der Berg K, Li Q. Sparse attention", "Sparse attention"),
    ] {
        assert_eq!(citation_title(text), Some(title), "{text}");
    }
    // Titles that are not citations stay whole.
    for text in [
        "DARTS: Differentiable Architecture Search",
        "GPT-4V. Is It Good at Everything? A Study",
        "Attention Is All You Need. A Review of Transformers",
        "Vision Transformers Need Registers. ICLR 2024",
        "A. Survey of Things. With Dots",
    ] {
        assert_eq!(citation_title(text), None, "{text}");
    }
}

#[test]
fn a_title_cell_of_generic_link_labels_is_no_title() {
    let knowledge = crate::knowledge::Knowledge::builtin().unwrap();
    let text = "| Model | Venue | Paper |\n|---|---|---|\n\
                | LIMoE | NeurIPS 2022 | [arXiv](https://arxiv.org/abs/2206.02770) |\n\
                | Aria | arXiv 2024 | [PDF](https://arxiv.org/pdf/2410.05993) / [Code](https://github.com/a/aria) |\n\
                | MoVA | NeurIPS 2024 | [MoVA: Adapting Mixture of Vision Experts](https://arxiv.org/abs/2404.13046) |\n\
                | GLM | arXiv 2025 | [arXiv 2507.01006](https://arxiv.org/abs/2507.01006) |\n\
                | Uni | TPAMI 2025 | Paper |\n";
    let document = crate::document::parse(text, &knowledge.columns);
    let table = &document.tables[0];
    let titles: Vec<Option<&str>> = table.rows().map(|r| row_title(table, r)).collect();
    assert_eq!(
        titles,
        [
            None,
            None,
            Some("MoVA: Adapting Mixture of Vision Experts"),
            Some("arXiv 2507.01006"),
            None
        ]
    );
}

#[test]
fn a_mark_glued_after_the_linked_title_is_no_part_of_it() {
    // yfaqh/Awesome-Scene-Text-Image-Super-Resolution: `@TIP` = accepted
    // by TIP, `*` = uses a transformer.
    let knowledge = crate::knowledge::Knowledge::builtin().unwrap();
    let text = "| Year | Venue | Title |\n|---|---|---|\n\
                | 2021 | arXiv | [Text prior guided scene text image super-resolution](https://arxiv.org/pdf/2106.15368)@TIP |\n\
                | 2022 | CVPR | [A Text Attention Network for Spatial Deformation](https://a.org/b.pdf)* |\n\
                | 2022 | CVPR | [A Text Attention Network](https://a.org/b.pdf) for deformation |\n\
                | 2022 | CVPR | [Text Gestalt](https://a.org/c.pdf)@AAAI |\n";
    let document = crate::document::parse(text, &knowledge.columns);
    let table = &document.tables[0];
    let titles: Vec<Option<&str>> = table.rows().map(|r| row_title(table, r)).collect();
    assert_eq!(
        titles[..2],
        [
            Some("Text prior guided scene text image super-resolution"),
            Some("A Text Attention Network for Spatial Deformation"),
        ]
    );
    // Words after the link are the title's; a short link keeps its mark.
    assert!(titles[2].is_some_and(|t| t.ends_with("for deformation")));
    assert!(titles[3].is_some_and(|t| t.ends_with("@AAAI")));
}

#[test]
fn a_linked_title_before_a_line_break_is_the_title() {
    let knowledge = crate::knowledge::Knowledge::builtin().unwrap();
    let text = "| Year | Title |\n|---|---|\n\
                | 2023 | [Unlocking Slot Attention by Changing Costs](https://arxiv.org/pdf/2301.13197.pdf) <br><sub> **MESH:** a cross-attention module</sub> |\n\
                | 2023 | **[Slot Attention](https://arxiv.org/abs/2006.15055)** <br> Ann Author |\n\
                | 2023 | A survey of slots <br> [Paper](https://arxiv.org/abs/2006.15056) |\n";
    let document = crate::document::parse(text, &knowledge.columns);
    let table = &document.tables[0];
    let titles: Vec<_> = table.rows().map(|r| row_title(table, r)).collect();
    assert_eq!(
        titles[0],
        Some("Unlocking Slot Attention by Changing Costs")
    );
    // Two words are a name, not a title: the whole cell stays.
    assert_eq!(titles[1], Some("Slot Attention  Ann Author"));
    assert!(titles[2].is_some_and(|t| t.starts_with("A survey of slots")));
}

#[test]
fn a_link_under_a_line_of_words_is_a_page_about_the_title_above() {
    // Round 65, xsankar/Awesome-NeurIPS-2023: every title cell stacks the
    // title, a link to its conference page and sometimes a note; the link's
    // text, the same in every row, is no title.
    let knowledge = crate::knowledge::Knowledge::builtin().unwrap();
    let text = "| Title | Paper |\n|---|---|\n\
                | Auditing for Human Expertise <br> [NeurIPS link - Short Video & Abstract](https://neurips.cc/virtual/2023/poster/71468) <br> _**Notes:interesting**_ | [Paper](https://openreview.net/forum?id=VEpU9rFaQr) |\n\
                | ICLR22 <br /> [Stacked Under Its Venue](https://arxiv.org/abs/2006.15055) <br /> Ann Author | |\n";
    let document = crate::document::parse(text, &knowledge.columns);
    let table = &document.tables[0];
    let titles: Vec<_> = table.rows().map(|r| row_title(table, r)).collect();
    assert!(
        titles[0].is_some_and(|t| t.starts_with("Auditing for Human Expertise")),
        "{titles:?}"
    );
    assert_eq!(titles[1], Some("Stacked Under Its Venue"));
}

#[test]
fn title_keys_spell_out_ligatures() {
    assert_eq!(
        title_key("Simﬂuence: Modeling the inﬂuence"),
        title_key("Simfluence: Modeling the influence")
    );
}

#[test]
fn title_keys_ignore_case_and_punctuation() {
    assert_eq!(
        title_key("DARTS: Differentiable  Architecture Search"),
        "darts differentiable architecture search"
    );
    assert_eq!(
        title_key("darts - differentiable architecture search."),
        "darts differentiable architecture search"
    );
    assert_ne!(
        title_key("β-DARTS++: Bi-level"),
        title_key("β-DARTS: Bi-level")
    );
}

#[test]
fn a_rows_ids_are_each_kept_once_in_order_however_many() {
    let knowledge = crate::knowledge::Knowledge::builtin().unwrap();
    // Forty ids, each linked twice: past MANY_IDS the repeats are found by
    // a set, and the order stays the links'.
    let links: String = (1..=40)
        .chain(1..=40)
        .map(|i| format!("[p](https://arxiv.org/abs/2101.{i:05}) "))
        .collect();
    let text = format!("| Title | Links |\n|---|---|\n| [A paper title](https://arxiv.org/abs/2101.00007) | {links}|\n");
    let document = crate::document::parse(&text, &knowledge.columns);
    let table = &document.tables[0];
    let row = table.rows().next().unwrap();
    let (ids, _) = link_ids(table, row);
    let ids = ids.each_once(table, row, |_| true);
    let expected: Vec<PaperId> = [7]
        .into_iter()
        .chain((1..=40).filter(|&i| i != 7))
        .map(|i| PaperId::Arxiv(format!("2101.{i:05}")))
        .collect();
    assert_eq!(ids, expected);
}
