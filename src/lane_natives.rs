//! The natives that `js/worker_threads.js` and `js/child_process.js` build on: starting worker
//! threads and child processes in lanes of their own (`lanes.rs`), MessagePorts, IPC, kills,
//! the synchronous runs of `execSync`/`spawnSync`, and the libuv handles that keep a loop alive
//! while it waits for another lane.

use boa_engine::object::builtins::{JsArray, JsFunction};
use boa_engine::property::Attribute;
use boa_engine::{Context, JsNativeError, JsObject, JsResult, JsString, JsValue, js_string};

use crate::host::Host;
use crate::lanes::{
    self, LaneSetup, Letter, MESSAGE_US, NODE_STARTUP_US, Sink, WORKER_STARTUP_US, WorkerSetup,
};
use crate::native_args::{arg, arg_u32};
use crate::report::LaneKind;
use crate::runtime::{EntryKind, RunOptions};
use crate::shell::{self, NodeInvocation, Outcome, ShellEnv};

fn arg_string(args: &[JsValue], i: usize, context: &mut Context) -> JsResult<String> {
    Ok(arg(args, i).to_string(context)?.to_std_string_lossy())
}

fn object_arg(args: &[JsValue], i: usize) -> JsResult<JsObject> {
    arg(args, i).as_object().ok_or_else(|| {
        JsNativeError::typ()
            .with_message("looplab: expected an options object")
            .into()
    })
}

fn strings(value: &JsValue, context: &mut Context) -> JsResult<Vec<String>> {
    lanes::items(value, context)?
        .iter()
        .map(|v| Ok(v.to_string(context)?.to_std_string_lossy()))
        .collect()
}

/// `[[key, value], ...]` as pairs.
fn pairs(value: &JsValue, context: &mut Context) -> JsResult<Vec<(String, String)>> {
    let mut out = Vec::new();
    for pair in lanes::items(value, context)? {
        let kv = strings(&pair, context)?;
        if let [k, v] = kv.as_slice() {
            out.push((k.clone(), v.clone()));
        }
    }
    Ok(out)
}

fn set(object: &JsObject, name: &str, value: impl Into<JsValue>, context: &mut Context) {
    let _ = object.set(JsString::from(name), value.into(), false, context);
}

/// What this runtime is: `{ lane, child, isMainThread, threadId, parentPort, workerData, ipc,
/// pid, ppid }` (`workerData` as payload parts).
fn info(_: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let host = Host::of(context);
    let object = JsObject::with_object_proto(context.intrinsics());
    set(&object, "lane", host.lane, context);
    let child = host.lane != 0 && host.setup.worker.is_none();
    set(&object, "child", child, context);
    set(
        &object,
        "isMainThread",
        host.setup.worker.is_none(),
        context,
    );
    set(&object, "ipc", host.setup.ipc, context);
    set(&object, "pid", host.setup.pid, context);
    set(&object, "ppid", host.setup.ppid, context);
    if let Some(worker) = &host.setup.worker {
        set(&object, "threadId", worker.thread_id, context);
        set(&object, "parentPort", worker.port, context);
        let parts = lanes::payload_to_js(&worker.data, context);
        let parts = JsArray::from_iter(parts, context);
        set(&object, "workerData", parts, context);
    } else {
        set(&object, "threadId", 0, context);
    }
    Ok(object.into())
}

/// `sharedEnv()`: for a worker started with `env: SHARE_ENV`, its parent's environment store
/// (js/process.js puts its `process.env` over it), else undefined.
pub fn shared_env(_: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let host = Host::of(context);
    let shared = host
        .setup
        .worker
        .as_ref()
        .and_then(|w| w.shared_env.clone());
    Ok(shared.map(JsValue::from).unwrap_or_default())
}

/// `setHandler(name, fn)`: who receives mail of this kind (see `lanes::deliver_mail`).
fn set_handler(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let host = Host::of(context);
    let name = arg_string(args, 0, context)?;
    if let Some(f) = arg(args, 1).as_object().and_then(JsFunction::from_object) {
        host.state.borrow_mut().lane_handlers.insert(name, f);
    }
    Ok(JsValue::undefined())
}

fn port_pair(_: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let host = Host::of(context);
    let (a, b) = host.world.port_pair(host.lane);
    Ok(JsArray::from_iter([a.into(), b.into()], context).into())
}

