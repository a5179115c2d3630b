//! On a question card, when the assessment is compared with an earlier one:
//! last time's rating and evidence, a button to take last year's rating, and
//! how the rating moved since, always in words (the arrow is decoration).

use leptos::prelude::*;

use super::section_cards::{rating_group, LazyDetails};
use crate::app::browser::element_by_id;
use crate::app::components::radios::choice_id;
use crate::app::content_html::with_hidden_words;
use crate::app::editor::Editor;
use crate::domain::assessment::{Assessment, Change, Movement};
use crate::domain::framework::RatingScale;
use crate::report::html::escape_html;

/// Last time's rating of a characteristic, with its evidence to open, and
/// the button that takes it as this year's.
#[component]
pub fn LastTime(editor: Editor, cid: &'static str, code: String) -> impl IntoView {
    let scale = &editor.framework().scale;
    let compared = editor.with_untracked(|a| a.baseline.is_some());
    let offer =
        Memo::new(move |_| editor.with_item(cid, |a| a.baseline_rating_to_offer(cid).is_some()));
    let use_label = with_hidden_words("Use last year's rating", &format!(" for {code}"));
    // The button goes once used: focus moves to the radio now checked, so
    // it is not lost, and a screen reader says the rating taken.
    let take = move |_| {
        let taken = editor.apply(Change::UseBaselineRating {
            item: cid.to_owned(),
        });
        let level = editor.with_untracked(|a| a.rating(cid).map(str::to_owned));
        if let (Ok(()), Some(level)) = (taken, level) {
            if let Some(radio) = element_by_id(&choice_id(&rating_group(cid), &level)) {
                let _ = radio.focus();
            }
        }
    };
    compared.then(|| {
        let (rating, has_evidence) =
            editor.with_untracked(|a| (last_rating(scale, a, cid), last_evidence(a, cid).is_some()));
        view! {
            <div class="last-time">
                <p><span class="last-time__label">"Last time: "</span><strong>{rating}</strong></p>
                {has_evidence.then(|| view! {
                    <LazyDetails
                        summary="Last time's evidence"
                        content=Callback::new(move |()| editor.with_untracked(|a| last_evidence(a, cid).unwrap_or_default()))
                    />
                })}
                {move || offer.get().then(|| view! {
                    <button type="button" class="secondary small" on:click=take inner_html=use_label.clone()></button>
                })}
            </div>
        }
    })
}

/// How the rating moved since last time, once rated: "↑ Improved since last time".
#[component]
pub fn MovementNote(editor: Editor, cid: &'static str) -> impl IntoView {
    let scale = &editor.framework().scale;
    let movement = move || {
        let movement = editor.with_item(cid, |a| a.movement(scale, cid))?;
        let words = movement_words(movement)?;
        Some(view! {
            <p class=format!("movement movement--{}", movement.id())>
                <span class="movement__arrow" aria-hidden="true">{movement.arrow()}</span>
                " "
                {words}
            </p>
        })
    };
    // A live region that is always there, so a new rating's movement is announced.
    editor
        .with_untracked(|a| a.baseline.is_some())
        .then(|| view! { <div aria-live="polite">{movement}</div> })
}

/// The words for a movement on a card; none before the item is rated again.
fn movement_words(movement: Movement) -> Option<String> {
    match movement {
        Movement::NotYetRated => None,
        Movement::NewlyAssessed => Some("Newly assessed: not rated last time".to_owned()),
        Movement::NowNotApplicable => Some("Now not applicable: it was rated last time".to_owned()),
        other => Some(format!("{} since last time", other.label())),
    }
}

/// Last time's rating in words ("Not yet assessed" when it had none).
fn last_rating(scale: &RatingScale, assessment: &Assessment, cid: &str) -> String {
    let level = assessment
        .baseline_rating(cid)
        .and_then(|r| scale.level(r))
        .unwrap_or(&scale.not_assessed);
    level.label.clone()
}

/// Last time's evidence narrative and references as HTML, if it had any.
fn last_evidence(assessment: &Assessment, cid: &str) -> Option<String> {
    let answer = assessment.baseline.as_ref()?.answer(cid)?;
    if answer.narrative.trim().is_empty() && answer.references.is_empty() {
        return None;
    }
    let mut html = String::from("<div class=\"last-time__evidence\">");
    if !answer.narrative.trim().is_empty() {
        html.push_str("<p class=\"pre-wrap\">");
        html.push_str(&escape_html(answer.narrative.trim()));
        html.push_str("</p>");
    }
    if !answer.references.is_empty() {
        html.push_str("<p>References:</p><ul>");
        for reference in &answer.references {
            html.push_str("<li>");
            html.push_str(&escape_html(reference));
            html.push_str("</li>");
        }
        html.push_str("</ul>");
    }
    html.push_str("</div>");
    Some(html)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_movement_is_always_put_in_words() {
        assert_eq!(
            movement_words(Movement::Improved(1)).as_deref(),
            Some("Improved since last time")
        );
        assert_eq!(
            movement_words(Movement::Unchanged).as_deref(),
            Some("Unchanged since last time")
        );
        assert_eq!(movement_words(Movement::NotYetRated), None);
        for movement in [Movement::NewlyAssessed, Movement::NowNotApplicable] {
            assert!(movement_words(movement).is_some_and(|w| !w.is_empty()));
        }
    }
}
