//! App versions compared numerically per component (EA-6: 20.10 > 20.7).

use std::cmp::Ordering;

#[derive(Debug, Clone)]
pub struct AppVersion(Vec<u64>);

impl AppVersion {
    /// `20.7`, `20.10.1`; components are decimal numbers, missing ones are 0.
    pub fn parse(text: &str) -> Option<AppVersion> {
        let t = text.trim().trim_start_matches(['v', 'V']);
        if t.is_empty() {
            return None;
        }
        t.split('.')
            .map(|c| {
                if c.is_empty() || !c.bytes().all(|b| b.is_ascii_digit()) {
                    None
                } else {
                    c.parse::<u64>().ok()
                }
            })
            .collect::<Option<Vec<_>>>()
            .map(AppVersion)
    }
}

/// The components as given, joined with dots (`v20.7` shows as `20.7`).
impl std::fmt::Display for AppVersion {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let parts: Vec<String> = self.0.iter().map(u64::to_string).collect();
        f.write_str(&parts.join("."))
    }
}

/// Equal when every component is: `20.7` == `20.7.0`.
impl PartialEq for AppVersion {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for AppVersion {}

impl PartialOrd for AppVersion {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for AppVersion {
    fn cmp(&self, other: &Self) -> Ordering {
        let n = self.0.len().max(other.0.len());
        (0..n)
            .map(|i| {
                let a = self.0.get(i).copied().unwrap_or(0);
                let b = other.0.get(i).copied().unwrap_or(0);
                a.cmp(&b)
            })
            .find(|o| o.is_ne())
            .unwrap_or(Ordering::Equal)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(s: &str) -> AppVersion {
        AppVersion::parse(s).unwrap()
    }

    #[test]
    fn ea6_versions_compare_per_component() {
        assert!(v("20.10") > v("20.7"));
        assert!(v("20.7") == v("20.7.0"));
        assert!(v("20.6.9") < v("20.7"));
        assert!(v("21") > v("20.99"));
    }

    #[test]
    fn malformed_versions_are_none() {
        for bad in ["", "20..7", "20.x", "20.7-beta", "."] {
            assert!(AppVersion::parse(bad).is_none(), "{bad}");
        }
    }

    /// A sign is not a digit, though `u64::from_str` would take it.
    #[test]
    fn ea6_version_components_are_plain_digits() {
        assert!(AppVersion::parse("20.+7").is_none());
        assert!(AppVersion::parse("+20.7").is_none());
    }

    #[test]
    fn ea6_version_shows_its_components_joined_with_dots() {
        assert_eq!(v("v20.7").to_string(), "20.7");
        assert_eq!(v("20.07.1").to_string(), "20.7.1");
    }

    #[test]
    fn ea6_different_versions_are_not_equal() {
        assert!(v("20.7") != v("20.10"));
        assert!(v("20.7.1") != v("20.7"));
    }
}
