//! Node's own frames under a callback one of its modules calls (`FSReqCallback.oncomplete
//! (node:fs:187:23)`), for the functions of looplab's built-in modules that stand for them.
//!
//! A stack made in an fs callback shows, below the callback's frame, the function Node's
//! `lib/` wrapped the callback in and the request's `oncomplete` that called it. looplab's
//! built-in modules call such a callback through a small function named for that place
//! (`src/js/fs.js`'s `makeCallbackArrow`); `stack.rs` prints its frames from this table. The
//! lines and columns are Node 20.20.2's, read from its stacks. A function with several calls
//! that reach the user's code (`emitErrorCloseNT` emits 'error', then 'close') is told apart
//! by the frame it called, and one whose running call Node shows no frame for has none here.

pub mod buffer;
mod webstreams;

/// In a frame line, the type of the emitter whose `emit` called the function (a listener of
/// Node's own, named by V8 for its receiver: `ReadStream.ondata`).
pub const EMITTER: &str = "{emitter}";

/// In a frame line (or as a callee's receiver), the type of the EventTarget being dispatched
/// (`MyTarget.dispatchEvent`), which a subclass names.
pub const TARGET: &str = "{target}";

/// The frames one built-in function stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BuiltinFrames {
    /// Node's frame lines, innermost first.
    pub lines: &'static [&'static str],
    /// How V8 names the function this one calls when Node calls it as a method: the
    /// receiver's type and the property (`ReadFileContext.callback`).
    pub callee_receiver: Option<(&'static str, &'static str)>,
}

const fn plain(lines: &'static [&'static str]) -> BuiltinFrames {
    BuiltinFrames {
        lines,
        callee_receiver: None,
    }
}

const MAKE_CALLBACK: &str = "    at FSReqCallback.oncomplete (node:fs:187:23)";

/// The functions of `node:util`. callbackify's rejection handler runs on a tick; the error it
/// makes for a falsy reason hides its own frame (`ErrorCaptureStackTrace(reason,
/// callbackifyOnRejected)`), leaving the tick's.
fn util_frames(function: &str, inner: Option<&str>) -> Option<BuiltinFrames> {
    Some(match function {
        "callbackifyOnRejected" if inner.is_none() => plain(&[]),
        "callbackifyOnRejected" => plain(&["    at callbackifyOnRejected (node:util:371:10)"]),
        _ => return None,
    })
}

