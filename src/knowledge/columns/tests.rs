use super::*;

fn roles() -> ColumnRoles {
    let file: ColumnFile = toml::from_str(
        r#"
        [[role]]
        role = "title"
        headers = ["paper title", "title", "paper", "paper title and*"]
        [[role]]
        role = "venue"
        headers = ["conference", "venue"]
        [[role]]
        role = "paper"
        headers = ["paper", "arxiv"]
        "#,
    )
    .unwrap();
    ColumnRoles::new(&[file])
}

fn assign(headers: &[&str]) -> Vec<Option<Role>> {
    let headers: Vec<String> = headers.iter().map(|h| h.to_string()).collect();
    roles().assign(&headers)
}

#[test]
fn maps_headers_case_and_space_insensitively() {
    assert_eq!(
        assign(&["Paper  Title", "Conference", "Code"]),
        [Some(Role::Title), Some(Role::Venue), None]
    );
    // Padded with space entities to widen the column.
    assert_eq!(
        assign(&["&nbsp;&nbsp;Paper&nbsp;Title&nbsp;", "&emsp;Conference"]),
        [Some(Role::Title), Some(Role::Venue)]
    );
}

#[test]
fn plural_short_and_chinese_headers_of_the_builtin_roles() {
    let knowledge = crate::knowledge::Knowledge::builtin().unwrap();
    let assign = |headers: &[&str]| {
        let headers: Vec<String> = headers.iter().map(|h| h.to_string()).collect();
        knowledge.columns.assign(&headers)
    };
    // hk-zh's `Models | Years`, GewelsJI's `**Yr.** | **Pub.** | **Title**`.
    assert_eq!(assign(&["Paper", "Years"])[1], Some(Role::Year));
    assert_eq!(assign(&["Yr.", "Pub.", "Title"])[0], Some(Role::Year));
    // Riecacc's `发布` (published) years, AttackDic's `Venue Year`.
    assert_eq!(assign(&["Title", "发布", "Venue"])[1], Some(Role::Year));
    assert_eq!(assign(&["Title", "Venue Year"])[1], Some(Role::Venue));
    // friedrichor's `paper | 源码 | 收录 | 简介`.
    assert_eq!(
        assign(&["paper", "源码", "收录", "简介"]),
        [Some(Role::Title), Some(Role::Code), Some(Role::Venue), None]
    );
}

#[test]
fn relevant_links_hold_the_papers_links() {
    // lightly-ai/awesome-self-supervised-learning: `Title | Relevant Links`.
    let knowledge = crate::knowledge::Knowledge::builtin().unwrap();
    let headers = ["Title", "Relevant Links"].map(String::from);
    assert_eq!(
        knowledge.columns.assign(&headers),
        [Some(Role::Title), Some(Role::Paper)]
    );
    // Any other `... Links` header may cite other work (`Dataset Links`).
    let headers = ["Title", "Dataset Links"].map(String::from);
    assert_eq!(knowledge.columns.assign(&headers)[1], None);
}

#[test]
fn a_venue_or_date_header_is_the_venue_column() {
    // XiayanZhou: `Pub. or Date` (`**NeurIPS 2024**`, `Nov 2024`);
    // FeiLiu36: `Publication with Date` (`Arxiv Sep 2023, ICLR 2024`).
    let knowledge = crate::knowledge::Knowledge::builtin().unwrap();
    for header in [
        "Pub. or Date",
        "Publication with Date",
        "📅Date & Publication",
    ] {
        let headers = ["Title", header].map(String::from);
        assert_eq!(
            knowledge.columns.assign(&headers)[1],
            Some(Role::Venue),
            "{header}"
        );
    }
}

#[test]
fn a_title_header_one_slip_away_is_the_title() {
    // Mkalilia/Self-Supervised-depth heads its titles `Tittle`.
    assert_eq!(
        assign(&["Tittle", "Conference", "Code"]),
        [Some(Role::Title), Some(Role::Venue), None]
    );
    // Not when a column is headed right, nor a short header (`Tile`).
    assert_eq!(assign(&["Titel", "Title"])[0], None);
    assert_eq!(assign(&["Tile", "Conference"])[0], None);
}

