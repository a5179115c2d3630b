//! Calendar dates without a date library: milliseconds since the Unix epoch to a
//! civil date (UTC or UK time), long UK-style formatting ("25 November 2026") and
//! ISO `YYYY-MM-DD` parsing and formatting.
//!
//! The conversions use Howard Hinnant's days-from-civil algorithm on the
//! proleptic Gregorian calendar, so they are exact for any date a browser can hold.

use std::fmt;

const MS_PER_DAY: i64 = 86_400_000;
const MS_PER_HOUR: i64 = 3_600_000;

/// Month names, January first.
pub const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A day of the calendar. Fields are ordered so that the derived ordering is
/// chronological.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CivilDate {
    pub year: i32,
    /// 1 to 12.
    pub month: u8,
    /// 1 to 31.
    pub day: u8,
}

impl CivilDate {
    /// The date, if it exists in the calendar (so not 30 February).
    pub fn new(year: i32, month: u8, day: u8) -> Option<Self> {
        let valid = (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month);
        valid.then_some(Self { year, month, day })
    }

    /// The date `days` days after 1 January 1970 (negative: before it).
    pub fn from_days_since_epoch(days: i64) -> Self {
        // Shift the epoch to 1 March 0000, so the leap day ends each 4-year cycle.
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097); // day of the 400-year era, 0..=146096
        let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365; // 0..=399
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100); // day of the March-based year
        let mp = (5 * doy + 2) / 153; // March = 0
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(month <= 2);
        Self {
            year: year as i32,
            month: month as u8,
            day: day as u8,
        }
    }

    /// Days from 1 January 1970 to this date.
    pub fn days_since_epoch(self) -> i64 {
        let month = i64::from(self.month);
        let year = i64::from(self.year) - i64::from(month <= 2);
        let era = year.div_euclid(400);
        let yoe = year.rem_euclid(400);
        let mp = (month + 9) % 12; // March = 0
        let doy = (153 * mp + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date in UTC at `ms` milliseconds since the Unix epoch.
    pub fn from_utc_ms(ms: i64) -> Self {
        Self::from_days_since_epoch(ms.div_euclid(MS_PER_DAY))
    }

    /// The date in the UK (Greenwich Mean Time, or British Summer Time when in
    /// force) at `ms` milliseconds since the Unix epoch. Councils read dates in
    /// UK time, so a change made at 00:30 BST belongs to that day, not the one before.
    pub fn from_uk_ms(ms: i64) -> Self {
        Self::from_utc_ms(ms.saturating_add(uk_offset_ms(ms)))
    }

    /// Parses a date written `YYYY-MM-DD`, refusing dates that do not exist.
    pub fn parse_iso(text: &str) -> Option<Self> {
        let bytes = text.as_bytes();
        let digits = |range: std::ops::Range<usize>| {
            bytes[range.clone()]
                .iter()
                .all(u8::is_ascii_digit)
                .then(|| text[range].parse::<u32>().ok())
                .flatten()
        };
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return None;
        }
        let year = digits(0..4)?;
        let month = digits(5..7)?;
        let day = digits(8..10)?;
        Self::new(year as i32, month as u8, day as u8)
    }

    /// The date written `YYYY-MM-DD`, as spreadsheets and `<input type="date">` read it.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// The date written the UK way, e.g. "25 November 2026".
    pub fn long(self) -> String {
        self.to_string()
    }

    /// The English name of the month.
    pub fn month_name(self) -> &'static str {
        MONTHS[usize::from(self.month.clamp(1, 12)) - 1]
    }

    /// The same day `months` months later, or the month's last day when it
    /// is shorter: three months after 30 November is 28 (or 29) February.
    pub fn add_months(self, months: u32) -> Self {
        let index = i64::from(self.month) - 1 + i64::from(months);
        let year = self.year.saturating_add((index / 12) as i32);
        let month = (index % 12) as u8 + 1;
        Self {
            year,
            month,
            day: self.day.min(days_in_month(year, month)),
        }
    }

    /// Day of the week, 0 for Sunday to 6 for Saturday.
    pub fn weekday(self) -> u8 {
        // 1 January 1970 was a Thursday.
        (self.days_since_epoch() + 4).rem_euclid(7) as u8
    }
}