/// The functions of the fs modules (`node:fs`, `node:internal/fs/*`), by name.
fn fs_frames(function: &str, inner: Option<&str>) -> Option<BuiltinFrames> {
    Some(match function {
        // A ReadStream's read callback pushes the bytes read (lib/internal/fs/streams.js).
        "readStreamAfterRead" if inner.is_some_and(|l| l.contains(" Readable.push (")) => {
            plain(&["    at node:internal/fs/streams:289:14"])
        }
        // lib/fs.js makeCallback: `(...args) => ReflectApply(cb, this, args)` as oncomplete.
        "makeCallbackArrow" => plain(&[MAKE_CALLBACK]),
        // makeStatsCallback's arrow: `if (err) return cb(err); cb(err, getStatsFromBinding(stats))`.
        // The same arrow called as a plain function (cp's callbackify calls it on a tick).
        "makeCallbackArrowCalled" => plain(&["    at node:fs:187:23"]),
        "statsCallbackDone" => plain(&["    at FSReqCallback.oncomplete (node:fs:198:5)"]),
        "statsCallbackFailed" => plain(&["    at FSReqCallback.oncomplete (node:fs:197:21)"]),
        // readFile: a failed open calls `context.callback(err)` from readFileAfterOpen; the
        // rest calls back from lib/internal/fs/read/context.js readFileAfterClose.
        "readFileAfterOpenFailed" => BuiltinFrames {
            lines: &["    at FSReqCallback.readFileAfterOpen [as oncomplete] (node:fs:299:13)"],
            callee_receiver: Some(("ReadFileContext", "callback")),
        },
        "readFileAfterCloseDone" => plain(&[
            "    at FSReqCallback.readFileAfterClose [as oncomplete] (node:internal/fs/read/context:68:3)",
        ]),
        "readFileAfterCloseFailed" => plain(&[
            "    at FSReqCallback.readFileAfterClose [as oncomplete] (node:internal/fs/read/context:52:12)",
        ]),
        // readFile of a user's descriptor: ReadFileContext calls back on a tick, through
        // `ReflectApply(readFileAfterClose, { context }, [null])`.
        "readFileContextTick" => plain(&["    at tick (node:internal/fs/read/context:115:9)"]),
        "readFileAfterCloseCalled" => {
            plain(&["    at Object.readFileAfterClose (node:internal/fs/read/context:68:3)"])
        }
        // writeFile of a user's descriptor: writeAll's write callback.
        "writeAllDone" => plain(&["    at node:fs:2265:11"]),
        // realpath (the JavaScript one) calls back from LOOP, which runs on a tick.
        "LOOP" => plain(&["    at LOOP (node:fs:2867:14)"]),
        // writeFile (and appendFile) open the file with a callback of their own.
        "writeFileOpenFailed" => plain(&["    at node:fs:2339:7", MAKE_CALLBACK]),
        // exists calls access with `suppressedCallback`, made by makeCallback.
        "suppressedCallback" => plain(&["    at suppressedCallback (node:fs:257:5)"]),
        // readdir with file types makes the Dirents in its own oncomplete.
        "readdirWithTypesDone" => plain(&[
            "    at node:fs:187:23",
            "    at node:internal/util:527:20",
            "    at getDirents (node:internal/fs/utils:281:7)",
            "    at req.oncomplete (node:fs:1493:7)",
        ]),
        "readdirWithTypesFailed" => plain(&[
            "    at node:fs:187:23",
            "    at req.oncomplete (node:fs:1490:9)",
        ]),
        // rm: its lstat callback refuses (a failed lstat, a directory without `recursive`),
        // else lib/internal/fs/rimraf.js calls back through its CB.
        "rmLstatFailed" => plain(&[
            "    at node:fs:1239:14",
            "    at node:internal/fs/utils:788:14",
            "    at FSReqCallback.oncomplete (node:fs:197:21)",
        ]),
        "rmNotRecursive" => plain(&[
            "    at node:fs:1239:14",
            "    at node:internal/fs/utils:804:14",
            "    at FSReqCallback.oncomplete (node:fs:198:5)",
        ]),
        "rimrafDone" => plain(&[
            "    at CB (node:internal/fs/rimraf:60:5)",
            "    at node:internal/fs/rimraf:91:14",
            MAKE_CALLBACK,
        ]),
        "rimrafEmptyDirectoryDone" => plain(&[
            "    at CB (node:internal/fs/rimraf:60:5)",
            "    at node:internal/fs/rimraf:124:5",
            MAKE_CALLBACK,
        ]),
        "rimrafDirectoryDone" => {
            plain(&["    at CB (node:internal/fs/rimraf:60:5)", MAKE_CALLBACK])
        }
        "rimrafMissingForced" => plain(&[
            "    at CB (node:internal/fs/rimraf:60:5)",
            "    at node:internal/fs/rimraf:71:16",
            "    at FSReqCallback.oncomplete (node:fs:197:21)",
        ]),
        // read's and write's `wrapper(err, bytes)`.
        "readWrapper" => plain(&["    at FSReqCallback.wrapper [as oncomplete] (node:fs:682:5)"]),
        "writeWrapper" => plain(&["    at FSReqCallback.wrapper [as oncomplete] (node:fs:824:5)"]),
        // truncate calls back from its ftruncate's oncomplete (under makeCallbackArrow).
        "truncateOncomplete" => plain(&["    at node:fs:1065:9"]),
        "opendirCallback" => plain(&[
            "    at FSReqCallback.opendirCallback [as oncomplete] (node:internal/fs/dir:309:7)",
        ]),
        _ => return None,
    })
}

