//! Glossary markup in content prose: `[[Monitoring Officer]]` links the words to the
//! glossary entry with that term or alias; `[[visible words|glossary-id]]` links
//! other words to the entry with that id.

/// A piece of marked-up prose.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Segment<'a> {
    /// Plain words.
    Text(&'a str),
    /// Words that name a glossary entry: `key` is a glossary id when `by_id`,
    /// otherwise a term or alias to look up.
    Term {
        text: &'a str,
        key: &'a str,
        by_id: bool,
    },
}

/// Splits prose into plain text and glossary terms. An unclosed `[[` is kept as text.
pub fn segments(text: &str) -> Vec<Segment<'_>> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find("[[") {
        let Some(len) = rest[start + 2..].find("]]") else {
            break;
        };
        if start > 0 {
            out.push(Segment::Text(&rest[..start]));
        }
        let inner = &rest[start + 2..start + 2 + len];
        out.push(match inner.split_once('|') {
            Some((text, id)) => Segment::Term {
                text,
                key: id.trim(),
                by_id: true,
            },
            None => Segment::Term {
                text: inner,
                key: inner,
                by_id: false,
            },
        });
        rest = &rest[start + 2 + len + 2..];
    }
    if !rest.is_empty() {
        out.push(Segment::Text(rest));
    }
    out
}

/// The prose as a reader sees it, with the markup removed.
pub fn plain_text(text: &str) -> String {
    segments(text)
        .into_iter()
        .map(|segment| match segment {
            Segment::Text(text) | Segment::Term { text, .. } => text,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_terms_by_name_and_by_id() {
        let parts =
            segments("The [[Monitoring Officer]] and the [[s151 officer|section-151-officer]].");
        assert_eq!(
            parts,
            vec![
                Segment::Text("The "),
                Segment::Term {
                    text: "Monitoring Officer",
                    key: "Monitoring Officer",
                    by_id: false
                },
                Segment::Text(" and the "),
                Segment::Term {
                    text: "s151 officer",
                    key: "section-151-officer",
                    by_id: true
                },
                Segment::Text("."),
            ]
        );
    }

    #[test]
    fn plain_text_drops_markup_and_keeps_unclosed_brackets() {
        assert_eq!(plain_text("See [[MTFP]] now"), "See MTFP now");
        assert_eq!(plain_text("odd [[ text"), "odd [[ text");
    }
}
