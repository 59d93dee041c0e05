//! Function source text that Boa does not keep, for `Function.prototype.toString` as V8 gives it.
//!
//! Boa keeps the source of ordinary functions, arrows, methods and accessors, but prints a
//! class as `function C() { [native code] }` and a `new Function(...)` as
//! `function anonymous() { [native code] }` (its `CreateDynamicFunction` builds no source
//! text). V8 returns the class's text from `class` to its `}`, and for a dynamic function
//! the text the spec assembles: `function anonymous(<params>\n) {\n<body>\n}`.
//!
//! Both are noted where the function is made, in a weak table the `toString` wrapper reads
//! first: `instrument.rs` appends to every class body of the user's code a static block
//! calling [`CLASS_NAME`] with the class's original text (static blocks run while the class
//! is defined, with `this` the class), and the `Function`, `AsyncFunction`,
//! `GeneratorFunction` and `AsyncGeneratorFunction` constructors are wrapped to note the text
//! they were given.

use boa_engine::object::builtins::{JsFunction, JsWeakMap};
use boa_engine::object::{FunctionObjectBuilder, JsObject};
use boa_engine::parser::{Parser, Source};
use boa_engine::{Context, JsNativeError, JsResult, JsString, JsValue, NativeFunction, js_string};

/// The global the static block appended to each class calls: `(class, text)`.
pub const CLASS_NAME: &str = "__looplab_class";

/// The weak table function → source text, as context data.
#[derive(Clone, boa_engine::Trace, boa_engine::Finalize, boa_engine::JsData)]
struct Sources(JsWeakMap);

fn sources(context: &mut Context) -> JsWeakMap {
    if let Some(s) = context.get_data::<Sources>() {
        return s.0.clone();
    }
    let map = JsWeakMap::new(context);
    context.insert_data(Sources(map.clone()));
    map
}

/// The source text noted for `function`, if any.
pub fn noted_source(function: &JsObject, context: &mut Context) -> Option<JsString> {
    let map = context.get_data::<Sources>()?.0.clone();
    map.get(function, context).ok()?.as_string()
}

fn note(function: &JsObject, text: JsString, context: &mut Context) {
    let map = sources(context);
    let _ = map.set(function, text.into(), context);
}

/// `native.asBuiltin(fn)`: a prelude function standing in for an engine built-in
/// (`Promise.prototype.then`, `Error.captureStackTrace`) prints as V8's native functions do,
/// `function then() { [native code] }`, not with the prelude's source. Returns `fn`.
pub fn as_builtin(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let value = args.first().cloned().unwrap_or_default();
    if let Some(function) = value.as_object().filter(|f| f.is_callable()) {
        let name = function.get(js_string!("name"), context)?;
        let name = name
            .as_string()
            .map(|n| n.to_std_string_lossy())
            .unwrap_or_default();
        note(
            &function,
            JsString::from(format!("function {name}() {{ [native code] }}")),
            context,
        );
    }
    Ok(value)
}

/// `__looplab_class(class, text)`: note a class's source text (called from its static block).
pub fn note_class(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    if let (Some(class), Some(text)) = (
        args.first().and_then(JsValue::as_object),
        args.get(1).and_then(JsValue::as_string),
    ) {
        note(&class, text, context);
    }
    Ok(JsValue::undefined())
}

/// The static block appended to a class whose original text is `text`.
pub fn class_mark(text: &str) -> String {
    let mut quoted = String::with_capacity(text.len() + 2);
    quoted.push('"');
    for c in text.chars() {
        match c {
            '"' => quoted.push_str("\\\""),
            '\\' => quoted.push_str("\\\\"),
            '\n' => quoted.push_str("\\n"),
            '\r' => quoted.push_str("\\r"),
            '\u{2028}' => quoted.push_str("\\u2028"),
            '\u{2029}' => quoted.push_str("\\u2029"),
            c if (c as u32) < 0x20 => quoted.push_str(&format!("\\u{:04x}", c as u32)),
            c => quoted.push(c),
        }
    }
    quoted.push('"');
    // The `;` ends a field whose initializer would otherwise run into the block.
    format!(";static{{{CLASS_NAME}(this,{quoted});}}")
}

