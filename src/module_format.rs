//! Which loader runs a main `.js` file, as Node 20.20 decides: the nearest `package.json`'s
//! `"type"`, and without one, module detection (on by default since 20.19): a file that does
//! not compile as CommonJS for a reason only module syntax explains runs as an ES module.
//!
//! Node's rule (`ShouldRetryAsESM` in `src/node_contextify.cc`): the CommonJS compile failed
//! with one of V8's messages for `import`, `export` or `import.meta`, or with one that only the
//! CommonJS wrapper causes (top-level `await`, a redeclared `require`, `module`, ...) while the
//! text does parse as a module.

use boa_engine::Source;
use boa_engine::ast::scope::Scope;
use boa_engine::interner::Interner;
use boa_engine::parser::Parser;

use crate::runtime::EntryKind;
use crate::stack::{CJS_WRAPPER_PREFIX, CJS_WRAPPER_SUFFIX};
use crate::vfs::Vfs;

/// V8's messages for module syntax in a script.
const MODULE_SYNTAX: [&str; 3] = [
    "Cannot use import statement outside a module",
    "Unexpected token 'export'",
    "Cannot use 'import.meta' outside a module",
];

/// V8's messages for code that is valid in a module but not inside the CommonJS wrapper.
const ONLY_IN_COMMONJS: [&str; 6] = [
    "Identifier 'module' has already been declared",
    "Identifier 'exports' has already been declared",
    "Identifier 'require' has already been declared",
    "Identifier '__filename' has already been declared",
    "Identifier '__dirname' has already been declared",
    "await is only valid in async functions and the top level bodies of modules",
];

/// How a main file is run, and the warning Node prints about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MainFormat {
    pub entry: EntryKind,
    /// `(message, code)` for `process.emitWarning`.
    pub warning: Option<(String, Option<String>)>,
    /// The warning is emitted at once (`emitWarningSync`): the compile error that follows
    /// ends the process before a tick could print it.
    pub sync: bool,
}

/// The nearest `package.json` above `file` in the vfs: its path and its `"type"`, if any.
fn package_scope(vfs: &Vfs, file: &str) -> Option<(String, Option<String>)> {
    let mut dir = std::path::Path::new(file).parent();
    while let Some(d) = dir {
        let candidate = d.join("package.json").to_string_lossy().into_owned();
        if let Some(text) = vfs.read_to_string(&candidate) {
            let kind = serde_json::from_str::<serde_json::Value>(&text)
                .ok()
                .and_then(|v| v.get("type")?.as_str().map(str::to_string));
            return Some((candidate, kind));
        }
        dir = d.parent();
    }
    None
}

/// V8's message for why `source` does not compile inside the CommonJS wrapper, if it does not.
fn commonjs_failure(source: &str) -> Option<String> {
    let body = match source.strip_prefix("#!") {
        Some(rest) => format!("//{rest}"),
        None => source.to_string(),
    };
    let wrapped = format!("{CJS_WRAPPER_PREFIX}{body}{CJS_WRAPPER_SUFFIX}");
    let error = Parser::new(Source::from_bytes(wrapped.as_bytes()))
        .parse_script(&Scope::new_global(), &mut Interner::default())
        .err()?;
    let mut problem = crate::modules::parse_syntax_message(&error.to_string(), source);
    if problem.line == 1 {
        let shift = CJS_WRAPPER_PREFIX.len() as u32;
        problem.column = problem.column.saturating_sub(shift).max(1);
    }
    let goal = crate::v8_syntax::Goal::CommonJs;
    Some(
        crate::v8_syntax::translate(&problem.message, source, problem.line, problem.column, goal)
            .message,
    )
}

fn parses_as_module(source: &str) -> bool {
    Parser::new(Source::from_bytes(source.as_bytes()))
        .parse_module(&Scope::new_global(), &mut Interner::default())
        .is_ok()
}

/// Node's `containsModuleSyntax`: the CommonJS compile fails and a module would not.
fn contains_module_syntax(source: &str) -> bool {
    match commonjs_failure(source) {
        Some(message) if MODULE_SYNTAX.contains(&message.as_str()) => true,
        Some(message) if ONLY_IN_COMMONJS.contains(&message.as_str()) => parses_as_module(source),
        _ => false,
    }
}

