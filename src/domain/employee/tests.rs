//! Tests of the parent module.

use super::*;

#[test]
fn ea3_proof_in_chinese() {
    assert_eq!(Proof::parse("盖章"), Ok(Proof::Sealed));
    assert_eq!(Proof::parse(" 法人签字 "), Ok(Proof::LegalRepSigned));
    assert_eq!(Proof::parse("Sealed"), Ok(Proof::Sealed));
    assert!(Proof::parse("签字").is_err());
}

#[test]
fn ea5_review_only_from_reviewing() {
    assert!(next("a@b.cn", Status::Reviewing, Step::Review { approve: true }).is_ok());
    let e = next("a@b.cn", Status::Active, Step::Review { approve: true }).unwrap_err();
    assert_eq!(e.code, "INVALID_STATE");
    assert_eq!(e.details["status"], "active");
    assert!(e.hint.unwrap().contains("activate"));
}

#[test]
fn every_state_names_its_next_steps() {
    assert_eq!(next_steps(Status::Rejected), vec!["resubmit", "withdraw"]);
    assert_eq!(next_steps(Status::Vacant), vec!["enable", "deregister"]);
    assert!(next_steps(Status::Deregistered).is_empty());
    assert!(next_steps(Status::Withdrawn).is_empty());
    let e = next("a@b.cn", Status::Deregistered, Step::Enable).unwrap_err();
    assert!(e.hint.unwrap().contains("closed"));
}

/// The employee-account machine (docs/rules.md), every step from every
/// state: allowed exactly from the states the machine lists, to the state
/// the rules name.
#[test]
fn spec3_every_step_from_every_state() {
    use Status::*;
    let steps = [
        (Step::Review { approve: true }, Some(Active)),
        (Step::Review { approve: false }, Some(Rejected)),
        (Step::Resubmit, Some(Reviewing)),
        (Step::Withdraw { ever_active: false }, Some(Withdrawn)),
        (Step::Withdraw { ever_active: true }, Some(Vacant)),
        (Step::Activate, None),
        (Step::Assets, None),
        (Step::Resign { unsettled: true }, Some(Resigning)),
        (Step::Resign { unsettled: false }, Some(Vacant)),
        (Step::UnbindConfirm, Some(Vacant)),
        (Step::Enable, Some(Reviewing)),
        (Step::Deregister, Some(Deregistering)),
        (
            Step::DeregisterReview {
                approve: true,
                filed_from: Some(Vacant),
            },
            Some(Deregistered),
        ),
        (
            Step::DeregisterReview {
                approve: false,
                filed_from: Some(Vacant),
            },
            Some(Vacant),
        ),
    ];
    for (from, _) in Status::CODES {
        for (step, to) in steps {
            let allowed = Accounts::sources(step.verb()).contains(&from);
            match next("a@b.cn", from, step) {
                Ok(got) => {
                    assert!(allowed, "{step:?} from {from:?}");
                    assert_eq!(got, to.unwrap_or(from), "{step:?} from {from:?}");
                }
                Err(e) => {
                    assert!(!allowed, "{step:?} from {from:?}");
                    assert_eq!(e.code, "INVALID_STATE");
                    assert_eq!(e.rule, Accounts::rule(step.verb()));
                }
            }
        }
    }
}

#[test]
fn en3_withdrawn_and_deregistered_free_their_seat() {
    for (s, _) in Status::CODES {
        assert_eq!(
            s.holds_seat(),
            !matches!(s, Status::Withdrawn | Status::Deregistered)
        );
    }
}

#[test]
fn ea3_signature_only_for_individual_business_with_note() {
    assert!(check_proof(Proof::Sealed, false).is_ok());
    assert_eq!(
        check_proof(Proof::LegalRepSigned, false).unwrap_err().code,
        "PROOF_NEEDS_SEAL"
    );
    assert!(check_proof(Proof::LegalRepSigned, true).is_ok());
    assert!(needs_proof_note(Proof::LegalRepSigned));
    assert!(!needs_proof_note(Proof::Sealed));
}