/// `text` without the static blocks [`class_mark`] made (a function holding a class).
pub fn strip_class_marks(text: &str) -> String {
    let opening = format!(";static{{{CLASS_NAME}(this,\"");
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(&opening) {
        out.push_str(&rest[..at]);
        let after = &rest[at + opening.len()..];
        // The string literal ends at the first quote not escaped by a backslash.
        let mut escaped = false;
        let mut end = None;
        for (i, c) in after.char_indices() {
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => {
                    end = Some(i);
                    break;
                }
                _ => {}
            }
        }
        let Some(end) = end else {
            out.push_str(&rest[at..]);
            return out;
        };
        let tail = &after[end + 1..];
        rest = tail.strip_prefix(");}").unwrap_or(tail);
    }
    out.push_str(rest);
    out
}

/// The text of the class starting at char `start` of `chars` (its `class` keyword): up to the
/// first `}` where the text parses as a class expression, so braces inside strings, template
/// literals, comments and regular expressions are read as the parser reads them. Returns
/// the index of that `}`; `None` when no prefix parses (say, a private name of an enclosing
/// class, which a class alone cannot declare), and the class is then left unnoted.
pub fn class_end(chars: &[char], start: usize) -> Option<usize> {
    const MAX_CANDIDATES: usize = 400;
    let mut tried = 0;
    for (i, &c) in chars.iter().enumerate().skip(start) {
        if c != '}' {
            continue;
        }
        tried += 1;
        if tried > MAX_CANDIDATES {
            return None;
        }
        let slice: String = chars[start..=i].iter().collect();
        if parses_as_class(&slice) {
            return Some(i);
        }
    }
    None
}

fn parses_as_class(text: &str) -> bool {
    parse(&format!("({text})")).is_ok()
}

fn parse(text: &str) -> Result<(), boa_engine::parser::Error> {
    let mut interner = boa_engine::interner::Interner::default();
    let scope = boa_engine::ast::scope::Scope::new_global();
    let mut parser = Parser::new(Source::from_bytes(text.as_bytes()));
    parser.parse_script(&scope, &mut interner).map(|_| ())
}

/// The class texts of code compiled from strings (`eval`, `new Function`, `vm`), most recent
/// last. That code is not instrumented, so its classes carry no note; their texts are kept here
/// and a class is matched to one when its text is asked for.
#[derive(boa_engine::Trace, boa_engine::Finalize, boa_engine::JsData)]
struct CompiledClasses(#[unsafe_ignore_trace] Vec<String>);

/// How many compiled class texts are kept (a loop of `eval`s must not grow without bound).
const COMPILED_KEPT: usize = 256;

/// Code about to be compiled from a string (V8's `HostEnsureCanCompileStrings` point, and
/// `vm`'s scripts): keep the text of every class it declares. What may be a `new Function`
/// body (`maybe_body`: the hook does not tell it from indirect eval code) is read inside the
/// function V8 assembles when it is not a script, since a body may `return`.
pub fn note_compiled(parameters: &[JsString], body: &str, maybe_body: bool, context: &mut Context) {
    if !body.contains("class") {
        return;
    }
    let mut texts = crate::instrument::class_texts(body);
    if texts.is_empty() && maybe_body {
        let names: Vec<String> = parameters
            .iter()
            .map(JsString::to_std_string_lossy)
            .collect();
        texts = crate::instrument::class_texts(&format!(
            "(function anonymous({}\n) {{\n{body}\n}})",
            names.join(",")
        ));
    }
    if texts.is_empty() {
        return;
    }
    let mut kept = context
        .get_data::<CompiledClasses>()
        .map(|k| k.0.clone())
        .unwrap_or_default();
    for text in texts {
        kept.retain(|t| *t != text);
        kept.push(text);
    }
    let excess = kept.len().saturating_sub(COMPILED_KEPT);
    kept.drain(..excess);
    context.insert_data(CompiledClasses(kept));
}

/// The name a class text declares (`class Foo extends ...`), empty for an anonymous one.
fn declared_name(text: &str) -> &str {
    let rest = text.strip_prefix("class").unwrap_or(text).trim_start();
    let end = rest
        .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == '$'))
        .unwrap_or(rest.len());
    match &rest[..end] {
        "extends" => "",
        name => name,
    }
}

