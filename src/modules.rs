//! Loading code: the CommonJS wrapper, syntax errors as Node reports them, and the ES module
//! loader (built-in modules as synthetic modules, relative imports from the virtual file system).

use std::path::{Path, PathBuf};
use std::rc::Rc;

use boa_engine::module::{ModuleLoader, Referrer, SyntheticModuleInitializer};
use boa_engine::object::FunctionObjectBuilder;
use boa_engine::{
    Context, JsError, JsNativeError, JsResult, JsString, JsValue, Module, NativeFunction, Script,
    Source, js_string,
};

use crate::host::Host;
use crate::stack::{CJS_WRAPPER_PREFIX, CJS_WRAPPER_SUFFIX};

/// Where a syntax error is, in the user's coordinates, with Boa's message without its position.
#[derive(Debug, Clone, PartialEq)]
pub struct SyntaxProblem {
    pub message: String,
    pub line: u32,
    pub column: u32,
}

/// What `node FILE` prints on stderr (then exit code 1) when FILE does not exist: the CommonJS
/// loader's throw, for `.mjs` files too (Node 20.20.2's internal line numbers).
pub fn missing_main_module(path: &str) -> String {
    format!(
        "node:internal/modules/cjs/loader:1210\n  throw err;\n  ^\n\nError: Cannot find module '{path}'\n    at Module._resolveFilename (node:internal/modules/cjs/loader:1207:15)\n    at Module._load (node:internal/modules/cjs/loader:1038:27)\n    at Function.executeUserEntryPoint [as runMain] (node:internal/modules/run_main:164:12)\n    at node:internal/main/run_main_module:28:49 {{\n  code: 'MODULE_NOT_FOUND',\n  requireStack: []\n}}\n\nNode.js v20.20.2\n"
    )
}

/// Split Boa's parser message `... at line N, col M` into its words and a position.
pub fn parse_syntax_message(message: &str, source: &str) -> SyntaxProblem {
    if let Some(at) = message.rfind(" at line ") {
        let tail = &message[at + " at line ".len()..];
        let mut parts = tail.split(", col ");
        if let (Some(l), Some(c)) = (parts.next(), parts.next())
            && let (Ok(line), Ok(column)) = (l.trim().parse(), c.trim().parse())
        {
            return SyntaxProblem {
                message: message[..at].to_string(),
                line,
                column,
            };
        }
    }
    // No position (an abrupt end): past the last character.
    let line = source.lines().count().max(1) as u32;
    let column = source.lines().last().map_or(0, |l| l.chars().count()) as u32 + 1;
    SyntaxProblem {
        message: message.to_string(),
        line,
        column,
    }
}

/// Node's "arrow" block for a range: `file:line`, the source line, `^` under each of its
/// `width` characters (none at the end of the input).
pub fn arrow_range(path: &str, source: &str, line: u32, column: u32, width: usize) -> String {
    let text = source
        .split('\n')
        .nth(line.saturating_sub(1) as usize)
        .unwrap_or("");
    let pad: String = text
        .chars()
        .take(column.saturating_sub(1) as usize)
        .map(|c| if c == '\t' { '\t' } else { ' ' })
        .collect();
    if width == 0 {
        return format!("{path}:{line}\n{text}\n\n");
    }
    // Node's `GetErrorSource` draws no underline for a token that runs past its line (an
    // unterminated comment).
    if (column.saturating_sub(1) as usize).saturating_add(width) > text.chars().count() {
        return format!("{path}:{line}\n{text}\n");
    }
    let carets = "^".repeat(width);
    format!("{path}:{line}\n{text}\n{pad}{carets}\n")
}

/// Node's "arrow" block for a position: `file:line`, the source line, a caret under the column.
pub fn arrow(path: &str, source: &str, line: u32, column: u32) -> String {
    let text = source
        .lines()
        .nth(line.saturating_sub(1) as usize)
        .unwrap_or("");
    let pad: String = text
        .chars()
        .take(column.saturating_sub(1) as usize)
        .map(|c| if c == '\t' { '\t' } else { ' ' })
        .collect();
    format!("{path}:{line}\n{text}\n{pad}^\n")
}