#[test]
fn ea6_app_version_compared_numerically() {
    let min = AppVersion::parse("20.7").unwrap();
    let check = |v: &str| check_client(&parse_client(v).unwrap(), &min, "20.7");
    assert!(check("20.10").is_ok());
    assert!(check("20.7").is_ok());
    assert_eq!(check("20.6.9").unwrap_err().code, "APP_TOO_OLD");
    assert_eq!(check("web").unwrap_err().code, "WEB_NOT_SUPPORTED");
    assert_eq!(check("PC").unwrap_err().code, "WEB_NOT_SUPPORTED");
}

#[test]
fn ea6_malformed_app_version_is_input_not_a_refusal() {
    for bad in ["latest", "", "20..7", "20.7-beta"] {
        let why = parse_client(bad).unwrap_err();
        assert!(why.contains("20.7"), "{bad:?}: {why}");
    }
}

#[test]
fn ea12_showcase_reports_every_unmet_condition() {
    let none = showcase(&ShowcaseFacts::default(), 500, 10, 1000);
    assert_eq!(none.len(), 4);
    let edge = ShowcaseFacts {
        real_name: true,
        deposit_paid: true,
        public_videos: 10,
        followers: 1000,
    };
    let r = showcase(&edge, 500, 10, 1000);
    assert_eq!(r.len(), 1, "1000 followers is not more than 1000");
    let ok = ShowcaseFacts {
        followers: 1001,
        ..edge
    };
    assert!(showcase(&ok, 500, 10, 1000).is_empty());
}

#[test]
fn ea12_flash_group_buy_needs_the_group_buy_tool() {
    let m = vec![("home.flash_group_buy".to_string(), true)];
    let r = merchant_page(&m, &["home.flash_group_buy".to_string()]);
    assert_eq!(r.len(), 1);
    assert!(r[0].condition.contains("video.group_buy"));
    let granted = vec![
        "home.flash_group_buy".to_string(),
        "video.group_buy".to_string(),
    ];
    assert!(merchant_page(&m, &granted).is_empty());
}

#[test]
fn ea12_merchant_page_needs_an_approved_module() {
    assert_eq!(merchant_page(&[], &[]).len(), 1);
    let pending = vec![("home.profile_card".to_string(), false)];
    let r = merchant_page(&pending, &["home.profile_card".to_string()]);
    assert_eq!(r.len(), 1);
    assert!(r[0].condition.contains("not approved"));
}

#[test]
fn ea12_xingtu_excludes_employee_accounts() {
    assert!(xingtu(false).is_empty());
    assert_eq!(xingtu(true).len(), 1);
}

/// Issue 12: a step that already happened is no refusal; a step that
/// carries new data (resubmit, enable) is never a repeat.
#[test]
fn a_repeated_step_holds_only_where_it_leads() {
    use Status::*;
    assert!(holds(Active, Step::Review { approve: true }));
    assert!(!holds(Active, Step::Review { approve: false }));
    assert!(holds(Rejected, Step::Review { approve: false }));
    assert!(holds(Withdrawn, Step::Withdraw { ever_active: false }));
    assert!(holds(Vacant, Step::UnbindConfirm));
    assert!(holds(Deregistering, Step::Deregister));
    assert!(!holds(Reviewing, Step::Resubmit));
    assert!(!holds(Reviewing, Step::Enable));
    for (s, _) in Status::CODES {
        // A step that holds is never also a move the machine would make.
        for step in [
            Step::Review { approve: true },
            Step::Withdraw { ever_active: false },
            Step::UnbindConfirm,
        ] {
            if holds(s, step) {
                assert!(next("a@b.cn", s, step).is_err(), "{step:?} from {s:?}");
            }
        }
    }
}
