//! Bulk import, one row at a time: each kind's columns (English or Chinese
//! headers), the cleaning CLI.md asks for, and the mapping of a row onto
//! exactly the use case the one-at-a-time command runs — no second copy of
//! any rule.

use std::collections::HashMap;

use super::{Change, Ctx, field};
use crate::csvin::{boolean, excel_mangled, header_key};
use crate::domain::validate::{self, clean};
use crate::error::{Error, Result};
use crate::secret;
use crate::store::{self, Tx};

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
    col("name", &["姓名"], true, false),
    col(
        "id_number",
        &["身份证号", "身份证号码", "证件号码"],
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

/// Where each field sits in a file, decided once from its header row.
#[derive(Debug, Clone)]
pub struct Layout {
    kind: Kind,
    /// Field name -> index into the record as read.
    index: HashMap<&'static str, usize>,
    /// The header cells as the file spells them.
    headers: Vec<String>,
    /// The input columns (all but a report's outcome columns): what a
    /// report gives back.
    input: Vec<usize>,
    /// Headers roster does not read (a typo such as `descripton`).
    ignored: Vec<String>,
}

/// Columns a report adds; a report fed back as input ignores them.
pub const REPORT_COLUMNS: [&str; 4] = ["result", "error_code", "error_message", "initial_password"];

/// Flags and arguments of the one-at-a-time commands whose import column
/// has another name (errors of the use cases name the flag).
const FLAG_COLUMNS: &[(&str, &str)] = &[
    ("password_stdin", "password"),
    ("perm", "permissions"),
    ("grant", "tools"),
    ("revoke", "tools"),
    ("position", "positions"),
    ("positions", "position"),
];

impl Layout {
    /// Maps the header row. Refused before any row (exit 5): required
    /// columns that are missing (all of them named in one error, with the
    /// spellings accepted) and a column given twice.
    pub fn new(kind: Kind, headers: &[String]) -> Result<Layout> {
        let keys: Vec<String> = headers.iter().map(|h| header_key(h)).collect();
        let report: Vec<String> = REPORT_COLUMNS.iter().map(|c| header_key(c)).collect();
        let input: Vec<usize> = (0..headers.len())
            .filter(|i| !report.contains(&keys[*i]))
            .collect();
        let mut index = HashMap::new();
        let mut missing = Vec::new();
        for c in columns(kind) {
            let names: Vec<String> = std::iter::once(c.field)
                .chain(c.aliases.iter().copied())
                .map(header_key)
                .collect();
            let found: Vec<usize> = input
                .iter()
                .copied()
                .filter(|i| names.contains(&keys[*i]))
                .collect();
            match found.as_slice() {
                [] if c.required => missing.push(c),
                [] => {}
                [i] => {
                    index.insert(c.field, *i);
                }
                [..] => {
                    return Err(Error::invalid(
                        c.field,
                        "DUPLICATE_COLUMN",
                        None,
                        format!(
                            "the {} file has {} columns for {}: {}; keep one",
                            kind.code(),
                            found.len(),
                            c.field,
                            found
                                .iter()
                                .map(|i| format!("{:?}", headers[*i]))
                                .collect::<Vec<_>>()
                                .join(", ")
                        ),
                    ));
                }
            }
        }
        if !missing.is_empty() {
            let fields: Vec<&str> = missing.iter().map(|c| c.field).collect();
            return Err(Error::invalid(
                fields.join(", "),
                "MISSING_COLUMN",
                None,
                format!(
                    "the {} file lacks {} required column{}: {}",
                    kind.code(),
                    missing.len(),
                    if missing.len() == 1 { "" } else { "s" },
                    missing
                        .iter()
                        .map(|c| format!(
                            "{} (headers accepted: {})",
                            c.field,
                            std::iter::once(c.field)
                                .chain(c.aliases.iter().copied())
                                .collect::<Vec<_>>()
                                .join(", ")
                        ))
                        .collect::<Vec<_>>()
                        .join("; ")
                ),
            )
            .with_details(serde_json::json!({ "missing": fields })));
        }
        if kind == Kind::Subaccounts && !index.contains_key("phone") && !index.contains_key("email")
        {
            return Err(Error::invalid(
                "phone",
                "MISSING_COLUMN",
                Some("AG-1"),
                "the subaccounts file needs a phone (手机号) or an email (邮箱) column",
            ));
        }
        let used: Vec<usize> = index.values().copied().collect();
        // What `export` writes besides the input columns (`status` …) is
        // known, not a typo: an export re-imports without a warning.
        let exported: Vec<String> = super::export::header(kind)
            .map(|h| h.iter().map(|c| header_key(c)).collect())
            .unwrap_or_default();
        let ignored = input
            .iter()
            .filter(|i| {
                !used.contains(i) && !keys[**i].is_empty() && !exported.contains(&keys[**i])
            })
            .map(|i| headers[*i].clone())
            .collect();
        Ok(Layout {
            kind,
            index,
            headers: headers.to_vec(),
            input: input.clone(),
            ignored,
        })
    }

    /// The positions of these fields' columns in the file.
    pub fn columns_of(&self, fields: &[&str]) -> Vec<usize> {
        fields
            .iter()
            .filter_map(|f| self.index.get(f).copied())
            .collect()
    }

    pub fn has(&self, field: &str) -> bool {
        self.index.contains_key(field)
    }

    pub fn kind(&self) -> Kind {
        self.kind
    }

    /// The input columns (indices into the record) and their headers.
    pub fn input(&self) -> &[usize] {
        &self.input
    }

    pub fn header(&self, i: usize) -> &str {
        self.headers.get(i).map_or("", String::as_str)
    }

    /// Headers that no column of this kind reads.
    pub fn ignored(&self) -> &[String] {
        &self.ignored
    }

    /// The column an input error is about, as the file spells it; the
    /// error then names that column rather than a command-line flag
    /// (`身份证号`, not `--id-number`).
    pub fn locate(&self, mut e: Error) -> (Error, Option<String>) {
        let Error::Invalid { field, .. } = &mut e else {
            return (e, None);
        };
        let key = field
            .trim_start_matches('-')
            .to_lowercase()
            .replace('-', "_");
        let found = std::iter::once(key.as_str())
            .chain(
                FLAG_COLUMNS
                    .iter()
                    .filter(|(flag, _)| *flag == key)
                    .map(|(_, col)| *col),
            )
            .find_map(|f| self.index.get(f));
        match found {
            Some(i) => {
                let header = self.header(*i).to_string();
                *field = header.clone();
                (e, Some(header))
            }
            None => (e, None),
        }
    }
}

/// One data row, read through its layout.
#[derive(Debug)]
pub struct Row<'a> {
    layout: &'a Layout,
    cells: &'a [String],
}

