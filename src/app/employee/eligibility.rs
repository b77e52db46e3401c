//! Eligibility reports (rule EA-12): showcase, merchant page, creator
//! marketplace.

use super::*;

/// Facts for `employee check` that only the platform knows.
#[derive(Debug, Clone, Default)]
pub struct CheckFacts {
    pub showcase: ShowcaseFacts,
    pub xingtu: bool,
    /// `CODE:approved|pending`
    pub modules: Vec<String>,
}

#[derive(Debug, Clone, serde::Serialize)]
pub struct CheckReport {
    pub email: String,
    pub check: &'static str,
    pub eligible: bool,
    pub unmet: Vec<Unmet>,
}

/// `employee check EMAIL showcase|merchant-page|xingtu` (EA-12): every unmet
/// condition, not just the first.
pub fn check(
    tx: &Tx<'_>,
    ctx: &Ctx<'_>,
    org: Option<&str>,
    email: &str,
    what: &str,
    facts: &CheckFacts,
) -> Result<CheckReport> {
    let kinds = [
        ("showcase", "showcase"),
        ("merchant-page", "merchant-page"),
        ("xingtu", "xingtu"),
    ];
    let kind = field::code("CHECK", what, |t| crate::domain::org::parse_code(&kinds, t))?;
    let a = account(tx, org, email)?;
    let mut unmet = Vec::new();
    if a.status != Status::Active {
        unmet.push(Unmet {
            rule: "EA-12",
            condition: format!("the account is {}, not active", a.status.code()),
        });
    }
    match kind {
        "showcase" => unmet.extend(rules::showcase(
            &facts.showcase,
            ctx.policy.showcase_deposit_yuan,
            ctx.policy.showcase_min_videos,
            ctx.policy.showcase_min_followers,
        )),
        "merchant-page" => {
            let mut modules = Vec::new();
            for m in &facts.modules {
                let (code, st) = m.split_once(':').unwrap_or((m.as_str(), "approved"));
                let code = code.trim().to_ascii_lowercase();
                if !rules::MERCHANT_MODULES.iter().any(|(c, _)| *c == code) {
                    return Err(Error::invalid(
                        "--module",
                        "UNKNOWN_MODULE",
                        Some("EA-12"),
                        format!(
                            "{code:?} is not a merchant-page module; give one of {}",
                            rules::MERCHANT_MODULES
                                .iter()
                                .map(|(c, _)| *c)
                                .collect::<Vec<_>>()
                                .join(", ")
                        ),
                    ));
                }
                let approved = match st.trim() {
                    "approved" => true,
                    "pending" => false,
                    other => {
                        return Err(Error::invalid(
                            "--module",
                            "INVALID_VALUE",
                            Some("EA-12"),
                            format!("{other:?} is neither approved nor pending"),
                        ));
                    }
                };
                modules.push((code, approved));
            }
            let granted = store::position::by_id(tx, a.position_id)?.permissions;
            unmet.extend(rules::merchant_page(&modules, &granted));
        }
        _ => {
            let stored = match &a.douyin_id {
                Some(d) => store::identity::xingtu_since(tx, d)?.is_some(),
                None => false,
            };
            unmet.extend(rules::xingtu(facts.xingtu || stored));
        }
    }
    Ok(CheckReport {
        email: a.email.as_str().to_string(),
        check: kind,
        eligible: unmet.is_empty(),
        unmet,
    })
}