/// The crypto jobs' `ondone`s (`src/js/crypto.js`, `src/js/crypto/kdf.js`): Node calls the
/// callback with `this` the job (`PBKDF2Job.<anonymous>`).
fn crypto_frames(function: &str) -> Option<BuiltinFrames> {
    let (lines, job): (&'static [&'static str], &'static str) = match function {
        "randomBytesJobDone" => (
            &[
                "    at RandomBytesJob.<anonymous> (node:internal/crypto/random:113:5)",
                "    at RandomBytesJob.onJobDone (node:internal/crypto/random:308:3)",
            ],
            "RandomBytesJob",
        ),
        "randomFillJobDone" => (
            &["    at RandomBytesJob.onJobDone (node:internal/crypto/random:308:3)"],
            "RandomBytesJob",
        ),
        "pbkdf2JobDone" => (
            &["    at job.ondone (node:internal/crypto/pbkdf2:56:12)"],
            "PBKDF2Job",
        ),
        "scryptJobDone" => (
            &["    at job.ondone (node:internal/crypto/scrypt:59:12)"],
            "ScryptJob",
        ),
        "hkdfJobDone" => (
            &["    at job.ondone (node:internal/crypto/hkdf:117:5)"],
            "HKDFJob",
        ),
        _ => return None,
    };
    Some(BuiltinFrames {
        lines,
        callee_receiver: Some((job, "")),
    })
}

/// The ticks Node's streams queue (lib/internal/streams/destroy.js), which
/// `src/js/stream/internals.js` writes under the same names, and its `once`; `inner` is the
/// frame each called.
fn stream_core_frames(function: &str, inner: Option<&str>) -> Option<BuiltinFrames> {
    Some(plain(match function {
        "emitErrorNT" => &["    at emitErrorNT (node:internal/streams/destroy:169:8)"],
        "emitCloseNT" => &["    at emitCloseNT (node:internal/streams/destroy:147:10)"],
        // It emits 'error' (emitErrorNT), then 'close' (emitCloseNT) on the next line.
        "emitErrorCloseNT" if inner.is_some_and(|l| l.contains(" emitCloseNT ")) => {
            &["    at emitErrorCloseNT (node:internal/streams/destroy:129:3)"]
        }
        "emitErrorCloseNT" => &["    at emitErrorCloseNT (node:internal/streams/destroy:128:3)"],
        // lib/internal/util.js `once` (an anonymous function), which wraps the callbacks of
        // `pipeline` and `finished`.
        "onceWrapper" => &["    at node:internal/util:527:20"],
        _ => return None,
    }))
}

/// Whether the frame a function called is an `emit` (`Readable.emit (node:events:524:28)`).
fn called_emit(inner: Option<&str>) -> bool {
    inner.is_some_and(|l| l.contains(".emit (node:events:"))
}

