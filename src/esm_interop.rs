//! ES modules and CommonJS files loading each other.
//!
//! **`import` of a CommonJS file** (Node's `translators.set('commonjs', ...)` in
//! `lib/internal/modules/esm/translators.js`): a synthetic module whose exports are `default`
//! (the file's `module.exports`) and the names `cjs_lexer.rs` finds in the source before it
//! runs; the file runs when the module is evaluated, through the same `Module._cache` as
//! `require`, and each name's value is read from `module.exports` then.
//!
//! **`require()` of an ES module**, which Node 20.19+ does synchronously: the module graph is
//! loaded, linked and evaluated at once, and `require` returns its namespace.
//!
//! As in Node (`loadESMFromCJS` in `lib/internal/modules/cjs/loader.js`): a file is an ES module
//! by the same rules as a main file (`.mjs`, the package's `"type"`, syntax detection:
//! `module_format.rs`); a namespace with a `default` export is returned through a facade that
//! adds `__esModule: true`, so code transpiled to CommonJS reads its default as it expects; a
//! graph still pending after evaluation (top-level `await`) is `ERR_REQUIRE_ASYNC_MODULE`.
//! One difference: Node refuses an async graph before running it, while here its body has run
//! up to its first `await` when the error is thrown (Boa does not say ahead whether a graph is
//! async).
//! The module instance is the loader's, so a later `import()` of the same file shares it.

use std::rc::Rc;

use boa_engine::builtins::promise::PromiseState;
use boa_engine::module::{Module, Referrer};
use boa_engine::object::builtins::JsArray;
use boa_engine::object::builtins::JsPromise;
use boa_engine::{Context, JsError, JsObject, JsResult, JsString, JsValue, js_string};

use crate::host::Host;
use crate::modules::Loader;
use crate::runtime::EntryKind;

/// The run's module loader, as native functions reach it: `Context` data.
pub struct LoaderRef(pub Rc<Loader>);

fn arg_string(args: &[JsValue], index: usize, context: &mut Context) -> JsResult<String> {
    Ok(args
        .get(index)
        .cloned()
        .unwrap_or_default()
        .to_string(context)?
        .to_std_string_escaped())
}

/// `native.isEsModule(filename, source)`: whether Node loads the file as an ES module.
pub fn is_es_module(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    let filename = arg_string(args, 0, context)?;
    let source = arg_string(args, 1, context)?;
    let kind = if filename.ends_with(".mjs") {
        EntryKind::EsModule
    } else if filename.ends_with(".js") {
        EntryKind::CommonJs
    } else {
        return Ok(false.into());
    };
    let vfs = crate::vfs::of(context);
    let format = crate::module_format::of_main(&vfs, &filename, &source, kind);
    Ok((format.entry == EntryKind::EsModule).into())
}

/// Whether the loader reads `path` as CommonJS: `.cjs`, or a `.js` file that Node's rules
/// (`module_format.rs`) do not make an ES module.
pub fn is_commonjs_file(path: &str, source: &str, context: &Context) -> bool {
    if path.ends_with(".cjs") {
        return true;
    }
    if !path.ends_with(".js") {
        return false;
    }
    let vfs = crate::vfs::of(context);
    crate::module_format::of_main(&vfs, path, source, EntryKind::CommonJs).entry
        == EntryKind::CommonJs
}

/// The names a CommonJS file exports to `import`, with those of the files it re-exports
/// (relative `require`s only; at most a few levels deep, each file once).
fn commonjs_export_names(path: &str, source: &str, context: &Context) -> Vec<String> {
    let mut names = vec!["default".to_string()];
    let mut pending = vec![(path.to_string(), source.to_string())];
    let mut seen = vec![path.to_string()];
    while let Some((file, text)) = pending.pop() {
        let found = crate::cjs_lexer::detect(&text);
        for name in found.names {
            if !names.contains(&name) {
                names.push(name);
            }
        }
        let dir = std::path::Path::new(&file)
            .parent()
            .map(std::path::Path::to_path_buf)
            .unwrap_or_default();
        for specifier in found.reexports {
            if !(specifier.starts_with("./") || specifier.starts_with("../")) || seen.len() > 16 {
                continue;
            }
            let base = crate::modules::normalize(&dir.join(&specifier))
                .to_string_lossy()
                .into_owned();
            let vfs = crate::vfs::of(context);
            let target = [
                base.clone(),
                format!("{base}.js"),
                format!("{base}/index.js"),
            ]
            .into_iter()
            .find_map(|candidate| Some((vfs.read_to_string(&candidate)?, candidate)));
            drop(vfs);
            if let Some((text, candidate)) = target
                && !seen.contains(&candidate)
                && is_commonjs_file(&candidate, &text, context)
            {
                seen.push(candidate.clone());
                pending.push((candidate, text));
            }
        }
    }
    names
}

