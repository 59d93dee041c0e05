//! The built-in modules written in JavaScript beyond the prelude (`src/js/*.js`), and when
//! each is evaluated: a few at start-up (their effects are on objects every program has), the
//! rest at their first use (`require`, `import`, a lazy global, another module's `internals`
//! read), as Node's own `BuiltinModule` loader compiles a module only when it is required.
//! Parsing and compiling these sources is most of a run's start-up (see ARCHITECTURE.md's
//! Performance section).

use std::cell::RefCell;

use boa_engine::{Context, JsObject, JsResult, JsString, JsValue, Source, js_string};

use crate::host::Host;
use crate::runtime::call_hook;

/// A built-in module written in JavaScript on natives of its own: its source is evaluated as
/// `(function (native, internals, global) { ... return exports; })` and registered by name.
struct BuiltinModule {
    name: &'static str,
    source: &'static str,
    natives: fn(&mut Context) -> JsObject,
}

/// The built-in modules beyond the prelude. The eager ones are evaluated in this order; a
/// module may use any other through `internals` or `require` (a module not loaded yet loads
/// then), but the modules its body uses as it loads must not use it back as they load.
const BUILTIN_MODULES: &[BuiltinModule] = &[
    BuiltinModule {
        name: "internal/process",
        source: include_str!("js/process.js"),
        natives: crate::fs::natives,
    },
    BuiltinModule {
        name: "internal/mime",
        source: include_str!("js/mime.js"),
        natives: no_natives,
    },
    BuiltinModule {
        name: "internal/parse_args",
        source: include_str!("js/parse_args.js"),
        natives: no_natives,
    },
    BuiltinModule {
        name: "internal/glob",
        source: include_str!("js/glob.js"),
        natives: no_natives,
    },
    BuiltinModule {
        name: "internal/path_win32",
        source: include_str!("js/path_win32.js"),
        natives: no_natives,
    },
    BuiltinModule {
        name: "path/win32",
        source: "return internals.path_win32;",
        natives: no_natives,
    },
    BuiltinModule {
        name: "util",
        source: include_str!("js/util.js"),
        natives: no_natives,
    },
    BuiltinModule {
        name: "internal/console_class",
        source: include_str!("js/console.js"),
        natives: no_natives,
    },
    BuiltinModule {
        name: "async_hooks",
        source: include_str!("js/async_hooks.js"),
        natives: crate::async_context::natives,
    },
    BuiltinModule {
        name: "vm",
        source: include_str!("js/vm.js"),
        natives: crate::vm_natives::natives,
    },
    BuiltinModule {
        name: "timers/promises",
        source: include_str!("js/timers_promises.js"),
        natives: no_natives,
    },
    BuiltinModule {
        name: "buffer",
        source: include_str!("js/buffer.js"),
        natives: crate::buffer_natives::natives,
    },
    BuiltinModule {
        name: "string_decoder",
        source: include_str!("js/string_decoder.js"),
        natives: crate::buffer_natives::natives,
    },
    BuiltinModule {
        name: "querystring",
        source: include_str!("js/querystring.js"),
        natives: no_natives,
    },
    BuiltinModule {
        name: "internal/url_legacy",
        source: include_str!("js/url_legacy.js"),
        natives: crate::url_natives::natives,
    },
    BuiltinModule {
        name: "internal/url",
        source: include_str!("js/url.js"),
        natives: crate::url_natives::natives,
    },
    // `node:url`: the WHATWG part (internal/url, loaded at start-up) and the legacy one.
    BuiltinModule {
        name: "url",
        source: "const url = internals.url;
const legacy = internals.url_legacy;
return {
  Url: legacy.Url,
  parse: legacy.parse,
  resolve: legacy.resolve,
  resolveObject: legacy.resolveObject,
  format: url.format,
  URL: url.URL,
  URLSearchParams: url.URLSearchParams,
  domainToASCII: url.domainToASCII,
  domainToUnicode: url.domainToUnicode,
  pathToFileURL: url.pathToFileURL,
  fileURLToPath: url.fileURLToPath,
  urlToHttpOptions: url.urlToHttpOptions,
};",
        natives: no_natives,
    },
    BuiltinModule {
        name: "internal/streams/core",
        source: include_str!("js/stream/internals.js"),
        natives: no_natives,
    },
    BuiltinModule {
        name: "internal/streams/readable",
        source: include_str!("js/stream/readable.js"),
        natives: no_natives,
    },
    BuiltinModule {
        name: "internal/streams/writable",
        source: include_str!("js/stream/writable.js"),
        natives: no_natives,
    },
    BuiltinModule {
        name: "internal/streams/duplex",
        source: include_str!("js/stream/duplex.js"),
        natives: no_natives,
    },
    BuiltinModule {
        name: "internal/streams/compose",
        source: include_str!("js/stream/compose.js"),
        natives: no_natives,
    },
    BuiltinModule {
        name: "internal/streams/duplexify",
        source: include_str!("js/stream/duplexify.js"),
        natives: no_natives,
    },
    BuiltinModule {
        name: "internal/streams/operators",
        source: include_str!("js/stream/operators.js"),
        natives: no_natives,
    },
    BuiltinModule {
        name: "stream",
        source: include_str!("js/stream.js"),
        natives: no_natives,
    },
    BuiltinModule {
        name: "internal/webstreams/util",
        source: include_str!("js/webstreams/util.js"),
        natives: no_natives,
    },
    BuiltinModule {
        name: "internal/webstreams/writable",
        source: include_str!("js/webstreams/writable.js"),
        natives: no_natives,
    },
    BuiltinModule {
        name: "internal/webstreams/readable",
        source: include_str!("js/webstreams/readable.js"),
        natives: no_natives,
    },
    BuiltinModule {
        name: "internal/webstreams/transform",
        source: include_str!("js/webstreams/transform.js"),
        natives: no_natives,
    },
    BuiltinModule {
        name: "internal/webstreams/adapters",
        source: include_str!("js/webstreams/adapters.js"),
        natives: no_natives,
    },
    BuiltinModule {
        name: "internal/webstreams/compression",
        source: include_str!("js/webstreams/compression.js"),
        natives: no_natives,
    },
    BuiltinModule {
        name: "stream/web",
        source: include_str!("js/webstreams/web.js"),
        natives: no_natives,
    },
    BuiltinModule {
        name: "tty",
        source: include_str!("js/tty.js"),
        natives: no_natives,
    },
    BuiltinModule {
        name: "internal/crypto/util",
        source: include_str!("js/crypto/util.js"),
        natives: crate::crypto::natives,
    },
    BuiltinModule {
        name: "internal/crypto/lazy_transform",
        source: include_str!("js/crypto/lazy_transform.js"),
        natives: no_natives,
    },
    BuiltinModule {
        name: "internal/crypto/keys",
        source: include_str!("js/crypto/keys.js"),
        natives: no_natives,
    },
    BuiltinModule {
        name: "internal/crypto/keypair",
        source: include_str!("js/crypto/keypair.js"),
        natives: crate::crypto::natives,
    },
    BuiltinModule {
        name: "internal/crypto/cipher",
        source: include_str!("js/crypto/cipher.js"),
        natives: crate::crypto::natives,
    },
    BuiltinModule {
        name: "internal/crypto/kdf",
        source: include_str!("js/crypto/kdf.js"),
        natives: crate::crypto::natives,
    },
    BuiltinModule {
        name: "internal/crypto/webcrypto",
        source: include_str!("js/crypto/webcrypto.js"),
        natives: crate::crypto::natives,
    },
    BuiltinModule {
        name: "crypto",
        source: include_str!("js/crypto.js"),
        natives: crate::crypto::natives,
    },
    BuiltinModule {
        name: "zlib",
        source: include_str!("js/zlib.js"),
        natives: crate::zlib_natives::natives,
    },
    BuiltinModule {
        name: "stream/promises",
        source: "return internals.loadBuiltin('stream').promises;",
        natives: no_natives,
    },
    BuiltinModule {
        name: "internal/v8_serdes",
        source: include_str!("js/v8_serdes.js"),
        natives: no_natives,
    },
    BuiltinModule {
        name: "v8",
        source: include_str!("js/v8.js"),
        natives: no_natives,
    },
    BuiltinModule {
        name: "diagnostics_channel",
        source: include_str!("js/diagnostics_channel.js"),
        natives: no_natives,
    },
    BuiltinModule {
        name: "stream/consumers",
        source: include_str!("js/stream_consumers.js"),
        natives: no_natives,
    },
    BuiltinModule {
        name: "fs",
        source: include_str!("js/fs.js"),
        natives: crate::fs::natives,
    },
    BuiltinModule {
        name: "fs/promises",
        source: "return internals.loadBuiltin('fs').promises;",
        natives: crate::fs::natives,
    },
    BuiltinModule {
        name: "internal/fs/fd",
        source: include_str!("js/fs_fd.js"),
        natives: crate::fs::natives,
    },
    BuiltinModule {
        name: "internal/intl",
        source: include_str!("js/intl.js"),
        natives: crate::intl::natives,
    },
    BuiltinModule {
        name: "internal/fs/more",
        source: include_str!("js/fs_more.js"),
        natives: crate::fs::natives,
    },
    BuiltinModule {
        name: "internal/call_sites",
        source: include_str!("js/call_sites.js"),
        natives: crate::bindings::call_site_natives,
    },
    BuiltinModule {
        name: "internal/event_target",
        source: include_str!("js/event_target.js"),
        natives: no_natives,
    },
    BuiltinModule {
        name: "internal/fetch",
        source: include_str!("js/fetch.js"),
        natives: no_natives,
    },
    BuiltinModule {
        name: "internal/webassembly",
        source: include_str!("js/webassembly.js"),
        natives: no_natives,
    },
    BuiltinModule {
        name: "os",
        source: include_str!("js/os.js"),
        natives: crate::machine::natives,
    },
    BuiltinModule {
        name: "internal/report",
        source: include_str!("js/report.js"),
        natives: no_natives,
    },
    BuiltinModule {
        name: "internal/comparisons",
        source: include_str!("js/comparisons.js"),
        natives: no_natives,
    },
    BuiltinModule {
        name: "assert",
        source: include_str!("js/assert.js"),
        natives: no_natives,
    },
    BuiltinModule {
        name: "internal/atomics",
        source: include_str!("js/atomics.js"),
        natives: crate::lane_natives::natives,
    },
    BuiltinModule {
        name: "worker_threads",
        source: include_str!("js/worker_threads.js"),
        natives: crate::lane_natives::natives,
    },
    BuiltinModule {
        name: "child_process",
        source: include_str!("js/child_process.js"),
        natives: crate::lane_natives::natives,
    },
    BuiltinModule {
        name: "readline",
        source: include_str!("js/readline.js"),
        natives: no_natives,
    },
    BuiltinModule {
        name: "readline/promises",
        source: "return internals.loadBuiltin('readline').promises;",
        natives: no_natives,
    },
    BuiltinModule {
        name: "internal/histogram",
        source: include_str!("js/histogram.js"),
        natives: no_natives,
    },
    BuiltinModule {
        name: "perf_hooks",
        source: include_str!("js/perf_hooks.js"),
        natives: no_natives,
    },
    BuiltinModule {
        name: "assert/strict",
        source: "return internals.loadBuiltin('assert').strict;",
        natives: no_natives,
    },
];

