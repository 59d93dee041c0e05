//! A run: build the engine with looplab's host, evaluate the prelude, run the main module
//! (CommonJS or ES module), spin the loop, and report. Also enumerates every ordering of a
//! racy program.

use std::cell::RefCell;
use std::rc::Rc;

use boa_engine::builtins::promise::OperationType;
use boa_engine::context::time::{Clock, JsInstant};
use boa_engine::context::{ContextBuilder, HostHooks};
use boa_engine::object::builtins::{JsArray, JsPromise};
use boa_engine::{
    Context, JsObject, JsResult, JsString, JsValue, Module, NativeFunction, Source, js_string,
};

use boa_engine::job::JobCallback;
use boa_engine::object::builtins::JsFunction;

use crate::async_context::CapturedFrame;
use crate::event_loop::{self, Flow, Outcome};
use crate::host::{Abort, Host, HostRef, PendingRejection, Running};
use crate::limits::Limits;
use crate::microtasks::MicrotaskQueue;
use crate::modules::Loader;
use crate::report::{Ending, Queue, QueueSnapshot, RunReport, Schedule, Stream};
use crate::schedule::{ChoicePoint, Choices, next_prefixes};
use crate::vfs::{Vfs, VfsRef};

const PRELUDE: &str = include_str!("js/prelude.js");
const PRELUDE_PATH: &str = "node:internal/looplab";

/// How the main file is loaded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntryKind {
    CommonJs,
    EsModule,
}

impl EntryKind {
    /// Node's rule by extension: `.mjs` is an ES module, `.js` and `.cjs` CommonJS.
    pub fn for_path(path: &str) -> Self {
        if path.ends_with(".mjs") {
            EntryKind::EsModule
        } else {
            EntryKind::CommonJs
        }
    }
}

/// Everything a run needs.
#[derive(Debug, Clone)]
pub struct RunOptions {
    /// Absolute path of the main file (it must be in `files`).
    pub main: String,
    pub files: Vfs,
    pub entry: EntryKind,
    /// Extra arguments after the file name (`process.argv.slice(2)`).
    pub args: Vec<String>,
    pub cwd: String,
    pub env: Vec<(String, String)>,
    pub limits: Limits,
    /// Record callbacks and the event list for the report.
    pub tracing: bool,
    /// Echo output to the real stdout/stderr while running (the CLI).
    pub echo: bool,
    /// `node -e CODE`: the main file (`main`, named `[eval]`) is this code, not in the vfs.
    pub eval: Option<String>,
    /// The machine's logical cores when the host can tell (the browser's
    /// `navigator.hardwareConcurrency`); `None`: the simulated machine's fixed count
    /// (`machine::SIMULATED_CPUS`), so native runs and the corpus stay the same everywhere.
    pub cpu_count: Option<u32>,
    /// The process's standard input (`process.stdin`, `fs.readFileSync(0)`): empty unless the
    /// host gives bytes or a provider called at the first read (`stdin.rs`).
    pub stdin: crate::stdin::StdinSource,
}

impl RunOptions {
    /// A playground run: the snippet saved as `path`, beside the sample files.
    pub fn playground(path: &str, code: &str) -> Self {
        let mut options = RunOptions::snippet(path, code);
        for (file, bytes) in sample_files(&options.cwd) {
            options.files.insert(file, bytes);
        }
        options
    }

    /// A run of one in-memory snippet saved as `path`.
    pub fn snippet(path: &str, code: &str) -> Self {
        let mut files = Vfs::new();
        files.insert(path, code.as_bytes().to_vec());
        let cwd = std::path::Path::new(path)
            .parent()
            .map_or("/".into(), |p| p.to_string_lossy().into_owned());
        RunOptions {
            main: path.to_string(),
            files,
            entry: EntryKind::for_path(path),
            args: Vec::new(),
            cwd,
            env: vec![
                ("HOME".into(), "/home/learner".into()),
                ("PATH".into(), "/usr/local/bin:/usr/bin:/bin".into()),
            ],
            limits: Limits::default(),
            tracing: true,
            echo: false,
            eval: None,
            cpu_count: None,
            stdin: Default::default(),
        }
    }
}

