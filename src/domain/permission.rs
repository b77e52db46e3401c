//! The permission catalogues (rules POS-2, POS-2a, EN-5, EN-6) and the rules a
//! set of codes must meet before a position may carry it (POS-1, POS-3).

use serde::Serialize;

use super::org::OrgKind;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Group {
    /// EN-5 marketing tools the enterprise must hold itself.
    #[default]
    Tool,
    /// EN-6 back-end modules.
    Module,
    /// Agency workbench modules.
    Workbench,
    /// Shop back-end navigation modules.
    Shop,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct Permission {
    pub code: &'static str,
    pub group: Group,
    pub name: &'static str,
    pub name_zh: &'static str,
    /// POS-3: managing sub-accounts is in the catalogue but never grantable.
    pub grantable: bool,
}

const fn p(
    code: &'static str,
    group: Group,
    name: &'static str,
    name_zh: &'static str,
) -> Permission {
    Permission {
        code,
        group,
        name,
        name_zh,
        grantable: true,
    }
}

const fn never(
    code: &'static str,
    group: Group,
    name: &'static str,
    name_zh: &'static str,
) -> Permission {
    Permission {
        code,
        group,
        name,
        name_zh,
        grantable: false,
    }
}

pub const ENTERPRISE: &[Permission] = &[
    p(
        "video.booking",
        Group::Tool,
        "short video: online booking",
        "短视频·在线预约",
    ),
    p(
        "video.group_buy",
        Group::Tool,
        "short video: group-buy products",
        "短视频·团购商品",
    ),
    p(
        "video.industry_tools",
        Group::Tool,
        "short video: industry tools",
        "短视频·行业工具",
    ),
    p(
        "live.booking",
        Group::Tool,
        "live: online booking",
        "直播·在线预约",
    ),
    p(
        "live.card",
        Group::Tool,
        "live: general live card",
        "直播·通用直播卡片",
    ),
    p(
        "live.mini_program_card",
        Group::Tool,
        "live: mini-program live card",
        "直播·小程序直播卡片",
    ),
    p(
        "home.profile_card",
        Group::Tool,
        "merchant page: personal card",
        "商家页面·个人名片",
    ),
    p(
        "home.shop_activity",
        Group::Tool,
        "merchant page: shop activities",
        "商家页面·店铺活动",
    ),
    p(
        "home.flash_group_buy",
        Group::Tool,
        "merchant page: flash group-buy",
        "商家页面·限时团购",
    ),
    p(
        "backend.video",
        Group::Module,
        "short-video management",
        "视频管理",
    ),
    p("backend.live", Group::Module, "live management", "直播管理"),
    p(
        "backend.home",
        Group::Module,
        "home-page management",
        "主页管理",
    ),
    p(
        "backend.messages",
        Group::Module,
        "private-message management",
        "私信管理",
    ),
    p(
        "backend.users",
        Group::Module,
        "user management",
        "用户管理",
    ),
    p(
        "backend.tools_center",
        Group::Module,
        "business tools centre",
        "经营工具中心",
    ),
    p(
        "backend.data_center",
        Group::Module,
        "data centre",
        "数据中心",
    ),
];

pub const AGENCY: &[Permission] = &[
    p(
        "agency.creators",
        Group::Workbench,
        "creator management",
        "达人管理",
    ),
    p("agency.tasks", Group::Workbench, "agency tasks", "机构任务"),
    p("agency.data", Group::Workbench, "data view", "数据查看"),
    p(
        "agency.orders",
        Group::Workbench,
        "order management",
        "订单管理",
    ),
    never(
        "agency.subaccounts",
        Group::Workbench,
        "sub-account management",
        "子帐号管理",
    ),
];

pub const SHOP: &[Permission] = &[
    p("shop.orders", Group::Shop, "orders", "订单"),
    p("shop.products", Group::Shop, "products", "商品"),
    p("shop.after_sales", Group::Shop, "after-sales", "售后"),
    p("shop.data", Group::Shop, "data", "数据"),
    p("shop.marketing", Group::Shop, "marketing", "营销"),
    p("shop.finance", Group::Shop, "finance", "资产"),
    p(
        "shop.customer_service",
        Group::Shop,
        "customer service",
        "客服",
    ),
    p("shop.settings", Group::Shop, "shop settings", "店铺设置"),
    never(
        "shop.subaccounts",
        Group::Shop,
        "sub-account management",
        "子账号管理",
    ),
];

pub fn catalogue(kind: OrgKind) -> &'static [Permission] {
    match kind {
        OrgKind::Enterprise => ENTERPRISE,
        OrgKind::Agency => AGENCY,
        OrgKind::Shop => SHOP,
    }
}