/// lib/internal/streams/readable.js, as `src/js/stream/readable.js` names its functions: the
/// path from `push()` or a tick to the `emit` of 'data', 'end' or 'readable'. Only the call
/// that emits has a frame: another call (to `_read`, say) is on another line of Node's.
fn readable_frames(function: &str, inner: Option<&str>) -> Option<BuiltinFrames> {
    let emitted = called_emit(inner);
    let called = |name: &str| inner.is_some_and(|l| l.contains(name));
    // read() reaches the learner's code only through `this._read(...)` and the emit of
    // 'data': asked with no `inner` (for the callee's name), or with a frame of the learner's
    // or the default `_read`, it is at the `_read` call.
    let calls_read =
        !emitted && inner.is_none_or(|l| !l.contains("(node:") || l.contains(" Readable._read ("));
    if function == "read" && calls_read {
        return Some(BuiltinFrames {
            lines: &["    at Readable.read (node:internal/streams/readable:739:12)"],
            callee_receiver: Some(("Readable", "_read")),
        });
    }
    Some(plain(match function {
        "addChunk" if emitted => &["    at addChunk (node:internal/streams/readable:561:12)"],
        "readableAddChunkPushByteMode" if called(" addChunk (") => {
            &["    at readableAddChunkPushByteMode (node:internal/streams/readable:512:3)"]
        }
        "readableAddChunkPushObjectMode" if called(" addChunk (") => {
            &["    at readableAddChunkPushObjectMode (node:internal/streams/readable:538:3)"]
        }
        "push" if called(" readableAddChunkPushByteMode (") => {
            &["    at Readable.push (node:internal/streams/readable:392:5)"]
        }
        "push" if called(" readableAddChunkPushObjectMode (") => {
            &["    at Readable.push (node:internal/streams/readable:393:5)"]
        }
        "read" if emitted => &["    at Readable.read (node:internal/streams/readable:782:10)"],
        // The default `_read` throws ERR_METHOD_NOT_IMPLEMENTED.
        "_read" if inner.is_none() => {
            &["    at Readable._read (node:internal/streams/readable:906:9)"]
        }
        "flow" if called(" Readable.read (") => {
            &["    at flow (node:internal/streams/readable:1283:53)"]
        }
        // Its first `stream.read(0)` (when not reading already; the last one, at 1264, is
        // reached only with data flowing, and is not told apart).
        "resume_" if called(" Readable.read (") => {
            &["    at resume_ (node:internal/streams/readable:1257:12)"]
        }
        "resume_" if called(" flow (") => {
            &["    at resume_ (node:internal/streams/readable:1262:3)"]
        }
        "emitReadable_" if emitted => {
            &["    at emitReadable_ (node:internal/streams/readable:834:12)"]
        }
        "emitReadable_" if called(" flow (") => {
            &["    at emitReadable_ (node:internal/streams/readable:847:3)"]
        }
        // pipe()'s 'data' listener writes to the destination; V8 names it for the source.
        "ondata" if called(" Writable.write (node:internal/streams/writable:") => {
            &["    at {emitter}.ondata (node:internal/streams/readable:1009:22)"]
        }
        "endReadableNT" if emitted => {
            &["    at endReadableNT (node:internal/streams/readable:1698:12)"]
        }
        _ => return None,
    }))
}