/// The sample files every playground run finds in its working directory, for the lessons:
/// a small text file and one of a few hundred KiB, so a read stream yields several chunks.
pub fn sample_files(dir: &str) -> Vec<(String, Vec<u8>)> {
    let small = "Hello from file.txt!\nThis file lives in looplab's in-memory file system.\n";
    let mut big = String::with_capacity(300 * 1024);
    let mut line = 0;
    while big.len() < 300 * 1024 {
        line += 1;
        big.push_str(&format!(
            "line {line:06}: the quick brown fox jumps over the lazy dog\n"
        ));
    }
    vec![
        (format!("{dir}/file.txt"), small.as_bytes().to_vec()),
        (format!("{dir}/bigfile.txt"), big.into_bytes()),
        (
            format!("{dir}/data.json"),
            br#"{ "name": "looplab", "version": 1, "tags": ["event loop", "buffers", "streams"] }"#
                .to_vec(),
        ),
    ]
}

struct PreludeHooks(JsObject);

/// The object of hooks the prelude returned.
pub fn prelude_hooks(context: &Context) -> JsResult<JsObject> {
    context
        .get_data::<PreludeHooks>()
        .map(|h| h.0.clone())
        .ok_or_else(|| {
            boa_engine::JsNativeError::error()
                .with_message("prelude not loaded")
                .into()
        })
}

/// Call one of the prelude's hooks by name.
pub fn call_hook(context: &mut Context, name: &str, args: &[JsValue]) -> JsResult<JsValue> {
    let hooks = prelude_hooks(context)?;
    let f = hooks.get(JsString::from(name), context)?;
    match f.as_callable() {
        Some(f) => f.call(&hooks.into(), args, context),
        None => Err(boa_engine::JsNativeError::typ()
            .with_message(format!("no prelude hook {name}"))
            .into()),
    }
}

/// Boa's host hooks: promise rejection tracking for Node's `processPromiseRejections`.
struct NodeHooks {
    host: Rc<Host>,
}

impl HostHooks for NodeHooks {
    fn ensure_can_compile_strings(
        &self,
        _: boa_engine::realm::Realm,
        parameters: &[JsString],
        body: &JsString,
        direct: bool,
        context: &mut Context,
    ) -> JsResult<()> {
        // Eval code, or (not direct) the body of a `new Function`.
        let body = body.to_std_string_lossy();
        crate::fn_source::note_compiled(parameters, &body, !direct, context);
        crate::eval_origins::note(parameters, &body, direct, context);
        Ok(())
    }

    fn promise_rejection_tracker(
        &self,
        promise: &JsObject<boa_engine::builtins::promise::Promise>,
        operation: OperationType,
        context: &mut Context,
    ) {
        let promise: JsObject = promise.clone().upcast();
        let reason = match JsPromise::from_object(promise.clone()).map(|p| p.state()) {
            Ok(boa_engine::builtins::promise::PromiseState::Rejected(v)) => v,
            _ => JsValue::undefined(),
        };
        if operation == OperationType::Reject {
            // An error the engine made that rejects a promise may reach a script inside a
            // result (`Promise.allSettled`'s `reason`): it gets its own `stack` now.
            let _ = crate::own_stack::adopt(&reason, context);
        }
        let mut state = self.host.state.borrow_mut();
        match operation {
            OperationType::Reject => {
                state.last_rejection_id += 1;
                let uid = state.last_rejection_id;
                state.maybe_unhandled.push(PendingRejection {
                    promise,
                    reason,
                    warned: false,
                    uid,
                });
                state.rejection_to_warn = true;
            }
            OperationType::Handle => {
                if let Some(i) = state
                    .maybe_unhandled
                    .iter()
                    .position(|r| JsObject::equals(&r.promise, &promise))
                {
                    let entry = state.maybe_unhandled.remove(i);
                    if entry.warned {
                        state.handled_late.push((entry.promise, entry.uid));
                        state.rejection_to_warn = true;
                    }
                }
            }
        }
    }

