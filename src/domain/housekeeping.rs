//! Keeping saved work safe in a small, shared browser store: how much room is
//! left, when to warn, which assessments to back up and remove first, and
//! when to remind the user to download a backup.

use super::assessment::Assessment;

/// The room browsers give one site's local storage, in characters: 5 MiB,
/// which Chromium and Edge count as two bytes per character (measured: 28
/// complete assessments of about 183,000 characters fill it), and Firefox and
/// Safari allow at least. Every app served from the same host shares it.
pub const QUOTA_CHARS: usize = 5 * 1024 * 1024;

/// The size of a complete assessment's record, in characters: every question
/// answered, with about 2,000 characters of evidence per characteristic, and
/// the stamps of every answer (about a tenth of it). A test keeps it close to
/// the real size of such a record.
pub const COMPLETE_ASSESSMENT_CHARS: usize = 210_000;

/// Warn once the store is this full, in percent.
pub const WARN_AT_PERCENT: usize = 80;

/// How full the site's local storage is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Room {
    /// Characters held by every key of the site, this app's and others'.
    pub used: usize,
    /// Characters held by this app's keys.
    pub ours: usize,
    /// The most the browser allows.
    pub quota: usize,
}

impl Room {
    /// How full the store is, in whole percent.
    pub fn percent_used(&self) -> usize {
        (self.used.saturating_mul(100) / self.quota.max(1)).min(100)
    }

    /// Whether to warn the user that space is running out.
    pub fn nearly_full(&self) -> bool {
        self.percent_used() >= WARN_AT_PERCENT
    }

    /// How many more complete assessments fit in the room left.
    pub fn complete_assessments_left(&self) -> usize {
        self.quota.saturating_sub(self.used) / COMPLETE_ASSESSMENT_CHARS
    }

    /// The characters to free to bring the store back below the warning level.
    pub fn to_free(&self) -> usize {
        let limit = self.quota * WARN_AT_PERCENT / 100;
        (self.used + 1).saturating_sub(limit)
    }
}

/// The assessments to suggest backing up and removing when the store is nearly
/// full: those changed longest ago first, as many as it takes to free `to_free`
/// characters (or all of them, if even that would not). `sizes` gives each
/// assessment with the size of its record.
pub fn oldest_to_remove(mut sizes: Vec<(&Assessment, usize)>, to_free: usize) -> Vec<&Assessment> {
    let mut freed = 0;
    let mut chosen = Vec::new();
    // Picking the oldest each time, rather than sorting: a list holds a few
    // dozen at most, and a sort routine would add to the app's download.
    while freed < to_free {
        let Some(oldest) = (0..sizes.len()).min_by_key(|&i| sizes[i].0.updated_ms) else {
            break;
        };
        let (assessment, size) = sizes.swap_remove(oldest);
        freed += size;
        chosen.push(assessment);
    }
    chosen
}

/// How long a backup stays fresh, in days.
pub const BACKUP_REMINDER_DAYS: i64 = 14;

const DAY_MS: i64 = 24 * 60 * 60 * 1000;

/// Whether to remind the user to download a backup of an assessment: it has
/// changed since its last backup, and that backup (or, if it was never backed
/// up, the start of the assessment) is more than 14 days old.
pub fn backup_due(assessment: &Assessment, last_backup_ms: Option<i64>, now_ms: i64) -> bool {
    let since = last_backup_ms.unwrap_or(assessment.started_ms);
    assessment.updated_ms > since && now_ms - since > BACKUP_REMINDER_DAYS * DAY_MS
}
