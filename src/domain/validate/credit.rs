//! Unified social credit codes (GB 32100).

use std::fmt;

use super::text::{clean, fold_width};

/// A validated 18-character unified social credit code (upper-case).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct CreditCode(String);

impl CreditCode {
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Wraps a value read back from the database (no re-validation).
    pub fn from_stored(s: String) -> Self {
        Self(s)
    }
}

impl fmt::Display for CreditCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

pub(super) const CREDIT_ALPHABET: &str = "0123456789ABCDEFGHJKLMNPQRTUWXY";
pub(super) const CREDIT_WEIGHTS: [u32; 17] = [
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28,
];

pub(super) fn credit_value(c: char) -> Option<u32> {
    CREDIT_ALPHABET
        .chars()
        .position(|a| a == c)
        .and_then(|p| u32::try_from(p).ok())
}

/// Validates a unified social credit code (GB 32100-2015).
pub fn credit_code(raw: &str) -> Result<CreditCode, String> {
    let s = fold_width(&clean(raw)).to_ascii_uppercase();
    if s.is_empty() {
        return Err("is empty".to_string());
    }
    let n = s.chars().count();
    if n != 18 {
        return Err(format!("must be 18 characters, got {n}"));
    }
    let mut values = Vec::with_capacity(18);
    for (i, c) in s.chars().enumerate() {
        match credit_value(c) {
            Some(v) => values.push(v),
            None => {
                return Err(format!(
                    "character {} '{c}' is not allowed: only digits and upper-case letters \
                     are used, and I, O, S, V, Z are never used",
                    i + 1
                ));
            }
        }
    }
    // Characters 3-8 are the registering authority's administrative
    // division (GB/T 2260), six digits; letters there used to pass when
    // the check character happened to match. Characters 1-2 (registering
    // authority and entity type) keep GB 32100's letters (N, Y, ...).
    if let Some((i, c)) = s
        .chars()
        .enumerate()
        .skip(2)
        .take(6)
        .find(|(_, c)| !c.is_ascii_digit())
    {
        return Err(format!(
            "character {} '{c}' is not allowed: characters 3-8 are the administrative \
             division code (GB/T 2260) and are digits",
            i + 1
        ));
    }
    let Some((&last, body)) = values.split_last() else {
        return Err("must be 18 characters, got 0".to_string());
    };
    let sum: u32 = body.iter().zip(CREDIT_WEIGHTS).map(|(v, w)| v * w).sum();
    let check = match 31 - sum % 31 {
        31 => 0,
        c => c,
    };
    if last != check {
        let char_of = |v: u32| {
            usize::try_from(v)
                .ok()
                .and_then(|i| CREDIT_ALPHABET.chars().nth(i))
                .unwrap_or('?')
        };
        return Err(format!(
            "check character is {}, expected {}",
            char_of(last),
            char_of(check)
        ));
    }
    Ok(CreditCode(s))
}

// ---------------------------------------------------------------------------
// Mainland mobile phone
// ---------------------------------------------------------------------------
