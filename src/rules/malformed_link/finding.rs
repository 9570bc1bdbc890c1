//! The one shape of a malformed-link finding.

use crate::diagnostic::Diagnostic;
use crate::registry::lint::MALFORMED_LINK as META;
use crate::span::Span;

pub(super) fn diagnostic(span: Span, message: String) -> Diagnostic {
    Diagnostic::new(META.name, META.severity, span, message)
        .with_label("malformed link")
        .with_help("correct the URL so that it points at the paper")
}
