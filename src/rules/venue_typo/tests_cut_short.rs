//! A venue's name with its last letter left out, on the list's evidence.

use super::tests::row;
use crate::knowledge::Knowledge;
use crate::rules::testing::*;

#[test]
fn a_name_one_letter_short_of_one_venue_is_found_from_five_letters_on() {
    let venues = Knowledge::builtin().unwrap().venues;
    let asplos = venues.venue_named("ASPLOS").unwrap();
    assert_eq!(
        venues.cut_short_of("ASPLO").map(|v| v as usize),
        Some(asplos)
    );
    assert_eq!(
        venues.cut_short_of("Sensor").map(|v| v as usize),
        venues.venue_named("Sensors")
    );
    // Four letters (ICMLA's start is ICML) and known names are no slips.
    assert_eq!(venues.cut_short_of("ICML"), None);
    assert_eq!(venues.cut_short_of("ICMLA"), None);
    // `IEEE SENSORS`, a conference, is `IEEE Sensors J.` without its last
    // word, not its last letter.
    assert_eq!(venues.cut_short_of("IEEE SENSORS"), None);
}

#[test]
fn a_cell_cut_short_beside_the_venue_the_list_writes_is_a_slip_with_a_safe_fix() {
    let text = seed_table("S", &[&row("Sensor"), &row("Sensors")]);
    let found = check("venue-typo", &text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        found[0].message,
        "`Sensor` is a misspelling of Sensors, which this list writes elsewhere: \
         its last letter is left out"
    );
    let fixed = apply_fix(&text, &found[0]);
    assert_eq!(fixed, seed_table("S", &[&row("Sensors"), &row("Sensors")]));
}

#[test]
fn a_name_cut_short_needs_the_list_to_write_the_venue_as_often() {
    // Never written rightly: perhaps a venue nas-lint does not know.
    let alone = seed_table("S", &[&row("Sensor")]);
    assert!(lines("venue-typo", &alone).is_empty());
    // Written short more often than rightly.
    let more = seed_table(
        "S",
        &[&row("ASPLO 2021"), &row("ASPLO 2022"), &row("ASPLOS 2023")],
    );
    assert!(lines("venue-typo", &more).is_empty());
    // The list's own name, three rows, beside the venue not five times as
    // often: a convention.
    let mut rows = vec![row("ASPLO 2021"); 3];
    rows.extend(vec![row("ASPLOS 2023"); 4]);
    let rows: Vec<&str> = rows.iter().map(String::as_str).collect();
    assert!(lines("venue-typo", &seed_table("S", &rows)).is_empty());
}

#[test]
fn a_list_item_tagged_with_a_name_cut_short_is_read_with_its_year() {
    let items = "# List\n\n\
        - (ASPLOS'24) **Ianus** [[paper]](https://doi.org/10.1145/3620666.3651324)\n\
        - (ASPLO'25) **Klotski** [[paper]](https://dl.acm.org/doi/10.1145/3676641.3716261)\n";
    assert_eq!(lines("venue-typo", items), [4]);
    let found = check("venue-typo", items);
    assert!(apply_fix(items, &found[0]).contains("- (ASPLOS'25) **Klotski**"));
    // Without the list's ASPLOS, the tag is left alone.
    let alone = items.replace("(ASPLOS'24)", "(ISCA'24)");
    assert!(lines("venue-typo", &alone).is_empty());
}

#[test]
fn a_title_s_word_or_a_real_venue_is_no_name_cut_short() {
    // A word of a title, beside the venue the list names.
    let items = "# List\n\n\
        - [Deep learning for sensor-based recognition](https://doi.org/10.3390/s21010001), Sensors 2021\n\
        - [Winner of the Sensor 2022 challenge on gait](https://example.org/b)\n";
    assert!(lines("venue-typo", items).is_empty());
    // JASIS is JASIST's former name; IJCAR a conference of its own.
    let text = seed_table("S", &[&row("JASIS 1998"), &row("JASIST 2015")]);
    assert!(lines("venue-typo", &text).is_empty());
    let items = "# List\n\n\
        - (IJCARS'23) **X** [[paper]](https://doi.org/10.1007/s11548-023-1)\n\
        - (IJCAR'24) **Y** [[paper]](https://doi.org/10.1007/978-3-031-63498-7_1)\n";
    assert!(lines("venue-typo", items).is_empty());
}

#[test]
fn only_the_name_is_fixed_inside_quotes_and_in_a_bracketed_tag() {
    let text = seed_table("S", &[&row("“Sensor” 2021"), &row("Sensors 2022")]);
    let found = check("venue-typo", &text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].message.starts_with("`Sensor` is"),
        "{}",
        found[0].message
    );
    assert!(apply_fix(&text, &found[0]).contains("| “Sensors” 2021 |"));
    let items = "# List\n\n\
        - (ASPLOS’24) **Ianus** [[paper]](https://doi.org/10.1145/3620666.3651324)\n\
        - [ASPLO 25] **Klotski** [[paper]](https://dl.acm.org/doi/10.1145/3676641.3716261)\n";
    let found = check("venue-typo", items);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(apply_fix(items, &found[0]).contains("- [ASPLOS 25] **Klotski**"));
}

#[test]
fn a_short_name_the_list_defines_or_writes_as_its_own_is_left() {
    // Three rows beside fifteen of the venue: a repeated slip.
    let mut rows = vec![row("ASPLO 2021"); 3];
    rows.extend(vec![row("ASPLOS 2023"); 15]);
    let rows: Vec<&str> = rows.iter().map(String::as_str).collect();
    assert_eq!(lines("venue-typo", &seed_table("S", &rows)).len(), 3);
    // A name the list's glossary spells out is a venue.
    let text = format!(
        "{}\n- **ASPLO**: Asian Symposium on Programming Languages and Operating systems\n",
        seed_table("S", &[&row("ASPLO 2021"), &row("ASPLOS 2023")])
    );
    assert!(lines("venue-typo", &text).is_empty());
}

#[test]
fn a_name_cut_short_of_two_venues_or_of_a_misspelling_or_a_channel_is_none() {
    let file: crate::knowledge::VenueFile = toml::from_str(
        r#"
        [[venue]]
        name = "ABCDEX"
        kind = "conference"
        [[venue]]
        name = "ABCDEY"
        kind = "conference"
        [[venue]]
        name = "FGHIJK"
        kind = "conference"
        misspellings = ["FGHIKJL"]
        "#,
    )
    .unwrap();
    let venues = crate::knowledge::VenueBook::with_builtin(&[file]).unwrap();
    // ABCDE is one letter short of two venues: which one it meant is a guess.
    assert_eq!(venues.cut_short_of("ABCDE"), None);
    assert!(venues.cut_short_of("FGHIJ").is_some());
    // A misspelling is no name to be cut short of.
    assert_eq!(venues.cut_short_of("FGHIKJ"), None);
    // Nor a release channel's: `NVIDI` is no venue's slip.
    let builtin = Knowledge::builtin().unwrap().venues;
    assert!(builtin.venue_named("NVIDIA").is_some());
    assert_eq!(builtin.cut_short_of("NVIDI"), None);
}
