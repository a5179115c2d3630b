//! An assessment: one council's answers to a framework, keyed by the framework's
//! stable item ids (never by position), with the rules a committee would know:
//! when an improvement action is needed and when a section counts as complete.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::framework::{Framework, RatingScale};

/// A principle or a theme: a section of the questionnaire and of the task list.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", content = "id", rename_all = "lowercase")]
pub enum SectionRef {
    Principle(String),
    Theme(String),
}

impl SectionRef {
    /// The section's id within its kind.
    pub fn id(&self) -> &str {
        match self {
            SectionRef::Principle(id) | SectionRef::Theme(id) => id,
        }
    }

    /// Every section of a framework, principles first, in framework order.
    pub fn all(framework: &Framework) -> Vec<SectionRef> {
        let principles = framework
            .principles
            .iter()
            .map(|p| SectionRef::Principle(p.id.clone()));
        let themes = framework
            .themes
            .iter()
            .map(|t| SectionRef::Theme(t.id.clone()));
        principles.chain(themes).collect()
    }

    /// The section's title, if the framework has it.
    pub fn title<'f>(&self, framework: &'f Framework) -> Option<&'f str> {
        match self {
            SectionRef::Principle(id) => framework.principle(id).map(|p| p.title.as_str()),
            SectionRef::Theme(id) => framework.theme(id).map(|t| t.title.as_str()),
        }
    }
}

/// Which sections an assessment covers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "sections", rename_all = "lowercase")]
pub enum Scope {
    /// Every principle and theme.
    Everything,
    /// Only these sections.
    Chosen(Vec<SectionRef>),
}

/// Whether a warning sign is present, as judged by the assessor. Flags are shown
/// beside ratings and never added into any score.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FlagState {
    NotPresent,
    Partly,
    Present,
}

impl FlagState {
    /// Every state, in the order offered to the user.
    pub const ALL: [FlagState; 3] = [FlagState::NotPresent, FlagState::Partly, FlagState::Present];

    /// The label shown to the user.
    pub fn label(self) -> &'static str {
        match self {
            FlagState::NotPresent => "Not present",
            FlagState::Partly => "Partly present",
            FlagState::Present => "Present",
        }
    }

    /// A stable id for forms and files.
    pub fn id(self) -> &'static str {
        match self {
            FlagState::NotPresent => "not-present",
            FlagState::Partly => "partly",
            FlagState::Present => "present",
        }
    }
}

/// An improvement action for a characteristic rated below the top level.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImprovementAction {
    /// What is missing today.
    #[serde(default)]
    pub gap: String,
    /// What will be done about it.
    pub action: String,
    /// Who is responsible.
    pub owner: String,
    /// When it is due, as an ISO date (`YYYY-MM-DD`); empty when not yet set.
    pub due: String,
}

/// The answer to one characteristic.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CharacteristicAnswer {
    /// The scale level id, `None` while not yet assessed.
    pub rating: Option<String>,
    /// The evidence narrative.
    #[serde(default)]
    pub narrative: String,
    /// Titles or links of documents cited as evidence.
    #[serde(default)]
    pub references: Vec<String>,
    #[serde(default)]
    pub action: ImprovementAction,
}

/// The assessor's judgement of one warning sign.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FlagAnswer {
    pub state: Option<FlagState>,
    #[serde(default)]
    pub note: String,
}

/// Whether the summary is a draft or the final version put to members.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ReportStatus {
    #[default]
    Draft,
    Final,
}

/// One self-assessment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Assessment {
    pub id: String,
    pub name: String,
    pub council: String,
    pub assessor: String,
    pub framework_id: String,
    pub framework_version: String,
    pub scope: Scope,
    /// When it was started, in milliseconds since the Unix epoch.
    pub started_ms: i64,
    /// When it was last changed, in milliseconds since the Unix epoch.
    pub updated_ms: i64,
    #[serde(default)]
    pub status: ReportStatus,
    /// Sections the assessor has checked and marked complete.
    #[serde(default)]
    pub marked_complete: BTreeSet<SectionRef>,
    /// Answers by characteristic id.
    #[serde(default)]
    pub characteristics: BTreeMap<String, CharacteristicAnswer>,
    /// Warning-sign judgements by failure indicator id.
    #[serde(default)]
    pub flags: BTreeMap<String, FlagAnswer>,
    /// Answers to reflective questions by question id.
    #[serde(default)]
    pub reflections: BTreeMap<String, String>,
}

