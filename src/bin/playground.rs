//! The browser playground's entry point (wasm32, built by trunk): on the page it mounts the Yew
//! app; in the Web Worker (`www/worker.js` loads this same binary) it runs snippets.

fn main() {
    #[cfg(target_arch = "wasm32")]
    looplab::web::start();
}
