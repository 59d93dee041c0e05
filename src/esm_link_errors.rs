//! V8's and Node's words for an ES module graph that does not link: an `import { x }` (or
//! `export { x } from`) naming an export the requested module does not have.
//!
//! Boa reports only ``could not find export `x` ``, without the module or the place. V8 says
//! `The requested module './m.mjs' does not provide an export named 'x'` and points at the
//! name in the importing module; Node (`ModuleJob._instantiate` in
//! `lib/internal/modules/esm/module_job.js`) puts that arrow into the stack and, when the
//! requested module is CommonJS, rewrites the message to suggest the default import. The
//! place is found here by scanning the graph's sources in linking order (dependencies first,
//! as V8 links them) for the first import of that name.

use std::path::{Path, PathBuf};

use boa_engine::{Context, JsError, JsNativeError, JsString, js_string};

use crate::host::Host;
use crate::js_tokens::{Token, tokenize_with_offsets};

/// An import of a name from a module, as written.
struct NamedImport {
    /// The name the requested module should export.
    name: String,
    specifier: String,
    /// 1-based line and column of the name.
    line: u32,
    column: u32,
}

/// The module requests and named imports (`import {a, b as c} from`, `export {a} from`) of a
/// module's source, in source order.
fn scan(source: &str) -> (Vec<String>, Vec<NamedImport>) {
    let (tokens, offsets) = tokenize_with_offsets(source);
    let positions = line_columns(source, &offsets);
    let is = |at: usize, p: &str| matches!(tokens.get(at), Some(Token::Punct(q)) if *q == p);
    let ident = |at: usize| match tokens.get(at) {
        Some(Token::Ident(w)) => Some(w.as_str()),
        _ => None,
    };
    let mut requests = Vec::new();
    let mut imports = Vec::new();
    for at in 0..tokens.len() {
        let keyword = ident(at);
        if !matches!(keyword, Some("import" | "export")) || (at > 0 && is(at - 1, ".")) {
            continue;
        }
        // The statement's tokens up to its `from 'specifier'` (or a bare `import 'x'`).
        let mut end = at + 1;
        while end < tokens.len()
            && !(ident(end) == Some("from") && matches!(tokens.get(end + 1), Some(Token::Str(_))))
        {
            if is(end, ";")
                || ident(end).is_some_and(|w| {
                    matches!(w, "import" | "export") && end > at + 1 && !is(end - 1, ".")
                })
            {
                break;
            }
            end += 1;
        }
        let specifier = match tokens.get(end + 1) {
            Some(Token::Str(s)) if ident(end) == Some("from") => s.clone(),
            _ => {
                if keyword == Some("import")
                    && let Some(Token::Str(s)) = tokens.get(at + 1)
                {
                    requests.push(s.clone());
                }
                continue;
            }
        };
        requests.push(specifier.clone());
        // Names inside the braces: the first identifier of each `a` / `a as b` item.
        let Some(open) = (at + 1..end).find(|&i| is(i, "{")) else {
            continue;
        };
        let mut expecting_name = true;
        for i in open + 1..end {
            if is(i, "}") {
                break;
            }
            if is(i, ",") {
                expecting_name = true;
                continue;
            }
            let name = match &tokens[i] {
                Token::Ident(w) => Some(w.clone()),
                Token::Str(s) => Some(s.clone()),
                _ => None,
            };
            if expecting_name && let Some(name) = name {
                let (line, column) = positions[i];
                imports.push(NamedImport {
                    name,
                    specifier: specifier.clone(),
                    line,
                    column,
                });
                expecting_name = false;
            }
        }
    }
    (requests, imports)
}

/// Each offset's 1-based line and column.
fn line_columns(source: &str, offsets: &[usize]) -> Vec<(u32, u32)> {
    let mut result = Vec::with_capacity(offsets.len());
    let (mut line, mut column) = (1u32, 1u32);
    let mut next = offsets.iter().peekable();
    for (index, c) in source.chars().enumerate() {
        while next.peek().is_some_and(|&&o| o == index) {
            result.push((line, column));
            next.next();
        }
        if c == '\n' {
            line += 1;
            column = 1;
        } else {
            column += 1;
        }
    }
    while next.next().is_some() {
        result.push((line, column));
    }
    result
}

fn resolve(from: &Path, specifier: &str) -> Option<PathBuf> {
    let relative =
        specifier.starts_with("./") || specifier.starts_with("../") || specifier.starts_with('/');
    relative.then(|| {
        crate::modules::normalize(&from.parent().unwrap_or(Path::new("/")).join(specifier))
    })
}

