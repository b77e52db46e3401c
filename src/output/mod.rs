//! Rendering only: one `Format`, and one way for any view (anything
//! `Serialize`) to become a table, JSON, JSON Lines or CSV. No business
//! decisions here; field order is the view struct's order.

use std::io::{self, Write};

use comfy_table::{ContentArrangement, Table, presets::UTF8_FULL_CONDENSED};
use serde::Serialize;
use serde_json::{Map, Value};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Table,
    Json,
    Jsonl,
    Csv,
}

impl Format {
    pub const NAMES: [&'static str; 4] = ["table", "json", "jsonl", "csv"];

    pub fn parse(text: &str) -> Option<Format> {
        match text.trim().to_ascii_lowercase().as_str() {
            "table" => Some(Format::Table),
            "json" => Some(Format::Json),
            "jsonl" => Some(Format::Jsonl),
            "csv" => Some(Format::Csv),
            _ => None,
        }
    }

    /// Errors go to stderr as the JSON envelope in the machine formats.
    pub fn is_machine(self) -> bool {
        matches!(self, Format::Json | Format::Jsonl)
    }
}

/// Where data goes: stdout in the chosen format, buffered.
pub struct Out<W: Write> {
    format: Format,
    quiet: bool,
    /// Whether the reader is a terminal (tables then fit its width).
    terminal: bool,
    w: W,
}

impl<W: Write> std::fmt::Debug for Out<W> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Out").field("format", &self.format).finish()
    }
}

fn to_value<T: Serialize>(v: &T) -> io::Result<Value> {
    serde_json::to_value(v).map_err(io::Error::other)
}

/// One cell of a table or CSV row: lists of scalars joined with commas,
/// nested objects as compact JSON, null as empty.
pub fn cell(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Array(items) if items.iter().all(|i| !i.is_object() && !i.is_array()) => {
            items.iter().map(cell).collect::<Vec<_>>().join(",")
        }
        other => other.to_string(),
    }
}

/// Dotted keys for nested objects, so a single object reads as rows of
/// `key | value`.
fn flatten(prefix: &str, v: &Value, out: &mut Vec<(String, String)>) {
    match v {
        Value::Object(map) if !map.is_empty() => {
            for (k, inner) in map {
                let key = if prefix.is_empty() {
                    k.clone()
                } else {
                    format!("{prefix}.{k}")
                };
                flatten(&key, inner, out);
            }
        }
        other => out.push((prefix.to_string(), cell(other))),
    }
}

/// How a table meets the width of what reads it: on a terminal its cells
/// wrap to fit the terminal's width (comfy-table reads it); anywhere else
/// (a pipe, a file) nothing is wrapped, so every cell stays whole on its
/// line for `grep` and `cut`.
pub fn arrangement(terminal: bool) -> ContentArrangement {
    if terminal {
        ContentArrangement::Dynamic
    } else {
        ContentArrangement::Disabled
    }
}

/// Text as a person's terminal gets it: control and bidi characters (an
/// escape sequence stored before roster refused them, a cell of an imported
/// file) are shown as `\u{1B}`, never sent raw to drive the terminal.
pub fn escaped(s: String) -> String {
    if !s.chars().any(crate::domain::validate::forbidden) {
        return s;
    }
    s.chars()
        .map(|c| {
            if crate::domain::validate::forbidden(c) {
                format!("\\u{{{:X}}}", u32::from(c))
            } else {
                c.to_string()
            }
        })
        .collect()
}

