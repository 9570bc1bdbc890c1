//! `--fix` and `--diff` of one source.

use super::cli::Cli;
use super::fixing;
use super::inputs::Source;
use super::links;
use super::lint::{keep_changed, link_findings, start, Done, Start};
use super::output::Output;
use super::profile::Profile;
use nas_lint::fix::{fix_with, FixOptions};
use nas_lint::lint_document_with;
use nas_lint::render::FileReport;

/// `--fix` and `--diff`: fix a source, then write it (a file, in place and
/// atomically), keep it for standard output, or make the diff.
pub(super) fn fix_one(
    cli: &Cli,
    source: &Source,
    profile: &Profile,
    output: &Output,
    links: Option<&links::Links>,
) -> Done {
    let Start {
        name,
        text,
        mut done,
        changed,
        found_by_links,
    } = match start(cli, source, profile, links) {
        Ok(start) => start,
        Err(done) => return *done,
    };
    let options = FixOptions {
        unsafe_fixes: cli.unsafe_fixes,
    };
    let outcome = fix_with(
        &text,
        &profile.knowledge,
        &profile.options,
        options,
        found_by_links,
    );
    done.changed = outcome.changed(&text);
    for undone in &outcome.rolled_back {
        done.notes.push(format!(
            "nas-lint: warning: {name}: the {} fix was undone: it would break a table or add an error",
            undone.rule
        ));
    }
    if cli.diff {
        if done.changed {
            done.diff = Some(fixing::unified_diff(&name, &text, &outcome.text));
        }
        done.fixed = outcome.fixed.len();
        return done;
    }
    let written = match source.path() {
        None => {
            done.fixed_text = Some(outcome.text.clone());
            true
        }
        Some(path) if done.changed => match fixing::write_atomically(path, &outcome.text) {
            Ok(()) => true,
            Err(e) => {
                done.troubles.push(format!(
                    "{name}: cannot write the fixed file: {e}; left it unchanged"
                ));
                done.changed = false;
                false
            }
        },
        Some(_) => true,
    };
    let final_text = if written { outcome.text } else { text };
    if written {
        done.fixed = outcome.fixed.len();
    }
    // What is left, links included, on the text as it now is; the session
    // knows every target already (a moved repository's new name too), so
    // this sends no request.
    let found = link_findings(cli, &final_text, profile, changed.as_ref(), links);
    let remaining =
        lint_document_with(&final_text, &profile.knowledge, &profile.options, found).diagnostics;
    let remaining = keep_changed(changed.as_ref(), &final_text, remaining);
    done.failed = remaining.iter().any(|d| profile.fail_on.fails(d.severity));
    let report = FileReport {
        path: &name,
        text: &final_text,
        diagnostics: &remaining,
    };
    done.piece = Some(output.piece(&report, done.fixed_text.is_none()));
    done
}
