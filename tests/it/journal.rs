//! A change stored at once in the assessment's small journal, and the whole
//! record rewritten later: what each write puts in the store, that every read
//! of the assessment (opening, the list, another tab) sees the journal's
//! changes, and that two tabs, a deletion and a full store lose nothing.

use best_value_self_assessment::domain::assessment::{Scope, Stamp};
use best_value_self_assessment::domain::sample::complete_assessment;
use best_value_self_assessment::domain::save_format::encode;
use best_value_self_assessment::storage::{
    assessment_key, journal_key, AssessmentRepository, KeyValueStore, Listed, MemoryStore, Synced,
    TabCopy,
};

use crate::assessment::framework;
use crate::tabs::{narrative, rating, saved, stored_text, text_of};

fn journal(repo: &AssessmentRepository<MemoryStore>) -> Option<String> {
    repo.store().get(&journal_key("a1")).unwrap()
}

fn record(repo: &AssessmentRepository<MemoryStore>) -> String {
    repo.store().get(&assessment_key("a1")).unwrap().unwrap()
}

#[test]
fn a_rating_on_a_complete_assessment_writes_a_kilobyte_or_two_not_the_whole_record() {
    let framework = framework();
    let sample = complete_assessment(&framework, "a1", 1_767_225_600_000, 2_000);
    let repo = AssessmentRepository::new(MemoryStore::new());
    repo.save(&sample).unwrap();
    let whole = record(&repo);
    let mut tab = TabCopy::open(&repo, "a1", &framework).unwrap();

    let (_, first) = framework.characteristics().next().unwrap();
    let level = if sample.rating(&first.id) == Some("not-in-place") {
        "well-established"
    } else {
        "not-in-place"
    };
    tab.change(
        &framework,
        rating(&first.id, level),
        Stamp::new(1_767_225_700_000, "t"),
    )
    .unwrap();
    let synced = tab.save(&repo, &framework).unwrap();

    assert_eq!(
        synced,
        Synced::InStep {
            wrote: true,
            before: None
        }
    );
    assert_eq!(record(&repo), whole, "the record is not rewritten");
    let written = journal(&repo).expect("the journal is written");
    assert!(
        whole.len() > 150_000,
        "the sample is large: {}",
        whole.len()
    );
    assert!(
        written.len() < 2_000,
        "the journal is small: {}",
        written.len()
    );
    assert!(tab.has_journal());

    // Every reader sees the change: opening, loading, the list of assessments.
    let reopened = TabCopy::open(&repo, "a1", &framework).unwrap();
    assert_eq!(reopened.assessment(), tab.assessment());
    assert_eq!(
        repo.load("a1", &framework).unwrap().rating(&first.id),
        Some(level)
    );
    let listed = repo.list(&framework).unwrap();
    assert!(matches!(&listed[..], [Listed::Readable(a)] if a.rating(&first.id) == Some(level)));
    assert!(repo.record_chars("a1").unwrap() > whole.len());
}

#[test]
fn rewriting_the_record_takes_the_journal_in_and_removes_it() {
    let (framework, repo) = saved();
    let mut tab = TabCopy::open(&repo, "a1", &framework).unwrap();
    tab.change(
        &framework,
        narrative("governance.c01", "Kept"),
        Stamp::new(10, "t"),
    )
    .unwrap();
    tab.save(&repo, &framework).unwrap();
    assert!(journal(&repo).is_some());

    let synced = tab.sync(&repo, &framework).unwrap();

    assert_eq!(
        synced,
        Synced::InStep {
            wrote: true,
            before: None
        }
    );
    assert_eq!(journal(&repo), None);
    assert!(!tab.has_journal());
    assert_eq!(record(&repo), encode(tab.assessment()));
    // Nothing new: a save after the rewrite writes nothing at all.
    assert_eq!(
        tab.save(&repo, &framework).unwrap(),
        Synced::InStep {
            wrote: false,
            before: None
        }
    );
    assert_eq!(journal(&repo), None);
}