/// EN-5 tool codes (what `org tools` grants to the enterprise itself).
pub fn tool_codes() -> impl Iterator<Item = &'static str> {
    ENTERPRISE
        .iter()
        .filter(|p| p.group == Group::Tool)
        .map(|p| p.code)
}

pub fn is_tool(code: &str) -> bool {
    tool_codes().any(|c| c == code)
}

/// Why a set of codes cannot be granted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CodeError {
    /// POS-1: not in the kind's catalogue; carries the valid codes.
    Unknown {
        code: String,
        valid: Vec<&'static str>,
    },
    /// POS-3: in the catalogue but never grantable.
    NotGrantable { code: &'static str },
}

/// Splits a comma-separated list (`;`, `、` and `|` too, as CSV cells have
/// them), checks each code against `kind`'s catalogue and returns the codes
/// sorted and without duplicates.
pub fn parse_codes(kind: OrgKind, list: &str) -> Result<Vec<String>, CodeError> {
    let cat = catalogue(kind);
    let mut out: Vec<String> = Vec::new();
    for raw in split_list(list) {
        let code = raw.to_ascii_lowercase();
        match cat.iter().find(|p| p.code == code) {
            None => {
                return Err(CodeError::Unknown {
                    code: raw,
                    valid: cat.iter().filter(|p| p.grantable).map(|p| p.code).collect(),
                });
            }
            Some(p) if !p.grantable => return Err(CodeError::NotGrantable { code: p.code }),
            Some(p) => out.push(p.code.to_string()),
        }
    }
    out.sort();
    out.dedup();
    Ok(out)
}

/// The list-cell separators of docs/import.md: `,` `;` `、` `|`; blanks dropped.
pub fn split_list(list: &str) -> Vec<String> {
    list.split([',', ';', '、', '|', '，', '；'])
        .map(crate::domain::validate::clean)
        .filter(|s| !s.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pos2a_catalogue_sizes() {
        assert_eq!(ENTERPRISE.len(), 16);
        assert_eq!(tool_codes().count(), 9);
        assert_eq!(AGENCY.len(), 5);
        assert_eq!(SHOP.len(), 9);
    }

    #[test]
    fn pos1_unknown_code_lists_valid_ones() {
        match parse_codes(OrgKind::Shop, "shop.orders,shop.teleport") {
            Err(CodeError::Unknown { code, valid }) => {
                assert_eq!(code, "shop.teleport");
                assert!(valid.contains(&"shop.finance"));
                assert!(!valid.contains(&"shop.subaccounts"));
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn pos1_codes_of_another_kind_are_unknown() {
        assert!(matches!(
            parse_codes(OrgKind::Agency, "shop.orders"),
            Err(CodeError::Unknown { .. })
        ));
    }

    #[test]
    fn pos3_subaccount_management_refused_by_name() {
        assert_eq!(
            parse_codes(OrgKind::Agency, "agency.tasks;agency.subaccounts"),
            Err(CodeError::NotGrantable {
                code: "agency.subaccounts"
            })
        );
        assert_eq!(
            parse_codes(OrgKind::Shop, "shop.subaccounts"),
            Err(CodeError::NotGrantable {
                code: "shop.subaccounts"
            })
        );
    }

    #[test]
    fn lists_split_on_every_separator_sorted_and_deduplicated() {
        assert_eq!(
            parse_codes(
                OrgKind::Shop,
                " shop.data 、shop.orders|shop.data; SHOP.Finance"
            )
            .unwrap(),
            vec!["shop.data", "shop.finance", "shop.orders"]
        );
        assert_eq!(
            parse_codes(OrgKind::Shop, "").unwrap(),
            Vec::<String>::new()
        );
    }

    /// EN-5: the marketing tools are tools; the back-end modules of EN-6
    /// and other kinds' permissions are not.
    #[test]
    fn en5_only_the_marketing_tools_are_tools() {
        assert!(is_tool("video.booking"));
        assert!(is_tool("home.flash_group_buy"));
        assert!(!is_tool("backend.video"));
        assert!(!is_tool("shop.orders"));
        assert!(!is_tool("teleport"));
    }
}
