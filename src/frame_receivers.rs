//! The receiver of each frame of the user's functions, and V8's frame name from it.
//!
//! V8 names a method call's frame from its receiver (`CallSiteInfo`, serialised by
//! `AppendMethodCall`): the receiver's type (`Car.drive`, `Map.drive` after
//! `drive.call(new Map())`, `Object.plain` after `plain.apply({})`), the property the function
//! was found under when it differs from its name (`Object.drive [as go]`), and the function's
//! name alone when the receiver is `undefined` or the global object (`m` after
//! `o.m.call(undefined)`). Boa's `CallFrame` keeps `this` in its crate-private stack, so the
//! depth probe that `instrument.rs` puts at the start of every non-arrow function body passes
//! it along (`__looplab_depth(this, new.target)`): the probe notes it in a table by frame
//! depth, with the frame's code block. When an error is made (or, for one the engine made,
//! when it surfaces), each frame of its backtrace whose depth has a note for the same code
//! gets its V8 name, kept with the error until its stack is formatted.
//!
//! A note is overwritten by the next function entered at its depth, so a frame resumed after
//! an `await` (at another depth) or an arrow (no note) keeps the name from its syntax
//! (`frame_names.rs`).

use std::cell::RefCell;

use boa_engine::builtins::function::OrdinaryFunction;
use boa_engine::object::builtins::{JsArray, JsProxy};
use boa_engine::property::PropertyKey;
use boa_engine::vm::CodeBlock;
use boa_engine::{Context, JsObject, JsString, JsSymbol, JsValue, js_string};
use boa_gc::Gc;

use crate::frame_names::FunctionKind;

/// What the probe saw at a frame's start.
#[derive(Clone)]
struct Note {
    code: Gc<CodeBlock>,
    this: JsValue,
    /// Run by `new` (`new.target` set): V8 names it `new F`.
    constructed: bool,
}

/// The notes by frame depth (index 0: the outermost frame), as context data.
#[derive(Default)]
struct Notes(RefCell<Vec<Option<Note>>>);

/// The probe's part: the function just entered (the top frame) was called with `this`
/// (`None` for an arrow or a class constructor, whose `this` is not the frame's receiver).
pub fn note(this: Option<&JsValue>, new_target: Option<&JsValue>, context: &mut Context) {
    if context.get_data::<Notes>().is_none() {
        context.insert_data(Notes::default());
    }
    let depth = context.stack_trace().size_hint().0;
    let code = context.stack_trace().next().map(|f| f.code_block().clone());
    let Some(notes) = context.get_data::<Notes>() else {
        return;
    };
    let mut notes = notes.0.borrow_mut();
    // Every deeper note belongs to a frame that has returned.
    notes.truncate(depth.saturating_sub(1));
    notes.resize(depth.saturating_sub(1), None);
    notes.push(match (this, code) {
        (Some(this), Some(code)) => Some(Note {
            code,
            this: this.clone(),
            constructed: new_target.is_some_and(|t| !t.is_undefined()),
        }),
        _ => None,
    });
}

/// One frame of a Boa backtrace: whether it is a native's, and its parsed place.
fn is_native_line(line: &str) -> bool {
    let line = line.trim_end();
    line.ends_with(" (native)") || line.contains(" (native at ")
}

/// V8's names of the frames of a Boa backtrace (`text`, innermost first), by the index of
/// each bytecode frame among them (natives not counted): `Some(name)` where the probe noted
/// the frame's receiver (`""`: a nameless function called with no receiver, shown as its
/// place alone), `None` where its syntax names it.
pub fn names_for(text: &str, context: &mut Context) -> Vec<Option<String>> {
    let Some(notes) = context.get_data::<Notes>() else {
        return Vec::new();
    };
    let notes = notes.0.borrow().clone();
    let lines: Vec<&str> = text
        .lines()
        .filter(|l| l.trim_start().starts_with("at "))
        .collect();
    // Boa keeps the newest 50 entries of a backtrace: beyond that the depths are unknown.
    if lines.len() >= context.runtime_limits().backtrace_limit() {
        return Vec::new();
    }
    let bytecode: Vec<&str> = lines.into_iter().filter(|l| !is_native_line(l)).collect();
    let total = bytecode.len();
    let host = crate::host::Host::of(context);
    let mut names = Vec::with_capacity(total);
    for (index, line) in bytecode.iter().enumerate() {
        let depth = total - index;
        let note = notes.get(depth - 1).cloned().flatten();
        let frame = crate::stack::parse_boa_frames(line).into_iter().next();
        let name = match (note, frame) {
            (Some(note), Some(frame)) if same_code(&note.code, &frame) => {
                let column =
                    crate::stack::unwrap_column(&host, &frame.path, frame.line, frame.column);
                let kind = host
                    .function_map(context, &frame.path)
                    .function_at(frame.line, column)
                    .cloned();
                v8_name(kind.as_ref(), &frame.function, &note, context)
            }
            _ => None,
        };
        names.push(name);
    }
    names
}