/// How Node runs the main file `path` (`source`) that the extension alone calls `kind`.
pub fn of_main(vfs: &Vfs, path: &str, source: &str, kind: EntryKind) -> MainFormat {
    let plain = MainFormat {
        entry: kind,
        warning: None,
        sync: false,
    };
    if kind != EntryKind::CommonJs || !path.ends_with(".js") && !path.ends_with(".cjs") {
        return plain;
    }
    let scope = package_scope(vfs, path);
    // A `.cjs` file is CommonJS whatever the package says: no detection, only the warning.
    let declared = if path.ends_with(".cjs") {
        Some("commonjs")
    } else {
        scope.as_ref().and_then(|(_, kind)| kind.as_deref())
    };
    match declared {
        Some("module") => MainFormat {
            entry: EntryKind::EsModule,
            ..plain
        },
        Some("commonjs") => {
            // `enrichCJSError`: the compile error will say why; the warning says what to do.
            if contains_module_syntax(source) {
                let message = "To load an ES module, set \"type\": \"module\" in the package.json or use the .mjs extension.";
                MainFormat {
                    warning: Some((message.to_string(), None)),
                    sync: true,
                    ..plain
                }
            } else {
                plain
            }
        }
        _ if contains_module_syntax(source) => MainFormat {
            entry: EntryKind::EsModule,
            warning: scope.map(|(package, _)| {
                (
                    format!(
                        "Module type of file://{path} is not specified and it doesn't parse as CommonJS.\nReparsing as ES module because module syntax was detected. This incurs a performance overhead.\nTo eliminate this warning, add \"type\": \"module\" to {package}."
                    ),
                    Some("MODULE_TYPELESS_PACKAGE_JSON".to_string()),
                )
            }),
            sync: false,
        },
        _ => plain,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(files: &[(&str, &str)]) -> MainFormat {
        let mut vfs = Vfs::new();
        for (path, text) in files {
            vfs.insert(*path, text.as_bytes().to_vec());
        }
        let source = files[0].1;
        of_main(&vfs, files[0].0, source, EntryKind::CommonJs)
    }

    #[test]
    fn module_syntax_without_a_type_runs_as_a_module() {
        assert_eq!(
            entry(&[("/a/x.js", "import fs from 'fs';\n")]).entry,
            EntryKind::EsModule
        );
        assert_eq!(
            entry(&[("/a/x.js", "export const a = 1;\n")]).entry,
            EntryKind::EsModule
        );
        assert_eq!(
            entry(&[("/a/x.js", "await 1;\n")]).entry,
            EntryKind::EsModule
        );
        assert_eq!(
            entry(&[("/a/x.js", "console.log(import.meta.url);\n")]).entry,
            EntryKind::EsModule
        );
    }

    #[test]
    fn commonjs_and_other_errors_stay_commonjs() {
        assert_eq!(
            entry(&[("/a/x.js", "console.log(require);\n")]).entry,
            EntryKind::CommonJs
        );
        assert_eq!(
            entry(&[("/a/x.js", "let x = ;\n")]).entry,
            EntryKind::CommonJs
        );
        // Top-level await, but the text is no module either.
        assert_eq!(
            entry(&[("/a/x.js", "await 1;\nlet x = ;\n")]).entry,
            EntryKind::CommonJs
        );
        assert_eq!(
            entry(&[("/a/x.js", "return 1;\n")]).entry,
            EntryKind::CommonJs
        );
    }

    #[test]
    fn package_type_decides_first() {
        let typed = entry(&[
            ("/a/x.js", "console.log(1);\n"),
            ("/package.json", r#"{"type":"module"}"#),
        ]);
        assert_eq!(typed.entry, EntryKind::EsModule);
        let cjs = entry(&[
            ("/a/x.js", "import 'fs';\n"),
            ("/a/package.json", r#"{"type":"commonjs"}"#),
        ]);
        assert_eq!((cjs.entry, cjs.sync), (EntryKind::CommonJs, true));
        let typeless = entry(&[("/a/x.js", "import 'fs';\n"), ("/a/package.json", "{}")]);
        assert_eq!(typeless.entry, EntryKind::EsModule);
        assert!(
            typeless
                .warning
                .unwrap()
                .0
                .contains("add \"type\": \"module\" to /a/package.json.")
        );
    }
}
