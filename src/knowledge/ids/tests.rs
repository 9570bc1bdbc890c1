use super::*;

fn id(url: &str) -> String {
    match arxiv_link(url) {
        Some(ArxivLink::Valid(a)) => a.id,
        other => panic!("{url}: {other:?}"),
    }
}

fn reason(url: &str) -> String {
    match arxiv_link(url) {
        Some(ArxivLink::Malformed { reason, .. }) => reason,
        other => panic!("{url}: {other:?}"),
    }
}

#[test]
fn every_url_form_gives_the_bare_id() {
    for url in [
        "https://arxiv.org/pdf/2106.06560v1.pdf",
        "https://arxiv.org/abs/2106.06560",
        "http://www.arxiv.org/abs/2106.06560v3/",
        "https://arxiv.org/pdf/2106.06560v1",
        "https://export.arxiv.org/abs/2106.06560",
        "https://arxiv.org/html/2106.06560v2",
        "https://huggingface.co/papers/2106.06560",
        "https://doi.org/10.48550/arXiv.2106.06560",
        "https://arxiv.org/abs//2106.06560",
        // Yangzhangcst/RGBD-semantic-segmentation: the id as cited.
        "https://arxiv.org/pdf/arXiv:2106.06560.pdf",
        "https://arxiv.org/abs/arxiv:2106.06560",
        "https://arxiv.org/abs/ArXiv:2106.06560",
        // hoya012's anomaly list: the PDF under its month's folder.
        "https://arxiv.org/ftp/arxiv/papers/2106/2106.06560.pdf",
    ] {
        assert_eq!(id(url), "2106.06560", "{url}");
    }
    assert_eq!(
        id("https://arxiv.org/abs/math.GT/0309136v2"),
        "math/0309136"
    );
    assert_eq!(id("https://arxiv.org/abs/1412.7878"), "1412.7878");
    assert_eq!(
        id("https://ui.adsabs.harvard.edu/abs/2020arXiv200707743G/abstract"),
        "2007.07743"
    );
    assert_eq!(
        id("https://ui.adsabs.harvard.edu/abs/2014arXiv14127878K"),
        "1412.7878"
    );
    // A bibcode of a journal, or one whose number runs on or lacks the
    // author's initial, names no arXiv paper.
    for bibcode in [
        "2020ApJ...900..100K",
        "2020arXiv2007077431G",
        "2020arXiv200707743",
        "2020arXiv200707743g",
        "20arXiv200707743G",
    ] {
        let url = format!("https://ui.adsabs.harvard.edu/abs/{bibcode}");
        assert_eq!(arxiv_link(&url), None, "{url}");
    }
}

#[test]
fn year_and_month_come_from_the_id() {
    let Some(ArxivLink::Valid(a)) = arxiv_link("https://arxiv.org/abs/1902.09635") else {
        panic!()
    };
    assert_eq!((a.year, a.month), (2019, 2));
    let Some(ArxivLink::Valid(a)) = arxiv_link("https://arxiv.org/abs/cs/0112017") else {
        panic!()
    };
    assert_eq!((a.year, a.month), (2001, 12));
}

#[test]
fn impossible_ids_are_malformed() {
    assert!(reason("https://arxiv.org/abs/2113.05538").contains("month 13"));
    assert!(reason("https://arxiv.org/abs/1501.1234").contains("5-digit"));
    assert!(reason("https://arxiv.org/abs/1412.12345").contains("4-digit"));
    assert!(reason("https://arxiv.org/abs/0701.1234").contains("April 2007"));
    assert!(reason("https://arxiv.org/abs/2302.12831c").contains("`c`"));
    assert!(reason("https://arxiv.org/abs/2103.00000").contains("zero"));
    assert!(reason("https://arxiv.org/abs/2103.12345v0").contains("v1"));
}

#[test]
fn other_hosts_are_not_arxiv() {
    assert_eq!(arxiv_link("https://github.com/a/b"), None);
    assert_eq!(arxiv_link("not a url"), None);
    assert_eq!(arxiv_link("https://arxiv.org/list/cs.LG/recent"), None);
}