fn port_post(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let host = Host::of(context);
    let port = arg_u32(args, 0);
    let payload = lanes::payload_from_js(&arg(args, 1), context)?;
    Ok(host
        .world
        .port_post(port, host.clock.now_us(), payload)
        .into())
}

/// `setArrow(error, text)`: the arrow to print if `error` ends this process.
fn set_arrow(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let host = Host::of(context);
    if let Some(error) = arg(args, 0).as_object() {
        let text = arg_string(args, 1, context)?;
        host.set_arrow(&error, text);
    }
    Ok(JsValue::undefined())
}

/// `detach(arrayBuffer)`: an ArrayBuffer in a transfer list is gone from the sender.
fn detach(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let _ = context;
    if let Some(object) = arg(args, 0).as_object()
        && let Ok(buffer) = boa_engine::object::builtins::JsArrayBuffer::from_object(object.clone())
    {
        let _ = buffer.detach(&JsValue::undefined());
    }
    Ok(JsValue::undefined())
}

/// `broadcastJoin(name)` → the port of a new BroadcastChannel of that name.
fn broadcast_join(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let host = Host::of(context);
    let name = arg_string(args, 0, context)?;
    Ok(host.world.broadcast_join(host.lane, &name).into())
}

fn broadcast_leave(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let host = Host::of(context);
    host.world.broadcast_leave(arg_u32(args, 0));
    Ok(JsValue::undefined())
}

/// `broadcastPost(port, payload)`: to every other channel of the port's name.
fn broadcast_post(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let host = Host::of(context);
    let payload = lanes::payload_from_js(&arg(args, 1), context)?;
    host.world
        .broadcast_post(arg_u32(args, 0), host.clock.now_us(), &payload);
    Ok(JsValue::undefined())
}

/// `portTake(port)`: the next message that reached `port`, as payload parts, or undefined.
fn port_take(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let host = Host::of(context);
    match host
        .world
        .take_port_message(arg_u32(args, 0), host.clock.now_us())
    {
        Some(payload) => {
            let parts = lanes::payload_to_js(&payload, context);
            Ok(JsArray::from_iter(parts, context).into())
        }
        None => Ok(JsValue::undefined()),
    }
}

fn port_close(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let host = Host::of(context);
    host.world.port_close(arg_u32(args, 0), host.clock.now_us());
    Ok(JsValue::undefined())
}

/// A libuv handle (a Worker, a ChildProcess, a listening MessagePort): while ref'd, it keeps
/// the loop alive.
fn handle_open(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let host = Host::of(context);
    let mut state = host.state.borrow_mut();
    state.next_handle += 1;
    let id = state.next_handle;
    state.handles.insert(id, arg(args, 0).to_boolean());
    Ok(id.into())
}

fn handle_ref(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let host = Host::of(context);
    if let Some(refed) = host.state.borrow_mut().handles.get_mut(&arg_u32(args, 0)) {
        *refed = arg(args, 1).to_boolean();
    }
    Ok(JsValue::undefined())
}

fn handle_close(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let host = Host::of(context);
    host.state.borrow_mut().handles.remove(&arg_u32(args, 0));
    Ok(JsValue::undefined())
}

fn base_options(
    limits: crate::limits::Limits,
    main: String,
    cwd: String,
    env: Vec<(String, String)>,
) -> RunOptions {
    let mut options = RunOptions::snippet(&main, "");
    options.files = Default::default();
    options.entry = EntryKind::for_path(&main);
    options.cwd = cwd;
    options.env = env;
    options.limits = limits;
    options.tracing = false;
    options.echo = false;
    options
}

