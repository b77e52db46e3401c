//! `roster audit`

use clap::Args;

use super::{Run, io_error};
use crate::app::audit::{self as app, AuditQuery};
use crate::error::Result;

pub const EXAMPLES: &str = "Object keys: org:HANDLE, position:ORG/NAME, department:ORG/PATH, \
identity:MASKED-ID#N (give the full number instead; it is looked up), douyin:ID, pii.
A trailing * matches a prefix: --object 'position:acme/*'.
--actor A given on this command's line filters by actor (ROSTER_ACTOR does not).

Examples:
  roster audit --since 2026-02-01 --actor cron
  roster audit --object org:acme --format jsonl";

#[derive(Debug, Args)]
pub struct AuditArgs {
    /// From this instant on (RFC 3339, or a date = the start of that day in Asia/Shanghai)
    #[arg(long, value_name = "INSTANT")]
    since: Option<String>,
    /// Up to this instant (inclusive)
    #[arg(long, value_name = "INSTANT")]
    until: Option<String>,
    /// Only this action (org.create, position.edit …)
    #[arg(long)]
    action: Option<String>,
    /// Only this object key (a trailing * for a prefix)
    #[arg(long, value_name = "KEY")]
    object: Option<String>,
}

pub fn run(run: &mut Run, a: AuditArgs, actor: Option<String>) -> Result<()> {
    let q = AuditQuery {
        since: a.since,
        until: a.until,
        actor,
        action: a.action,
        object: a.object,
    };
    let mut store = run.store()?;
    store.read(|tx| {
        let filter = app::parse(tx, &q)?;
        let mut list = run
            .stdout()
            .list_narrow(&["at", "actor", "action", "object"]);
        app::query(tx, &filter, |v| list.item(&v).map_err(io_error))?;
        list.end().map_err(io_error)
    })
}