#[test]
fn openreview_and_doi() {
    assert_eq!(
        openreview_id("https://openreview.net/pdf?id=_jMtny3sMKU").as_deref(),
        Some("_jMtny3sMKU")
    );
    assert_eq!(
        openreview_id("https://openreview.net/forum?id=MuSYkd1hxRP&noteId=x").as_deref(),
        Some("MuSYkd1hxRP")
    );
    assert_eq!(
        openreview_id("https://openreview.net/group?id=ICLR.cc/2023/Conference"),
        None
    );
    // The first `id=` with a value, never a parameter that only ends in `id`.
    assert_eq!(
        openreview_id("https://openreview.net/forum?noteId=x&id=&id=Ab-c_1.x").as_deref(),
        Some("Ab-c_1")
    );
    assert_eq!(
        openreview_id("https://openreview.net/forum?noteid=abc"),
        None
    );
    assert_eq!(
        doi("https://doi.org/10.1109/CVPR.2016.90").as_deref(),
        Some("10.1109/cvpr.2016.90")
    );
}

#[test]
fn publisher_urls_carry_the_paper_identity() {
    let doi = |u: &str| PaperId::Doi(u.to_string());
    let cases = [
        ("https://dl.acm.org/doi/10.1145/3503161.3548414", doi("10.1145/3503161.3548414")),
        ("https://dl.acm.org/doi/pdf/10.1145/3503161.3548414", doi("10.1145/3503161.3548414")),
        ("https://dl.acm.org/doi/epdf/10.1145/3503161.3548414?casa=x", doi("10.1145/3503161.3548414")),
        ("https://dl.acm.org/doi/abs/10.1145/3503161.3548414", doi("10.1145/3503161.3548414")),
        ("https://link.springer.com/article/10.1007/s11263-021-01453-z", doi("10.1007/s11263-021-01453-z")),
        ("https://link.springer.com/content/pdf/10.1007/s11263-021-01453-z.pdf", doi("10.1007/s11263-021-01453-z")),
        ("https://link.springer.com/chapter/10.1007/978-3-030-58452-8_1", doi("10.1007/978-3-030-58452-8_1")),
        ("https://onlinelibrary.wiley.com/doi/full/10.1111/cgf.14022", doi("10.1111/cgf.14022")),
        ("https://onlinelibrary.wiley.com/doi/10.1111/cgf.14022", doi("10.1111/cgf.14022")),
        ("https://doi.org/10.1111/CGF.14022", doi("10.1111/cgf.14022")),
        ("https://dx.plos.org/10.1371/journal.pcbi.1011044", doi("10.1371/journal.pcbi.1011044")),
        ("https://ieeexplore.ieee.org/document/9887996", PaperId::Ieee("9887996".into())),
        ("https://ieeexplore.ieee.org/abstract/document/9887996/", PaperId::Ieee("9887996".into())),
        ("https://ieeexplore.ieee.org/stamp/stamp.jsp?tp=&arnumber=9887996", PaperId::Ieee("9887996".into())),
        (
            "https://proceedings.neurips.cc/paper/2020/hash/4c5bcfec8584af0d967f1ab10179ca4b-Abstract.html",
            PaperId::Neurips("4c5bcfec8584af0d967f1ab10179ca4b".into()),
        ),
        (
            "https://proceedings.neurips.cc/paper_files/paper/2020/file/4c5bcfec8584af0d967f1ab10179ca4b-Paper.pdf",
            PaperId::Neurips("4c5bcfec8584af0d967f1ab10179ca4b".into()),
        ),
        ("https://papers.nips.cc/paper/7181-attention-is-all-you-need.pdf", PaperId::Neurips("n7181".into())),
        ("http://proceedings.mlr.press/v162/zhang22a.html", PaperId::Pmlr("v162/zhang22a".into())),
        ("https://proceedings.mlr.press/v162/zhang22a/zhang22a.pdf", PaperId::Pmlr("v162/zhang22a".into())),
        ("http://proceedings.mlr.press/v37/ioffe15.pdf", PaperId::Pmlr("v37/ioffe15".into())),
        ("https://proceedings.mlr.press/v97/li19a/", PaperId::Pmlr("v97/li19a".into())),
        ("https://proceedings.mlr.press/v97/li19a.pdf/", PaperId::Pmlr("v97/li19a".into())),
        (
            "https://openaccess.thecvf.com/content/CVPR2021/papers/Xu_ViPNAS_Efficient_CVPR_2021_paper.pdf",
            PaperId::Cvf("xu_vipnas_efficient_cvpr_2021".into()),
        ),
        (
            "http://openaccess.thecvf.com//content/CVPR2021/html/Xu_ViPNAS_Efficient_CVPR_2021_paper.html",
            PaperId::Cvf("xu_vipnas_efficient_cvpr_2021".into()),
        ),
        ("https://aclanthology.org/2020.acl-main.1.pdf", PaperId::Acl("2020.acl-main.1".into())),
        ("https://aclanthology.org/2020.acl-main.1/", PaperId::Acl("2020.acl-main.1".into())),
        ("https://www.aclweb.org/anthology/P19-1001.pdf", PaperId::Acl("P19-1001".into())),
        ("https://aclanthology.org/P19-1001", PaperId::Acl("P19-1001".into())),
        ("https://ojs.aaai.org/index.php/AAAI/article/view/28680", PaperId::Ojs("AAAI/28680".into())),
        ("https://ojs.aaai.org/index.php/AAAI/article/view/28680/29322", PaperId::Ojs("AAAI/28680".into())),
        ("https://ojs.aaai.org/index.php/AAAI/article/download/28680/29322/", PaperId::Ojs("AAAI/28680".into())),
        ("https://aaai.org/ojs/index.php/AAAI/article/view/5693", PaperId::Ojs("AAAI/5693".into())),
        ("https://ojs.aaai.org/index.php/ICWSM/article/view/19340", PaperId::Ojs("ICWSM/19340".into())),
        ("https://cdn.aaai.org/ojs/20222/20222-13-24235-1-2-20220628.pdf", PaperId::Ojs("AAAI/20222".into())),
        ("https://www.nature.com/articles/s41598-022-14421-5", PaperId::Doi("10.1038/s41598-022-14421-5".into())),
        ("https://www.nature.com/articles/s41586-021-03819-2.pdf", PaperId::Doi("10.1038/s41586-021-03819-2".into())),
        ("https://www.ijcai.org/proceedings/2018/0336.pdf", PaperId::Ijcai("2018/336".into())),
        ("https://www.ijcai.org/Proceedings/2018/0336.pdf", PaperId::Ijcai("2018/336".into())),
        ("https://ijcai.org/proceedings/2018/336", PaperId::Ijcai("2018/336".into())),
        (
            "https://www.sciencedirect.com/science/article/pii/S0267364917302091",
            PaperId::Pii("S0267364917302091".into()),
        ),
        (
            "https://www.sciencedirect.com/science/article/abs/pii/S0267364917302091",
            PaperId::Pii("S0267364917302091".into()),
        ),
        (
            "https://www.sciencedirect.com/science/article/pii/S0924271624003873/pdfft?md5=x&pid=1-s2.0.pdf",
            PaperId::Pii("S0924271624003873".into()),
        ),
        (
            "https://sciencedirect.com/science/article/pii/s016786552030059x/",
            PaperId::Pii("S016786552030059X".into()),
        ),
        (
            "https://linkinghub.elsevier.com/retrieve/pii/S0267364917302091",
            PaperId::Pii("S0267364917302091".into()),
        ),
    ];
    for (url, id) in cases {
        assert_eq!(paper_ids(url), [id], "{url}");
    }
    for url in [
        "https://dl.acm.org/conference/kdd",
        "https://link.springer.com/journal/11263",
        "https://ieeexplore.ieee.org/xpl/conhome/1000147/all-proceedings",
        "https://proceedings.neurips.cc/paper/2020",
        "https://proceedings.mlr.press/v162/",
        "https://proceedings.mlr.press/162/zhang22a.html",
        "https://proceedings.mlr.press/v/zhang22a.html",
        "https://proceedings.mlr.press/v162/zhang22a.htm",
        "https://proceedings.mlr.press/v162/zhang22a/supp.zip",
        "https://proceedings.mlr.press/v162/zhang22a//",
        "https://proceedings.mlr.press/v162/zhang22a/.pdf",
        "https://openaccess.thecvf.com/CVPR2021",
        "https://openaccess.thecvf.com/content/CVPR2021/supplemental/Xu_ViPNAS_CVPR_2021_supplemental.pdf",
        "https://aclanthology.org/events/acl-2020/",
        "https://ojs.aaai.org/index.php/AAAI/issue/view/576",
        "https://ojs.aaai.org/index.php/AAAI/article/view/abc",
        "https://www.sciencedirect.com/journal/computer-law-and-security-review",
        "https://www.sciencedirect.com/science/article/pii/S02673649",
        "https://www.sciencedirect.com/search?qs=S0267364917302091",
    ] {
        assert!(paper_ids(url).is_empty(), "{url}: {:?}", paper_ids(url));
    }
}