    fn local_timezone_offset_seconds(&self, _: i64) -> i32 {
        0
    }

    /// A promise reaction (`then`, `await`) keeps the AsyncLocalStorage frame of the place it
    /// was registered (see `async_context.rs`).
    /// An `await`'s reactions also note where it waits (`async_frames.rs`).
    fn make_job_callback(&self, callback: JsFunction, context: &mut Context) -> JobCallback {
        let site = self.host.async_frames.registered(&callback, context);
        let surfaces = self.host.async_frames.surfaces_reason(&callback);
        JobCallback::new(
            callback,
            CapturedFrame(self.host.async_ctx.frame(), site, surfaces),
        )
    }

    fn call_job_callback(
        &self,
        job: &JobCallback,
        this: &JsValue,
        args: &[JsValue],
        context: &mut Context,
    ) -> JsResult<JsValue> {
        let frame = job
            .host_defined()
            .as_any()
            .downcast_ref::<CapturedFrame>()
            .map(|f| (f.0.clone(), f.1.clone(), f.2));
        let Some((frame, site, surfaces)) = frame else {
            return job.callback().call(this, args, context);
        };
        let previous = self.host.async_ctx.swap_frame(frame);
        let resumed = site.map(|site| self.host.async_frames.resuming(site, context));
        // A rejection handler sees an engine-made error as V8 would give it (its message, its
        // own `stack`); a failure there rejects the reaction's promise, as a throw would.
        let surfaced = match (surfaces, args.first()) {
            (true, Some(reason)) => crate::v8_messages::surfaced(reason, context),
            _ => Ok(()),
        };
        let result = surfaced.and_then(|()| job.callback().call(this, args, context));
        if let Some(resumed) = resumed {
            self.host.async_frames.resumed_done(resumed);
        }
        self.host.async_ctx.swap_frame(previous);
        result
    }

    /// No ArrayBuffer beyond `buffer_natives::MAX_BUFFER_BYTES`: a clear RangeError instead
    /// of exhausting the machine or the browser tab.
    fn max_buffer_size(&self, _: &mut Context) -> u64 {
        crate::buffer_natives::MAX_BUFFER_BYTES as u64
    }
}

/// Boa's clock, answering from the virtual clock.
struct VirtualClockAdapter {
    host: Rc<Host>,
}

impl Clock for VirtualClockAdapter {
    fn now(&self) -> JsInstant {
        let us = self.host.clock.now_us();
        JsInstant::new(us / 1_000_000, ((us % 1_000_000) * 1000) as u32)
    }

    fn system_time_millis(&self) -> i64 {
        crate::clock::EPOCH_MS + (self.host.clock.read_us() / 1000) as i64
    }
}

/// Build a runtime's engine for `host`, on the run's shared file system.
pub fn build_runtime(
    host: &Rc<Host>,
    options: &RunOptions,
    vfs: Rc<RefCell<Vfs>>,
) -> JsResult<Context> {
    build_context(host, options, vfs)
}