#[test]
fn proceeding_heads_a_venue_column() {
    // As Liuhongzhi2018's inpainting list heads its tables: without the
    // venue, its year column was judged as a preprint date.
    let knowledge = crate::knowledge::Knowledge::builtin().unwrap();
    let headers = ["Year", "Proceeding", "Title", "Comment"].map(String::from);
    assert_eq!(knowledge.columns.assign(&headers)[1], Some(Role::Venue));
}

#[test]
fn a_header_joining_a_venue_header_to_another_word_is_the_venue() {
    // Owais-CodeHub's `Venue / Source`, dingyucanada's `Venue/Org`,
    // mikeallen39's `Time / Venue`.
    let knowledge = crate::knowledge::Knowledge::builtin().unwrap();
    for header in [
        "Venue / Source",
        "Venue/Org",
        "Time / Venue",
        "Journal & Org",
    ] {
        let headers = ["Title", header, "Code"].map(String::from);
        assert_eq!(
            knowledge.columns.assign(&headers)[1],
            Some(Role::Venue),
            "{header}"
        );
    }
    // Not beside a venue column of its own, nor without a venue word.
    let headers = ["Title", "Venue", "Data / Source"].map(String::from);
    assert_eq!(knowledge.columns.assign(&headers)[2], None);
    let headers = ["Title", "Input / Output", "Code"].map(String::from);
    assert_eq!(knowledge.columns.assign(&headers)[1], None);
}

#[test]
fn a_chinese_published_at_header_is_the_venue() {
    // krystalan's multi-hop QA list: 序号 | 论文 | 发表会议 | 备注.
    let knowledge = crate::knowledge::Knowledge::builtin().unwrap();
    let headers = ["序号", "论文", "发表会议", "备注"].map(String::from);
    assert_eq!(
        knowledge.columns.assign(&headers),
        [None, Some(Role::Title), Some(Role::Venue), None]
    );
}

#[test]
fn chinese_paper_title_publisher_and_time_headers() {
    // A physical-attacks survey: 论文题目 | 发表时间 | 出版社 | 所属分类.
    let knowledge = crate::knowledge::Knowledge::builtin().unwrap();
    let headers = ["论文题目", "发表时间", "出版社", "所属分类"].map(String::from);
    assert_eq!(
        knowledge.columns.assign(&headers),
        [Some(Role::Title), Some(Role::Year), Some(Role::Venue), None]
    );
}

#[test]
fn korean_and_japanese_headers_of_paper_tables() {
    let knowledge = crate::knowledge::Knowledge::builtin().unwrap();
    let assign = |headers: &[&str]| {
        let headers: Vec<String> = headers.iter().map(|h| h.to_string()).collect();
        knowledge.columns.assign(&headers)
    };
    // TaeSeongkwon0521's brain-decoding list: year, paper, keywords.
    assert_eq!(
        assign(&["연도", "논문", "키워드"]),
        [Some(Role::Year), Some(Role::Title), None]
    );
    // immanuelk1m's time-series list: model, description, paper, code,
    // notes; read as its English words are.
    assert_eq!(
        assign(&["모델", "설명", "논문", "코드", "비고"]),
        assign(&["Model", "Description", "Paper", "Code", "Notes"])
    );
    assert_eq!(
        assign(&["모델", "코드"])[..],
        [Some(Role::Title), Some(Role::Code)]
    );
    // Japanese: title, conference, year, link.
    assert_eq!(
        assign(&["タイトル", "会議", "発表年", "リンク"]),
        [
            Some(Role::Title),
            Some(Role::Venue),
            Some(Role::Year),
            Some(Role::Paper)
        ]
    );
}

