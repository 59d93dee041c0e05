//! The named exports an ES module may import from a CommonJS file, found as Node finds them:
//! by `cjs-module-lexer`'s static patterns over the source's tokens, before the file runs.
//!
//! Detected (the lexer's grammar, `deps/cjs-module-lexer/README.md`), with `exports` standing
//! for `exports` or `module.exports`:
//! - `exports.name =` and `exports['name'] =`;
//! - `Object.defineProperty(exports, 'name', { [enumerable: true,] value: ...` or `get ...`;
//! - `module.exports = { a, b: c, 'd': e, ...f }`: shorthand, identifier-valued and
//!   string-keyed properties, spreads skipped; any other property ends the detection there
//!   (so `{ add: (a, b) => a + b }` exports no name, as in Node);
//! - `module.exports = require('./x')` (the last one) and `...require('./x')` in such a literal:
//!   re-exports, whose own names are added by the caller.
//!
//! Simplifications: a getter's body is not checked, and the transpiler star re-export forms
//! (`__exportStar`, Babel's `Object.keys(_x).forEach`) are not detected.

use crate::js_tokens::{Token, tokenize};

/// What the lexer finds in one file.
#[derive(Debug, Default, PartialEq)]
pub struct Detected {
    pub names: Vec<String>,
    pub reexports: Vec<String>,
}

struct Matcher<'a> {
    tokens: &'a [Token],
    found: Detected,
}

impl Matcher<'_> {
    fn ident(&self, at: usize, word: &str) -> bool {
        matches!(self.tokens.get(at), Some(Token::Ident(w)) if w == word)
    }
    fn punct(&self, at: usize, p: &str) -> bool {
        matches!(self.tokens.get(at), Some(Token::Punct(q)) if *q == p)
    }
    fn string(&self, at: usize) -> Option<String> {
        match self.tokens.get(at) {
            Some(Token::Str(s)) => Some(s.clone()),
            _ => None,
        }
    }
    fn name(&self, at: usize) -> Option<String> {
        match self.tokens.get(at) {
            Some(Token::Ident(s)) => Some(s.clone()),
            _ => None,
        }
    }

    /// `exports` or `module.exports` at `at` (not itself a member of something else): the
    /// index after it, and whether it was `module.exports`.
    fn exports_at(&self, at: usize) -> Option<(usize, bool)> {
        if at > 0 && self.punct(at - 1, ".") {
            return None;
        }
        if self.ident(at, "exports") {
            return Some((at + 1, false));
        }
        if self.ident(at, "module") && self.punct(at + 1, ".") && self.ident(at + 2, "exports") {
            return Some((at + 3, true));
        }
        None
    }

    /// `require('x')` at `at`: the specifier and the index after it.
    fn require_at(&self, at: usize) -> Option<(String, usize)> {
        if self.ident(at, "require") && self.punct(at + 1, "(") && self.punct(at + 3, ")") {
            return Some((self.string(at + 2)?, at + 4));
        }
        None
    }

    fn add(&mut self, name: String) {
        if !self.found.names.contains(&name) {
            self.found.names.push(name);
        }
    }

    /// `.name =` or `['name'] =` after an exports identifier.
    fn member_assignment(&mut self, after: usize) {
        let name = if self.punct(after, ".") && self.punct(after + 2, "=") {
            self.name(after + 1)
        } else if self.punct(after, "[") && self.punct(after + 2, "]") && self.punct(after + 3, "=")
        {
            self.string(after + 1)
        } else {
            None
        };
        if let Some(name) = name {
            self.add(name);
        }
    }

    /// After `module.exports =`: a `require` re-export or an object literal.
    fn module_exports_assignment(&mut self, at: usize) {
        if let Some((specifier, _)) = self.require_at(at) {
            // The last `module.exports = ...` match decides the re-exports.
            self.found.reexports = vec![specifier];
            return;
        }
        if !self.punct(at, "{") {
            return;
        }
        let mut i = at + 1;
        loop {
            if self.punct(i, "}") {
                return;
            }
            if self.punct(i, "...") {
                if let Some((specifier, next)) = self.require_at(i + 1) {
                    self.found.reexports.push(specifier);
                    i = next;
                } else if self.name(i + 1).is_some() {
                    i += 2;
                } else {
                    return;
                }
            } else if let Some(key) = self.name(i).or_else(|| self.string(i)) {
                let shorthand =
                    self.name(i).is_some() && (self.punct(i + 1, ",") || self.punct(i + 1, "}"));
                if shorthand {
                    self.add(key);
                    i += 1;
                } else if self.punct(i + 1, ":")
                    && self.name(i + 2).is_some()
                    && (self.punct(i + 3, ",") || self.punct(i + 3, "}"))
                {
                    self.add(key);
                    i += 3;
                } else {
                    return;
                }
            } else {
                return;
            }
            if self.punct(i, ",") {
                i += 1;
            } else if !self.punct(i, "}") {
                return;
            }
        }
    }

    /// `Object.defineProperty(exports, 'name', { [enumerable: true,] value|get`.
    fn define_property(&mut self, at: usize) {
        if !(self.ident(at, "Object")
            && self.punct(at + 1, ".")
            && self.ident(at + 2, "defineProperty")
            && self.punct(at + 3, "("))
        {
            return;
        }
        let Some((after, _)) = self.exports_at(at + 4) else {
            return;
        };
        if !self.punct(after, ",") || !self.punct(after + 2, ",") || !self.punct(after + 3, "{") {
            return;
        }
        let Some(name) = self.string(after + 1) else {
            return;
        };
        let mut i = after + 4;
        if self.ident(i, "enumerable")
            && self.punct(i + 1, ":")
            && self.ident(i + 2, "true")
            && self.punct(i + 3, ",")
        {
            i += 4;
        }
        if (self.ident(i, "value") && self.punct(i + 1, ":")) || self.getter_returning_a_binding(i)
        {
            self.add(name);
        }
    }

    /// `get: function [name]() { return x[.y | ['y']][;] }` or `get() { ... }` at `at`.
    fn getter_returning_a_binding(&self, at: usize) -> bool {
        if !self.ident(at, "get") {
            return false;
        }
        let mut i = at + 1;
        if self.punct(i, ":") && self.ident(i + 1, "function") {
            i += 2;
            if self.name(i).is_some() && !self.punct(i, "(") {
                i += 1;
            }
        }
        if !(self.punct(i, "(")
            && self.punct(i + 1, ")")
            && self.punct(i + 2, "{")
            && self.ident(i + 3, "return"))
        {
            return false;
        }
        i += 4;
        if self.name(i).is_none() {
            return false;
        }
        i += 1;
        if self.punct(i, ".") && self.name(i + 1).is_some() {
            i += 2;
        } else if self.punct(i, "[") && self.string(i + 1).is_some() && self.punct(i + 2, "]") {
            i += 3;
        }
        if self.punct(i, ";") {
            i += 1;
        }
        self.punct(i, "}")
    }
}

