//! One module per page. [`render`] picks the page for a route.

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

use super::route::Route;

/// The page for a route.
pub fn render(route: Route) -> AnyView {
    match route {
        Route::Home => home::home_page(),
        Route::Guidance => guidance::index_page(),
        Route::Principle(id) => guidance::principle_page(&id),
        Route::Theme(id) => guidance::theme_page(&id),
        Route::Glossary(entry) => view! { <guidance::GlossaryPage open=entry/> }.into_any(),
        Route::Intervention => guidance::intervention_page(),
        Route::Search => guidance::SearchPage().into_any(),
        Route::Assessments => assessments::AssessmentsPage().into_any(),
        Route::NewAssessment => new_assessment::NewAssessmentPage().into_any(),
        Route::Import => import::ImportPage().into_any(),
        Route::Frameworks => frameworks::FrameworksPage().into_any(),
        Route::AboutContent => about_content::about_content_page(),
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
        Route::NotFound(_) => not_found::not_found_page(),
    }
}
