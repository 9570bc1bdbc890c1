use super::*;

fn stats(text: &str) -> Stats {
    of_text(text, &Knowledge::builtin().unwrap(), &Settings::default())
}

fn keys<K: Clone>(counts: &[Count<K>]) -> Vec<(K, usize)> {
    counts.iter().map(|c| (c.key.clone(), c.papers)).collect()
}

const HEAD: &str = "| Title | Venue | Strategy | Date |\n|---|---|---|---|\n";

#[test]
fn a_paper_listed_twice_counts_once_and_by_its_first_row() {
    let text = format!(
        "## Gradient\n\n{HEAD}\
         | [DARTS](https://arxiv.org/abs/1806.09055) | ICLR 2019 | Gradient | 2019 |\n\
         | [ENAS](https://arxiv.org/abs/1802.03268) | ICML 2018 | RL | 2018 |\n\
         | [PNAS](https://arxiv.org/abs/1712.00559) | ECCV 2018 | Other | 2018 |\n\
         | [AmoebaNet](https://arxiv.org/abs/1802.01548) | AAAI 2019 | EA | 2019 |\n\
         | [DARTS: Differentiable Architecture Search](https://arxiv.org/abs/1806.09055) | ICLR 2018 | RL | 2018 |\n"
    );
    let s = stats(&text);
    assert_eq!((s.papers, s.paper_rows), (4, 5));
    assert_eq!(keys(&s.years), [(2018, 2), (2019, 2)]);
    assert_eq!(s.grouping, Grouping::Strategy);
    assert_eq!(
        keys(&s.groups),
        [
            ("EA".to_string(), 1),
            ("Gradient".to_string(), 1),
            ("Other".to_string(), 1),
            ("RL".to_string(), 1)
        ]
    );
}

#[test]
fn a_dataset_row_of_a_paper_table_is_not_a_paper() {
    let text = format!(
        "{HEAD}\
         | [DuoGen](https://arxiv.org/abs/2305.01234) | TPAMI 2024 | - | 2024 |\n\
         | [DuoSet](https://arxiv.org/abs/2305.01234) | Dataset | - | 2023 |\n\
         | [OldSet](https://arxiv.org/abs/1609.01234) | **Benchmark** | - | 2016 |\n"
    );
    let s = stats(&text);
    assert_eq!((s.papers, s.paper_rows, s.citing_rows), (1, 1, 2));
    assert_eq!(keys(&s.years), [(2024, 1)]);
}

#[test]
fn the_year_comes_from_the_venue_then_the_date_then_the_arxiv_id() {
    let text = format!(
        "{HEAD}\
         | [A](https://arxiv.org/abs/2001.00001) | CVPR 2021 | - | 2020 |\n\
         | [B](https://arxiv.org/abs/2001.00002) | - | - | 2022 |\n\
         | [C](https://arxiv.org/abs/2301.00003) | - | - | - |\n\
         | D | - | - | - |\n"
    );
    let s = stats(&text);
    assert_eq!(keys(&s.years), [(2021, 1), (2022, 1), (2023, 1)]);
    assert_eq!(s.without_year, 1);
}

#[test]
fn venues_by_canonical_name_unknown_ones_as_written() {
    let text = format!(
        "{HEAD}\
         | A | NIPS 2017 | - | 2017 |\n\
         | B | NeurIPS 2019 | - | 2019 |\n\
         | C | ILCR 2022 | - | 2022 |\n\
         | D | Foo 2022 | - | 2022 |\n\
         | E | - | - | 2022 |\n"
    );
    let s = stats(&text);
    assert_eq!(
        keys(&s.venues),
        [
            ("NeurIPS".to_string(), 2),
            ("Foo".to_string(), 1),
            ("ICLR".to_string(), 1)
        ]
    );
    assert_eq!(s.without_venue, 1);
}

#[test]
fn only_the_top_venues_are_named() {
    let rows: String = (0..TOP_VENUES + 3)
        .map(|i| {
            format!(
                "| Paper {i} | Venue{} 2020 | - | 2020 |\n",
                (b'A' + i as u8) as char
            )
        })
        .collect();
    let s = stats(&format!("{HEAD}{rows}"));
    assert_eq!(s.venues.len(), TOP_VENUES);
    assert_eq!(s.other_venues, 3);
    assert_eq!(s.papers, TOP_VENUES + 3);
}

#[test]
fn citing_tables_are_not_papers_and_sections_group_without_strategies() {
    let text = "## Image\n\n| Title | Venue |\n|---|---|\n\
                | [A](https://arxiv.org/abs/2101.00001) | CVPR 2021 |\n\
                | [B](https://arxiv.org/abs/2101.00002) | ICCV 2021 |\n\n\
                ## Video\n\n| Title | Venue |\n|---|---|\n\
                | [C](https://arxiv.org/abs/2101.00003) | CVPR 2021 |\n\
                | [A](https://arxiv.org/abs/2101.00001) | CVPR 2021 |\n\n\
                ## Datasets\n\n| Dataset | Paper | Year |\n|---|---|---|\n\
                | ImageNet | [A](https://arxiv.org/abs/2101.00001) | 2009 |\n\
                | COCO | [C](https://arxiv.org/abs/2101.00003) | 2014 |\n";
    let s = stats(text);
    assert_eq!((s.papers, s.paper_rows, s.citing_rows), (3, 4, 2));
    assert_eq!(s.grouping, Grouping::Section);
    assert_eq!(
        keys(&s.groups),
        [("Image".to_string(), 2), ("Video".to_string(), 1)]
    );
    assert_eq!(keys(&s.years), [(2021, 3)]);
}