#[test]
fn mirrors_carry_ids_but_only_arxiv_own_hosts_are_arxiv() {
    for own in ["arxiv.org", "export.arxiv.org", "in.arxiv.org"] {
        assert!(is_arxiv_host(own) && is_arxiv_own_host(own), "{own}");
    }
    // iSEngLab/AwesomeLearningAPR links papers through `arxiv.53yu.com`.
    assert_eq!(id("https://arxiv.53yu.com/abs/1711.07163"), "1711.07163");
    assert!(!is_arxiv_host("arxiv.com") && !is_arxiv_host("arxiv"));
    for mirror in [
        "alphaxiv.org",
        "ar5iv.labs.arxiv.org",
        "xxx.lanl.gov",
        "arxiv.53yu.com",
    ] {
        assert!(
            is_arxiv_host(mirror) && !is_arxiv_own_host(mirror),
            "{mirror}"
        );
    }
    assert!(!is_arxiv_host("huggingface.co"));
    assert_eq!(id("https://www.alphaxiv.org/abs/2106.06560"), "2106.06560");
}

#[test]
fn a_path_after_the_id_of_an_abstract_or_pdf_is_no_page() {
    for url in [
        "https://arxiv.org/pdf/2106.09685v1/1000",
        "https://arxiv.org/abs/2010.11929/1000",
    ] {
        assert!(reason(url).contains("after the id"), "{url}");
    }
    // An HTML paper's figures sit under its id; a trailing slash is none.
    assert_eq!(
        id("https://arxiv.org/html/2401.01234v1/x1.png"),
        "2401.01234"
    );
    assert_eq!(id("https://arxiv.org/abs/2010.11929/"), "2010.11929");
}

