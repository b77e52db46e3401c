//! `roster cs …`: customer-service routing of a shop (rule SH-4).

use clap::Subcommand;

use super::Run;
use super::subaccount::OnOff;
use crate::app::cs;
use crate::error::Result;

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
        /// The sub-account's phone or email
        key: String,
        /// Online or offline
        #[arg(value_enum)]
        state: OnOff,
    },
    /// Who takes the next conversation on PAGE (smooth weighted round-robin, SH-4)
    #[command(
        after_help = "Nobody online prints agent: null and exits 0.\n\nExample:\n  roster --org acme-shop --json cs route 商品详情页"
    )]
    Route {
        /// The page the conversation starts on
        page: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum GroupCmd {
    /// Create a group bound to pages
    #[command(
        after_help = "Example:\n  roster --org acme-shop cs group create 售前 --pages 商品详情页,店铺首页"
    )]
    Create {
        /// The group's name
        name: String,
        /// The pages the group serves, comma-separated
        #[arg(long, value_name = "PAGE[,PAGE…]")]
        pages: String,
    },
    /// Show a group with its members
    #[command(after_help = "Example:\n  roster --org acme-shop cs group show 售前")]
    Show {
        /// The group's name
        name: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum MemberCmd {
    /// Add (or reweigh) a member with the IM permission
    #[command(
        after_help = "Example:\n  roster --org acme-shop cs member add 售前 13700137000 --weight 3"
    )]
    Add {
        /// The group's name
        group: String,
        /// The sub-account's phone or email
        key: String,
        /// Its share of the conversations, relative to the other members
        #[arg(long, default_value_t = 1)]
        weight: u32,
    },
    /// Remove a member
    #[command(after_help = "Example:\n  roster --org acme-shop cs member remove 售前 13700137000")]
    Remove {
        /// The group's name
        group: String,
        /// The sub-account's phone or email
        key: String,
    },
}

pub fn run(run: &mut Run, cmd: CsCmd) -> Result<()> {
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
            let o = run.write(|tx, ctx| {
                crate::app::subaccount::online(tx, ctx, org, &key, state == OnOff::On)
            })?;
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