#[test]
fn a_time_column_is_the_date() {
    // LMM101's model tables: `Paper | Time | Modality | ...`, `2023`.
    let knowledge = crate::knowledge::Knowledge::builtin().unwrap();
    let headers = ["Paper", "Time", "Modality", "GitHub"].map(String::from);
    assert_eq!(
        knowledge.columns.assign(&headers)[..2],
        [Some(Role::Title), Some(Role::Year)]
    );
}

#[test]
fn spaces_around_a_slash_do_not_change_a_header() {
    // tamlhp/awesome-mamba-ts: `Paper / Method | Year | Category | Venue / Source`.
    let knowledge = crate::knowledge::Knowledge::builtin().unwrap();
    for paper in ["Paper / Method", "Paper/Method", "Method /Paper"] {
        let headers = [paper, "Year", "Category", "Venue / Year"].map(String::from);
        assert_eq!(
            knowledge.columns.assign(&headers),
            [Some(Role::Title), Some(Role::Year), None, Some(Role::Venue)],
            "{paper}"
        );
    }
}

#[test]
fn a_study_column_is_the_title() {
    // An unlearnable-data list: `# | Study | Publication | Year | Data`.
    let knowledge = crate::knowledge::Knowledge::builtin().unwrap();
    let headers = ["#", "Study", "Publication", "Year", "Data"].map(String::from);
    assert_eq!(
        knowledge.columns.assign(&headers)[..4],
        [None, Some(Role::Title), Some(Role::Venue), Some(Role::Year)]
    );
}

#[test]
fn a_full_title_column_is_the_title_and_makes_a_paper_table() {
    let knowledge = crate::knowledge::Knowledge::builtin().unwrap();
    let headers = ["Topic", "Full Title", "Resources", "Notes"].map(String::from);
    assert_eq!(knowledge.columns.assign(&headers)[1], Some(Role::Title));
    assert!(knowledge.columns.names_papers("Full Title"));
}

#[test]
fn a_release_column_is_the_date() {
    // GuoleiSun's `Release | Title | Code`, cells `2024.07`.
    let knowledge = crate::knowledge::Knowledge::builtin().unwrap();
    let headers = ["Release", "Title", "Code"].map(String::from);
    assert_eq!(
        knowledge.columns.assign(&headers),
        [Some(Role::Year), Some(Role::Title), Some(Role::Code)]
    );
}

#[test]
fn a_name_and_link_column_is_the_title_beside_models() {
    let knowledge = crate::knowledge::Knowledge::builtin().unwrap();
    let headers = ["Name & Link", "Models", "Release Date", "Journal"].map(String::from);
    assert_eq!(
        knowledge.columns.assign(&headers)[..2],
        [Some(Role::Title), None]
    );
}

#[test]
fn emoji_and_symbols_around_a_header_are_decoration() {
    // As TX-Leo's grasping list heads its tables.
    assert_eq!(
        assign(&["Name", "Features", "📄Paper", "🌐Project", "📁Github"])[2],
        Some(Role::Title)
    );
    assert_eq!(
        assign(&[":page_facing_up: Title", "🏛️ Conference", "Code ⭐"]),
        [Some(Role::Title), Some(Role::Venue), None]
    );
    assert_eq!(assign(&["Paper 🔗"]), [Some(Role::Title)]);
    // Letters of other scripts are words, not decoration.
    assert_eq!(normalise_header("论文"), "论文");
    assert_eq!(normalise_header(":not a code"), ":not a code");
}

#[test]
fn earliest_alias_wins_and_the_rest_take_other_roles() {
    assert_eq!(
        assign(&["Year", "Title", "Venue", "Paper"]),
        [
            None,
            Some(Role::Title),
            Some(Role::Venue),
            Some(Role::Paper)
        ]
    );
}

#[test]
fn a_chinese_possessive_in_a_header_joins_words_it_does_not_add() {
    // sad-and-bad1231's `| 题目 | 发表的会议 | ... |`.
    let knowledge = crate::knowledge::Knowledge::builtin().unwrap();
    let headers = ["题目", "发表的会议", "方向"].map(String::from);
    assert_eq!(
        knowledge.columns.assign(&headers)[..2],
        [Some(Role::Title), Some(Role::Venue)]
    );
}

