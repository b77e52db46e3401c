//! Tests of the validators.

use std::fmt;

use super::credit::{CREDIT_ALPHABET, CREDIT_WEIGHTS};
use super::identity::ID_WEIGHTS;
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

/// Mutation gap: deleting the 30-day-month arm or the non-leap February
/// arm of `days_in_month` refused only days that must be refused anyway;
/// the last real day of such a month must be accepted, by the validator
/// and by PII-1 masking in text (which has its own date check).
#[test]
fn identity_last_day_of_30_day_months_and_non_leap_february() {
    for (date, last) in [
        ("19900430", true),
        ("19900630", true),
        ("19900930", true),
        ("19901130", true),
        ("19900228", true),
        ("19000228", true),
        ("21000228", true),
        ("19900431", false),
        ("19900631", false),
        ("19900931", false),
        ("19901131", false),
        ("19900229", false),
        ("21000229", false),
    ] {
        let id = id_with_check(&format!("110105{date}123"));
        if last {
            assert!(identity_number(&id).is_ok(), "{id}");
            assert_eq!(mask_identities_in(&id), mask_identity(&id), "{id}");
        } else {
            assert_eq!(
                err(identity_number(&id)),
                format!("birth date {date} is not a real date")
            );
            // Not a real birth date: not an identity number in text.
            assert_eq!(mask_identities_in(&id), id);
        }
    }
}

/// PII-1: `{:?}` (logs, panics, test failures) shows only the mask.
#[test]
fn pii1_identity_debug_shows_only_the_mask() {
    let id = identity_number("11010519491231002X").unwrap();
    let debug = format!("{id:?}");
    assert_eq!(debug, "IdentityNumber(110***********002X)");
    assert!(!debug.contains("0519491231"), "{debug}");
    assert_eq!(
        format!("{:?}", Some(&id)),
        "Some(IdentityNumber(110***********002X))"
    );
    assert_eq!(format!("{id:#?}"), debug);
}

/// Mutation gap: a digit run longer than 18 that starts mid-text is not
/// an identity number, even when its last 18 characters are one (a run
/// starts only after a non-digit); it is shown as it is.
#[test]
fn pii1_over_long_digit_run_mid_text_is_left_alone() {
    for text in [
        "ref 911010519491231002X end",
        "order:0011010519491231002X.",
        "ref ９11010519491231002X",
        "x1101051949123100211y",
    ] {
        assert_eq!(mask_identities_in(text), text);
    }
    // The same number alone mid-text is masked.
    assert_eq!(
        mask_identities_in("ref 11010519491231002X end"),
        "ref 110***********002X end"
    );
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

#[test]
fn credit_code_division_is_six_digits() {
    // Found by the `validators` fuzz target: a letter in characters 3-8
    // (the GB/T 2260 division) passed whenever the check character
    // matched.
    let e = err(credit_code("913500M10000100Y43"));
    assert!(
        e.starts_with("character 7 'M' is not allowed") && e.contains("division"),
        "{e}"
    );
    for at in 2..8 {
        let mut body: Vec<char> = "91350100M000100Y4".chars().collect();
        body[at] = 'A';
        let code = credit_with_check(&body.iter().collect::<String>());
        let e = err(credit_code(&code));
        assert!(
            e.starts_with(&format!("character {} 'A' is not allowed", at + 1)),
            "{code}: {e}"
        );
    }
    // Characters 1-2 keep GB 32100's letters (registering authority N,
    // agriculture; Y, other); characters 9-17 (the organisation code)
    // take letters too.
    for body in [
        "N2350100M000100Y4",
        "Y1350100M000100Y4",
        "9135010000000ABCD",
    ] {
        let code = credit_with_check(body);
        assert_eq!(credit_code(&code).unwrap().as_str(), code);
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
