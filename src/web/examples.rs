//! The examples menu: curated snippets from `examples/playground/`, each checked against the
//! output real `node` printed (`tests/playground_examples.rs`).

use crate::web::protocol::Mode;

/// One entry of the menu.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Example {
    pub id: &'static str,
    pub title: &'static str,
    pub mode: Mode,
    pub code: &'static str,
}

macro_rules! example {
    ($id:literal, $title:literal, $mode:expr, $file:literal) => {
        Example {
            id: $id,
            title: $title,
            mode: $mode,
            code: include_str!(concat!("../../examples/playground/", $file)),
        }
    };
}

/// Every example, in menu order. The first is the one a new visitor sees.
pub const EXAMPLES: &[Example] = &[
    example!(
        "classic",
        "Timeout, immediate, nextTick, promise",
        Mode::CommonJs,
        "01_classic.js"
    ),
    example!(
        "nexttick-vs-promise",
        "nextTick versus promises",
        Mode::CommonJs,
        "02_nexttick_vs_promise.js"
    ),
    example!(
        "async-await",
        "async/await ordering",
        Mode::CommonJs,
        "03_async_await.js"
    ),
    example!(
        "immediate-inside-timer",
        "Timeout versus immediate inside a callback",
        Mode::CommonJs,
        "04_immediate_inside_timer.js"
    ),
    example!(
        "nexttick-starvation",
        "Starvation by recursive nextTick",
        Mode::CommonJs,
        "05_nexttick_starvation.js"
    ),
    example!(
        "unhandled-rejection",
        "An unhandled rejection",
        Mode::CommonJs,
        "06_unhandled_rejection.js"
    ),
    example!(
        "esm-vs-commonjs",
        "ES module versus CommonJS",
        Mode::Esm,
        "07_esm_vs_commonjs.mjs"
    ),
    example!(
        "top-level-await",
        "Top-level await",
        Mode::Esm,
        "08_top_level_await.mjs"
    ),
    example!(
        "set-interval",
        "setInterval and clearInterval",
        Mode::CommonJs,
        "09_set_interval.js"
    ),
    example!(
        "ticks-and-microtasks",
        "Ticks and microtasks queued from each other",
        Mode::CommonJs,
        "10_ticks_and_microtasks_interleave.js"
    ),
    example!(
        "promise-chains",
        "Two promise chains interleave",
        Mode::CommonJs,
        "11_promise_chains_interleave.js"
    ),
    example!(
        "queue-microtask",
        "queueMicrotask",
        Mode::CommonJs,
        "12_queue_microtask.js"
    ),
    example!(
        "timer-order",
        "Timers by expiry time",
        Mode::CommonJs,
        "13_timer_order.js"
    ),
    example!(
        "before-exit",
        "beforeExit and exit",
        Mode::CommonJs,
        "14_before_exit.js"
    ),
    example!(
        "uncaught-exception",
        "uncaughtException keeps the loop going",
        Mode::CommonJs,
        "15_uncaught_exception.js"
    ),
    example!(
        "nested-immediates",
        "Immediates queued from immediates",
        Mode::CommonJs,
        "16_nested_immediates.js"
    ),
    example!(
        "unref-timer",
        "An unref'd timer",
        Mode::CommonJs,
        "17_unref_timer.js"
    ),
    example!(
        "async-loops",
        "Two async loops take turns",
        Mode::CommonJs,
        "18_async_loops_alternate.js"
    ),
    example!(
        "io-callback",
        "Timeout versus immediate in an I/O callback",
        Mode::CommonJs,
        "19_io_callback.js"
    ),
    example!(
        "buffer-tour",
        "A Buffer tour",
        Mode::CommonJs,
        "20_buffer_tour.js"
    ),
    example!(
        "read-stream",
        "A read stream over bigfile.txt",
        Mode::CommonJs,
        "21_read_stream.js"
    ),
];

/// The example with this id.
pub fn by_id(id: &str) -> Option<&'static Example> {
    EXAMPLES.iter().find(|e| e.id == id)
}
