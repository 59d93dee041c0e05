//! The tutorial's and the quiz's content, fetched lazily from `learn/` beside the page (it is
//! data, not part of the wasm: the first page stays small). Each fetch ends in an action.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use yew::Callback;

/// The content folder, relative to the page.
pub const BASE: &str = "learn/";

/// Fetch `learn/<path>` as text; `Err` says why in a sentence.
pub async fn fetch_text(path: &str) -> Result<String, String> {
    let window = web_sys::window().ok_or("no window")?;
    let url = format!("{BASE}{path}");
    let response = JsFuture::from(window.fetch_with_str(&url))
        .await
        .map_err(|_| format!("could not load {url} (offline?)"))?;
    let response: web_sys::Response = response
        .dyn_into()
        .map_err(|_| format!("{url}: not a response"))?;
    if !response.ok() {
        return Err(format!("could not load {url}: HTTP {}", response.status()));
    }
    let text = response.text().map_err(|_| format!("{url}: unreadable"))?;
    let text = JsFuture::from(text)
        .await
        .map_err(|_| format!("{url}: unreadable"))?;
    text.as_string().ok_or_else(|| format!("{url}: not text"))
}

/// Fetch in the background and hand the result to `done`.
pub fn load(path: String, done: Callback<Result<String, String>>) {
    wasm_bindgen_futures::spawn_local(async move {
        done.emit(fetch_text(&path).await);
    });
}
