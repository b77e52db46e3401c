//! `roster upgrade …` (rules UP-1 … UP-8)

use clap::{ArgGroup, Args, Subcommand};

use super::{Run, values};
use crate::app::upgrade::{self as app, StartInput};
use crate::error::Result;

#[derive(Debug, Args)]
pub struct Holder {
    /// The shop the account is upgraded for
    #[arg(long)]
    shop: String,
    /// The account type; without it the first with room (UP-4)
    #[arg(long = "type", value_name = "TYPE", value_parser = values::account_type())]
    account_type: Option<String>,
    /// The account's pre-upgrade real-name holder: the first operator (UP-5)
    #[arg(long)]
    holder_name: String,
    /// The holder's resident identity number (GB 11643)
    #[arg(long)]
    holder_id: String,
    /// The holder's mobile
    #[arg(long)]
    holder_phone: String,
}

impl Holder {
    fn input(self) -> StartInput {
        StartInput {
            shop: self.shop,
            account_type: self.account_type,
            holder_name: self.holder_name,
            holder_id: self.holder_id,
            holder_phone: self.holder_phone,
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum UpgradeCmd {
    /// The merchant upgrades a Douyin account to the shop's official account (UP-1, UP-2, UP-4 … UP-6)
    #[command(
        after_help = "The type is reserved while under review and decided on approval; a pending \
upgrade expires after 7 days without a decision.\n\nExample:\n  roster upgrade start dy_acme --shop acme-shop \\\n      --holder-name 'Li Lei' --holder-id 11010519491231002X --holder-phone 13800138000"
    )]
    Start {
        /// The Douyin id of the account to upgrade
        douyin_id: String,
        #[command(flatten)]
        holder: Holder,
    },
    /// Record a platform-initiated upgrade: upgraded at once, cancellable for 30 days (UP-2, UP-3)
    #[command(
        after_help = "Example:\n  roster upgrade auto dy_acme --shop acme-shop \\\n      --holder-name 'Li Lei' --holder-id 11010519491231002X --holder-phone 13800138000"
    )]
    Auto {
        /// The Douyin id of the upgraded account
        douyin_id: String,
        #[command(flatten)]
        holder: Holder,
    },
    /// Record the platform's review of a pending upgrade
    #[command(
        group(ArgGroup::new("decision").required(true).args(["approve", "reject"])),
        after_help = "Example:\n  roster upgrade review dy_acme --approve"
    )]
    Review {
        /// The Douyin id of the account under review
        douyin_id: String,
        /// The platform approved it
        #[arg(long)]
        approve: bool,
        /// The platform rejected it (with --reason)
        #[arg(long, requires = "reason")]
        reject: bool,
        /// Why the review rejects (with --reject)
        #[arg(long)]
        reason: Option<String>,
    },
    /// Cancel an automatic upgrade within 30 days of it (UP-3)
    #[command(after_help = "Example:\n  roster upgrade cancel dy_acme")]
    Cancel {
        /// The Douyin id of the upgraded account
        douyin_id: String,
    },
    /// Show state, type, operator, attempts, cancel deadline, posting limit (UP-8)
    #[command(
        after_help = "Example:\n  roster upgrade status dy_acme\n  roster upgrade status --shop acme-shop --json"
    )]
    Status {
        /// One account's upgrade (else every upgrade, or --shop's)
        douyin_id: Option<String>,
        /// Only this shop's upgrades
        #[arg(long)]
        shop: Option<String>,
    },
    /// Change the account's operator (UP-5: one per account, at most 5 accounts per person)
    #[command(
        after_help = "Example:\n  roster upgrade operator dy_acme --name 'Wang Fang' --id-number 310115198805122347 --phone 13900139000"
    )]
    Operator {
        /// The Douyin id of the upgraded account
        douyin_id: String,
        /// The new operator's name
        #[arg(long)]
        name: String,
        /// The new operator's resident identity number (GB 11643)
        #[arg(long)]
        id_number: String,
        /// The new operator's mobile
        #[arg(long)]
        phone: String,
    },
    /// Show or set a subject's vertical and dedicated quotas (UP-4)
    #[command(
        after_help = "Example:\n  roster upgrade quota 91350100M000100Y43\n  roster upgrade quota 91350100M000100Y43 --vertical 5 --dedicated 8"
    )]
    Quota {
        /// The qualification subject's unified social credit code
        subject: String,
        /// Set the number of vertical accounts the subject may have
        #[arg(long)]
        vertical: Option<u32>,
        /// Set the number of dedicated accounts the subject may have
        #[arg(long)]
        dedicated: Option<u32>,
    },
}

pub fn run(run: &mut Run, cmd: UpgradeCmd) -> Result<()> {
    let reveal = run.reveal();
    let o = match cmd {
        UpgradeCmd::Start { douyin_id, holder } => {
            let input = holder.input();
            run.write(|tx, ctx| app::start(tx, ctx, &douyin_id, &input))?
        }
        UpgradeCmd::Auto { douyin_id, holder } => {
            let input = holder.input();
            run.write(|tx, ctx| app::auto(tx, ctx, &douyin_id, &input))?
        }
        UpgradeCmd::Review {
            douyin_id,
            approve,
            reason,
            ..
        } => run.write(|tx, ctx| app::review(tx, ctx, &douyin_id, approve, reason.as_deref()))?,
        UpgradeCmd::Cancel { douyin_id } => {
            run.write(|tx, ctx| app::cancel(tx, ctx, &douyin_id))?
        }
        UpgradeCmd::Operator {
            douyin_id,
            name,
            id_number,
            phone,
        } => run.write(|tx, ctx| app::operator(tx, ctx, &douyin_id, &name, &id_number, &phone))?,
        UpgradeCmd::Status { douyin_id, shop } => {
            let all =
                run.read(|tx, ctx| app::status(tx, ctx, douyin_id.as_deref(), shop.as_deref()))?;
            if douyin_id.is_some()
                && let Some(one) = all.first()
            {
                return run.one(&one.view(reveal));
            }
            return run.all(
                &[
                    "shop",
                    "douyin_id",
                    "status",
                    "account_type",
                    "operator",
                    "attempts",
                    "cancel_deadline",
                    "posting_limit",
                ],
                all.iter().map(|s| s.view(reveal)),
            );
        }
        UpgradeCmd::Quota {
            subject,
            vertical,
            dedicated,
        } => {
            if vertical.is_none() && dedicated.is_none() {
                let o = run.read(|tx, ctx| app::quota(tx, ctx, &subject, None, None))?;
                return run.one(&o.value);
            }
            let o = run.write(|tx, ctx| app::quota(tx, ctx, &subject, vertical, dedicated))?;
            let what = format!("quota of subject {}", o.value.subject);
            return run.outcome(&what, &o, Clone::clone);
        }
    };
    let what = format!("upgrade {}", o.value.upgrade.douyin_id.as_str());
    run.outcome(&what, &o, |s| s.view(reveal))
}
