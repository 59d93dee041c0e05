//! The Web Worker side: takes a `Request`, runs it with the core (`runtime::run`, which also
//! lists every possible output when the run had a race) and posts back the `RunReport`.

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

use crate::limits::Limits;
use crate::runtime::{EntryKind, RunOptions};
use crate::web::protocol::{Mode, Platform, Request, Response};

/// The playground's budgets: as the CLI's, but an endless `while (true) {}` stops sooner (the
/// engine is slower as WebAssembly, and a learner should not wait long for the message).
pub fn limits() -> Limits {
    Limits {
        loop_iterations: 10_000_000,
        callbacks: 1_000_000,
        ..Limits::default()
    }
}

/// Run one request: the same options the CLI would use for a snippet file; in browser mode,
/// the HTML model's run, with Node's beside it.
pub fn handle(request: &Request) -> Response {
    let node = Box::new(run_node(request));
    match request.platform {
        Platform::Node => Response::Report {
            id: request.id,
            report: node,
            node: None,
        },
        Platform::Browser => {
            let kind = match request.mode {
                Mode::CommonJs => crate::html_loop::ScriptKind::Classic,
                Mode::Esm => crate::html_loop::ScriptKind::Module,
            };
            let report = crate::html_loop::run(&request.code, kind, limits());
            Response::Report {
                id: request.id,
                report: Box::new(report),
                node: Some(node),
            }
        }
    }
}

fn run_node(request: &Request) -> crate::report::RunReport {
    let mut options = RunOptions::playground(request.mode.main_path(), &request.code);
    options.entry = match request.mode {
        Mode::CommonJs => EntryKind::CommonJs,
        Mode::Esm => EntryKind::EsModule,
    };
    options.limits = limits();
    options.cpu_count = hardware_concurrency();
    crate::runtime::run(&options)
}

/// The browser's logical cores as the worker sees them (`WorkerGlobalScope.navigator
/// .hardwareConcurrency`), for `os.cpus()` and `os.availableParallelism()`; `None` when the
/// browser does not say (then the simulated machine's count).
fn hardware_concurrency() -> Option<u32> {
    let navigator = js_sys::Reflect::get(&js_sys::global(), &"navigator".into()).ok()?;
    let cores = js_sys::Reflect::get(&navigator, &"hardwareConcurrency".into())
        .ok()?
        .as_f64()?;
    (1.0..=4096.0).contains(&cores).then_some(cores as u32)
}

fn post(scope: &DedicatedWorkerGlobalScope, response: &Response) {
    let text = serde_json::to_string(response).unwrap_or_else(|e| {
        format!(r#"{{"kind":"failed","id":0,"message":"cannot encode the report: {e}"}}"#)
    });
    let _ = scope.post_message(&text.into());
}

/// Install the message handler and tell the page the worker is ready.
pub fn start() {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply_scope = scope.clone();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        let text = event.data().as_string().unwrap_or_default();
        let response = match serde_json::from_str::<Request>(&text) {
            Ok(request) => handle(&request),
            Err(e) => Response::Failed {
                id: 0,
                message: format!("unreadable request: {e}"),
            },
        };
        post(&reply_scope, &response);
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    post(&scope, &Response::Ready);
}