fn build_context(
    host: &Rc<Host>,
    options: &RunOptions,
    vfs: Rc<RefCell<Vfs>>,
) -> JsResult<Context> {
    crate::gc_headroom::ensure();
    let loader = Loader::new();
    let mut context = ContextBuilder::new()
        .job_executor(Rc::new(MicrotaskQueue))
        .module_loader(loader.clone())
        .host_hooks(Rc::new(NodeHooks { host: host.clone() }))
        .clock(Rc::new(VirtualClockAdapter { host: host.clone() }))
        .build()?;
    context
        .runtime_limits_mut()
        .set_loop_iteration_limit(options.limits.loop_iterations);
    // Our depth probe (instrument.rs) throws the catchable RangeError first; Boa's own,
    // uncatchable limit is the backstop for functions the probe is not in.
    context
        .runtime_limits_mut()
        .set_recursion_limit(options.limits.call_depth + 1_000);
    context.runtime_limits_mut().set_stack_size_limit(1 << 24);
    context.insert_data(HostRef(host.clone()));
    context.insert_data(crate::esm_interop::LoaderRef(loader));
    context.insert_data(VfsRef(vfs));
    crate::stdin::install(&mut context, options.stdin.clone());
    crate::stack::install(&mut context)?;
    crate::instrument::install_to_string(&mut context)?;
    crate::json_errors::install(&mut context)?;
    crate::guards::install(&mut context)?;
    crate::v8_to_precision::install(&mut context)?;
    crate::v8_pow::install(&mut context)?;
    crate::v8_builtins::install(&mut context)?;
    crate::v8_date::install(&mut context)?;
    crate::v8_parse_int::install(&mut context)?;
    crate::node20_builtins::install(&mut context)?;
    crate::engine_slots::install(&mut context)?;
    crate::fn_source::install(&mut context)?;
    crate::v8_receivers::install(&mut context)?;
    crate::v8_regexp::install(&mut context)?;
    crate::map_constructor::install(&mut context)?;
    crate::weak_entries::install(&mut context)?;
    // The probes `instrument.rs` puts into the user's code call these globals.
    let probes: [(&str, crate::bindings::NativeFn); 6] = [
        (crate::v8_pow::POW_NAME, crate::v8_pow::operator),
        (
            crate::instrument::EVAL_SOURCE_NAME,
            crate::v8_pow::eval_source,
        ),
        (crate::instrument::PROBE_NAME, crate::bindings::depth_probe),
        (crate::instrument::FIX_NAME, crate::v8_messages::fix_native),
        (crate::instrument::THROWN_NAME, crate::bindings::thrown),
        (crate::fn_source::CLASS_NAME, crate::fn_source::note_class),
    ];
    for (name, f) in probes {
        let function = NativeFunction::from_fn_ptr(f).to_js_function(context.realm());
        context.register_global_property(
            JsString::from(name),
            function,
            boa_engine::property::Attribute::WRITABLE
                | boa_engine::property::Attribute::CONFIGURABLE,
        )?;
    }

    let wrapped = format!("(function (native, global) {{\n{PRELUDE}\n}})");
    let source =
        Source::from_bytes(wrapped.as_bytes()).with_path(std::path::Path::new(PRELUDE_PATH));
    let prelude = context.eval(source)?;
    let natives = crate::bindings::native_object(&mut context, host, &options.env, &options.cwd);
    let global = context.global_object();
    let hooks = prelude
        .as_callable()
        .ok_or_else(|| boa_engine::JsNativeError::typ().with_message("prelude is not a function"))?
        .call(
            &JsValue::undefined(),
            &[natives.into(), global.into()],
            &mut context,
        )?;
    let hooks = hooks.as_object().ok_or_else(|| {
        boa_engine::JsNativeError::typ().with_message("prelude returned no hooks")
    })?;
    context.insert_data(PreludeHooks(hooks.clone()));
    crate::builtin_modules::install(&mut context)?;
    call_hook(&mut context, "settleGlobals", &[])?;
    crate::v8_key_order::install(&mut context)?;

    let mut argv = vec![JsValue::from(js_string!("/usr/local/bin/node"))];
    // `node -e CODE ARGS` has no script in its argv.
    let evaluated = options.eval.is_some() && options.main == "[eval]";
    if !evaluated {
        argv.push(JsString::from(options.main.as_str()).into());
    }
    argv.extend(
        options
            .args
            .iter()
            .map(|a| JsValue::from(JsString::from(a.as_str()))),
    );
    let argv = JsArray::from_iter(argv, &mut context);
    call_hook(&mut context, "setArgv", &[argv.into()])?;
    Ok(context)
}

