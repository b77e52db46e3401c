//! A file's header row mapped onto its kind's columns once (missing,
//! duplicate and unread columns found before any row), and one data row
//! read through it, cleaned as docs/import.md says.

use std::collections::HashMap;

use super::columns::{Kind, columns};
use crate::csvin::{boolean, excel_mangled, header_key};
use crate::domain::validate::clean;
use crate::error::{Error, Result};

/// Where each field sits in a file, decided once from its header row.
#[derive(Debug, Clone)]
pub struct Layout {
    kind: Kind,
    /// Field name -> index into the record as read.
    pub(super) index: HashMap<&'static str, usize>,
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
    ("name", "holder_name"),
    ("id_number", "holder_id"),
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
        let exported: Vec<String> = crate::app::export::header(kind)
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
    pub(super) layout: &'a Layout,
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
    pub(super) fn check_width(&self) -> Result<()> {
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

    pub(super) fn flag(&self, field: &str) -> Result<Option<bool>> {
        match self.get(field)? {
            Some(v) => boolean(&v).map_err(|why| Error::invalid(field, "INVALID_VALUE", None, why)),
            None => Ok(None),
        }
    }
}