/// V8 places a thrown exception at its `throw` statement, while Boa reports the position of
/// the thrown expression: step back over `throw ` when it stands just before the column.
pub fn throw_keyword_column(source: &str, line: u32, column: u32) -> u32 {
    let text = source
        .lines()
        .nth(line.saturating_sub(1) as usize)
        .unwrap_or("");
    let chars: Vec<char> = text.chars().collect();
    let mut i = (column.saturating_sub(1) as usize).min(chars.len());
    while i > 0 && chars[i - 1].is_whitespace() {
        i -= 1;
    }
    if i >= 5
        && chars[i - 5..i].iter().collect::<String>() == "throw"
        && (i == 5 || !chars[i - 6].is_alphanumeric())
    {
        (i - 5 + 1) as u32
    } else {
        column
    }
}

/// Build a `SyntaxError` for a parse failure, remembering its arrow for the fatal report.
pub fn syntax_error(
    err: JsError,
    path: &str,
    source: &str,
    line_shift: u32,
    context: &mut Context,
) -> JsError {
    let message = err
        .as_native()
        .map_or_else(|| err.to_string(), |n| n.message().to_string());
    let mut problem = parse_syntax_message(&message, source);
    if problem.line == 1 {
        problem.column = problem.column.saturating_sub(line_shift).max(1);
    }
    let esm = Host::of(context).is_esm(path);
    let goal = if esm {
        crate::v8_syntax::Goal::Module
    } else {
        crate::v8_syntax::Goal::CommonJs
    };
    let v8 =
        crate::v8_syntax::translate(&problem.message, source, problem.line, problem.column, goal);
    let error = JsNativeError::syntax()
        .with_message(v8.message.clone())
        .into_opaque(context);
    let host = Host::of(context);
    let shown = if esm {
        format!("file://{path}")
    } else {
        path.to_string()
    };
    host.set_arrow(
        &error,
        arrow_range(&shown, source, v8.line, v8.column, v8.width),
    );
    let _ =
        crate::stack::set_stack_header(&error, &format!("SyntaxError: {}", v8.message), context);
    JsError::from_opaque(error.into())
}

/// Boa does not check a function body for a `let`/`const`/`class` name declared twice (an
/// early error V8 reports when it compiles the module), but does check a script: parse the
/// module's text as one, and report only that error (a script rejects other things a module
/// body may do, such as `return`).
fn redeclaration_error(source: &str, path: &str, context: &mut Context) -> Option<JsError> {
    let mut interner = boa_engine::interner::Interner::default();
    let scope = boa_engine::ast::scope::Scope::new_global();
    let error = boa_engine::parser::Parser::new(Source::from_bytes(source.as_bytes()))
        .parse_script(&scope, &mut interner)
        .err()?;
    if !error
        .to_string()
        .contains("lexical name declared multiple times")
    {
        return None;
    }
    let v8 = crate::v8_syntax::redeclaration(source)?;
    let error = JsNativeError::syntax()
        .with_message(v8.message.clone())
        .into_opaque(context);
    Host::of(context).set_arrow(
        &error,
        arrow_range(path, source, v8.line, v8.column, v8.width),
    );
    let _ =
        crate::stack::set_stack_header(&error, &format!("SyntaxError: {}", v8.message), context);
    Some(JsError::from_opaque(error.into()))
}