/// What the user gives to start an assessment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewAssessment {
    pub name: String,
    pub council: String,
    pub assessor: String,
    pub scope: Scope,
}

/// Why a new assessment cannot be started, one message per field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldErrors(pub Vec<(&'static str, String)>);

/// The status of a section on the task list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SectionStatus {
    NotStarted,
    InProgress,
    Completed,
}

impl SectionStatus {
    /// The words shown on the task list.
    pub fn label(self) -> &'static str {
        match self {
            SectionStatus::NotStarted => "Not started",
            SectionStatus::InProgress => "In progress",
            SectionStatus::Completed => "Completed",
        }
    }
}

/// What still stops a section being marked complete, each tied to an item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The item (characteristic, flag or question id) the problem is about.
    pub item_id: String,
    pub message: String,
}

/// How many items of a section (or of the whole assessment) are answered.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Progress {
    pub answered: usize,
    pub total: usize,
}

impl Progress {
    /// Whole-number percentage, 0 when there is nothing to answer.
    pub fn percent(self) -> u32 {
        (self.answered * 100)
            .checked_div(self.total)
            .map_or(0, |p| p as u32)
    }
}

impl NewAssessment {
    /// Checks the details, so every field error can be shown at once.
    pub fn validate(&self) -> Result<(), FieldErrors> {
        let mut errors = Vec::new();
        if self.name.trim().is_empty() {
            errors.push(("name", "Enter a name for the assessment".to_owned()));
        }
        if self.council.trim().is_empty() {
            errors.push(("council", "Enter the name of the council".to_owned()));
        }
        if self.assessor.trim().is_empty() {
            errors.push((
                "assessor",
                "Enter who is carrying out the assessment".to_owned(),
            ));
        }
        if matches!(&self.scope, Scope::Chosen(sections) if sections.is_empty()) {
            errors.push(("scope", "Choose at least one principle or theme".to_owned()));
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(FieldErrors(errors))
        }
    }
}

impl Assessment {
    /// Starts an assessment of `framework` with the given id and time.
    pub fn start(
        framework: &Framework,
        details: NewAssessment,
        id: String,
        now_ms: i64,
    ) -> Result<Self, FieldErrors> {
        details.validate()?;
        Ok(Self {
            id,
            name: details.name.trim().to_owned(),
            council: details.council.trim().to_owned(),
            assessor: details.assessor.trim().to_owned(),
            framework_id: framework.info.id.clone(),
            framework_version: framework.info.version.clone(),
            scope: details.scope,
            started_ms: now_ms,
            updated_ms: now_ms,
            status: ReportStatus::Draft,
            marked_complete: BTreeSet::new(),
            characteristics: BTreeMap::new(),
            flags: BTreeMap::new(),
            reflections: BTreeMap::new(),
        })
    }

    /// A copy to start a new round from: the same answers, a new name, id and
    /// start time, every section to be checked again, and a draft status.
    pub fn duplicate(&self, name: &str, id: String, now_ms: i64) -> Self {
        Self {
            id,
            name: name.trim().to_owned(),
            started_ms: now_ms,
            updated_ms: now_ms,
            status: ReportStatus::Draft,
            marked_complete: BTreeSet::new(),
            ..self.clone()
        }
    }

    /// The sections in scope, in framework order.
    pub fn sections(&self, framework: &Framework) -> Vec<SectionRef> {
        let all = SectionRef::all(framework);
        match &self.scope {
            Scope::Everything => all,
            Scope::Chosen(chosen) => all.into_iter().filter(|s| chosen.contains(s)).collect(),
        }
    }

    /// Whether a section is part of this assessment.
    pub fn covers(&self, framework: &Framework, section: &SectionRef) -> bool {
        self.sections(framework).contains(section)
    }

