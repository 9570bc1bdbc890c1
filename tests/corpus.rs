//! Real paper lists from other fields (issue 6): one reviewed snapshot of the
//! whole report per list. Each finding is justified in
//! `fixtures/corpus-reviews/<list>.md`; a finding on a correct row is a bug
//! to fix in the rule, not in the snapshot.
//!
//! Lists whose licence allows a copy live in `fixtures/corpus/` (see its
//! NOTICE.md). The others are read from `../shared/corpus/` beside the
//! repository; without that folder their tests say so and pass.

mod common;

use nas_lint::{lint, Knowledge, LintOptions, RuleSelection, Settings};
use std::path::PathBuf;

/// The compact report: `line:col severity rule: message`, one line per
/// finding, each related place indented below it (as the seed's snapshot).
fn report(text: &str) -> String {
    let knowledge = Knowledge::builtin().expect("built-in knowledge");
    let options = LintOptions {
        selection: RuleSelection::all(),
        settings: Settings::new(2026),
        ..LintOptions::default()
    };
    let diagnostics = lint(text, &knowledge, &options);
    let mut report = common::report_lines(text, &diagnostics);
    if report.is_empty() {
        report.push_str("(no findings)\n");
    }
    report
}

/// A list copied into `fixtures/corpus/`, compiled into the test.
macro_rules! fixture_list {
    ($test:ident, $name:literal) => {
        #[test]
        fn $test() {
            let text = include_str!(concat!("../fixtures/corpus/", $name, ".md"));
            insta::assert_snapshot!($name, report(text));
        }
    };
}

/// A list that may not be copied: read from `../shared/corpus/` when present.
macro_rules! shared_list {
    ($test:ident, $name:literal) => {
        #[test]
        fn $test() {
            let file = concat!($name, ".md");
            let path: PathBuf = [env!("CARGO_MANIFEST_DIR"), "..", "shared", "corpus", file]
                .iter()
                .collect();
            let Ok(bytes) = std::fs::read(&path) else {
                eprintln!("skipped: ../shared/corpus/{file} not found");
                return;
            };
            let text = String::from_utf8(bytes).expect("the corpus list is UTF-8");
            insta::assert_snapshot!($name, report(&text));
        }
    };
}

fixture_list!(d_x_y_awesome_autodl, "D-X-Y__Awesome-AutoDL");
fixture_list!(
    lixinustc_awesome_diffusion_model_for_image_processing,
    "lixinustc__Awesome-diffusion-model-for-image-processing"
);
fixture_list!(hannibal046_awesome_llm, "Hannibal046__Awesome-LLM");
fixture_list!(
    yingchengyang_reinforcement_learning_papers,
    "yingchengyang__Reinforcement-Learning-Papers"
);
fixture_list!(thuiar_mmsa, "thuiar__MMSA");

// Lists added for issue 9 (fields and styles the rules were not tuned on).
fixture_list!(
    chiangel_awesome_llm_for_recsys,
    "CHIANGEL__Awesome-LLM-for-RecSys"
);
fixture_list!(
    cloudenginehub_awesome_robotics_manipulation,
    "CloudEngineHub__Awesome-Robotics-Manipulation"
);
fixture_list!(
    dennisrotondi_awesome_3d_scene_graphs,
    "DennisRotondi__awesome-3D-scene-graphs"
);
fixture_list!(
    irmvlab_awesome_robot_learning_from_human_videos,
    "IRMVLab__awesome-robot-learning-from-human-videos"
);
fixture_list!(huybery_awesome_code_llm, "huybery__Awesome-Code-LLM");
fixture_list!(
    nanahou_awesome_speech_enhancement,
    "nanahou__Awesome-Speech-Enhancement"
);
fixture_list!(
    rguo12_awesome_causality_algorithms,
    "rguo12__awesome-causality-algorithms"
);
fixture_list!(sebastianruder_nlp_progress, "sebastianruder__NLP-progress");
fixture_list!(
    swagshaw_awesome_speech_and_audio_continual_learning,
    "swagshaw__Awesome-Speech-and-Audio-Continual-Learning"
);
fixture_list!(
    uni_medical_project_imaging_x,
    "uni-medical__Project-Imaging-X"
);
fixture_list!(
    yueliu1999_awesome_deep_graph_clustering,
    "yueliu1999__Awesome-Deep-Graph-Clustering"
);
fixture_list!(
    yueliu1999_awesome_jailbreak_on_llms,
    "yueliu1999__Awesome-Jailbreak-on-LLMs"
);

shared_list!(
    szy12345_liv_conditional_image_synthesis,
    "Szy12345-liv__A-Survey-on-conditional-image-synthesis-with-diffusion-model"
);
shared_list!(
    chenhsing_awesome_video_diffusion_models,
    "ChenHsing__Awesome-Video-Diffusion-Models"
);
shared_list!(ddz16_tsfpaper, "ddz16__TSFpaper");
shared_list!(
    safe_graph_graph_adversarial_learning_literature,
    "safe-graph__graph-adversarial-learning-literature"
);
shared_list!(
    weiaicunzai_awesome_image_classification,
    "weiaicunzai__awesome-image-classification"
);
shared_list!(
    chaofwang_awesome_super_resolution,
    "ChaofWang__Awesome-Super-Resolution"
);

/// The copies are the published bytes: CRLF and missing final newlines kept.
#[test]
fn fixture_copies_match_the_shared_corpus() {
    let fixtures: PathBuf = [env!("CARGO_MANIFEST_DIR"), "fixtures", "corpus"]
        .iter()
        .collect();
    let shared: PathBuf = [env!("CARGO_MANIFEST_DIR"), "..", "shared", "corpus"]
        .iter()
        .collect();
    if !shared.is_dir() {
        eprintln!("skipped: ../shared/corpus not found");
        return;
    }
    for entry in std::fs::read_dir(&fixtures).expect("fixtures/corpus") {
        let path = entry.expect("a directory entry").path();
        if path.extension().is_some_and(|e| e == "md")
            && path.file_name() != Some("NOTICE.md".as_ref())
        {
            let name = path.file_name().expect("a file name");
            // The lists added for issue 9 have no copy in ../shared; they
            // were checked against their Git blobs when taken (NOTICE.md).
            let source = shared.join(name);
            if !source.is_file() {
                continue;
            }
            let original = std::fs::read(&source).expect("the shared original");
            let copy = std::fs::read(&path).expect("the copy");
            assert!(
                original == copy,
                "{} differs from {}",
                path.display(),
                source.display()
            );
        }
    }
}