/// Whether a note was made by the function of this backtrace frame (Boa prints a nameless
/// function as `<main>`).
fn same_code(code: &Gc<CodeBlock>, frame: &crate::stack::Frame) -> bool {
    let name = code.name().to_std_string_escaped();
    let name = if name.is_empty() {
        "<main>".to_string()
    } else {
        name
    };
    name == frame.function && code.path().to_string() == frame.path
}

/// V8's name for a frame whose receiver is known; `None` for the kinds V8 names without it
/// (class constructors, accessors, which V8 shows as `get x [as x]`).
fn v8_name(
    kind: Option<&FunctionKind>,
    boa_name: &str,
    note: &Note,
    context: &mut Context,
) -> Option<String> {
    let own = if boa_name == "<main>" { "" } else { boa_name };
    match kind {
        None | Some(FunctionKind::Constructor { .. } | FunctionKind::Accessor { .. }) => {
            return None;
        }
        _ => {}
    }
    if note.constructed {
        let name = if own.is_empty() { "<anonymous>" } else { own };
        return Some(format!("new {name}"));
    }
    // V8's name of a function written as `a.b = function () {}`: the inferred `a.b`.
    let function = match kind {
        Some(FunctionKind::Assigned { name }) => name.clone(),
        // Boa names a class method's frame `<main>`: its name as written.
        Some(FunctionKind::Method { name, .. } | FunctionKind::ObjectMethod { name })
            if own.is_empty() =>
        {
            name.clone()
        }
        _ => own.to_string(),
    };
    // A receiver of `undefined`, `null` or the global object is a top-level call.
    let receiver = match &note.this {
        this if this.is_null_or_undefined() => return Some(function),
        this => this.to_object(context).ok()?,
    };
    if JsObject::equals(&receiver, &context.global_object()) {
        return Some(function);
    }
    if matches!(kind, Some(FunctionKind::Assigned { .. })) {
        let method = method_name(&receiver, &note.code, own, context);
        return Some(with_method(function, method.as_deref()));
    }
    // V8's debug name is the function's own `name` (Boa names a class method's frame
    // `<main>`, and a method keyed by a symbol is `[sym]`): read from the function itself,
    // found on the receiver or a prototype.
    let function = function_object(&receiver, &note.code, context)
        .and_then(|f| own_name(&f))
        .unwrap_or(function);
    let method = method_name(&receiver, &note.code, &function, context);
    let type_name = type_name(&receiver, context);
    if function.is_empty() {
        return Some(format!(
            "{type_name}.{}",
            method.as_deref().unwrap_or("<anonymous>")
        ));
    }
    // V8 leaves the type out of a name that is not a plain identifier (`[sym]`, `#check`).
    let plain = function
        .chars()
        .all(|c| c.is_alphanumeric() || matches!(c, '_' | '$'));
    let name = if plain && !function.starts_with(&type_name) {
        format!("{type_name}.{function}")
    } else {
        function.clone()
    };
    Some(with_method(name, method.as_deref()))
}

/// ` [as method]` after a name that does not already end with the method (`a.b` ends with `b`).
fn with_method(name: String, method: Option<&str>) -> String {
    match method {
        Some(method)
            if name != method
                && !name
                    .strip_suffix(method)
                    .is_some_and(|rest| rest.ends_with('.')) =>
        {
            format!("{name} [as {method}]")
        }
        _ => name,
    }
}

/// The function of `code` held by `object`'s own property `key` (as its value, getter or
/// setter), read from the object's storage as V8's `GetDataProperty` does (no getter runs).
fn holds(object: &JsObject, key: &PropertyKey, code: &Gc<CodeBlock>) -> bool {
    let Some(descriptor) = object.borrow().properties().get(key) else {
        return false;
    };
    [descriptor.value(), descriptor.get(), descriptor.set()]
        .into_iter()
        .flatten()
        .any(|value| is_code(value, code))
}

fn is_code(value: &JsValue, code: &Gc<CodeBlock>) -> bool {
    value.as_object().is_some_and(|f| {
        f.downcast_ref::<OrdinaryFunction>()
            .is_some_and(|f| std::ptr::eq(f.codeblock(), &**code))
    })
}

/// The receiver and its prototypes, up to a proxy (whose properties V8 does not read here).
fn chain(receiver: &JsObject) -> Vec<JsObject> {
    let mut objects = Vec::new();
    let mut current = Some(receiver.clone());
    while let Some(object) = current {
        if JsProxy::from_object(object.clone()).is_ok() || objects.len() > 64 {
            break;
        }
        current = object.prototype();
        objects.push(object);
    }
    objects
}

