//! `roster access …`: who holds which permission, now or at any past
//! instant (rules POS-4, PA-6, EA-1).

use clap::Subcommand;

use super::Run;
use crate::app::access;
use crate::error::{Result, RuleViolation};

#[derive(Debug, Subcommand)]
pub enum AccessCmd {
    /// Does KEY hold PERMISSION in --org, or in any org (now, or at a past instant)? (POS-4)
    #[command(
        after_help = "KEY: an employee email, a Douyin id, or a sub-account phone or email.\n\nWith --org (or ROSTER_ORG, default_org) the answer is about that org only. Without, it is about every org: `org` names the first granting org by handle (null when none grants it) and `orgs` all of them.\n\nExit status: 0 when KEY holds PERMISSION, 4 (ACCESS_DENIED) when it does not; the answer is on stdout either way.\n\nExample:\n  roster --org starlight --json access check 13600000001 agency.tasks\n  roster access check li@acme.cn backend.video --at 2026-03-01T10:00:00+08:00"
    )]
    Check {
        /// An employee email, a Douyin id, or a sub-account phone or email
        key: String,
        /// A permission code (backend.video, agency.tasks …)
        permission: String,
        /// RFC 3339, or a date = the end of that day in Asia/Shanghai
        #[arg(long, value_name = "INSTANT")]
        at: Option<String>,
    },
    /// Every (account, org, permission) in force, in --org or every org (now, or at a past instant)
    #[command(
        after_help = "One row per (account, org, permission); `via` lists every position or grant that gives it.\n\nExample:\n  roster --org starlight access list --at 2026-03-01 --format csv"
    )]
    List {
        /// RFC 3339, or a date = the end of that day in Asia/Shanghai
        #[arg(long, value_name = "INSTANT")]
        at: Option<String>,
    },
}

/// Access is per org: `--org` (ROSTER_ORG, default_org) scopes both verbs;
/// without it they answer across orgs and name the org of each answer.
pub fn run(run: &mut Run, cmd: AccessCmd) -> Result<()> {
    let org = run.org().map(str::to_string);
    let org = org.as_deref();
    match cmd {
        AccessCmd::Check {
            key,
            permission,
            at,
        } => {
            let v =
                run.read(|tx, ctx| access::check(tx, ctx, org, &key, &permission, at.as_deref()))?;
            run.one(&v)?;
            // Like `kubectl auth can-i`: the exit status answers too (4 on
            // no); the answer stays on stdout for scripts that read it.
            if v.allowed {
                return Ok(());
            }
            Err(RuleViolation::new(
                "ACCESS_DENIED",
                "POS-4",
                format!(
                    "{} does not hold {}{} at {}",
                    v.account,
                    v.permission,
                    v.org
                        .as_deref()
                        .map(|o| format!(" in {o}"))
                        .unwrap_or_default(),
                    v.at
                ),
            )
            .details(serde_json::json!({ "allowed": false }))
            .into())
        }
        AccessCmd::List { at } => {
            let mut store = run.store()?;
            let now = run.now;
            store.read(|tx| {
                let mut list = run.out.list_narrow(&[]);
                access::list(tx, now, org, at.as_deref(), |g| {
                    list.item(&g).map_err(super::io_error)
                })?;
                list.end().map_err(super::io_error)
            })
        }
    }
}