/// lib/internal/streams/writable.js, as `src/js/stream/writable.js` names its functions: the
/// path from `write()` to `_write`, from `end()` to `_final`, and from a write's callback or
/// a tick to the `emit` of 'drain' or 'finish'. The stream's class is not known here: a
/// `_write` given as an option is named as a plain Writable's (`Writable.write [as _write]`).
fn writable_frames(function: &str, inner: Option<&str>) -> Option<BuiltinFrames> {
    let emitted = called_emit(inner);
    let called = |name: &str| inner.is_some_and(|l| l.contains(name));
    Some(match function {
        // It calls `stream._write(chunk, encoding, state.onwrite)` and nothing else that runs
        // the learner's code (the callee's receiver is asked with no `inner`).
        "writeOrBuffer" => BuiltinFrames {
            lines: &["    at writeOrBuffer (node:internal/streams/writable:572:12)"],
            callee_receiver: Some(("Writable", "_write")),
        },
        // Node's `_write(stream, chunk, encoding, cb)`, looplab's `writeChunk`, and the
        // errors it makes, each on its own line.
        "writeChunk" if called(" writeOrBuffer (") => {
            plain(&["    at _write (node:internal/streams/writable:501:10)"])
        }
        "writeNullValues" => plain(&["    at _write (node:internal/streams/writable:461:11)"]),
        "writeUnknownEncoding" => plain(&["    at _write (node:internal/streams/writable:468:13)"]),
        "writeInvalidChunk" => plain(&["    at _write (node:internal/streams/writable:482:13)"]),
        "writeAfterEnd" => plain(&["    at _write (node:internal/streams/writable:489:11)"]),
        "writeDestroyed" => plain(&["    at _write (node:internal/streams/writable:491:11)"]),
        "write" if called(" _write (node:internal/streams/writable:") => {
            plain(&["    at Writable.write (node:internal/streams/writable:510:10)"])
        }
        "prefinish" if !emitted => BuiltinFrames {
            lines: &["    at prefinish (node:internal/streams/writable:916:14)"],
            callee_receiver: Some(("Writable", "_final")),
        },
        "finishMaybe" if called(" prefinish (node:internal/streams/writable:") => {
            plain(&["    at finishMaybe (node:internal/streams/writable:930:5)"])
        }
        "end" if called(" _write (node:internal/streams/writable:") => {
            plain(&["    at Writable.end (node:internal/streams/writable:823:17)"])
        }
        "end" if called(" finishMaybe (") => {
            plain(&["    at Writable.end (node:internal/streams/writable:845:5)"])
        }
        "finish" if emitted => plain(&["    at finish (node:internal/streams/writable:955:10)"]),
        // The tick end() queues: `process.nextTick((stream, state) => { ... finish() })`.
        "finishIfStillDone" if called(" finish (node:internal/streams/writable:") => {
            plain(&["    at node:internal/streams/writable:936:13"])
        }
        "afterWrite" if emitted => {
            plain(&["    at afterWrite (node:internal/streams/writable:705:12)"])
        }
        "onwriteMultipleCallback" => {
            plain(&["    at onwrite (node:internal/streams/writable:619:28)"])
        }
        "onwrite" if called(" afterWrite (node:internal/streams/writable:") => {
            plain(&["    at onwrite (node:internal/streams/writable:688:7)"])
        }
        _ => return None,
    })
}

/// lib/internal/streams/transform.js, which looplab writes in `src/js/stream/duplex.js`:
/// `Transform.prototype._write` calls the learner's `_transform`.
fn transform_frames(function: &str) -> Option<BuiltinFrames> {
    Some(match function {
        "_write" => BuiltinFrames {
            lines: &["    at Transform._write (node:internal/streams/transform:171:8)"],
            callee_receiver: Some(("Transform", "_transform")),
        },
        _ => return None,
    })
}

/// lib/internal/event_target.js and abort_controller.js, as `src/js/event_target.js` names its
/// functions (Boa names no class method in a stack: `dispatchEvent` and `abort` call named
/// functions that stand for them): a listener is called from `kHybridDispatch` with the target as `this` (V8 names
/// a plain EventTarget's and an AbortSignal's type `EventTarget`: Node makes a signal as an
/// EventTarget and changes its prototype), under `dispatchEvent` and, for 'abort', the abort.
fn event_target_frames(function: &str, inner: Option<&str>) -> Option<BuiltinFrames> {
    let called = |name: &str| inner.is_some_and(|l| l.contains(name));
    Some(match function {
        "dispatch" => BuiltinFrames {
            lines: &[
                "    at [nodejs.internal.kHybridDispatch] (node:internal/event_target:831:20)",
            ],
            callee_receiver: Some((TARGET, "")),
        },
        "dispatchEventOf" if called(" [nodejs.internal.kHybridDispatch] (") => {
            plain(&["    at {target}.dispatchEvent (node:internal/event_target:766:26)"])
        }
        // An `on<event>` attribute's handler, called through Node's wrapper.
        "eventHandler" => BuiltinFrames {
            lines: &["    at {target}.eventHandler (node:internal/event_target:1115:12)"],
            callee_receiver: Some((TARGET, "")),
        },
        "abortSignal" if called(".dispatchEvent (node:internal/event_target:") => {
            plain(&["    at abortSignal (node:internal/abort_controller:370:10)"])
        }
        "abortFromController" if called(" abortSignal (") => {
            plain(&["    at AbortController.abort (node:internal/abort_controller:392:5)"])
        }
        // AbortSignal.timeout's timer.
        "abortSignalTimeout" if called(" abortSignal (") => {
            plain(&["    at Timeout._onTimeout (node:internal/abort_controller:127:7)"])
        }
        _ => return None,
    })
}

