//! Node's frames between a web stream's machinery and the learner's source or sink method
//! (`pull`, `cancel`, `write`, `close`, `transform`): lib/internal/webstreams/util.js wraps each
//! in `createPromiseCallback`, which `invokePromiseCallback` calls, and readablestream.js,
//! writablestream.js and transformstream.js reach it from a reader's `read`/`cancel`, a
//! writer's `write`/`close`, or the reaction to `start` settling. `src/js/webstreams/*.js`
//! keeps Node's function names on these paths (and names the reactions: `pullAfterStart`,
//! `advanceAfterStart`, ...), so a frame is picked by its function and the frame it called.

/// Boa's name for a class method's frame (and any nameless function's): a row for one is picked
/// by the function it called, where only one method of Node's calls that function. (The
/// methods that share a callee with a nameless function, `ReadableStream.cancel` with pipeTo's
/// shutdown actions, `WritableStreamDefaultWriter.write` with pipeTo's chunk steps, are left
/// out: their frames are missing from the stack rather than wrong.)
const METHOD: &str = "<main>";
/// The wrapper as a method of the controller's state (pull, cancel, abort, transform, flush).
const CALLBACK_METHOD: &str = " Object.<anonymous> (node:internal/webstreams/util:186:23)";
/// The wrapper as a plain function (a sink's write and close).
const CALLBACK_PLAIN: &str = "    at node:internal/webstreams/util:186:23";

