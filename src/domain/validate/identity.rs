//! Resident identity numbers (GB 11643), their masking (PII-1), and
//! finding them in free text.

use std::fmt;

use super::credit::credit_code;
use super::text::{clean, fold_width};

/// Masks all but the first 3 and last 4 characters with `*`; strings of 7
/// characters or fewer are masked completely (same length in characters).
pub fn mask_identity(s: &str) -> String {
    let n = s.chars().count();
    if n <= 7 {
        return "*".repeat(n);
    }
    s.chars()
        .enumerate()
        .map(|(i, c)| if i < 3 || i >= n - 4 { c } else { '*' })
        .collect()
}

// ---------------------------------------------------------------------------
// Resident identity number (GB 11643-1999)
// ---------------------------------------------------------------------------

/// A validated 18-character resident identity number (check char upper-case).
///
/// `Display` shows the masked form; use [`IdentityNumber::reveal`] for the
/// full value.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct IdentityNumber(String);

/// PII-1: even `{:?}` (logs, panics, test failures) shows the masked form.
impl fmt::Debug for IdentityNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "IdentityNumber({})", mask_identity(&self.0))
    }
}

impl IdentityNumber {
    /// The full stored value (same as [`IdentityNumber::reveal`]).
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The full stored value, for the places that genuinely need it.
    pub fn reveal(&self) -> &str {
        &self.0
    }

    /// The masked value, e.g. `110***********002X`.
    pub fn masked(&self) -> String {
        mask_identity(&self.0)
    }

    /// Birth date `(year, month, day)` from characters 7–14. Values read back
    /// with [`IdentityNumber::from_stored`] are not re-validated; any part that
    /// does not parse comes back as 0.
    pub fn birth_date(&self) -> (i32, u8, u8) {
        let part =
            |skip: usize, take: usize| -> String { self.0.chars().skip(skip).take(take).collect() };
        (
            part(6, 4).parse().unwrap_or(0),
            part(10, 2).parse().unwrap_or(0),
            part(12, 2).parse().unwrap_or(0),
        )
    }

    /// Wraps a value read back from the database (no re-validation).
    pub fn from_stored(s: String) -> Self {
        Self(s)
    }
}

impl fmt::Display for IdentityNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.masked())
    }
}

pub(super) const ID_WEIGHTS: [u32; 17] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK: [char; 11] = ['1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'];

fn valid_province(code: u32) -> bool {
    matches!(
        code,
        11..=15 | 21..=23 | 31..=37 | 41..=46 | 50..=54 | 61..=65 | 71 | 81 | 82 | 83
    )
}

fn is_leap(year: u32) -> bool {
    year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400))
}

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Decimal number from `len` digits starting at `start`.
fn digits_value(digits: &[u32], start: usize, len: usize) -> u32 {
    digits
        .iter()
        .skip(start)
        .take(len)
        .fold(0, |acc, d| acc * 10 + d)
}

