//! looplab: Node 20's event loop, modelled in Rust on the Boa engine.
//!
//! `runtime::run` runs a program and returns a `report::RunReport`; see ARCHITECTURE.md for
//! the map of modules and the invariants they keep.

pub mod async_context;
pub mod async_frames;
pub mod atomics;
pub mod bindings;
pub mod buffer;
pub mod buffer_natives;
pub mod builtin_frames;
pub mod capture;
pub mod cjs_lexer;
pub mod clock;
pub mod closing;
pub mod crypto;
pub mod data_url;
pub mod drain_site;
pub mod engine_slots;
pub mod esm_interop;
pub mod esm_link_errors;
pub mod event_loop;
pub mod fatal;
pub mod fd;
pub mod fn_source;
pub mod frame_names;
pub mod fs;
pub mod guards;
pub mod host;
pub mod html_loop;
pub mod inspect;
pub mod instrument;
pub mod intl;
pub mod io;
pub mod js_tokens;
pub mod json_errors;
pub mod lane_natives;
pub mod lanes;
pub mod learn;
pub mod limits;
pub mod loop_view;
pub mod machine;
pub mod main_lane;
pub mod microtasks;
pub mod module_format;
pub mod modules;
pub mod node20_builtins;
pub mod own_stack;
pub mod proxy_traps;
pub mod report;
pub mod runtime;
pub mod schedule;
pub mod shell;
pub mod stack;
pub mod timer_clock;
pub mod timers;
pub mod url_natives;
pub mod v8_access;
pub mod v8_builtins;
pub mod v8_date;
pub mod v8_early;
pub mod v8_key_order;
pub mod v8_messages;
pub mod v8_parse_int;
pub mod v8_position;
pub mod v8_syntax;
pub mod v8_to_precision;
pub mod vfs;
pub mod vm_natives;
#[cfg(all(target_arch = "wasm32", feature = "web"))]
pub mod web;
pub mod zlib_compat;
pub mod zlib_natives;

pub use limits::Limits;
pub use report::{RunReport, Stream};
pub use runtime::{EntryKind, RunOptions, all_orderings, run, run_once, run_with_snapshots};
