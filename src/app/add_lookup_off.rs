//! Looking papers up without the `links` feature: not possible.

use super::add_cli::AddArgs;
use super::exit::Trouble;
use nas_lint::add::Paper;

pub fn look_up(
    _papers: &[String],
    _args: &AddArgs,
    _profile: &super::profile::Profile,
) -> Result<Vec<Paper>, Trouble> {
    Err(
        "this nas-lint was built without network access (the `links` feature); write the row \
         by hand with --title (and --venue, --year, --code)"
            .to_string()
            .into(),
    )
}
