//! `roster code …`, `roster subaccount …`, `roster cs …`, `roster access …`
//! (SPEC §6 … §8, POS-4)

use clap::{ArgGroup, Args, Subcommand, ValueEnum};

use super::Run;
use crate::app::{access, cs, subaccount as app};
use crate::domain::subaccount::Verb;
use crate::error::{Error, Result};
use crate::output::Format;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OnOff {
    On,
    Off,
}

#[derive(Debug, Args)]
#[command(group(ArgGroup::new("target").required(true).args(["phone", "email"])))]
pub struct Target {
    #[arg(long)]
    phone: Option<String>,
    #[arg(long)]
    email: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum CodeCmd {
    /// Issue a one-time code for a phone or email of --org: 6 digits, 5 minutes, single use (VC-1)
    #[command(
        after_help = "The code is printed once (stdout; JSON field `code`) and stored only as a hash.\n\nExample:\n  roster --org starlight code issue --phone 13800138000"
    )]
    Issue {
        #[command(flatten)]
        target: Target,
    },
}

#[derive(Debug, Subcommand)]
pub enum SubaccountCmd {
    /// Add a staff sub-account to --org (agency AG-1 … AG-3, shop SH-1, SH-2)
    #[command(
        after_help = "A phone or email that is already a sub-account of --org (enabled or disabled) is refused (AG-2, SH-2); `roster subaccount edit KEY` changes its name, positions or IM.\n\nExample:\n  roster --org starlight subaccount add --phone 13800138000 --code 123456 --name 'Zhang Wei' --position 运营,财务\n  roster --org acme-shop subaccount add --phone 13700137000 --code 654321 --name 小张 --position 客服 --im on"
    )]
    Add {
        #[command(flatten)]
        target: Target,
        /// The verification code issued for the phone or email
        #[arg(long)]
        code: String,
        /// Display name (a shop's nickname)
        #[arg(long)]
        name: String,
        /// One or more position names, comma-separated
        #[arg(long = "position", value_name = "P[,P…]")]
        positions: String,
        /// The IM permission (飞鸽) of a shop sub-account
        #[arg(long, value_enum)]
        im: Option<OnOff>,
    },
    /// Change the name and positions (and a shop sub-account's IM) (AG-4, SH-3)
    #[command(
        after_help = "Example:\n  roster --org starlight subaccount edit 13800138000 --position 运营"
    )]
    Edit {
        key: String,
        #[arg(long)]
        name: Option<String>,
        #[arg(long = "position", value_name = "P[,P…]")]
        positions: Option<String>,
        #[arg(long, value_enum)]
        im: Option<OnOff>,
    },
    /// Disable sub-accounts (keys, or - for one per line on stdin) (AG-5)
    #[command(
        after_help = "Example:\n  roster --org starlight subaccount disable 13800138000 13900139000"
    )]
    Disable {
        #[arg(required = true, value_name = "KEY")]
        keys: Vec<String>,
    },
    /// Enable disabled sub-accounts (AG-5)
    #[command(after_help = "Example:\n  cat keys.txt | roster --org starlight subaccount enable -")]
    Enable {
        #[arg(required = true, value_name = "KEY")]
        keys: Vec<String>,
    },
    /// Delete sub-accounts: ends their authorisation (AG-5)
    #[command(after_help = "Example:\n  roster --org starlight subaccount delete 13800138000")]
    Delete {
        #[arg(required = true, value_name = "KEY")]
        keys: Vec<String>,
    },
    /// The holder revokes the agency's authorisation of their sub-account (AG-6)
    #[command(after_help = "Example:\n  roster --org starlight subaccount revoke 13800138000")]
    Revoke { key: String },
    /// Show one sub-account of --org
    #[command(after_help = "Example:\n  roster --org starlight --json subaccount show 13800138000")]
    Show { key: String },
    /// List sub-accounts (every org's, or --org's)
    #[command(
        after_help = "States: enabled disabled deleted revoked\n\nExample:\n  roster --org starlight subaccount list --status enabled"
    )]
    List {
        #[arg(long)]
        status: Option<String>,
    },
}

