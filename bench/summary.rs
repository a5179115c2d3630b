//! Summary benchmark (not a test): the time to build the full officers' HTML
//! summary of a complete assessment, against a budget, plus the CSV and JSON
//! exports for reference.
//!
//! Run with `cargo bench --bench summary`. Exits non-zero when the slowest
//! summary build is over budget. Set `SUMMARY_SAMPLE_DIR` to also write the
//! documents, the CSV and the JSON there for a look in a browser or Excel.

use std::process::ExitCode;
use std::time::{Duration, Instant};

use best_value_self_assessment::domain::content::best_value_2024;
use best_value_self_assessment::domain::sample::complete_assessment;
use best_value_self_assessment::report::backup::{
    export_file_name, export_json, read_import, summary_file_name,
};
use best_value_self_assessment::report::csv::action_plan_csv;
use best_value_self_assessment::report::html::{
    summary_document_html, summary_fragment_html, SummaryVersion,
};

/// The summary's stylesheet, as the app reads it from the page.
const SUMMARY_CSS: &str = include_str!("../style/summary.css");

const MEMBERS: SummaryVersion = SummaryVersion::Members { action_plan: false };

/// The budget for building the full HTML summary.
const BUDGET: Duration = Duration::from_millis(100);
const RUNS: usize = 200;
/// 25 November 2026, 10:00 UTC.
const NOW: i64 = 1_795_600_800_000;

struct Timing {
    median: Duration,
    max: Duration,
}

fn time<T>(mut f: impl FnMut() -> T) -> (Timing, T) {
    let mut times = Vec::with_capacity(RUNS);
    let mut last = None;
    for _ in 0..RUNS {
        let start = Instant::now();
        let out = std::hint::black_box(f());
        times.push(start.elapsed());
        last = Some(out);
    }
    times.sort();
    let timing = Timing {
        median: times[RUNS / 2],
        max: times[RUNS - 1],
    };
    (timing, last.expect("at least one run"))
}

fn ms(d: Duration) -> String {
    format!("{:.3} ms", d.as_secs_f64() * 1_000.0)
}

fn report(what: &str, timing: &Timing, size: usize) {
    println!(
        "{what:<40} median {:>10}   max {:>10}   {:>7.1} KB",
        ms(timing.median),
        ms(timing.max),
        size as f64 / 1024.0
    );
}

fn main() -> ExitCode {
    let framework = best_value_2024().expect("the built-in framework loads");
    let assessment = complete_assessment(&framework, "bench", NOW, 2_000);
    println!(
        "Complete assessment: {} characteristics, {} KB of evidence; {RUNS} runs each.\n",
        assessment.characteristics.len(),
        assessment
            .characteristics
            .values()
            .map(|a| a.narrative.len())
            .sum::<usize>()
            / 1024
    );

    let (officers, officers_doc) = time(|| {
        summary_document_html(
            &framework,
            &assessment,
            SummaryVersion::Officers,
            NOW,
            SUMMARY_CSS,
        )
    });
    report(
        "Summary document, officers (budgeted)",
        &officers,
        officers_doc.len(),
    );
    let (members, members_doc) =
        time(|| summary_document_html(&framework, &assessment, MEMBERS, NOW, SUMMARY_CSS));
    report("Summary document, members", &members, members_doc.len());
    let (fragment, fragment_html) =
        time(|| summary_fragment_html(&framework, &assessment, SummaryVersion::Officers, NOW));
    report("Summary fragment, officers", &fragment, fragment_html.len());
    let (csv, csv_text) = time(|| action_plan_csv(&framework, &assessment));
    report("Action plan CSV", &csv, csv_text.len());
    let (json, json_text) = time(|| export_json(&assessment));
    report("JSON export", &json, json_text.len());
    let (import, _) = time(|| read_import(&json_text, &framework).expect("imports"));
    report("JSON import (check and preview)", &import, json_text.len());

    if let Ok(dir) = std::env::var("SUMMARY_SAMPLE_DIR") {
        let dir = std::path::Path::new(&dir);
        let files = [
            (
                summary_file_name(&assessment, SummaryVersion::Officers),
                &officers_doc,
            ),
            (summary_file_name(&assessment, MEMBERS), &members_doc),
            (export_file_name(&assessment, "csv"), &csv_text),
            (export_file_name(&assessment, "json"), &json_text),
        ];
        for (name, text) in files {
            std::fs::write(dir.join(&name), text).expect("the sample directory is writable");
            println!("wrote {}", dir.join(name).display());
        }
    }

    println!(
        "\nBudget for the officers' summary document: {} (slowest run).",
        ms(BUDGET)
    );
    if officers.max > BUDGET {
        println!("OVER BUDGET: the slowest build took {}.", ms(officers.max));
        ExitCode::FAILURE
    } else {
        println!("Within budget.");
        ExitCode::SUCCESS
    }
}