/// `startWorker({ main, code, data, argv, env, cwd })` → `{ lane, threadId, port }`.
fn start_worker(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let host = Host::of(context);
    let spec = object_arg(args, 0)?;
    let main = lanes::string_prop(&spec, "main", context).unwrap_or_default();
    let code = lanes::string_prop(&spec, "code", context);
    let cwd = lanes::string_prop(&spec, "cwd", context).unwrap_or_else(|| "/".into());
    let data = lanes::payload_from_js(&spec.get(js_string!("data"), context)?, context)?;
    let transferred = data.ports.clone();
    let argv = strings(&spec.get(js_string!("argv"), context)?, context)?;
    let env = pairs(&spec.get(js_string!("env"), context)?, context)?;
    let mut options = base_options(host.limits, main.clone(), cwd, env);
    options.args = argv;
    options.eval = code.clone();
    let (parent_end, worker_end) = host.world.port_pair(host.lane);
    let setup = LaneSetup {
        lane: 0,
        parent: host.lane,
        start_us: host.clock.now_us() + WORKER_STARTUP_US,
        sinks: [Sink::ToParent, Sink::ToParent],
        worker: Some(WorkerSetup {
            thread_id: 0,
            port: worker_end,
            data,
            shared_env: spec.get(js_string!("sharedEnv"), context)?.as_object(),
        }),
        ipc: false,
        pid: 0,
        ppid: 0,
        eval: code.map(|c| (main.clone(), c)),
    };
    let (lane, thread_id) = host
        .world
        .start_js(LaneKind::Worker, &host, setup, options, main)
        .map_err(|e| JsNativeError::error().with_message(e))?;
    host.world.move_port(worker_end, lane);
    // Ports in `transferList` travel with `workerData`.
    for &port in &transferred {
        host.world.move_port(port, lane);
    }
    let object = JsObject::with_object_proto(context.intrinsics());
    set(&object, "lane", lane, context);
    set(&object, "threadId", thread_id, context);
    set(&object, "port", parent_end, context);
    Ok(object.into())
}

/// `terminate(lane)`: a worker stops as soon as it can; its exit code is 1 (0 before it started).
fn terminate(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let host = Host::of(context);
    let lane = arg_u32(args, 0);
    // node_worker.cc's StopThread exits with 1 a thread whose environment exists; one stopped
    // before its environment was made keeps its exit code 0.
    let code = if host.world.has_started(lane) { 1 } else { 0 };
    let killed = host.world.kill(lane, Some(code), None, host.clock.now_us());
    Ok(killed.into())
}

/// `captureStdio(lane, stream)`: worker `lane`'s 'stdout' or 'stderr' goes to its Worker's
/// stream instead of the process's (`stdout: true`, `stderr: true`).
fn capture_stdio(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let stream = match arg_string(args, 1, context)?.as_str() {
        "stderr" => crate::report::Stream::Stderr,
        _ => crate::report::Stream::Stdout,
    };
    Host::of(context)
        .world
        .capture_stdio(arg_u32(args, 0), stream);
    Ok(JsValue::undefined())
}

/// `kill(lane, signal, number)`: send a signal to child process `lane` (`lanes::World::signal`).
fn kill(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let host = Host::of(context);
    let signal = arg_string(args, 1, context)?;
    let killed = host.world.signal(
        arg_u32(args, 0),
        &signal,
        arg_u32(args, 2),
        host.clock.now_us(),
    );
    Ok(killed.into())
}

/// `killPid(pid, signal, number)`: `process.kill` of another process of the run; false when no
/// process has that pid (ESRCH).
fn kill_pid(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let host = Host::of(context);
    let signal = arg_string(args, 1, context)?;
    let Some(lane) = host.world.lane_of_pid(arg_u32(args, 0)) else {
        return Ok(false.into());
    };
    if arg_u32(args, 2) == 0 {
        // Signal 0 only asks whether the process exists.
        return Ok(host.world.is_alive(lane).into());
    }
    let sent = host
        .world
        .signal(lane, &signal, arg_u32(args, 2), host.clock.now_us());
    Ok(sent.into())
}

/// `signalListen(name, on)`: this process starts or stops listening for a signal (Node's
/// `startListeningIfSignal`/`stopListeningIfSignal`).
fn signal_listen(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let host = Host::of(context);
    let name = arg_string(args, 0, context)?;
    let mut state = host.state.borrow_mut();
    if arg(args, 1).to_boolean() {
        state.signal_listeners.insert(name);
    } else {
        state.signal_listeners.remove(&name);
    }
    Ok(JsValue::undefined())
}

/// `killedBy(name)`: this process is about to end by the default action of a signal.
fn killed_by(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let host = Host::of(context);
    let name = arg_string(args, 0, context)?;
    host.state.borrow_mut().killed_by = Some(name);
    Ok(JsValue::undefined())
}

fn sink_of(name: &str) -> Sink {
    match name {
        "inherit" => Sink::Terminal,
        "ignore" => Sink::Discard,
        _ => Sink::ToParent,
    }
}

/// A spawn request as `js/child_process.js` makes it.
struct SpawnSpec {
    file: String,
    args: Vec<String>,
    cwd: String,
    env: Vec<(String, String)>,
    stdio: [String; 3],
    ipc: bool,
}