/// The names and re-exports `source` shows.
pub fn detect(source: &str) -> Detected {
    let tokens = tokenize(source);
    let mut matcher = Matcher {
        tokens: &tokens,
        found: Detected::default(),
    };
    for at in 0..tokens.len() {
        if let Some((after, is_module_exports)) = matcher.exports_at(at) {
            matcher.member_assignment(after);
            if is_module_exports && matcher.punct(after, "=") {
                matcher.module_exports_assignment(after + 1);
            }
        } else if matcher.ident(at, "Object") {
            matcher.define_property(at);
        }
    }
    matcher.found
}

#[cfg(test)]
mod tests {
    use super::detect;

    #[test]
    fn the_readme_example() {
        let found = detect(
            "module.exports.a = 'a';\n(function () { exports.b = 'b'; })();\n\
             Object.defineProperty(exports, 'c', { value: 'c' });\n/* exports.d = 'no'; */\n\
             if (maybe) module.exports = require('./dep1.js');\n\
             if (another) module.exports = require('./dep2.js');\n\
             module.exports = { a, b: c, d, 'e': f }\n\
             Object.defineProperty(module.exports, '__esModule', { value: true })",
        );
        assert_eq!(found.names, ["a", "b", "c", "d", "e", "__esModule"]);
        assert_eq!(found.reexports, ["./dep2.js"]);
    }

    #[test]
    fn getters_count_only_when_they_return_a_binding() {
        let found = detect(
            "Object.defineProperty(exports, 'a', { enumerable: true, get: function () { return q.p; } });\n\
             Object.defineProperty(exports, 'b', { enumerable: true, get () { return b } });\n\
             Object.defineProperty(exports, 'c', { enumerable: true, get() { return 3; } });\n\
             Object.defineProperty(exports, 'd', { get: () => p });",
        );
        assert_eq!(found.names, ["a", "b"]);
    }

    #[test]
    fn a_literal_stops_at_its_first_complex_property() {
        let found = detect("module.exports = { a, ...d, b: require('c'), c: 'x' };");
        assert_eq!(found.names, ["a"]);
        let found = detect("module.exports = { add: (a, b) => a + b, sub };");
        assert!(found.names.is_empty());
    }

    #[test]
    fn strings_comments_and_templates_hide_nothing_real() {
        let found = detect(
            "const s = 'exports.x = 1'; // exports.y = 2\nconst t = `${exports.z}`; exports.w = /=/g;",
        );
        assert_eq!(found.names, ["w"]);
    }
}
