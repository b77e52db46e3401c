//! python-stdnum's test numbers for resident identity numbers (GB 11643)
//! and unified social credit codes (GB 32100) through roster's validators:
//! tests/vectors/README.md says where they come from and where roster
//! deliberately differs.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;

use roster::domain::validate::{credit_code, identity_number};

/// The non-comment lines of a vectors file, each without its `#` comment.
fn lines(name: &str) -> Vec<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/vectors")
        .join(name);
    let text = std::fs::read_to_string(&path).unwrap();
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| l.split(" #").next().unwrap().trim_end().to_string())
        .collect()
}

/// `input<TAB>stdnum<TAB>roster` lines of a `.differs` file.
fn differs(name: &str) -> Vec<(String, bool)> {
    lines(name)
        .iter()
        .map(|l| {
            let cols: Vec<&str> = l.split('\t').collect();
            assert_eq!(cols.len(), 3, "{l:?}");
            let verdict = |v: &str| match v {
                "valid" => true,
                "refused" => false,
                _ => panic!("{l:?}"),
            };
            assert_ne!(
                verdict(cols[1]),
                verdict(cols[2]),
                "not a difference: {l:?}"
            );
            (cols[0].to_string(), verdict(cols[2]))
        })
        .collect()
}

#[test]
fn stdnum_valid_identity_numbers_are_accepted() {
    let valid = lines("cn_ric.valid");
    assert_eq!(valid.len(), 6);
    for n in &valid {
        let id = identity_number(n).unwrap_or_else(|e| panic!("{n}: {e}"));
        // stdnum's validate() returns the number upper-cased.
        assert_eq!(id.reveal(), n.to_ascii_uppercase());
    }
}

#[test]
fn stdnum_invalid_identity_numbers_are_refused() {
    let invalid = lines("cn_ric.invalid");
    assert_eq!(invalid.len(), 4);
    for n in &invalid {
        let e = identity_number(n).expect_err(n);
        // PII-1: the reason never repeats the number.
        assert!(!e.contains(n.as_str()), "{e}");
    }
    // Each for the reason stdnum gives.
    let why = |n: &str| identity_number(n).unwrap_err();
    assert!(why("T60426199101010078").contains("must be a digit"));
    assert!(why("360426199113010079").contains("not a real date"));
    assert!(why("36042619910102009X").contains("check digit"));
    assert!(why("990426199112010074").contains("province code 99"));
}

#[test]
fn identity_numbers_where_roster_differs_from_stdnum() {
    let cases = differs("cn_ric.differs");
    assert_eq!(cases.len(), 2);
    for (n, accepted) in cases {
        assert_eq!(identity_number(&n).is_ok(), accepted, "{n}");
    }
}

#[test]
fn stdnum_valid_credit_codes_are_accepted() {
    let valid = lines("cn_uscc.valid");
    assert_eq!(valid.len(), 383);
    for n in &valid {
        let code = credit_code(n).unwrap_or_else(|e| panic!("{n}: {e}"));
        assert_eq!(code.as_str(), n);
        // Lower-case as stdnum's compact() upper-cases it.
        assert_eq!(credit_code(&n.to_ascii_lowercase()).unwrap(), code);
    }
}

#[test]
fn stdnum_invalid_credit_codes_are_refused() {
    let invalid = lines("cn_uscc.invalid");
    assert_eq!(invalid.len(), 4);
    for n in &invalid {
        credit_code(n).expect_err(n);
    }
    let why = |n: &str| credit_code(n).unwrap_err();
    assert!(why("12345").contains("must be 18 characters"));
    assert!(why("9111000060003IOZSV").contains("I, O, S, V, Z are never used"));
    assert!(why("91110000600037341N").starts_with("check character is N"));
    assert!(why("A1110000600037341L").starts_with("check character is L"));
}

#[test]
fn credit_codes_where_roster_differs_from_stdnum() {
    let cases = differs("cn_uscc.differs");
    assert_eq!(cases.len(), 2);
    for (n, accepted) in cases {
        assert_eq!(credit_code(&n).is_ok(), accepted, "{n}");
    }
}

/// The division-code rule checked against the suite: every valid number
/// has six digits in characters 3-8, and a letter put there is refused
/// whatever the check character.
#[test]
fn stdnum_division_codes_are_digits_and_roster_requires_it() {
    for n in lines("cn_uscc.valid") {
        assert!(n[2..8].bytes().all(|b| b.is_ascii_digit()), "{n}");
        for at in 2..8 {
            let mut chars: Vec<char> = n.chars().collect();
            chars[at] = 'A';
            for check in "0123456789ABCDEFGHJKLMNPQRTUWXY".chars() {
                chars[17] = check;
                let bad: String = chars.iter().collect();
                let e = credit_code(&bad).expect_err(&bad);
                assert!(e.contains("administrative division"), "{bad}: {e}");
            }
        }
    }
}
