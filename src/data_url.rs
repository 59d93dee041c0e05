//! `data:` URLs as module specifiers: Node's ESM loader imports `data:text/javascript,...`
//! as a module and `data:application/json,...` as JSON (`lib/internal/modules/esm/load.js`
//! `getSource`: the media type picks the format, `;base64` or percent-encoding the bytes).

/// What a `data:` module holds.
#[derive(Debug, PartialEq)]
pub enum DataModule {
    JavaScript(String),
    Json(String),
    /// A media type Node has no format for (`ERR_UNKNOWN_MODULE_FORMAT`).
    Unknown(String),
}

/// The module a `data:` specifier holds, or `None` when it is not a `data:` URL.
pub fn parse(specifier: &str) -> Option<DataModule> {
    let rest = specifier.strip_prefix("data:")?;
    let (meta, body) = rest.split_once(',')?;
    let mut parts = meta.split(';');
    let mime = parts.next().unwrap_or("").trim().to_ascii_lowercase();
    let base64 = parts.any(|p| p.trim().eq_ignore_ascii_case("base64"));
    let bytes = percent_decode(body);
    let bytes = if base64 {
        let units: Vec<u16> = bytes.iter().map(|&b| u16::from(b)).collect();
        crate::buffer::base64::decode(&units)
    } else {
        bytes
    };
    let text = String::from_utf8_lossy(&bytes).into_owned();
    Some(match mime.as_str() {
        "text/javascript" | "application/javascript" => DataModule::JavaScript(text),
        "application/json" => DataModule::Json(text),
        _ => DataModule::Unknown(mime),
    })
}

/// `%XX` escapes to bytes; anything else as its UTF-8.
fn percent_decode(text: &str) -> Vec<u8> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        if bytes[i] == b'%'
            && let (Some(h), Some(l)) = (
                bytes.get(i + 1).and_then(|&b| hex(b)),
                bytes.get(i + 2).and_then(|&b| hex(b)),
            )
        {
            out.push((h * 16 + l) as u8);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn media_type_and_encoding() {
        assert_eq!(
            parse("data:text/javascript,export%20const a = 1;"),
            Some(DataModule::JavaScript("export const a = 1;".into()))
        );
        assert_eq!(
            parse("data:application/json;base64,eyJhIjoxfQ=="),
            Some(DataModule::Json("{\"a\":1}".into()))
        );
        assert_eq!(parse("./x.js"), None);
    }
}