/// Node's module job (`explainCommonJSGlobalLikeNotDefinedError`): a ReferenceError for one
/// of CommonJS's globals escaping the main module's body says `in ES module scope` (and for
/// `require`, `you can use import instead`).
fn explain_commonjs_global(error: &JsValue, context: &mut Context) -> JsResult<()> {
    let Some(object) = error.as_object() else {
        return Ok(());
    };
    let name = object.get(js_string!("name"), context)?;
    let message = object.get(js_string!("message"), context)?;
    let (Some(name), Some(message)) = (name.as_string(), message.as_string()) else {
        return Ok(());
    };
    let message = message.to_std_string_escaped();
    let global_like = ["require", "module", "exports", "__filename", "__dirname"]
        .iter()
        .any(|g| message == format!("{g} is not defined"));
    if name.to_std_string_escaped() != "ReferenceError" || !global_like {
        return Ok(());
    }
    let mut explained = format!("{message} in ES module scope");
    if explained.starts_with("require ") {
        explained.push_str(", you can use import instead");
    }
    object.set(
        js_string!("message"),
        js_string!(explained.as_str()),
        true,
        context,
    )?;
    Ok(())
}

/// Evaluate an ES module entry (in the poll phase: Node reads it asynchronously). The body
/// runs inside a promise job of the loader, so its promise callbacks run before its ticks.
pub fn evaluate_main_module(context: &mut Context, host: &Host, module: Module) -> Flow {
    let running = Running::new(0, Queue::Main);
    let outcome = event_loop::invoke(context, host, running, 1, |ctx| {
        if let Err(error) = module.link(ctx) {
            let root = module
                .path()
                .map(std::path::Path::to_path_buf)
                .unwrap_or_default();
            return Err(crate::esm_link_errors::translate(error, &root, ctx));
        }
        let evaluated = module.evaluate(ctx)?;
        if let boa_engine::builtins::promise::PromiseState::Rejected(error) = evaluated.state() {
            explain_commonjs_global(&error, ctx)?;
        }
        // Node awaits the evaluation through three async functions (ModuleJob.run,
        // ModuleLoader.import, asyncRunEntryPointWithESMLoader) before its catch fails the
        // process: the prelude chains those hops.
        call_hook(ctx, "esmEntryEvaluated", &[evaluated.into()])
    })?;
    if outcome == Outcome::Returned {
        event_loop::run_microtasks(context, host)?;
        event_loop::process_ticks_and_rejections(context, host)?;
    }
    Ok(())
}

/// `native.esmEntryFailed(error)`: the catch of `asyncRunEntryPointWithESMLoader`, reached
/// three promise hops after the main module's evaluation rejected: Node's
/// `triggerUncaughtException(err, true)`, at once, inside the microtask checkpoint (the ticks
/// queued meanwhile never run unless an 'uncaughtException' listener handles it).
pub fn esm_entry_failed(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let host = Host::of(context);
    let error = args.first().cloned().unwrap_or_default();
    // An error the engine made gets V8's words and place before its arrow is found.
    let _ = crate::v8_messages::surfaced(&error, context);
    let arrow = Some(crate::fatal::esm_entry_arrow(context, &host, &error));
    match event_loop::trigger_uncaught(context, &host, error, arrow, true) {
        Ok(()) => Ok(JsValue::undefined()),
        Err(abort) => Err(crate::bindings::abort_error(&host, abort)),
    }
}

