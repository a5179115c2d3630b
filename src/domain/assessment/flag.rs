//! The assessor's judgement on a warning sign.

/// Whether a warning sign is present, as judged by the assessor. Flags are shown
/// beside ratings and never added into any score.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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
