//! `import()` as Node 20's ES module loader settles it. Node's `import()` goes through a chain
//! of async functions (`importModuleDynamicallyCallback`, `ModuleLoader.import`,
//! `getModuleJobForImport`, `ModuleJob.run`, ...): its promise settles a fixed number of
//! microtask hops after the call, more for a module met for the first time than for one in
//! the module map; a file in ES module syntax is read with `fs/promises` (`defaultLoad`'s
//! `readFileAsync`) and compiled, so it evaluates in a later poll phase, after the timers and
//! immediates already due.
//!
//! Boa loads the module inside an async job; looplab queues a microtask in the `import()`'s
//! place that runs it at once, holds back the promise jobs the load queued (those that go on
//! to link and evaluate it), and releases them after Node's remaining hops, or when an I/O
//! request standing for the file's read completes.

use boa_engine::job::GenericJob;
use boa_engine::object::FunctionObjectBuilder;
use boa_engine::{Context, JsResult, JsValue, NativeFunction, js_string};

use crate::host::{Host, Microtask};
use crate::report::{Queue, TraceEvent};

/// The first ES module file `import()` of a run under a CommonJS entry: Node's ESM loader has
/// not run yet (its translators, resolver and compile cache load then), measured at 12 to
/// 40 ms from `import()` to the module's evaluation on node 20.
const COLD_IMPORT_US: u64 = 12_000;
/// A later file `import()`, or one under an ES module entry (the loader is warm): measured
/// at 1 to 6 ms.
const WARM_IMPORT_US: u64 = 3_000;

/// The first `import()` call of a run under a CommonJS entry sets up Node's ES module loader
/// synchronously, inside the call: measured at 2 ms (0.6 under an ES module entry, where the
/// loader is up; 0.02 for a later call, left out).
const LOADER_SETUP_US: u64 = 2_000;

/// The first `import()` job of a run under a CommonJS entry (its first hop, where Node's
/// loader resolves the specifier and makes its module job, compiling its own code): together
/// with the call, a 5 ms timer set beside the `import()` is due at the loop's first timers
/// phase and a 10 ms one mostly is not.
const LOADER_FIRST_JOB_US: u64 = 4_000;

/// The microtask hops from `import()` to its reactions in Node 20, by what the load found
/// (measured: a counter of chained `then`s at the reaction), less the engine's own (Boa's
/// load, link and evaluate reactions take 3 hops, its rejection of a failed load 1).
const HOPS_NEW: usize = 12; // a built-in or CommonJS module met for the first time (15)
const HOPS_NEW_DATA: usize = 13; // a `data:` URL module met for the first time (16)
const HOPS_CACHED: usize = 4; // a module already in the module map (7)
const HOPS_FAILED: usize = 2; // resolution failed, ERR_MODULE_NOT_FOUND and such (3)

/// What one load did, from the loader's counters.
#[derive(Clone, Copy, Default, PartialEq, Debug)]
pub struct LoadCounts {
    pub files_read: u32,
    pub created: u32,
    pub data_created: u32,
    pub failed: u32,
}

/// `import()` queued a module-loading job: queue, in its place among the microtasks, the
/// hop that runs it (the loader's own jobs, queued while one runs, are run with it).
pub fn queue_import(context: &mut Context, host: &Host) {
    if !host.state.borrow().defer_imports || host.state.borrow().running_import {
        return;
    }
    charge_first_under_cjs(host, |state| &mut state.import_called, LOADER_SETUP_US);
    let job = GenericJob::new(run_one, context.realm().clone());
    let id = host.describe(
        Queue::Microtask,
        "import()",
        || "import()".into(),
        None,
        None,
    );
    host.push_microtask(Microtask::Generic(id, job));
}

/// Charge `cost_us` to the clock the first time this happens in a run (the flag `seen` picks
/// out of the host's state), when the entry is CommonJS: an ES module entry already paid for
/// the loader as it started.
fn charge_first_under_cjs(
    host: &Host,
    seen: impl FnOnce(&mut crate::host::State) -> &mut bool,
    cost_us: u64,
) {
    let first = {
        let mut state = host.state.borrow_mut();
        let cjs = !state.entry_is_module;
        let seen = seen(&mut state);
        let first = !*seen;
        *seen = true;
        first && cjs
    };
    if first {
        host.clock.advance_us(cost_us);
    }
}