/// Run the main script (CommonJS) or load the main module (ES, whose body runs in the first
/// poll phase).
pub fn run_main(context: &mut Context, host: &Host, options: &RunOptions) -> Flow {
    let format = match options.eval {
        Some(_) => crate::module_format::MainFormat {
            entry: options.entry,
            warning: None,
            sync: false,
        },
        None => {
            let vfs = crate::vfs::of(context);
            let source = vfs.read_to_string(&options.main).unwrap_or_default();
            crate::module_format::of_main(&vfs, &options.main, &source, options.entry)
        }
    };
    if let Some((message, code)) = &format.warning {
        let hook = if format.sync {
            "emitWarningSync"
        } else {
            "emitWarningCoded"
        };
        let args = [
            JsValue::from(JsString::from(message.as_str())),
            code.as_deref()
                .map_or(JsValue::undefined(), |c| JsString::from(c).into()),
        ];
        // Only Node's own 'warning' listener exists yet: nothing of the user's can throw here.
        let _ = call_hook(context, hook, &args);
    }
    match format.entry {
        EntryKind::CommonJs => {
            host.state.borrow_mut().defer_imports = true;
            let main = JsValue::from(JsString::from(options.main.as_str()));
            let running = Running::new(0, Queue::Main);
            // Unlike a callback's, the main script's exception handled by an
            // 'uncaughtException' listener does not skip the drain: Node runs the ticks,
            // microtasks and rejections before the loop starts (its bootstrap's callback
            // scope closes normally).
            event_loop::invoke(context, host, running, 1, |ctx| {
                call_hook(ctx, "runMain", &[main])
            })?;
            event_loop::process_ticks_and_rejections(context, host)?;
        }
        EntryKind::EsModule => {
            // asyncRunEntryPointWithESMLoader adds its 'exit' listener before loading.
            let _ = call_hook(context, "esmEntryStart", &[]);
            let source = crate::vfs::of(context)
                .read_to_string(&options.main)
                .unwrap_or_default();
            let module = match crate::modules::parse_module(&source, &options.main, context) {
                Ok(m) => m,
                Err(e) => {
                    event_loop::report_exception(context, host, e, false)?;
                    return Ok(());
                }
            };
            if let Some(loader) = context.get_data::<crate::esm_interop::LoaderRef>() {
                loader.0.register(&options.main, module.clone());
            }
            // Loading the module graph (imports) completes before the body can run.
            let loaded = module.load(context);
            crate::event_loop::run_async_jobs(context);
            let _ = event_loop::run_microtasks(context, host);
            if let boa_engine::builtins::promise::PromiseState::Rejected(reason) = loaded.state() {
                let error = boa_engine::JsError::from_opaque(reason);
                event_loop::report_exception(context, host, error, false)?;
                return Ok(());
            }
            // Drop the loader's internal microtasks from the report: they are not the user's.
            let mut state = host.state.borrow_mut();
            state.main_module_pending = Some(module);
            state.defer_imports = true;
            state.entry_is_module = true;
        }
    }
    Ok(())
}

/// Run a program once, answering races with `prescribed` (then the defaults).
pub fn run_once(options: &RunOptions, prescribed: Vec<usize>) -> (RunReport, Vec<ChoicePoint>) {
    let (report, made, _) = run_recorded(options, prescribed, false);
    (report, made)
}

/// Run a traced program once on the default schedule, also recording the core's own queues
/// after every trace event (one snapshot per event), to check `loop_view`'s replay against.
pub fn run_with_snapshots(options: &RunOptions) -> (RunReport, Vec<QueueSnapshot>) {
    let mut traced = options.clone();
    traced.tracing = true;
    let (report, _, snapshots) = run_recorded(&traced, Vec::new(), true);
    (report, snapshots)
}

fn run_recorded(
    options: &RunOptions,
    prescribed: Vec<usize>,
    snapshots: bool,
) -> (RunReport, Vec<ChoicePoint>, Vec<QueueSnapshot>) {
    let vfs = Rc::new(RefCell::new(options.files.clone()));
    let (report, made, queues, _) = run_world(options, prescribed, vfs, 0, snapshots);
    (report, made, queues)
}

/// A run of its own on a given file system, starting `start_us` into the time base (the child
/// of `execSync` runs this way: the parent is blocked until it ends).
pub fn run_in_world(
    options: &RunOptions,
    prescribed: Vec<usize>,
    vfs: Rc<RefCell<Vfs>>,
    start_us: u64,
) -> (RunReport, Vec<ChoicePoint>, u64) {
    let (report, made, _, end_us) = run_world(options, prescribed, vfs, start_us, false);
    (report, made, end_us)
}

