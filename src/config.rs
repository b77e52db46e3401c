//! The TOML config file: the default org, the policy values (the rules' numbers and
//! roster's decisions, docs/rules.md) and extra calendar years (TM-1).

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::domain::calendar::Calendar;
use crate::domain::policy::Policy;
use crate::error::{Error, Result};

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    default_org: Option<String>,
    /// A JSON file in the format of data/holidays-cn.json whose years are
    /// added to (or replace those of) the embedded calendar; relative paths
    /// are relative to the config file.
    calendar_file: Option<PathBuf>,
    /// The identity key file (PII-1); relative paths are relative to the
    /// config file.
    key_file: Option<PathBuf>,
    #[serde(default)]
    policy: Policy,
}

/// The configuration in force.
#[derive(Debug, Clone)]
pub struct Config {
    pub path: Option<PathBuf>,
    pub default_org: Option<String>,
    pub calendar_file: Option<PathBuf>,
    pub key_file: Option<PathBuf>,
    pub policy: Policy,
    pub calendar: Calendar,
    /// The years `calendar_file` gave (TM-1), each replacing the embedded
    /// year if there was one: `roster calendar show` names their source.
    pub calendar_file_years: Vec<i16>,
}

fn invalid(field: impl Into<String>, why: impl Into<String>) -> Error {
    Error::invalid(field, "INVALID_CONFIG", None, why)
}

impl Config {
    /// `explicit` is `--config`/`ROSTER_CONFIG` (must exist); otherwise
    /// `$XDG_CONFIG_HOME/roster/config.toml` (or `~/.config/…`) if present.
    pub fn load(explicit: Option<&Path>) -> Result<Config> {
        let path = match explicit {
            Some(p) => Some(p.to_path_buf()),
            None => default_path().filter(|p| p.is_file()),
        };
        let file = match &path {
            Some(p) => {
                let text = read_bounded(p, CONFIG_MAX_BYTES)
                    .and_then(|b| {
                        String::from_utf8(b)
                            .map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, e))
                    })
                    .map_err(|e| {
                        invalid("--config", format!("cannot read {}: {e}", p.display()))
                    })?;
                toml::from_str::<File>(&text).map_err(|e| {
                    invalid(
                        format!("config {}", p.display()),
                        e.message().to_string() + &span_hint(&text, e.span()),
                    )
                })?
            }
            None => File::default(),
        };
        file.policy
            .check()
            .map_err(|(key, why)| invalid(format!("policy.{key}"), why))?;
        let mut calendar = Calendar::embedded().map_err(Error::internal)?;
        let beside_config = |f: PathBuf| match (&path, f.is_relative()) {
            (Some(cfg), true) => cfg.parent().unwrap_or(Path::new(".")).join(f),
            _ => f,
        };
        let calendar_file = file.calendar_file.map(beside_config);
        let key_file = file.key_file.map(beside_config);
        let mut calendar_file_years = Vec::new();
        if let Some(f) = &calendar_file {
            let bytes = read_bounded(f, CONFIG_MAX_BYTES).map_err(|e| {
                invalid("calendar_file", format!("cannot read {}: {e}", f.display()))
            })?;
            let extra = parse_calendar(f, &bytes)?;
            calendar_file_years = extra.years().collect();
            calendar.merge(extra);
        }
        Ok(Config {
            path,
            default_org: file.default_org,
            calendar_file,
            key_file,
            policy: file.policy,
            calendar,
            calendar_file_years,
        })
    }

    /// TM-1: every covered year with the file it came from (`None`: the
    /// embedded calendar).
    pub fn calendar_years(&self) -> Vec<(i16, Option<&Path>)> {
        self.calendar
            .years()
            .map(|y| {
                let from_file = self.calendar_file_years.contains(&y);
                (y, self.calendar_file.as_deref().filter(|_| from_file))
            })
            .collect()
    }

    /// What `roster config show` prints: every value in force.
    pub fn view(&self) -> serde_json::Value {
        serde_json::json!({
            "config_file": self.path.as_ref().map(|p| p.display().to_string()),
            "default_org": self.default_org,
            "key_file": self.key_file.as_ref().map(|p| p.display().to_string()),
            "calendar": {
                "file": self.calendar_file.as_ref().map(|p| p.display().to_string()),
                "first_year": self.calendar.first_year(),
                "last_year": self.calendar.last_year(),
            },
            "policy": self.policy,
        })
    }
}