/// A message for stderr (an error, a warning, a note): each line escaped
/// as [`escaped`] does, the line breaks kept. Messages quote what was typed
/// (a path, a handle), which may hold an escape sequence.
pub fn escaped_lines(s: &str) -> String {
    s.split('\n')
        .map(|l| escaped(l.to_string()))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Every table roster prints is made here.
fn new_table(terminal: bool) -> Table {
    let mut t = Table::new();
    t.load_style(UTF8_FULL_CONDENSED)
        .set_content_arrangement(arrangement(terminal));
    t
}

impl<W: Write> Out<W> {
    pub fn new(format: Format, quiet: bool, w: W) -> Self {
        Out {
            format,
            quiet,
            terminal: false,
            w,
        }
    }

    /// Tables fit a terminal's width when `terminal` (the caller knows
    /// whether stdout is one); otherwise they are never wrapped.
    pub fn on_terminal(mut self, terminal: bool) -> Self {
        self.terminal = terminal;
        self
    }

    pub fn format(&self) -> Format {
        self.format
    }

    /// Bytes already rendered in this format (`Out` over a `Vec`).
    pub fn raw(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.w.write_all(bytes)?;
        self.w.flush()
    }

    pub fn into_inner(self) -> W {
        self.w
    }

    /// A command about one thing.
    pub fn one<T: Serialize>(&mut self, view: &T) -> io::Result<()> {
        if self.quiet {
            return Ok(());
        }
        let v = to_value(view)?;
        match self.format {
            Format::Json => {
                serde_json::to_writer_pretty(&mut self.w, &v)?;
                writeln!(self.w)?;
            }
            Format::Jsonl => {
                serde_json::to_writer(&mut self.w, &v)?;
                writeln!(self.w)?;
            }
            Format::Csv => {
                let mut list = self.list::<Value>();
                list.item(&v)?;
                list.end()?;
            }
            Format::Table => {
                let mut rows = Vec::new();
                flatten("", &v, &mut rows);
                let mut t = new_table(self.terminal);
                for (k, val) in rows {
                    t.add_row(vec![escaped(k), escaped(val)]);
                }
                writeln!(self.w, "{t}")?;
            }
        }
        self.w.flush()
    }

    /// A listing, streamed item by item where the format allows (JSON, JSON
    /// Lines and CSV hold one row at a time; a table needs all its rows).
    pub fn list<T: Serialize + Default>(&mut self) -> ListOut<'_, W, T> {
        self.list_narrow(&[])
    }

    /// A listing whose table shows only `table_columns` (when not empty):
    /// wide views stay readable on a terminal, while JSON, JSON Lines and
    /// CSV keep every field.
    pub fn list_narrow<T: Serialize + Default>(
        &mut self,
        table_columns: &[&str],
    ) -> ListOut<'_, W, T> {
        let narrow = self.format == Format::Table && !table_columns.is_empty();
        ListOut {
            out: self,
            n: 0,
            columns: if narrow {
                table_columns.iter().map(|c| c.to_string()).collect()
            } else {
                Vec::new()
            },
            table: None,
            _t: std::marker::PhantomData,
        }
    }

    /// Emits every item of `items` as a listing.
    pub fn all<T: Serialize + Default>(
        &mut self,
        table_columns: &[&str],
        items: impl IntoIterator<Item = T>,
    ) -> io::Result<()> {
        let mut list = self.list_narrow::<T>(table_columns);
        for item in items {
            list.item(&item)?;
        }
        list.end()
    }
}

/// An open listing; `end` closes it (the JSON array's bracket, the table).
pub struct ListOut<'a, W: Write, T> {
    out: &'a mut Out<W>,
    n: u64,
    columns: Vec<String>,
    table: Option<Table>,
    _t: std::marker::PhantomData<T>,
}

impl<W: Write, T: Serialize + Default> ListOut<'_, W, T> {
    pub fn item(&mut self, view: &T) -> io::Result<()> {
        if self.out.quiet {
            return Ok(());
        }
        let first = self.n == 0;
        // JSON and JSON Lines are written straight from the view: no
        // intermediate value (a third of a large export's time).
        match self.out.format {
            Format::Json => {
                self.n += 1;
                self.out
                    .w
                    .write_all(if first { b"[\n  " } else { b",\n  " })?;
                return Ok(serde_json::to_writer(&mut self.out.w, view)?);
            }
            Format::Jsonl => {
                self.n += 1;
                serde_json::to_writer(&mut self.out.w, view)?;
                return writeln!(self.out.w);
            }
            Format::Csv | Format::Table => {}
        }
        let v = to_value(view)?;
        self.n += 1;
        if first
            && self.columns.is_empty()
            && let Value::Object(map) = &v
        {
            self.columns = map.keys().cloned().collect();
        }
        let row = || -> Vec<String> {
            match &v {
                Value::Object(map) => self
                    .columns
                    .iter()
                    .map(|c| map.get(c).map(cell).unwrap_or_default())
                    .collect(),
                other => vec![cell(other)],
            }
        };
        match self.out.format {
            Format::Json | Format::Jsonl => {}
            Format::Csv => {
                // Data for a file keeps every character; on a terminal a
                // person reads it, and it must not drive the terminal.
                let mut cells = row();
                if self.out.terminal {
                    cells = cells.into_iter().map(escaped).collect();
                }
                let mut w = csv::Writer::from_writer(&mut self.out.w);
                if first {
                    w.write_record(&self.columns)?;
                }
                w.write_record(&cells)?;
                w.flush()?;
            }
            Format::Table => {
                let cells: Vec<String> = row().into_iter().map(escaped).collect();
                let columns = self.columns.clone();
                let terminal = self.out.terminal;
                let t = self.table.get_or_insert_with(|| {
                    let mut t = new_table(terminal);
                    t.set_header(columns);
                    t
                });
                t.add_row(cells);
            }
        }
        Ok(())
    }

    pub fn count(&self) -> u64 {
        self.n
    }

    pub fn end(self) -> io::Result<()> {
        if self.out.quiet {
            return Ok(());
        }
        match self.out.format {
            Format::Json => {
                self.out
                    .w
                    .write_all(if self.n == 0 { b"[]\n" } else { b"\n]\n" })?;
            }
            Format::Table => {
                // An empty listing is its header row (as kubectl and gh
                // print), so "nothing yet" never looks like a crash.
                let table = match self.table {
                    Some(t) => Some(t),
                    None => {
                        let columns = if self.columns.is_empty() {
                            match to_value(&T::default())? {
                                Value::Object(map) => map.keys().cloned().collect(),
                                _ => Vec::new(),
                            }
                        } else {
                            self.columns
                        };
                        let terminal = self.out.terminal;
                        (!columns.is_empty()).then(|| {
                            let mut t = new_table(terminal);
                            t.set_header(columns);
                            t
                        })
                    }
                };
                if let Some(t) = table {
                    writeln!(self.out.w, "{t}")?;
                }
            }
            // An empty listing in CSV is still its header row: the columns
            // come from the view's default value.
            Format::Csv if self.n == 0 => {
                if let Value::Object(map) = to_value(&T::default())? {
                    let mut w = csv::Writer::from_writer(&mut self.out.w);
                    w.write_record(map.keys())?;
                    w.flush()?;
                }
            }
            Format::Jsonl | Format::Csv => {}
        }
        self.out.w.flush()
    }
}

