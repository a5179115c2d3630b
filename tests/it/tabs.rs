//! Two tabs on one assessment, through the store they share: every write first
//! reads the stored record, fields merge by their stamps (newest change wins,
//! whatever order copies arrive in), and a deletion elsewhere is final.

use best_value_self_assessment::domain::assessment::{Change, Scope, Stamp};
use best_value_self_assessment::domain::framework::Framework;
use best_value_self_assessment::domain::save_format::{encode, SCHEMA_VERSION};
use best_value_self_assessment::storage::{
    assessment_key, AssessmentRepository, KeyValueStore, MemoryStore, SyncError, Synced, TabCopy,
};

use crate::assessment::{framework, start};

/// A store holding one new assessment ("a1"), and the framework.
pub fn saved() -> (Framework, AssessmentRepository<MemoryStore>) {
    let framework = framework();
    let repo = AssessmentRepository::new(MemoryStore::new());
    repo.save(&start(&framework, Scope::Everything)).unwrap();
    (framework, repo)
}

pub fn narrative(item: &str, text: &str) -> Change {
    Change::Narrative {
        item: item.into(),
        text: text.into(),
    }
}

pub fn rating(item: &str, level: &str) -> Change {
    Change::Rating {
        item: item.into(),
        level: Some(level.into()),
    }
}

/// The narrative of `item` in a copy.
pub fn text_of(copy: &TabCopy, item: &str) -> String {
    copy.assessment()
        .characteristic(item)
        .map(|c| c.narrative.clone())
        .unwrap_or_default()
}

/// The narrative of `item` in the stored record.
pub fn stored_text(
    repo: &AssessmentRepository<MemoryStore>,
    framework: &Framework,
    item: &str,
) -> String {
    let a = repo.load("a1", framework).unwrap();
    a.characteristic(item)
        .map(|c| c.narrative.clone())
        .unwrap_or_default()
}

#[test]
fn a_tab_reads_before_it_writes_and_keeps_what_another_tab_saved() {
    let (framework, repo) = saved();
    let mut first = TabCopy::open(&repo, "a1", &framework).unwrap();
    let mut second = TabCopy::open(&repo, "a1", &framework).unwrap();

    let typed = narrative("governance.c01", "Typed in the first tab");
    first
        .change(&framework, typed, Stamp::new(10, "one"))
        .unwrap();
    first.sync(&repo, &framework).unwrap();

    // The second tab never saw that write, and now saves its own change.
    let rated = rating("culture.c01", "mostly-in-place");
    second
        .change(&framework, rated, Stamp::new(11, "two"))
        .unwrap();
    let synced = second.sync(&repo, &framework).unwrap();

    assert!(matches!(
        synced,
        Synced::InStep {
            wrote: true,
            before: Some(_)
        }
    ));
    let stored = repo.load("a1", &framework).unwrap();
    assert_eq!(stored.rating("culture.c01"), Some("mostly-in-place"));
    assert_eq!(
        stored_text(&repo, &framework, "governance.c01"),
        "Typed in the first tab"
    );
    assert_eq!(text_of(&second, "governance.c01"), "Typed in the first tab");

    // The first tab takes the rating in without writing anything: the store has it all.
    let synced = first.sync(&repo, &framework).unwrap();
    assert!(matches!(
        synced,
        Synced::InStep {
            wrote: false,
            before: Some(_)
        }
    ));
    assert_eq!(first.assessment(), second.assessment());
}

#[test]
fn a_sync_with_nothing_new_on_either_side_writes_nothing() {
    let (framework, repo) = saved();
    let mut tab = TabCopy::open(&repo, "a1", &framework).unwrap();
    let before = repo.store().get(&assessment_key("a1")).unwrap();
    assert_eq!(
        tab.sync(&repo, &framework).unwrap(),
        Synced::InStep {
            wrote: false,
            before: None
        }
    );
    assert_eq!(repo.store().get(&assessment_key("a1")).unwrap(), before);
}