#[derive(Debug, Subcommand)]
pub enum CsCmd {
    /// Service groups bound to pages
    #[command(
        subcommand,
        after_help = "Example:\n  roster --org acme-shop cs group create 售前 --pages 商品详情页,店铺首页"
    )]
    Group(GroupCmd),
    /// Group members and their weights
    #[command(
        subcommand,
        after_help = "Example:\n  roster --org acme-shop cs member add 售前 13700137000 --weight 3"
    )]
    Member(MemberCmd),
    /// Put a sub-account online or offline for routing
    #[command(after_help = "Example:\n  roster --org acme-shop cs online 13700137000 on")]
    Online {
        key: String,
        #[arg(value_enum)]
        state: OnOff,
    },
    /// Who takes the next conversation on PAGE (smooth weighted round-robin, SH-4)
    #[command(
        after_help = "Nobody online prints agent: null and exits 0.\n\nExample:\n  roster --org acme-shop --json cs route 商品详情页"
    )]
    Route { page: String },
}

#[derive(Debug, Subcommand)]
pub enum GroupCmd {
    /// Create a group bound to pages
    #[command(
        after_help = "Example:\n  roster --org acme-shop cs group create 售前 --pages 商品详情页,店铺首页"
    )]
    Create {
        name: String,
        #[arg(long, value_name = "PAGE[,PAGE…]")]
        pages: String,
    },
    /// Show a group with its members
    #[command(after_help = "Example:\n  roster --org acme-shop cs group show 售前")]
    Show { name: String },
}

#[derive(Debug, Subcommand)]
pub enum MemberCmd {
    /// Add (or reweigh) a member with the IM permission
    #[command(
        after_help = "Example:\n  roster --org acme-shop cs member add 售前 13700137000 --weight 3"
    )]
    Add {
        group: String,
        key: String,
        #[arg(long, default_value_t = 1)]
        weight: u32,
    },
    /// Remove a member
    #[command(after_help = "Example:\n  roster --org acme-shop cs member remove 售前 13700137000")]
    Remove { group: String, key: String },
}

#[derive(Debug, Subcommand)]
pub enum AccessCmd {
    /// Does KEY hold PERMISSION in --org, or in any org (now, or at a past instant)? (POS-4)
    #[command(
        after_help = "KEY: an employee email, a Douyin id, or a sub-account phone or email.\n\nWith --org (or ROSTER_ORG, default_org) the answer is about that org only. Without, it is about every org: `org` names the first granting org by handle (null when none grants it) and `orgs` all of them.\n\nExample:\n  roster --org starlight --json access check 13800138000 agency.tasks\n  roster access check li@acme.cn backend.video --at 2026-03-01T10:00:00+08:00"
    )]
    Check {
        key: String,
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
        #[arg(long, value_name = "INSTANT")]
        at: Option<String>,
    },
}

fn on(v: Option<OnOff>) -> Option<bool> {
    v.map(|v| v == OnOff::On)
}

pub fn run_code(run: &mut Run, cmd: CodeCmd) -> Result<()> {
    let org = run.org().map(str::to_string);
    let CodeCmd::Issue { target } = cmd;
    let o = run.write(|tx, ctx| {
        app::issue_code(
            tx,
            ctx,
            org.as_deref(),
            target.phone.as_deref(),
            target.email.as_deref(),
        )
    })?;
    if run.format == Format::Table || run.global.quiet {
        // Shown once; with --quiet it still reaches the person, on stderr.
        if let Some(c) = &o.value.code {
            eprintln!(
                "verification code for {} (valid until {}): {c}",
                o.value.target, o.value.expires_at
            );
        }
        if run.global.quiet {
            return Ok(());
        }
    }
    let what = format!("code for {}", o.value.target);
    run.outcome(&what, &o, Clone::clone)
}

/// One batch verb over several keys: each in its own transaction, each
/// reported; exit 6 when some failed (AG-5).
fn batch(run: &mut Run, org: Option<&str>, keys: Vec<String>, verb: Verb) -> Result<()> {
    let keys = super::auth::keys(keys)?;
    if let [one] = keys.as_slice() {
        let o = run.write(|tx, ctx| app::set_status(tx, ctx, org, one, verb))?;
        let what = format!("sub-account {}", o.value.sub.key);
        return run.outcome(&what, &o, |s| s.view());
    }
    let mut rows = Vec::new();
    let mut failed = 0u64;
    for k in &keys {
        match run.write(|tx, ctx| app::set_status(tx, ctx, org, k, verb)) {
            Ok(o) => rows.push(serde_json::json!({
                "key": k, "result": o.change.word(), "status": o.value.sub.status.code(),
                "error_code": null, "error_message": null,
            })),
            Err(e @ (Error::Busy { .. } | Error::Internal(_))) => return Err(e),
            Err(e) => {
                failed += 1;
                rows.push(serde_json::json!({
                    "key": k, "result": "failed", "status": null,
                    "error_code": e.code(), "error_message": e.to_string(),
                }));
            }
        }
    }
    let n = rows.len();
    run.all(&[], rows)?;
    if failed > 0 {
        return Err(Error::Partial {
            rows: u64::try_from(n).unwrap_or(u64::MAX),
            failed,
        });
    }
    Ok(())
}