fn spawn_spec(args: &[JsValue], context: &mut Context) -> JsResult<SpawnSpec> {
    let spec = object_arg(args, 0)?;
    let stdio = strings(&spec.get(js_string!("stdio"), context)?, context)?;
    let stdio_of = |i: usize| stdio.get(i).cloned().unwrap_or_else(|| "pipe".into());
    Ok(SpawnSpec {
        file: lanes::string_prop(&spec, "file", context).unwrap_or_default(),
        args: strings(&spec.get(js_string!("args"), context)?, context)?,
        cwd: lanes::string_prop(&spec, "cwd", context).unwrap_or_else(|| "/".into()),
        env: pairs(&spec.get(js_string!("env"), context)?, context)?,
        stdio: [stdio_of(0), stdio_of(1), stdio_of(2)],
        ipc: spec.get(js_string!("ipc"), context)?.to_boolean(),
    })
}

/// The words of the program to run: `sh -c 'node x.js'` runs node itself, so that it can run
/// alongside its parent rather than to completion first.
fn program_words(spec: &SpawnSpec) -> Vec<String> {
    let mut words = vec![spec.file.clone()];
    words.extend(spec.args.iter().cloned());
    let base = spec.file.rsplit('/').next().unwrap_or(&spec.file);
    if matches!(base, "sh" | "bash")
        && spec.args.first().map(String::as_str) == Some("-c")
        && let Some(line) = spec.args.get(1)
        && let Some(simple) = shell::single_command(line, &spec.env)
        && simple.first().is_some_and(|w| shell::is_node(w))
    {
        return simple;
    }
    words
}

/// Node's "Cannot find module" as a child prints it.
fn missing_module(path: &str) -> Outcome {
    Outcome {
        stderr: crate::modules::missing_main_module(path),
        code: 1,
        duration_us: NODE_STARTUP_US,
        ..Outcome::default()
    }
}

/// The run options of `node ARGS` in `cwd`, or what node prints when there is nothing to run.
fn node_options(
    vfs: &std::rc::Rc<std::cell::RefCell<crate::vfs::Vfs>>,
    limits: crate::limits::Limits,
    args: &[String],
    cwd: &str,
    env: Vec<(String, String)>,
) -> Result<RunOptions, Outcome> {
    match shell::parse_node_args(args) {
        NodeInvocation::Eval { code, print, args } => {
            let main = "[eval]".to_string();
            let mut options = base_options(limits, main, cwd.to_string(), env);
            options.entry = EntryKind::CommonJs;
            options.args = args;
            options.eval = Some(if print {
                format!("console.log(eval({}))", json_string(&code))
            } else {
                code
            });
            Ok(options)
        }
        NodeInvocation::File { path, args } => {
            let main = crate::shell::resolve_path(cwd, &path);
            if !vfs.borrow().is_file(&main) {
                return Err(missing_module(&main));
            }
            let mut options = base_options(limits, main, cwd.to_string(), env);
            options.args = args;
            Ok(options)
        }
        NodeInvocation::Stdin => Err(Outcome {
            duration_us: NODE_STARTUP_US,
            ..Outcome::default()
        }),
    }
}

fn json_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// What a child run to completion needs from the world it starts in.
#[derive(Clone)]
struct SyncWorld {
    vfs: std::rc::Rc<std::cell::RefCell<crate::vfs::Vfs>>,
    limits: crate::limits::Limits,
    start_us: u64,
    cwd: String,
    env: Vec<(String, String)>,
}

impl SyncWorld {
    fn of(host: &Host, spec: &SpawnSpec) -> Self {
        SyncWorld {
            vfs: host.world.vfs(),
            limits: host.limits,
            start_us: host.clock.now_us(),
            cwd: spec.cwd.clone(),
            env: spec.env.clone(),
        }
    }

    /// Run `node ARGS` to completion (`execSync`, or a `node` inside a shell line): a run of
    /// its own on the same file system, starting now.
    fn run_node(&self, args: &[String], cwd: &str) -> Outcome {
        let options = match node_options(&self.vfs, self.limits, args, cwd, self.env.clone()) {
            Ok(o) => o,
            Err(outcome) => return outcome,
        };
        let start = self.start_us + NODE_STARTUP_US;
        let (report, _, end_us) =
            crate::runtime::run_in_world(&options, Vec::new(), self.vfs.clone(), start);
        Outcome {
            stdout: report.text(crate::report::Stream::Stdout),
            stderr: report.text(crate::report::Stream::Stderr),
            code: report.exit_code,
            duration_us: NODE_STARTUP_US + end_us.saturating_sub(start),
        }
    }

