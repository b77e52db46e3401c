//! `roster position …`

use clap::Subcommand;

use super::Run;
use crate::app::position::{self as app, NewPosition, PositionEdit};
use crate::error::Result;

const CODES: &str = "Permission codes (POS-2a; `roster position catalogue KIND` lists them):
  enterprise: video.booking video.group_buy video.industry_tools live.booking live.card
              live.mini_program_card home.profile_card home.shop_activity home.flash_group_buy
              backend.video backend.live backend.home backend.messages backend.users
              backend.tools_center backend.data_center
  agency:     agency.creators agency.tasks agency.data agency.orders
  shop:       shop.orders shop.products shop.after_sales shop.data shop.marketing
              shop.finance shop.customer_service shop.settings
  (agency.subaccounts and shop.subaccounts are never grantable, POS-3)";

#[derive(Debug, Subcommand)]
pub enum PositionCmd {
    /// Create a position in --org (POS-1)
    #[command(after_help = format!("{CODES}\n\nExample:\n  roster --org acme position create Trainees --perm backend.video --description 'First three months'"))]
    Create {
        /// The position's name, unique in the org
        name: String,
        /// Permission codes, comma-separated ('' for none)
        #[arg(long, value_name = "CODES")]
        perm: String,
        /// What the position is for
        #[arg(long)]
        description: Option<String>,
    },
    /// Change a position's permissions, description or name (POS-5)
    #[command(after_help = format!("{CODES}\n\nExample:\n  roster --org acme position edit Sales --perm backend.video --rename 'Sales Team'"))]
    Edit {
        /// The position's name
        name: String,
        /// The new permission set (replaces the old one)
        #[arg(long, value_name = "CODES")]
        perm: Option<String>,
        /// The new description
        #[arg(long)]
        description: Option<String>,
        /// The new name
        #[arg(long, value_name = "NEW")]
        rename: Option<String>,
    },
    /// Delete a position nobody holds (POS-5)
    #[command(after_help = "Example:\n  roster --org acme position delete Interns")]
    Delete {
        /// The position's name
        name: String,
    },
    /// Show one position
    #[command(after_help = "Example:\n  roster --org acme --json position show Sales")]
    Show {
        /// The position's name
        name: String,
    },
    /// List the positions of --org
    #[command(after_help = "Example:\n  roster --org acme position list --format csv")]
    List,
    /// The permission codes of an org kind (POS-2a)
    #[command(after_help = "Example:\n  roster position catalogue shop")]
    Catalogue {
        /// The org kind
        #[arg(value_parser = super::values::org_kind())]
        kind: String,
    },
}

pub fn run(run: &mut Run, cmd: PositionCmd) -> Result<()> {
    let org = run.org().map(str::to_string);
    let org = org.as_deref();
    let o = match cmd {
        PositionCmd::Create {
            name,
            perm,
            description,
        } => {
            let input = NewPosition {
                name,
                permissions: perm,
                description,
            };
            run.write(|tx, ctx| app::create(tx, ctx, org, &input))?
        }
        PositionCmd::Edit {
            name,
            perm,
            description,
            rename,
        } => {
            let input = PositionEdit {
                permissions: perm,
                description,
                rename,
            };
            run.write(|tx, ctx| app::edit(tx, ctx, org, &name, &input))?
        }
        PositionCmd::Delete { name } => run.write(|tx, ctx| app::delete(tx, ctx, org, &name))?,
        PositionCmd::Show { name } => {
            let v = run.read(|tx, _| app::show(tx, org, &name))?;
            return run.one(&v);
        }
        PositionCmd::List => {
            let all = run.read(|tx, _| app::list(tx, org))?;
            return run.all(&["name", "permissions", "holders", "description"], all);
        }
        PositionCmd::Catalogue { kind } => {
            let cat = app::catalogue(&kind)?;
            return run.all(&[], cat.iter().copied());
        }
    };
    let what = format!("position {}", o.value.name);
    run.outcome(&what, &o, Clone::clone)
}