#[test]
fn a_doi_written_whole_in_any_publishers_path_is_the_paper() {
    let doi = |d: &str| vec![PaperId::Doi(d.to_string())];
    for (url, id) in [
        (
            "https://bmcbioinformatics.biomedcentral.com/articles/10.1186/s12859-023-05411-z",
            doi("10.1186/s12859-023-05411-z"),
        ),
        (
            "https://jivp-eurasipjournals.springeropen.com/track/pdf/10.1186/s13640-017-0186-1?site=x",
            doi("10.1186/s13640-017-0186-1"),
        ),
        (
            "https://www.frontiersin.org/articles/10.3389/fnins.2020.00001/full",
            doi("10.3389/fnins.2020.00001"),
        ),
        // A bioRxiv posting's version and view are the one paper.
        (
            "https://www.biorxiv.org/content/10.1101/2023.10.01.560349v3",
            doi("10.1101/2023.10.01.560349"),
        ),
        (
            "https://www.biorxiv.org/content/10.1101/2023.10.01.560349v1.full.pdf",
            doi("10.1101/2023.10.01.560349"),
        ),
        (
            "https://www.medrxiv.org/content/10.1101/2020.04.13.20063461v2.full",
            doi("10.1101/2020.04.13.20063461"),
        ),
        (
            "https://www.biorxiv.org/content/10.1101/2023.10.01.560349V2",
            doi("10.1101/2023.10.01.560349"),
        ),
        (
            "https://www.biorxiv.org/content/10.1101/2023.10.01.560349v3.full.pdf+html",
            doi("10.1101/2023.10.01.560349"),
        ),
        (
            "https://www.biorxiv.org/content/10.1101/2023.10.01.560349v3.supplementary-material",
            doi("10.1101/2023.10.01.560349"),
        ),
        (
            "https://www.biorxiv.org/content/10.1101/560349v1",
            doi("10.1101/560349"),
        ),
        // Cold Spring Harbor's journals under the same registrant.
        (
            "https://genome.cshlp.org/content/10.1101/gr.277044.122",
            doi("10.1101/gr.277044.122"),
        ),
        // A full stop or a pasted space after a DOI is no part of it.
        (
            "https://doi.org/10.1109/CVPR.2016.90.",
            doi("10.1109/cvpr.2016.90"),
        ),
        (
            "https://dl.acm.org/doi/10.1145/3583780.3614918%20",
            doi("10.1145/3583780.3614918"),
        ),
        // Elsewhere a `v` ends a DOI of its own.
        (
            "https://www.frontiersin.org/articles/10.3389/fnins.2020.v2/full",
            doi("10.3389/fnins.2020.v2"),
        ),
        // A page asked for its DOI by a `doi=` parameter.
        (
            "https://www.scitepress.org/Link.aspx?doi=10.5220/0010865000003124",
            doi("10.5220/0010865000003124"),
        ),
        (
            "https://dl.acm.org/citation.cfm?id=1&doi=10.1145%2F3292500.3330701",
            doi("10.1145/3292500.3330701"),
        ),
    ] {
        assert_eq!(paper_ids(url), id, "{url}");
    }
    // A version or a file of a repository is no DOI; nor is CiteSeerX's
    // own `doi=10.1.1.86.3414`, nor a code host's query.
    for url in [
        "https://example.com/docs/10.1/guide",
        "https://github.com/a/b/tree/main/10.1145/x",
        "https://citeseerx.ist.psu.edu/viewdoc/download?doi=10.1.1.86.3414&rep=rep1&type=pdf",
        "https://github.com/a/b?doi=10.1145/3292500.3330701",
        "https://example.org/cite?doi=10.12/abc",
        "https://example.org/cite?doi=10.1145/3292500%3Fx",
    ] {
        assert!(paper_ids(url).is_empty(), "{url}");
    }
}