/// Formats as the long UK form, e.g. "25 November 2026".
impl fmt::Display for CivilDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {} {}", self.day, self.month_name(), self.year)
    }
}

/// Whether `year` has a 29 February.
pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Days in a month of a year (0 for a month that does not exist).
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// The UK's offset from UTC at an instant: one hour during British Summer Time
/// (from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday
/// of October, the rule in force since 1996), otherwise none.
pub fn uk_offset_ms(utc_ms: i64) -> i64 {
    let year = CivilDate::from_utc_ms(utc_ms).year;
    let starts = last_sunday_ms(year, 3).saturating_add(MS_PER_HOUR);
    let ends = last_sunday_ms(year, 10).saturating_add(MS_PER_HOUR);
    if (starts..ends).contains(&utc_ms) {
        MS_PER_HOUR
    } else {
        0
    }
}

/// Midnight UTC at the start of the last Sunday of a month. Saturates rather
/// than overflowing for years no browser clock reaches, so a hand-made file
/// with an absurd timestamp cannot crash the app.
fn last_sunday_ms(year: i32, month: u8) -> i64 {
    let last = CivilDate {
        year,
        month,
        day: days_in_month(year, month),
    };
    (last.days_since_epoch() - i64::from(last.weekday())).saturating_mul(MS_PER_DAY)
}

/// The UK date of an instant in the long form, e.g. "25 November 2026".
pub fn long_date_from_ms(ms: i64) -> String {
    CivilDate::from_uk_ms(ms).long()
}

