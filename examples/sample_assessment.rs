//! Prints a complete sample assessment as a saved record (JSON), for the browser
//! benchmarks: `cargo run --example sample_assessment -- [evidence chars]`.

use best_value_self_assessment::domain::{
    content::best_value_2024, sample::complete_assessment, save_format::encode,
};

fn main() {
    let chars = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(2_000);
    let framework = best_value_2024().expect("built-in framework");
    let assessment = complete_assessment(&framework, "benchsample", 1_764_000_000_000, chars);
    println!("{}", encode(&assessment));
}
