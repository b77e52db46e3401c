//! `roster export KIND`: the columns `import` reads back, streamed, with
//! identity numbers masked unless revealed (PII-1).

use serde_json::{Map, Value};

use super::field;
use super::import::Kind;
use crate::domain::validate::mask_identity;
use crate::error::{Error, Result};
use crate::store::{self, Tx};

/// Columns holding identity numbers.
const PII: [&str; 2] = ["legal_rep_id", "holder_id"];

/// The header of a kind's export.
pub fn header(kind: Kind) -> Result<&'static [&'static str]> {
    store::export::query(kind.code())
        .map(|(cols, _)| cols)
        .ok_or_else(|| Error::internal(format!("no export for {}", kind.code())))
}

/// Checks what an export is asked for (`--org`: a well-formed handle of
/// an org that exists) before anything is written.
pub fn check(tx: &Tx<'_>, org: Option<&str>) -> Result<()> {
    if let Some(o) = org {
        store::org::get(tx, &field::handle("--org", o)?)?;
    }
    Ok(())
}

/// Streams every row of `kind` (of `org`, or of every org) to `each` as an
/// object with the export's columns in order.
pub fn rows(
    tx: &Tx<'_>,
    kind: Kind,
    org: Option<&str>,
    reveal: bool,
    now: jiff::Timestamp,
    mut each: impl FnMut(Map<String, Value>) -> Result<()>,
) -> Result<()> {
    let (cols, sql) = store::export::query(kind.code())
        .ok_or_else(|| Error::internal(format!("no export for {}", kind.code())))?;
    let org = org.map(|o| field::handle("--org", o)).transpose()?;
    if let Some(h) = &org {
        store::org::get(tx, h)?;
    }
    store::export::rows(tx, &sql, org.as_deref(), now, |cells| {
        let mut m = Map::new();
        for (c, v) in cols.iter().zip(cells) {
            let v = match v {
                Some(s) if PII.contains(c) && !reveal => Value::String(mask_identity(&s)),
                Some(s) => Value::String(s),
                None => Value::Null,
            };
            m.insert((*c).to_string(), v);
        }
        each(m)
    })
}