fn counts(context: &Context) -> LoadCounts {
    context
        .get_data::<crate::esm_interop::LoaderRef>()
        .map(|l| l.0.counts())
        .unwrap_or_default()
}

/// The `import()`'s hop: load the module now, hold what the load queued.
fn run_one(context: &mut Context) -> JsResult<JsValue> {
    let host = Host::of(context);
    // This `import()`'s job is the first; the later ones wait for their own hops.
    let mut later = std::mem::take(&mut host.state.borrow_mut().async_jobs);
    let Some(job) = later.pop_front() else {
        return Ok(JsValue::undefined());
    };
    charge_first_under_cjs(
        &host,
        |state| &mut state.import_job_run,
        LOADER_FIRST_JOB_US,
    );
    let before = counts(context);
    // Whatever is queued from here on comes from the load.
    let queued_before = host.state.borrow().microtasks.len();
    host.state.borrow_mut().running_import = true;
    host.state.borrow_mut().async_jobs.push_front(job);
    crate::event_loop::run_async_jobs(context);
    {
        let mut state = host.state.borrow_mut();
        state.running_import = false;
        state.async_jobs = later;
    }
    let after = counts(context);
    let held: Vec<Microtask> = host
        .state
        .borrow_mut()
        .microtasks
        .drain(queued_before..)
        .collect();
    if held.is_empty() {
        return Ok(JsValue::undefined());
    }
    // The loader holds them off the queue until its hops are done (the trace says so, for the
    // loop view's replay of the queues).
    for microtask in &held {
        host.event(TraceEvent::Held {
            callback: microtask.id(),
        });
    }
    let key = {
        let mut state = host.state.borrow_mut();
        let key = state.next_held_import;
        state.next_held_import += 1;
        state.held_imports.insert(key, held);
        key
    };
    if after.files_read > before.files_read {
        let cold = {
            let mut state = host.state.borrow_mut();
            let cold = !state.imported_file && !state.entry_is_module;
            state.imported_file = true;
            cold
        };
        let cost = if cold { COLD_IMPORT_US } else { WARM_IMPORT_US };
        let release = FunctionObjectBuilder::new(
            context.realm(),
            NativeFunction::from_copy_closure_with_captures(
                |_, _, key: &u32, context| {
                    release(*key, context);
                    Ok(JsValue::undefined())
                },
                key,
            ),
        )
        .name(js_string!("readFileAsync"))
        .build();
        crate::io::submit(&host, "import() (read)", cost, release, Vec::new(), None);
        return Ok(JsValue::undefined());
    }
    let hops = if after.failed > before.failed {
        HOPS_FAILED
    } else if after.data_created > before.data_created {
        HOPS_NEW_DATA
    } else if after.created > before.created {
        HOPS_NEW
    } else {
        HOPS_CACHED
    };
    queue_hop(context, &host, key, hops);
    Ok(JsValue::undefined())
}

/// One of the loader's hops; the last releases the held jobs.
fn queue_hop(context: &mut Context, host: &Host, key: u32, remaining: usize) {
    if remaining == 0 {
        release(key, context);
        return;
    }
    let job = GenericJob::new(
        move |context: &mut Context| {
            let host = Host::of(context);
            queue_hop(context, &host, key, remaining - 1);
            Ok(JsValue::undefined())
        },
        context.realm().clone(),
    );
    let id = host.describe(
        Queue::Microtask,
        "job",
        || "(ES module loader)".into(),
        None,
        None,
    );
    host.push_microtask(Microtask::Generic(id, job));
}

/// The held jobs go on, at the end of the microtask queue.
fn release(key: u32, context: &mut Context) {
    let host = Host::of(context);
    let Some(held) = host.state.borrow_mut().held_imports.remove(&key) else {
        return;
    };
    let ids: Vec<u32> = held.iter().map(Microtask::id).collect();
    host.state.borrow_mut().microtasks.extend(held);
    for id in ids {
        host.event(TraceEvent::Enqueued { callback: id });
    }
}
