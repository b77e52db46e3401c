//! `roster identity …`

use clap::{ArgGroup, Subcommand};

use super::{Run, values};
use crate::app::identity as app;
use crate::error::Result;

#[derive(Debug, Subcommand)]
pub enum IdentityCmd {
    /// Record a penalty on an identity's real-name accounts (EA-7)
    #[command(
        after_help = "Example:\n  roster identity penalize 11010519491231002X --kind ban --until 2026-12-31"
    )]
    Penalize {
        /// Resident identity number
        id: String,
        /// The penalty
        #[arg(long, value_parser = values::penalty())]
        kind: String,
        /// When the penalty ends (RFC 3339, or a date = the end of that day in Asia/Shanghai); open-ended if omitted
        #[arg(long, value_name = "INSTANT")]
        until: Option<String>,
    },
    /// End every penalty in force on an identity now
    #[command(after_help = "Example:\n  roster identity clear 11010519491231002X")]
    Clear {
        /// Resident identity number
        id: String,
    },
    /// Show an identity's penalties and whether one is in force
    #[command(after_help = "Example:\n  roster --json identity show 11010519491231002X")]
    Show {
        /// Resident identity number
        id: String,
    },
    /// Set or show the creator-marketplace identity (星图达人) of a Douyin account (EA-12, PA-8)
    #[command(
        group(ArgGroup::new("state").args(["on", "off"])),
        after_help = "Without --on or --off, shows it.\n\nExample:\n  roster identity xingtu dy_zhang --on"
    )]
    Xingtu {
        /// The Douyin account
        douyin_id: String,
        /// It holds the identity
        #[arg(long)]
        on: bool,
        /// It does not hold the identity
        #[arg(long)]
        off: bool,
    },
}

pub fn run(run: &mut Run, cmd: IdentityCmd) -> Result<()> {
    let reveal = run.reveal();
    let o = match cmd {
        IdentityCmd::Penalize { id, kind, until } => {
            run.write(|tx, ctx| app::penalize(tx, ctx, &id, &kind, until.as_deref()))?
        }
        IdentityCmd::Clear { id } => run.write(|tx, ctx| app::clear(tx, ctx, &id))?,
        IdentityCmd::Show { id } => {
            let st = run.read(|tx, ctx| app::show(tx, ctx, &id))?;
            return run.one(&st.view(reveal));
        }
        IdentityCmd::Xingtu { douyin_id, on, off } => {
            if !on && !off {
                let v = run.read(|tx, _| app::xingtu_show(tx, &douyin_id))?;
                return run.one(&v);
            }
            let o = run.write(|tx, ctx| app::xingtu(tx, ctx, &douyin_id, on))?;
            let what = format!("xingtu {}", o.value.douyin_id);
            return run.outcome(&what, &o, Clone::clone);
        }
    };
    let what = format!("identity {}", o.value.id.masked());
    run.outcome(&what, &o, |s| s.view(reveal))
}