/// lib/zlib.js's convenience methods (`zlib.gzip(buffer, callback)`): the engine's listeners
/// call the callback as `this.cb(...)`, so V8 names it for the engine (`Gzip.cb`).
fn zlib_frames(function: &str, inner: Option<&str>) -> Option<BuiltinFrames> {
    let called_back = |lines| BuiltinFrames {
        lines,
        callee_receiver: Some((EMITTER, "cb")),
    };
    Some(match function {
        "zlibBufferOnData" => {
            called_back(&["    at {emitter}.zlibBufferOnData (node:zlib:141:10)"])
        }
        "zlibBufferOnError" => {
            called_back(&["    at {emitter}.zlibBufferOnError (node:zlib:146:8)"])
        }
        // Its `info` call is zlibBufferOnEndInfo's line: no frame of its own then.
        "zlibBufferOnEnd" if inner.is_some_and(|l| l.contains(".zlibBufferOnEnd (node:zlib:")) => {
            plain(&[])
        }
        "zlibBufferOnEnd" => called_back(&["    at {emitter}.zlibBufferOnEnd (node:zlib:161:10)"]),
        "zlibBufferOnEndInfo" => {
            called_back(&["    at {emitter}.zlibBufferOnEnd (node:zlib:159:10)"])
        }
        _ => return None,
    })
}

/// lib/internal/webstreams/*.js, as `src/js/webstreams/` names its functions: the path from a
/// stream's constructor to the learner's `start`, which runs at once (`Object.start` above
/// `setupReadableStreamDefaultController`). `inner` tells which call is running: only the
/// call of `start` reaches the learner's code synchronously (pull, write and transform run
/// from promise jobs).
fn webstreams_frames(path: &str, function: &str, inner: Option<&str>) -> Option<BuiltinFrames> {
    let called = |name: &str| inner.is_some_and(|l| l.contains(name));
    // `start` itself: the learner's frame, not one of Node's (`(node:` or a native's `(<`).
    let called_start = inner.is_some_and(|l| !l.contains("(node:") && !l.contains("(<"));
    Some(plain(match (path, function) {
        ("node:internal/webstreams/readable", "setupReadableStreamDefaultController")
            if called_start =>
        {
            &[
                "    at setupReadableStreamDefaultController (node:internal/webstreams/readablestream:2455:23)",
            ]
        }
        ("node:internal/webstreams/readable", "setupReadableStreamDefaultControllerFromSource")
            if called(" setupReadableStreamDefaultController (") =>
        {
            &[
                "    at setupReadableStreamDefaultControllerFromSource (node:internal/webstreams/readablestream:2487:3)",
            ]
        }
        ("node:internal/webstreams/readable", "setupReadableByteStreamController")
            if called_start =>
        {
            &[
                "    at setupReadableByteStreamController (node:internal/webstreams/readablestream:3262:23)",
            ]
        }
        ("node:internal/webstreams/readable", "setupReadableByteStreamControllerFromSource")
            if called(" setupReadableByteStreamController (") =>
        {
            &[
                "    at setupReadableByteStreamControllerFromSource (node:internal/webstreams/readablestream:3299:3)",
            ]
        }
        ("node:internal/webstreams/readable", "ReadableStream")
            if called(" setupReadableStreamDefaultControllerFromSource (") =>
        {
            &["    at new ReadableStream (node:internal/webstreams/readablestream:280:7)"]
        }
        ("node:internal/webstreams/readable", "ReadableStream")
            if called(" setupReadableByteStreamControllerFromSource (") =>
        {
            &["    at new ReadableStream (node:internal/webstreams/readablestream:273:7)"]
        }
        ("node:internal/webstreams/writable", "setupWritableStreamDefaultController")
            if called_start =>
        {
            &[
                "    at setupWritableStreamDefaultController (node:internal/webstreams/writablestream:1310:23)",
            ]
        }
        ("node:internal/webstreams/writable", "setupWritableStreamDefaultControllerFromSink")
            if called(" setupWritableStreamDefaultController (") =>
        {
            &[
                "    at setupWritableStreamDefaultControllerFromSink (node:internal/webstreams/writablestream:1269:3)",
            ]
        }
        ("node:internal/webstreams/writable", "WritableStream")
            if called(" setupWritableStreamDefaultControllerFromSink (") =>
        {
            &["    at new WritableStream (node:internal/webstreams/writablestream:179:5)"]
        }
        ("node:internal/webstreams/transform", "TransformStream") if called_start => {
            &["    at new TransformStream (node:internal/webstreams/transformstream:177:9)"]
        }
        _ => return None,
    }))
}

