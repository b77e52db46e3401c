//! Input validators (pure): identity numbers, credit codes, phones, emails, Douyin ids, and the cell cleaning they share.
//!
//! Every validator returns `Result<T, String>`; the `Err` string is a short
//! human reason without the field name (the caller adds field and rule id).
//! Reasons never echo a full identity number.

use std::fmt;

/// Zero-width characters removed everywhere by [`clean`].
const ZERO_WIDTH: [char; 5] = ['\u{200B}', '\u{200C}', '\u{200D}', '\u{2060}', '\u{FEFF}'];

/// Trims surrounding whitespace (including the full-width space U+3000) and
/// removes zero-width characters anywhere in the cell.
pub fn clean(raw: &str) -> String {
    let without_zero_width: String = raw.chars().filter(|c| !ZERO_WIDTH.contains(c)).collect();
    // `char::is_whitespace` covers U+3000 (IDEOGRAPHIC SPACE).
    without_zero_width
        .trim_matches(|c: char| c.is_whitespace())
        .to_string()
}

/// Folds full-width ASCII variants (U+FF01..=U+FF5E) to ASCII and U+3000 to a
/// plain space. Other characters are left alone.
pub fn fold_width(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '\u{3000}' => ' ',
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(u32::from(c) - 0xFF01 + 0x21).unwrap_or(c),
            _ => c,
        })
        .collect()
}

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

const ID_WEIGHTS: [u32; 17] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
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

const CREDIT_ALPHABET: &str = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const CREDIT_WEIGHTS: [u32; 17] = [
    1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28,
];