/// The graph's ES module files below `root`, dependencies before dependents.
fn linking_order(root: &Path, context: &Context) -> Vec<(PathBuf, String)> {
    fn visit(
        path: &Path,
        context: &Context,
        seen: &mut Vec<PathBuf>,
        out: &mut Vec<(PathBuf, String)>,
    ) {
        if seen.iter().any(|p| p == path) || seen.len() > 256 {
            return;
        }
        seen.push(path.to_path_buf());
        let display = path.to_string_lossy().into_owned();
        let Some(source) = crate::vfs::of(context).read_to_string(&display) else {
            return;
        };
        if display.ends_with(".json")
            || crate::esm_interop::is_commonjs_file(&display, &source, context)
        {
            return;
        }
        for specifier in scan(&source).0 {
            if let Some(child) = resolve(path, &specifier) {
                visit(&child, context, seen, out);
            }
        }
        out.push((path.to_path_buf(), source));
    }
    let mut out = Vec::new();
    visit(root, context, &mut Vec::new(), &mut out);
    out
}

/// Node's frames for an error thrown while the main module's graph is instantiated.
pub const INSTANTIATE_FRAMES: &str = "    at ModuleJob._instantiate (node:internal/modules/esm/module_job:213:21)\n    at async ModuleJob.run (node:internal/modules/esm/module_job:320:5)\n    at async ModuleLoader.import (node:internal/modules/esm/loader:606:24)\n    at async asyncRunEntryPointWithESMLoader (node:internal/modules/run_main:117:5)";

/// Boa's link error for the graph rooted at `root`, in V8's and Node's words; other errors
/// pass through.
pub fn translate(error: JsError, root: &Path, context: &mut Context) -> JsError {
    let Some(native) = error.as_native() else {
        return error;
    };
    let message = native.message().to_string();
    let (name, ambiguous) = if let Some(rest) = message.strip_prefix("could not find export `") {
        (rest.trim_end_matches('`').to_string(), false)
    } else if let Some(rest) = message.strip_prefix("could not resolve ambiguous export `") {
        (rest.trim_end_matches('`').to_string(), true)
    } else {
        return error;
    };
    let site = linking_order(root, context)
        .into_iter()
        .find_map(|(path, source)| {
            let import = scan(&source).1.into_iter().find(|i| i.name == name)?;
            Some((path, source, import))
        });
    let Some((path, source, import)) = site else {
        return error;
    };
    let specifier = &import.specifier;
    let requested_is_commonjs = resolve(&path, specifier).is_some_and(|target| {
        let display = target.to_string_lossy().into_owned();
        let source = crate::vfs::of(context).read_to_string(&display);
        source.is_some_and(|s| crate::esm_interop::is_commonjs_file(&display, &s, context))
    });
    let line_text = source
        .split('\n')
        .nth(import.line as usize - 1)
        .unwrap_or("");
    let text = if ambiguous {
        format!(
            "The requested module '{specifier}' contains conflicting star exports for name '{name}'"
        )
    } else if requested_is_commonjs {
        // Node rewrites the `{ ... }` of the arrow's line into a destructuring suggestion.
        let destructuring = match (line_text.find('{'), line_text.rfind('}')) {
            (Some(open), Some(close)) if open < close => {
                let braces = &line_text[open..=close];
                let words: Vec<&str> = braces.split(" as ").collect();
                format!("const {} = pkg;\n", words.join(": "))
            }
            _ => String::new(),
        };
        format!(
            "Named export '{name}' not found. The requested module '{specifier}' is a CommonJS module, which may not support all module.exports as named exports.\nCommonJS modules can always be imported via the default export, for example using:\n\nimport pkg from '{specifier}';\n{destructuring}"
        )
    } else {
        format!("The requested module '{specifier}' does not provide an export named '{name}'")
    };
    let error = JsNativeError::syntax()
        .with_message(text.clone())
        .into_opaque(context);
    let display = path.to_string_lossy();
    let arrow = crate::modules::arrow_range(
        &format!("file://{display}"),
        &source,
        import.line,
        import.column,
        name.chars().count(),
    );
    // Node decorates the stack with the arrow, so its report has no blank line after it.
    Host::of(context).set_arrow(&error, arrow.trim_end_matches('\n').to_string());
    let stack = format!("SyntaxError: {text}\n{INSTANTIATE_FRAMES}");
    let _ = crate::bindings::define_hidden(
        &error,
        js_string!("stack"),
        JsString::from(stack.as_str()),
        context,
    );
    JsError::from_opaque(error.into())
}

#[cfg(test)]
mod tests {
    use super::scan;

    #[test]
    fn named_imports_and_reexports_with_their_places() {
        let (requests, imports) = scan(
            "import a, { b, c as d } from './x.mjs';\nexport { e } from \"./y.js\";\nimport './z.js';\nconst m = import.meta;\n",
        );
        assert_eq!(requests, ["./x.mjs", "./y.js", "./z.js"]);
        let found: Vec<(&str, &str, u32, u32)> = imports
            .iter()
            .map(|i| (i.name.as_str(), i.specifier.as_str(), i.line, i.column))
            .collect();
        assert_eq!(
            found,
            [
                ("b", "./x.mjs", 1, 13),
                ("c", "./x.mjs", 1, 16),
                ("e", "./y.js", 2, 10)
            ]
        );
    }
}