/// The race the review found: the other tab saves two or three times in quick
/// succession, each save carrying its stale copy of the field this tab is
/// typing in, and this tab handles those saves one by one after its own. Here
/// the stale records land in the store in every order, as queued events and
/// non-atomic writes can deliver them; this tab must keep every word.
#[test]
fn stale_copies_arriving_in_any_order_never_undo_newer_typing() {
    let (framework, repo) = saved();
    let key = assessment_key("a1");
    let mut typist = TabCopy::open(&repo, "a1", &framework).unwrap();
    let mut other = TabCopy::open(&repo, "a1", &framework).unwrap();

    typist
        .change(
            &framework,
            narrative("governance.c01", "one"),
            Stamp::new(100, "typist"),
        )
        .unwrap();
    typist.sync(&repo, &framework).unwrap();

    // The other tab saves three times without having read the typist's words.
    let mut stale = Vec::new();
    for (n, level) in ["not-in-place", "partly-in-place", "mostly-in-place"]
        .iter()
        .enumerate()
    {
        other
            .change(
                &framework,
                rating("culture.c01", level),
                Stamp::new(101 + n as i64, "other"),
            )
            .unwrap();
        stale.push(encode(other.assessment()));
    }
    assert!(
        stale.iter().all(|r| !r.contains("\"one\"")),
        "the other tab's copies are stale"
    );

    typist
        .change(
            &framework,
            narrative("governance.c01", "one two"),
            Stamp::new(104, "typist"),
        )
        .unwrap();
    for order in [[0, 1, 2], [2, 1, 0], [1, 2, 0], [0, 2, 1]] {
        for &i in &order {
            repo.store().set(&key, &stale[i]).unwrap();
            typist.sync(&repo, &framework).unwrap();
            assert_eq!(text_of(&typist, "governance.c01"), "one two");
        }
        assert_eq!(stored_text(&repo, &framework, "governance.c01"), "one two");
        let stored = repo.load("a1", &framework).unwrap();
        assert_eq!(
            stored.rating("culture.c01"),
            Some("mostly-in-place"),
            "the newest rating wins"
        );
    }
}

/// A stand-in for the browser loop: two tabs edit different fields, a hundred
/// edits each, while saves interleave and some writes land late with an older
/// copy (local storage is not atomic across tabs). At the end both tabs and the
/// store hold every word typed.
#[test]
fn two_tabs_typing_a_hundred_words_each_in_an_interleaved_loop_lose_none() {
    let (framework, repo) = saved();
    let key = assessment_key("a1");
    let mut a = TabCopy::open(&repo, "a1", &framework).unwrap();
    let mut b = TabCopy::open(&repo, "a1", &framework).unwrap();
    let (mut a_text, mut b_text) = (String::new(), String::new());
    let mut written_by_b: Vec<String> = Vec::new();
    let mut seed: u32 = 7;
    let mut next = || {
        seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
        (seed >> 16) % 4
    };
    for i in 0..100 {
        let ms = 1_000 + 2 * i;
        a_text.push_str(&format!("a{i} "));
        a.change(
            &framework,
            narrative("governance.c01", &a_text),
            Stamp::new(ms, "a"),
        )
        .unwrap();
        b_text.push_str(&format!("b{i} "));
        b.change(
            &framework,
            narrative("culture.c02", &b_text),
            Stamp::new(ms + 1, "b"),
        )
        .unwrap();
        if i % 10 == 0 {
            let level = ["not-in-place", "well-established"][(i / 10 % 2) as usize];
            b.change(
                &framework,
                rating("culture.c01", level),
                Stamp::new(ms + 1, "b"),
            )
            .unwrap();
        }
        match next() {
            0 => {
                a.sync(&repo, &framework).unwrap();
                b.sync(&repo, &framework).unwrap();
            }
            1 => {
                b.sync(&repo, &framework).unwrap();
                a.sync(&repo, &framework).unwrap();
            }
            2 => {
                // B's write lands late, over A's newer one, with an older copy.
                b.sync(&repo, &framework).unwrap();
                written_by_b.push(repo.store().get(&key).unwrap().unwrap());
                a.sync(&repo, &framework).unwrap();
                let late = &written_by_b[written_by_b.len().saturating_sub(3)];
                repo.store().set(&key, late).unwrap();
                a.sync(&repo, &framework).unwrap();
            }
            _ => {
                a.sync(&repo, &framework).unwrap();
            }
        }
        assert_eq!(
            text_of(&a, "governance.c01"),
            a_text,
            "tab A never loses a word"
        );
        assert_eq!(
            text_of(&b, "culture.c02"),
            b_text,
            "tab B never loses a word"
        );
    }
    // The tabs settle once each has read the other's last write.
    a.sync(&repo, &framework).unwrap();
    b.sync(&repo, &framework).unwrap();
    a.sync(&repo, &framework).unwrap();
    for copy in [&a, &b] {
        assert_eq!(text_of(copy, "governance.c01"), a_text);
        assert_eq!(text_of(copy, "culture.c02"), b_text);
    }
    assert_eq!(stored_text(&repo, &framework, "governance.c01"), a_text);
    assert_eq!(stored_text(&repo, &framework, "culture.c02"), b_text);
    assert_eq!(a.assessment(), b.assessment());
    assert_eq!(&repo.load("a1", &framework).unwrap(), a.assessment());
}

