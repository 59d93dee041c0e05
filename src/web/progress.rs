//! The learner's progress (lessons read, exercises solved, quiz answers, streak, per-topic
//! results) in local storage. A damaged or old value is ignored (`Progress::from_json`).

use crate::learn::Progress;

const KEY: &str = "looplab.progress";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// The stored progress, or a fresh one.
pub fn load() -> Progress {
    storage()
        .and_then(|s| s.get_item(KEY).ok().flatten())
        .map_or_else(Progress::new, |text| Progress::from_json(&text))
}

/// Save (quota errors are ignored: the page keeps working).
pub fn save(progress: &Progress) {
    if let Some(s) = storage() {
        let _ = s.set_item(KEY, &progress.to_json());
    }
}