    // --- Changing answers. Each records the time of the change. ---

    /// Sets or clears the rating of a characteristic.
    pub fn set_rating(&mut self, characteristic_id: &str, level_id: Option<String>, now_ms: i64) {
        self.characteristic_mut(characteristic_id).rating = level_id;
        self.updated_ms = now_ms;
    }

    /// Replaces the evidence narrative of a characteristic.
    pub fn set_narrative(&mut self, characteristic_id: &str, text: String, now_ms: i64) {
        self.characteristic_mut(characteristic_id).narrative = text;
        self.updated_ms = now_ms;
    }

    /// Replaces the evidence references of a characteristic; blank lines are dropped.
    pub fn set_references(
        &mut self,
        characteristic_id: &str,
        references: Vec<String>,
        now_ms: i64,
    ) {
        self.characteristic_mut(characteristic_id).references = references;
        self.updated_ms = now_ms;
    }

    /// Replaces the improvement action of a characteristic.
    pub fn set_action(&mut self, characteristic_id: &str, action: ImprovementAction, now_ms: i64) {
        self.characteristic_mut(characteristic_id).action = action;
        self.updated_ms = now_ms;
    }

    /// Sets or clears the state of a warning sign.
    pub fn set_flag_state(&mut self, indicator_id: &str, state: Option<FlagState>, now_ms: i64) {
        self.flags.entry(indicator_id.to_owned()).or_default().state = state;
        self.updated_ms = now_ms;
    }

    /// Replaces the note on a warning sign.
    pub fn set_flag_note(&mut self, indicator_id: &str, note: String, now_ms: i64) {
        self.flags.entry(indicator_id.to_owned()).or_default().note = note;
        self.updated_ms = now_ms;
    }

    /// Replaces the answer to a reflective question.
    pub fn set_reflection(&mut self, question_id: &str, text: String, now_ms: i64) {
        self.reflections.insert(question_id.to_owned(), text);
        self.updated_ms = now_ms;
    }

    /// Renames the assessment.
    pub fn rename(&mut self, name: &str, now_ms: i64) -> Result<(), FieldErrors> {
        if name.trim().is_empty() {
            return Err(FieldErrors(vec![(
                "name",
                "Enter a name for the assessment".to_owned(),
            )]));
        }
        self.name = name.trim().to_owned();
        self.updated_ms = now_ms;
        Ok(())
    }

    /// Marks a section complete after the assessor has checked it, or says
    /// what still needs doing.
    pub fn mark_complete(
        &mut self,
        framework: &Framework,
        section: &SectionRef,
        now_ms: i64,
    ) -> Result<(), Vec<Problem>> {
        let problems = self.problems(framework, section);
        if !problems.is_empty() {
            return Err(problems);
        }
        self.marked_complete.insert(section.clone());
        self.updated_ms = now_ms;
        Ok(())
    }

    fn characteristic_mut(&mut self, id: &str) -> &mut CharacteristicAnswer {
        self.characteristics.entry(id.to_owned()).or_default()
    }

    // --- Reading answers and the rules on them. ---

    /// The answer to a characteristic, if any was given.
    pub fn characteristic(&self, id: &str) -> Option<&CharacteristicAnswer> {
        self.characteristics.get(id)
    }

    /// The rating of a characteristic, if given.
    pub fn rating(&self, id: &str) -> Option<&str> {
        self.characteristic(id).and_then(|a| a.rating.as_deref())
    }

    /// The judgement on a warning sign, if given.
    pub fn flag(&self, id: &str) -> Option<&FlagAnswer> {
        self.flags.get(id)
    }

    /// The answer to a reflective question (empty when unanswered).
    pub fn reflection(&self, id: &str) -> &str {
        self.reflections.get(id).map_or("", String::as_str)
    }

