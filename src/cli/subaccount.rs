//! `roster subaccount …`: agency and shop staff sub-accounts (rules AG-1 …
//! AG-6, SH-1 … SH-4).

use clap::{ArgGroup, Args, Subcommand, ValueEnum};

use super::{Run, values};
use crate::app::subaccount as app;
use crate::domain::subaccount::Verb;
use crate::error::{Error, Result};

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OnOff {
    /// Switched on
    On,
    /// Switched off
    Off,
}

#[derive(Debug, Args)]
#[command(group(ArgGroup::new("target").required(true).args(["phone", "email"])))]
pub struct Target {
    /// A mobile number
    #[arg(long)]
    pub(crate) phone: Option<String>,
    /// An email address
    #[arg(long)]
    pub(crate) email: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum SubaccountCmd {
    /// Add a staff sub-account to --org (agency AG-1 … AG-3, shop SH-1, SH-2)
    #[command(
        after_help = "A phone or email that is already a sub-account of --org (enabled or disabled) is refused (AG-2, SH-2); `roster subaccount edit KEY` changes its name, positions or IM.\n\nExample:\n  code=$(roster --org starlight --json code issue --phone 13600000003 | jq -r .code)   # the code sent to that phone\n  roster --org starlight subaccount add --phone 13600000003 --code \"$code\" --name 'Zhang Wei' --position 运营,财务"
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
        after_help = "Example:\n  roster --org starlight subaccount edit 13600000001 --position 运营,财务"
    )]
    Edit {
        /// The sub-account's phone or email
        key: String,
        /// The new display name
        #[arg(long)]
        name: Option<String>,
        /// The new position names, comma-separated (replace the old ones)
        #[arg(long = "position", value_name = "P[,P…]")]
        positions: Option<String>,
        /// The IM permission (飞鸽) of a shop sub-account
        #[arg(long, value_enum)]
        im: Option<OnOff>,
    },
    /// Disable sub-accounts (keys, or - for one per line on stdin) (AG-5)
    #[command(
        after_help = "Example:\n  roster --org starlight subaccount disable 13600000001 13600000002"
    )]
    Disable {
        /// Phones or emails of sub-accounts, or - to read one per line from stdin
        #[arg(required = true, value_name = "KEY")]
        keys: Vec<String>,
    },
    /// Enable disabled sub-accounts (AG-5)
    #[command(after_help = "Example:\n  cat keys.txt | roster --org starlight subaccount enable -")]
    Enable {
        /// Phones or emails of sub-accounts, or - to read one per line from stdin
        #[arg(required = true, value_name = "KEY")]
        keys: Vec<String>,
    },
    /// Delete sub-accounts: ends their authorisation (AG-5)
    #[command(after_help = "Example:\n  roster --org starlight subaccount delete 13600000001")]
    Delete {
        /// Phones or emails of sub-accounts, or - to read one per line from stdin
        #[arg(required = true, value_name = "KEY")]
        keys: Vec<String>,
    },
    /// The holder revokes the agency's authorisation of their sub-account (AG-6)
    #[command(after_help = "Example:\n  roster --org starlight subaccount revoke 13600000001")]
    Revoke {
        /// The sub-account's phone or email
        key: String,
    },
    /// Show one sub-account of --org
    #[command(after_help = "Example:\n  roster --org starlight --json subaccount show 13600000001")]
    Show {
        /// The sub-account's phone or email
        key: String,
    },
    /// List sub-accounts (every org's, or --org's)
    #[command(after_help = "Example:\n  roster --org starlight subaccount list --status enabled")]
    List {
        /// Only sub-accounts in this state
        #[arg(long, value_parser = values::subaccount_status())]
        status: Option<String>,
    },
}

fn on(v: Option<OnOff>) -> Option<bool> {
    v.map(|v| v == OnOff::On)
}

/// One batch verb over several keys: each in its own transaction, each
/// reported; exit 6 when some failed (AG-5).
fn batch(run: &mut Run, org: Option<&str>, keys: Vec<String>, verb: Verb) -> Result<()> {
    let keys = super::auth::keys(keys)?;
    // Always the array of row results, whatever the number of keys.
    let mut rows = Vec::new();
    let mut failed = 0u64;
    for k in &keys {
        match run.write(|tx, ctx| app::set_status(tx, ctx, org, k, verb)) {
            Ok(o) => rows.push(super::batch_row(
                ("key", k),
                Ok((o.change.word(), o.value.view())),
            )?),
            Err(e @ (Error::Busy { .. } | Error::Internal(_))) => return Err(e),
            Err(e) => {
                failed += 1;
                rows.push(super::batch_row::<crate::views::SubAccountView>(
                    ("key", k),
                    Err(&e),
                )?);
            }
        }
    }
    let n = rows.len();
    run.all(
        &["key", "result", "status", "error_code", "error_message"],
        rows,
    )?;
    if failed > 0 {
        return Err(Error::Partial {
            rows: u64::try_from(n).unwrap_or(u64::MAX),
            failed,
        });
    }
    Ok(())
}

pub fn run(run: &mut Run, cmd: SubaccountCmd) -> Result<()> {
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