    /// Run the program of `words` to completion (the shell's builtins, `node` in a line).
    fn run_program(&self, words: &[String], stdin: &str) -> Outcome {
        let run_node = |args: &[String], _stdin: &str, cwd: &str| self.run_node(args, cwd);
        let env = ShellEnv {
            vfs: self.vfs.clone(),
            cwd: self.cwd.clone(),
            env: self.env.clone(),
            run_node: &run_node,
        };
        shell::run_simple(words, stdin, &env)
    }
}

/// `spawn({ file, args, cwd, env, stdio, ipc })` → `{ lane, pid }`, or `{ error: 'ENOENT',
/// lane }` when there is no such program (`lane` then names the pipes' EOF mail).
fn spawn(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let host = Host::of(context);
    let spec = spawn_spec(args, context)?;
    let object = JsObject::with_object_proto(context.intrinsics());
    if !shell::is_program(&spec.file) {
        set(&object, "error", js_string!("ENOENT"), context);
        let id = host.world.spawn_failed(host.lane, host.clock.now_us());
        set(&object, "lane", id, context);
        return Ok(object.into());
    }
    let words = program_words(&spec);
    let sinks = [sink_of(&spec.stdio[1]), sink_of(&spec.stdio[2])];
    let title = words.join(" ");
    let node_under_shell = shell::is_node(&words[0]) && !shell::is_node(&spec.file);
    let started = if shell::is_node(&words[0]) {
        match node_options(
            &host.world.vfs(),
            host.limits,
            &words[1..],
            &spec.cwd,
            spec.env.clone(),
        ) {
            Ok(options) => {
                let setup = LaneSetup {
                    lane: 0,
                    parent: host.lane,
                    start_us: host.clock.now_us() + NODE_STARTUP_US,
                    sinks,
                    worker: None,
                    ipc: spec.ipc,
                    pid: 0,
                    ppid: 0,
                    eval: options.eval.clone().map(|c| (options.main.clone(), c)),
                };
                host.world
                    .start_js(LaneKind::Process, &host, setup, options, title)
            }
            Err(outcome) => host.world.start_script(&host, title, outcome, sinks),
        }
    } else if spec.stdio[0] == "pipe" && shell::reads_stdin(&words, &spec.env) {
        let world = SyncWorld::of(&host, &spec);
        let run = Box::new(move |input: &str| world.run_program(&words, input));
        host.world.start_awaiting_input(&host, title, sinks, run)
    } else {
        let outcome = SyncWorld::of(&host, &spec).run_program(&words, "");
        host.world.start_script(&host, title, outcome, sinks)
    };
    let (lane, pid) = started.map_err(|e| JsNativeError::error().with_message(e))?;
    if node_under_shell {
        host.world.mark_under_shell(lane);
    }
    set(&object, "lane", lane, context);
    set(&object, "pid", pid, context);
    Ok(object.into())
}

/// `firstSpawnError()`: the process's first failed spawn built its error
/// (`lanes::FIRST_SPAWN_ERROR_US`).
fn first_spawn_error(_: &JsValue, _: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    Host::of(context)
        .clock
        .advance_us(lanes::FIRST_SPAWN_ERROR_US);
    Ok(JsValue::undefined())
}

/// `spawnSync(spec, input)` → `{ status, stdout, stderr, pid }` or `{ error: 'ENOENT' }`: the
/// child runs to completion while the parent is blocked (its clock moves on by the child's
/// time).
fn spawn_sync(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let host = Host::of(context);
    let spec = spawn_spec(args, context)?;
    let input = match arg(args, 1) {
        v if v.is_undefined() || v.is_null() => String::new(),
        v => v.to_string(context)?.to_std_string_lossy(),
    };
    let object = JsObject::with_object_proto(context.intrinsics());
    if !shell::is_program(&spec.file) {
        set(&object, "error", js_string!("ENOENT"), context);
        return Ok(object.into());
    }
    let words = program_words(&spec);
    let world = SyncWorld::of(&host, &spec);
    let outcome = if shell::is_node(&words[0]) {
        world.run_node(&words[1..], &spec.cwd)
    } else {
        world.run_program(&words, &input)
    };
    host.clock
        .advance_us(outcome.duration_us.max(lanes::COMMAND_US));
    let pid = host.world.next_sync_pid();
    set(&object, "status", outcome.code, context);
    set(&object, "pid", pid, context);
    set(
        &object,
        "stdout",
        JsString::from(outcome.stdout.as_str()),
        context,
    );
    set(
        &object,
        "stderr",
        JsString::from(outcome.stderr.as_str()),
        context,
    );
    Ok(object.into())
}

