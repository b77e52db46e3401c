//! What the store's modules write their SQL against, whichever engine runs
//! it: parameters ([`Value`]), rows ([`Row`]) and the one SQL dialect.
//!
//! The store's SQL is written once, in the subset SQLite and PostgreSQL
//! share, with numbered parameters (`?1`). For PostgreSQL [`pg_sql`]
//! rewrites the few spellings that differ (parameters `$1`, `INDEXED BY`
//! hints, `group_concat`, flag comparisons). Values cross the boundary in
//! one neutral form: an instant as its canonical text, a flag as a bool, a
//! list as comma-joined text; the PostgreSQL codec ([`super::pg`]) turns
//! them into `timestamptz`, `boolean` and `text[]` by the column's type, so
//! no module above knows which engine it talks to.

use std::borrow::Cow;

use crate::error::{Error, Result};

/// A parameter or a column value, as the store hands it to either engine.
#[derive(Debug, Clone, PartialEq)]
pub enum Value<'a> {
    Null,
    Int(i64),
    Bool(bool),
    Text(Cow<'a, str>),
    Blob(Cow<'a, [u8]>),
}

/// What can be bound as a parameter.
pub trait Param {
    fn value(&self) -> Value<'_>;
}

impl Param for i64 {
    fn value(&self) -> Value<'_> {
        Value::Int(*self)
    }
}
impl Param for i32 {
    fn value(&self) -> Value<'_> {
        Value::Int(i64::from(*self))
    }
}
impl Param for u32 {
    fn value(&self) -> Value<'_> {
        Value::Int(i64::from(*self))
    }
}
impl Param for bool {
    fn value(&self) -> Value<'_> {
        Value::Bool(*self)
    }
}
impl Param for str {
    fn value(&self) -> Value<'_> {
        Value::Text(Cow::Borrowed(self))
    }
}
impl Param for String {
    fn value(&self) -> Value<'_> {
        Value::Text(Cow::Borrowed(self))
    }
}
impl Param for [u8] {
    fn value(&self) -> Value<'_> {
        Value::Blob(Cow::Borrowed(self))
    }
}
impl Param for Vec<u8> {
    fn value(&self) -> Value<'_> {
        Value::Blob(Cow::Borrowed(self))
    }
}
impl Param for Value<'_> {
    fn value(&self) -> Value<'_> {
        match self {
            Value::Null => Value::Null,
            Value::Int(v) => Value::Int(*v),
            Value::Bool(v) => Value::Bool(*v),
            Value::Text(t) => Value::Text(Cow::Borrowed(t)),
            Value::Blob(b) => Value::Blob(Cow::Borrowed(b)),
        }
    }
}
impl<T: Param + ?Sized> Param for &T {
    fn value(&self) -> Value<'_> {
        (**self).value()
    }
}
impl<T: Param> Param for Option<T> {
    fn value(&self) -> Value<'_> {
        match self {
            Some(v) => v.value(),
            None => Value::Null,
        }
    }
}

/// Parameters, in order: `params![a, b]`.
macro_rules! params {
    () => { &[] as &[&dyn $crate::store::db::Param] };
    ($($p:expr),+ $(,)?) => { &[$(&$p as &dyn $crate::store::db::Param),+] as &[&dyn $crate::store::db::Param] };
}
pub(crate) use params;