/// The modules evaluated at start-up, whatever the program does: each has an effect on
/// something every program can see without naming the module.
/// - `internal/process`: the rest of `process` (versions, env, stdio getters, `binding`).
/// - `internal/path_win32`: `path.win32` is a data property holding its object.
/// - `internal/console_class`: `console.Console` is a data property of the global console.
/// - `internal/intl`: `Intl` (a data property) and the `toLocaleString` family it replaces.
/// - `internal/call_sites`: Node's own `Error.prepareStackTrace`.
/// - `internal/event_target`: `Event`, `EventTarget`, `CustomEvent` are data properties.
/// - `internal/url` (the WHATWG part of `node:url`): `URL` and `URLSearchParams` are data
///   properties.
/// - `internal/webassembly`: `WebAssembly` is a data property.
/// - `internal/atomics`: it replaces `Atomics.wait`/`notify`/`waitAsync`.
const EAGER: &[&str] = &[
    "internal/process",
    "internal/path_win32",
    "internal/console_class",
    "internal/intl",
    "internal/call_sites",
    "internal/event_target",
    "internal/url",
    "internal/webassembly",
    "internal/atomics",
];

/// Modules that complete another one's exports as they load (`fs_fd.js` and `fs_more.js` add
/// their functions to `fs` and `fs.promises`): they load right after it.
const COMPANIONS: &[(&str, &[&str])] = &[("fs", &["internal/fs/fd", "internal/fs/more"])];

