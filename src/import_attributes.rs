//! Node 20's check of an import's attributes against the module's format
//! (`validateAttributes` in lib/internal/modules/esm/assert.js): a JSON module needs
//! `with { type: 'json' }`, any other format must not name a type, and `type` is the only
//! attribute. Its errors carry Node's codes, throw sites and loader frames.

use boa_engine::{Context, JsError, JsResult, JsString, JsValue};

/// A module's format as Node's loader names it, for the attribute check.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// `node:` built-ins (`builtin`), loaded without reading a file.
    Builtin,
    /// `json`.
    Json,
    /// `module` or `commonjs`: the implicit `javascript` type.
    JavaScript,
}

/// The frames below `defaultLoad` for a file's module (an async loader step) and a
/// built-in's (a synchronous chain).
const FILE_FRAMES: &str =
    "    at async ModuleLoader.loadAndTranslate (node:internal/modules/esm/loader:543:45)";
const BUILTIN_FRAMES: &str = "    at ModuleLoader.load (node:internal/modules/esm/loader:724:12)\n    at ModuleLoader.loadAndTranslate (node:internal/modules/esm/loader:543:56)\n    at #createModuleJob (node:internal/modules/esm/loader:567:36)\n    at #getJobFromResolveResult (node:internal/modules/esm/loader:297:34)\n    at ModuleLoader.getModuleJobForImport (node:internal/modules/esm/loader:265:41)";

/// One of assert.js's throws: the error's code, message, throw site (the fatal report's
/// source line and arrow) and its frames above `defaultLoad`.
struct Failure {
    code: &'static str,
    message: String,
    site: &'static str,
    frames: String,
}

/// `validateAttributes(url, format, attributes)`: `Ok` when the import may load.
pub fn validate(
    url: &str,
    format: Format,
    attributes: &[(String, String)],
    context: &mut Context,
) -> JsResult<()> {
    let failure = check(url, format, attributes);
    match failure {
        None => Ok(()),
        Some(failure) => Err(raise(failure, format, context)),
    }
}

fn check(url: &str, format: Format, attributes: &[(String, String)]) -> Option<Failure> {
    if let Some((key, value)) = attributes.iter().find(|(k, _)| k != "type") {
        return Some(Failure {
            code: "ERR_IMPORT_ATTRIBUTE_UNSUPPORTED",
            message: format!("Import attribute \"{key}\" with value \"{value}\" is not supported"),
            site: "node:internal/modules/esm/assert:61\n      throw new ERR_IMPORT_ATTRIBUTE_UNSUPPORTED(keys[i], importAttributes[keys[i]]);\n            ^\n",
            frames: "validateAttributes (node:internal/modules/esm/assert:61:13)".into(),
        });
    }
    let ty = attributes.iter().find(|(k, _)| k == "type").map(|(_, v)| v);
    // handleInvalidType's caller: the implicit type's case (line 78) or the default (91).
    let (caller, valid) = match format {
        Format::Json => (
            "validateAttributes (node:internal/modules/esm/assert:91:14)",
            "json",
        ),
        Format::Builtin | Format::JavaScript => (
            "validateAttributes (node:internal/modules/esm/assert:78:14)",
            "",
        ),
    };
    match ty {
        None if valid.is_empty() => None,
        None => Some(Failure {
            code: "ERR_IMPORT_ASSERTION_TYPE_MISSING",
            message: format!("Module \"{url}\" needs an import attribute of type \"{valid}\""),
            site: "node:internal/modules/esm/assert:89\n        throw new ERR_IMPORT_ASSERTION_TYPE_MISSING(url, validType);\n              ^\n",
            frames: "validateAttributes (node:internal/modules/esm/assert:89:15)".into(),
        }),
        Some(ty) if ty == valid => None,
        // `json` is the only type Node knows besides the implicit one.
        Some(ty) if ty != "json" => Some(Failure {
            code: "ERR_IMPORT_ASSERTION_TYPE_UNSUPPORTED",
            message: format!("Import attribute type \"{ty}\" is unsupported"),
            site: "node:internal/modules/esm/assert:106\n    throw new ERR_IMPORT_ASSERTION_TYPE_UNSUPPORTED(type);\n          ^\n",
            frames: format!(
                "handleInvalidType (node:internal/modules/esm/assert:106:11)\n    at {caller}"
            ),
        }),
        Some(ty) => Some(Failure {
            code: "ERR_IMPORT_ASSERTION_TYPE_FAILED",
            message: format!("Module \"{url}\" is not of type \"{ty}\""),
            site: "node:internal/modules/esm/assert:110\n  throw new ERR_IMPORT_ASSERTION_TYPE_FAILED(url, type);\n        ^\n",
            frames: format!(
                "handleInvalidType (node:internal/modules/esm/assert:110:9)\n    at {caller}"
            ),
        }),
    }
}

