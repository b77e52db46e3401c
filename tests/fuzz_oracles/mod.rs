//! What must hold for any input, checked the same way by the proptest
//! drivers in the normal suite (tests/properties.rs) and by the cargo-fuzz
//! targets (fuzz/fuzz_targets/, which include this file by path). A
//! violated property panics with the reason; so does a panic inside roster.
//!
//! Only roster is used here (no dev-dependency): the fuzz crate depends on
//! roster alone.

#![allow(dead_code, clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use roster::app::import::{Kind, Layout, Row, columns};
use roster::domain::validate;

/// The CSV reader: `csvin::check` (and `check_decodes` for GB18030)
/// refuses with a line number, or the file is read to its end without an
/// error (import checks first so that no file fails after its first rows
/// landed), each row mapped through every kind's layout that accepts the
/// header row, record lines never going back.
pub fn csv(data: &[u8]) {
    let verdict = roster::csvin::check(data, None).expect("reading a slice never fails");
    let sniffed = match verdict {
        Ok(s) => s,
        Err(m) => {
            assert!(m.line >= 1, "refused without a line: {m:?}");
            assert!(!m.code.is_empty() && !m.message.is_empty(), "{m:?}");
            return;
        }
    };
    let utf8 = sniffed.encoding.name() == "UTF-8";
    if sniffed.encoding.name() == "gb18030" {
        let decodes =
            roster::csvin::check_decodes(data, sniffed.encoding).expect("a slice never fails");
        if let Err(m) = decodes {
            assert!(m.line >= 1, "refused without a line: {m:?}");
            return;
        }
    }
    let (_, mut reader, ends) =
        roster::csvin::open_as(data, Some(utf8)).expect("opening a slice never fails");
    let headers: Vec<String> = match reader.headers() {
        Ok(h) => h.iter().map(str::to_string).collect(),
        Err(e) => panic!("a checked file fails at its header row: {e}"),
    };
    let layouts: Vec<Layout> = Kind::CODES
        .iter()
        .filter_map(|(kind, _)| Layout::new(*kind, &headers).ok())
        .collect();
    let mut last_line = 1;
    for rec in reader.records() {
        let rec = match rec {
            Ok(r) => r,
            Err(e) => panic!("a checked file fails after its first rows: {e}"),
        };
        let line = rec.position().map_or(last_line, |p| ends.line(p));
        assert!(
            line >= last_line,
            "record line {line} after line {last_line}"
        );
        last_line = line;
        let cells: Vec<String> = rec.iter().map(str::to_string).collect();
        for layout in &layouts {
            let row = Row::new(layout, &cells);
            for c in columns(layout.kind()) {
                if let Ok(Some(v)) = row.get(c.field) {
                    assert_eq!(validate::clean(&v), v, "a cell is read cleaned");
                }
            }
            let _ = row.password();
        }
    }
}

/// Every validator on any text: no panic, and what one accepts it accepts
/// again unchanged (a stored value re-imports as itself).
pub fn validators(s: &str) {
    // GB 11643 (PII-1: never echoed, never shown unmasked).
    match validate::identity_number(s) {
        Ok(id) => {
            assert_eq!(id.as_str().chars().count(), 18);
            assert_eq!(validate::identity_number(id.as_str()).as_ref(), Ok(&id));
            assert_eq!(
                format!("{id:?}"),
                format!("IdentityNumber({})", id.masked())
            );
            assert_eq!(id.to_string(), id.masked());
            assert_eq!(validate::mask_identities_in(id.as_str()), id.masked());
        }
        Err(why) => assert_eq!(
            validate::mask_identities_in(&why),
            why,
            "an error names an identity number"
        ),
    }
    // GB 32100.
    if let Ok(code) = validate::credit_code(s) {
        let text = code.as_str();
        assert_eq!(text.len(), 18);
        // The division (characters 3-8) is digits; characters 1-2 may be
        // letters (GB 32100's registering authorities).
        assert!(
            text.bytes().skip(2).take(6).all(|b| b.is_ascii_digit()),
            "{text}"
        );
        assert_eq!(validate::credit_code(text).as_ref(), Ok(&code));
    }
    if let Ok(p) = validate::phone(s) {
        assert_eq!(validate::phone(p.as_str()).as_ref(), Ok(&p));
    }
    if let Ok(e) = validate::email(s) {
        assert_eq!(validate::email(e.as_str()).as_ref(), Ok(&e));
    }
    if let Ok(d) = validate::douyin_id(s) {
        assert_eq!(validate::douyin_id(d.as_str()).as_ref(), Ok(&d));
    }
    if let Ok(v) = validate::verification_code(s) {
        assert_eq!(validate::verification_code(&v).as_ref(), Ok(&v));
    }
    if let Ok(t) = validate::free_text(s) {
        assert_eq!(validate::free_text(&t).as_ref(), Ok(&t));
    }
    if let Ok(a) = validate::actor(s) {
        assert!(!a.chars().any(validate::forbidden), "{a:?}");
        assert_eq!(validate::actor(&a).as_ref(), Ok(&a));
    }
    type NameCheck = fn(&str) -> Result<String, String>;
    let names: [NameCheck; 3] = [
        roster::domain::org::name,
        roster::domain::position::position_name,
        roster::domain::position::department_name,
    ];
    for check in names {
        if let Ok(n) = check(s) {
            assert!(
                !n.chars()
                    .any(|c| validate::forbidden(c) || validate::invisible(c)),
                "{n:?}"
            );
            assert_eq!(check(&n).as_ref(), Ok(&n));
        }
    }
    // PII-1 masking keeps the text's length and everything around a
    // number; a masked text masks to itself.
    let masked = validate::mask_identities_in(s);
    assert_eq!(masked.chars().count(), s.chars().count());
    assert_eq!(validate::mask_identities_in(&masked), masked);
    let m = validate::mask_identity(s);
    let n = s.chars().count();
    assert_eq!(m.chars().count(), n);
    for (i, (a, b)) in s.chars().zip(m.chars()).enumerate() {
        let shown = n > 7 && (i < 3 || i >= n - 4);
        assert!(if shown { a == b } else { b == '*' }, "{i} of {n}");
    }
}

/// The instant parser (`--now` and every instant flag): no panic, a
/// refusal is invalid input (exit 5) with one of its two codes, and what
/// it accepts is a whole second that `clock::fmt` writes and the parser
/// reads back as the same instant.
pub fn instant(s: &str) {
    for start in [false, true] {
        let parsed = if start {
            roster::clock::parse_instant_from("--since", s)
        } else {
            roster::clock::parse_instant("--now", s)
        };
        match parsed {
            Ok(ts) => {
                assert_eq!(ts.subsec_nanosecond(), 0, "{s:?}");
                let text = roster::clock::fmt(ts);
                assert_eq!(text.len(), 20, "{s:?} formats as {text:?}");
                assert_eq!(
                    roster::clock::parse_stored(&text).ok(),
                    Some(ts),
                    "{s:?} -> {text:?}"
                );
                assert_eq!(
                    roster::clock::parse_instant("--now", &text).ok(),
                    Some(ts),
                    "{s:?} -> {text:?}"
                );
            }
            Err(e) => {
                assert_eq!(e.exit_code(), 5, "{s:?}: {e}");
                assert!(
                    matches!(e.code(), "INVALID_INSTANT" | "INSTANT_OUT_OF_RANGE"),
                    "{s:?}: {}",
                    e.code()
                );
            }
        }
    }
}