/// Which modules of `BUILTIN_MODULES` have been evaluated in this context (or are being
/// evaluated: a module is marked before its body runs, so a cycle ends instead of recursing).
struct Loaded(RefCell<Vec<bool>>);

/// The natives of a built-in module that needs none: an empty object.
fn no_natives(context: &mut Context) -> JsObject {
    JsObject::with_object_proto(context.intrinsics())
}

/// Register every module with the prelude (the lazy ones as names to load at first use), then
/// evaluate the eager ones in table order. A child process also loads `child_process` at once
/// (its side of the IPC channel, `process.send`, and the parent's pipe as `process.stdin` are
/// set up as that module loads), a worker `worker_threads` (its `parentPort` listens then).
pub fn install(context: &mut Context) -> JsResult<()> {
    context.insert_data(Loaded(RefCell::new(vec![false; BUILTIN_MODULES.len()])));
    for module in BUILTIN_MODULES {
        call_hook(
            context,
            "registerLazyBuiltin",
            &[JsString::from(module.name).into()],
        )?;
    }
    let (child, worker) = {
        let host = Host::of(context);
        let worker = host.setup.worker.is_some();
        (host.lane != 0 && !worker, worker)
    };
    for (index, module) in BUILTIN_MODULES.iter().enumerate() {
        let lane_side = match module.name {
            "child_process" => child,
            "worker_threads" => worker,
            _ => false,
        };
        if EAGER.contains(&module.name) || lane_side {
            load(context, index)?;
        }
    }
    // The modules replaced some engine built-ins (Intl, toLocaleString, Atomics.wait): they
    // print as V8's native functions, not with looplab's source.
    call_hook(context, "markEngineBuiltins", &[])?;
    Ok(())
}