fn credit_value(c: char) -> Option<u32> {
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

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;

    /// Appends the GB 11643 check character to a 17-digit body.
    fn id_with_check(body: &str) -> String {
        let sum: u32 = body
            .chars()
            .zip(ID_WEIGHTS)
            .map(|(c, w)| c.to_digit(10).unwrap() * w)
            .sum();
        let check = "10X98765432".chars().nth((sum % 11) as usize).unwrap();
        format!("{body}{check}")
    }

    /// Appends the GB 32100 check character to a 17-character body.
    fn credit_with_check(body: &str) -> String {
        let alphabet: Vec<char> = CREDIT_ALPHABET.chars().collect();
        let sum: usize = body
            .chars()
            .zip(CREDIT_WEIGHTS)
            .map(|(c, w)| alphabet.iter().position(|&a| a == c).unwrap() * w as usize)
            .sum();
        let c = (31 - sum % 31) % 31;
        format!("{body}{}", alphabet[c])
    }

    fn err<T: fmt::Debug>(r: Result<T, String>) -> String {
        r.expect_err("expected an error")
    }

    // -- clean / fold_width / mask ----------------------------------------

    #[test]
    fn clean_trims_and_strips_zero_width() {
        assert_eq!(clean("\u{3000} abc \u{200B}"), "abc");
        assert_eq!(clean("\u{FEFF}\u{3000}x\u{2060}\t"), "x");
        assert_eq!(clean("a\u{200B}b\u{200C}c\u{200D}d\u{FEFF}e"), "abcde");
        assert_eq!(clean("a b"), "a b");
        assert_eq!(clean("\u{200B} \u{3000}"), "");
    }

    #[test]
    fn fold_width_folds_full_width_ascii() {
        assert_eq!(fold_width("ＡＢＣ！～　１２＠"), "ABC!~ 12@");
        assert_eq!(fold_width("中文abc"), "中文abc");
    }

    #[test]
    fn mask_identity_keeps_3_and_4() {
        assert_eq!(mask_identity("11010519491231002X"), "110***********002X");
        assert_eq!(mask_identity("1234567"), "*******");
        assert_eq!(mask_identity("12345678"), "123*5678");
        assert_eq!(mask_identity(""), "");
        assert_eq!(mask_identity("一二三四五六七八九"), "一二三**六七八九");
    }

    // -- identity number ----------------------------------------------------

    #[test]
    fn identity_valid_forms() {
        assert_eq!(id_with_check("11010519491231002"), "11010519491231002X");
        let id = identity_number("11010519491231002X").unwrap();
        assert_eq!(id.as_str(), "11010519491231002X");
        assert_eq!(id.reveal(), id.as_str());
        assert_eq!(id.birth_date(), (1949, 12, 31));
        // Lower-case x is stored upper-case.
        assert_eq!(identity_number("11010519491231002x").unwrap(), id);
        // Full-width, surrounded by U+3000 and with zero-width chars inside.
        let fw = "\u{3000}１１０１０５１９４９\u{200B}１２３１００２ｘ\u{FEFF} ";
        assert_eq!(identity_number(fw).unwrap(), id);
        // Digit check characters and the special provinces.
        for body in [
            "44030419851010123",
            "71000019900101123",
            "81000019900101123",
        ] {
            let full = id_with_check(body);
            assert_eq!(identity_number(&full).unwrap().as_str(), full);
        }
        assert!(identity_number(&id_with_check("83000019900101123")).is_ok());
    }

    #[test]
    fn identity_display_is_masked() {
        let id = identity_number("11010519491231002X").unwrap();
        assert_eq!(id.to_string(), "110***********002X");
        assert_eq!(id.masked(), "110***********002X");
        let stored = IdentityNumber::from_stored("11010519491231002X".to_string());
        assert_eq!(stored, id);
        assert_eq!(
            IdentityNumber::from_stored("junk".into()).birth_date(),
            (0, 0, 0)
        );
    }

    #[test]
    fn identity_leap_days() {
        let leap = id_with_check("11010520000229123");
        assert_eq!(identity_number(&leap).unwrap().birth_date(), (2000, 2, 29));
        assert!(identity_number(&id_with_check("11010519960229123")).is_ok());
        let e = err(identity_number(&id_with_check("11010519000229123")));
        assert_eq!(e, "birth date 19000229 is not a real date");
        let e = err(identity_number(&id_with_check("11010519990231123")));
        assert_eq!(e, "birth date 19990231 is not a real date");
    }

    #[test]
    fn identity_failures() {
        let cases = [
            ("", "is empty"),
            ("11010519491231002", "must be 18 characters, got 17"),
            ("11010519491231002X1", "must be 18 characters, got 19"),
            (
                "1101051949123100AX",
                "character 17 must be a digit, got 'A'",
            ),
            (
                "11010519491231002Y",
                "last character must be a digit or X, got 'Y'",
            ),
            (
                "110105194912310021",
                "check digit 1 does not match the first 17 digits (GB 11643)",
            ),
            (
                &id_with_check("10010519491231002"),
                "province code 10 is not valid",
            ),
            (
                &id_with_check("24010519491231002"),
                "province code 24 is not valid",
            ),
            (
                &id_with_check("84010519491231002"),
                "province code 84 is not valid",
            ),
            (
                &id_with_check("11010518991231002"),
                "birth year 1899 is outside 1900-2100",
            ),
            (
                &id_with_check("11010521010101002"),
                "birth year 2101 is outside 1900-2100",
            ),
            (
                &id_with_check("11010519491301002"),
                "birth date 19491301 is not a real date",
            ),
            (
                &id_with_check("11010519490001002"),
                "birth date 19490001 is not a real date",
            ),
            (
                &id_with_check("11010519490400002"),
                "birth date 19490400 is not a real date",
            ),
            (
                &id_with_check("11010519490431002"),
                "birth date 19490431 is not a real date",
            ),
        ];
        for (input, want) in cases {
            assert_eq!(err(identity_number(input)), want, "input {input}");
        }
        assert!(identity_number(&id_with_check("11010521001231002")).is_ok());
        let e = err(identity_number("110105491231002"));
        assert!(e.contains("only 18-character"), "{e}");
    }

    #[test]
    fn identity_errors_never_echo_the_number() {
        let inputs = [
            "110105194912310021".to_string(),
            "110105491231002".to_string(),
            "11010519491231002Y".to_string(),
            id_with_check("10010519491231002"),
            id_with_check("11010519000229123"),
        ];
        for input in inputs {
            let e = err(identity_number(&input));
            assert!(!e.contains(&input), "{e}");
            assert!(!e.contains(input.get(..15).unwrap()), "{e}");
        }
    }

    // -- credit code ----------------------------------------------------------

    #[test]
    fn credit_code_real_examples() {
        // Widely cited example, Tencent (Shenzhen) and Huawei Technologies.
        for code in [
            "91350100M000100Y43",
            "9144030071526726XG",
            "914403001922038216",
        ] {
            assert_eq!(credit_with_check(&code[..17]), code);
            assert_eq!(credit_code(code).unwrap().as_str(), code);
        }
    }

    #[test]
    fn credit_code_normalises_input() {
        let want = credit_code("91350100M000100Y43").unwrap();
        assert_eq!(credit_code(" 91350100m000100y43\u{200B}").unwrap(), want);
        assert_eq!(
            credit_code("\u{3000}９１３５０１００Ｍ０００１００Ｙ４３").unwrap(),
            want
        );
        assert_eq!(want.to_string(), "91350100M000100Y43");
        assert_eq!(CreditCode::from_stored("91350100M000100Y43".into()), want);
    }

    #[test]
    fn credit_code_generated_including_zero_check() {
        let mut saw_zero = false;
        for c in CREDIT_ALPHABET.chars() {
            let code = credit_with_check(&format!("9111010855138508{c}"));
            saw_zero |= code.ends_with('0');
            assert_eq!(credit_code(&code).unwrap().as_str(), code);
        }
        assert!(saw_zero, "the 31 -> 0 case was not exercised");
    }

    #[test]
    fn credit_code_failures() {
        assert_eq!(err(credit_code("")), "is empty");
        assert_eq!(
            err(credit_code("91350100M000100Y4")),
            "must be 18 characters, got 17"
        );
        assert_eq!(
            err(credit_code("91350100M000100Y44")),
            "check character is 4, expected 3"
        );
        for bad in ['I', 'O', 'S', 'V', 'Z', '-'] {
            let e = err(credit_code(&format!("91350100M00010{bad}Y43")));
            assert!(
                e.starts_with(&format!("character 15 '{bad}' is not allowed")),
                "{e}"
            );
            assert!(e.contains("I, O, S, V, Z are never used"), "{e}");
        }
    }

    // -- phone ------------------------------------------------------------------

    #[test]
    fn phone_valid_forms() {
        for raw in [
            "13800138000",
            "+86 138-0013-8000",
            "+8613800138000",
            "0086 13800138000",
            "138 0013 8000",
            "\u{3000}１３８００１３８０００\u{200B}",
            "138\u{200B}00138000",
            "＋８６　１３８－００１３－８０００",
        ] {
            assert_eq!(phone(raw).unwrap().as_str(), "13800138000", "input {raw}");
        }
        assert!(phone("19912345678").is_ok());
        assert_eq!(
            Phone::from_stored("13800138000".into()).to_string(),
            "13800138000"
        );
    }

    #[test]
    fn phone_failures() {
        let cases = [
            ("", "is empty"),
            ("+86", "is empty"),
            ("1380013800", "must be 11 digits, got 10"),
            ("138001380001", "must be 11 digits, got 12"),
            ("8613800138000", "must be 11 digits, got 13"),
            ("1380013800a", "must contain only digits, got 'a'"),
            ("+85213800138000", "must contain only digits, got '+'"),
            ("(010)12345678", "must contain only digits, got '('"),
            ("23800138000", "must start with 1"),
            ("12800138000", "second digit must be 3-9, got 2"),
        ];
        for (input, want) in cases {
            assert_eq!(err(phone(input)), want, "input {input}");
        }
    }

    // -- email ------------------------------------------------------------------

    #[test]
    fn email_valid_forms() {
        let e = email("  Alice.Smith+tag@Mail.Example-1.COM\u{200B}").unwrap();
        assert_eq!(e.as_str(), "alice.smith+tag@mail.example-1.com");
        assert_eq!(e.to_string(), e.as_str());
        assert!(email("a@b.cn").is_ok());
        // Exactly 254 characters: 64 + '@' + 189.
        let long = format!(
            "{}@{}.{}.{}.com",
            "a".repeat(64),
            "b".repeat(61),
            "c".repeat(61),
            "d".repeat(61)
        );
        assert_eq!(long.len(), 254);
        assert!(email(&long).is_ok());
        assert_eq!(Email::from_stored("x@y.cn".into()).as_str(), "x@y.cn");
    }

    #[test]
    fn email_failures() {
        let too_long = format!("a@{}.com", "b".repeat(250));
        let local_65 = format!("{}@x.com", "a".repeat(65));
        let cases = [
            ("", "is empty"),
            ("alice", "must contain exactly one '@', found 0"),
            ("a@b@c.com", "must contain exactly one '@', found 2"),
            ("@x.com", "part before '@' is empty"),
            (
                &local_65,
                "part before '@' must be at most 64 characters, got 65",
            ),
            ("a b@x.com", "part before '@' must not contain whitespace"),
            ("a@", "domain is empty"),
            ("a@localhost", "domain must contain a '.'"),
            ("a@x..com", "domain has an empty label"),
            ("a@.x.com", "domain has an empty label"),
            ("a@x.com.", "domain has an empty label"),
            ("a@x_y.com", "domain contains invalid character '_'"),
            ("a@例子.com", "domain contains invalid character '例'"),
            (
                "a@-x.com",
                "domain label '-x' must not start or end with '-'",
            ),
            (
                "a@x-.com",
                "domain label 'x-' must not start or end with '-'",
            ),
            ("a@x.c", "top-level domain must be at least 2 characters"),
            (&too_long, "must be at most 254 characters, got 256"),
        ];
        for (input, want) in cases {
            assert_eq!(err(email(input)), want, "input {input}");
        }
    }

    // -- douyin id --------------------------------------------------------------

    #[test]
    fn douyin_id_valid_forms() {
        assert_eq!(douyin_id(" Dy_User.01 ").unwrap().as_str(), "dy_user.01");
        assert_eq!(douyin_id("ＡＢＣ＿１２３").unwrap().as_str(), "abc_123");
        assert_eq!(douyin_id("a\u{200B}b").unwrap().as_str(), "ab");
        assert!(douyin_id("_a").is_ok());
        assert!(douyin_id(&"a".repeat(30)).is_ok());
        assert_eq!(DouyinId::from_stored("ab".into()).to_string(), "ab");
    }

    #[test]
    fn douyin_id_failures() {
        let long = "a".repeat(31);
        let cases = [
            ("", "is empty"),
            ("a", "must be 2 to 30 characters, got 1"),
            (&long, "must be 2 to 30 characters, got 31"),
            (
                "a-b",
                "character '-' is not allowed; only a-z, 0-9, '_' and '.' are allowed",
            ),
            (
                "a b",
                "character ' ' is not allowed; only a-z, 0-9, '_' and '.' are allowed",
            ),
            (
                "抖音",
                "character '抖' is not allowed; only a-z, 0-9, '_' and '.' are allowed",
            ),
            (".abc", "must not start or end with '.'"),
            ("abc.", "must not start or end with '.'"),
            ("a..b", "must not contain '..'"),
            ("___", "must contain at least one letter or digit"),
            ("_._", "must contain at least one letter or digit"),
        ];
        for (input, want) in cases {
            assert_eq!(err(douyin_id(input)), want, "input {input}");
        }
    }

    // -- verification code ------------------------------------------------------

    #[test]
    fn verification_code_cases() {
        assert_eq!(verification_code("123456").unwrap(), "123456");
        assert_eq!(
            verification_code("\u{3000}０１２３４５\u{200B} ").unwrap(),
            "012345"
        );
        assert_eq!(err(verification_code("")), "is empty");
        assert_eq!(err(verification_code("12345")), "must be 6 digits, got 5");
        assert_eq!(err(verification_code("1234567")), "must be 6 digits, got 7");
        assert_eq!(
            err(verification_code("12a456")),
            "must contain only digits, got 'a'"
        );
        assert_eq!(
            err(verification_code("123 456")),
            "must contain only digits, got ' '"
        );
    }
}

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
