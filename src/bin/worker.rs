//! The browser playground's engine (wasm32, built by trunk as a worker): runs in a Web Worker,
//! takes run requests from the page and posts back the core's run reports.

fn main() {
    #[cfg(target_arch = "wasm32")]
    looplab::web::worker::start();
}