#[test]
fn a_pdf_file_without_another_id_is_known_by_its_address() {
    let pdf = |f: &str| vec![PaperId::Pdf(f.to_string())];
    assert_eq!(
        paper_ids("https://www.vldb.org/pvldb/vol18/p5086-zhu.pdf?download=1"),
        pdf("vldb.org/pvldb/vol18/p5086-zhu.pdf")
    );
    assert_eq!(
        paper_ids("https://www.usenix.org/system/files/osdi25-guo.PDF"),
        pdf("usenix.org/system/files/osdi25-guo.PDF")
    );
    // Another id first; a page of a file; a file of a code repository.
    assert_eq!(
        paper_ids("https://arxiv.org/pdf/2305.11627.pdf"),
        vec![PaperId::Arxiv("2305.11627".to_string())]
    );
    for url in [
        "https://library.oapen.org/bitstream/1/1007149.pdf#page=46",
        "https://github.com/a/b/blob/main/survey.pdf",
        "https://example.com/pdf",
    ] {
        assert!(paper_ids(url).is_empty(), "{url}");
    }
}

#[test]
fn a_researchgate_publication_is_known_by_its_number() {
    for url in [
        "https://www.researchgate.net/publication/259126397_Approximate_nearest_neighbor_algorithm",
        "https://www.researchgate.net/profile/Yu-Malkov/publication/259126397_Approximate_nearest_neighbor_algorithm/links/5e4/file.pdf",
    ] {
        assert_eq!(paper_ids(url), vec![PaperId::ResearchGate("259126397".into())], "{url}");
    }
    // A profile is no paper.
    assert!(paper_ids("https://www.researchgate.net/profile/Yu-Malkov").is_empty());
}

#[test]
fn a_hal_deposit_is_known_by_its_id_without_version() {
    for url in [
        "https://inria.hal.science/hal-04269089/",
        "https://hal.science/hal-04269089v2/document",
        "https://hal.archives-ouvertes.fr/hal-04269089/file/paper.pdf",
    ] {
        assert_eq!(
            paper_ids(url),
            vec![PaperId::Hal("hal-04269089".into())],
            "{url}"
        );
    }
    for (url, id) in [
        ("https://theses.hal.science/tel-01234567", "tel-01234567"),
        ("https://hal.inria.fr/inria-00112233v3", "inria-00112233"),
        ("https://hal.science/in2p3-00123456", "in2p3-00123456"),
        (
            "https://hal.science/halshs-01234567v12/document",
            "halshs-01234567",
        ),
    ] {
        assert_eq!(paper_ids(url), vec![PaperId::Hal(id.into())], "{url}");
    }
    // A deposit is no publisher's record of the paper.
    assert!(!PaperId::Hal("hal-04269089".into()).is_publishers());
    // A search, an author's page or a short number is no deposit.
    for url in [
        "https://hal.science/search/index/?q=graph",
        "https://hal.science/hal-0426908",
        "https://cv.hal.science/jane-doe",
        "https://example.org/hal-04269089",
        "https://hal.science/hal-04269089v2x",
        "https://theses.hal.science/tel-03334562/document#page=12",
        "https://hal.science/hal-01234567v1/file/supplementary.pdf",
    ] {
        assert!(paper_ids(url).is_empty(), "{url}");
    }
}

