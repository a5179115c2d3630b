//! The judgement on a warning sign: present, partly present, not present, or
//! (for a warning sign that applies only to some councils) not applicable.

/// Whether a warning sign is present, as judged by the assessor. Flags are shown
/// beside ratings and never added into any score.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FlagState {
    NotPresent,
    Partly,
    Present,
    /// The warning sign is about something the council does not do or have
    /// (its `applies_if` condition): offered only for such warning signs.
    NotApplicable,
}

impl FlagState {
    /// The three judgements offered for every warning sign, in order.
    pub const ALL: [FlagState; 3] = [FlagState::NotPresent, FlagState::Partly, FlagState::Present];

    /// The states offered for a warning sign with this condition: the three
    /// judgements, and "Not applicable" when it applies only to some councils.
    pub fn choices(applies_if: Option<&str>) -> Vec<FlagState> {
        let mut out = FlagState::ALL.to_vec();
        if applies_if.is_some() {
            out.push(FlagState::NotApplicable);
        }
        out
    }

    /// The state with this id (see [`FlagState::id`]).
    pub fn from_id(id: &str) -> Option<FlagState> {
        FlagState::ALL
            .into_iter()
            .chain([FlagState::NotApplicable])
            .find(|s| s.id() == id)
    }

    /// Whether the state flags the warning sign for members' attention.
    pub fn is_flagged(self) -> bool {
        matches!(self, FlagState::Partly | FlagState::Present)
    }

    /// The label shown to the user.
    pub fn label(self) -> &'static str {
        match self {
            FlagState::NotPresent => "Not present",
            FlagState::Partly => "Partly present",
            FlagState::Present => "Present",
            FlagState::NotApplicable => "Not applicable",
        }
    }

    /// A stable id for forms and files.
    pub fn id(self) -> &'static str {
        match self {
            FlagState::NotPresent => "not-present",
            FlagState::Partly => "partly",
            FlagState::Present => "present",
            FlagState::NotApplicable => "not-applicable",
        }
    }
}