#[test]
fn a_deletion_in_another_tab_is_final_even_with_typing_pending_and_after_an_undo() {
    let (framework, repo) = saved();
    let mut typist = TabCopy::open(&repo, "a1", &framework).unwrap();
    typist
        .change(
            &framework,
            narrative("governance.c01", "saved before"),
            Stamp::new(10, "t"),
        )
        .unwrap();
    typist.sync(&repo, &framework).unwrap();

    // Typing not yet written when the other tab deletes the assessment.
    typist
        .change(
            &framework,
            narrative("governance.c01", "saved before, typed after"),
            Stamp::new(11, "t"),
        )
        .unwrap();
    let removed = repo.delete("a1").unwrap().expect("the record was there");
    assert_eq!(typist.sync(&repo, &framework).unwrap(), Synced::Deleted);
    assert!(typist.is_deleted());
    assert!(
        !repo.contains("a1").unwrap(),
        "the record is not brought back"
    );
    assert_eq!(
        text_of(&typist, "governance.c01"),
        "saved before, typed after",
        "the tab still holds its text, to download"
    );

    // The deleting tab undoes: what was stored comes back, including the typist's saved words,
    // and the closed tab never writes over it.
    repo.restore(&removed).unwrap();
    assert_eq!(
        stored_text(&repo, &framework, "governance.c01"),
        "saved before"
    );
    typist
        .change(
            &framework,
            narrative("governance.c01", "typed after the undo"),
            Stamp::new(12, "t"),
        )
        .unwrap();
    assert_eq!(typist.sync(&repo, &framework).unwrap(), Synced::Deleted);
    assert_eq!(
        stored_text(&repo, &framework, "governance.c01"),
        "saved before"
    );
}

#[test]
fn a_record_another_tab_saved_that_this_tab_cannot_read_is_left_alone() {
    let (framework, repo) = saved();
    let mut tab = TabCopy::open(&repo, "a1", &framework).unwrap();
    let key = assessment_key("a1");
    let newer = repo
        .store()
        .get(&key)
        .unwrap()
        .unwrap()
        .replace(&format!("\"schema\":{SCHEMA_VERSION}"), "\"schema\":99");
    repo.store().set(&key, &newer).unwrap();
    tab.change(
        &framework,
        narrative("governance.c01", "mine"),
        Stamp::new(10, "t"),
    )
    .unwrap();
    let err = tab.sync(&repo, &framework).unwrap_err();
    assert!(matches!(err, SyncError::Unreadable(_)));
    assert!(err.to_string().contains("newer version"), "{err}");
    assert_eq!(
        repo.store().get(&key).unwrap().unwrap(),
        newer,
        "not overwritten"
    );
}

#[test]
fn a_full_store_keeps_the_change_in_the_tab_and_writes_it_once_there_is_room() {
    let framework = framework();
    let text = encode(&start(&framework, Scope::Everything));
    let store = MemoryStore::with_quota(text.len() + 250 + assessment_key("a1").len());
    store.set(&assessment_key("a1"), &text).unwrap();
    let repo = AssessmentRepository::new(store);
    let mut tab = TabCopy::open(&repo, "a1", &framework).unwrap();
    let long = "x".repeat(400);
    tab.change(
        &framework,
        narrative("governance.c01", &long),
        Stamp::new(10, "t"),
    )
    .unwrap();
    assert!(tab.sync(&repo, &framework).is_err());
    assert_eq!(text_of(&tab, "governance.c01"), long);
    tab.change(
        &framework,
        narrative("governance.c01", "short"),
        Stamp::new(11, "t"),
    )
    .unwrap();
    assert!(tab.sync(&repo, &framework).is_ok());
    assert_eq!(stored_text(&repo, &framework, "governance.c01"), "short");
}