/// Validates a resident identity number (GB 11643-1999, 18 characters only).
pub fn identity_number(raw: &str) -> Result<IdentityNumber, String> {
    let s = fold_width(&clean(raw));
    if s.is_empty() {
        return Err("is empty".to_string());
    }
    let chars: Vec<char> = s.chars().collect();
    if chars.len() == 15 && chars.iter().all(char::is_ascii_digit) {
        return Err(
            "old 15-digit numbers are not accepted; only 18-character numbers are accepted"
                .to_string(),
        );
    }
    if chars.len() != 18 {
        return Err(format!("must be 18 characters, got {}", chars.len()));
    }
    let Some((&last, body)) = chars.split_last() else {
        return Err("must be 18 characters, got 0".to_string());
    };
    let mut digits = Vec::with_capacity(17);
    for (i, c) in body.iter().enumerate() {
        match c.to_digit(10) {
            Some(d) => digits.push(d),
            None => return Err(format!("character {} must be a digit, got '{c}'", i + 1)),
        }
    }
    let last = last.to_ascii_uppercase();
    if !(last.is_ascii_digit() || last == 'X') {
        return Err(format!("last character must be a digit or X, got '{last}'"));
    }

    let province = digits_value(&digits, 0, 2);
    if !valid_province(province) {
        return Err(format!("province code {province:02} is not valid"));
    }

    let (year, month, day) = (
        digits_value(&digits, 6, 4),
        digits_value(&digits, 10, 2),
        digits_value(&digits, 12, 2),
    );
    if !(1900..=2100).contains(&year) {
        return Err(format!("birth year {year:04} is outside 1900-2100"));
    }
    if month == 0 || day == 0 || day > days_in_month(year, month) {
        return Err(format!(
            "birth date {year:04}{month:02}{day:02} is not a real date"
        ));
    }

    let sum: u32 = digits.iter().zip(ID_WEIGHTS).map(|(d, w)| d * w).sum();
    let Some(&expected) = usize::try_from(sum % 11).ok().and_then(|i| ID_CHECK.get(i)) else {
        return Err("check digit could not be computed".to_string());
    };
    if last != expected {
        // PII-1: naming the expected digit would rebuild a valid number in
        // logs from what was typed.
        return Err(format!(
            "check digit {last} does not match the first 17 digits (GB 11643)"
        ));
    }

    let mut stored: String = body.iter().collect();
    stored.push(last);
    Ok(IdentityNumber(stored))
}

// ---------------------------------------------------------------------------
// Unified social credit code (GB 32100-2015)
// ---------------------------------------------------------------------------

/// PII-1: whether an 18-character run of 17 digits and a digit or X (ASCII
/// or full-width) is a resident identity number: a real province, a real
/// birth date (1900-2100), and the GB 11643 check character. A run with a
/// wrong check character is one too (its 17 digits name the person; the
/// check character follows from them), unless it passes GB 32100 instead:
/// then it is a unified social credit code, which is not personal data.
/// Other 18-digit tokens (order numbers, Douyin ids) are not.
fn is_identity_number(run: &[char]) -> bool {
    let folded: String = fold_width(&run.iter().collect::<String>()).to_ascii_uppercase();
    let chars: Vec<char> = folded.chars().collect();
    let Some((&last, body)) = chars.split_last() else {
        return false;
    };
    let Some(digits) = body
        .iter()
        .map(|c| c.to_digit(10))
        .collect::<Option<Vec<u32>>>()
    else {
        return false;
    };
    if digits.len() != 17 || !valid_province(digits_value(&digits, 0, 2)) {
        return false;
    }
    let (year, month, day) = (
        digits_value(&digits, 6, 4),
        digits_value(&digits, 10, 2),
        digits_value(&digits, 12, 2),
    );
    if !(1900..=2100).contains(&year) || month == 0 || day == 0 {
        return false;
    }
    if day > days_in_month(year, month) {
        return false;
    }
    let sum: u32 = digits.iter().zip(ID_WEIGHTS).map(|(d, w)| d * w).sum();
    let checks = usize::try_from(sum % 11)
        .ok()
        .and_then(|i| ID_CHECK.get(i))
        .is_some_and(|&c| c == last);
    checks || credit_code(&folded).is_err()
}