/// The parameters of one statement.
pub type Params<'p> = &'p [&'p dyn Param];

/// Values built at run time as parameters.
pub fn refs<'a>(values: &'a [Value<'a>]) -> Vec<&'a dyn Param> {
    values.iter().map(|v| v as &dyn Param).collect()
}

/// One row, from either engine. Columns are numbered from 0.
pub enum Row<'a> {
    Lite(&'a rusqlite::Row<'a>),
    Pg(&'a postgres::Row),
    /// A row kept from an earlier read of the transaction (PostgreSQL's
    /// memo of keyed lookups, `super::memo`), in the neutral form.
    Kept(&'a [Value<'static>]),
}

/// What a column can be read as.
pub trait FromCol: Sized {
    fn from_col(v: Value<'_>, col: usize) -> Result<Self>;
}

impl FromCol for Value<'static> {
    fn from_col(v: Value<'_>, _: usize) -> Result<Self> {
        Ok(match v {
            Value::Null => Value::Null,
            Value::Int(i) => Value::Int(i),
            Value::Bool(b) => Value::Bool(b),
            Value::Text(t) => Value::Text(Cow::Owned(t.into_owned())),
            Value::Blob(b) => Value::Blob(Cow::Owned(b.into_owned())),
        })
    }
}
impl FromCol for i64 {
    fn from_col(v: Value<'_>, col: usize) -> Result<Self> {
        match v {
            Value::Int(i) => Ok(i),
            Value::Bool(b) => Ok(i64::from(b)),
            other => Err(mismatch(col, "an integer", &other)),
        }
    }
}
impl FromCol for u32 {
    fn from_col(v: Value<'_>, col: usize) -> Result<Self> {
        let i = i64::from_col(v, col)?;
        u32::try_from(i).map_err(|_| mismatch(col, "a count", &Value::Int(i)))
    }
}
impl FromCol for bool {
    fn from_col(v: Value<'_>, col: usize) -> Result<Self> {
        match v {
            Value::Bool(b) => Ok(b),
            Value::Int(i) => Ok(i != 0),
            other => Err(mismatch(col, "a flag", &other)),
        }
    }
}
impl FromCol for String {
    fn from_col(v: Value<'_>, col: usize) -> Result<Self> {
        match v {
            Value::Text(t) => Ok(t.into_owned()),
            other => Err(mismatch(col, "text", &other)),
        }
    }
}
impl FromCol for Vec<u8> {
    fn from_col(v: Value<'_>, col: usize) -> Result<Self> {
        match v {
            Value::Blob(b) => Ok(b.into_owned()),
            other => Err(mismatch(col, "bytes", &other)),
        }
    }
}
impl<T: FromCol> FromCol for Option<T> {
    fn from_col(v: Value<'_>, col: usize) -> Result<Self> {
        match v {
            Value::Null => Ok(None),
            v => T::from_col(v, col).map(Some),
        }
    }
}

fn mismatch(col: usize, wanted: &str, got: &Value<'_>) -> Error {
    let kind = match got {
        Value::Null => "NULL",
        Value::Int(_) => "an integer",
        Value::Bool(_) => "a flag",
        Value::Text(_) => "text",
        Value::Blob(_) => "bytes",
    };
    Error::internal(format!(
        "database: column {col} holds {kind} where {wanted} was expected"
    ))
}

impl Row<'_> {
    /// Column `i` as `T`.
    pub fn get<T: FromCol>(&self, i: usize) -> Result<T> {
        T::from_col(self.value(i)?, i)
    }

    /// Column `i` in the neutral form.
    pub fn value(&self, i: usize) -> Result<Value<'_>> {
        match self {
            Row::Lite(r) => {
                use rusqlite::types::ValueRef;
                Ok(match r.get_ref(i)? {
                    ValueRef::Null => Value::Null,
                    ValueRef::Integer(v) => Value::Int(v),
                    // roster stores no real numbers; shown as text if met.
                    ValueRef::Real(v) => Value::Text(Cow::Owned(v.to_string())),
                    ValueRef::Text(t) => Value::Text(Cow::Borrowed(
                        std::str::from_utf8(t).map_err(|e| rusqlite::Error::Utf8Error(i, e))?,
                    )),
                    ValueRef::Blob(b) => Value::Blob(Cow::Borrowed(b)),
                })
            }
            Row::Pg(r) => super::pg::column(r, i),
            Row::Kept(values) => values
                .get(i)
                .map(Param::value)
                .ok_or_else(|| Error::internal(format!("database: no column {i}"))),
        }
    }

    /// Column `i` as the text a report shows: a number in decimal, a flag
    /// as 1 or 0 (as SQLite keeps it), bytes as nothing.
    pub fn text(&self, i: usize) -> Result<Option<String>> {
        Ok(match self.value(i)? {
            Value::Null | Value::Blob(_) => None,
            Value::Int(v) => Some(v.to_string()),
            Value::Bool(b) => Some(if b { "1" } else { "0" }.to_string()),
            Value::Text(t) => Some(t.into_owned()),
        })
    }
}