/// The meeting and year a link's proceedings id names, if any.
fn edition(url: &str) -> Option<(String, i32)> {
    paper_ids(url)
        .iter()
        .find_map(|id| id.edition().map(|e| (e.venue.to_string(), e.year)))
}

fn named(venue: &str, year: i32) -> Option<(String, i32)> {
    Some((venue.to_string(), year))
}

#[test]
fn proceedings_ids_name_their_meeting() {
    assert_eq!(
        edition("https://aclanthology.org/2020.acl-main.313/"),
        named("acl", 2020)
    );
    assert_eq!(
        edition("https://aclanthology.org/2023.findings-emnlp.221.pdf"),
        named("emnlp", 2023)
    );
    assert_eq!(
        edition("https://aclanthology.org/P19-1001/"),
        named("acl", 2019)
    );
    assert_eq!(
        edition("https://www.aclweb.org/anthology/D18-1002"),
        named("emnlp", 2018)
    );
    assert_eq!(
        edition("https://openaccess.thecvf.com/content_ICCV_2019/html/Das_DewarpNet_Single-Image_Document_Unwarping_ICCV_2019_paper.html"),
        named("iccv", 2019)
    );
    assert_eq!(
        edition("https://www.ijcai.org/Proceedings/2020/0349.pdf"),
        named("ijcai", 2020)
    );
    // A workshop's old letter and ids that name no meeting.
    assert_eq!(edition("https://aclanthology.org/W19-1001/"), None);
    assert_eq!(edition("https://arxiv.org/abs/2005.05650"), None);
}

#[test]
fn a_papers_page_on_its_conferences_site_is_its_id() {
    let ids = |url: &str| paper_ids(url);
    assert_eq!(
        ids("https://iclr.cc/virtual/2024/poster/17412"),
        [PaperId::MeetingPage("iclr 2024 poster 17412".into())]
    );
    assert_eq!(
        ids("https://neurips.cc/virtual/2025/loc/san-diego/poster/120278"),
        [PaperId::MeetingPage("neurips 2025 poster 120278".into())]
    );
    assert_eq!(
        ids("https://nips.cc/virtual/2023/oral/73737/"),
        ids("https://neurips.cc/virtual/2023/oral/73737")
    );
    let page = &ids("https://cvpr.thecvf.com/virtual/2026/poster/38121")[0];
    assert_eq!(
        page.edition().map(|e| (e.venue, e.year)),
        Some(("cvpr", 2026))
    );
    // A workshop's, a tutorial's or the site's list of papers presents many.
    for url in [
        "https://neurips.cc/virtual/2023/workshop/66503",
        "https://icml.cc/virtual/2023/tutorial/21559",
        "https://icml.cc/virtual/2023/papers.html",
        "https://iclr.cc/virtual/2024/poster/",
    ] {
        assert!(ids(url).is_empty(), "{url}");
    }
}

#[test]
fn a_usenix_presentation_page_is_its_papers_id_and_names_its_meeting() {
    // Romero027/sysnet-reading-list: `NSDI'14` on an nsdi13 page.
    assert_eq!(
        edition(
            "https://www.usenix.org/conference/nsdi13/technical-sessions/presentation/rajagopalan"
        ),
        named("nsdi", 2013)
    );
    assert_eq!(
        edition("https://www.usenix.org/conference/atc21/presentation/zhang-yuchen"),
        named("usenix-atc", 2021)
    );
    assert_eq!(
        paper_ids("https://www.usenix.org/conference/usenixsecurity22/presentation/kim/"),
        [PaperId::MeetingPage(
            "usenix-security 2022 presentation kim".into()
        )]
    );
    // A meeting the data does not name keeps its folder's letters apart.
    assert_eq!(
        edition("https://www.usenix.org/conference/hotedge18/presentation/li"),
        named("usenix-hotedge", 2018)
    );
    // A meeting's own pages present no one paper.
    for url in [
        "https://www.usenix.org/conference/nsdi22",
        "https://www.usenix.org/conference/nsdi22/technical-sessions",
        "https://www.usenix.org/conference/nsdi22/presentation/",
        "https://www.usenix.org/conference/nsdi/presentation/x",
    ] {
        assert!(paper_ids(url).is_empty(), "{url}");
    }
}