fn run_world(
    options: &RunOptions,
    prescribed: Vec<usize>,
    vfs: Rc<RefCell<Vfs>>,
    start_us: u64,
    snapshots: bool,
) -> (RunReport, Vec<ChoicePoint>, Vec<QueueSnapshot>, u64) {
    let world = crate::lanes::World::new();
    if let Some(cpus) = options.cpu_count.filter(|&n| n > 0) {
        world.cpu_count.set(cpus);
    }
    world.set_vfs(vfs.clone());
    let mut setup = crate::lanes::LaneSetup::main();
    setup.start_us = start_us;
    setup.eval = options
        .eval
        .clone()
        .map(|code| (options.main.clone(), code));
    let host = Host::in_world(
        world,
        setup,
        Choices::new(prescribed, 16),
        options.limits,
        options.tracing,
        options.echo,
    );
    host.snapshots.set(snapshots);
    *host.main_path.borrow_mut() = options.main.clone();
    let ending = match build_context(&host, options, vfs) {
        Ok(context) => run_in_context(context, &host, options),
        Err(e) => {
            host.write(
                Stream::Stderr,
                format!("looplab: could not start the runtime: {e}\n"),
                None,
            );
            Ending::Exited { code: 70 }
        }
    };
    let mut state = std::mem::take(&mut *host.state.borrow_mut());
    let exit_code = match &ending {
        Ending::Exited { code } | Ending::LimitExceeded { code, .. } => *code,
        Ending::Stopped => 130,
    };
    let report = RunReport {
        output: std::mem::take(&mut state.output),
        callbacks: std::mem::take(&mut state.callbacks),
        events: std::mem::take(&mut state.events),
        ending,
        exit_code,
        race: state.race,
        alternatives: Vec::new(),
        callbacks_run: state.callbacks_run,
        schedules: Vec::new(),
        lanes: host.world.lane_infos(),
    };
    (
        report,
        host.choices.made(),
        state.snapshots,
        host.clock.now_us(),
    )
}

fn run_in_context(mut context: Context, host: &Host, options: &RunOptions) -> Ending {
    let (mut context, flow) = match run_main(&mut context, host, options) {
        Ok(()) => crate::main_lane::spin(context, host),
        Err(abort) => (context, Err(abort)),
    };
    conclude(&mut context, host, flow)
}

/// How a runtime ends once its loop is done or unwound: Node's exit sequence.
pub fn conclude(context: &mut Context, host: &Host, flow: Flow) -> Ending {
    let abort = flow.err();
    match abort {
        Some(Abort::Exit(code)) => {
            // `process.exit()` emitted 'exit': a worker's `flushSync` sent its output.
            host.world.flush_worker_stdio(host);
            Ending::Exited { code }
        }
        Some(Abort::Limit(message)) => {
            let text = format!("\nlooplab: stopped: {message}. The output so far is kept.\n");
            host.write(Stream::Stderr, text, None);
            Ending::LimitExceeded { message, code: 124 }
        }
        None => {
            // The loop is done. Node's natural exit: 'exit' listeners (an ES module entry's
            // handleProcessExit among them while its top-level await is unsettled: exit code
            // 13), then the (possibly changed) exitCode.
            let running = Running::new(0, Queue::Main);
            let _ = event_loop::invoke(context, host, running, 1, |ctx| {
                call_hook(ctx, "setExiting", &[JsValue::undefined()])
            });
            // Emitting 'exit' went through a callback scope: its microtasks run, its ticks and
            // timers never do.
            let _ = event_loop::run_microtasks(context, host);
            // A worker's `flushSync` ('exit' listener): its buffered output goes now.
            host.world.flush_worker_stdio(host);
            if let Some(Abort::Exit(code)) = host.state.borrow().abort.clone() {
                return Ending::Exited { code };
            }
            Ending::Exited {
                code: event_loop::exit_code(context).unwrap_or(0),
            }
        }
    }
}

