//! What each kind of import reads: its columns, their English and Chinese
//! headers, which are required, which Excel may have turned into numbers.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Orgs,
    Employees,
    Authorizations,
    Subaccounts,
    Positions,
    Departments,
}

impl Kind {
    pub const CODES: [(Kind, &'static str); 6] = [
        (Kind::Orgs, "orgs"),
        (Kind::Employees, "employees"),
        (Kind::Authorizations, "authorizations"),
        (Kind::Subaccounts, "subaccounts"),
        (Kind::Positions, "positions"),
        (Kind::Departments, "departments"),
    ];
    pub fn parse(text: &str) -> std::result::Result<Kind, String> {
        crate::domain::org::parse_code(&Self::CODES, text)
    }
    pub fn code(self) -> &'static str {
        Self::CODES
            .iter()
            .find(|(k, _)| *k == self)
            .map_or("", |(_, c)| c)
    }
}

/// One column a kind reads: its field name (the English header), the other
/// spellings accepted, whether a file must have it, and whether Excel may
/// have mangled it into a number.
#[derive(Debug, Clone, Copy)]
pub struct Column {
    pub field: &'static str,
    pub aliases: &'static [&'static str],
    pub required: bool,
    pub digits: bool,
}

const fn col(
    field: &'static str,
    aliases: &'static [&'static str],
    required: bool,
    digits: bool,
) -> Column {
    Column {
        field,
        aliases,
        required,
        digits,
    }
}

const ORG: Column = col("org", &["机构", "组织", "企业", "所属机构"], false, false);

const ORGS_COLUMNS: &[Column] = &[
    col("kind", &["类型", "机构类型"], true, false),
    col("handle", &["标识", "机构标识"], true, false),
    col("name", &["名称", "机构名称"], true, false),
    col("uscc", &["统一社会信用代码", "信用代码"], false, true),
    col("legal_rep_name", &["法人姓名", "法定代表人"], false, false),
    col(
        "legal_rep_id",
        &["法人身份证号", "法定代表人身份证号"],
        false,
        true,
    ),
    col("individual_business", &["个体户"], false, false),
    col("main_phone", &["主账号手机号", "主手机号"], false, true),
    col("shop_type", &["店铺类型"], false, false),
    col("subject", &["资质主体", "主体信用代码"], false, true),
    col("cross_border", &["跨境"], false, false),
    col("verified", &["已认证", "认证"], false, false),
    col("level", &["成长等级", "等级"], false, false),
    col("tools", &["营销工具", "工具"], false, false),
];

const EMPLOYEES_COLUMNS: &[Column] = &[
    ORG,
    col("email", &["邮箱", "登录邮箱"], true, false),
    // Named as in the employee view; `name` and `id_number` are what
    // earlier exports wrote (and the flags of `employee apply`).
    col("holder_name", &["name", "姓名"], true, false),
    col(
        "holder_id",
        &["id_number", "身份证号", "身份证号码", "证件号码"],
        true,
        true,
    ),
    col("position", &["岗位", "positions"], true, false),
    col("department", &["部门"], false, false),
    col("proof", &["在职证明"], true, false),
    col("proof_note", &["证明说明", "说明"], false, false),
    col("password", &["初始密码", "密码"], false, false),
    col("douyin_id", &["抖音号"], false, false),
    col("contact_phone", &["联系电话", "手机号"], false, true),
];

const AUTHORIZATIONS_COLUMNS: &[Column] = &[
    ORG,
    col("douyin_id", &["抖音号"], true, false),
    col("modules", &["授权模块", "模块"], true, false),
    col("valid_until", &["有效期", "有效期至"], false, false),
];

const SUBACCOUNTS_COLUMNS: &[Column] = &[
    ORG,
    col("phone", &["手机号", "手机号码"], false, true),
    col("email", &["邮箱"], false, false),
    col("code", &["验证码"], false, true),
    col("name", &["昵称", "姓名", "账号名称", "名称"], true, false),
    col("positions", &["岗位", "position"], true, false),
    col("im", &["im权限", "飞鸽", "飞鸽权限"], false, false),
];

const POSITIONS_COLUMNS: &[Column] = &[
    ORG,
    col("name", &["岗位名称", "岗位", "名称"], true, false),
    col("permissions", &["权限", "权限配置"], true, false),
    col("description", &["岗位描述", "描述"], false, false),
];

const DEPARTMENTS_COLUMNS: &[Column] = &[
    ORG,
    col("path", &["部门", "部门路径", "department"], true, false),
];

pub fn columns(kind: Kind) -> &'static [Column] {
    match kind {
        Kind::Orgs => ORGS_COLUMNS,
        Kind::Employees => EMPLOYEES_COLUMNS,
        Kind::Authorizations => AUTHORIZATIONS_COLUMNS,
        Kind::Subaccounts => SUBACCOUNTS_COLUMNS,
        Kind::Positions => POSITIONS_COLUMNS,
        Kind::Departments => DEPARTMENTS_COLUMNS,
    }
}
