//! The editor's content and mode in the browser's local storage, so a reload loses nothing.

use crate::web::protocol::Mode;

const CODE_KEY: &str = "looplab.code";
const MODE_KEY: &str = "looplab.mode";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// The snippet saved by the last edit, if any.
pub fn load() -> Option<(String, Mode)> {
    let s = storage()?;
    let code = s.get_item(CODE_KEY).ok()??;
    let mode = s
        .get_item(MODE_KEY)
        .ok()
        .flatten()
        .and_then(|m| Mode::from_key(&m))
        .unwrap_or_default();
    Some((code, mode))
}

/// Save the snippet (quota errors are ignored: the page keeps working).
pub fn save(code: &str, mode: Mode) {
    if let Some(s) = storage() {
        let _ = s.set_item(CODE_KEY, code);
        let _ = s.set_item(MODE_KEY, mode.key());
    }
}