/// The marker of "the query found no row" (see [`super::optional`]).
#[derive(Debug)]
pub struct NoRow;

impl std::fmt::Display for NoRow {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("database: the query returned no row")
    }
}

impl std::error::Error for NoRow {}

pub(crate) fn no_row() -> Error {
    Error::Internal(anyhow::Error::new(NoRow))
}

pub(crate) fn is_no_row(e: &Error) -> bool {
    matches!(e, Error::Internal(a) if a.downcast_ref::<NoRow>().is_some())
}

/// The store's SQL as PostgreSQL reads it. The store writes the subset
/// both engines share; what differs is spelled here, once:
///
/// | SQLite | PostgreSQL |
/// |---|---|
/// | `?1`, `?` | `$1`, `$n` (in order) |
/// | `INDEXED BY name` (a planner hint) | nothing |
/// | `group_concat(x, ',')` | `string_agg(x, ',')` |
/// | `ifnull(a, b)` (as SQLite's expression index spells it) | `coalesce(a, b)` |
/// | `CROSS JOIN t ON …` (SQLite's join-order hint) | `JOIN t ON …` |
/// | `(?1 IS NULL OR x = ?1)` (an optional filter) | `((x = $1) OR $1 IS NULL)` |
/// | `flag = 1` / `flag = 0` on a 0/1 column | `flag` / `NOT flag` |
///
/// Quoted text is copied as it is.
pub fn pg_sql(sql: &str) -> String {
    let sql = &typed_first(sql);
    let mut out = String::with_capacity(sql.len() + 16);
    let mut next = 0usize;
    let mut chars = sql.char_indices().peekable();
    let mut quoted = false;
    while let Some((i, c)) = chars.next() {
        if quoted {
            out.push(c);
            if c == '\'' {
                quoted = false;
            }
            continue;
        }
        match c {
            '\'' => {
                quoted = true;
                out.push(c);
            }
            '?' => {
                let mut digits = String::new();
                while let Some(&(_, d)) = chars.peek() {
                    if d.is_ascii_digit() {
                        digits.push(d);
                        chars.next();
                    } else {
                        break;
                    }
                }
                if digits.is_empty() {
                    next += 1;
                    out.push('$');
                    out.push_str(&next.to_string());
                } else {
                    out.push('$');
                    out.push_str(&digits);
                }
            }
            _ => {
                let rest = &sql[i..];
                if let Some(skip) = indexed_by(rest) {
                    // Drop the hint and the index name after it.
                    for _ in 0..skip - 1 {
                        chars.next();
                    }
                    continue;
                }
                if starts_word(sql, i, "CROSS JOIN ") {
                    out.push_str("JOIN ");
                    for _ in 0.."CROSS JOIN ".len() - 1 {
                        chars.next();
                    }
                    continue;
                }
                if starts_word(sql, i, "ifnull(") {
                    out.push_str("coalesce(");
                    for _ in 0.."ifnull(".len() - 1 {
                        chars.next();
                    }
                    continue;
                }
                if starts_word(sql, i, "group_concat(") {
                    out.push_str("string_agg(");
                    for _ in 0.."group_concat(".len() - 1 {
                        chars.next();
                    }
                    continue;
                }
                out.push(c);
            }
        }
    }
    for flag in FLAGS {
        out = replace_word(&out, &format!("{flag} = 1"), flag);
        out = replace_word(&out, &format!("{flag} = 0"), &format!("NOT {flag}"));
    }
    out
}

/// `from` replaced by `to` where it starts a word.
fn replace_word(text: &str, from: &str, to: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = 0;
    while let Some(found) = text[rest..].find(from) {
        let at = rest + found;
        out.push_str(&text[rest..at]);
        let end = at + from.len();
        let after_ok = !text[end..]
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphanumeric() || c == '_');
        if starts_word(text, at, from) && after_ok {
            out.push_str(to);
        } else {
            out.push_str(from);
        }
        rest = end;
    }
    out.push_str(&text[rest..]);
    out
}