#[test]
fn a_pmlr_key_gives_the_year_its_paper_came_out() {
    let year = |id: &str| PaperId::Pmlr(id.into()).pmlr_published_year();
    assert_eq!(year("v205/suresh23a"), Some(2023));
    assert_eq!(year("v235/maia-polo24a"), Some(2024));
    assert_eq!(year("v235/yang24ab"), Some(2024));
    assert_eq!(year("v97/du19c"), Some(2019));
    assert_eq!(year("v97/x"), None);
    assert_eq!(PaperId::Pmlr("v97/du19c".into()).pmlr_volume(), Some(97));
    assert_eq!(PaperId::Doi("10.1/x".into()).pmlr_published_year(), None);
}

#[test]
fn an_isca_archive_page_is_its_papers_id() {
    let isca = |id: &str| vec![PaperId::Isca(id.into())];
    // A paper's page, its PDF on either host, and the old numbered layout.
    for url in [
        "https://www.isca-speech.org/archive/interspeech_2023/baghel23_interspeech.html",
        "https://www.isca-archive.org/interspeech_2023/baghel23_interspeech.pdf",
        "https://www.isca-speech.org/archive/pdfs/interspeech_2023/baghel23_interspeech.pdf",
    ] {
        assert_eq!(
            paper_ids(url),
            isca("interspeech_2023/baghel23_interspeech"),
            "{url}"
        );
    }
    for url in [
        "https://www.isca-speech.org/archive/Interspeech_2019/abstracts/2756.html",
        "https://www.isca-speech.org/archive_v0/Interspeech_2019/pdfs/2756.PDF",
    ] {
        assert_eq!(paper_ids(url), isca("interspeech_2019/2756"), "{url}");
    }
    // The archive's index pages and other sites present no one paper.
    for url in [
        "https://www.isca-speech.org/archive/interspeech_2023/index.html",
        "https://www.isca-speech.org/archive/interspeech_2023/",
        "https://www.isca-speech.org/iscaweb/index.php/archive",
        "https://www.isca-archive.org/interspeech_2023/baghel23_interspeech",
        "https://example.org/archive/interspeech_2023/baghel23_interspeech.html",
    ] {
        assert!(paper_ids(url).is_empty(), "{url}");
    }
}

#[test]
fn isca_folders_and_dois_name_their_meeting() {
    assert_eq!(
        edition("https://www.isca-speech.org/archive/interspeech_2022/liu22t_interspeech.html"),
        named("interspeech", 2022)
    );
    assert_eq!(
        edition("https://www.isca-speech.org/archive/Odyssey_2020/abstracts/31.html"),
        named("odyssey", 2020)
    );
    assert_eq!(
        edition("https://doi.org/10.21437/Interspeech.2021-1234"),
        named("interspeech", 2021)
    );
    // ICSLP 2002 and Eurospeech 2003 were also called Interspeech: their
    // folders name no meeting to hold a row to.
    assert_eq!(
        edition("https://www.isca-speech.org/archive/icslp_2002/i02_0001.html"),
        None
    );
    assert_eq!(edition("https://doi.org/10.21437/Eurospeech.2003-1"), None);
    // Interspeech 2004 and 2006 were ICSLP's last editions, 2005 and 2007
    // Eurospeech's: their folders and DOIs hold a row to neither name.
    assert_eq!(
        edition("https://www.isca-archive.org/interspeech_2004/zen04b_interspeech.html"),
        None
    );
    assert_eq!(edition("https://doi.org/10.21437/Interspeech.2007-1"), None);
    assert_eq!(
        edition("https://doi.org/10.21437/Interspeech.2008-1"),
        named("interspeech", 2008)
    );
    // SSW goes by edition number (`SSW11`), which reads as a year.
    assert_eq!(
        edition("https://www.isca-archive.org/ssw_2021/kim21_ssw.html"),
        None
    );
    assert_eq!(edition("https://doi.org/10.1109/icassp.2020.1"), None);
}