#[test]
fn two_tabs_saving_journals_keep_each_others_changes_before_and_after_a_rewrite() {
    let (framework, repo) = saved();
    let mut a = TabCopy::open(&repo, "a1", &framework).unwrap();
    let mut b = TabCopy::open(&repo, "a1", &framework).unwrap();

    a.change(
        &framework,
        narrative("governance.c01", "From A"),
        Stamp::new(10, "a"),
    )
    .unwrap();
    a.save(&repo, &framework).unwrap();
    b.change(
        &framework,
        rating("culture.c01", "mostly-in-place"),
        Stamp::new(11, "b"),
    )
    .unwrap();
    let synced = b.save(&repo, &framework).unwrap();

    assert!(matches!(
        synced,
        Synced::InStep {
            wrote: true,
            before: Some(_)
        }
    ));
    assert_eq!(
        text_of(&b, "governance.c01"),
        "From A",
        "B took A's journal in"
    );
    let stored = repo.load("a1", &framework).unwrap();
    assert_eq!(stored.rating("culture.c01"), Some("mostly-in-place"));
    assert_eq!(stored_text(&repo, &framework, "governance.c01"), "From A");

    // B rewrites the record; A, told by the storage event, takes it in.
    b.sync(&repo, &framework).unwrap();
    assert_eq!(journal(&repo), None);
    let refreshed = a.refresh(&repo, &framework).unwrap();
    assert!(matches!(
        refreshed,
        Synced::InStep {
            wrote: false,
            before: Some(_)
        }
    ));
    assert_eq!(a.assessment(), b.assessment());

    // A's next change goes in a journal against the new record: only that change.
    a.change(
        &framework,
        narrative("governance.c01", "From A, again"),
        Stamp::new(12, "a"),
    )
    .unwrap();
    a.save(&repo, &framework).unwrap();
    let written = journal(&repo).unwrap();
    assert!(written.contains("From A, again") && !written.contains("mostly-in-place"));
    assert_eq!(
        stored_text(&repo, &framework, "governance.c01"),
        "From A, again"
    );
}

#[test]
fn a_journal_written_between_another_tabs_read_and_its_rewrite_is_written_again() {
    let (framework, repo) = saved();
    let mut a = TabCopy::open(&repo, "a1", &framework).unwrap();
    let mut b = TabCopy::open(&repo, "a1", &framework).unwrap();
    a.change(
        &framework,
        narrative("governance.c01", "A's words"),
        Stamp::new(10, "a"),
    )
    .unwrap();
    a.save(&repo, &framework).unwrap();
    // B's rewrite read the store before A's journal landed, and removed the
    // journal after it did (local storage is not atomic across tabs): here,
    // the journal is gone before B reads, which leaves the store the same.
    repo.store().remove(&journal_key("a1")).unwrap();
    b.change(
        &framework,
        narrative("culture.c01", "B's words"),
        Stamp::new(11, "b"),
    )
    .unwrap();
    b.sync(&repo, &framework).unwrap();
    assert_eq!(stored_text(&repo, &framework, "governance.c01"), "");

    // The storage event brings A to read again; A writes its words back.
    a.refresh(&repo, &framework).unwrap();

    assert_eq!(
        stored_text(&repo, &framework, "governance.c01"),
        "A's words"
    );
    assert_eq!(stored_text(&repo, &framework, "culture.c01"), "B's words");
}

#[test]
fn a_tab_saves_nothing_once_another_tab_deleted_the_assessment_and_undo_brings_the_journal_back() {
    let (framework, repo) = saved();
    let mut typist = TabCopy::open(&repo, "a1", &framework).unwrap();
    typist
        .change(
            &framework,
            narrative("governance.c01", "In the journal"),
            Stamp::new(10, "t"),
        )
        .unwrap();
    typist.save(&repo, &framework).unwrap();

    let removed = repo.delete("a1").unwrap().unwrap();
    assert_eq!(journal(&repo), None, "the journal goes with the record");
    typist
        .change(
            &framework,
            narrative("governance.c01", "After"),
            Stamp::new(11, "t"),
        )
        .unwrap();
    assert_eq!(typist.save(&repo, &framework).unwrap(), Synced::Deleted);
    assert_eq!(
        journal(&repo),
        None,
        "nothing is written after the deletion"
    );

    repo.restore(&removed).unwrap();
    assert_eq!(
        stored_text(&repo, &framework, "governance.c01"),
        "In the journal"
    );
    assert_eq!(typist.save(&repo, &framework).unwrap(), Synced::Deleted);
    assert_eq!(
        stored_text(&repo, &framework, "governance.c01"),
        "In the journal"
    );
}

