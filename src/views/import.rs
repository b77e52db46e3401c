//! `roster import KIND --columns`: the columns a kind of import reads.

use serde::Serialize;

use crate::app::import::Column;

/// One column of an import kind: its name (the English header), whether a
/// file must have it, and the other headers accepted for it (the Chinese
/// spellings first among them).
#[derive(Debug, Default, Serialize)]
pub struct ImportColumnView {
    pub name: String,
    pub required: bool,
    pub aliases: Vec<String>,
}

impl ImportColumnView {
    pub fn new(c: &Column) -> Self {
        ImportColumnView {
            name: c.field.to_string(),
            required: c.required,
            aliases: c.aliases.iter().map(|a| (*a).to_string()).collect(),
        }
    }
}
