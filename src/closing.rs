//! libuv's close phase: `uv_close` callbacks. A handle closed from JavaScript (a child
//! process's stdio pipe, as `net.Socket`'s `_destroy` closes its handle) gets its close
//! callback in the loop's close-callbacks phase, never sooner: that is where Node emits such a
//! socket's 'close' (`HandleWrap::OnClose`), and so where a child's 'close' usually comes from.
//!
//! libuv keeps closing handles on a list it pushes onto (`uv__make_close_pending`), and the
//! phase takes the whole list first (`uv__run_closing_handles`): the handle closed last runs
//! first, and a handle closed by a close callback waits for the next iteration.
//!
//! A handle closed without a JavaScript callback (a ChildProcess's `_handle.close()`, an
//! `FSWatcher`'s) still waits on that list: until its turn it is alive, so
//! `process.getActiveResourcesInfo()` lists it. Its turn runs looplab's bookkeeping only
//! (`silent`): no callback from libuv, no drain, nothing in the trace.

use boa_engine::object::builtins::JsFunction;
use boa_engine::{Context, JsResult, JsValue};

use crate::event_loop::{self, Flow, Outcome};
use crate::host::{Host, Running};
use crate::report::{Queue, TraceEvent};

/// A handle waiting for its close callback.
pub struct Closing {
    pub report_id: u32,
    pub async_id: u32,
    pub callback: JsFunction,
    /// No JavaScript of the program's runs: `callback` is looplab's bookkeeping.
    pub silent: bool,
}

/// The closing handles: `batch` is what the running close phase took (in run order), `next`
/// what was closed since (in run order: the last closed first).
#[derive(Default)]
pub struct ClosingHandles {
    pub batch: std::collections::VecDeque<Closing>,
    pub next: std::collections::VecDeque<Closing>,
}

impl ClosingHandles {
    /// Whether a handle is closing (`loop->closing_handles != NULL`): the loop stays alive and
    /// poll does not block.
    pub fn any(&self) -> bool {
        !self.batch.is_empty() || !self.next.is_empty()
    }

    /// The report ids in the order their callbacks will run.
    pub fn in_run_order(&self) -> Vec<u32> {
        self.batch
            .iter()
            .chain(self.next.iter())
            .filter(|c| !c.silent)
            .map(|c| c.report_id)
            .collect()
    }
}

/// `native.uvClose(callback, api)`: close a handle; `callback` runs in the close phase.
pub fn uv_close(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let host = Host::of(context);
    let Some(callback) = function_arg(args) else {
        return Ok(JsValue::undefined());
    };
    let api = match args.get(1) {
        Some(v) if !v.is_undefined() => v.to_string(context)?.to_std_string_escaped(),
        _ => "uv_close".to_string(),
    };
    let at = crate::stack::traced_location(context, &host);
    let report_id = host.describe(Queue::Close, &api, || api.clone(), at, None);
    let async_id = host.new_async_id();
    host.state.borrow_mut().closing.next.push_front(Closing {
        report_id,
        async_id,
        callback,
        silent: false,
    });
    host.event(TraceEvent::Enqueued {
        callback: report_id,
    });
    Ok(JsValue::undefined())
}

/// `native.uvCloseSilent(done)`: close a handle that has no JavaScript close callback;
/// `done` (looplab's bookkeeping: the handle leaves the active list) runs at its turn in the
/// close phase.
pub fn uv_close_silent(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    if let Some(callback) = function_arg(args) {
        Host::of(context)
            .state
            .borrow_mut()
            .closing
            .next
            .push_front(Closing {
                report_id: 0,
                async_id: 0,
                callback,
                silent: true,
            });
    }
    Ok(JsValue::undefined())
}

fn function_arg(args: &[JsValue]) -> Option<JsFunction> {
    args.first()
        .and_then(JsValue::as_object)
        .and_then(JsFunction::from_object)
}

/// The close-callbacks phase: every handle closed before it began, the last closed first,
/// each callback a callback from libuv of its own (ticks and microtasks drain after it).
pub fn run_close_callbacks(context: &mut Context, host: &Host) -> Flow {
    {
        let mut state = host.state.borrow_mut();
        let next = std::mem::take(&mut state.closing.next);
        state.closing.batch.extend(next);
    }
    loop {
        if host.state.borrow().closing.batch.is_empty() {
            return Ok(());
        }
        // A stopped run leaves the callback in its queue, as Node would.
        event_loop::ensure_can_run(host)?;
        let Some(closing) = host.state.borrow_mut().closing.batch.pop_front() else {
            return Ok(());
        };
        if closing.silent {
            // Bookkeeping that cannot fail a well-formed run; an error there is looplab's.
            let _ = closing.callback.call(&JsValue::undefined(), &[], context);
            continue;
        }
        let running = Running::new(closing.report_id, Queue::Close);
        let callback = closing.callback;
        let outcome = event_loop::invoke(context, host, running, closing.async_id, |ctx| {
            callback.call(&JsValue::undefined(), &[], ctx)
        })?;
        if outcome == Outcome::Returned {
            event_loop::process_ticks_and_rejections(context, host)?;
        }
    }
}