/// Run a program: the default schedule, plus (when it raced) every distinct stdout.
pub fn run(options: &RunOptions) -> RunReport {
    let (mut report, made) = run_once(options, Vec::new());
    // A runaway program's orderings say nothing useful and would cost many more runs.
    let finished = matches!(report.ending, Ending::Exited { .. });
    if report.race && finished {
        let mut echo_off = options.clone();
        echo_off.echo = false;
        echo_off.tracing = false;
        let explored = all_stdouts(&echo_off, &made, &report);
        report.alternatives = explored.iter().map(|(out, _)| out.clone()).collect();
        if options.tracing {
            echo_off.tracing = true;
            report.schedules = traced_schedules(&echo_off, &report, explored);
        }
    }
    report
}

/// How many other schedules a racy report carries traces of (the loop view's switch).
pub const MAX_TRACED_SCHEDULES: usize = 4;
/// Past this many events in the default schedule, the other schedules are not traced (each is
/// about as big again).
pub const MAX_TRACED_EVENTS: usize = 20_000;

/// The traces of the schedules whose stdout differs from the default run's: re-run with
/// tracing, with the race answers that led to each.
fn traced_schedules(
    options: &RunOptions,
    first: &RunReport,
    explored: Vec<(String, Vec<usize>)>,
) -> Vec<Schedule> {
    if first.events.len() > MAX_TRACED_EVENTS {
        return Vec::new();
    }
    let default_stdout = first.text(Stream::Stdout);
    explored
        .into_iter()
        .filter(|(out, _)| *out != default_stdout)
        .take(MAX_TRACED_SCHEDULES)
        .map(|(_, prefix)| {
            let (report, made) = run_once(options, prefix);
            Schedule {
                choices: made.iter().map(|c| c.chosen).collect(),
                output: report.output,
                callbacks: report.callbacks,
                events: report.events,
            }
        })
        .collect()
}

/// How many runs `all_orderings` may make before it stops exploring.
pub const MAX_EXPLORED_RUNS: usize = 256;
/// How many callbacks all the explored runs may run together.
pub const MAX_EXPLORED_CALLBACKS: u64 = 2_000_000;

/// Every distinct stdout, sorted, each with the race answers of the first run that printed it.
fn all_stdouts(
    options: &RunOptions,
    first_made: &[ChoicePoint],
    first: &RunReport,
) -> Vec<(String, Vec<usize>)> {
    let mut outputs = vec![(
        first.text(Stream::Stdout),
        first_made.iter().map(|c| c.chosen).collect(),
    )];
    let mut stack = next_prefixes(&[], first_made);
    let mut runs = 1;
    // The exploration shares one budget of callbacks, so that a long racy program costs a
    // bounded multiple of one run.
    let mut explored = options.clone();
    explored.limits.callbacks = options.limits.callbacks.min(MAX_EXPLORED_CALLBACKS);
    let mut spent = 0u64;
    while let Some(prefix) = stack.pop() {
        if runs >= MAX_EXPLORED_RUNS || spent >= MAX_EXPLORED_CALLBACKS {
            break;
        }
        runs += 1;
        let (report, made) = run_once(&explored, prefix.clone());
        spent += report.callbacks_run;
        if !matches!(report.ending, Ending::Exited { .. }) {
            continue;
        }
        stack.extend(next_prefixes(&prefix, &made));
        let out = report.text(Stream::Stdout);
        if !outputs.iter().any(|(o, _)| *o == out) {
            outputs.push((out, prefix));
        }
    }
    outputs.sort();
    outputs
}

/// Every distinct stdout the program can produce under Node's timing races, sorted.
pub fn all_orderings(options: &RunOptions) -> Vec<String> {
    let mut quiet = options.clone();
    quiet.echo = false;
    quiet.tracing = false;
    let (report, made) = run_once(&quiet, Vec::new());
    all_stdouts(&quiet, &made, &report)
        .into_iter()
        .map(|(out, _)| out)
        .collect()
}
