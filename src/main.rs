//! The app's entry point: a readable panic message in the console, then the app mounted on the page.
fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(best_value_self_assessment::app::App);
}