#[test]
fn a_chinese_venue_and_year_header_makes_a_paper_table() {
    // As Samantha09's safety list heads its paper tables: the venue and
    // year share one cell ("arXiv 2023", "NeurIPS 2023").
    let knowledge = crate::knowledge::Knowledge::builtin().unwrap();
    let headers = ["#", "论文", "会议/年份", "核心思想", "标签"].map(String::from);
    assert_eq!(
        knowledge.columns.assign(&headers),
        [None, Some(Role::Title), Some(Role::Venue), None, None]
    );
    let text = "## 综述\n\n| # | 论文 | 会议/年份 | 核心思想 |\n|---|---|---|---|\n\
                | 41 | [AI Alignment: A Comprehensive Survey](./papers/a.md) | arXiv 2023 | 对齐 |\n\
                | 42 | [Jailbroken](./papers/b.md) | NeurIPS 2023 | 安全训练 |\n\
                | 43 | [AI Alignment: A Comprehensive Survey](./papers/a.md) | arXiv 2023 | 对齐 |\n";
    assert_eq!(crate::rules::testing::lines("duplicate-paper", text), [7]);
}

#[test]
fn prefix_patterns_match() {
    assert_eq!(
        assign(&["Date", "Paper Title and Paper Interpretation (In Chinese)"]),
        [None, Some(Role::Title)]
    );
}

#[test]
fn a_code_resource_column_holds_the_code_links() {
    let knowledge = crate::Knowledge::builtin().unwrap();
    let assign = |headers: &[&str]| {
        let headers: Vec<String> = headers.iter().map(|h| h.to_string()).collect();
        knowledge.columns.assign(&headers)
    };
    // GMC-DRL's MetaBBO: its paper cells are citations, its code links
    // stand under `Code Resource`.
    assert_eq!(
        assign(&["Algorithm", "Paper", "Optimization Type", "Code Resource"])[3],
        Some(Role::Code)
    );
    assert_eq!(assign(&["Title", "Code Resources"])[1], Some(Role::Code));
}

#[test]
fn a_name_then_title_header_is_the_title() {
    // hoonerg's weather list: `(Model Name) - Paper Title | Topic | Publication | Date (↓) | Links`,
    // cells `***DiffCast*** - Precipitation Nowcasting with ...`.
    let knowledge = crate::knowledge::Knowledge::builtin().unwrap();
    for title in [
        "(Model Name) - Paper Title",
        "Model – Title",
        "[Name] - Paper",
    ] {
        let headers = [title, "Topic", "Publication", "Links"].map(String::from);
        assert_eq!(
            knowledge.columns.assign(&headers)[..3],
            [Some(Role::Title), None, Some(Role::Venue)],
            "{title}"
        );
    }
    // Both sides must name a title: a topic beside the title is no title.
    let headers = ["Topic - Subtopic", "Venue"].map(String::from);
    assert_eq!(knowledge.columns.assign(&headers)[0], None);
}

#[test]
fn a_sort_arrow_in_brackets_is_decoration() {
    assert_eq!(normalise_header("Date (↓)"), "date");
    assert_eq!(normalise_header("Year (⬆)"), "year");
    // Words in brackets are part of the name.
    assert_eq!(normalise_header("Model(s)"), "model(s)");
    assert_eq!(normalise_header("Venue (Year)"), "venue (year)");
}

#[test]
fn chinese_source_and_name_headers_of_event_lists() {
    // YangLock's and ZHResearch's lists: `年份 | 来源 | 名称 | 源码 | 数据集 | 描述`.
    let knowledge = crate::knowledge::Knowledge::builtin().unwrap();
    let headers = ["年份", "来源", "名称", "源码", "数据集", "描述"].map(String::from);
    assert_eq!(
        knowledge.columns.assign(&headers)[..4],
        [
            Some(Role::Year),
            Some(Role::Venue),
            Some(Role::Title),
            Some(Role::Code)
        ]
    );
}