/// `native.loadBuiltinModule(name)`: evaluate a module not loaded yet (the prelude's
/// `loadBuiltin`, and its getters on `internals`, call it at a module's first use). Returns
/// whether `name` is one of these modules.
pub fn load_native(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let name = args
        .first()
        .and_then(JsValue::as_string)
        .map(|s| s.to_std_string_escaped())
        .unwrap_or_default();
    let Some(index) = BUILTIN_MODULES.iter().position(|m| m.name == name) else {
        return Ok(false.into());
    };
    load(context, index)?;
    Ok(true.into())
}

/// Evaluate one module (once per context) and hand its exports to the prelude's registry.
fn load(context: &mut Context, index: usize) -> JsResult<()> {
    {
        let Some(loaded) = context.get_data::<Loaded>() else {
            return Ok(());
        };
        let mut loaded = loaded.0.borrow_mut();
        if loaded[index] {
            return Ok(());
        }
        loaded[index] = true;
    }
    let module = &BUILTIN_MODULES[index];
    let internals =
        crate::runtime::prelude_hooks(context)?.get(js_string!("internals"), context)?;
    let wrapped = format!(
        "(function (native, internals, global) {{\n{}\n}})",
        module.source
    );
    let path = format!("node:{}", module.name);
    let source = Source::from_bytes(wrapped.as_bytes()).with_path(std::path::Path::new(&path));
    let factory = context.eval(source)?;
    let natives = (module.natives)(context);
    let global = context.global_object();
    let exports = factory
        .as_callable()
        .ok_or_else(|| {
            boa_engine::JsNativeError::typ().with_message("builtin module is not a function")
        })?
        .call(
            &JsValue::undefined(),
            &[natives.into(), internals, global.into()],
            context,
        )?;
    call_hook(
        context,
        "registerBuiltin",
        &[JsString::from(module.name).into(), exports],
    )?;
    let companions = COMPANIONS
        .iter()
        .find(|(name, _)| *name == module.name)
        .map_or(&[][..], |(_, companions)| companions);
    for companion in companions {
        if let Some(index) = BUILTIN_MODULES.iter().position(|m| m.name == *companion) {
            load(context, index)?;
        }
    }
    Ok(())
}
