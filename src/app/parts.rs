//! The parts of the app fetched when a page first needs them, so that opening
//! the app downloads only the shell and the home page.
//!
//! The build splits the wasm at [`pages::guidance_part`] and
//! [`pages::assessments_part`] (scripts/build-wasm.mjs). Once a part has
//! arrived its pages draw at once, like the home page's; the first time, the
//! page says it is loading, and says so plainly if the part could not be
//! fetched (a network gone before the app was kept for offline use).

use std::cell::Cell;

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::pages::{self, Pages};
use super::route::{Area, Route};
use super::router;

/// A part of the app, by the pages it holds.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Part {
    Guidance,
    Assessments,
}

impl Part {
    /// The part holding a route's page, by its area; none for the home area,
    /// whose pages are in the first download ([`pages::first_page`]).
    fn of(route: &Route) -> Option<Self> {
        match route.area() {
            Area::Home => None,
            Area::Guidance => Some(Part::Guidance),
            Area::Assessments => Some(Part::Assessments),
        }
    }

    fn slot(self) -> &'static std::thread::LocalKey<Cell<State>> {
        match self {
            Part::Guidance => &GUIDANCE,
            Part::Assessments => &ASSESSMENTS,
        }
    }

    async fn fetch(self) -> Option<Pages> {
        let pages = match self {
            Part::Guidance => pages::guidance_part().await,
            Part::Assessments => pages::assessments_part().await,
        };
        pages.ok()
    }
}

#[derive(Clone, Copy)]
enum State {
    NotFetched,
    Fetching,
    Failed,
    Arrived(Pages),
}

thread_local! {
    static GUIDANCE: Cell<State> = const { Cell::new(State::NotFetched) };
    static ASSESSMENTS: Cell<State> = const { Cell::new(State::NotFetched) };
}

/// Draws pages, fetching the part of the app that holds them when needed.
#[derive(Clone, Copy)]
pub struct PartPages {
    /// Notified when a part arrives or fails, to draw the page again.
    settled: Trigger,
}

impl Default for PartPages {
    fn default() -> Self {
        Self {
            settled: Trigger::new(),
        }
    }
}

impl PartPages {
    /// The page for a route, or a notice while its part is on its way.
    pub fn page(self, route: Route) -> AnyView {
        self.settled.track();
        let Some(part) = Part::of(&route) else {
            return pages::first_page(route);
        };
        match part.slot().with(Cell::get) {
            State::Arrived(pages) => pages(route),
            State::Fetching => loading(),
            State::NotFetched => {
                self.fetch(part);
                loading()
            }
            State::Failed => self.failed(part),
        }
    }

    fn fetch(self, part: Part) {
        part.slot().with(|s| s.set(State::Fetching));
        spawn_local(async move {
            let state = match part.fetch().await {
                Some(pages) => State::Arrived(pages),
                None => State::Failed,
            };
            part.slot().with(|s| s.set(state));
            self.settled.notify();
            router::page_arrived();
        });
    }

    fn failed(self, part: Part) -> AnyView {
        let retry = move |_| {
            part.slot().with(|s| s.set(State::NotFetched));
            self.settled.notify();
        };
        view! {
            <h1>"This page could not be loaded"</h1>
            <p>
                "Part of the app could not be fetched from where it is hosted. Check the \
                 connection, then try again. Nothing you have entered is affected."
            </p>
            <button type="button" class="button" on:click=retry>"Try again"</button>
        }
        .into_any()
    }
}

/// Shown for the moment a part takes to arrive. Not a heading: focus and the
/// page title wait for the page's own.
fn loading() -> AnyView {
    view! { <p class="page-loading" role="status">"Loading…"</p> }.into_any()
}
