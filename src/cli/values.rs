//! Closed sets of values, listed in `--help` with a one-line meaning each
//! (clap's "Possible values:"). The text typed passes through unchanged to
//! the domain parser, which accepts the Chinese words too and keeps its own
//! error (INVALID_VALUE, exit 5) for a value that is none of them.

use std::ffi::OsStr;

use clap::builder::{PossibleValue, PossibleValuesParser, StringValueParser, TypedValueParser};

use crate::domain;

/// A value parser that reports `possible_values` for help and completion
/// but does not check them: the domain parser does.
#[derive(Clone, Debug)]
pub struct Listed(Vec<PossibleValue>);

impl TypedValueParser for Listed {
    type Value = String;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &OsStr,
    ) -> Result<String, clap::Error> {
        StringValueParser::new().parse_ref(cmd, arg, value)
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(self.0.iter().cloned()))
    }
}

/// Every code of a domain enum with its meaning; `help` matches on the
/// enum, so a new variant cannot go without one.
fn listed<T: Copy>(codes: &[(T, &'static str)], help: impl Fn(T) -> &'static str) -> Listed {
    Listed(
        codes
            .iter()
            .map(|(v, code)| PossibleValue::new(*code).help(help(*v)))
            .collect(),
    )
}

/// `--format` (a global flag): checked by clap itself (a usage error,
/// exit 2), as it was before it listed its meanings.
pub fn format() -> PossibleValuesParser {
    use crate::output::Format;
    let help = |f: Format| match f {
        Format::Table => "a table for people (the default)",
        Format::Json => "one JSON document: an object, or an array for a listing",
        Format::Jsonl => "JSON Lines: one object per line, streamed",
        Format::Csv => "comma-separated values with a header row",
    };
    PossibleValuesParser::new(
        Format::NAMES.iter().filter_map(|name| {
            Format::parse(name).map(|f| PossibleValue::new(*name).help(help(f)))
        }),
    )
}

/// `org level ORG LEVEL` (EN-3).
pub fn level() -> Listed {
    use domain::org::Level;
    listed(&Level::CODES, |l| match l {
        Level::Bronze => "青铜, the lowest",
        Level::Silver => "白银",
        Level::Gold => "黄金",
        Level::Platinum1 => "铂金 Lv1",
        Level::Platinum2 => "铂金 Lv2",
        Level::Diamond1 => "钻石 Lv1",
        Level::Diamond2 => "钻石 Lv2",
        Level::Diamond3 => "钻石 Lv3",
        Level::BlackDiamond1 => "黑钻 Lv1",
        Level::BlackDiamond2 => "黑钻 Lv2, the highest",
    })
}

/// `org create shop --shop-type` (UP-1).
pub fn shop_type() -> Listed {
    use domain::org::ShopType;
    listed(&ShopType::CODES, |t| match t {
        ShopType::OfficialFlagship => "官方旗舰店, the brand's own official flagship",
        ShopType::Flagship => "旗舰店, a brand flagship",
        ShopType::Specialty => "专卖店, one authorised brand",
        ShopType::Franchise => "专营店, several brands of one category",
        ShopType::Enterprise => "企业店, a company's shop",
        ShopType::IndividualBusiness => "个体店, an individual business",
        ShopType::Personal => "个人店, a person",
    })
}

/// `org list --kind`, `position catalogue KIND`.
pub fn org_kind() -> Listed {
    use domain::org::OrgKind;
    listed(&OrgKind::CODES, |k| match k {
        OrgKind::Enterprise => "an enterprise account (企业号) with employee accounts",
        OrgKind::Agency => "an MCN agency (机构) with sub-accounts",
        OrgKind::Shop => "a shop (抖店) with sub-accounts",
    })
}

/// `employee list --status`.
pub fn employee_status() -> Listed {
    use domain::employee::Status;
    listed(&Status::CODES, |s| match s {
        Status::Reviewing => {
            "applied (or resubmitted, handed over), awaiting the platform's review"
        }
        Status::Active => "approved; holds a seat",
        Status::Rejected => "the review rejected it; resubmit or withdraw",
        Status::Withdrawn => "a rejected application withdrawn; its seat is free",
        Status::Resigning => "the holder left with unsettled assets",
        Status::Vacant => "nobody holds it; it can be handed over",
        Status::Deregistering => "deregistration requested, awaiting review",
        Status::Deregistered => "deregistered; its seat is free",
    })
}

/// `employee apply|resubmit|enable --proof` (EA-3).
pub fn proof() -> Listed {
    use domain::employee::Proof;
    listed(&Proof::CODES, |p| match p {
        Proof::Sealed => "bears the company seal",
        Proof::LegalRepSigned => {
            "signed by the legal representative (individual business only; needs --proof-note)"
        }
    })
}

/// `employee check EMAIL CHECK` (EA-12).
pub fn eligibility() -> Listed {
    Listed(vec![
        PossibleValue::new("showcase").help("the product showcase (橱窗)"),
        PossibleValue::new("merchant-page").help("the merchant page (商家页面) and its modules"),
        PossibleValue::new("xingtu").help("the creator marketplace (星图)"),
    ])
}

/// `auth list --status`.
pub fn auth_status() -> Listed {
    use domain::authorization::Status;
    listed(&Status::CODES, |s| match s {
        Status::Invited => "invited; the employee has 48 hours to answer",
        Status::Reviewing => "answered, awaiting the platform's review",
        Status::Active => "approved and within its validity period",
        Status::Rejected => "the review rejected it; resubmit or end it",
        Status::Expired => "the invitation lapsed or the validity period ended",
        Status::Ended => "ended: the account was deregistered, or it was withdrawn",
    })
}

/// `auth end --reason` (PA-5).
pub fn end_reason() -> Listed {
    use domain::authorization::EndReason;
    listed(&EndReason::CODES, |r| match r {
        EndReason::AccountDeregistered => "the personal account was deregistered",
        EndReason::Withdrawn => "the enterprise withdraws an invitation or a rejected application",
    })
}

/// `subaccount list --status`.
pub fn subaccount_status() -> Listed {
    use domain::subaccount::Status;
    listed(&Status::CODES, |s| match s {
        Status::Enabled => "can log in and act",
        Status::Disabled => "kept, but cannot log in",
        Status::Deleted => "deleted by the org; its authorisation ended",
        Status::Revoked => "the holder revoked the org's authorisation",
    })
}

/// `upgrade start|auto --type` (UP-4).
pub fn account_type() -> Listed {
    use domain::upgrade::AccountType;
    listed(&AccountType::CODES, |t| match t {
        AccountType::Main => "the shop's one main official account",
        AccountType::Vertical => "a vertical (category) account, within the subject's quota",
        AccountType::Dedicated => "a dedicated account, within the subject's quota",
    })
}

/// `identity penalize --kind` (EA-7).
pub fn penalty() -> Listed {
    use domain::identity::PenaltyKind;
    listed(&PenaltyKind::CODES, |k| match k {
        PenaltyKind::Ban => "the identity's accounts are banned",
        PenaltyKind::PostingRestricted => "the identity's accounts may not post",
        PenaltyKind::LiveRestricted => "the identity's accounts may not live-stream",
    })
}

/// `import KIND`, `export KIND`.
pub fn import_kind() -> Listed {
    use crate::app::import::Kind;
    listed(&Kind::CODES, |k| match k {
        Kind::Orgs => "enterprises, agencies and shops",
        Kind::Employees => "enterprise employee-account applications (needs --agree)",
        Kind::Authorizations => "invitations of personal accounts (needs --agree)",
        Kind::Subaccounts => "agency and shop sub-accounts, each with its one-time code",
        Kind::Positions => "positions and their permissions",
        Kind::Departments => "department paths",
    })
}