impl<'a> Row<'a> {
    pub fn new(layout: &'a Layout, cells: &'a [String]) -> Self {
        Row { layout, cells }
    }

    /// The cleaned cell, `None` when absent or blank. A cell Excel turned
    /// into a number is refused with a message that says so.
    pub fn get(&self, field: &str) -> Result<Option<String>> {
        let Some(i) = self.layout.index.get(field) else {
            return Ok(None);
        };
        let cell = clean(self.cells.get(*i).map_or("", String::as_str));
        if cell.is_empty() {
            return Ok(None);
        }
        let digits = columns(self.layout.kind)
            .iter()
            .any(|c| c.field == field && c.digits);
        if digits && excel_mangled(&cell) {
            return Err(Error::invalid(
                field,
                "EXCEL_NUMBER",
                None,
                format!(
                    "{cell:?} is a number in scientific notation: Excel has turned this cell into a number and its digits are lost; format the column as Text in Excel and export again"
                ),
            ));
        }
        Ok(Some(cell))
    }

    /// The password cell exactly as typed (only blank counts as absent):
    /// cleaning it would store another password than the one given, and
    /// the strength rule refuses surrounding spaces as the command does.
    pub fn password(&self) -> Option<String> {
        let i = self.layout.index.get("password")?;
        let cell = self.cells.get(*i)?;
        (!clean(cell).is_empty()).then(|| cell.clone())
    }