/// An ISO date (`YYYY-MM-DD`) in the long form, or `None` when it is not a real date.
pub fn long_date_from_iso(text: &str) -> Option<String> {
    CivilDate::parse_iso(text.trim()).map(CivilDate::long)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extreme_timestamps_give_a_date_without_overflowing() {
        // The largest timestamp JSON can carry once panicked here in debug builds.
        for ms in [i64::MAX, i64::MIN + MS_PER_DAY, 9_223_372_036_854_775_000] {
            let _ = CivilDate::from_uk_ms(ms);
            let _ = uk_offset_ms(ms);
        }
    }

    fn date(year: i32, month: u8, day: u8) -> CivilDate {
        CivilDate::new(year, month, day).unwrap()
    }

    #[test]
    fn the_epoch_and_known_days_convert_both_ways() {
        assert_eq!(CivilDate::from_days_since_epoch(0), date(1970, 1, 1));
        assert_eq!(date(1970, 1, 1).days_since_epoch(), 0);
        assert_eq!(CivilDate::from_days_since_epoch(-1), date(1969, 12, 31));
        assert_eq!(date(2000, 3, 1).days_since_epoch(), 11_017);
        assert_eq!(date(2026, 11, 25).days_since_epoch(), 20_782);
    }

    #[test]
    fn every_day_over_eight_centuries_round_trips() {
        // Covers the 100- and 400-year leap rules and dates before the epoch.
        let start = date(1600, 1, 1).days_since_epoch();
        let end = date(2400, 12, 31).days_since_epoch();
        let mut previous = CivilDate::from_days_since_epoch(start - 1);
        for days in start..=end {
            let d = CivilDate::from_days_since_epoch(days);
            assert_eq!(d.days_since_epoch(), days);
            assert!(d > previous, "{d:?} after {previous:?}");
            assert_eq!(CivilDate::new(d.year, d.month, d.day), Some(d));
            previous = d;
        }
    }

    #[test]
    fn milliseconds_map_to_utc_days_including_before_1970() {
        // 2026-11-25T12:00:00Z
        assert_eq!(
            CivilDate::from_utc_ms(1_795_608_000_000),
            date(2026, 11, 25)
        );
        assert_eq!(CivilDate::from_utc_ms(-1), date(1969, 12, 31));
        assert_eq!(CivilDate::from_utc_ms(MS_PER_DAY - 1), date(1970, 1, 1));
    }

    #[test]
    fn uk_dates_follow_british_summer_time() {
        // 2026: BST from 29 March 01:00 UTC to 25 October 01:00 UTC.
        let march_29 = date(2026, 3, 29).days_since_epoch() * MS_PER_DAY;
        assert_eq!(uk_offset_ms(march_29 + MS_PER_HOUR - 1), 0);
        assert_eq!(uk_offset_ms(march_29 + MS_PER_HOUR), MS_PER_HOUR);
        let october_25 = date(2026, 10, 25).days_since_epoch() * MS_PER_DAY;
        assert_eq!(uk_offset_ms(october_25 + MS_PER_HOUR - 1), MS_PER_HOUR);
        assert_eq!(uk_offset_ms(october_25 + MS_PER_HOUR), 0);
        // 23:30 UTC on 1 July is 00:30 BST on 2 July.
        let july_1_2330 =
            date(2026, 7, 1).days_since_epoch() * MS_PER_DAY + 23 * MS_PER_HOUR + 1_800_000;
        assert_eq!(CivilDate::from_utc_ms(july_1_2330), date(2026, 7, 1));
        assert_eq!(CivilDate::from_uk_ms(july_1_2330), date(2026, 7, 2));
        // In winter UK time is UTC.
        let dec_31_2330 =
            date(2026, 12, 31).days_since_epoch() * MS_PER_DAY + 23 * MS_PER_HOUR + 1_800_000;
        assert_eq!(CivilDate::from_uk_ms(dec_31_2330), date(2026, 12, 31));
    }

    #[test]
    fn long_form_is_the_uk_style() {
        assert_eq!(date(2026, 11, 25).long(), "25 November 2026");
        assert_eq!(date(2027, 3, 1).to_string(), "1 March 2027");
        assert_eq!(
            long_date_from_iso("2027-01-09").as_deref(),
            Some("9 January 2027")
        );
        assert_eq!(long_date_from_iso("soon"), None);
        assert_eq!(long_date_from_ms(0), "1 January 1970");
    }

    #[test]
    fn iso_dates_parse_only_when_real() {
        assert_eq!(CivilDate::parse_iso("2028-02-29"), Some(date(2028, 2, 29)));
        assert_eq!(date(2028, 2, 29).iso(), "2028-02-29");
        assert_eq!(date(987, 6, 5).iso(), "0987-06-05");
        for bad in [
            "2027-02-29",
            "2026-13-01",
            "2026-00-10",
            "2026-04-31",
            "2026-4-30",
            "26-04-30",
            "2026/04/30",
            "2026-04-3x",
            "+026-04-30",
            "2026-04-30 ",
            "",
            "2026-04-٣٠",
        ] {
            assert_eq!(CivilDate::parse_iso(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn months_are_added_on_the_calendar() {
        assert_eq!(date(2026, 11, 27).add_months(3), date(2027, 2, 27));
        assert_eq!(date(2026, 11, 30).add_months(3), date(2027, 2, 28));
        assert_eq!(date(2027, 11, 30).add_months(3), date(2028, 2, 29));
        assert_eq!(date(2026, 1, 31).add_months(1), date(2026, 2, 28));
        assert_eq!(date(2026, 5, 15).add_months(0), date(2026, 5, 15));
        assert_eq!(date(2026, 12, 1).add_months(25), date(2029, 1, 1));
    }

    #[test]
    fn weekdays_are_right() {
        assert_eq!(date(1970, 1, 1).weekday(), 4);
        assert_eq!(date(2026, 11, 25).weekday(), 3); // a Wednesday
        assert_eq!(date(2026, 3, 29).weekday(), 0);
    }
}