/// `ipcSend(lane, json)`: from a forked child (its own lane) to its parent, or from the parent
/// to child `lane`.
fn ipc_send(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let host = Host::of(context);
    let lane = arg_u32(args, 0);
    let json = arg_string(args, 1, context)?;
    let to = if lane == host.lane {
        host.setup.parent
    } else {
        lane
    };
    host.world.post(
        to,
        host.clock.now_us() + MESSAGE_US,
        Letter::Ipc {
            lane,
            json: vec![json],
        },
    );
    Ok(JsValue::undefined())
}

/// `ipcDisconnect(lane)`: this end closes the channel; the other end reads its end (this end's
/// own 'disconnect' is emitted on a tick by `js/child_process.js`).
fn ipc_disconnect(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let host = Host::of(context);
    let lane = arg_u32(args, 0);
    let other = if lane == host.lane {
        host.setup.parent
    } else {
        lane
    };
    let at = host.clock.now_us() + MESSAGE_US;
    host.world.post(other, at, Letter::Disconnect { lane });
    Ok(JsValue::undefined())
}

/// `stdin(lane, text)`: data for child `lane`'s stdin (`null`: the end).
fn stdin(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let host = Host::of(context);
    let lane = arg_u32(args, 0);
    let text = match arg(args, 1) {
        v if v.is_null() || v.is_undefined() => None,
        v => Some(v.to_string(context)?.to_std_string_lossy()),
    };
    host.world.post(
        lane,
        host.clock.now_us() + MESSAGE_US,
        Letter::Stdin { lane, text },
    );
    Ok(JsValue::undefined())
}

/// The natives object of `worker_threads` and `child_process`.
pub fn natives(context: &mut Context) -> JsObject {
    let functions: &[(&str, crate::bindings::NativeFn, usize)] = &[
        ("broadcastJoin", broadcast_join, 1),
        ("broadcastLeave", broadcast_leave, 1),
        ("broadcastPost", broadcast_post, 2),
        ("newBufferId", crate::atomics::new_buffer_id, 0),
        ("atomicsWait", crate::atomics::wait, 3),
        ("atomicsWaitAsync", crate::atomics::wait_async, 2),
        ("atomicsWaitCancel", crate::atomics::wait_cancel, 1),
        ("atomicsNotify", crate::atomics::notify, 3),
        ("killPid", kill_pid, 3),
        ("signalListen", signal_listen, 2),
        ("killedBy", killed_by, 1),
        ("detach", detach, 1),
        ("setArrow", set_arrow, 2),
        ("portTake", port_take, 1),
        ("info", info, 0),
        ("setHandler", set_handler, 2),
        ("portPair", port_pair, 0),
        ("portPost", port_post, 2),
        ("portClose", port_close, 1),
        ("handleOpen", handle_open, 1),
        ("handleRef", handle_ref, 2),
        ("handleClose", handle_close, 1),
        ("uvClose", crate::closing::uv_close, 2),
        ("firstSpawnError", first_spawn_error, 0),
        ("startWorker", start_worker, 1),
        ("terminate", terminate, 1),
        ("captureStdio", capture_stdio, 2),
        ("kill", kill, 3),
        ("spawn", spawn, 1),
        ("spawnSync", spawn_sync, 2),
        ("ipcSend", ipc_send, 2),
        ("ipcDisconnect", ipc_disconnect, 1),
        ("stdin", stdin, 2),
        (
            "workerStartupMs",
            |_, _, _| Ok(((WORKER_STARTUP_US / 1000) as f64).into()),
            0,
        ),
        (
            "nodeStartupMs",
            |_, _, _| Ok(((NODE_STARTUP_US / 1000) as f64).into()),
            0,
        ),
    ];
    let mut init = crate::bindings::natives_initializer(context, functions);
    init.property(js_string!("messageUs"), MESSAGE_US as f64, Attribute::all());
    init.build()
}
