//! `roster audit`: who did what, when, to which object (AU-1).

use super::field;
use crate::domain::validate;
use crate::error::Result;
use crate::store::{self, Tx, audit::Filter};
use crate::views::AuditView;

/// Raw filters as the command line gives them.
#[derive(Debug, Clone, Default)]
pub struct AuditQuery {
    pub since: Option<String>,
    pub until: Option<String>,
    pub actor: Option<String>,
    pub action: Option<String>,
    pub object: Option<String>,
}

/// An identity number given as the object is looked up by its pseudonymous
/// key, the only form the log holds (PII-1).
fn object_key(tx: &Tx<'_>, raw: &str) -> Result<String> {
    let t = raw.trim();
    let bare = t.strip_prefix("identity:").unwrap_or(t);
    Ok(match validate::identity_number(bare) {
        Ok(id) => format!(
            "identity:{}#{}",
            id.masked(),
            store::identity::find_pseudonym(tx, &id)?.unwrap_or(0)
        ),
        Err(_) => t.to_string(),
    })
}

pub fn parse(tx: &Tx<'_>, q: &AuditQuery) -> Result<Filter> {
    Ok(Filter {
        since: q
            .since
            .as_deref()
            .map(|s| crate::clock::parse_instant_from("--since", s))
            .transpose()?,
        until: q
            .until
            .as_deref()
            .map(|s| field::instant("--until", s))
            .transpose()?,
        actor: q.actor.clone(),
        action: q.action.clone(),
        object: q.object.as_deref().map(|o| object_key(tx, o)).transpose()?,
    })
}

/// Streams the matching events to `each`, oldest first.
pub fn query(
    tx: &Tx<'_>,
    filter: &Filter,
    mut each: impl FnMut(AuditView) -> Result<()>,
) -> Result<()> {
    store::audit::query(tx, filter, |e| each(AuditView::from(e)))
}
