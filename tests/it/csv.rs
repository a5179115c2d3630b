//! The action plan as CSV, read back as Excel would: one row per action, in
//! due-date order, quoted where needed, and guarded against formulas.

use best_value_self_assessment::domain::assessment::ImprovementAction;
use best_value_self_assessment::report::csv::{action_plan_csv, ACTION_PLAN_COLUMNS};
use best_value_self_assessment::report::summary::Summary;

use crate::exports::{framework, full_assessment, start, NOV_25_2026};

/// A small RFC 4180 reader: quoted fields may hold commas, doubled quotes and
/// line breaks; records end with CRLF.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    let mut at_field_start = true;
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => quoted = false,
                _ => field.push(c),
            }
            continue;
        }
        match c {
            '"' if at_field_start => {
                quoted = true;
                at_field_start = false;
            }
            '"' => panic!("a bare quote inside an unquoted field"),
            ',' => {
                row.push(std::mem::take(&mut field));
                at_field_start = true;
            }
            '\r' => {
                assert_eq!(chars.next(), Some('\n'), "records end with CRLF");
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
                at_field_start = true;
            }
            '\n' => panic!("a bare LF outside quotes"),
            _ => {
                field.push(c);
                at_field_start = false;
            }
        }
    }
    assert!(!quoted, "unterminated quoted field");
    assert!(
        field.is_empty() && row.is_empty(),
        "the last record ends with CRLF"
    );
    rows
}

fn guarded(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}

#[test]
fn csv_parses_back_to_the_action_plan_rows() {
    let framework = framework();
    let assessment = full_assessment(&framework);
    let csv = action_plan_csv(&framework, &assessment);
    let body = csv
        .strip_prefix('\u{feff}')
        .expect("starts with a UTF-8 byte-order mark");
    let rows = parse_csv(body);
    assert_eq!(rows[0], ACTION_PLAN_COLUMNS);
    assert_eq!(
        ACTION_PLAN_COLUMNS,
        [
            "Theme",
            "Code",
            "Characteristic",
            "Rating",
            "Gap",
            "Action",
            "Owner",
            "Due date",
            "Status",
            "Last update",
            "Carried over",
            "Framework"
        ]
    );
    let summary = Summary::build(&framework, &assessment, NOV_25_2026);
    let expected: Vec<Vec<String>> = summary
        .actions
        .iter()
        .map(|a| {
            vec![
                a.theme_title.clone(),
                a.code.clone(),
                a.statement.clone(),
                a.rating.label.clone(),
                a.gap.clone(),
                a.action.clone(),
                a.owner.clone(),
                a.due_text.clone(),
                "Not started".to_owned(),
                String::new(),
                "No".to_owned(),
                "Best Value Duty self-assessment, version 2".to_owned(),
            ]
        })
        .collect();
    assert!(expected.len() > 30);
    assert_eq!(rows[1..], expected[..]);
    // Statements hold commas, so quoting was exercised.
    assert!(body.contains(",\""));
}

#[test]
fn csv_rows_are_in_due_date_order_with_undated_last() {
    let framework = framework();
    let rows = parse_csv(&action_plan_csv(&framework, &full_assessment(&framework))[3..]);
    let dues: Vec<&str> = rows[1..].iter().map(|r| r[7].as_str()).collect();
    let first_blank = dues
        .iter()
        .position(|d| d.is_empty())
        .expect("some undated");
    assert!(
        dues[first_blank..].iter().all(|d| d.is_empty()),
        "undated last"
    );
    let dated = &dues[..first_blank];
    assert!(dated.windows(2).all(|w| w[0] <= w[1]), "{dated:?}");
    assert_eq!(dated[0], "2026-12-31");
    // Dates go out bare, as Excel reads dates.
    assert!(dated
        .iter()
        .all(|d| d.len() == 10 && d.as_bytes()[4] == b'-'));
    // Ties keep the order of the codes.
    let codes: Vec<&str> = rows[1..]
        .iter()
        .filter(|r| r[7] == "2026-12-31")
        .map(|r| r[1].as_str())
        .collect();
    let mut in_framework_order = codes.clone();
    let order: Vec<String> = framework
        .characteristics()
        .map(|(t, c)| t.display_code(c))
        .collect();
    in_framework_order.sort_by_key(|code| order.iter().position(|o| o == code));
    assert_eq!(codes, in_framework_order);
}

#[test]
fn csv_quotes_awkward_text_and_guards_against_formulas() {
    let framework = framework();
    let mut a = start(&framework, "Review", "Council");
    let theme = framework.theme("use-of-resources").unwrap();
    let partly = framework.scale.levels[2].id.clone();
    let awkward = [
        (
            "=HYPERLINK(\"http://evil.example\",\"click\")",
            "+44 20 7946 0000",
            "-1",
        ),
        (
            "@SUM(A1:A9)",
            "Line one\nline two, with \"quotes\"",
            "\tTabbed",
        ),
        ("Plain, with comma", "Café – “curly” £5", "\rReturn"),
    ];
    for (i, (gap, action, owner)) in awkward.iter().enumerate() {
        let c = &theme.characteristics[i];
        a.set_rating(&c.id, Some(partly.clone()), 1);
        let action = ImprovementAction {
            gap: (*gap).into(),
            action: (*action).into(),
            owner: (*owner).into(),
            due: format!("2027-0{}-01", i + 1),
            ..Default::default()
        };
        a.set_action(&c.id, action, 1);
    }
    let csv = action_plan_csv(&framework, &a);
    assert!(csv.starts_with(
        "\u{feff}Theme,Code,Characteristic,Rating,Gap,Action,Owner,Due date,Status,Last update,Carried over,Framework\r\n"
    ));
    let rows = parse_csv(&csv['\u{feff}'.len_utf8()..]);
    assert_eq!(rows.len(), 4);
    for (row, (gap, action, owner)) in rows[1..].iter().zip(awkward) {
        assert_eq!(row[4], guarded(gap));
        assert_eq!(row[5], guarded(action));
        // Owner and other fields are trimmed, so "\rReturn" loses its leading CR.
        assert_eq!(row[6], guarded(owner.trim()));
    }
    assert_eq!(rows[1][4], "'=HYPERLINK(\"http://evil.example\",\"click\")");
    assert_eq!(rows[1][5], "'+44 20 7946 0000");
    assert_eq!(rows[1][6], "'-1");
    assert_eq!(rows[2][4], "'@SUM(A1:A9)");
    assert_eq!(rows[2][5], "Line one\nline two, with \"quotes\"");
    assert_eq!(
        rows[2][6], "Tabbed",
        "leading and trailing spaces are trimmed"
    );
    assert_eq!(rows[3][5], "Café – “curly” £5");
    assert_eq!(rows[1][7], "2027-01-01");
}
