//! `roster org …`

use clap::Subcommand;

use super::{Run, values};
use crate::app::org::{self as app, NewOrg};
use crate::error::Result;

#[derive(Debug, Subcommand)]
pub enum OrgCmd {
    /// Create an enterprise, agency or shop (EN-1)
    #[command(
        subcommand,
        after_help = "Example:\n  roster org create shop acme-shop --name 'Acme Flagship' --shop-type flagship \\\n      --subject 91350100M000100Y43 --main-phone 13900139000"
    )]
    Create(CreateCmd),
    /// Mark an enterprise verified (EN-2); needed before any employee account
    #[command(after_help = "Example:\n  roster org verify acme")]
    Verify {
        /// The enterprise's handle
        handle: String,
    },
    /// Set an enterprise's growth level, which sets its quota (EN-3, EN-4)
    #[command(after_help = "Example:\n  roster org level acme gold")]
    Level {
        /// The enterprise's handle
        handle: String,
        /// The growth level (or its Chinese name, 黄金)
        #[arg(value_parser = values::level())]
        level: String,
    },
    /// Grant or revoke the marketing tools an enterprise holds (EN-5)
    #[command(
        after_help = "Tools: video.booking video.group_buy video.industry_tools live.booking live.card live.mini_program_card home.profile_card home.shop_activity home.flash_group_buy\n\nExample:\n  roster org tools acme --grant video.group_buy,home.flash_group_buy"
    )]
    Tools {
        /// The enterprise's handle
        handle: String,
        /// Tool codes to grant, comma-separated
        #[arg(long, value_name = "CODES", default_value = "")]
        grant: String,
        /// Tool codes to revoke, comma-separated
        #[arg(long, value_name = "CODES", default_value = "")]
        revoke: String,
    },
    /// Show one organisation with quota_used / quota_limit
    #[command(after_help = "Example:\n  roster --json org show acme")]
    Show {
        /// The organisation's handle
        handle: String,
    },
    /// List organisations
    #[command(after_help = "Example:\n  roster org list --kind shop --format csv")]
    List {
        /// Only this kind
        #[arg(long, value_parser = values::org_kind())]
        kind: Option<String>,
    },
}

#[derive(Debug, Subcommand)]
pub enum CreateCmd {
    /// An enterprise account (企业号)
    #[command(
        after_help = "Example:\n  roster org create enterprise acme --name 'Acme Ltd' --uscc 91350100M000100Y43 \\\n      --legal-rep-name 'Li Lei' --legal-rep-id 11010519491231002X"
    )]
    Enterprise {
        /// The handle to create: lower-case letters, digits, - and _
        handle: String,
        /// The enterprise's registered name
        #[arg(long)]
        name: String,
        /// Unified social credit code (18 characters, GB 32100)
        #[arg(long)]
        uscc: String,
        /// Legal representative's name
        #[arg(long)]
        legal_rep_name: String,
        /// Legal representative's resident identity number (GB 11643)
        #[arg(long)]
        legal_rep_id: String,
        /// An individual business (个体户)
        #[arg(long)]
        individual_business: bool,
    },
    /// An MCN agency (机构) on the agency workbench
    #[command(
        after_help = "Example:\n  roster org create agency starlight --name 'Starlight MCN' --main-phone 13800138000"
    )]
    Agency {
        /// The handle to create: lower-case letters, digits, - and _
        handle: String,
        /// The agency's name
        #[arg(long)]
        name: String,
        /// The main account's mobile
        #[arg(long)]
        main_phone: String,
    },
    /// A shop (抖店)
    #[command(
        after_help = "Example:\n  roster org create shop acme-shop --name 'Acme Flagship' --shop-type flagship \\\n      --subject 91350100M000100Y43 --main-phone 13900139000"
    )]
    Shop {
        /// The handle to create: lower-case letters, digits, - and _
        handle: String,
        /// The shop's name
        #[arg(long)]
        name: String,
        /// The shop type (or its Chinese name, 旗舰店)
        #[arg(long, value_parser = values::shop_type())]
        shop_type: String,
        /// The qualification subject's unified social credit code
        #[arg(long)]
        subject: String,
        /// A cross-border shop (跨境)
        #[arg(long)]
        cross_border: bool,
        /// The main account's mobile
        #[arg(long)]
        main_phone: String,
    },
}

fn new_org(c: CreateCmd) -> NewOrg {
    match c {
        CreateCmd::Enterprise {
            handle,
            name,
            uscc,
            legal_rep_name,
            legal_rep_id,
            individual_business,
        } => NewOrg {
            kind: "enterprise".into(),
            handle,
            name,
            uscc: Some(uscc),
            legal_rep_name: Some(legal_rep_name),
            legal_rep_id: Some(legal_rep_id),
            individual_business,
            ..NewOrg::default()
        },
        CreateCmd::Agency {
            handle,
            name,
            main_phone,
        } => NewOrg {
            kind: "agency".into(),
            handle,
            name,
            main_phone: Some(main_phone),
            ..NewOrg::default()
        },
        CreateCmd::Shop {
            handle,
            name,
            shop_type,
            subject,
            cross_border,
            main_phone,
        } => NewOrg {
            kind: "shop".into(),
            handle,
            name,
            shop_type: Some(shop_type),
            subject: Some(subject),
            cross_border,
            main_phone: Some(main_phone),
            ..NewOrg::default()
        },
    }
}

pub fn run(run: &mut Run, cmd: OrgCmd) -> Result<()> {
    let reveal = run.reveal();
    let o = match cmd {
        OrgCmd::Create(c) => {
            let input = new_org(c);
            run.write(|tx, ctx| app::create(tx, ctx, &input))?
        }
        OrgCmd::Verify { handle } => run.write(|tx, ctx| app::verify(tx, ctx, &handle))?,
        OrgCmd::Level { handle, level } => {
            run.write(|tx, ctx| app::set_level(tx, ctx, &handle, &level))?
        }
        OrgCmd::Tools {
            handle,
            grant,
            revoke,
        } => run.write(|tx, ctx| app::tools(tx, ctx, &handle, &grant, &revoke))?,
        OrgCmd::Show { handle } => {
            let st = run.read(|tx, ctx| app::show(tx, ctx, &handle))?;
            return run.one(&st.view(reveal));
        }
        OrgCmd::List { kind } => {
            let all = run.read(|tx, ctx| app::list(tx, ctx, kind.as_deref()))?;
            return run.all(
                &[
                    "handle",
                    "kind",
                    "name",
                    "verified",
                    "level",
                    "quota_used",
                    "quota_limit",
                ],
                all.iter().map(|s| s.view(reveal)),
            );
        }
    };
    let what = format!("org {}", o.value.org.handle);
    run.outcome(&what, &o, |s| s.view(reveal))
}
