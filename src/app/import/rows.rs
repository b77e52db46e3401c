//! One row onto exactly the use case of the one-at-a-time command: no
//! second copy of any rule.

use super::columns::Kind;
use super::layout::Row;
use crate::app::{Change, Ctx, field};
use crate::domain::validate;
use crate::error::{Error, Result};
use crate::secret;
use crate::store::{self, Tx};

/// Flags `import` gives once for every row (docs/commands.md), and what the run
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

/// Reads ahead, for rows about to be applied, the lookups their rules make
/// by Douyin id (authorisations and employee accounts) and the orgs they
/// name, where each lookup would be a round trip to a server. Rows whose
/// id or org is missing or invalid are left to fail as they would.
pub fn read_ahead<'r>(
    tx: &Tx<'_>,
    layout: &super::Layout,
    cells: impl Iterator<Item = &'r [String]>,
) -> Result<()> {
    if !tx.reads_ahead() || !matches!(layout.kind(), Kind::Authorizations | Kind::Employees) {
        return Ok(());
    }
    let mut ids = Vec::new();
    let mut orgs = Vec::new();
    for c in cells {
        let row = Row::new(layout, c);
        let cell = |name| row.get(name).ok().flatten();
        ids.extend(
            cell("douyin_id").and_then(|raw| field::douyin_id("douyin_id", &raw, "PA-1").ok()),
        );
        orgs.extend(cell("org").and_then(|raw| field::handle("org", &raw).ok()));
    }
    let ids: Vec<&str> = ids.iter().map(validate::DouyinId::as_str).collect();
    let orgs: Vec<&str> = orgs.iter().map(String::as_str).collect();
    store::org::read_ahead(tx, &orgs)?;
    crate::app::bindings::read_ahead(tx, &ids)
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
    match row.layout.kind() {
        Kind::Orgs => import_org(tx, ctx, row).map(plain),
        Kind::Positions => {
            let name = row.need("name")?;
            let input = crate::app::position::NewPosition {
                name: name.clone(),
                permissions: row.get("permissions")?.unwrap_or_default(),
                description: row.get("description")?,
            };
            match crate::app::position::create(tx, ctx, org, &input) {
                Err(Error::Refused(v)) if v.code == "POSITION_EXISTS" => {
                    let edit = crate::app::position::PositionEdit {
                        permissions: Some(input.permissions),
                        description: input.description,
                        rename: None,
                    };
                    crate::app::position::edit(tx, ctx, org, &name, &edit).map(|o| plain(o.change))
                }
                r => r.map(|o| plain(o.change)),
            }
        }
        Kind::Departments => crate::app::department::create(tx, ctx, org, &row.need("path")?)
            .map(|o| plain(o.change)),
        Kind::Employees => {
            let email = row.need("email")?;
            let stored = field::email("email", &email, "EA-1")
                .ok()
                .map(|e| store::employee::find(tx, e.as_str()))
                .transpose()?
                .flatten();
            let id = unmask(
                "holder_id",
                row.need("holder_id")?,
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
            let input = crate::app::employee::ApplyInput {
                email,
                holder: crate::app::employee::HolderInput {
                    name: row.get("holder_name")?,
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
            let o = crate::app::employee::apply(tx, ctx, org, &input)?;
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
            let input = crate::app::authorization::InviteInput {
                modules: row.get("modules")?.unwrap_or_default(),
                agree: flags.agree,
                valid_until: row.get("valid_until")?,
            };
            crate::app::authorization::invite_or_modify(tx, ctx, org, &id, &input)
                .map(|o| plain(o.change))
        }
        Kind::Subaccounts => {
            let im = row.flag("im")?;
            let phone = row.get("phone")?;
            let input = crate::app::subaccount::AddInput {
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
            match crate::app::subaccount::add_with(
                tx,
                ctx,
                org,
                &input,
                crate::app::subaccount::IfPresent::UnchangedIfIdentical,
            )? {
                crate::app::subaccount::Added::Done(o) => Ok(plain(o.change)),
                crate::app::subaccount::Added::CodeRefused(e, _) => Ok(RowOutcome {
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
    let input = crate::app::org::NewOrg {
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
    let created = crate::app::org::create(tx, ctx, &input)?;
    let mut change = created.change;
    let handle = created.value.org.handle.clone();
    let enterprise = created.value.org.enterprise.clone();
    if let Some(e) = enterprise {
        if row.flag("verified")? == Some(true) {
            change = merge(change, crate::app::org::verify(tx, ctx, &handle)?.change);
        }
        if let Some(level) = row.get("level")? {
            change = merge(
                change,
                crate::app::org::set_level(tx, ctx, &handle, &level)?.change,
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
                crate::app::org::tools(tx, ctx, &handle, &grant.join(","), &revoke.join(","))?
                    .change,
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
