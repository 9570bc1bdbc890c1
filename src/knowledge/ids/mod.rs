//! Paper identities in URLs: arXiv ids, OpenReview ids, DOIs (of doi.org
//! and inside publishers' URLs), IEEE Xplore document numbers, NeurIPS
//! proceedings hashes, PMLR paper ids, CVF open-access paper names, ACL
//! Anthology ids, AAAI OJS article ids, ScienceDirect PIIs, ISCA archive
//! papers, MDPI articles and HAL deposits.

mod arxiv;
mod edition;
mod isca;
mod mdpi;
mod meeting_pages;
mod open_archives;
mod paper;
mod publishers;
mod url;

pub use arxiv::{
    arxiv_link, is_arxiv_host, is_arxiv_own_host, is_arxiv_own_host_any_case, ArxivId, ArxivLink,
};
pub use edition::Edition;
pub use paper::{paper_ids, paper_ids_and_arxiv_date, PaperId};
pub use publishers::{doi, on_a_code_host, openreview_id};

#[cfg(test)]
mod tests;
