//! `roster explain ID`: a rule or an error code in full, from the same text
//! as docs/rules.md and docs/errors.md (`crate::explain`). Needs neither
//! the database nor the config.

use std::fmt::Write as _;
use std::io::{self, BufWriter, IsTerminal};

use clap::Args;

use super::io_error;
use crate::error::{Error, Result};
use crate::explain::{self, Entry, Kind};
use crate::output::{Format, Out};
use crate::views::{ExplainItemView, ExplainView};

pub const AFTER_HELP: &str = "\
ID is a rule id (EN-4, POS-2a, PII-1) or an error code (QUOTA_EXCEEDED); case, - and _ do not \
matter. Every error's hint names the command that explains it. The same text is in docs/rules.md \
and docs/errors.md.

Examples:
  roster explain EN-4
  roster explain quota_exceeded
  roster --json explain TOOL_NOT_HELD | jq -r .text
  roster explain --list --format csv";

#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// A rule id (EN-4) or an error code (QUOTA_EXCEEDED)
    #[arg(value_name = "ID", required_unless_present = "list")]
    id: Option<String>,
    /// List every rule and error code with its title instead
    #[arg(long, conflicts_with = "id")]
    list: bool,
}

pub fn run(a: ExplainArgs, format: Format, quiet: bool) -> Result<()> {
    let mut out = Out::new(format, quiet, BufWriter::new(io::stdout()))
        .on_terminal(io::stdout().is_terminal());
    if a.list {
        let items = explain::entries().iter().map(ExplainItemView::new);
        return out.all(&["id", "kind", "title"], items).map_err(io_error);
    }
    let id = a.id.unwrap_or_default();
    let Some(entry) = explain::find(&id) else {
        return Err(unknown(&id));
    };
    match format {
        Format::Table if !quiet => out.raw(human(entry).as_bytes()),
        _ => out.one(&ExplainView::new(entry)),
    }
    .map_err(io_error)
}

/// Exit 3, with the nearest ids in the hint.
fn unknown(id: &str) -> Error {
    let near = explain::near(id, 5);
    let list = "`roster explain --list` lists every rule and error code";
    let hint = if near.is_empty() {
        list.to_string()
    } else {
        format!("did you mean {}? {list}", near.join(", "))
    };
    Error::not_found_hint(
        "EXPLAIN_ID_NOT_FOUND",
        format!("no rule or error code is called {id:?}"),
        hint,
    )
}

/// The entry for people: title, where it stands, the text, and what to read
/// next.
fn human(e: &Entry) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "{}: {}", e.id, e.title);
    match e.kind {
        Kind::Rule => {
            let _ = writeln!(s, "rule · {} · {}", e.section, e.doc());
        }
        Kind::Error => {
            let exits: Vec<String> = e.exit_codes.iter().map(i32::to_string).collect();
            let rules = if e.rules.is_empty() {
                "no rule".to_string()
            } else {
                format!("rule {}", e.rules.join(", "))
            };
            let _ = writeln!(s, "exit {} · {rules} · {}", exits.join(" or "), e.doc());
        }
    }
    let _ = writeln!(s, "\n{}", e.text().trim_end());
    match e.kind {
        Kind::Rule => {
            let codes = explain::errors_citing(&e.id);
            if !codes.is_empty() {
                let _ = writeln!(
                    s,
                    "\nIts error codes: {}; `roster explain CODE` explains each.",
                    codes.join(", ")
                );
            }
        }
        Kind::Error => match e.rules.as_slice() {
            [] => {}
            [one] => {
                let _ = writeln!(s, "\nIts rule: {one} (`roster explain {one}`).");
            }
            many => {
                let _ = writeln!(
                    s,
                    "\nIts rules: {}; `roster explain RULE` explains each.",
                    many.join(", ")
                );
            }
        },
    }
    s
}