/// The frames of the built-in function `function` of the module at `path` (`node:fs`), if it
/// stands for some of Node's; `inner` is the frame line it called (already in Node's words),
/// for a function whose frame depends on which of its calls is running.
pub fn frames_of(path: &str, function: &str, inner: Option<&str>) -> Option<BuiltinFrames> {
    match path {
        "node:fs" | "node:internal/fs/fd" | "node:internal/fs/more" => fs_frames(function, inner),
        "node:crypto" | "node:internal/crypto/kdf" => crypto_frames(function),
        "node:internal/streams/core" => stream_core_frames(function, inner),
        "node:internal/streams/readable" => readable_frames(function, inner),
        "node:internal/streams/writable" => writable_frames(function, inner),
        "node:internal/streams/duplex" => transform_frames(function),
        "node:internal/event_target" => event_target_frames(function, inner),
        "node:util" => util_frames(function, inner),
        "node:zlib" => zlib_frames(function, inner),
        _ if path.starts_with("node:internal/webstreams/") => {
            webstreams_frames(path, function, inner)
                .or_else(|| webstreams::algorithm_frames(path, function, inner).map(plain))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_fs_callback_wrapper_stands_for_node_frames_only_in_the_fs_modules() {
        assert_eq!(
            frames_of("node:fs", "makeCallbackArrow", None).map(|f| f.lines),
            Some(&[MAKE_CALLBACK][..])
        );
        assert_eq!(frames_of("node:stream", "makeCallbackArrow", None), None);
        assert_eq!(frames_of("node:fs", "poolOperation", None), None);
    }

    #[test]
    fn a_function_with_several_calls_shows_the_line_of_the_one_running() {
        let lines = |function, inner| {
            frames_of("node:internal/streams/core", function, inner).map(|f| f.lines[0])
        };
        assert_eq!(
            lines(
                "emitErrorCloseNT",
                Some("    at emitCloseNT (node:internal/streams/destroy:147:10)")
            ),
            Some("    at emitErrorCloseNT (node:internal/streams/destroy:129:3)")
        );
        assert_eq!(
            lines(
                "emitErrorCloseNT",
                Some("    at emitErrorNT (node:internal/streams/destroy:169:8)")
            ),
            Some("    at emitErrorCloseNT (node:internal/streams/destroy:128:3)")
        );
        let read =
            |inner| frames_of("node:internal/streams/readable", "read", inner).map(|f| f.lines[0]);
        assert_eq!(
            read(Some("    at ReadStream.emit (node:events:524:28)")),
            Some("    at Readable.read (node:internal/streams/readable:782:10)")
        );
        // The learner's `_read`, called from read() itself.
        assert_eq!(
            read(Some("    at Readable._read (/app/main.js:3:5)")),
            Some("    at Readable.read (node:internal/streams/readable:739:12)")
        );
        assert_eq!(
            read(Some("    at flow (node:internal/streams/readable:1283:53)")),
            None
        );
    }
}