/// The text of `class`, a class made by code compiled from a string: among the kept texts,
/// those holding the source of each of its methods and accessors (`to_string` gives it, Boa
/// keeps their text), declaring its name, or else anonymous; the most recent one.
pub fn compiled_class_source(
    class: &JsObject,
    to_string: &JsFunction,
    context: &mut Context,
) -> JsResult<Option<JsString>> {
    let Some(kept) = context.get_data::<CompiledClasses>().map(|k| k.0.clone()) else {
        return Ok(None);
    };
    let mut methods = Vec::new();
    let prototype = class.get(js_string!("prototype"), context)?;
    let holders = [Some(class.clone()), prototype.as_object()];
    for holder in holders.into_iter().flatten() {
        // The functions held, read from the property map (no getter runs), before any call.
        let mut functions = Vec::new();
        for key in holder.own_property_keys(context)? {
            let Some(desc) = holder.borrow().properties().get(&key) else {
                continue;
            };
            functions.extend(
                [desc.value(), desc.get(), desc.set()]
                    .into_iter()
                    .flatten()
                    .cloned(),
            );
        }
        for part in functions {
            let Some(f) = part.as_object() else { continue };
            if f.is::<boa_engine::builtins::function::OrdinaryFunction>() && &f != class {
                let text = to_string.call(&part, &[], context)?;
                let text = text.to_string(context)?.to_std_string_lossy();
                if !text.ends_with("[native code] }") {
                    methods.push(text);
                }
            }
        }
    }
    // The own data `name` (a `static name()` method is no name).
    let name = class
        .borrow()
        .properties()
        .get(&js_string!("name").into())
        .and_then(|d| d.value().and_then(JsValue::as_string))
        .map(|n| n.to_std_string_lossy())
        .unwrap_or_default();
    let holding: Vec<&String> = kept
        .iter()
        .filter(|t| methods.iter().all(|m| t.contains(m.as_str())))
        .collect();
    let found = holding
        .iter()
        .rev()
        .find(|t| declared_name(t) == name)
        .or_else(|| holding.iter().rev().find(|t| declared_name(t).is_empty()));
    Ok(found.map(|t| JsString::from(t.as_str())))
}

/// The constructor a dynamic function of each kind is made by, and the keyword V8's text
/// starts with.
const DYNAMIC: [(&str, &str); 4] = [
    ("Function", "function"),
    ("AsyncFunction", "async function"),
    ("GeneratorFunction", "function*"),
    ("AsyncGeneratorFunction", "async function*"),
];

#[derive(Clone, boa_engine::Trace, boa_engine::Finalize)]
struct Dynamic {
    original: JsFunction,
    #[unsafe_ignore_trace]
    keyword: &'static str,
}

