//! The page's side of the worker: spawn it on the first run (the engine is a second wasm binary,
//! so the first page does not load it), hand it requests once it is ready, and on Stop
//! terminate it at once and spawn a fresh one, so the next Run works.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;
use web_sys::{ErrorEvent, MessageEvent, Worker, WorkerOptions, WorkerType};

use crate::web::protocol::{Request, Response};

/// The worker's module script, made by trunk (`data-loader-shim` in www/index.html): it loads the
/// `looplab-worker` binary, whose entry point runs `worker::start`.
pub const WORKER_URL: &str = "looplab-worker_loader.js";

/// What the runner tells the page.
#[derive(Debug, Clone)]
pub enum Event {
    Ready,
    Response(Response),
    /// The worker died (a trap in the engine, or it could not load).
    Crashed(String),
}

struct Live {
    worker: Worker,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(ErrorEvent)>,
}

struct Inner {
    live: Option<Live>,
    ready: bool,
    pending: Option<Request>,
    /// Bumped on every spawn: events of a replaced worker are ignored.
    generation: u32,
}

/// A handle on the current worker.
#[derive(Clone)]
pub struct Runner {
    inner: Rc<RefCell<Inner>>,
    notify: Rc<dyn Fn(Event)>,
}

impl Runner {
    /// A runner with no worker yet (the first `run` starts one); `notify` hears of readiness,
    /// reports and crashes.
    pub fn new(notify: impl Fn(Event) + 'static) -> Runner {
        Runner {
            inner: Rc::new(RefCell::new(Inner {
                live: None,
                ready: false,
                pending: None,
                generation: 0,
            })),
            notify: Rc::new(notify),
        }
    }

    fn spawn(&self) {
        let generation = {
            let mut inner = self.inner.borrow_mut();
            inner.generation += 1;
            inner.ready = false;
            inner.generation
        };
        let options = WorkerOptions::new();
        options.set_type(WorkerType::Module);
        let worker = match Worker::new_with_options(WORKER_URL, &options) {
            Ok(w) => w,
            Err(e) => {
                (self.notify)(Event::Crashed(format!("cannot start the worker: {e:?}")));
                return;
            }
        };
        let this = self.clone();
        let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
            if this.inner.borrow().generation != generation {
                return;
            }
            let text = event.data().as_string().unwrap_or_default();
            match serde_json::from_str::<Response>(&text) {
                Ok(Response::Ready) => {
                    let pending = {
                        let mut inner = this.inner.borrow_mut();
                        inner.ready = true;
                        inner.pending.take()
                    };
                    (this.notify)(Event::Ready);
                    if let Some(request) = pending {
                        this.post(&request);
                    }
                }
                Ok(response) => (this.notify)(Event::Response(response)),
                Err(e) => (this.notify)(Event::Crashed(format!("unreadable report: {e}"))),
            }
        });
        let this = self.clone();
        let on_error = Closure::<dyn FnMut(ErrorEvent)>::new(move |event: ErrorEvent| {
            if this.inner.borrow().generation != generation {
                return;
            }
            event.prevent_default();
            let message = event.message();
            // The engine's state after a trap is unknown: start over with a fresh worker.
            this.respawn();
            (this.notify)(Event::Crashed(if message.is_empty() {
                "the worker stopped unexpectedly".into()
            } else {
                message
            }));
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        self.inner.borrow_mut().live = Some(Live {
            worker,
            _on_message: on_message,
            _on_error: on_error,
        });
    }

    fn post(&self, request: &Request) {
        let Ok(text) = serde_json::to_string(request) else {
            return;
        };
        let inner = self.inner.borrow();
        if let Some(live) = &inner.live {
            let _ = live.worker.post_message(&text.into());
        }
    }

    /// Run `request` now, or as soon as the worker is ready (starting it on the first run).
    pub fn run(&self, request: Request) {
        let (ready, started) = {
            let inner = self.inner.borrow();
            (inner.ready, inner.live.is_some())
        };
        if ready {
            self.post(&request);
            return;
        }
        self.inner.borrow_mut().pending = Some(request);
        if !started {
            self.spawn();
        }
    }

    fn respawn(&self) {
        let old = {
            let mut inner = self.inner.borrow_mut();
            inner.pending = None;
            inner.live.take()
        };
        if let Some(live) = old {
            live.worker.terminate();
            // Its closures may be on the stack (this can run from its own error handler):
            // keep them alive for the page's lifetime rather than free them under our feet.
            std::mem::forget(live);
        }
        self.spawn();
    }

    /// End the current run at once: terminate the worker and start a fresh one.
    pub fn stop(&self) {
        self.respawn();
    }
}