/// PII-1 for free text (a command line, a third-party message, an error):
/// masks every resident identity number (see [`is_identity_number`]: 17
/// digits and a check digit or X, full-width too, with a real province and
/// birth date), standing alone or inside a word such as `identity:…` or
/// `--id-number=…`. Credit codes and other 18-character tokens are shown
/// in full.
pub fn mask_identities_in(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let digit = |c: char| c.is_ascii_digit() || ('０'..='９').contains(&c);
    let check = |c: char| digit(c) || matches!(c, 'x' | 'X' | 'ｘ' | 'Ｘ');
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let starts_run = i == 0 || !chars.get(i - 1).copied().is_some_and(digit);
        let shape = starts_run
            && chars.len() >= i + 18
            && chars[i..i + 17].iter().all(|c| digit(*c))
            && check(chars[i + 17])
            && !chars.get(i + 18).copied().is_some_and(check)
            && is_identity_number(&chars[i..i + 18]);
        if shape {
            let run: String = chars[i..i + 18].iter().collect();
            out.push_str(&mask_identity(&run));
            i += 18;
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    out
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod mask_text_tests {
    use super::super::credit::{CREDIT_ALPHABET, CREDIT_WEIGHTS, credit_value};
    use super::*;

    /// Appends the GB 32100 check character to a 17-character body.
    fn credit_with_check(body: &str) -> String {
        let sum: u32 = body
            .chars()
            .zip(CREDIT_WEIGHTS)
            .map(|(c, w)| credit_value(c).unwrap() * w)
            .sum();
        let check = usize::try_from((31 - sum % 31) % 31).unwrap();
        format!("{body}{}", CREDIT_ALPHABET.chars().nth(check).unwrap())
    }

    #[test]
    fn pii1_a_digit_ending_credit_code_is_shown_in_full() {
        let uscc = credit_with_check("91350100710000000");
        assert_eq!(uscc, "913501007100000003");
        assert!(credit_code(&uscc).is_ok());
        assert!(identity_number(&uscc).is_err());
        for text in [
            format!("no shop has the qualification subject {uscc}"),
            format!("subject:{uscc}."),
            format!("--subject={uscc}"),
        ] {
            assert_eq!(mask_identities_in(&text), text);
        }
    }

    #[test]
    fn pii1_a_credit_code_with_a_birth_date_shape_is_shown_in_full() {
        // Registration authority 1, type 1 (an organ of state): "11…", a
        // province code, and a date where a birth date would be; it fails
        // GB 11643 and passes GB 32100, so it is a credit code.
        let uscc = credit_with_check("11010519800101000");
        assert!(credit_code(&uscc).is_ok());
        assert!(identity_number(&uscc).is_err());
        assert_eq!(mask_identities_in(&uscc), uscc);
    }

    #[test]
    fn pii1_other_18_digit_tokens_are_shown_in_full() {
        for token in [
            // Birth year 7890.
            "123456789012345678",
            // Province 99.
            "991234199001011234",
            // 30 February 1990.
            "110105199002301231",
        ] {
            assert_eq!(mask_identities_in(token), token);
        }
    }

    #[test]
    fn pii1_identity_numbers_are_still_masked_in_every_form() {
        assert_eq!(
            mask_identities_in("id 11010519491231002x, ok"),
            "id 110***********002x, ok"
        );
        // Full-width digits, as pasted from a Chinese form.
        assert_eq!(
            mask_identities_in("１１０１０５１９４９１２３１００２Ｘ"),
            "１１０***********００２Ｘ"
        );
        // A valid identity number that also passes GB 32100: PII first.
        let both = "110105198001010518";
        assert!(identity_number(both).is_ok() && credit_code(both).is_ok());
        assert_eq!(mask_identities_in(both), "110***********0518");
        // A wrong check digit: the other 17 digits still name the person
        // (the check digit follows from them).
        assert_eq!(
            mask_identities_in("110105194912310021"),
            "110***********0021"
        );
    }

    #[test]
    fn pii1_identity_shapes_in_text_are_masked() {
        assert_eq!(
            mask_identities_in(
                "--legal-rep-id=11010519491231002X and identity:110105194912310021."
            ),
            "--legal-rep-id=110***********002X and identity:110***********0021."
        );
        assert_eq!(mask_identities_in("phone 13800138000"), "phone 13800138000");
        assert_eq!(
            mask_identities_in("1101051949123100211"),
            "1101051949123100211",
            "19 digits is not an identity number"
        );
    }
}