#[test]
fn a_damaged_journal_does_not_stop_the_assessment_opening_and_is_replaced() {
    let (framework, repo) = saved();
    repo.store()
        .set(&journal_key("a1"), "{\"format\":\"best-va")
        .unwrap();
    let mut tab = TabCopy::open(&repo, "a1", &framework).unwrap();
    assert!(matches!(
        &repo.list(&framework).unwrap()[..],
        [Listed::Readable(_)]
    ));

    tab.change(
        &framework,
        narrative("governance.c01", "Mine"),
        Stamp::new(10, "t"),
    )
    .unwrap();
    tab.save(&repo, &framework).unwrap();

    assert_eq!(stored_text(&repo, &framework, "governance.c01"), "Mine");
}

#[test]
fn a_full_store_refusing_the_journal_keeps_the_change_in_the_tab_until_there_is_room() {
    let framework = framework();
    let text = encode(&crate::assessment::start(&framework, Scope::Everything));
    let quota = text.len() + assessment_key("a1").len() + journal_key("a1").len() + 1_500;
    let store = MemoryStore::with_quota(quota);
    store.set(&assessment_key("a1"), &text).unwrap();
    let repo = AssessmentRepository::new(store);
    let mut tab = TabCopy::open(&repo, "a1", &framework).unwrap();

    let long = "x".repeat(2_000);
    tab.change(
        &framework,
        narrative("governance.c01", &long),
        Stamp::new(10, "t"),
    )
    .unwrap();
    assert!(tab.save(&repo, &framework).is_err());
    assert_eq!(text_of(&tab, "governance.c01"), long);
    assert_eq!(journal(&repo), None);

    tab.change(
        &framework,
        narrative("governance.c01", "short"),
        Stamp::new(11, "t"),
    )
    .unwrap();
    tab.save(&repo, &framework).unwrap();
    assert_eq!(stored_text(&repo, &framework, "governance.c01"), "short");
}

#[test]
fn a_long_journal_is_taken_into_the_record_at_once() {
    let (framework, repo) = saved();
    let mut tab = TabCopy::open(&repo, "a1", &framework).unwrap();
    let (mut n, before) = (0, record(&repo));
    for (_, c) in framework.characteristics().take(20) {
        n += 1;
        let words = format!("{}{}", "Evidence. ".repeat(200), c.id);
        tab.change(
            &framework,
            narrative(&c.id, &words),
            Stamp::new(10 + n, "t"),
        )
        .unwrap();
        tab.save(&repo, &framework).unwrap();
        let size = journal(&repo).map_or(0, |j| j.len());
        assert!(size <= 32 * 1024, "the journal stays short: {size}");
    }
    assert_ne!(record(&repo), before, "the record took the journal in");
    assert_eq!(&repo.load("a1", &framework).unwrap(), tab.assessment());
}

/// The browser loop of two typists, with the writes the app makes: a save of
/// the journal after every word, a refresh when the other tab's storage event
/// arrives, and now and then a rewrite of the record after a pause.
#[test]
fn two_tabs_typing_a_hundred_words_each_through_journals_lose_none() {
    let (framework, repo) = saved();
    let mut a = TabCopy::open(&repo, "a1", &framework).unwrap();
    let mut b = TabCopy::open(&repo, "a1", &framework).unwrap();
    let (mut a_text, mut b_text) = (String::new(), String::new());
    for i in 0..100_i64 {
        a_text.push_str(&format!("a{i} "));
        a.change(
            &framework,
            narrative("governance.c01", &a_text),
            Stamp::new(2 * i, "a"),
        )
        .unwrap();
        a.save(&repo, &framework).unwrap();
        b_text.push_str(&format!("b{i} "));
        b.change(
            &framework,
            narrative("culture.c02", &b_text),
            Stamp::new(2 * i + 1, "b"),
        )
        .unwrap();
        match i % 7 {
            // B's save lands before its storage event from A is handled.
            0 => b.save(&repo, &framework).unwrap(),
            3 => b.sync(&repo, &framework).unwrap(),
            _ => {
                b.refresh(&repo, &framework).unwrap();
                b.save(&repo, &framework).unwrap()
            }
        };
        if i % 5 == 0 {
            a.sync(&repo, &framework).unwrap();
        } else {
            a.refresh(&repo, &framework).unwrap();
        }
    }
    a.sync(&repo, &framework).unwrap();
    b.sync(&repo, &framework).unwrap();
    a.refresh(&repo, &framework).unwrap();

    for copy in [&a, &b] {
        assert_eq!(text_of(copy, "governance.c01"), a_text);
        assert_eq!(text_of(copy, "culture.c02"), b_text);
    }
    assert_eq!(a.assessment(), b.assessment());
    assert_eq!(&repo.load("a1", &framework).unwrap(), a.assessment());
    assert_eq!(journal(&repo), None);
}
