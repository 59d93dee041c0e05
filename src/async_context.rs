//! Node's async context: which async resource is running (`executionAsyncId`, its trigger and
//! its resource object), and the AsyncLocalStorage frame that travels with every callback.
//!
//! Node 20 keeps each AsyncLocalStorage's store on the running resource and copies it to every
//! resource created meanwhile (`lib/internal/async_local_storage/async_hooks.js`, the `init`
//! hook). Looplab keeps the equivalent the way Node's `AsyncContextFrame` does: one immutable
//! frame (a `Map` from storage to store, made by `src/js/async_hooks.js`) is current; every
//! resource the runtime schedules records the frame current when it is made, and the loop
//! puts it back around the resource's callback (`event_loop::invoke`). A store set with
//! `enterWith` inside a callback is written back onto its resource when the callback returns,
//! as Node's store lives on the resource (an interval sees it on its next run). Promise reactions take the frame of the place they were registered:
//! `HostMakeJobCallback` captures it and `HostCallJobCallback` restores it (`runtime.rs`),
//! which is what V8's promise hooks give Node's `init` for `then` and `await`.

use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;

use boa_engine::object::builtins::JsArray;
use boa_engine::{
    Context, Finalize, JsData, JsObject, JsResult, JsString, JsValue, Trace, js_string,
};

use crate::host::Host;
use crate::native_args::{arg, arg_u32};

/// What runs now, or what a scheduled resource will run with.
#[derive(Clone, Default)]
pub struct Scope {
    /// The AsyncLocalStorage frame (`undefined` when no storage has a store).
    pub frame: JsValue,
    pub async_id: u32,
    pub trigger_id: u32,
    /// The resource object `executionAsyncResource()` returns (made lazily when undefined).
    pub resource: JsValue,
}

/// The frame a promise reaction was registered in, kept in its `JobCallback`.
#[derive(Trace, Finalize, JsData)]
pub struct CapturedFrame(
    pub JsValue,
    /// The `await` that registered the reaction, if it is one (`async_frames.rs`).
    #[unsafe_ignore_trace]
    pub Option<std::rc::Rc<crate::async_frames::AwaitSite>>,
    /// Whether the reaction is a `then`'s `onRejected`, whose reason surfaces first.
    pub bool,
);

/// The async context of one runtime.
pub struct AsyncContext {
    current: RefCell<Scope>,
    /// The scope each scheduled resource was made in, by async id, until it is done.
    scheduled: RefCell<BTreeMap<u32, Scope>>,
    /// Whether some `createHook` is enabled (`init`/`before`/`after`/`destroy` are emitted).
    hooks: Cell<bool>,
    /// Async ids whose `destroy` waits for Node's native immediate (`DestroyAsyncIdsCallback`).
    pending_destroys: RefCell<Vec<u32>>,
}

impl Default for AsyncContext {
    fn default() -> Self {
        let top = Scope {
            frame: JsValue::undefined(),
            async_id: 1,
            trigger_id: 0,
            resource: JsValue::undefined(),
        };
        AsyncContext {
            current: RefCell::new(top),
            // The main script, 'beforeExit' and 'exit' each start from an empty frame.
            scheduled: RefCell::default(),
            hooks: Cell::new(false),
            pending_destroys: RefCell::default(),
        }
    }
}

impl AsyncContext {
    /// `executionAsyncId()`.
    pub fn execution_id(&self) -> u32 {
        self.current.borrow().async_id
    }

    /// `triggerAsyncId()`: what triggered the running resource.
    pub fn trigger_id(&self) -> u32 {
        self.current.borrow().trigger_id
    }

    pub fn resource(&self) -> JsValue {
        self.current.borrow().resource.clone()
    }

    /// The running resource's object, made by `executionAsyncResource()` on first use.
    pub fn set_resource(&self, resource: JsValue) {
        let mut current = self.current.borrow_mut();
        current.resource = resource.clone();
        if let Some(scope) = self.scheduled.borrow_mut().get_mut(&current.async_id) {
            scope.resource = resource;
        }
    }

    pub fn frame(&self) -> JsValue {
        self.current.borrow().frame.clone()
    }

    /// Make `frame` current; returns the one it replaces.
    pub fn swap_frame(&self, frame: JsValue) -> JsValue {
        std::mem::replace(&mut self.current.borrow_mut().frame, frame)
    }

    /// A resource was made now (a timer, an immediate, a tick, an I/O request): it will run in
    /// the current frame, triggered by the running resource.
    pub fn capture(&self, async_id: u32, resource: JsValue) {
        let scope = {
            let current = self.current.borrow();
            Scope {
                frame: current.frame.clone(),
                async_id,
                trigger_id: current.async_id,
                resource,
            }
        };
        self.scheduled.borrow_mut().insert(async_id, scope);
    }

    /// The resource is done (run once, cleared, destroyed): forget its scope.
    pub fn release(&self, async_id: u32) {
        self.scheduled.borrow_mut().remove(&async_id);
    }

    /// Enter resource `async_id`'s scope (an unknown resource runs in an empty frame);
    /// returns the scope to give back to `leave`.
    pub fn enter(&self, async_id: u32) -> Scope {
        let scope = self
            .scheduled
            .borrow()
            .get(&async_id)
            .cloned()
            .unwrap_or(Scope {
                async_id,
                ..Scope::default()
            });
        self.current.replace(scope)
    }

    /// Scope `explicit` made current by `AsyncResource.runInAsyncScope`: `emitBefore`.
    pub fn enter_scope(&self, scope: Scope) -> Scope {
        self.current.replace(scope)
    }

