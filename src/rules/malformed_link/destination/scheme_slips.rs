use crate::rules::testing::*;
use crate::Applicability;

#[test]
fn a_scheme_one_slip_from_https_is_written_right() {
    for (written, fixed) in [
        (
            "hhttps://openreview.net/forum?id=VrdLwUmzBy",
            "https://openreview.net/forum?id=VrdLwUmzBy",
        ),
        (
            "ttps://aclanthology.org/2021.findings-emnlp.391/",
            "https://aclanthology.org/2021.findings-emnlp.391/",
        ),
        (
            "htp://www.example.com/a.pdf",
            "http://www.example.com/a.pdf",
        ),
    ] {
        let text = table_with_title_cell(&format!("[A]({written})"));
        let found = check("malformed-link", &text);
        assert_eq!(found.len(), 1, "{written}");
        assert_eq!(
            found[0].fix.as_ref().map(|f| f.applicability),
            Some(Applicability::Safe)
        );
        assert_eq!(apply_fix(&text, &found[0]), text.replace(written, fixed));
    }
    // One slip from both `http` and `https`: the fix is unsafe.
    let found = check(
        "malformed-link",
        &table_with_title_cell("[A](httpx://www.example.com/a)"),
    );
    assert_eq!(
        found[0].fix.as_ref().map(|f| f.applicability),
        Some(Applicability::Unsafe)
    );
    // Other schemes are not slips.
    for url in [
        "ftp://ftp.example.com/a",
        "https://arxiv.org/abs/2305.11627",
        "git://github.com/a/b",
    ] {
        assert!(
            lines(
                "malformed-link",
                &table_with_title_cell(&format!("[A]({url})"))
            )
            .is_empty(),
            "{url}"
        );
    }
}
