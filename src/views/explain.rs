//! What `roster explain` answers: a rule or an error code as the shipped
//! docs write it (`crate::explain`), and the list of every id.

use serde::Serialize;

use crate::explain::{Entry, Kind};

/// One rule or error code in full.
#[derive(Debug, Default, Serialize)]
pub struct ExplainView {
    pub id: String,
    /// `rule` or `error`.
    pub kind: String,
    pub title: String,
    /// The part of the docs it belongs to.
    pub section: String,
    /// An error code's exit codes (empty for a rule).
    pub exit_codes: Vec<i32>,
    /// The rules an error code cites (empty for a rule).
    pub rules: Vec<String>,
    /// The error codes that cite a rule (empty for an error code).
    pub errors: Vec<String>,
    /// Where the same text is in the docs (`docs/rules.md#en-4`).
    pub doc: String,
    /// The text, as plain text (links reduced to their label).
    pub text: String,
}

impl ExplainView {
    pub fn new(e: &Entry) -> Self {
        let errors = match e.kind {
            Kind::Rule => crate::explain::errors_citing(&e.id)
                .into_iter()
                .map(str::to_string)
                .collect(),
            Kind::Error => Vec::new(),
        };
        ExplainView {
            id: e.id.clone(),
            kind: e.kind.code().to_string(),
            title: e.title.clone(),
            section: e.section.clone(),
            exit_codes: e.exit_codes.clone(),
            rules: e.rules.clone(),
            errors,
            doc: e.doc(),
            text: e.text(),
        }
    }
}

/// One line of `roster explain --list`.
#[derive(Debug, Default, Serialize)]
pub struct ExplainItemView {
    pub id: String,
    pub kind: String,
    pub title: String,
    pub exit_codes: Vec<i32>,
    pub rules: Vec<String>,
}

impl ExplainItemView {
    pub fn new(e: &Entry) -> Self {
        ExplainItemView {
            id: e.id.clone(),
            kind: e.kind.code().to_string(),
            title: e.title.clone(),
            exit_codes: e.exit_codes.clone(),
            rules: e.rules.clone(),
        }
    }
}