/// Compile a CommonJS module's source into its wrapper function, as Node's `wrapSafe`.
pub fn compile_common_js(source: &str, path: &str, context: &mut Context) -> JsResult<JsValue> {
    let host = Host::of(context);
    host.mark_cjs(path);
    // A `#!` line is allowed at the top of a file and ignored.
    let body = if let Some(rest) = source.strip_prefix("#!") {
        format!("//{rest}")
    } else {
        source.to_string()
    };
    let mut wrapped = format!("{CJS_WRAPPER_PREFIX}{body}{CJS_WRAPPER_SUFFIX}");
    let wrapper_body = (1, CJS_WRAPPER_PREFIX.len() as u32 - 1);
    if let Some((code, shifts)) =
        crate::instrument::instrument_except(&wrapped, false, Some(wrapper_body))
    {
        wrapped = code;
        host.set_shifts(path, shifts);
    }
    let src = Source::from_bytes(wrapped.as_bytes()).with_path(Path::new(path));
    let script = match Script::parse(src, None, context) {
        Ok(script) => {
            if let Some(error) = redeclaration_error(source, path, context) {
                return Err(error);
            }
            script
        }
        Err(err) => {
            return Err(syntax_error(
                err,
                path,
                source,
                CJS_WRAPPER_PREFIX.len() as u32,
                context,
            ));
        }
    };
    script.evaluate(context)
}

/// Parse an ES module from the virtual file system.
pub fn parse_module(source: &str, path: &str, context: &mut Context) -> JsResult<Module> {
    let host = Host::of(context);
    host.mark_esm(path);
    // V8's deprecated `assert { … }` attributes, read as `with` (same positions).
    let rewritten = crate::import_attributes::rewrite_assert(source);
    let (parsed, assert_lines) = match &rewritten {
        Some((text, lines)) => (text.as_str(), lines.as_slice()),
        None => (source, &[][..]),
    };
    let instrumented = crate::instrument::instrument(parsed, true);
    let code = match instrumented {
        Some((code, shifts)) => {
            host.set_shifts(path, shifts);
            code
        }
        None => parsed.to_string(),
    };
    let src = Source::from_bytes(code.as_bytes()).with_path(Path::new(path));
    let module = Module::parse(src, None, context)
        .map_err(|err| syntax_error(err, path, source, 0, context))?;
    if !assert_lines.is_empty() {
        let url = if path.starts_with('/') {
            format!("file://{path}")
        } else {
            path.to_string()
        };
        crate::import_attributes::warn_assert(&url, assert_lines, context);
    }
    Ok(module)
}

/// A synthetic ES module exporting a built-in's properties (and the object as `default`).
fn builtin_module(name: &str, importer: &str, context: &mut Context) -> JsResult<Module> {
    // Node compiles a built-in at its first import: that time passes (first_require.rs).
    crate::first_require::charge(
        &crate::host::Host::of(context),
        name,
        crate::first_require::Via::Import,
    );
    let hooks = crate::runtime::prelude_hooks(context)?;
    let load = hooks.get(js_string!("loadBuiltin"), context)?;
    let value = load
        .as_callable()
        .ok_or_else(|| JsNativeError::typ().with_message("loadBuiltin missing"))?
        .call(
            &JsValue::undefined(),
            &[JsString::from(name).into()],
            context,
        )?;
    let Some(object) = value.as_object() else {
        return Err(module_not_found(
            context,
            &format!("Cannot find package '{name}' imported from {importer}"),
            None,
            PACKAGE_NOT_FOUND_SITE,
        ));
    };
    let mut names = vec![js_string!("default")];
    for key in object.own_property_keys(context)? {
        if let boa_engine::property::PropertyKey::String(s) = key
            && s != js_string!("default")
        {
            names.push(s);
        }
    }
    let export_names = names.clone();
    Ok(Module::synthetic(
        &names,
        SyntheticModuleInitializer::from_copy_closure_with_captures(
            |module, (object, names), context| {
                for name in names {
                    let value = if *name == js_string!("default") {
                        object.clone().into()
                    } else {
                        object.get(name.clone(), context)?
                    };
                    module.set_export(name, value)?;
                }
                Ok(())
            },
            (object, export_names),
        ),
        None,
        None,
        context,
    ))
}