    /// The status of a section, derived from its answers: a section marked
    /// complete stays complete only while nothing it needs is missing.
    pub fn section_status(&self, framework: &Framework, section: &SectionRef) -> SectionStatus {
        if self.marked_complete.contains(section) && self.problems(framework, section).is_empty() {
            SectionStatus::Completed
        } else if self.section_progress(framework, section).answered > 0
            || self.has_any_text(framework, section)
        {
            SectionStatus::InProgress
        } else {
            SectionStatus::NotStarted
        }
    }

    /// Items answered in a section: rated characteristics and judged warning
    /// signs for a theme; answered questions for a principle.
    pub fn section_progress(&self, framework: &Framework, section: &SectionRef) -> Progress {
        match section {
            SectionRef::Principle(id) => {
                let Some(principle) = framework.principle(id) else {
                    return Progress::default();
                };
                Progress {
                    answered: principle
                        .questions
                        .iter()
                        .filter(|q| !self.reflection(&q.id).trim().is_empty())
                        .count(),
                    total: principle.questions.len(),
                }
            }
            SectionRef::Theme(id) => {
                let Some(theme) = framework.theme(id) else {
                    return Progress::default();
                };
                let rated = theme
                    .characteristics
                    .iter()
                    .filter(|c| self.rating(&c.id).is_some())
                    .count();
                let judged = theme
                    .failure_indicators
                    .iter()
                    .filter(|f| self.flag(&f.id).is_some_and(|a| a.state.is_some()))
                    .count();
                Progress {
                    answered: rated + judged,
                    total: theme.characteristics.len() + theme.failure_indicators.len(),
                }
            }
        }
    }

    /// Progress over every section in scope.
    pub fn overall_progress(&self, framework: &Framework) -> Progress {
        self.sections(framework)
            .iter()
            .fold(Progress::default(), |sum, s| {
                let p = self.section_progress(framework, s);
                Progress {
                    answered: sum.answered + p.answered,
                    total: sum.total + p.total,
                }
            })
    }

    /// How many sections in scope are completed, out of how many.
    pub fn sections_completed(&self, framework: &Framework) -> (usize, usize) {
        let sections = self.sections(framework);
        let done = sections
            .iter()
            .filter(|s| self.section_status(framework, s) == SectionStatus::Completed)
            .count();
        (done, sections.len())
    }

    /// Whether the rating of a characteristic calls for an improvement action:
    /// any rated level below the top one (not "not applicable", not unrated).
    pub fn needs_action(&self, scale: &RatingScale, characteristic_id: &str) -> bool {
        rating_needs_action(scale, self.rating(characteristic_id))
    }

    /// What stops a section being marked complete.
    pub fn problems(&self, framework: &Framework, section: &SectionRef) -> Vec<Problem> {
        let mut problems = Vec::new();
        let mut problem = |item_id: &str, message: String| {
            problems.push(Problem {
                item_id: item_id.to_owned(),
                message,
            })
        };
        match section {
            SectionRef::Principle(id) => {
                for (n, q) in framework
                    .principle(id)
                    .into_iter()
                    .flat_map(|p| p.questions.iter().enumerate())
                {
                    if self.reflection(&q.id).trim().is_empty() {
                        problem(&q.id, format!("Answer question {}", n + 1));
                    }
                }
            }
            SectionRef::Theme(id) => {
                let Some(theme) = framework.theme(id) else {
                    return problems;
                };
                for c in &theme.characteristics {
                    let code = theme.display_code(c);
                    match self.characteristic(&c.id) {
                        None | Some(CharacteristicAnswer { rating: None, .. }) => {
                            problem(&c.id, format!("Choose a rating for {code}"));
                        }
                        Some(answer) if self.needs_action(&framework.scale, &c.id) => {
                            let action = &answer.action;
                            if action.action.trim().is_empty() {
                                problem(
                                    &c.id,
                                    format!("Describe the improvement action for {code}"),
                                );
                            }
                            if action.owner.trim().is_empty() {
                                problem(&c.id, format!("Enter who owns the action for {code}"));
                            }
                            if !is_iso_date(&action.due) {
                                problem(
                                    &c.id,
                                    format!("Enter a due date for the action for {code}"),
                                );
                            }
                        }
                        Some(_) => {}
                    }
                }
                for (n, f) in theme.failure_indicators.iter().enumerate() {
                    if self.flag(&f.id).and_then(|a| a.state).is_none() {
                        problem(
                            &f.id,
                            format!("Say whether warning sign {} is present", n + 1),
                        );
                    }
                }
            }
        }
        problems
    }

