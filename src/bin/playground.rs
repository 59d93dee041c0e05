//! The browser playground's page (wasm32, built by trunk): mounts the Yew app. The engine is in
//! a second binary (`looplab-worker`), which the page starts in a Web Worker on the first run.

fn main() {
    #[cfg(target_arch = "wasm32")]
    looplab::web::start_app();
}