/// The file a bare `import` specifier names in a node_modules folder above `from_dir` (the
/// prelude's package resolver, with the `import` conditions), unless it is a built-in's name;
/// `importer` is the importing file, as the resolver's errors name it.
fn package_file(
    specifier: &str,
    from_dir: &Path,
    importer: &Path,
    context: &mut Context,
) -> JsResult<Option<PathBuf>> {
    let name = JsValue::from(JsString::from(specifier));
    if specifier.starts_with("node:")
        || crate::runtime::call_hook(context, "isBuiltin", std::slice::from_ref(&name))?
            .to_boolean()
    {
        return Ok(None);
    }
    let dir = JsString::from(from_dir.to_string_lossy().as_ref());
    let importer = JsString::from(importer.to_string_lossy().as_ref());
    let found = crate::runtime::call_hook(
        context,
        "resolveImportPackage",
        &[name, dir.into(), importer.into()],
    )
    .map_err(|error| at_package_resolve(error, context))?;
    Ok(found
        .as_string()
        .map(|f| PathBuf::from(f.to_std_string_escaped())))
}

/// An error of the package resolver (ERR_INVALID_PACKAGE_CONFIG, made outside any JavaScript
/// frame) gets the frames of Node's `packageResolve` reading the package's package.json.
fn at_package_resolve(error: JsError, context: &mut Context) -> JsError {
    let Some(object) = error.as_opaque().and_then(JsValue::as_object) else {
        return error;
    };
    let code = object.get(js_string!("code"), context).unwrap_or_default();
    if code
        .as_string()
        .map(|c| c.to_std_string_escaped())
        .as_deref()
        == Some("ERR_INVALID_PACKAGE_CONFIG")
    {
        let lines = format!(
            "    at Object.read (node:internal/modules/package_json_reader:83:15)\n    at packageResolve (node:internal/modules/esm/resolve:854:45)\n    at moduleResolve (node:internal/modules/esm/resolve:946:18)\n{RESOLVE_CALLER_FRAMES}"
        );
        let _ = crate::stack::prepend_frames(&object, &lines, context);
    }
    error
}

/// Resolves `import` specifiers: `node:` and bare built-in names, packages under node_modules,
/// and relative paths.
pub struct Loader {
    modules: std::cell::RefCell<std::collections::BTreeMap<PathBuf, Module>>,
    /// What its loads did (`dynamic_import.rs` gives an `import()` Node's hops from these).
    counts: std::cell::Cell<crate::dynamic_import::LoadCounts>,
}

impl Loader {
    pub fn new() -> Rc<Self> {
        Rc::new(Loader {
            modules: Default::default(),
            counts: Default::default(),
        })
    }

    pub fn counts(&self) -> crate::dynamic_import::LoadCounts {
        self.counts.get()
    }

    fn count(&self, f: impl FnOnce(&mut crate::dynamic_import::LoadCounts)) {
        let mut counts = self.counts.get();
        f(&mut counts);
        self.counts.set(counts);
    }