    /// Leave the running resource: its frame as the callback left it stays with the resource
    /// (an `enterWith` store), and `previous` is current again.
    pub fn leave(&self, previous: Scope) {
        let left = self.current.replace(previous);
        if let Some(scope) = self.scheduled.borrow_mut().get_mut(&left.async_id) {
            scope.frame = left.frame;
        }
    }

    pub fn hooks_enabled(&self) -> bool {
        self.hooks.get()
    }

    pub fn set_hooks_enabled(&self, enabled: bool) {
        self.hooks.set(enabled);
    }

    /// Queue a `destroy` for the next native immediate (only while hooks are enabled).
    pub fn queue_destroy(&self, async_id: u32) {
        if self.hooks.get() {
            self.pending_destroys.borrow_mut().push(async_id);
        }
    }

    pub fn take_destroys(&self) -> Vec<u32> {
        std::mem::take(&mut self.pending_destroys.borrow_mut())
    }
}

/// Call the enabled hooks' `name` callback (`before`, `after`, `destroy`) for `async_id`,
/// through `async_hooks.js` (`internals.emitAsyncHook`).
pub fn emit(context: &mut Context, name: &str, async_id: u32) -> JsResult<JsValue> {
    crate::runtime::call_hook(
        context,
        "asyncHook",
        &[JsString::from(name).into(), async_id.into()],
    )
}

/// A resource was made: record its scope and, with hooks enabled, emit its `init`.
pub fn scheduled(
    context: &mut Context,
    host: &Host,
    async_id: u32,
    type_name: &str,
    resource: JsValue,
) -> JsResult<()> {
    host.async_ctx.capture(async_id, resource.clone());
    emit_init(context, host, async_id, type_name, resource)
}

/// `emitInit(asyncId, type, triggerAsyncId, resource)` for a resource made now.
pub fn emit_init(
    context: &mut Context,
    host: &Host,
    async_id: u32,
    type_name: &str,
    resource: JsValue,
) -> JsResult<()> {
    if !host.async_ctx.hooks_enabled() {
        return Ok(());
    }
    let trigger = host.async_ctx.execution_id();
    crate::runtime::call_hook(
        context,
        "asyncHook",
        &[
            js_string!("init").into(),
            async_id.into(),
            JsString::from(type_name).into(),
            trigger.into(),
            resource,
        ],
    )?;
    Ok(())
}

/// Node's `DestroyAsyncIdsCallback`, a native immediate: the queued `destroy`s, in order.
pub fn run_destroys(context: &mut Context, host: &Host) {
    for id in host.async_ctx.take_destroys() {
        if host.async_ctx.hooks_enabled() && emit(context, "destroy", id).is_err() {
            // Node ends the process when a hook throws; looplab drops the rest of the batch.
            return;
        }
    }
}

/// `[executionAsyncId, triggerAsyncId]`.
fn ids(_: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let host = Host::of(context);
    let ids = [
        host.async_ctx.execution_id().into(),
        host.async_ctx.trigger_id().into(),
    ];
    Ok(JsArray::from_iter(ids, context).into())
}

fn resource(_: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    Ok(Host::of(context).async_ctx.resource())
}

fn set_resource(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    Host::of(context).async_ctx.set_resource(arg(args, 0));
    Ok(JsValue::undefined())
}

fn frame(_: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    Ok(Host::of(context).async_ctx.frame())
}

/// Make a frame current; returns the previous one.
fn set_frame(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    Ok(Host::of(context).async_ctx.swap_frame(arg(args, 0)))
}

/// `emitBefore` of an `AsyncResource`: `enter(asyncId, triggerAsyncId, resource, frame)`
/// returns what `leave` needs to put back.
fn enter(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let host = Host::of(context);
    let previous = host.async_ctx.enter_scope(Scope {
        async_id: arg_u32(args, 0),
        trigger_id: arg_u32(args, 1),
        resource: arg(args, 2),
        frame: arg(args, 3),
    });
    let token = [
        previous.async_id.into(),
        previous.trigger_id.into(),
        previous.resource,
        previous.frame,
    ];
    Ok(JsArray::from_iter(token, context).into())
}

fn leave(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let host = Host::of(context);
    let Some(token) = arg(args, 0).as_object() else {
        return Ok(JsValue::undefined());
    };
    let previous = Scope {
        async_id: token.get(0, context)?.as_number().unwrap_or(0.0) as u32,
        trigger_id: token.get(1, context)?.as_number().unwrap_or(0.0) as u32,
        resource: token.get(2, context)?,
        frame: token.get(3, context)?,
    };
    // An AsyncResource's scope is not a scheduled one: nothing to write back.
    host.async_ctx.enter_scope(previous);
    Ok(JsValue::undefined())
}

fn set_hooks(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    Host::of(context)
        .async_ctx
        .set_hooks_enabled(arg(args, 0).to_boolean());
    Ok(JsValue::undefined())
}

/// `emitDestroy()` of an AsyncResource: queued like the runtime's own.
fn queue_destroy(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    Host::of(context).async_ctx.queue_destroy(arg_u32(args, 0));
    Ok(JsValue::undefined())
}

/// The natives of `src/js/async_hooks.js`.
pub fn natives(context: &mut Context) -> JsObject {
    let functions: [(&str, crate::bindings::NativeFn, usize); 10] = [
        ("ids", ids, 0),
        ("resource", resource, 0),
        ("setResource", set_resource, 1),
        ("frame", frame, 0),
        ("setFrame", set_frame, 1),
        ("enter", enter, 4),
        ("leave", leave, 1),
        ("setHooks", set_hooks, 1),
        ("queueDestroy", queue_destroy, 1),
        ("newAsyncId", new_async_id, 0),
    ];
    crate::bindings::natives_initializer(context, &functions).build()
}

fn new_async_id(_: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    Ok(Host::of(context).new_async_id().into())
}
