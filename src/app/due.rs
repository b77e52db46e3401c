//! `roster due`: what falls due in a window from now, before the sweep
//! (SW-1) ends it — invitations (PA-2), validity periods (PA-1), pending
//! upgrades (UP-6), cancel windows (UP-3), deregistration reviews (EA-10,
//! overdue ones too) and, when asked, codes (VC-1). A read: it changes
//! nothing, and answers the same whether or not the sweep has run.

use super::lookup;
use crate::domain::due::{self, Item, Kind, Window};
use crate::error::{Error, Result};
use crate::store::{self, Tx};

/// The window and kinds a `due` call asks for, checked before the database
/// is opened.
#[derive(Debug, Clone)]
pub struct DueQuery {
    pub window: Window,
    /// In the order of `Kind::CODES`, each once.
    pub kinds: Vec<Kind>,
}

/// `--within` (a length from now) and `--kind` (codes; `all` for every
/// kind; none for every kind but `code_expires`).
pub fn query(now: jiff::Timestamp, within: &str, kinds: &[String]) -> Result<DueQuery> {
    let length = due::parse_within(within)
        .map_err(|why| Error::invalid("--within", "INVALID_DURATION", None, why))?;
    let window = Window::new(now, length).ok_or_else(|| {
        Error::invalid(
            "--within",
            "INVALID_DURATION",
            None,
            format!("{within:?} reaches past the clock's range"),
        )
    })?;
    let mut wanted = Vec::new();
    for k in kinds {
        if k.trim().eq_ignore_ascii_case("all") {
            wanted.extend(Kind::CODES.iter().map(|(k, _)| *k));
        } else {
            wanted.push(
                Kind::parse(k)
                    .map_err(|why| Error::invalid("--kind", "INVALID_VALUE", None, why))?,
            );
        }
    }
    if kinds.is_empty() {
        wanted.extend(
            Kind::CODES
                .iter()
                .map(|(k, _)| *k)
                .filter(|k| k.by_default()),
        );
    }
    let kinds = Kind::CODES
        .iter()
        .map(|(k, _)| *k)
        .filter(|k| wanted.contains(k))
        .collect();
    Ok(DueQuery { window, kinds })
}

/// Streams what falls due to `each`, ordered by instant, then kind, then
/// object; `org` scopes it (all orgs without).
pub fn list(
    tx: &Tx<'_>,
    org: Option<&str>,
    q: &DueQuery,
    mut each: impl FnMut(Item) -> Result<()>,
) -> Result<()> {
    let org_id = org
        .map(|h| lookup::org(tx, Some(h)))
        .transpose()?
        .map(|o| o.id);
    let w = q.window;
    store::due::each(tx, &q.kinds, w.now, w.end, org_id, |item| {
        if w.holds(item.kind, item.at) {
            each(item)?;
        }
        Ok(())
    })
}