    pub(crate) fn load(
        &self,
        referrer: &Referrer,
        specifier: &str,
        attributes: &[(String, String)],
        context: &mut Context,
    ) -> JsResult<Module> {
        use crate::import_attributes::{Format, validate};
        if let Some(data) = crate::data_url::parse(specifier) {
            let format = match data {
                crate::data_url::DataModule::Json(_) => Format::Json,
                _ => Format::JavaScript,
            };
            validate(specifier, format, attributes, context)?;
            return self.load_data(specifier, data, context);
        }
        let is_relative = specifier.starts_with("./")
            || specifier.starts_with("../")
            || specifier.starts_with('/');
        let base = referrer
            .path()
            .and_then(Path::parent)
            .map(Path::to_path_buf)
            .unwrap_or_default();
        let path = if is_relative {
            normalize(&base.join(specifier))
        } else if let Some(package_file) =
            package_file(specifier, &base, referrer.path().unwrap_or(&base), context)?
        {
            package_file
        } else {
            let key = PathBuf::from(format!("node:{}", specifier.trim_start_matches("node:")));
            validate(&key.to_string_lossy(), Format::Builtin, attributes, context)?;
            if let Some(m) = self.modules.borrow().get(&key) {
                return Ok(m.clone());
            }
            let importer = referrer
                .path()
                .map(|p| p.to_string_lossy().into_owned())
                .unwrap_or_default();
            let module = builtin_module(specifier, &importer, context)?;
            self.count(|c| c.created += 1);
            self.modules.borrow_mut().insert(key, module.clone());
            return Ok(module);
        };
        let display = path.to_string_lossy().into_owned();
        // Node checks the attributes against the format once it has the source (a missing
        // file fails first), on every import, cached module or not.
        if crate::vfs::of(context).is_file(&display) {
            let format = if display.ends_with(".json") {
                Format::Json
            } else {
                Format::JavaScript
            };
            validate(&format!("file://{display}"), format, attributes, context)?;
        }
        if let Some(m) = self.modules.borrow().get(&path) {
            return Ok(m.clone());
        }
        let source = crate::vfs::of(context).read_to_string(&display);
        let Some(source) = source else {
            let message = format!(
                "Cannot find module '{display}' imported from {}",
                referrer
                    .path()
                    .map(|p| p.to_string_lossy().into_owned())
                    .unwrap_or_default()
            );
            let url = format!("file://{display}");
            return Err(module_not_found(
                context,
                &message,
                Some(&url),
                MODULE_NOT_FOUND_SITE,
            ));
        };
        // Node 20 reads a module's source with fs/promises; a CommonJS file's is not read by
        // the ES module loader (its translator requires it).
        let module = if display.ends_with(".json") {
            self.count(|c| c.files_read += 1);
            json_module(&source, Some(path.clone()), context)?
        } else if crate::esm_interop::is_commonjs_file(&display, &source, context) {
            self.count(|c| c.created += 1);
            crate::esm_interop::commonjs_module(&path, &source, context)?
        } else {
            self.count(|c| c.files_read += 1);
            parse_module(&source, &display, context)?
        };
        self.modules.borrow_mut().insert(path, module.clone());
        Ok(module)
    }
}

impl Loader {
    /// Put a module the runtime parsed itself (the main module) into the module map, so
    /// that importing its own path (a self-import, static or `import()`) finds the same
    /// record, as Node's map keyed by URL does, instead of evaluating the file again.
    pub fn register(&self, path: &str, module: Module) {
        self.modules
            .borrow_mut()
            .insert(normalize(Path::new(path)), module);
    }

    /// A `data:` URL's module, cached under the URL as Node's module map keys it.
    fn load_data(
        &self,
        url: &str,
        data: crate::data_url::DataModule,
        context: &mut Context,
    ) -> JsResult<Module> {
        use crate::data_url::DataModule;
        let key = PathBuf::from(url);
        if let Some(m) = self.modules.borrow().get(&key) {
            return Ok(m.clone());
        }
        let module = match data {
            DataModule::JavaScript(source) => parse_module(&source, url, context)?,
            DataModule::Json(source) => json_module(&source, None, context)?,
            DataModule::Unknown(mime) => {
                return Err(coded_error(
                    context,
                    "RangeError",
                    "ERR_UNKNOWN_MODULE_FORMAT",
                    &format!("Unknown module format: {mime} for URL {url}"),
                ));
            }
        };
        self.count(|c| c.data_created += 1);
        self.modules.borrow_mut().insert(key, module.clone());
        Ok(module)
    }
}

/// A JSON module: its value as `default`.
fn json_module(source: &str, path: Option<PathBuf>, context: &mut Context) -> JsResult<Module> {
    let value = JsValue::from_json(
        &serde_json::from_str(source)
            .map_err(|e| JsNativeError::syntax().with_message(e.to_string()))?,
        context,
    )?;
    Ok(Module::synthetic(
        &[js_string!("default")],
        SyntheticModuleInitializer::from_copy_closure_with_captures(
            |module, value, _| module.set_export(&js_string!("default"), value.clone()),
            value,
        ),
        path,
        None,
        context,
    ))
}

/// Where Node 20's resolver throws `ERR_MODULE_NOT_FOUND` for a missing file
/// (`finalizeResolution`) and for a bare name that is no built-in and no package
/// (`packageResolve`), in `lib/internal/modules/esm/resolve.js`: the fatal report's arrow.
const MODULE_NOT_FOUND_SITE: &str =
    "node:internal/modules/esm/resolve:283\n    throw new ERR_MODULE_NOT_FOUND(\n          ^\n";
