//! Node's own frames under a callback one of its modules calls (`FSReqCallback.oncomplete
//! (node:fs:187:23)`), for the functions of looplab's built-in modules that stand for them.
//!
//! A stack made in an fs callback shows, below the callback's frame, the function Node's
//! `lib/` wrapped the callback in and the request's `oncomplete` that called it. looplab's
//! built-in modules call such a callback through a small function named for that place
//! (`src/js/fs.js`'s `makeCallbackArrow`); `stack.rs` prints its frames from this table. The
//! lines and columns are Node 20.20.2's, read from its stacks.

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

/// The functions of the fs modules (`node:fs`, `node:internal/fs/*`), by name.
fn fs_frames(function: &str) -> Option<BuiltinFrames> {
    Some(match function {
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

/// The frames of the built-in function `function` of the module at `path` (`node:fs`), if it
/// stands for some of Node's.
pub fn frames_of(path: &str, function: &str) -> Option<BuiltinFrames> {
    match path {
        "node:fs" | "node:internal/fs/fd" | "node:internal/fs/more" => fs_frames(function),
        "node:crypto" | "node:internal/crypto/kdf" => crypto_frames(function),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_fs_callback_wrapper_stands_for_node_frames_only_in_the_fs_modules() {
        assert_eq!(
            frames_of("node:fs", "makeCallbackArrow").map(|f| f.lines),
            Some(&[MAKE_CALLBACK][..])
        );
        assert_eq!(frames_of("node:stream", "makeCallbackArrow"), None);
        assert_eq!(frames_of("node:fs", "poolOperation"), None);
    }
}