/// Evaluation of a CommonJS file's synthetic module: run it (or take it from the cache) and
/// export what its `module.exports` holds now.
fn evaluate_commonjs(
    module: &boa_engine::module::SyntheticModule,
    captures: &(JsValue, JsValue),
    context: &mut Context,
) -> JsResult<()> {
    let (filename, names) = captures;
    let exports =
        crate::runtime::call_hook(context, "importCommonJs", std::slice::from_ref(filename))?;
    let names = names
        .as_object()
        .map(|o| JsArray::from_object(o.clone()))
        .transpose()?;
    let count = match &names {
        Some(names) => names.length(context)?,
        None => 0,
    };
    for index in 0..count {
        let Some(name) = names
            .as_ref()
            .map(|n| n.get(index, context))
            .transpose()?
            .and_then(|v| v.as_string())
        else {
            continue;
        };
        let value = if name == js_string!("default") {
            exports.clone()
        } else {
            // Node reads each name in a try: a throwing getter exports undefined.
            match exports.as_object() {
                Some(object) => object.get(name.clone(), context).unwrap_or_default(),
                None => JsValue::undefined(),
            }
        };
        module.set_export(&name, value)?;
    }
    Ok(())
}

/// The synthetic module `import` gets for the CommonJS file `path`.
pub fn commonjs_module(
    path: &std::path::Path,
    source: &str,
    context: &mut Context,
) -> JsResult<Module> {
    let display = path.to_string_lossy().into_owned();
    let names = commonjs_export_names(&display, source, context);
    let keys: Vec<JsString> = names.iter().map(|n| JsString::from(n.as_str())).collect();
    let list = JsArray::from_iter(keys.iter().cloned().map(JsValue::from), context);
    let filename = JsValue::from(JsString::from(display.as_str()));
    Ok(Module::synthetic(
        &keys,
        boa_engine::module::SyntheticModuleInitializer::from_copy_closure_with_captures(
            evaluate_commonjs,
            (filename, JsValue::from(list)),
        ),
        Some(path.to_path_buf()),
        None,
        context,
    ))
}

/// A settled promise's outcome, `None` while it is pending. A rejection is taken off the
/// unhandled list: it is thrown from `require` instead.
fn settled(promise: &JsPromise, context: &mut Context) -> Option<JsResult<JsValue>> {
    match promise.state() {
        PromiseState::Pending => None,
        PromiseState::Fulfilled(value) => Some(Ok(value)),
        PromiseState::Rejected(reason) => {
            let host = Host::of(context);
            let object: JsObject = promise.clone().into();
            host.state
                .borrow_mut()
                .maybe_unhandled
                .retain(|r| !JsObject::equals(&r.promise, &object));
            Some(Err(JsError::from_opaque(reason)))
        }
    }
}

/// Load, link and evaluate `module`, all before returning.
fn evaluate_now(
    module: &Module,
    parent: &str,
    filename: &str,
    context: &mut Context,
) -> JsResult<()> {
    let loaded = module.load(context);
    crate::event_loop::run_async_jobs(context);
    if let Some(Err(error)) = settled(&loaded, context) {
        return Err(error);
    }
    if let Err(error) = module.link(context) {
        return Err(crate::esm_link_errors::translate(
            error,
            std::path::Path::new(filename),
            context,
        ));
    }
    let evaluated = module.evaluate(context)?;
    match settled(&evaluated, context) {
        Some(outcome) => outcome.map(|_| ()),
        None => Err(crate::modules::coded_error(
            context,
            "Error",
            "ERR_REQUIRE_ASYNC_MODULE",
            &format!(
                "require() cannot be used on an ESM graph with top-level await. Use import() instead. To see where the top-level await comes from, use --experimental-print-required-tla.\n  From {parent} \n  Requiring {filename} "
            ),
        )),
    }
}

/// `native.requireEsModule(filename, parentFilename)`: the namespace `require` returns.
pub fn require_es_module(
    _: &JsValue,
    args: &[JsValue],
    context: &mut Context,
) -> JsResult<JsValue> {
    let filename = arg_string(args, 0, context)?;
    let parent = arg_string(args, 1, context)?;
    let Some(loader) = context.get_data::<LoaderRef>().map(|l| l.0.clone()) else {
        return Ok(JsValue::undefined());
    };
    let referrer = Referrer::Realm(context.realm().clone());
    let module = loader.load(&referrer, &filename, &[], context)?;
    evaluate_now(&module, &parent, &filename, context)?;
    let namespace = module.namespace(context);
    if !namespace.has_own_property(js_string!("default"), context)? {
        return Ok(namespace.into());
    }
    // Node's facade for a module with a default export: the same live bindings, plus
    // `__esModule`.
    let quoted = serde_json::to_string(&filename).unwrap_or_default();
    let facade_source = format!(
        "export * from {quoted};\nexport {{ default }} from {quoted};\nexport const __esModule = true;\n"
    );
    let facade_path = format!("{filename}?require-facade");
    let facade = crate::modules::parse_module(&facade_source, &facade_path, context)?;
    evaluate_now(&facade, &parent, &filename, context)?;
    Ok(facade.namespace(context).into())
}
