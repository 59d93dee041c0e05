//! Node 20's `util.inspect` / `util.format` text formatting, as a pure function of a captured value graph.
//!
//! The runtime walks engine objects and builds a [`Graph`] (see `value.rs` for
//! what each kind must carry), then calls [`inspect`] with [`InspectOptions`].
//! Nothing here touches the JS engine: only `std` and `ryu-js`.
//!
//! The algorithm follows `lib/internal/util/inspect.js` of Node v20 rule by
//! rule (`formatValue`, `formatRaw`, `reduceToSingleString`,
//! `groupArrayElements`, `formatError`, …); comments name the Node function.
//!
//! Known differences from Node: string display width uses Node's non-ICU
//! tables; error stacks are not colored per frame with `colors: true`;
//! stack overflow is emulated at [`MAX_NESTING`] nested objects. A `sorted`
//! comparator is JavaScript, so the caller sorts with it (`inspect_collecting`).
//!
//! ## Capture contract, in short
//! * Along one path from the root, one JS object = one [`NodeId`], so cycles
//!   print `[Circular *1]`; an object captured again at another place carries
//!   [`Object::identity`] (its first node), so `<ref *1>` is numbered per object.
//! * Objects at nesting level `depth + 1` (root = 0) still need their kind,
//!   constructor, sizes and property keys (primitive values suffice), since
//!   Node decides `[Object]` vs `{}` on the key count; their object-valued
//!   children may be [`Node::NotCaptured`].
//! * Only `max_array_length` entries of arrays/maps/sets are needed (arrays:
//!   see [`ObjectKind::Array`]).
//! * `[util.inspect.custom]` is called by the runtime while capturing (with
//!   `depth - level` and the options); its result goes in [`Node::Custom`].

mod console;
mod format;
mod formatter;
mod layout;
mod number;
mod options;
mod strings;
mod value;

#[cfg(test)]
mod tests;

pub use console::{assertion_message, indent_for_group, render_table};
pub use format::{FormatArg, FormatHost, JsonResult, format};
pub use formatter::{DEEP_STACK_BYTES, INLINE_NESTING, MAX_NESTING, MAX_STEPS};
pub use number::{date_to_iso, format_bigint, format_number, js_number_to_string};
pub use options::{Compact, Getters, InspectOptions, SortOrders};
pub use strings::{JsText, str_escape};
pub use value::{
    Boxed, Captured, Custom, ErrorInfo, FunctionKind, GetterResult, Graph, IterEntries, Node,
    NodeId, Object, ObjectKind, PromiseState, PropKey, PropValue, Property, TagSource,
    TypedArrayKind, TypedElements,
};

/// `util.inspect(value, options)`: formats `root` of `graph`.
///
/// Nesting can be at most the number of nodes, so small graphs are formatted
/// on the caller's stack; bigger ones on a scoped helper thread with a large
/// stack (falling back to the caller's stack and [`INLINE_NESTING`] where
/// threads cannot be spawned).
pub fn inspect(graph: &Graph, root: NodeId, options: &InspectOptions) -> String {
    inspect_collecting(graph, root, options).0
}

/// [`inspect`], and the lists of entries a `sorted` comparator must order that
/// `options.sort_orders` lacks (the caller sorts them with the comparator and formats again).
pub fn inspect_collecting(
    graph: &Graph,
    root: NodeId,
    options: &InspectOptions,
) -> (String, Vec<Vec<String>>) {
    let run = |max_nesting: usize| {
        let mut ctx = formatter::Ctx::new(graph, options);
        ctx.max_nesting = max_nesting;
        let text = ctx.format_value(root, 0, false);
        (text, ctx.sort_misses)
    };
    if graph.nodes.len() <= INLINE_NESTING {
        return run(INLINE_NESTING);
    }
    std::thread::scope(|scope| {
        let spawned = std::thread::Builder::new()
            .name("inspect".into())
            .stack_size(DEEP_STACK_BYTES)
            .spawn_scoped(scope, || run(MAX_NESTING));
        match spawned {
            Ok(handle) => match handle.join() {
                Ok(text) => text,
                Err(panic) => std::panic::resume_unwind(panic),
            },
            Err(_) => run(INLINE_NESTING),
        }
    })
}

/// Inspects a [`Captured`] value.
pub fn inspect_captured(captured: &Captured, options: &InspectOptions) -> String {
    inspect(&captured.graph, captured.root, options)
}