/// A plain object from pairs, for small ad-hoc results (counts, flags).
pub fn object(pairs: impl IntoIterator<Item = (&'static str, Value)>) -> Value {
    Value::Object(
        pairs
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect::<Map<_, _>>(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn render(format: Format, f: impl FnOnce(&mut Out<&mut Vec<u8>>)) -> String {
        let mut buf = Vec::new();
        let mut out = Out::new(format, false, &mut buf);
        f(&mut out);
        String::from_utf8(buf).unwrap()
    }

    #[test]
    fn json_listing_is_one_array() {
        let s = render(Format::Json, |o| {
            o.all(&[], [json!({"a": 1}), json!({"a": 2})]).unwrap();
        });
        let v: Value = serde_json::from_str(&s).unwrap();
        assert_eq!(v, json!([{"a": 1}, {"a": 2}]));
        let empty = render(Format::Json, |o| o.all(&[], Vec::<Value>::new()).unwrap());
        assert_eq!(empty, "[]\n");
    }

    #[test]
    fn jsonl_is_one_object_per_line() {
        let s = render(Format::Jsonl, |o| {
            o.all(&[], [json!({"a": 1}), json!({"a": 2})]).unwrap();
        });
        assert_eq!(s, "{\"a\":1}\n{\"a\":2}\n");
    }

    #[test]
    fn csv_has_header_then_rows_with_lists_joined() {
        let s = render(Format::Csv, |o| {
            o.all(
                &[],
                [json!({"name": "a,b", "perms": ["x", "y"], "n": null})],
            )
            .unwrap();
        });
        assert_eq!(s, "name,perms,n\n\"a,b\",\"x,y\",\n");
    }

    #[test]
    fn table_of_one_object_flattens_nested_keys() {
        let s = render(Format::Table, |o| {
            o.one(&json!({"policy": {"quota": {"gold": 50}}})).unwrap();
        });
        assert!(s.contains("policy.quota.gold"), "{s}");
    }

    #[derive(Default, Serialize)]
    struct Row {
        handle: String,
        level: u32,
    }

    #[test]
    fn empty_table_listing_is_its_header_row() {
        let all = render(Format::Table, |o| o.all(&[], Vec::<Row>::new()).unwrap());
        let lines: Vec<&str> = all.lines().collect();
        assert!(lines.len() >= 3, "{all}");
        assert!(all.contains("handle") && all.contains("level"), "{all}");
        let narrow = render(Format::Table, |o| {
            o.all(&["level"], Vec::<Row>::new()).unwrap();
        });
        assert!(
            narrow.contains("level") && !narrow.contains("handle"),
            "{narrow}"
        );
        // Rows of no known shape: nothing to head.
        let none = render(Format::Table, |o| o.all(&[], Vec::<Value>::new()).unwrap());
        assert_eq!(none, "");
    }

    #[test]
    fn empty_csv_listing_is_its_header_row() {
        let s = render(Format::Csv, |o| o.all(&[], Vec::<Row>::new()).unwrap());
        assert_eq!(s, "handle,level\n");
        let quiet = {
            let mut buf = Vec::new();
            Out::new(Format::Table, true, &mut buf)
                .all(&[], Vec::<Row>::new())
                .unwrap();
            buf
        };
        assert!(quiet.is_empty());
    }

    #[test]
    fn tables_wrap_on_a_terminal_only() {
        assert!(matches!(arrangement(true), ContentArrangement::Dynamic));
        assert!(matches!(arrangement(false), ContentArrangement::Disabled));
        // Not on a terminal: a long cell stays on one line.
        let long = "x".repeat(300);
        let s = render(Format::Table, |o| {
            o.all(&[], [json!({ "note": long.clone() })]).unwrap();
        });
        assert!(s.lines().any(|l| l.contains(&long)), "{s}");
    }

    #[test]
    fn quiet_prints_nothing() {
        let mut buf = Vec::new();
        let mut out = Out::new(Format::Json, true, &mut buf);
        out.one(&json!({"a": 1})).unwrap();
        out.all(&[], [json!(1)]).unwrap();
        assert!(buf.is_empty());
    }
}
