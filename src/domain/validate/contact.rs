//! Keys people are reached by: mainland mobile phones, emails, Douyin
//! ids, and the six-digit verification codes sent to them.

use std::fmt;

use super::text::{clean, fold_width};

/// A validated mainland mobile number, stored as its 11 digits.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Phone(String);

impl Phone {
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Wraps a value read back from the database (no re-validation).
    pub fn from_stored(s: String) -> Self {
        Self(s)
    }
}

impl fmt::Display for Phone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Validates a mainland mobile number; accepts a leading `+86`/`0086` and
/// inner spaces or dashes, and stores the bare 11 digits.
pub fn phone(raw: &str) -> Result<Phone, String> {
    let s: String = fold_width(&clean(raw))
        .chars()
        .filter(|c| *c != ' ' && *c != '-')
        .collect();
    let digits = s
        .strip_prefix("+86")
        .or_else(|| s.strip_prefix("0086"))
        .unwrap_or(&s);
    if digits.is_empty() {
        return Err("is empty".to_string());
    }
    if let Some(bad) = digits.chars().find(|c| !c.is_ascii_digit()) {
        return Err(format!("must contain only digits, got '{bad}'"));
    }
    let n = digits.len();
    if n != 11 {
        return Err(format!("must be 11 digits, got {n}"));
    }
    let mut it = digits.chars();
    if it.next() != Some('1') {
        return Err("must start with 1".to_string());
    }
    match it.next() {
        Some('3'..='9') => Ok(Phone(digits.to_string())),
        Some(c) => Err(format!("second digit must be 3-9, got {c}")),
        None => Err(format!("must be 11 digits, got {n}")),
    }
}

// ---------------------------------------------------------------------------
// Email
// ---------------------------------------------------------------------------

/// A validated, lower-cased email address.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Email(String);

impl Email {
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Wraps a value read back from the database (no re-validation).
    pub fn from_stored(s: String) -> Self {
        Self(s)
    }
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Validates an email address (pragmatic rules, not full RFC 5322).
pub fn email(raw: &str) -> Result<Email, String> {
    let s = clean(raw).to_lowercase();
    if s.is_empty() {
        return Err("is empty".to_string());
    }
    // A look-alike of another address (`li\u{AD}@acme.cn` shows as
    // `li@acme.cn`) would be a second account nobody can tell apart.
    if let Some(c) = s
        .chars()
        .find(|c| super::text::invisible(*c) || super::text::forbidden(*c))
    {
        return Err(format!(
            "holds the invisible or control character U+{:04X}: it would make an address that looks like another",
            u32::from(c)
        ));
    }
    let total = s.chars().count();
    if total > 254 {
        return Err(format!("must be at most 254 characters, got {total}"));
    }
    let ats = s.matches('@').count();
    if ats != 1 {
        return Err(format!("must contain exactly one '@', found {ats}"));
    }
    let Some((local, domain)) = s.split_once('@') else {
        return Err("must contain exactly one '@', found 0".to_string());
    };
    if local.is_empty() {
        return Err("part before '@' is empty".to_string());
    }
    let local_len = local.chars().count();
    if local_len > 64 {
        return Err(format!(
            "part before '@' must be at most 64 characters, got {local_len}"
        ));
    }
    if local.chars().any(char::is_whitespace) {
        return Err("part before '@' must not contain whitespace".to_string());
    }
    if domain.is_empty() {
        return Err("domain is empty".to_string());
    }
    if !domain.contains('.') {
        return Err("domain must contain a '.'".to_string());
    }
    for label in domain.split('.') {
        if label.is_empty() {
            return Err("domain has an empty label".to_string());
        }
        if let Some(bad) = label
            .chars()
            .find(|c| !(c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '-'))
        {
            return Err(format!("domain contains invalid character '{bad}'"));
        }
        if label.starts_with('-') || label.ends_with('-') {
            return Err(format!(
                "domain label '{label}' must not start or end with '-'"
            ));
        }
    }
    let tld_len = domain.rsplit('.').next().map_or(0, str::len);
    if tld_len < 2 {
        return Err("top-level domain must be at least 2 characters".to_string());
    }
    Ok(Email(s))
}

// ---------------------------------------------------------------------------
// Douyin id
// ---------------------------------------------------------------------------

/// A validated Douyin id, stored lower-case.
///
/// Douyin ids are matched case-insensitively in roster: input is ASCII
/// lower-cased before validation and storage, so `Shop_01` and `shop_01` are
/// the same account here.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct DouyinId(String);

impl DouyinId {
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Wraps a value read back from the database (no re-validation).
    pub fn from_stored(s: String) -> Self {
        Self(s)
    }
}

impl fmt::Display for DouyinId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Validates a Douyin id: 2..=30 of `[a-z0-9_.]` after lower-casing.
pub fn douyin_id(raw: &str) -> Result<DouyinId, String> {
    // Case-insensitive matching: fold to ASCII lower-case (see `DouyinId`).
    let s = fold_width(&clean(raw)).to_ascii_lowercase();
    if s.is_empty() {
        return Err("is empty".to_string());
    }
    let n = s.chars().count();
    if !(2..=30).contains(&n) {
        return Err(format!("must be 2 to 30 characters, got {n}"));
    }
    if let Some(bad) = s
        .chars()
        .find(|c| !(c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '_' || *c == '.'))
    {
        return Err(format!(
            "character '{bad}' is not allowed; only a-z, 0-9, '_' and '.' are allowed"
        ));
    }
    if s.starts_with('.') || s.ends_with('.') {
        return Err("must not start or end with '.'".to_string());
    }
    if s.contains("..") {
        return Err("must not contain '..'".to_string());
    }
    if s.chars().all(|c| c == '.' || c == '_') {
        return Err("must contain at least one letter or digit".to_string());
    }
    Ok(DouyinId(s))
}

// ---------------------------------------------------------------------------
// SMS verification code
// ---------------------------------------------------------------------------

/// Validates a 6-digit SMS verification code.
pub fn verification_code(raw: &str) -> Result<String, String> {
    let s = fold_width(&clean(raw));
    if s.is_empty() {
        return Err("is empty".to_string());
    }
    if let Some(bad) = s.chars().find(|c| !c.is_ascii_digit()) {
        return Err(format!("must contain only digits, got '{bad}'"));
    }
    let n = s.len();
    if n != 6 {
        return Err(format!("must be 6 digits, got {n}"));
    }
    Ok(s)
}
