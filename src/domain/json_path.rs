//! Where in a JSON text a position lies, as a path such as
//! `assessment.characteristics["governance.c01"].narrative`, so that a refusal
//! can say where a file is wrong without quoting it.

/// One level of nesting on the way to the position.
enum Frame {
    /// Inside an object: the key of the member being read, once known.
    Object(Option<String>),
    /// Inside an array: the index of the element being read.
    Array(usize),
}

/// The path to the value at `line` and `column` (both from 1, as serde_json
/// reports them; the column counts bytes), or "" at the top level.
pub fn path_at(text: &str, line: usize, column: usize) -> String {
    let end = offset(text, line, column);
    let mut stack: Vec<Frame> = Vec::new();
    let mut chars = text[..end].chars();
    // The last string read, which becomes a key if a ':' follows it.
    let mut last_string: Option<String> = None;
    while let Some(c) = chars.next() {
        match c {
            '"' => {
                let mut s = String::new();
                while let Some(c) = chars.next() {
                    match c {
                        '"' => break,
                        '\\' => {
                            if let Some(escaped) = chars.next() {
                                s.push(escaped);
                            }
                        }
                        c => s.push(c),
                    }
                }
                last_string = Some(s);
            }
            '{' => stack.push(Frame::Object(None)),
            '[' => stack.push(Frame::Array(0)),
            '}' | ']' => {
                stack.pop();
            }
            ':' => {
                if let Some(Frame::Object(key)) = stack.last_mut() {
                    *key = last_string.take();
                }
            }
            ',' => match stack.last_mut() {
                Some(Frame::Array(index)) => *index += 1,
                Some(Frame::Object(key)) => *key = None,
                None => {}
            },
            _ => {}
        }
    }
    let mut path = String::new();
    for frame in &stack {
        match frame {
            Frame::Object(Some(key)) if is_plain(key) => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
            }
            Frame::Object(Some(key)) => {
                let shown: String = key.chars().take(40).collect();
                path.push_str(&format!("[\"{shown}\"]"));
            }
            Frame::Object(None) => {}
            Frame::Array(index) => path.push_str(&format!("[{index}]")),
        }
    }
    path
}

/// A key that reads well after a dot: letters, digits and underscores.
fn is_plain(key: &str) -> bool {
    !key.is_empty() && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// The byte offset of a line and column, clamped to the text and to a
/// character boundary.
fn offset(text: &str, line: usize, column: usize) -> usize {
    let line_start = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum::<usize>();
    let mut end = (line_start + column).min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    end
}

#[cfg(test)]
mod tests {
    use super::path_at;

    #[test]
    fn the_path_names_keys_and_indexes_down_to_the_position() {
        let text = r#"{"a": {"list": [1, {"b.c": "x"}]}}"#;
        let at = text.find("\"x\"").unwrap() + 3;
        assert_eq!(path_at(text, 1, at), "a.list[1][\"b.c\"]");
        assert_eq!(path_at(text, 1, 0), "");
    }

    #[test]
    fn strings_with_braces_and_escaped_quotes_do_not_confuse_it() {
        let text = "{\"note\": \"a {tricky] \\\" value\",\n \"next\": 5}";
        let at = text.rfind('5').unwrap() - text.find('\n').unwrap();
        assert_eq!(path_at(text, 2, at), "next");
    }
}
