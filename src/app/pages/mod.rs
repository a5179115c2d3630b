//! One module per page. [`first_page`] draws the pages of the first download;
//! [`guidance_part`] and [`assessments_part`] give the pages of the parts
//! fetched when first needed.

mod about_content;
mod action_fields;
mod action_fields_html;
mod assessments;
mod check;
mod check_html;
mod compare;
mod cross_references;
mod frameworks;
mod guidance;
mod guidance_html;
mod home;
mod import;
mod last_time;
mod new_assessment;
mod not_found;
mod retired;
mod section;
mod section_cards;
mod section_html;
mod summary;
mod task_list;
mod task_list_html;

use leptos::prelude::*;
use leptos::wasm_split::{wasm_split, SplitLoaderError};

use super::route::Route;

/// The pages in the app's first download, what opening the app shows: the
/// routes of [`crate::app::route::Area::Home`], the home page and not found.
pub fn first_page(route: Route) -> AnyView {
    match route {
        Route::Home => home::home_page(),
        _ => not_found::not_found_page(),
    }
}

/// Draws a route's page; each part of the app has one (see [`crate::app::parts`]).
pub type Pages = fn(Route) -> AnyView;

// Each function below is a split point: wasm-split-cli moves it, and the code
// only it reaches, into a file fetched the first time it is called
// (scripts/build-wasm.mjs). Code both parts use goes into a file they share.

/// The guidance explorer, fetched the first time a guidance page opens.
#[wasm_split(guidance, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn guidance_part() -> Result<Pages, SplitLoaderError> {
    Ok(guidance_pages)
}

/// Assessments, fetched the first time an assessment page opens.
#[wasm_split(assessments, wasm_split_path = ::leptos::wasm_split, fallible)]
pub fn assessments_part() -> Result<Pages, SplitLoaderError> {
    Ok(assessment_pages)
}

fn guidance_pages(route: Route) -> AnyView {
    if let Err(err) = crate::app::load_guide() {
        return damaged(err);
    }
    match route {
        Route::Guidance => guidance::index_page(),
        Route::Principle(id) => guidance::principle_page(&id),
        Route::Theme(id) => guidance::theme_page(&id),
        Route::Glossary(entry) => view! { <guidance::GlossaryPage open=entry/> }.into_any(),
        Route::Intervention => guidance::intervention_page(),
        Route::Search => guidance::SearchPage().into_any(),
        Route::AboutContent => about_content::about_content_page(),
        _ => not_found::not_found_page(),
    }
}

fn assessment_pages(route: Route) -> AnyView {
    if let Err(err) = crate::app::load_guide() {
        return damaged(err);
    }
    match route {
        Route::Assessments => assessments::AssessmentsPage().into_any(),
        Route::NewAssessment => new_assessment::NewAssessmentPage().into_any(),
        Route::Import => import::ImportPage().into_any(),
        Route::Frameworks => frameworks::FrameworksPage().into_any(),
        Route::Assessment(id) => task_list::task_list_page(&id),
        Route::Section {
            assessment,
            section,
            focus,
        } => section::section_page(&assessment, section, focus),
        Route::CheckSection {
            assessment,
            section,
        } => check::check_page(&assessment, section),
        Route::Summary(id) => summary::summary_page(&id),
        _ => not_found::not_found_page(),
    }
}

/// Instead of any page that needs the guidance, if its content does not load.
fn damaged(err: &crate::domain::content::ContentError) -> AnyView {
    view! {
        <h1>"The guidance could not be loaded"</h1>
        <p>{format!("This copy of the app is damaged: {err}. Ask whoever hosts it to rebuild it.")}</p>
    }
    .into_any()
}