/// The TypeError Node throws, with its throw site and the loader's frames as its stack.
fn raise(failure: Failure, format: Format, context: &mut Context) -> JsError {
    let error = crate::modules::coded_error(context, "TypeError", failure.code, &failure.message);
    if let Some(object) = error.as_opaque().and_then(JsValue::as_object) {
        let below = if format == Format::Builtin {
            BUILTIN_FRAMES
        } else {
            FILE_FRAMES
        };
        let header = format!("TypeError [{}]: {}", failure.code, failure.message);
        let frames = format!(
            "    at {}\n    at defaultLoad (node:internal/modules/esm/load:155:3)\n{below}",
            failure.frames
        );
        crate::modules::dress_loader_error(&object, failure.site, &header, &frames, context);
    }
    error
}

/// V8 11's deprecated `assert { … }` form of import attributes (`import x from './x.json'
/// assert { type: 'json' }`, `export … from '…' assert { … }`), which Boa does not parse:
/// each `assert` right after a declaration's module specifier on the same line (a line break
/// before it makes it an identifier, as in V8) becomes `with` padded to the same length, so
/// every position in the module stays where it was. Returns the rewritten source, if any,
/// and the 1-based line of each `assert`.
pub fn rewrite_assert(source: &str) -> Option<(String, Vec<usize>)> {
    use crate::js_tokens::{Token, tokenize_with_offsets};
    if !source.contains("assert") {
        return None;
    }
    let (tokens, offsets) = tokenize_with_offsets(source);
    let chars: Vec<char> = source.chars().collect();
    let mut sites = Vec::new();
    for i in 2..tokens.len().saturating_sub(1) {
        let is_declaration =
            matches!(&tokens[i - 2], Token::Ident(k) if k == "from" || k == "import");
        if is_declaration
            && matches!(tokens[i - 1], Token::Str(_))
            && matches!(&tokens[i], Token::Ident(k) if k == "assert")
            && tokens[i + 1] == Token::Punct("{")
            && !chars[offsets[i - 1]..offsets[i]].contains(&'\n')
        {
            sites.push(offsets[i]);
        }
    }
    if sites.is_empty() {
        return None;
    }
    let mut out = chars.clone();
    let mut lines = Vec::new();
    for &at in &sites {
        out.splice(at..at + 6, "with  ".chars());
        lines.push(chars[..at].iter().filter(|&&c| c == '\n').count() + 1);
    }
    Some((out.into_iter().collect(), lines))
}

/// V8's warning for each `assert` form, printed as Node's message listener prints it, before
/// the module's body runs; V8 reports a module's in reverse order.
pub fn warn_assert(url: &str, lines: &[usize], context: &mut Context) {
    for line in lines.iter().rev() {
        let message = format!(
            "{url}:{line} 'assert' is deprecated in import statements and support will be removed in a future version; use 'with' instead"
        );
        let _ =
            crate::runtime::call_hook(context, "emitV8Warning", &[JsString::from(message).into()]);
    }
}