    /// A row with more cells than the header has columns lost its cells
    /// past the header silently (a comma that should have been quoted).
    fn check_width(&self) -> Result<()> {
        let extra: Vec<&str> = self
            .cells
            .iter()
            .skip(self.layout.headers.len())
            .map(String::as_str)
            .filter(|c| !clean(c).is_empty())
            .collect();
        if extra.is_empty() {
            return Ok(());
        }
        Err(Error::invalid(
            "row",
            "TOO_MANY_CELLS",
            None,
            format!(
                "the row has {} cells but the header only {} columns; the cells past it ({}) would be lost: quote a cell that holds a comma",
                self.cells.len(),
                self.layout.headers.len(),
                extra
                    .iter()
                    .map(|c| format!("{c:?}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        ))
    }

    pub fn need(&self, field: &str) -> Result<String> {
        self.get(field)?
            .ok_or_else(|| Error::invalid(field, "MISSING_FIELD", None, "is empty"))
    }

    fn flag(&self, field: &str) -> Result<Option<bool>> {
        match self.get(field)? {
            Some(v) => boolean(&v).map_err(|why| Error::invalid(field, "INVALID_VALUE", None, why)),
            None => Ok(None),
        }
    }
}

/// Flags `import` gives once for every row (CLI.md), and what the run
/// can do with the rows' results.
#[derive(Debug, Clone)]
pub struct Flags {
    pub agree: bool,
    /// The org of rows without an `org` cell (`--org`).
    pub org: Option<String>,
    /// Check every row, write nothing.
    pub dry_run: bool,
    /// Land nothing if any row fails.
    pub all_or_nothing: bool,
    /// Rows per committed transaction.
    pub batch: usize,
    /// Whether a generated initial password has somewhere to be shown
    /// once (the report); a row that needs one and has not fails with
    /// REPORT_REQUIRED.
    pub passwords_shown: bool,
    /// How long a batch may stay off the write lock after its commit while
    /// other writers wait for it, so that they get their turn.
    pub pause: std::time::Duration,
}

/// What one row did, and a value to show once (a generated password).
#[derive(Debug)]
pub struct RowOutcome {
    pub change: Change,
    pub initial_password: Option<String>,
    /// A refusal whose side effect must stay: a wrong verification code
    /// try is counted (VC-1) although the row failed.
    pub kept_refusal: Option<Error>,
}

fn merge(a: Change, b: Change) -> Change {
    match (a, b) {
        (Change::Created, _) | (_, Change::Created) => Change::Created,
        (Change::Updated, _) | (_, Change::Updated) => Change::Updated,
        (Change::Deleted, _) | (_, Change::Deleted) => Change::Deleted,
        _ => Change::Unchanged,
    }
}

/// A masked identity number (from an export) stands for the stored one it
/// masks; without one to match it cannot be used.
fn unmask(field: &str, cell: String, stored: Option<&validate::IdentityNumber>) -> Result<String> {
    if !cell.contains('*') {
        return Ok(cell);
    }
    // As cleaned and folded, so that `１１０***…００２ｘ` matches too.
    let normal = validate::fold_width(&cell).to_uppercase();
    match stored {
        Some(id) if id.masked() == normal => Ok(id.reveal().to_string()),
        _ => Err(Error::invalid(
            field,
            "MASKED_ID_NUMBER",
            Some("PII-1"),
            "is masked; give the full number (export with --reveal-pii to get it)",
        )),
    }
}

/// Whether a row's initial password must be hashed for it to land: it
/// creates an account (its email is free) and its password is given, or
/// generated with a report to show it in. Never in a dry run, which stores
/// nothing. The one rule for hashing before the lock and under it.
pub(super) fn hash_needed(email_free: bool, given: bool, flags: &Flags) -> bool {
    email_free && !flags.dry_run && (given || flags.passwords_shown)
}

/// Imports one row with the use case of the one-at-a-time command.
/// `password` is the row's initial password made ready before the write
/// lock, if it could be.
pub fn apply_row(
    tx: &Tx<'_>,
    ctx: &Ctx<'_>,
    flags: &Flags,
    row: &Row<'_>,
    password: Option<secret::Prepared>,
) -> Result<RowOutcome> {
    row.check_width()?;
    let org_cell = row.get("org")?;
    let org = org_cell.as_deref().or(flags.org.as_deref());
    let plain = |change| RowOutcome {
        change,
        initial_password: None,
        kept_refusal: None,
    };
    match row.layout.kind {
        Kind::Orgs => import_org(tx, ctx, row).map(plain),
        Kind::Positions => {
            let name = row.need("name")?;
            let input = super::position::NewPosition {
                name: name.clone(),
                permissions: row.get("permissions")?.unwrap_or_default(),
                description: row.get("description")?,
            };
            match super::position::create(tx, ctx, org, &input) {
                Err(Error::Refused(v)) if v.code == "POSITION_EXISTS" => {
                    let edit = super::position::PositionEdit {
                        permissions: Some(input.permissions),
                        description: input.description,
                        rename: None,
                    };
                    super::position::edit(tx, ctx, org, &name, &edit).map(|o| plain(o.change))
                }
                r => r.map(|o| plain(o.change)),
            }
        }
        Kind::Departments => {
            super::department::create(tx, ctx, org, &row.need("path")?).map(|o| plain(o.change))
        }
        Kind::Employees => {
            let email = row.need("email")?;
            let stored = field::email("email", &email, "EA-1")
                .ok()
                .map(|e| store::employee::find(tx, e.as_str()))
                .transpose()?
                .flatten();
            let id = unmask(
                "id_number",
                row.need("id_number")?,
                stored.as_ref().map(|a| &a.holder_id),
            )?;
            let given = row.password();
            let mut pw = match password {
                Some(p) => p,
                None => secret::Prepared::placeholder(given.as_deref(), "password", "EA-1")?,
            };
            // Hashed under the lock only when nothing could hash it before
            // (another writer took the email's place meanwhile).
            if !pw.is_hashed() && hash_needed(stored.is_none(), given.is_some(), flags) {
                pw = pw.hashed(ctx.cost)?;
            }
            let input = super::employee::ApplyInput {
                email,
                holder: super::employee::HolderInput {
                    name: row.get("name")?,
                    id_number: Some(id),
                    position: row.get("position")?,
                    department: row.get("department")?,
                    proof: row.get("proof")?,
                    proof_note: row.get("proof_note")?,
                },
                agree: flags.agree,
                password: pw,
                douyin_id: row.get("douyin_id")?,
                contact_phone: row.get("contact_phone")?,
            };
            let o = super::employee::apply(tx, ctx, org, &input)?;
            if o.change == Change::Created {
                // A generated password with nowhere to be shown once: the
                // row fails (its savepoint rolls the account back), in a dry
                // run as in the real one.
                if input.password.generated().is_some() && !flags.passwords_shown {
                    return Err(Error::invalid(
                        "password",
                        "REPORT_REQUIRED",
                        Some("EA-1"),
                        "this row creates an account whose initial password is generated and shown once: give --report FILE (where it is shown) or a password column",
                    ));
                }
                // A placeholder never lands.
                if !input.password.is_hashed() && !flags.dry_run {
                    return Err(Error::internal(
                        "an employee row was about to land without its password hashed",
                    ));
                }
            }
            Ok(RowOutcome {
                change: o.change,
                initial_password: o.value.initial_password,
                kept_refusal: None,
            })
        }
        Kind::Authorizations => {
            let id = row.need("douyin_id")?;
            let input = super::authorization::InviteInput {
                modules: row.get("modules")?.unwrap_or_default(),
                agree: flags.agree,
                valid_until: row.get("valid_until")?,
            };
            super::authorization::invite_or_modify(tx, ctx, org, &id, &input)
                .map(|o| plain(o.change))
        }
        Kind::Subaccounts => {
            let im = row.flag("im")?;
            let phone = row.get("phone")?;
            let input = super::subaccount::AddInput {
                phone: phone.clone(),
                email: if phone.is_some() {
                    None
                } else {
                    row.get("email")?
                },
                code: row.get("code")?.unwrap_or_default(),
                name: row.need("name")?,
                positions: row.get("positions")?.unwrap_or_default(),
                im,
            };
            // A re-imported identical row is `unchanged` without a code
            // (the code column is needed only by rows that add); the
            // one-at-a-time `add` refuses it (AG-2, SH-2).
            match super::subaccount::add_with(
                tx,
                ctx,
                org,
                &input,
                super::subaccount::IfPresent::UnchangedIfIdentical,
            )? {
                super::subaccount::Added::Done(o) => Ok(plain(o.change)),
                super::subaccount::Added::CodeRefused(e, _) => Ok(RowOutcome {
                    change: Change::Unchanged,
                    initial_password: None,
                    kept_refusal: Some(e),
                }),
            }
        }
    }
}

/// An `orgs` row: create, then verify, level and the exact set of tools.
fn import_org(tx: &Tx<'_>, ctx: &Ctx<'_>, row: &Row<'_>) -> Result<Change> {
    let handle = row.need("handle")?;
    let existing = field::handle("handle", &handle)
        .ok()
        .map(|h| store::org::find(tx, &h))
        .transpose()?
        .flatten();
    let stored_rep = existing
        .as_ref()
        .and_then(|o| o.enterprise.as_ref())
        .map(|e| &e.legal_rep_id);
    let legal_rep_id = row
        .get("legal_rep_id")?
        .map(|c| unmask("legal_rep_id", c, stored_rep))
        .transpose()?;
    let input = super::org::NewOrg {
        kind: row.need("kind")?,
        handle: handle.clone(),
        name: row.need("name")?,
        uscc: row.get("uscc")?,
        legal_rep_name: row.get("legal_rep_name")?,
        legal_rep_id,
        individual_business: row.flag("individual_business")?.unwrap_or(false),
        main_phone: row.get("main_phone")?,
        shop_type: row.get("shop_type")?,
        subject: row.get("subject")?,
        cross_border: row.flag("cross_border")?.unwrap_or(false),
    };
    let created = super::org::create(tx, ctx, &input)?;
    let mut change = created.change;
    let handle = created.value.org.handle.clone();
    let enterprise = created.value.org.enterprise.clone();
    if let Some(e) = enterprise {
        if row.flag("verified")? == Some(true) {
            change = merge(change, super::org::verify(tx, ctx, &handle)?.change);
        }
        if let Some(level) = row.get("level")? {
            change = merge(
                change,
                super::org::set_level(tx, ctx, &handle, &level)?.change,
            );
        }
        if row.layout.has("tools") {
            let want =
                crate::domain::permission::split_list(&row.get("tools")?.unwrap_or_default());
            let want: Vec<String> = want.iter().map(|t| t.to_ascii_lowercase()).collect();
            let grant: Vec<&str> = want
                .iter()
                .filter(|t| !e.tools.contains(t))
                .map(String::as_str)
                .collect();
            let revoke: Vec<&str> = e
                .tools
                .iter()
                .filter(|t| !want.contains(t))
                .map(String::as_str)
                .collect();
            change = merge(
                change,
                super::org::tools(tx, ctx, &handle, &grant.join(","), &revoke.join(","))?.change,
            );
        }
    } else {
        for f in ["verified", "level", "tools"] {
            if row.get(f)?.is_some() {
                return Err(Error::invalid(
                    f,
                    "NOT_AN_ENTERPRISE",
                    Some("EN-2"),
                    format!("only enterprises have {f}; leave it empty for agencies and shops"),
                ));
            }
        }
    }
    Ok(change)
}

mod run;
pub use run::{Input, RowError, RowResult, Sink, Stopped, Summary, run};
