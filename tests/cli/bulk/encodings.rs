use super::*;

// ---------------------------------------------------------------------------
// Encodings: GB18030, UTF-8 with and without BOM, UTF-16 "Unicode Text"
// ---------------------------------------------------------------------------

#[test]
fn gb18030_crlf_with_chinese_headers_imports() {
    // The fixture really is what Excel on Chinese Windows saves.
    let bytes = std::fs::read(fixture!("employees_gb18030.csv")).unwrap();
    assert!(std::str::from_utf8(&bytes).is_err(), "not GB18030");
    assert!(bytes.windows(2).any(|p| p == b"\r\n"), "not CRLF");
    employees_fixture_imports(
        fixture!("employees_gb18030.csv"),
        &["gb18030", "comma"],
        &["bom"],
    );
}

#[test]
fn utf8_with_bom_imports_like_gb18030() {
    let bytes = std::fs::read(fixture!("employees_utf8_bom.csv")).unwrap();
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"));
    employees_fixture_imports(
        fixture!("employees_utf8_bom.csv"),
        &["utf-8", "bom", "comma"],
        &[],
    );
}

#[test]
fn utf8_without_bom_lf_imports_like_gb18030() {
    employees_fixture_imports(
        fixture!("employees_utf8.csv"),
        &["utf-8", "comma"],
        &["bom"],
    );
}

#[test]
fn utf16le_unicode_text_imports_like_gb18030() {
    let bytes = std::fs::read(fixture!("employees_utf16le.txt")).unwrap();
    assert!(bytes.starts_with(b"\xFF\xFE"));
    employees_fixture_imports(
        fixture!("employees_utf16le.txt"),
        &["utf-16le", "bom", "tab"],
        &[],
    );
}

#[test]
fn utf16be_unicode_text_imports_like_gb18030() {
    employees_fixture_imports(
        fixture!("employees_utf16be.txt"),
        &["utf-16be", "bom", "tab"],
        &[],
    );
}

#[test]
fn every_encoding_of_one_file_lands_once() {
    // The same rows in five encodings: the first lands, the other four are
    // unchanged (they decode to the very same cells).
    let env = acme_cn();
    let rp = env.path("r.csv").display().to_string();
    let files = [
        fixture!("employees_gb18030.csv"),
        fixture!("employees_utf8_bom.csv"),
        fixture!("employees_utf8.csv"),
        fixture!("employees_utf16le.txt"),
        fixture!("employees_utf16be.txt"),
    ];
    for (i, f) in files.iter().enumerate() {
        let v = import(
            &env,
            0,
            &o(
                ACME,
                &["import", "employees", f, "--agree", "--report", &rp],
            ),
        );
        if i == 0 {
            assert_counts(&v, 3, 3, 0, 0, 0);
        } else {
            assert_counts(&v, 3, 0, 0, 3, 0);
        }
    }
    assert_eq!(env.audit_count("employee.apply"), 3);
}
