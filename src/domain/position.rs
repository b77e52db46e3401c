//! Positions (rules POS-1 … POS-5) and departments (DEP-1): the records and
//! the naming rules that keep them addressable from the shell and from CSV.

use jiff::Timestamp;

#[derive(Debug, Clone, PartialEq)]
pub struct Position {
    pub id: i64,
    pub org_id: i64,
    pub name: String,
    pub description: String,
    /// Sorted, deduplicated codes of the org kind's catalogue (POS-2a).
    pub permissions: Vec<String>,
    pub created_at: Timestamp,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Department {
    pub id: i64,
    pub org_id: i64,
    pub parent_id: Option<i64>,
    pub name: String,
    /// `Sales/East`: the names from the root down.
    pub path: String,
}

/// Characters that separate list items in flags and CSV cells; a position
/// name containing one could not be named in `--position A,B`.
const LIST_SEPARATORS: [char; 6] = [',', ';', '、', '|', '，', '；'];

/// POS-1: a position name.
pub fn position_name(raw: &str) -> Result<String, String> {
    let n = super::org::name(raw)?;
    if let Some(c) = n.chars().find(|c| LIST_SEPARATORS.contains(c)) {
        return Err(format!(
            "must not contain {c:?}: it separates positions in lists"
        ));
    }
    Ok(n)
}

/// DEP-1: one department name (a path segment).
pub fn department_name(raw: &str) -> Result<String, String> {
    let n = super::org::name(raw)?;
    if n.contains('/') {
        return Err("must not contain '/': it separates the levels of a path".to_string());
    }
    // `.` and `..` read as "this level" and "the level above" in a path:
    // as names they would make `Sales/..` a department, not a way up.
    if n == "." || n == ".." {
        return Err(format!(
            "must not be {n:?}: a path names each level, it does not move between them"
        ));
    }
    Ok(n)
}

/// DEP-1: `Sales/East` → `["Sales", "East"]`; surrounding slashes and
/// spaces around segments are forgiven, empty segments are not.
pub fn department_path(raw: &str) -> Result<Vec<String>, String> {
    let t = raw.trim().trim_matches('/');
    if t.is_empty() {
        return Err("is empty; give a path such as Sales/East".to_string());
    }
    t.split('/')
        .map(|seg| department_name(seg).map_err(|why| format!("segment {seg:?} {why}")))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pos1_position_names_cannot_hold_list_separators() {
        assert_eq!(position_name(" 运营 ").unwrap(), "运营");
        assert!(position_name("a,b").is_err());
        assert!(position_name("a、b").is_err());
        assert!(position_name("").is_err());
    }

    #[test]
    fn dep1_paths_split_into_segments() {
        assert_eq!(
            department_path("Sales/East").unwrap(),
            vec!["Sales", "East"]
        );
        assert_eq!(
            department_path("/Sales / East/").unwrap(),
            vec!["Sales", "East"]
        );
        assert!(department_path("Sales//East").is_err());
        for bad in [".", "..", "Sales/..", "Sales/./East", " .. "] {
            assert!(department_path(bad).is_err(), "{bad}");
        }
        assert_eq!(
            department_path("Sales/.East").unwrap(),
            vec!["Sales", ".East"]
        );
        assert!(department_path("  ").is_err());
    }
}