const PACKAGE_NOT_FOUND_SITE: &str = "node:internal/modules/esm/resolve:873\n  throw new ERR_MODULE_NOT_FOUND(packageName, fileURLToPath(base), null);\n        ^\n";

/// `import.meta.resolve(specifier)` (Node 20, synchronous): the URL an `import` of `specifier`
/// from `importer` would load, without loading it. A path or `file:` URL resolves whether or not
/// the file exists; `node:` names pass through; a bare name must be a built-in (there are no
/// packages), or it is `ERR_MODULE_NOT_FOUND` as Node's package resolver words it.
fn resolve_import_meta(specifier: &str, importer: &str, context: &mut Context) -> JsResult<String> {
    if specifier.starts_with("data:") || specifier.starts_with("node:") {
        return Ok(specifier.to_string());
    }
    if let Some(path) = specifier.strip_prefix("file://") {
        return Ok(format!("file://{}", normalize(Path::new(path)).display()));
    }
    if specifier.starts_with("./") || specifier.starts_with("../") || specifier.starts_with('/') {
        let base = Path::new(importer).parent().unwrap_or(Path::new("/"));
        return Ok(format!(
            "file://{}",
            normalize(&base.join(specifier)).display()
        ));
    }
    let base = Path::new(importer).parent().unwrap_or(Path::new("/"));
    if let Some(file) = package_file(specifier, base, Path::new(importer), context)? {
        return Ok(format!("file://{}", file.display()));
    }
    let is_builtin =
        crate::runtime::call_hook(context, "isBuiltin", &[JsString::from(specifier).into()])?;
    if is_builtin.to_boolean() {
        return Ok(format!("node:{specifier}"));
    }
    Err(module_not_found(
        context,
        &format!("Cannot find package '{specifier}' imported from {importer}"),
        None,
        PACKAGE_NOT_FOUND_SITE,
    ))
}

/// Node's `ERR_MODULE_NOT_FOUND` (`lib/internal/errors.js`): a coded `Error` whose own `url`
/// is set (after `code`) only when the resolver had a file URL, i.e. not for a package.
fn module_not_found(
    context: &mut Context,
    message: &str,
    url: Option<&str>,
    site: &str,
) -> JsError {
    let error = coded_error(context, "Error", "ERR_MODULE_NOT_FOUND", message);
    if let Some(object) = error.as_opaque().and_then(JsValue::as_object) {
        if let Some(url) = url {
            let _ = object.set(js_string!("url"), JsString::from(url), true, context);
        }
        // The resolver's frames, the ones a static and a dynamic import share (their callers
        // below these differ).
        let first = if url.is_some() {
            "finalizeResolution (node:internal/modules/esm/resolve:283:11)\n    at moduleResolve (node:internal/modules/esm/resolve:952:10)"
        } else {
            "packageResolve (node:internal/modules/esm/resolve:873:9)\n    at moduleResolve (node:internal/modules/esm/resolve:946:18)"
        };
        let header = format!("Error [ERR_MODULE_NOT_FOUND]: {message}");
        let frames = format!("    at {first}\n{RESOLVE_CALLER_FRAMES}");
        dress_loader_error(&object, site, &header, &frames, context);
    }
    error
}

/// A loader error made outside any JavaScript frame would have no frames at all (and
/// inspect would show it in brackets): give it Node's throw site (the fatal report's arrow)
/// and, as its hidden `stack`, `header` over the loader's `frames` (each an `    at` line).
pub(crate) fn dress_loader_error(
    error: &boa_engine::JsObject,
    site: &str,
    header: &str,
    frames: &str,
    context: &mut Context,
) {
    Host::of(context).set_arrow(error, site.to_string());
    let stack = format!("{header}\n{frames}");
    let _ = crate::bindings::define_hidden(
        error,
        js_string!("stack"),
        JsString::from(stack.as_str()),
        context,
    );
}