pub fn run_subaccount(run: &mut Run, cmd: SubaccountCmd) -> Result<()> {
    let org = run.org().map(str::to_string);
    let org = org.as_deref();
    let o = match cmd {
        SubaccountCmd::Add {
            target,
            code,
            name,
            positions,
            im,
        } => {
            let input = app::AddInput {
                phone: target.phone,
                email: target.email,
                code,
                name,
                positions,
                im: on(im),
            };
            // AG-2 / SH-2: one at a time, a key already there is refused
            // (edit changes it). A wrong code is counted (VC-1) even though
            // the add is refused.
            match run
                .write(|tx, ctx| app::add_with(tx, ctx, org, &input, app::IfPresent::Refuse))?
            {
                app::Added::Done(o) => o,
                app::Added::CodeRefused(e, _) => return Err(e),
            }
        }
        SubaccountCmd::Edit {
            key,
            name,
            positions,
            im,
        } => {
            let input = app::EditInput {
                name,
                positions,
                im: on(im),
            };
            run.write(|tx, ctx| app::edit(tx, ctx, org, &key, &input))?
        }
        SubaccountCmd::Disable { keys } => return batch(run, org, keys, Verb::Disable),
        SubaccountCmd::Enable { keys } => return batch(run, org, keys, Verb::Enable),
        SubaccountCmd::Delete { keys } => return batch(run, org, keys, Verb::Delete),
        SubaccountCmd::Revoke { key } => run.write(|tx, ctx| app::revoke(tx, ctx, org, &key))?,
        SubaccountCmd::Show { key } => {
            let st = run.read(|tx, _| app::show(tx, org, &key))?;
            return run.one(&st.view());
        }
        SubaccountCmd::List { status } => {
            return run.stream(
                &["org", "phone", "email", "name", "positions", "status", "im"],
                |tx, _, emit| app::list(tx, org, status.as_deref(), |s| emit(s.view())),
            );
        }
    };
    let what = format!("sub-account {}", o.value.sub.key);
    run.outcome(&what, &o, |s| s.view())
}

pub fn run_cs(run: &mut Run, cmd: CsCmd) -> Result<()> {
    let org = run.org().map(str::to_string);
    let org = org.as_deref();
    let o = match cmd {
        CsCmd::Group(GroupCmd::Create { name, pages }) => {
            run.write(|tx, ctx| cs::create_group(tx, ctx, org, &name, &pages))?
        }
        CsCmd::Group(GroupCmd::Show { name }) => {
            let v = run.read(|tx, _| cs::show_group(tx, org, &name))?;
            return run.one(&v);
        }
        CsCmd::Member(MemberCmd::Add { group, key, weight }) => {
            run.write(|tx, ctx| cs::add_member(tx, ctx, org, &group, &key, weight))?
        }
        CsCmd::Member(MemberCmd::Remove { group, key }) => {
            run.write(|tx, ctx| cs::remove_member(tx, ctx, org, &group, &key))?
        }
        CsCmd::Online { key, state } => {
            let o = run.write(|tx, ctx| cs::online(tx, ctx, org, &key, state == OnOff::On))?;
            let what = format!("sub-account {}", o.value.sub.key);
            return run.outcome(&what, &o, |s| s.view());
        }
        CsCmd::Route { page } => {
            let v = run.write(|tx, ctx| cs::route(tx, ctx, org, &page))?;
            if v.agent.is_none() {
                run.say(format!("no agent online for page {}", v.page));
            }
            return run.one(&v);
        }
    };
    let what = format!("group {}", o.value.group);
    run.outcome(&what, &o, Clone::clone)
}

/// Access is per org: `--org` (ROSTER_ORG, default_org) scopes both verbs;
/// without it they answer across orgs and name the org of each answer.
pub fn run_access(run: &mut Run, cmd: AccessCmd) -> Result<()> {
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
            run.one(&v)
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
