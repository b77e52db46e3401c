use super::*;

/// Every rule id roster enforces, as the rules are numbered.
const RULE_IDS: &[&str] = &[
    "EN-1", "EN-2", "EN-3", "EN-4", "EN-5", "EN-6", "POS-1", "POS-2", "POS-2a", "POS-3", "POS-4",
    "POS-5", "DEP-1", "EA-1", "EA-2", "EA-3", "EA-4", "EA-5", "EA-6", "EA-7", "EA-8", "EA-9",
    "EA-10", "EA-11", "EA-12", "PA-1", "PA-2", "PA-3", "PA-4", "PA-5", "PA-6", "PA-7", "PA-8",
    "UP-1", "UP-2", "UP-3", "UP-4", "UP-5", "UP-6", "UP-7", "UP-8", "AG-1", "AG-2", "AG-3", "AG-4",
    "AG-5", "AG-6", "SH-1", "SH-2", "SH-3", "SH-4", "VC-1", "TM-1", "SW-1", "AU-1", "PII-1",
];

fn rules() -> Vec<&'static Entry> {
    entries().iter().filter(|e| e.kind == Kind::Rule).collect()
}

fn errors() -> Vec<&'static Entry> {
    entries().iter().filter(|e| e.kind == Kind::Error).collect()
}

#[test]
fn rules_md_has_every_rule_in_order_and_nothing_else() {
    let ids: Vec<&str> = rules().iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, RULE_IDS);
}

#[test]
fn every_rule_says_what_where_checks_and_ways_out() {
    for e in rules() {
        assert!(!e.title.is_empty() && !e.title.contains("**"), "{}", e.id);
        for label in [
            "**What it says.**",
            "**Where it comes from.**",
            "**What roster checks.**",
            "**Ways out.**",
        ] {
            assert!(e.body.contains(label), "{} lacks {label}", e.id);
        }
        assert!(!e.section.is_empty(), "{}", e.id);
    }
}

#[test]
fn every_error_has_a_title_exit_codes_rules_that_exist_and_text() {
    assert!(errors().len() > 100);
    for e in errors() {
        assert!(!e.title.is_empty() && !e.title.contains("**"), "{}", e.id);
        assert!(
            !e.exit_codes.is_empty() && e.exit_codes.iter().all(|c| (1..=7).contains(c)),
            "{}: exit codes {:?} (is the `Exit N · rule …` line there?)",
            e.id,
            e.exit_codes
        );
        for r in &e.rules {
            assert!(
                RULE_IDS.contains(&r.as_str()),
                "{} cites unknown rule {r}",
                e.id
            );
        }
        assert!(!e.body.trim().is_empty(), "{} has no text", e.id);
        assert!(
            e.id.chars().all(|c| c.is_ascii_uppercase() || c == '_'),
            "{}",
            e.id
        );
    }
}

#[test]
fn ids_are_unique_whatever_the_case_and_separators() {
    let mut keys: Vec<String> = entries().iter().map(|e| key(&e.id)).collect();
    let n = keys.len();
    keys.sort();
    keys.dedup();
    assert_eq!(keys.len(), n);
}

#[test]
fn find_ignores_case_and_separators() {
    assert_eq!(find("en4").map(|e| e.id.as_str()), Some("EN-4"));
    assert_eq!(find("pos-2A").map(|e| e.id.as_str()), Some("POS-2a"));
    assert_eq!(
        find("quota-exceeded").map(|e| e.id.as_str()),
        Some("QUOTA_EXCEEDED")
    );
    assert!(find("EN-44").is_none());
}

#[test]
fn an_error_knows_its_exit_code_and_rule() {
    let e = find("QUOTA_EXCEEDED").unwrap();
    assert_eq!(
        (e.exit_codes.as_slice(), e.rules.as_slice()),
        (&[4][..], &["EN-4".to_string()][..])
    );
    assert_eq!(e.doc(), "docs/errors.md#quota_exceeded");
    let e = find("NOT_AN_ENTERPRISE").unwrap();
    assert_eq!(e.exit_codes, [4, 5]);
    assert!(errors_citing("EN-4").contains(&"QUOTA_EXCEEDED"));
    assert_eq!(find("EN-4").unwrap().doc(), "docs/rules.md#en-4");
}

#[test]
fn near_suggests_what_was_probably_meant() {
    assert_eq!(near("EN-44", 3).first(), Some(&"EN-4"));
    assert!(near("QUOTA", 5).contains(&"QUOTA_EXCEEDED"));
    assert!(near("QUOTA_EXCEDED", 5).contains(&"QUOTA_EXCEEDED"));
    assert!(near("zzzzzzzz", 5).is_empty());
    assert!(near("", 5).is_empty());
}

#[test]
fn plain_keeps_labels_and_code_and_drops_link_targets_and_bold() {
    assert_eq!(
        plain("**Ways out.** See [EN-4](#en-4) and `roster org level [H]`; [x] stays."),
        "Ways out. See EN-4 and `roster org level [H]`; [x] stays."
    );
}

#[test]
fn rule_ids_are_found_in_text_once_each() {
    assert_eq!(
        rule_ids("rules [EN-2](rules.md#en-2), EN-5, POS-2a … EN-2; xEN-3 no, TM-1"),
        ["EN-2", "EN-5", "POS-2a", "TM-1"]
    );
    assert!(rule_ids("—").is_empty());
}

#[test]
fn every_link_inside_the_docs_points_at_an_entry_that_exists() {
    for e in entries() {
        let mut rest = e.body.as_str();
        while let Some(i) = rest.find("](") {
            let target = &rest[i + 2..];
            let end = target.find(')').unwrap_or(target.len());
            let t = &target[..end];
            if let Some(anchor) = t.strip_prefix('#').or_else(|| {
                t.strip_prefix("rules.md#")
                    .or_else(|| t.strip_prefix("errors.md#"))
            }) {
                assert!(
                    entries().iter().any(|x| x.id.to_lowercase() == anchor),
                    "{}: link to #{anchor} has no entry",
                    e.id
                );
            }
            rest = &target[end..];
        }
    }
}