/// The frames below `moduleResolve` when Node 20's loader resolves a specifier.
const RESOLVE_CALLER_FRAMES: &str = "    at defaultResolve (node:internal/modules/esm/resolve:1188:11)\n    at ModuleLoader.defaultResolve (node:internal/modules/esm/loader:708:12)\n    at #cachedDefaultResolve (node:internal/modules/esm/loader:657:25)\n    at ModuleLoader.resolve (node:internal/modules/esm/loader:640:38)\n    at ModuleLoader.getModuleJobForImport (node:internal/modules/esm/loader:264:38)";

/// An error with Node's `code`, made by the prelude's `codedError` (`RangeError [CODE]: ...`).
pub(crate) fn coded_error(context: &mut Context, base: &str, code: &str, message: &str) -> JsError {
    let made = (|| -> JsResult<JsValue> {
        let internals =
            crate::runtime::prelude_hooks(context)?.get(js_string!("internals"), context)?;
        let internals = internals
            .as_object()
            .ok_or_else(|| JsNativeError::typ().with_message("no internals"))?;
        let coded = internals.get(js_string!("codedError"), context)?;
        let base = context.global_object().get(JsString::from(base), context)?;
        let coded = coded
            .as_callable()
            .ok_or_else(|| JsNativeError::typ().with_message("no codedError"))?;
        coded.call(
            &JsValue::undefined(),
            &[
                base,
                JsString::from(code).into(),
                JsString::from(message).into(),
            ],
            context,
        )
    })();
    match made {
        Ok(error) => JsError::from_opaque(error),
        Err(e) => e,
    }
}

pub(crate) fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in path.components() {
        match c {
            std::path::Component::ParentDir => {
                out.pop();
            }
            std::path::Component::CurDir => {}
            other => out.push(other),
        }
    }
    out
}

impl ModuleLoader for Loader {
    async fn load_imported_module(
        self: Rc<Self>,
        referrer: Referrer,
        request: boa_engine::module::ModuleRequest,
        context: &std::cell::RefCell<&mut Context>,
    ) -> JsResult<Module> {
        let specifier = request.specifier().to_std_string_escaped();
        let attributes: Vec<(String, String)> = request
            .attributes()
            .iter()
            .map(|a| {
                (
                    a.key().to_std_string_escaped(),
                    a.value().to_std_string_escaped(),
                )
            })
            .collect();
        let loaded = self.load(
            &referrer,
            &specifier,
            &attributes,
            &mut context.borrow_mut(),
        );
        if loaded.is_err() {
            self.count(|c| c.failed += 1);
        }
        loaded
    }

    fn init_import_meta(
        self: Rc<Self>,
        import_meta: &boa_engine::JsObject,
        module: &Module,
        context: &mut Context,
    ) {
        let Some(path) = module.path() else {
            return;
        };
        // Node 20.20's properties, in its order: dirname, filename, resolve, url.
        let dir = path
            .parent()
            .map(|p| p.to_string_lossy().into_owned())
            .unwrap_or_default();
        let file = path.to_string_lossy().into_owned();
        let resolve = FunctionObjectBuilder::new(
            context.realm(),
            NativeFunction::from_copy_closure_with_captures(
                |_, args, file: &String, context| {
                    let specifier = args.first().cloned().unwrap_or_default();
                    let specifier = specifier.to_string(context)?.to_std_string_escaped();
                    resolve_import_meta(&specifier, file, context)
                        .map(|url| JsString::from(url).into())
                },
                file.clone(),
            ),
        )
        .name(js_string!("resolve"))
        .length(1)
        .build();
        let url = format!("file://{}", path.display());
        let properties: [(JsString, JsValue); 4] = [
            (js_string!("dirname"), JsString::from(dir).into()),
            (js_string!("filename"), JsString::from(file).into()),
            (js_string!("resolve"), resolve.into()),
            (js_string!("url"), JsString::from(url).into()),
        ];
        for (key, value) in properties {
            let _ = import_meta.set(key, value, false, context);
        }
    }
}
