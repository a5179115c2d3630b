//! Search over all guidance text, for readers who know a word ("s151") but not
//! where the guidance mentions it.

use super::framework::Framework;
use super::markup::plain_text;

/// Where a search hit lives, so the UI can link to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HitPlace {
    /// A principle, or one of its questions.
    Principle { principle_id: String },
    /// A theme, or one of its characteristics or failure indicators.
    Theme { theme_id: String },
    /// A glossary entry.
    Glossary { entry_id: String },
    /// The intervention ladder.
    Intervention,
}

/// What kind of item matched, in words a reader understands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum HitKind {
    Principle,
    ReflectiveQuestion,
    Theme,
    Characteristic,
    FailureIndicator,
    GlossaryTerm,
    InterventionStep,
}

impl HitKind {
    /// A short label for the kind, shown beside each hit.
    pub fn label(self) -> &'static str {
        match self {
            HitKind::Principle => "Principle",
            HitKind::ReflectiveQuestion => "Question",
            HitKind::Theme => "Theme",
            HitKind::Characteristic => "Characteristic",
            HitKind::FailureIndicator => "Warning sign",
            HitKind::GlossaryTerm => "Glossary",
            HitKind::InterventionStep => "Intervention",
        }
    }
}

/// One matching item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchHit {
    pub item_id: String,
    pub kind: HitKind,
    pub place: HitPlace,
    /// The heading to show: the item's title, or the section it belongs to.
    pub heading: String,
    /// The item's main text, as plain text.
    pub excerpt: String,
    /// Whether the item holds the whole query as a phrase (these come first),
    /// rather than only its words apart.
    pub phrase: bool,
}

/// The shortest query worth searching for: a single letter matches nearly everything.
pub const MIN_QUERY_CHARS: usize = 2;

/// Items whose text holds every word of `query`, ignoring case; items holding the
/// whole query as a phrase come first, then file order.
pub fn search(framework: &Framework, query: &str) -> Vec<SearchHit> {
    let query = query.trim().to_lowercase();
    if query.chars().count() < MIN_QUERY_CHARS {
        return Vec::new();
    }
    let words: Vec<&str> = query.split_whitespace().collect();
    let mut phrase_hits = Vec::new();
    let mut word_hits = Vec::new();
    for (mut hit, haystack) in candidates(framework) {
        let haystack = plain_text(&haystack).to_lowercase();
        if haystack.contains(&query) {
            hit.phrase = true;
            phrase_hits.push(hit);
        } else if words.iter().all(|w| haystack.contains(w)) {
            word_hits.push(hit);
        }
    }
    phrase_hits.extend(word_hits);
    phrase_hits
}

/// Every searchable item with the text it is searched by.
fn candidates(framework: &Framework) -> Vec<(SearchHit, String)> {
    let mut out = Vec::new();
    let mut add =
        |item_id: &str, kind, place: &HitPlace, heading: &str, excerpt: &str, extra: &[&str]| {
            let mut haystack = format!("{heading}\n{excerpt}");
            for text in extra {
                haystack.push('\n');
                haystack.push_str(text);
            }
            let hit = SearchHit {
                item_id: item_id.to_owned(),
                kind,
                place: place.clone(),
                heading: plain_text(heading),
                excerpt: plain_text(excerpt),
                phrase: false,
            };
            out.push((hit, haystack));
        };
    for p in &framework.principles {
        let place = HitPlace::Principle {
            principle_id: p.id.clone(),
        };
        add(
            &p.id,
            HitKind::Principle,
            &place,
            &p.title,
            &p.summary,
            &[&p.description],
        );
        for q in &p.questions {
            add(
                &q.id,
                HitKind::ReflectiveQuestion,
                &place,
                &p.title,
                &q.text,
                &[&q.hint],
            );
        }
    }
    for t in &framework.themes {
        let place = HitPlace::Theme {
            theme_id: t.id.clone(),
        };
        add(
            &t.id,
            HitKind::Theme,
            &place,
            &t.title,
            &t.summary,
            &[&t.description],
        );
        for c in &t.characteristics {
            let mut extra: Vec<&str> = vec![&c.good_looks_like];
            extra.extend(c.evidence.iter().map(String::as_str));
            add(
                &c.id,
                HitKind::Characteristic,
                &place,
                &t.title,
                &c.statement,
                &extra,
            );
        }
        for f in &t.failure_indicators {
            add(
                &f.id,
                HitKind::FailureIndicator,
                &place,
                &t.title,
                &f.text,
                &[],
            );
        }
    }
    for g in &framework.glossary {
        let place = HitPlace::Glossary {
            entry_id: g.id.clone(),
        };
        let aliases: Vec<&str> = g.aliases.iter().map(String::as_str).collect();
        add(
            &g.id,
            HitKind::GlossaryTerm,
            &place,
            &g.term,
            &g.definition,
            &aliases,
        );
    }
    for s in &framework.intervention.steps {
        add(
            &s.id,
            HitKind::InterventionStep,
            &HitPlace::Intervention,
            &s.title,
            &s.description,
            &[],
        );
    }
    out
}