/// Node's frame lines for `function` of the looplab module at `path`, given the line of the frame
/// it called (`inner`).
pub fn algorithm_frames(
    path: &str,
    function: &str,
    inner: Option<&str>,
) -> Option<&'static [&'static str]> {
    let called = |name: &str| inner.is_some_and(|l| l.contains(name));
    let module = path.strip_prefix("node:internal/webstreams/")?;
    Some(match (module, function) {
        ("util", "invokePromiseCallback") if inner.is_some() => {
            &["    at invokePromiseCallback (node:internal/webstreams/util:181:10)"]
        }
        ("util", "promiseCallbackMethod") if called(" invokePromiseCallback (") => {
            &["    at Object.<anonymous> (node:internal/webstreams/util:186:23)"]
        }
        ("util", "promiseCallback") if called(" invokePromiseCallback (") => &[CALLBACK_PLAIN],

        // A readable stream's pull: after start, after a pull that asked for another, or from
        // a read (Node's PullSteps calls it at 2421 with chunks queued, at 2427 without: the
        // empty queue is the path that waits for a pull).
        ("readable", "readableStreamDefaultControllerCallPullIfNeeded")
            if called(CALLBACK_METHOD) =>
        {
            &[
                "    at readableStreamDefaultControllerCallPullIfNeeded (node:internal/webstreams/readablestream:2375:24)",
            ]
        }
        ("readable", "pullAfterStart")
            if called(" readableStreamDefaultControllerCallPullIfNeeded (") =>
        {
            &["    at node:internal/webstreams/readablestream:2463:7"]
        }
        ("readable", "pullAgainAfterPull")
            if called(" readableStreamDefaultControllerCallPullIfNeeded (") =>
        {
            &["    at node:internal/webstreams/readablestream:2380:9"]
        }
        ("readable", "readableStreamDefaultControllerPullSteps")
            if called(" readableStreamDefaultControllerCallPullIfNeeded (") =>
        {
            &[
                "    at readableStreamDefaultControllerPullSteps (node:internal/webstreams/readablestream:2427:3)",
            ]
        }
        ("readable", METHOD) if called(" readableStreamDefaultControllerPullSteps (") => {
            &["    at [kPull] (node:internal/webstreams/readablestream:1086:5)"]
        }
        ("readable", "readableStreamDefaultReaderRead") if called(" [kPull] (") => &[
            "    at readableStreamDefaultReaderRead (node:internal/webstreams/readablestream:2260:39)",
        ],
        ("readable", METHOD) if called(" readableStreamDefaultReaderRead (") => &[
            "    at ReadableStreamDefaultReader.read (node:internal/webstreams/readablestream:857:5)",
        ],

        // A readable stream's cancel, from the stream or its default reader.
        ("readable", "readableStreamDefaultControllerCancelSteps") if called(CALLBACK_METHOD) => &[
            "    at readableStreamDefaultControllerCancelSteps (node:internal/webstreams/readablestream:2405:37)",
        ],
        ("readable", "readableByteStreamControllerCancelSteps") if called(CALLBACK_METHOD) => &[
            "    at readableByteStreamControllerCancelSteps (node:internal/webstreams/readablestream:3146:37)",
        ],
        ("readable", METHOD) if called(" readableStreamDefaultControllerCancelSteps (") => {
            &["    at [kCancel] (node:internal/webstreams/readablestream:1082:12)"]
        }
        ("readable", METHOD) if called(" readableByteStreamControllerCancelSteps (") => {
            &["    at [kCancel] (node:internal/webstreams/readablestream:1190:12)"]
        }
        ("readable", "readableStreamCancel") if called(" [kCancel] (") => {
            &["    at readableStreamCancel (node:internal/webstreams/readablestream:2009:39)"]
        }
        ("readable", "readableStreamReaderGenericCancel") if called(" readableStreamCancel (") => {
            &[
                "    at readableStreamReaderGenericCancel (node:internal/webstreams/readablestream:2146:10)",
            ]
        }

        // A writable stream's write and close: after start, or from a writer or the stream.
        ("writable", "writableStreamDefaultControllerProcessWrite") if inner.is_some() => &[
            "    at writableStreamDefaultControllerProcessWrite (node:internal/webstreams/writablestream:1120:5)",
        ],
        ("writable", "writableStreamDefaultControllerProcessClose") if called(CALLBACK_PLAIN) => &[
            "    at writableStreamDefaultControllerProcessClose (node:internal/webstreams/writablestream:1153:28)",
        ],
        ("writable", "writableStreamDefaultControllerAdvanceQueueIfNeeded")
            if called(" writableStreamDefaultControllerProcessWrite (") =>
        {
            &[
                "    at writableStreamDefaultControllerAdvanceQueueIfNeeded (node:internal/webstreams/writablestream:1244:5)",
            ]
        }
        ("writable", "writableStreamDefaultControllerAdvanceQueueIfNeeded")
            if called(" writableStreamDefaultControllerProcessClose (") =>
        {
            &[
                "    at writableStreamDefaultControllerAdvanceQueueIfNeeded (node:internal/webstreams/writablestream:1242:5)",
            ]
        }
        ("writable", "advanceAfterStart")
            if called(" writableStreamDefaultControllerAdvanceQueueIfNeeded (") =>
        {
            &["    at node:internal/webstreams/writablestream:1318:7"]
        }
        ("writable", "writableStreamDefaultControllerWrite")
            if called(" writableStreamDefaultControllerAdvanceQueueIfNeeded (") =>
        {
            &[
                "    at writableStreamDefaultControllerWrite (node:internal/webstreams/writablestream:1109:3)",
            ]
        }
        ("writable", "writableStreamDefaultWriterWrite")
            if called(" writableStreamDefaultControllerWrite (") =>
        {
            &[
                "    at writableStreamDefaultWriterWrite (node:internal/webstreams/writablestream:999:3)",
            ]
        }
        ("writable", "writableStreamDefaultControllerClose")
            if called(" writableStreamDefaultControllerAdvanceQueueIfNeeded (") =>
        {
            &[
                "    at writableStreamDefaultControllerClose (node:internal/webstreams/writablestream:1209:3)",
            ]
        }
        ("writable", "writableStreamClose")
            if called(" writableStreamDefaultControllerClose (") =>
        {
            &["    at writableStreamClose (node:internal/webstreams/writablestream:713:3)"]
        }
        ("writable", "writableStreamDefaultWriterClose") if called(" writableStreamClose (") => &[
            "    at writableStreamDefaultWriterClose (node:internal/webstreams/writablestream:1082:10)",
        ],
        ("writable", METHOD) if called(" writableStreamDefaultWriterClose (") => &[
            "    at WritableStreamDefaultWriter.close (node:internal/webstreams/writablestream:409:12)",
        ],
        ("writable", METHOD) if called(" writableStreamClose (") => {
            &["    at WritableStream.close (node:internal/webstreams/writablestream:227:12)"]
        }

        // A transform stream's transform, as its writable side's write algorithm.
        ("transform", "transformStreamDefaultControllerPerformTransform")
            if called(CALLBACK_METHOD) =>
        {
            &[
                "    at transformStreamDefaultControllerPerformTransform (node:internal/webstreams/transformstream:519:37)",
            ]
        }
        ("transform", "performAfterBackpressure")
            if called(" transformStreamDefaultControllerPerformTransform (") =>
        {
            &["    at node:internal/webstreams/transformstream:560:16"]
        }
        ("transform", "transformStreamDefaultSinkWriteAlgorithm")
            if called(" transformStreamDefaultControllerPerformTransform (") =>
        {
            &[
                "    at transformStreamDefaultSinkWriteAlgorithm (node:internal/webstreams/transformstream:565:10)",
            ]
        }
        ("transform", "sinkWriteAlgorithm")
            if called(" transformStreamDefaultSinkWriteAlgorithm (") =>
        {
            &["    at node:internal/webstreams/transformstream:370:16"]
        }
        _ => return None,
    })
}
