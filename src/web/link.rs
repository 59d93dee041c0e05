//! Share links: the snippet in the fragment as `#code/<lz-string compressToEncodedURIComponent>`
//! (the TypeScript Playground's format), the mode and the predict flag in the query string
//! (`?mode=esm&predict=1`), as the TypeScript Playground keeps its options.

use crate::web::protocol::Mode;

/// What a link carries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shared {
    pub code: String,
    pub mode: Mode,
    pub predict: bool,
}

/// What the page's address said.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Opened {
    /// No `#code/` fragment: nothing to restore.
    Nothing,
    Link(Shared),
    /// A `#code/` fragment that does not decode: why, in a sentence.
    Broken(String),
}

/// The query string and fragment of a share link for `shared` (to append to the page's path).
pub fn suffix(shared: &Shared) -> String {
    let mut query = Vec::new();
    if shared.mode == Mode::Esm {
        query.push("mode=esm");
    }
    if shared.predict {
        query.push("predict=1");
    }
    let query = if query.is_empty() {
        String::new()
    } else {
        format!("?{}", query.join("&"))
    };
    let code = lz_str::compress_to_encoded_uri_component(shared.code.as_str());
    format!("{query}#code/{code}")
}

/// Read a page address's query string (`?...` or empty) and fragment (`#...` or empty).
pub fn parse(search: &str, hash: &str) -> Opened {
    let hash = hash.strip_prefix('#').unwrap_or(hash);
    let Some(payload) = hash.strip_prefix("code/") else {
        return Opened::Nothing;
    };
    let mut mode = Mode::CommonJs;
    let mut predict = false;
    for pair in search.trim_start_matches('?').split('&') {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        match key {
            "mode" => mode = Mode::from_key(value).unwrap_or(Mode::CommonJs),
            "predict" => predict = matches!(value, "" | "1" | "true"),
            _ => {}
        }
    }
    match decode(payload) {
        Some(code) => Opened::Link(Shared {
            code,
            mode,
            predict,
        }),
        None => Opened::Broken(
            "This link is broken or cut short: its code could not be read. \
             The editor keeps your own snippet."
                .into(),
        ),
    }
}

/// Decompress a `compressToEncodedURIComponent` payload; `None` when it is not one.
pub fn decode(payload: &str) -> Option<String> {
    // Some mailers and chat tools turn `+` into a space, as lz-string's own decoder allows.
    let payload = payload.trim().replace(' ', "+");
    if payload.is_empty()
        || !payload
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '$'))
    {
        return None;
    }
    let wide = lz_str::decompress_from_encoded_uri_component(&payload)?;
    let code = String::from_utf16(&wide).ok()?;
    // A truncated payload can decode to a prefix padded with junk: control characters other
    // than whitespace never appear in a snippet that was typed.
    let junk = code
        .chars()
        .any(|c| c == '\u{fffd}' || (c.is_control() && !matches!(c, '\n' | '\r' | '\t')));
    if code.is_empty() || junk {
        None
    } else {
        Some(code)
    }
}