/// V8's `GetMethodName`: the function's own name when the receiver (or a prototype) holds
/// the function under it, else the one enumerable key of the receiver and its prototypes
/// that holds it (none when two do).
fn method_name(
    receiver: &JsObject,
    code: &Gc<CodeBlock>,
    own: &str,
    context: &mut Context,
) -> Option<String> {
    let objects = chain(receiver);
    let own = own
        .strip_prefix("get ")
        .or_else(|| own.strip_prefix("set "))
        .unwrap_or(own);
    if !own.is_empty() {
        let key = PropertyKey::from(JsString::from(own));
        // The first object that has the key decides, as a lookup would.
        if let Some(object) = objects
            .iter()
            .find(|o| o.borrow().properties().get(&key).is_some())
            && holds(object, &key, code)
        {
            return Some(own.to_string());
        }
    }
    let mut found = None;
    for object in &objects {
        let Ok(keys) = object.own_property_keys(context) else {
            break;
        };
        for key in keys {
            // V8 looks through the named keys, not the elements.
            if matches!(key, PropertyKey::Symbol(_) | PropertyKey::Index(_)) {
                continue;
            }
            let enumerable = object
                .borrow()
                .properties()
                .get(&key)
                .is_some_and(|d| d.enumerable() == Some(true));
            if enumerable && holds(object, &key, code) {
                if found.is_some() {
                    return None;
                }
                found = Some(key.to_string());
            }
        }
    }
    found
}

/// The function of `code` as a property (value, getter or setter) of the receiver or a
/// prototype, under any key.
fn function_object(
    receiver: &JsObject,
    code: &Gc<CodeBlock>,
    context: &mut Context,
) -> Option<JsObject> {
    for object in chain(receiver) {
        let Ok(keys) = object.own_property_keys(context) else {
            break;
        };
        for key in keys {
            let Some(descriptor) = object.borrow().properties().get(&key) else {
                continue;
            };
            let found = [descriptor.value(), descriptor.get(), descriptor.set()]
                .into_iter()
                .flatten()
                .find(|v| is_code(v, code))
                .and_then(JsValue::as_object);
            if found.is_some() {
                return found;
            }
        }
    }
    None
}

/// An own data property's value, read from storage.
fn own_data(object: &JsObject, key: &PropertyKey) -> Option<JsValue> {
    object
        .borrow()
        .properties()
        .get(key)
        .and_then(|d| d.value().cloned())
}

/// An own `name` that is a non-empty string.
fn own_name(object: &JsObject) -> Option<String> {
    own_data(object, &PropertyKey::from(js_string!("name")))
        .and_then(|n| n.as_string().map(|s| s.to_std_string_escaped()))
        .filter(|n| !n.is_empty())
}

/// Whether `function` is a class constructor: a user function whose `prototype` cannot be
/// reassigned (a plain function's can).
fn is_class(function: &JsObject) -> bool {
    function.is::<OrdinaryFunction>()
        && function
            .borrow()
            .properties()
            .get(&PropertyKey::from(js_string!("prototype")))
            .is_some_and(|d| d.writable() == Some(false))
}

/// V8's type of a receiver: a class's own name for a static method's, else
/// `JSReceiver::GetConstructorName`: a `Symbol.toStringTag` data property of the receiver or a
/// prototype, else a prototype's `constructor` named other than `Object`, else its class.
pub fn type_name(receiver: &JsObject, context: &mut Context) -> String {
    if is_class(receiver)
        && let Some(name) = own_name(receiver)
    {
        return name;
    }
    let tag = PropertyKey::Symbol(JsSymbol::to_string_tag());
    let constructor = PropertyKey::from(js_string!("constructor"));
    for (index, object) in chain(receiver).iter().enumerate() {
        if let Some(tag) = own_data(object, &tag).and_then(|t| t.as_string()) {
            return tag.to_std_string_escaped();
        }
        if index > 0
            && let Some(name) = own_data(object, &constructor)
                .and_then(|c| c.as_object())
                .filter(JsObject::is_callable)
                .and_then(|c| own_name(&c))
            && name != "Object"
        {
            return name;
        }
    }
    if receiver.is_callable() {
        "Function".to_string()
    } else if JsArray::from_object(receiver.clone()).is_ok() {
        "Array".to_string()
    } else {
        let _ = context;
        "Object".to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::with_method;

    #[test]
    fn adds_the_method_only_when_the_name_does_not_end_with_it() {
        assert_eq!(with_method("drive".into(), Some("go")), "drive [as go]");
        assert_eq!(with_method("drive".into(), Some("drive")), "drive");
        assert_eq!(with_method("c.s".into(), Some("s")), "c.s");
        assert_eq!(with_method("c.s".into(), Some("x")), "c.s [as x]");
        assert_eq!(with_method("ls".into(), Some("s")), "ls [as s]");
        assert_eq!(with_method("m".into(), None), "m");
    }
}
