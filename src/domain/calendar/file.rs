//! The calendar file format (TM-1): a JSON object of `"YYYY-MM-DD":
//! "holiday" | "workday"`, read strictly and with the line of whatever is
//! wrong, because a person fixes such a file by hand.

use std::collections::BTreeMap;
use std::fmt;

use jiff::civil::Date;
use serde::de::{Deserialize, Deserializer, MapAccess, Visitor};

use super::DayKind;

/// A malformed calendar text: what is wrong and, when it can be told, the
/// line (1-based) where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    pub line: Option<usize>,
    pub message: String,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "line {line}: {}", self.message),
            None => f.write_str(&self.message),
        }
    }
}

/// The entries of a calendar file in their order, duplicates kept (a JSON
/// object read into a map would silently keep only the last of two).
struct Entries(Vec<(String, serde_json::Value)>);

impl<'de> Deserialize<'de> for Entries {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct EntriesVisitor;
        impl<'de> Visitor<'de> for EntriesVisitor {
            type Value = Entries;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a JSON object of \"YYYY-MM-DD\": \"holiday\" | \"workday\"")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Entries, A::Error> {
                let mut out = Vec::new();
                while let Some(entry) = map.next_entry::<String, serde_json::Value>()? {
                    out.push(entry);
                }
                Ok(Entries(out))
            }
        }
        d.deserialize_map(EntriesVisitor)
    }
}

/// The days a calendar text lists, or on which line a malformed entry is:
/// a key that is not a real `YYYY-MM-DD` date, a value other than
/// `"holiday"` or `"workday"`, a date listed twice, or text that is not a
/// JSON object.
pub(super) fn parse(text: &str) -> Result<BTreeMap<Date, DayKind>, ParseError> {
    let entries = serde_json::from_str::<Entries>(text).map_err(|e| {
        let message = match e.classify() {
            serde_json::error::Category::Data => format!(
                "holiday calendar must be a JSON object of \"YYYY-MM-DD\": \"holiday\" | \"workday\" ({e})"
            ),
            _ => format!("holiday calendar is not valid JSON: {e}"),
        };
        ParseError {
            line: Some(e.line()),
            message,
        }
    })?;
    let mut days = BTreeMap::new();
    let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
    for (key, value) in &entries.0 {
        let nth = seen.entry(key.as_str()).or_insert(0);
        let at = |message: String| ParseError {
            line: key_line(text, key, *nth),
            message,
        };
        let date = parse_date(key).map_err(at)?;
        let kind = match value.as_str() {
            Some("holiday") => DayKind::Holiday,
            Some("workday") => DayKind::Workday,
            _ => {
                return Err(at(format!(
                    "holiday calendar entry \"{key}\" has value {value}; \
                     expected \"holiday\" or \"workday\""
                )));
            }
        };
        if days.insert(date, kind).is_some() {
            return Err(at(format!("holiday calendar lists \"{key}\" twice")));
        }
        *nth += 1;
    }
    Ok(days)
}

/// The line of the `nth` (0-based) occurrence of `key` as an object key
/// in `text`: the quoted key followed by a colon. `None` when the file
/// spells it with escapes.
fn key_line(text: &str, key: &str, nth: usize) -> Option<usize> {
    let quoted = serde_json::to_string(key).ok()?;
    text.match_indices(&quoted)
        .filter(|(i, _)| {
            text.get(i + quoted.len()..)
                .is_some_and(|rest| rest.trim_start().starts_with(':'))
        })
        .nth(nth)
        .map(|(i, _)| text.get(..i).map_or(0, |t| t.matches('\n').count()) + 1)
}

/// Parses a strict `YYYY-MM-DD` key.
fn parse_date(key: &str) -> Result<Date, String> {
    let bad = |why: String| format!("holiday calendar key \"{key}\" is not a YYYY-MM-DD date{why}");
    let b = key.as_bytes();
    let shape_ok = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if !shape_ok {
        return Err(bad(String::new()));
    }
    key.parse::<Date>().map_err(|e| bad(format!(": {e}")))
}

#[cfg(test)]
mod tests {
    use super::super::Calendar;
    use super::*;

    #[test]
    fn tm1_from_json_names_a_bad_value() {
        let err = Calendar::from_json(r#"{"2027-01-01": "holdiay"}"#).unwrap_err();
        assert!(
            err.contains("2027-01-01") && err.contains("holdiay"),
            "{err}"
        );
        let err = Calendar::from_json(r#"{"2027-01-01": 1}"#).unwrap_err();
        assert!(err.contains("2027-01-01"), "{err}");
    }

    #[test]
    fn tm1_from_json_names_a_bad_key() {
        for key in [
            "2027-02-30",
            "2027-1-01",
            "27-01-01",
            "+02027-01-01",
            "tomorrow",
        ] {
            let text = format!(r#"{{"{key}": "holiday"}}"#);
            let err = Calendar::from_json(&text).unwrap_err();
            assert!(err.contains(key), "{err}");
        }
    }

    #[test]
    fn tm1_parse_names_the_line_of_a_bad_entry() {
        let text = "{\n  \"2027-01-01\": \"holiday\",\n  \"2027-02-30\": \"holiday\"\n}";
        let e = Calendar::parse(text).unwrap_err();
        assert_eq!(e.line, Some(3), "{e}");
        assert!(e.message.contains("2027-02-30"), "{e}");
        assert!(e.to_string().starts_with("line 3: "), "{e}");
        let text = "{\"2027-01-02\": \"workday\",\n\"2027-01-01\": \"holdiay\"}";
        let e = Calendar::parse(text).unwrap_err();
        assert_eq!(e.line, Some(2), "{e}");
        assert!(e.message.contains("holdiay"), "{e}");
    }

    #[test]
    fn tm1_parse_refuses_a_date_listed_twice_at_its_second_line() {
        let text = "{\n\"2027-01-01\": \"holiday\",\n\"2027-01-02\": \"holiday\",\n\"2027-01-01\": \"workday\"\n}";
        let e = Calendar::parse(text).unwrap_err();
        assert_eq!(e.line, Some(4), "{e}");
        assert!(e.message.contains("twice"), "{e}");
    }

    #[test]
    fn tm1_parse_names_the_line_of_a_syntax_error() {
        let e = Calendar::parse("{\n\"2027-01-01\": \"holiday\"\n\"2027-01-02\": \"holiday\"}")
            .unwrap_err();
        assert_eq!(e.line, Some(3), "{e}");
        assert!(e.message.contains("not valid JSON"), "{e}");
        let e = Calendar::parse("[]").unwrap_err();
        assert!(e.message.contains("must be a JSON object"), "{e}");
    }

    #[test]
    fn tm1_key_line_skips_a_value_that_looks_like_the_key() {
        let text = "{\"a\": \"2027-01-01\",\n\"2027-01-01\" : 1}";
        assert_eq!(key_line(text, "2027-01-01", 0), Some(2));
        assert_eq!(key_line(text, "2027-01-01", 1), None);
        assert_eq!(key_line(text, "nope", 0), None);
    }
}
