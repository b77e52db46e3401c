//! Keyed lookups kept for the rest of a PostgreSQL transaction, so that a
//! bulk import does not pay a server round trip for every lookup a row's
//! rules make (the enterprise each row names, the Douyin id's bindings,
//! read twice by two checks).
//!
//! A kept answer is only ever the answer the database would give now:
//!
//! - **What may be kept.** A *keyed* query ([`Keyed`]): one table, no
//!   join and no subquery, a single parameter `?1`, and `WHERE k = ?1` as
//!   the start of its condition, so that its answer depends only on the
//!   rows whose column `k` equals the key. [`Memo::keep`] refuses (and
//!   tests assert it never meets) any other query.
//! - **What a write forgets** ([`Memo::written`]), from the statement's
//!   own text and parameters, whoever issues it:
//!   - `INSERT INTO t (…) VALUES (…)` forgets, of each query on `t`, the
//!     answer for the key the new row carries (a plain parameter in the
//!     key column), or all of its answers when that cannot be told (an
//!     upsert, `INSERT … SELECT`, an expression in the key column);
//!   - `UPDATE t SET a = …, b = …` forgets every query on `t` that names
//!     `a` or `b` anywhere (an update changes no row's presence, only the
//!     columns it sets: a query naming none of them reads the same);
//!   - `ROLLBACK TO`, `DELETE` (with what cascades) and any other statement
//!     forget everything; `SAVEPOINT` and `RELEASE` change no row.
//! - **Bounded**: past [`MAX_ANSWERS`] kept answers the memo starts again.
//!
//! SQLite answers a lookup in process in microseconds: it keeps nothing.

use std::collections::HashMap;

use super::db::Value;

/// Kept answers at most (about 1 KiB each): the memo of an all-or-nothing
/// import of a million rows must not hold a million of them.
pub const MAX_ANSWERS: usize = 16_384;

/// One kept answer: the first row's columns, or `None` for no row.
pub type Answer = Option<Vec<Value<'static>>>;

/// A query that may be kept: its text, and the column its key is compared
/// with (`WHERE column = ?1`).
#[derive(Debug, Clone, Copy)]
pub struct Keyed<'q> {
    pub sql: &'q str,
    pub column: &'static str,
}