/// `(?N IS NULL OR rest)` as `((rest) OR ?N IS NULL)`: PostgreSQL types a
/// parameter where it first meets it, and `?N IS NULL` alone says nothing
/// of its type; in `rest` it is compared with a column.
fn typed_first(sql: &str) -> String {
    let mut out = sql.to_string();
    let mut from = 0;
    while let Some(found) = out[from..].find(" IS NULL OR ") {
        let at = from + found;
        // `(?N` right before.
        let head = &out[..at];
        let Some(open) = head.rfind("(?") else {
            from = at + 1;
            continue;
        };
        let param = &head[open + 1..];
        if param.len() < 2 || !param[1..].bytes().all(|b| b.is_ascii_digit()) {
            from = at + 1;
            continue;
        }
        let param = param.to_string();
        let rest_start = at + " IS NULL OR ".len();
        let Some(close) = matching_close(&out, open) else {
            break;
        };
        let rest = out[rest_start..close].to_string();
        let replaced = format!("(({rest}) OR {param} IS NULL)");
        out.replace_range(open..=close, &replaced);
        from = open + replaced.len();
    }
    out
}

/// The `)` that closes the `(` at `open`, outside quotes.
fn matching_close(sql: &str, open: usize) -> Option<usize> {
    let mut depth = 0usize;
    let mut quoted = false;
    for (i, c) in sql[open..].char_indices() {
        match c {
            '\'' => quoted = !quoted,
            '(' if !quoted => depth += 1,
            ')' if !quoted => {
                depth -= 1;
                if depth == 0 {
                    return Some(open + i);
                }
            }
            _ => {}
        }
    }
    None
}

/// The 0/1 columns SQLite keeps as integers and PostgreSQL as booleans.
pub const FLAGS: &[&str] = &[
    "individual_business",
    "cross_border",
    "ever_active",
    "unsettled_assets",
    "deregister_due_provisional",
    "type_explicit",
    "im",
    "online",
];

/// `INDEXED BY name` at the start of `rest` (case as written in the
/// store): how many characters to drop, including the space before the
/// next word.
fn indexed_by(rest: &str) -> Option<usize> {
    let tail = rest.strip_prefix("INDEXED BY ")?;
    let name_len = tail
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .unwrap_or(tail.len());
    let space = usize::from(tail[name_len..].starts_with(' '));
    Some("INDEXED BY ".len() + name_len + space)
}

fn starts_word(sql: &str, i: usize, word: &str) -> bool {
    sql[i..].starts_with(word)
        && !sql[..i]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_ascii_alphanumeric() || c == '_')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pg_sql_numbers_parameters_and_drops_hints() {
        assert_eq!(
            pg_sql("SELECT a FROM t INDEXED BY t_x WHERE a = ?1 AND b = ?12"),
            "SELECT a FROM t WHERE a = $1 AND b = $12"
        );
        assert_eq!(
            pg_sql("WHERE a = ? AND b = ? AND c = '?'"),
            "WHERE a = $1 AND b = $2 AND c = '?'"
        );
        assert_eq!(
            pg_sql("WHERE (?1 IS NULL OR org_id = ?1) AND (?2 IS NULL OR (s = ?2 OR t = ')'))"),
            "WHERE ((org_id = $1) OR $1 IS NULL) AND (((s = $2 OR t = ')')) OR $2 IS NULL)"
        );
        assert_eq!(
            pg_sql("FROM a CROSS JOIN b ON b.id = a.b"),
            "FROM a JOIN b ON b.id = a.b"
        );
        assert_eq!(
            pg_sql("SELECT group_concat(name, ',') FROM x"),
            "SELECT string_agg(name, ',') FROM x"
        );
        assert_eq!(
            pg_sql("WHERE deregister_due_provisional = 1 AND im = 0 AND claim = 1 AND im = 10"),
            "WHERE deregister_due_provisional AND NOT im AND claim = 1 AND im = 10"
        );
    }

    #[test]
    fn values_read_back_as_their_kind() {
        assert_eq!(i64::from_col(Value::Bool(true), 0).unwrap(), 1);
        assert!(bool::from_col(Value::Int(1), 0).unwrap());
        assert_eq!(Option::<String>::from_col(Value::Null, 0).unwrap(), None);
        assert!(String::from_col(Value::Int(1), 3).is_err());
    }
}
