//! The public csv-spectrum suite (fixtures/csv-spectrum, byte-exact): every
//! file decodes through roster's reader to exactly the rows its JSON lists,
//! plain and re-encoded as Excel would save it (GB18030, UTF-16 with BOM and
//! tabs where the data allows).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;

use serde_json::{Map, Value};

fn decode(bytes: &[u8]) -> Vec<Map<String, Value>> {
    // The whole-input check that import runs first accepts every file of
    // the suite, in every encoding: it follows quotes as the reader does.
    let sniffed = roster::csvin::check(bytes, None).unwrap().unwrap();
    if sniffed.encoding == encoding_rs::GB18030 {
        roster::csvin::check_decodes(bytes, sniffed.encoding)
            .unwrap()
            .unwrap();
    }
    let (_, mut r) = roster::csvin::open(bytes).unwrap();
    let headers: Vec<String> = r.headers().unwrap().iter().map(str::to_string).collect();
    r.records()
        .map(|rec| {
            let rec = rec.unwrap();
            headers
                .iter()
                .zip(rec.iter())
                .map(|(h, v)| (h.clone(), Value::String(v.to_string())))
                .collect()
        })
        .collect()
}

/// One suite file: its name, its bytes, the rows it must decode to.
type Case = (String, Vec<u8>, Vec<Map<String, Value>>);

fn cases() -> Vec<Case> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/csv-spectrum");
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir.join("csvs")).unwrap() {
        let path = entry.unwrap().path();
        let stem = path.file_stem().unwrap().to_string_lossy().to_string();
        let bytes = std::fs::read(&path).unwrap();
        let want: Vec<Map<String, Value>> = serde_json::from_slice(
            &std::fs::read(dir.join("json").join(format!("{stem}.json"))).unwrap(),
        )
        .unwrap();
        out.push((stem, bytes, want));
    }
    assert!(out.len() >= 10, "the suite is in fixtures/csv-spectrum");
    out
}

#[test]
fn every_csv_spectrum_file_decodes_to_its_rows() {
    for (name, bytes, want) in cases() {
        assert_eq!(decode(&bytes), want, "{name}");
    }
}

#[test]
fn csv_spectrum_survives_gb18030_and_bom() {
    for (name, bytes, want) in cases() {
        let text = String::from_utf8(bytes).unwrap();
        let (gb, _, _) = encoding_rs::GB18030.encode(&text);
        assert_eq!(decode(&gb), want, "{name} in GB18030");
        let mut bom = vec![0xEF, 0xBB, 0xBF];
        bom.extend_from_slice(text.as_bytes());
        assert_eq!(decode(&bom), want, "{name} with a BOM");
    }
}

#[test]
fn csv_spectrum_survives_utf16_unicode_text() {
    for (name, bytes, want) in cases() {
        let text = String::from_utf8(bytes).unwrap();
        if text.contains('\t') {
            continue;
        }
        // Excel's "Unicode Text": UTF-16LE with a BOM, tab-separated. Only
        // the delimiters outside quotes change.
        let mut tabbed = String::new();
        let mut quoted = false;
        for c in text.chars() {
            match c {
                '"' => {
                    quoted = !quoted;
                    tabbed.push(c);
                }
                ',' if !quoted => tabbed.push('\t'),
                _ => tabbed.push(c),
            }
        }
        let mut utf16 = vec![0xFF, 0xFE];
        for u in tabbed.encode_utf16() {
            utf16.extend_from_slice(&u.to_le_bytes());
        }
        assert_eq!(decode(&utf16), want, "{name} as UTF-16 text");
    }
}