    fn has_any_text(&self, framework: &Framework, section: &SectionRef) -> bool {
        let SectionRef::Theme(id) = section else {
            return false;
        };
        let Some(theme) = framework.theme(id) else {
            return false;
        };
        theme.characteristics.iter().any(|c| {
            self.characteristic(&c.id).is_some_and(|a| {
                !a.narrative.trim().is_empty()
                    || !a.references.is_empty()
                    || a.action != ImprovementAction::default()
            })
        }) || theme
            .failure_indicators
            .iter()
            .any(|f| self.flag(&f.id).is_some_and(|a| !a.note.trim().is_empty()))
    }
}

/// The action rule on its own: a rated level below the top level needs an action.
pub fn rating_needs_action(scale: &RatingScale, rating: Option<&str>) -> bool {
    match rating {
        None => false,
        Some(level) => scale.levels.iter().skip(1).any(|l| l.id == level),
    }
}

/// Whether `text` is a real calendar date written `YYYY-MM-DD`.
pub fn is_iso_date(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    let [y, m, d] = parts.as_slice() else {
        return false;
    };
    if y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return false;
    }
    let (Ok(year), Ok(month), Ok(day)) = (y.parse::<u32>(), m.parse::<u32>(), d.parse::<u32>())
    else {
        return false;
    };
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&day)
}

/// A three-way merge of two edits of one assessment, for two tabs (or windows)
/// open on it at once: every answer field changed in `ours` since `base` (the
/// version both started from) is kept, and everything else comes from
/// `theirs`. Only a field both sides changed goes to `ours`, the tab the user
/// is typing in.
pub fn merge(base: &Assessment, ours: &Assessment, theirs: &Assessment) -> Assessment {
    let mut out = theirs.clone();
    merge_maps(
        &base.characteristics,
        &ours.characteristics,
        &mut out.characteristics,
        |b, o, t| CharacteristicAnswer {
            rating: pick(&b.rating, &o.rating, &t.rating),
            narrative: pick(&b.narrative, &o.narrative, &t.narrative),
            references: pick(&b.references, &o.references, &t.references),
            action: pick(&b.action, &o.action, &t.action),
        },
    );
    merge_maps(&base.flags, &ours.flags, &mut out.flags, |b, o, t| {
        FlagAnswer {
            state: pick(&b.state, &o.state, &t.state),
            note: pick(&b.note, &o.note, &t.note),
        }
    });
    merge_maps(
        &base.reflections,
        &ours.reflections,
        &mut out.reflections,
        pick,
    );
    out.name = pick(&base.name, &ours.name, &theirs.name);
    out.status = pick(&base.status, &ours.status, &theirs.status);
    out.marked_complete.extend(
        ours.marked_complete
            .difference(&base.marked_complete)
            .cloned(),
    );
    out.updated_ms = ours.updated_ms.max(theirs.updated_ms);
    out
}

/// Ours where it changed since the base, otherwise theirs.
fn pick<T: PartialEq + Clone>(base: &T, ours: &T, theirs: &T) -> T {
    if ours != base {
        ours.clone()
    } else {
        theirs.clone()
    }
}

/// Merges the answers `ours` changed into `out` (a copy of theirs); an answer
/// only theirs changed is already there. A missing answer counts as empty.
fn merge_maps<V: Default + Clone + PartialEq>(
    base: &BTreeMap<String, V>,
    ours: &BTreeMap<String, V>,
    out: &mut BTreeMap<String, V>,
    merge_value: impl Fn(&V, &V, &V) -> V,
) {
    let empty = V::default();
    for (key, mine) in ours {
        let original = base.get(key).unwrap_or(&empty);
        if mine != original {
            let merged = merge_value(original, mine, out.get(key).unwrap_or(&empty));
            out.insert(key.clone(), merged);
        }
    }
}
