//! `roster export KIND`: the columns `import` reads back, streamed, with
//! identity numbers masked unless revealed (PII-1).

use super::field;
use super::import::Kind;
use crate::domain::validate::mask_identity;
use crate::error::{Error, Result};
use crate::store::{self, Tx};

/// The header of a kind's export.
pub fn header(kind: Kind) -> Result<&'static [&'static str]> {
    store::export::query(kind.code())
        .map(|q| q.columns)
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

/// One exported row: the kind's columns, in order, and their cells (None
/// for NULL), identity numbers already masked unless revealed.
#[derive(Debug, Default)]
pub struct Row {
    pub columns: &'static [&'static str],
    pub cells: Vec<Option<String>>,
}

impl Row {
    /// The cell of `column` as CSV writes it (NULL as empty).
    pub fn cell(&self, i: usize) -> &str {
        self.cells.get(i).and_then(|c| c.as_deref()).unwrap_or("")
    }
}

/// A JSON object of the columns in order, written straight from the cells
/// (no intermediate map: the export is the largest output roster writes).
impl serde::Serialize for Row {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut m = s.serialize_map(Some(self.columns.len()))?;
        for (c, v) in self.columns.iter().zip(&self.cells) {
            m.serialize_entry(c, v)?;
        }
        m.end()
    }
}

/// Streams every row of `kind` (of `org`, or of every org) to `each`, with
/// the export's columns in order.
pub fn rows(
    tx: &Tx<'_>,
    kind: Kind,
    org: Option<&str>,
    reveal: bool,
    now: jiff::Timestamp,
    mut each: impl FnMut(&Row) -> Result<()>,
) -> Result<()> {
    let q = store::export::query(kind.code())
        .ok_or_else(|| Error::internal(format!("no export for {}", kind.code())))?;
    let org = org.map(|o| field::handle("--org", o)).transpose()?;
    if let Some(h) = &org {
        store::org::get(tx, h)?;
    }
    let pii: Vec<bool> = (0..q.columns.len())
        .map(|i| q.identities.contains(&i))
        .collect();
    let mut row = Row {
        columns: q.columns,
        cells: Vec::new(),
    };
    store::export::rows(tx, &q, org.as_deref(), now, |cells| {
        if !reveal {
            for (cell, pii) in cells.iter_mut().zip(&pii) {
                if *pii && let Some(s) = cell {
                    *s = mask_identity(s);
                }
            }
        }
        // Lend the buffer to the row and take it back (no copy).
        std::mem::swap(&mut row.cells, cells);
        let r = each(&row);
        std::mem::swap(&mut row.cells, cells);
        r
    })
}