/// `new Function(p1, ..., body)`: Boa's own constructor, and the text V8's
/// `CreateDynamicFunction` assembles noted for the result.
fn dynamic_construct(
    new_target: &JsValue,
    args: &[JsValue],
    dynamic: &Dynamic,
    context: &mut Context,
) -> JsResult<JsValue> {
    let (params, body) = match args.split_last() {
        Some((body, params)) => (params, body.to_string(context)?.to_std_string_lossy()),
        None => (&[][..], String::new()),
    };
    let mut names = Vec::with_capacity(params.len());
    for p in params {
        names.push(p.to_string(context)?.to_std_string_lossy());
    }
    let text = format!(
        "{} anonymous({}\n) {{\n{}\n}}",
        dynamic.keyword,
        names.join(","),
        body
    );
    // Boa hands a native constructor `new.target` as its `this` (undefined for a call): a
    // subclass (`class H extends Function`) gets its own prototype, as from V8's
    // CreateDynamicFunction.
    // The body Boa compiles has its `**` rewritten to V8's pow, as the user's files do.
    let rewritten: Option<Vec<JsValue>> =
        crate::instrument::pow_only(&body, true).map(|new_body| {
            let mut args = args.to_vec();
            if let Some(last) = args.last_mut() {
                *last = JsString::from(new_body.as_str()).into();
            }
            args
        });
    let function = dynamic.original.construct(
        rewritten.as_deref().unwrap_or(args),
        new_target.as_object().as_ref(),
        context,
    )?;
    // V8 compiles the assembled text in parentheses, so a body closing the function early (`'}'`) is a
    // SyntaxError; Boa parses the body alone and accepts it.
    if let Err(err) = parse(&format!("({text})")) {
        let problem = crate::modules::parse_syntax_message(&err.to_string(), &text);
        let v8 = crate::v8_syntax::translate(
            &problem.message,
            &text,
            problem.line,
            problem.column,
            crate::v8_syntax::Goal::CommonJs,
        );
        return Err(JsNativeError::syntax().with_message(v8.message).into());
    }
    note(&function, JsString::from(text.as_str()), context);
    Ok(function.into())
}

/// Wrap the four dynamic-function constructors, keeping `prototype`, `name`, `length` and
/// each prototype's `constructor` pointing at the wrapper.
pub fn install(context: &mut Context) -> JsResult<()> {
    let samples = [
        "(function(){})",
        "(async function(){})",
        "(function*(){})",
        "(async function*(){})",
    ];
    let mut function_wrapper: Option<JsObject> = None;
    for ((name, keyword), sample) in DYNAMIC.into_iter().zip(samples) {
        let sample = context.eval(Source::from_bytes(sample))?;
        let Some(sample) = sample.as_object() else {
            continue;
        };
        let proto = sample.prototype();
        let Some(proto) = proto else { continue };
        let original = proto.get(js_string!("constructor"), context)?;
        let Some(original) = original.as_object().and_then(JsFunction::from_object) else {
            continue;
        };
        let length = original
            .get(js_string!("length"), context)?
            .to_u32(context)? as usize;
        let prototype = original.get(js_string!("prototype"), context)?;
        let wrapper = FunctionObjectBuilder::new(
            context.realm(),
            NativeFunction::from_copy_closure_with_captures(
                dynamic_construct,
                Dynamic {
                    original: original.clone(),
                    keyword,
                },
            ),
        )
        .name(JsString::from(name))
        .length(length)
        .constructor(true)
        .build();
        // `Function.__proto__` is `Function.prototype`; the other three inherit from
        // `Function` itself, which is now the wrapper.
        let parent = match &function_wrapper {
            Some(f) if name != "Function" => Some(f.clone()),
            _ => original.prototype(),
        };
        wrapper.set_prototype(parent);
        crate::bindings::adopt_prototype(&wrapper, &prototype, context)?;
        if name == "Function" {
            context.register_global_property(
                js_string!("Function"),
                wrapper.clone(),
                boa_engine::property::Attribute::WRITABLE
                    | boa_engine::property::Attribute::CONFIGURABLE,
            )?;
            function_wrapper = Some(JsObject::from(wrapper));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn class_end_reads_braces_as_the_parser_does() {
        let source: Vec<char> = "x; class A { m() { return '}' + `}` } /* } */ } y();"
            .chars()
            .collect();
        let end = class_end(&source, 3).unwrap();
        let text: String = source[3..=end].iter().collect();
        assert_eq!(text, "class A { m() { return '}' + `}` } /* } */ }");
    }

    #[test]
    fn marks_are_stripped_from_printed_functions() {
        let source = "function f() { class A { x = \"}\\n\" } return A; }";
        let (code, _) = crate::instrument::instrument(source, false).unwrap();
        assert!(code.contains(CLASS_NAME));
        assert_eq!(crate::instrument::strip_probes(&code), source);
    }
}