impl<'q> Keyed<'q> {
    /// A lookup by Douyin id (its bindings: employee account,
    /// authorisation, creator-marketplace identity).
    pub fn douyin_id(sql: &'q str) -> Keyed<'q> {
        Keyed {
            sql,
            column: "douyin_id",
        }
    }

    /// Whether the query's answer depends only on the rows whose key
    /// column equals `?1`: one table, no join or subquery, one parameter,
    /// and `WHERE column = ?1` opening its condition (so that the key test
    /// binds every row, whatever follows it).
    pub fn table(&self) -> Option<String> {
        let words = words(self.sql);
        let selects = words.iter().filter(|w| *w == "select").count();
        let froms: Vec<usize> = positions(&words, "from");
        if selects != 1
            || froms.len() != 1
            || words
                .iter()
                .any(|w| matches!(w.as_str(), "join" | "union" | "or"))
            || self.sql.contains("?2")
            || self.sql.contains(',') && after_from_has_comma(self.sql)
        {
            return None;
        }
        let table = words.get(froms[0] + 1)?.clone();
        // The table named as a value (`SELECT t FROM t`) reads every column.
        if words.iter().filter(|w| **w == table).count() > 1 {
            return None;
        }
        let lower = self
            .sql
            .to_ascii_lowercase()
            .replace(char::is_whitespace, " ");
        let cond = format!("where {} = ?1", self.column);
        let at = lower.find(&cond)?;
        // `?1` must not continue as `?10`.
        let next = lower[at + cond.len()..].chars().next();
        if next.is_some_and(|c| c.is_ascii_digit()) {
            return None;
        }
        // The condition belongs to the table's own WHERE (the only one).
        (positions(&words, "where").len() == 1).then_some(table)
    }
}

/// Whether the FROM clause lists several tables (`FROM a, b`).
fn after_from_has_comma(sql: &str) -> bool {
    let lower = sql.to_ascii_lowercase().replace(char::is_whitespace, " ");
    let Some(from) = lower.find(" from ") else {
        return false;
    };
    let rest = &lower[from + 6..];
    let end = rest.find(" where ").unwrap_or(rest.len());
    rest[..end].contains(',')
}

/// The SQL's identifier-like words, lower case, outside string literals.
fn words(sql: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut quoted = false;
    for c in sql.chars() {
        if c == '\'' {
            quoted = !quoted;
        }
        if !quoted && (c.is_ascii_alphanumeric() || c == '_') {
            cur.push(c.to_ascii_lowercase());
        } else if !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

fn positions(words: &[String], word: &str) -> Vec<usize> {
    words
        .iter()
        .enumerate()
        .filter(|(_, w)| *w == word)
        .map(|(i, _)| i)
        .collect()
}

/// One kept query: its table, key column, the words it names and its
/// answers by key.
#[derive(Debug)]
struct Query {
    table: String,
    column: &'static str,
    names: Vec<String>,
    /// Whether it reads `*` (every column, named or not).
    star: bool,
    answers: HashMap<String, Answer>,
}

/// The kept answers of one transaction.
#[derive(Debug, Default)]
pub struct Memo {
    queries: HashMap<String, Query>,
    count: usize,
}

/// A key as the memo files it: a parameter's text.
pub fn key_text(v: &Value<'_>) -> Option<String> {
    match v {
        Value::Text(t) => Some(t.to_string()),
        Value::Int(i) => Some(i.to_string()),
        _ => None,
    }
}

impl Memo {
    /// The kept answer of `q` for `key`, if any.
    pub fn get(&self, q: &Keyed<'_>, key: &str) -> Option<&Answer> {
        self.queries.get(q.sql)?.answers.get(key)
    }

    /// Whether `q` has an answer kept for `key`.
    pub fn knows(&self, q: &Keyed<'_>, key: &str) -> bool {
        self.get(q, key).is_some()
    }

    /// Keeps `answer` as `q`'s for `key`; false (nothing kept) when `q` is
    /// not a keyed query.
    pub fn keep(&mut self, q: &Keyed<'_>, key: String, answer: Answer) -> bool {
        if self.count >= MAX_ANSWERS {
            self.forget_all();
        }
        if !self.queries.contains_key(q.sql) {
            let Some(table) = q.table() else {
                return false;
            };
            let query = Query {
                table,
                column: q.column,
                names: words(q.sql),
                star: q.sql.contains('*'),
                answers: HashMap::new(),
            };
            self.queries.insert(q.sql.to_string(), query);
        }
        let Some(query) = self.queries.get_mut(q.sql) else {
            return false;
        };
        if query.answers.insert(key, answer).is_none() {
            self.count += 1;
        }
        true
    }

    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    pub fn forget_all(&mut self) {
        self.queries.clear();
        self.count = 0;
    }

    /// Of the queries on `table`, keeps the answers `keep` says are still
    /// right (given the query and the key).
    fn forget_where(&mut self, table: &str, keep: impl Fn(&Query, &str) -> bool) {
        let mut gone = 0;
        for q in self.queries.values_mut().filter(|q| q.table == table) {
            let before = q.answers.len();
            let mut answers = std::mem::take(&mut q.answers);
            answers.retain(|k, _| keep(q, k));
            q.answers = answers;
            gone += before - q.answers.len();
        }
        self.count -= gone;
    }

    /// Forgets what the statement `sql`, run with `params`, may change.
    pub fn written(&mut self, sql: &str, params: &[Value<'_>]) {
        if self.count == 0 {
            return;
        }
        let w = words(sql);
        match w.first().map(String::as_str) {
            Some("savepoint" | "release") => {}
            Some("insert") => match inserted_keys(sql, &w, params) {
                Some((table, cols)) => self.forget_where(&table, |q, key| {
                    match cols.iter().find(|(c, _)| c == q.column) {
                        // The new row's key is known: other keys read the same.
                        Some((_, Some(v))) => v != key,
                        _ => false,
                    }
                }),
                None => self.forget_all(),
            },
            Some("update") => match updated_columns(sql, &w) {
                Some((table, set)) => self.forget_where(&table, |q, _| {
                    !q.star && !q.names.iter().any(|n| set.contains(n))
                }),
                None => self.forget_all(),
            },
            _ => self.forget_all(),
        }
    }
}

/// `INSERT INTO t (a, b) VALUES (?1, ?2)`: the table and, per column, the
/// key it inserts when the value is a plain parameter. `None` when the
/// statement is of another shape (then everything is forgotten).
#[allow(clippy::type_complexity)]
fn inserted_keys(
    sql: &str,
    w: &[String],
    params: &[Value<'_>],
) -> Option<(String, Vec<(String, Option<String>)>)> {
    if w.get(1).map(String::as_str) != Some("into")
        || w.iter().any(|x| x == "select" || x == "conflict")
    {
        return None;
    }
    let table = w.get(2)?.clone();
    let open = sql.find('(')?;
    let close = open + sql[open..].find(')')?;
    let cols: Vec<String> = sql[open + 1..close]
        .split(',')
        .map(|c| c.trim().to_ascii_lowercase())
        .collect();
    let lower = sql.to_ascii_lowercase();
    let values = close + lower[close..].find("values")?;
    let vopen = values + sql[values..].find('(')?;
    let (vals, after) = top_level(&sql[vopen + 1..])?;
    // One row of values, nothing after it (no second row, no upsert).
    if !after.trim().is_empty() {
        return None;
    }
    if vals.len() != cols.len() {
        return None;
    }
    let keys = cols
        .into_iter()
        .zip(vals)
        .map(|(c, v)| {
            let key = v
                .trim()
                .strip_prefix('?')
                .and_then(|n| n.parse::<usize>().ok())
                .and_then(|n| params.get(n.checked_sub(1)?))
                .and_then(key_text);
            (c, key)
        })
        .collect();
    Some((table, keys))
}

/// The comma-separated items up to the `)` that closes the list `s` is
/// inside of, and what follows it; `None` when it is not closed.
fn top_level(s: &str) -> Option<(Vec<&str>, &str)> {
    let mut depth = 0usize;
    let mut start = 0;
    let mut quoted = false;
    let mut out = Vec::new();
    for (i, c) in s.char_indices() {
        match c {
            '\'' => quoted = !quoted,
            _ if quoted => {}
            '(' => depth += 1,
            ')' if depth == 0 => {
                out.push(&s[start..i]);
                return Some((out, &s[i + 1..]));
            }
            ')' => depth -= 1,
            ',' if depth == 0 => {
                out.push(&s[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    None
}

/// `UPDATE t SET a = …, b = … WHERE …`: the table and the columns set.
fn updated_columns(sql: &str, w: &[String]) -> Option<(String, Vec<String>)> {
    let table = w.get(1)?.clone();
    if w.get(2).map(String::as_str) != Some("set") || w.iter().any(|x| x == "from") {
        return None;
    }
    let lower = sql.to_ascii_lowercase();
    let set = lower.find(" set ")? + 5;
    let end = lower[set..]
        .find(" where ")
        .map_or(lower.len(), |e| set + e);
    let mut cols = Vec::new();
    let list = format!("{})", &sql[set..end]);
    for item in top_level(&list)?.0 {
        let (col, _) = item.split_once('=')?;
        let col = col.trim().to_ascii_lowercase();
        if col.is_empty() || !col.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
            return None;
        }
        cols.push(col);
    }
    Some((table, cols))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::borrow::Cow;

    const FIND: Keyed<'static> = Keyed {
        sql: "SELECT id, douyin_id, status FROM authorizations WHERE douyin_id = ?1 \
              ORDER BY status IN ('ended', 'withdrawn'), id DESC LIMIT 1",
        column: "douyin_id",
    };
    const ORG: Keyed<'static> = Keyed {
        sql: "SELECT id, handle, name FROM orgs WHERE handle = ?1",
        column: "handle",
    };

    fn text(s: &str) -> Value<'static> {
        Value::Text(Cow::Owned(s.to_string()))
    }

    fn filled() -> Memo {
        let mut m = Memo::default();
        assert!(m.keep(&FIND, "a".into(), None));
        assert!(m.keep(&FIND, "b".into(), Some(vec![Value::Int(1)])));
        assert!(m.keep(&ORG, "e1".into(), Some(vec![Value::Int(7)])));
        m
    }

    #[test]
    fn only_keyed_queries_are_kept() {
        for sql in [
            "SELECT a FROM t WHERE k = ?1 AND b = ?2",
            "SELECT a FROM t JOIN u ON u.id = t.u WHERE k = ?1",
            "SELECT a FROM t, u WHERE k = ?1",
            "SELECT a FROM t WHERE b = 1 OR k = ?1",
            "SELECT a FROM t WHERE k = ?1 OR b = 1",
            "SELECT a FROM t WHERE k = ?10",
            "SELECT a FROM t WHERE k IN (SELECT k FROM u WHERE x = ?1)",
            "SELECT (SELECT 1 FROM u) FROM t WHERE k = ?1",
            "SELECT a FROM t WHERE x = 1 AND k = ?1",
            "SELECT a\nFROM t,\nu WHERE k = ?1",
            "SELECT t FROM t WHERE k = ?1",
        ] {
            let q = Keyed { sql, column: "k" };
            assert_eq!(q.table(), None, "{sql}");
            assert!(!Memo::default().keep(&q, "1".into(), None), "{sql}");
        }
        assert_eq!(FIND.table().as_deref(), Some("authorizations"));
        assert_eq!(ORG.table().as_deref(), Some("orgs"));
    }

    #[test]
    fn an_insert_forgets_only_the_key_it_inserts() {
        let mut m = filled();
        m.written(
            "INSERT INTO authorizations (org_id, douyin_id, status) VALUES (?1, ?2, ?3)",
            &[Value::Int(1), text("a"), text("invited")],
        );
        assert!(!m.knows(&FIND, "a"));
        assert!(m.knows(&FIND, "b"));
        assert!(m.knows(&ORG, "e1"));
        assert_eq!(m.count, 2);
    }

    #[test]
    fn an_insert_of_unknown_shape_forgets_the_whole_table_or_more() {
        let mut m = filled();
        m.written(
            "INSERT INTO authorizations (org_id, douyin_id) VALUES (?1, lower(?2))",
            &[Value::Int(1), text("zz")],
        );
        assert!(!m.knows(&FIND, "b"));
        assert!(m.knows(&ORG, "e1"));
        let mut m = filled();
        m.written(
            "INSERT INTO authorizations (douyin_id) VALUES (?1) ON CONFLICT (douyin_id) DO UPDATE SET status = 'x'",
            &[text("zz")],
        );
        assert_eq!(m.count, 0);
        let mut m = filled();
        m.written(
            "INSERT INTO authorizations (douyin_id) SELECT douyin_id FROM xingtu",
            &[],
        );
        assert_eq!(m.count, 0);
        let mut m = filled();
        m.written(
            "INSERT INTO authorizations (douyin_id) VALUES (?1), (?2)",
            &[text("zz"), text("b")],
        );
        assert!(!m.knows(&FIND, "b"), "a second row of values");
    }

    #[test]
    fn an_update_forgets_the_queries_that_name_a_column_it_sets() {
        let mut m = filled();
        m.written(
            "UPDATE orgs SET seats_held = seats_held + ?2 WHERE id = ?1",
            &[Value::Int(1), Value::Int(1)],
        );
        assert_eq!(m.count, 3, "no kept query reads seats_held");
        m.written(
            "UPDATE orgs SET name = ?2 WHERE id = ?1",
            &[Value::Int(1), text("n")],
        );
        assert!(!m.knows(&ORG, "e1"));
        assert!(m.knows(&FIND, "a"));
        m.written(
            "UPDATE authorizations SET status = ?2, updated_at = ?3 WHERE id = ?1",
            &[],
        );
        assert_eq!(m.count, 0);
    }

    #[test]
    fn rollbacks_deletes_and_other_statements_forget_everything() {
        for sql in [
            "ROLLBACK TO row",
            "DELETE FROM grants WHERE id = ?1",
            "CREATE TABLE x (a int)",
            "WITH x AS (SELECT 1) UPDATE orgs SET name = 'a'",
        ] {
            let mut m = filled();
            m.written(sql, &[]);
            assert_eq!(m.count, 0, "{sql}");
        }
        let mut m = filled();
        m.written("SAVEPOINT row", &[]);
        m.written("RELEASE row", &[]);
        assert_eq!(m.count, 3);
    }

    #[test]
    fn the_memo_is_bounded() {
        let mut m = Memo::default();
        for i in 0..MAX_ANSWERS + 10 {
            assert!(m.keep(&FIND, i.to_string(), None));
        }
        assert!(m.count <= MAX_ANSWERS);
        assert!(m.knows(&FIND, &(MAX_ANSWERS + 9).to_string()));
    }
}