/// TM-1: a calendar file (`calendar_file`, `roster calendar check`) as a
/// calendar. A malformed one is invalid input whose field is `FILE:LINE`,
/// so that the person can go straight to the entry. A UTF-8 byte-order mark
/// (Windows editors write one) is allowed.
pub fn parse_calendar(path: &Path, bytes: &[u8]) -> Result<Calendar> {
    let bad = |line: Option<usize>, why: String| {
        let at = match line {
            Some(l) => format!("{}:{l}", path.display()),
            None => path.display().to_string(),
        };
        Error::invalid(at, "INVALID_CALENDAR", Some("TM-1"), why)
    };
    let text = std::str::from_utf8(bytes).map_err(|e| {
        bad(
            None,
            format!(
                "holiday calendar is not UTF-8 text (byte {})",
                e.valid_up_to()
            ),
        )
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    Calendar::parse(text).map_err(|e| bad(e.line, e.message))
}

/// `roster calendar check FILE`: a file that cannot be read is an I/O
/// error (exit 1); one that reads but is malformed is invalid (exit 5).
pub fn read_calendar(path: &Path) -> Result<Calendar> {
    let bytes = read_bounded(path, CONFIG_MAX_BYTES).map_err(|e| {
        Error::Internal(anyhow::Error::new(e).context(format!("cannot read {}", path.display())))
    })?;
    parse_calendar(path, &bytes)
}

fn span_hint(text: &str, span: Option<std::ops::Range<usize>>) -> String {
    match span {
        Some(s) => {
            let line = text.get(..s.start).map_or(0, |t| t.matches('\n').count()) + 1;
            format!(" (line {line})")
        }
        None => String::new(),
    }
}

fn default_path() -> Option<PathBuf> {
    let base = std::env::var_os("XDG_CONFIG_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".config")))?;
    Some(base.join("roster").join("config.toml"))
}

/// The largest config or calendar file roster reads (a config is a few
/// hundred bytes; a calendar a few kilobytes a year).
pub const CONFIG_MAX_BYTES: u64 = 1024 * 1024;

/// Reads `path` once, refusing it past `max` bytes: `/dev/zero`, a FIFO or
/// a runaway generator cannot grow memory without end.
pub fn read_bounded(path: &Path, max: u64) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    let mut buf = Vec::new();
    std::fs::File::open(path)?
        .take(max + 1)
        .read_to_end(&mut buf)?;
    if buf.len() as u64 > max {
        return Err(std::io::Error::other(format!(
            "larger than {} KiB; a config or calendar file is a few kilobytes",
            max / 1024
        )));
    }
    Ok(buf)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
        let p = dir.join(name);
        std::fs::write(&p, text).unwrap();
        p
    }

    #[test]
    fn defaults_without_a_file() {
        let c = Config::load(None).unwrap();
        assert_eq!(c.policy, Policy::default());
        assert_eq!(c.calendar.last_year(), Some(2026));
    }

    #[test]
    fn file_overrides_policy_values() {
        let dir = tempfile::tempdir().unwrap();
        let p = write(
            dir.path(),
            "c.toml",
            "default_org = \"acme\"\n[policy]\ninvite_ttl_hours = 24\n[policy.quota]\ngold = 60\n",
        );
        let c = Config::load(Some(&p)).unwrap();
        assert_eq!(c.default_org.as_deref(), Some("acme"));
        assert_eq!(c.policy.invite_ttl_hours, 24);
        assert_eq!(c.policy.quota.gold, 60);
        assert_eq!(c.policy.quota.bronze, 5);
    }

    #[test]
    fn unknown_key_is_invalid_and_named() {
        let dir = tempfile::tempdir().unwrap();
        let p = write(dir.path(), "c.toml", "[policy]\ninvite_ttl_hour = 24\n");
        let e = Config::load(Some(&p)).unwrap_err();
        assert_eq!(e.exit_code(), 5);
        assert!(e.to_string().contains("invite_ttl_hour"), "{e}");
    }

    #[test]
    fn tm1_calendar_file_adds_years() {
        let dir = tempfile::tempdir().unwrap();
        write(dir.path(), "y.json", "{\"2027-01-01\": \"holiday\"}");
        let p = write(dir.path(), "c.toml", "calendar_file = \"y.json\"\n");
        let c = Config::load(Some(&p)).unwrap();
        assert_eq!(c.calendar.last_year(), Some(2027));
    }

    #[test]
    fn tm1_calendar_years_name_their_source() {
        let dir = tempfile::tempdir().unwrap();
        let y = write(
            dir.path(),
            "y.json",
            "{\"2026-01-01\": \"holiday\", \"2027-01-01\": \"holiday\"}",
        );
        let p = write(dir.path(), "c.toml", "calendar_file = \"y.json\"\n");
        let c = Config::load(Some(&p)).unwrap();
        let years = c.calendar_years();
        assert_eq!(
            years,
            vec![
                (2024, None),
                (2025, None),
                (2026, Some(y.as_path())),
                (2027, Some(y.as_path())),
            ]
        );
        assert_eq!(
            Config::load(None).unwrap().calendar_years()[2],
            (2026, None)
        );
    }

    #[test]
    fn tm1_malformed_calendar_names_file_and_line() {
        let p = Path::new("h.json");
        let e = parse_calendar(p, b"{\n\"2027-01-01\": \"x\"}").unwrap_err();
        assert_eq!(e.exit_code(), 5);
        assert_eq!(e.code(), "INVALID_CALENDAR");
        assert_eq!(e.rule(), Some("TM-1"));
        assert!(e.to_string().starts_with("h.json:2: "), "{e}");
        let e = parse_calendar(p, b"{\"2027-01-01\": \"holiday\xff\"}").unwrap_err();
        assert!(e.to_string().contains("UTF-8"), "{e}");
        // A byte-order mark is allowed.
        let c = parse_calendar(p, "\u{feff}{\"2027-01-01\": \"holiday\"}".as_bytes()).unwrap();
        assert!(c.covers(2027));
        let e = read_calendar(Path::new("/nonexistent/h.json")).unwrap_err();
        assert_eq!(e.exit_code(), 1);
    }

    #[test]
    fn missing_explicit_file_is_an_error() {
        let e = Config::load(Some(Path::new("/nonexistent/roster.toml"))).unwrap_err();
        assert!(e.to_string().contains("cannot read"));
    }

    /// TM-1, mutation gap: jiff reads more than `YYYY-MM-DD` as a date
    /// (basic format, a signed six-digit year, a time or a zone after
    /// it), so the key's shape check is what refuses these; three of its
    /// `&&` turned `||` survived while the tests only used keys jiff
    /// refuses too. Keys shorter than the shape must be refused, not read
    /// past their end.
    #[test]
    fn tm1_calendar_keys_jiff_reads_are_refused_by_shape() {
        let path = Path::new("holidays.json");
        let refused = |key: &str| {
            let text = format!("{{\n\"2027-01-04\": \"holiday\",\n\"{key}\": \"holiday\"\n}}");
            let e = parse_calendar(path, text.as_bytes()).unwrap_err();
            assert_eq!(e.code(), "INVALID_CALENDAR", "{key}: {e}");
            assert_eq!(e.exit_code(), 5, "{key}: {e}");
            let msg = e.to_string();
            assert!(msg.contains("holidays.json:3"), "{key}: {msg}");
            assert!(
                msg.contains(&format!("\"{key}\" is not a YYYY-MM-DD date")),
                "{key}: {msg}"
            );
            msg
        };
        for key in [
            "20270101",
            "+002027-01-01",
            "2027-01-01T00",
            "2027-01-01t00",
            "2027-01-01T00:00",
            "2027-01-01 00:00",
            "2027-01-01[UTC]",
        ] {
            assert!(key.parse::<jiff::civil::Date>().is_ok(), "jiff reads {key}");
            let msg = refused(key);
            // The shape refuses it, before jiff is asked.
            assert!(msg.ends_with("date"), "{key}: {msg}");
        }
        for key in [
            "",
            "2",
            "2027",
            "2027-",
            "2027-01",
            "2027-1-01",
            "+2027-01-01",
        ] {
            refused(key);
        }
        // The shape itself still reads.
        let ok = "{\"2027-01-04\": \"holiday\", \"2027-01-09\": \"workday\"}";
        let c = parse_calendar(path, ok.as_bytes()).unwrap();
        assert_eq!(c.entries_in(2027), (1, 1));
    }
}
