//! The review trail: each section's reviewer, date and evidence sampling; the
//! approval; Final only once approved, and a draft again after any change.

use best_value_self_assessment::domain::assessment::{
    merge, Change, ChangeError, ReportStatus, Scope, SignOffPart, Stamp,
};
use best_value_self_assessment::domain::section::SectionRef;

use crate::assessment::{framework, start};

fn approve(by: &str, date: &str) -> [Change; 2] {
    [
        Change::Approval {
            part: SignOffPart::By,
            text: by.into(),
        },
        Change::Approval {
            part: SignOffPart::Date,
            text: date.into(),
        },
    ]
}

#[test]
fn only_an_approved_assessment_can_be_marked_final() {
    let framework = framework();
    let mut a = start(&framework, Scope::Everything);
    let final_ = || Change::Status(ReportStatus::Final);
    assert_eq!(
        a.apply(&framework, final_(), 10),
        Err(ChangeError::NotApproved)
    );
    for (by, date) in [
        ("Chief Executive", ""),
        ("", "2026-06-30"),
        ("Chief Executive", "30/06/2026"),
    ] {
        for change in approve(by, date) {
            a.apply(&framework, change, 20).unwrap();
        }
        assert_eq!(
            a.apply(&framework, final_(), 30),
            Err(ChangeError::NotApproved),
            "{by:?} on {date:?}"
        );
        assert_eq!(a.status, ReportStatus::Draft);
    }
    for change in approve("Chief Executive", "2026-06-30") {
        a.apply(&framework, change, 40).unwrap();
    }
    assert_eq!(a.apply(&framework, final_(), 50), Ok(true));
    assert_eq!(a.status, ReportStatus::Final);
    assert_eq!(a.changed_after_final, None);
}

#[test]
fn any_change_after_final_makes_it_a_draft_again_and_says_when() {
    let framework = framework();
    let mut a = start(&framework, Scope::Everything);
    for change in approve("Leader of the Council", "2026-06-30") {
        a.apply(&framework, change, 10).unwrap();
    }
    a.apply(&framework, Change::Status(ReportStatus::Final), 20)
        .unwrap();
    // A change that changes nothing leaves it Final.
    let blank_reference = Change::AddReference {
        item: "governance.c01".into(),
        text: "  ".into(),
    };
    assert_eq!(a.apply(&framework, blank_reference, 30), Ok(false));
    assert_eq!(a.status, ReportStatus::Final);

    let governance = SectionRef::Theme("governance".into());
    let changes = [
        Change::Rating {
            item: "governance.c01".into(),
            level: Some("not-in-place".into()),
        },
        Change::Narrative {
            item: "governance.c01".into(),
            text: "More evidence".into(),
        },
        Change::Rename("Renamed".into()),
        Change::Review {
            section: governance.clone(),
            part: SignOffPart::By,
            text: "Head of Audit".into(),
        },
        Change::EvidenceSampled {
            section: governance,
            sampled: true,
        },
        Change::Approval {
            part: SignOffPart::By,
            text: "Chief Executive".into(),
        },
    ];
    for (n, change) in changes.into_iter().enumerate() {
        let ms = 100 + n as i64;
        a.apply(&framework, Change::Status(ReportStatus::Final), ms)
            .unwrap();
        let what = format!("{change:?}");
        assert_eq!(a.apply(&framework, change, ms + 1), Ok(true));
        assert_eq!(a.status, ReportStatus::Draft, "{what}");
        assert_eq!(a.changed_after_final, Some(ms + 1), "{what}");
    }
    // Marking it Final again clears the record of the change.
    a.apply(&framework, Change::Status(ReportStatus::Final), 200)
        .unwrap();
    assert_eq!(a.changed_after_final, None);
}

#[test]
fn the_return_to_draft_wins_over_an_older_final_copy_in_another_tab() {
    let framework = framework();
    let mut a = start(&framework, Scope::Everything);
    for change in approve("Chief Executive", "2026-06-30") {
        a.apply_stamped(&framework, change, Stamp::new(10, "x"))
            .unwrap();
    }
    a.apply_stamped(
        &framework,
        Change::Status(ReportStatus::Final),
        Stamp::new(20, "x"),
    )
    .unwrap();
    let other_tab = a.clone();
    let change = Change::Narrative {
        item: "culture.c01".into(),
        text: "later".into(),
    };
    a.apply_stamped(&framework, change, Stamp::new(30, "x"))
        .unwrap();
    for merged in [merge(&a, &other_tab), merge(&other_tab, &a)] {
        assert_eq!(merged.status, ReportStatus::Draft);
        assert_eq!(merged.changed_after_final, Some(30));
    }
}

#[test]
fn sections_in_scope_record_who_reviewed_them_when_and_whether_evidence_was_sampled() {
    let framework = framework();
    let governance = SectionRef::Theme("governance".into());
    let culture = SectionRef::Theme("culture".into());
    let mut a = start(&framework, Scope::Chosen(vec![governance.clone()]));
    let review = |section: &SectionRef, part, text: &str| Change::Review {
        section: section.clone(),
        part,
        text: text.into(),
    };
    assert_eq!(
        a.apply(&framework, review(&culture, SignOffPart::By, "x"), 10),
        Err(ChangeError::UnknownItem("culture".into())),
        "not a section of this assessment"
    );
    // Two tabs: one names the reviewer, the other records the sampling.
    let mut x = a.clone();
    let mut y = a.clone();
    let by = review(&governance, SignOffPart::By, "Head of Internal Audit");
    let on = review(&governance, SignOffPart::Date, "2026-05-14");
    x.apply_stamped(&framework, by, Stamp::new(10, "x"))
        .unwrap();
    x.apply_stamped(&framework, on, Stamp::new(11, "x"))
        .unwrap();
    let sampled = Change::EvidenceSampled {
        section: governance.clone(),
        sampled: true,
    };
    y.apply_stamped(&framework, sampled, Stamp::new(12, "y"))
        .unwrap();
    a = merge(&x, &y);
    let review = &a.reviews[&governance];
    assert_eq!(review.sign_off.by, "Head of Internal Audit");
    assert_eq!(review.sign_off.date, "2026-05-14");
    assert!(review.sign_off.is_given());
    assert!(review.evidence_sampled);
    assert!(!a.reviews.contains_key(&culture));
}

#[test]
fn an_approval_says_which_parts_it_still_needs() {
    use best_value_self_assessment::domain::assessment::SignOff;
    let sign_off = |by: &str, date: &str| SignOff {
        by: by.into(),
        date: date.into(),
    };
    assert_eq!(
        sign_off("", "").missing(),
        [SignOffPart::By, SignOffPart::Date]
    );
    assert_eq!(sign_off("  ", "2027-06-15").missing(), [SignOffPart::By]);
    assert_eq!(
        sign_off("Chief Executive", "2027-02-30").missing(),
        [SignOffPart::Date],
        "not a real date"
    );
    assert!(sign_off("Chief Executive", "2027-06-15")
        .missing()
        .is_empty());
    assert!(sign_off("Chief Executive", "2027-06-15").is_given());
}
