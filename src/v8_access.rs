//! Which member access failed, read from the source: V8 says `Cannot read properties of null
//! (reading 'avatar')`, naming the value (null or undefined) and the key, while Boa's message
//! (`cannot convert 'null' or 'undefined' to object`) names neither and its position is often
//! the last call before the access. So the line is split into access chains
//! (`data.user.profile.avatar`, `rows[0]`, `a?.b.c`), and each link is judged by what the
//! program declared: a root bound by `let x;` or `= null`, a property written `name: null`, or
//! one the program never defines on an object literal it built. The first chain with a link
//! known to be nullish gives the failing key. Also the temporal dead zone: Boa does not say
//! which binding was read before its declaration.

/// One failing access: the value it was made on, the key, and whether it was a write.
#[derive(Debug, PartialEq)]
pub struct FailedAccess {
    pub value: &'static str,
    pub key: String,
    pub write: bool,
}

fn is_ident_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || c == '$'
}

/// One link of a chain after its root.
#[derive(Debug)]
enum Link {
    /// `.name` or `?.name`
    Name(String),
    /// `[expr]`, the expression's text
    Index(String),
    /// `(...)`
    Call,
}

/// What the program tells about a value.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Known {
    Null,
    Undefined,
    /// An object literal the program wrote (its missing properties are `undefined`).
    Literal,
    Unknown,
}

/// The access chains of a line: a root identifier and its links, with the text after it.
fn chains(line: &str) -> Vec<(String, Vec<Link>, String)> {
    let chars: Vec<char> = line.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    let mut quote: Option<char> = None;
    // The brace depths of the template substitutions (`${...}`) being read as code.
    let mut substitutions: Vec<usize> = Vec::new();
    let mut depth = 0usize;
    while i < chars.len() {
        let c = chars[i];
        if let Some(q) = quote {
            if q == '`' && c == '$' && chars.get(i + 1) == Some(&'{') {
                quote = None;
                depth += 1;
                substitutions.push(depth);
                i += 2;
                continue;
            }
            if c == '\\' {
                i += 2;
                continue;
            }
            if c == q {
                quote = None;
            }
            i += 1;
            continue;
        }
        match c {
            '{' => depth += 1,
            '}' => {
                if substitutions.last() == Some(&depth) {
                    substitutions.pop();
                    quote = Some('`');
                }
                depth = depth.saturating_sub(1);
                if quote.is_some() {
                    i += 1;
                    continue;
                }
            }
            _ => {}
        }
        if matches!(c, '\'' | '"' | '`') {
            quote = Some(c);
            i += 1;
            continue;
        }
        if c == '/' && chars.get(i + 1) == Some(&'/') {
            break;
        }
        let starts_ident = is_ident_char(c)
            && !c.is_ascii_digit()
            && (i == 0 || !is_ident_char(chars[i - 1]) && chars[i - 1] != '.');
        if !starts_ident {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && is_ident_char(chars[i]) {
            i += 1;
        }
        let root: String = chars[start..i].iter().collect();
        let mut links = Vec::new();
        loop {
            let optional = chars.get(i) == Some(&'?') && chars.get(i + 1) == Some(&'.');
            let at = if optional { i + 2 } else { i };
            match chars.get(at) {
                Some('.') if !optional => {
                    let from = at + 1;
                    let mut end = from;
                    while end < chars.len() && is_ident_char(chars[end]) {
                        end += 1;
                    }
                    if end == from {
                        break;
                    }
                    links.push(Link::Name(chars[from..end].iter().collect()));
                    i = end;
                }
                Some(c) if optional && is_ident_char(*c) => {
                    let mut end = at;
                    while end < chars.len() && is_ident_char(chars[end]) {
                        end += 1;
                    }
                    links.push(Link::Name(chars[at..end].iter().collect()));
                    i = end;
                }
                Some(open @ ('[' | '(')) => {
                    let close = if *open == '[' { ']' } else { ')' };
                    let Some(end) = matching(&chars, at, *open, close) else {
                        break;
                    };
                    let inner: String = chars[at + 1..end].iter().collect();
                    links.push(if *open == '[' {
                        Link::Index(inner)
                    } else {
                        Link::Call
                    });
                    i = end + 1;
                }
                _ => break,
            }
        }
        let rest: String = chars[i..].iter().collect();
        if !links.is_empty() {
            let root_end = start + root.chars().count();
            out.push((root, links, rest));
            // Chains inside this one's brackets and arguments are chains too.
            i = root_end;
        }
    }
    out
}

fn matching(chars: &[char], open_at: usize, open: char, close: char) -> Option<usize> {
    let mut depth = 0;
    for (j, &c) in chars.iter().enumerate().skip(open_at) {
        if c == open {
            depth += 1;
        } else if c == close {
            depth -= 1;
            if depth == 0 {
                return Some(j);
            }
        }
    }
    None
}

/// What the program's declarations say about a root identifier.
fn root_known(root: &str, file: &str) -> Known {
    match root {
        "undefined" => return Known::Undefined,
        "null" => return Known::Null,
        // An instance: the properties the program never writes or declares are undefined.
        "this" => return Known::Literal,
        _ => {}
    }
    for keyword in ["let ", "var "] {
        for end in [";", ",", "\n"] {
            if file.contains(&format!("{keyword}{root}{end}")) {
                return Known::Undefined;
            }
        }
    }
    for assign in [" = null", "=null"] {
        if file.contains(&format!("{root}{assign}")) {
            return Known::Null;
        }
    }
    if file.contains(&format!("{root} = undefined")) {
        return Known::Undefined;
    }
    if file.contains(&format!("{root} = {{")) {
        return Known::Literal;
    }
    argument_known(root, file)
}

/// `"null"` or `"undefined"` when the program's declarations say a plain name holds that.
pub fn nullish_name(name: &str, file: &str) -> Option<&'static str> {
    match root_known(name, file) {
        Known::Null => Some("null"),
        Known::Undefined => Some("undefined"),
        _ => None,
    }
}

/// A parameter: what the program passes for it where it calls its function with a literal
/// (`len(null)` for `function len(s)`).
fn argument_known(parameter: &str, file: &str) -> Known {
    for (at, _) in file.match_indices("function ") {
        let rest = &file[at + "function ".len()..];
        let name: String = rest.chars().take_while(|&c| is_ident_char(c)).collect();
        let Some(params) = rest[name.len()..]
            .trim_start()
            .strip_prefix('(')
            .and_then(|p| p.split(')').next())
        else {
            continue;
        };
        let Some(index) = params.split(',').position(|p| p.trim() == parameter) else {
            continue;
        };
        if name.is_empty() {
            continue;
        }
        let call = format!("{name}(");
        for (call_at, _) in file.match_indices(&call) {
            let before = file[..call_at].chars().next_back();
            if before.is_some_and(|c| is_ident_char(c) || c == '.')
                || file[..call_at].ends_with("function ")
            {
                continue;
            }
            let args = &file[call_at + call.len()..];
            let args = args.split(')').next().unwrap_or("");
            match args.split(',').nth(index).map(str::trim) {
                Some("null") => return Known::Null,
                Some("undefined") => return Known::Undefined,
                _ => {}
            }
        }
    }
    Known::Unknown
}

/// What the program's declarations say about the property `name` of a value.
fn property_known(name: &str, parent: Known, file: &str) -> Known {
    if [format!("{name}: null"), format!("{name} = null")]
        .iter()
        .any(|d| file.contains(d.as_str()))
    {
        return Known::Null;
    }
    if [format!("{name}: undefined"), format!("{name} = undefined")]
        .iter()
        .any(|d| file.contains(d.as_str()))
    {
        return Known::Undefined;
    }
    // A key or method of a literal or class (not a call `.name(` or a read `.name,`), or an
    // assignment to it.
    let declares = |pattern: &str| {
        file.match_indices(pattern).any(|(at, _)| {
            file[..at]
                .chars()
                .next_back()
                .is_none_or(|c| !is_ident_char(c) && c != '.')
        })
    };
    let defined = [
        format!("{name}:"),
        format!("{name}("),
        format!("{name},"),
        format!("{name} }}"),
    ]
    .iter()
    .any(|d| declares(d))
        || file.contains(&format!("{name} ="));
    if parent == Known::Literal && !defined {
        return Known::Undefined;
    }
    if defined && file.contains(&format!("{name}: {{")) {
        return Known::Literal;
    }
    Known::Unknown
}

/// A key as V8 prints it: `'0'` for `[0]`, the string of a literal, `Symbol(tag)` for a
/// symbol the program made with `Symbol('tag')`.
fn key_text(link: &Link, file: &str) -> Option<String> {
    match link {
        Link::Name(name) => Some(name.clone()),
        Link::Call => None,
        Link::Index(expr) => {
            let expr = expr.trim();
            if let Some(inner) = unquote(expr) {
                return Some(inner.to_string());
            }
            if expr.parse::<f64>().is_ok() {
                return Some(expr.to_string());
            }
            if expr.chars().all(is_ident_char) {
                for keyword in ["const ", "let ", "var "] {
                    let pattern = format!("{keyword}{expr} = ");
                    if let Some(at) = file.find(&pattern) {
                        let rest = &file[at + pattern.len()..];
                        let value = rest[..rest.find([';', '\n']).unwrap_or(rest.len())].trim();
                        if let Some(inner) = unquote(value) {
                            return Some(inner.to_string());
                        }
                        if let Some(description) = value
                            .strip_prefix("Symbol(")
                            .and_then(|d| d.strip_suffix(')'))
                        {
                            let description = unquote(description).unwrap_or(description);
                            return Some(format!("Symbol({description})"));
                        }
                        if value.parse::<f64>().is_ok() {
                            return Some(value.to_string());
                        }
                    }
                }
            }
            None
        }
    }
}

/// The key of an element access `[expr]` as V8 prints it, when the source tells it.
pub fn index_key(expr: &str, file: &str) -> Option<String> {
    key_text(&Link::Index(expr.to_string()), file)
}

fn unquote(text: &str) -> Option<&str> {
    let quote = text.chars().next()?;
    (matches!(quote, '\'' | '"') && text.len() >= 2 && text.ends_with(quote))
        .then(|| &text[1..text.len() - 1])
}

/// A plain `=`: a compound assignment (`+=`, `??=`) reads the member first, and V8's error
/// is the read's.
fn is_assignment(rest: &str) -> bool {
    let rest = rest.trim_start();
    rest.starts_with('=') && !rest.starts_with("==") && !rest.starts_with("=>")
}

/// The access on `line` that read from (or wrote to) a value the program made null or
/// undefined, judged by the declarations in `file`.
pub fn failed_access(line: &str, file: &str) -> Option<FailedAccess> {
    for (root, links, rest) in chains(line) {
        let mut known = root_known(&root, file);
        for (n, link) in links.iter().enumerate() {
            if matches!(known, Known::Null | Known::Undefined) {
                let key = key_text(link, file)?;
                let last = n + 1 == links.len();
                return Some(FailedAccess {
                    value: if known == Known::Null {
                        "null"
                    } else {
                        "undefined"
                    },
                    key,
                    write: last && is_assignment(&rest),
                });
            }
            known = match link {
                Link::Name(name) => property_known(name, known, file),
                _ => Known::Unknown,
            };
        }
    }
    None
}

/// The binding read before its `let`/`const`/`class` declaration: the first identifier at or
/// after `offset` (the engine's position, at or before the read) that is declared later.
pub fn tdz_binding(file: &str, offset: usize) -> Option<String> {
    let chars: Vec<char> = file.chars().collect();
    // A declaration of the name after the read (an outer one before it may be shadowed by
    // a block's own, as in `let x = 1; { x; let x = 2; }`).
    let declared_after = |name: &str, start: usize| -> bool {
        ["let ", "const ", "class "].iter().any(|k| {
            let pattern = format!("{k}{name}");
            file.match_indices(&pattern)
                .map(|(at, _)| file[..at].chars().count() + k.len())
                .any(|at| {
                    at > start
                        && chars
                            .get(at + name.chars().count())
                            .is_none_or(|&c| !is_ident_char(c))
                })
        })
    };
    let mut i = offset.min(chars.len());
    // Back to the start of the identifier the position may fall inside, and of the member
    // chain it ends (Boa may place `arr.length` at the property, after the read of `arr`).
    while i > 0 && is_ident_char(chars[i - 1]) {
        i -= 1;
    }
    while i > 1 && chars[i - 1] == '.' && is_ident_char(chars[i - 2]) {
        i -= 1;
        while i > 0 && is_ident_char(chars[i - 1]) {
            i -= 1;
        }
    }
    let limit = (i + 4000).min(chars.len());
    let code = crate::v8_position::file_code_mask(file);
    let is_code = |i: usize| code.get(i).copied().unwrap_or(false);
    // Only within the block the position is in (a function's body when it is at its `{`): an
    // error made in a function is not about a binding of the code after it.
    let mut depth = 0i32;
    if chars.get(i) == Some(&'{') {
        i += 1;
    }
    while i < limit {
        match chars[i] {
            _ if !is_code(i) => {}
            '{' => depth += 1,
            '}' if depth == 0 => break,
            '}' => depth -= 1,
            _ => {}
        }
        if !is_code(i)
            || !is_ident_char(chars[i])
            || i > 0 && (is_ident_char(chars[i - 1]) || chars[i - 1] == '.')
        {
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && is_ident_char(chars[i]) {
            i += 1;
        }
        let name: String = chars[start..i].iter().collect();
        if declared_after(&name, start) || in_own_initializer(file, &chars, &name, start) {
            return Some(name);
        }
    }
    None
}

/// Whether the identifier `name` at `start` is read in the initializer of its own declaration
/// (`let total = total + 1`, `const o = { self: o }`), which runs while it is in its dead zone.
/// A read inside a function the initializer makes (`const f = () => f()`) runs later: no.
fn in_own_initializer(file: &str, chars: &[char], name: &str, start: usize) -> bool {
    ["let ", "const "].iter().any(|k| {
        let pattern = format!("{k}{name}");
        file.match_indices(&pattern)
            .map(|(at, _)| file[..at].chars().count() + k.len() + name.chars().count())
            .filter(|&end| end < start && chars.get(end).is_none_or(|&c| !is_ident_char(c)))
            .any(|end| {
                let between: String = chars[end..start].iter().collect();
                let Some(init) = between.trim_start().strip_prefix('=') else {
                    return false;
                };
                if init.starts_with(['=', '>']) || init.contains("=>") || init.contains("function")
                {
                    return false;
                }
                // Still the same declarator: no `;` or `,` outside brackets since the `=`.
                let mut depth = 0i32;
                init.chars().all(|c| {
                    match c {
                        '(' | '[' | '{' => depth += 1,
                        ')' | ']' | '}' => depth -= 1,
                        ';' | ',' if depth == 0 => return false,
                        _ => {}
                    }
                    depth >= 0
                })
            })
    })
}

/// Whether `name` is declared by `let`, `const` or `class` in a block that encloses
/// `offset`: a closure that reads such a binding before its declaration has run is in its
/// dead zone (V8: `Cannot access 'x' before initialization`), though Boa reports the name as
/// not defined.
pub fn lexical_in_scope(file: &str, name: &str, offset: usize) -> bool {
    // An import binding read before its module ran is in its dead zone (Boa reads it as an
    // unresolvable name).
    if imported_binding(file, name) {
        return true;
    }
    let chars: Vec<char> = file.chars().collect();
    let code = crate::v8_position::file_code_mask(file);
    let is_code = |i: usize| code.get(i).copied().unwrap_or(false);
    let target: Vec<char> = name.chars().collect();
    let declarations: Vec<(usize, usize)> = ["let ", "const ", "class "]
        .into_iter()
        .flat_map(|keyword| {
            let pattern = format!("{keyword}{name}");
            file.match_indices(&pattern)
                .map(|(at, _)| {
                    let start = file[..at].chars().count();
                    (start, start + keyword.len())
                })
                .collect::<Vec<_>>()
        })
        .collect();
    for (start, at) in declarations {
        let whole = chars
            .get(at + target.len())
            .is_none_or(|&c| !is_ident_char(c))
            && (start == 0 || !is_ident_char(chars[start - 1]));
        if !whole || !is_code(start) {
            continue;
        }
        // The block the declaration lives in: its unmatched `{` before, and the `}` closing it.
        let mut depth = 0i32;
        let mut open = None;
        for i in (0..at).rev() {
            if !is_code(i) {
                continue;
            }
            match chars[i] {
                '}' => depth += 1,
                '{' if depth == 0 => {
                    open = Some(i);
                    break;
                }
                '{' => depth -= 1,
                _ => {}
            }
        }
        let Some(open) = open else {
            return true;
        };
        let mut depth = 0i32;
        let mut close = chars.len();
        for (i, &c) in chars.iter().enumerate().skip(open) {
            if !is_code(i) {
                continue;
            }
            match c {
                '{' => depth += 1,
                '}' => {
                    depth -= 1;
                    if depth == 0 {
                        close = i;
                        break;
                    }
                }
                _ => {}
            }
        }
        if (open..=close).contains(&offset) {
            return true;
        }
    }
    false
}

/// A member access through `this` on line `line` of `file` when no declaration explains the
/// failure: in strict code (a class body, a `'use strict'` file, a module) a detached method's
/// `this` is undefined, so its first key fails; in sloppy code `this` is an object (the global,
/// a Timeout, an emitter), so the key after the first one read from it fails.
pub fn failed_this_access(line_text: &str, file: &str, line: u32) -> Option<FailedAccess> {
    let strict = line > 0 && is_strict_at(file, offset_of(file, line, 1));
    chains(line_text)
        .into_iter()
        .find_map(|(root, links, rest)| {
            if root != "this" {
                return None;
            }
            let (n, link) = if strict {
                (0, links.first()?)
            } else {
                match links.as_slice() {
                    [Link::Name(_), second, ..] => (1, second),
                    _ => return None,
                }
            };
            Some(FailedAccess {
                value: "undefined",
                key: key_text(link, file)?,
                write: n + 1 == links.len() && is_assignment(&rest),
            })
        })
}

/// Whether the code at `offset` of `file` is strict: the file starts with `'use strict'`, is a
/// module (it imports or exports), or the offset is inside a class body.
fn is_strict_at(file: &str, offset: usize) -> bool {
    let first = file
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty() && !l.starts_with("//") && !l.starts_with("#!"));
    if first.is_some_and(|l| l.starts_with("'use strict'") || l.starts_with("\"use strict\"")) {
        return true;
    }
    if file
        .lines()
        .any(|l| l.starts_with("import ") || l.starts_with("export "))
    {
        return true;
    }
    // The braces open at `offset`, each marked when it opened a class body.
    let chars: Vec<char> = file.chars().collect();
    let code = crate::v8_position::file_code_mask(file);
    let mut open: Vec<bool> = Vec::new();
    for i in 0..offset.min(chars.len()) {
        let c = chars[i];
        if !code.get(i).copied().unwrap_or(false) {
            continue;
        }
        if c == '{' {
            let head_start = chars[..i]
                .iter()
                .rposition(|&c| matches!(c, ';' | '{' | '}' | '=' | '(' | ','))
                .map_or(0, |p| p + 1);
            let head: String = chars[head_start..i].iter().collect();
            let head = head.trim_start();
            open.push(head.starts_with("class ") || head.starts_with("class{"));
        } else if c == '}' {
            open.pop();
        }
    }
    open.contains(&true)
}

/// The character offset of (1-based line, 1-based column) in `file`.
pub fn offset_of(file: &str, line: u32, column: u32) -> usize {
    let before: usize = file
        .split('\n')
        .take(line.saturating_sub(1) as usize)
        .map(|l| l.chars().count() + 1)
        .sum();
    before + column.saturating_sub(1) as usize
}

/// Whether a static `import` declaration of `file` binds `name` (`import x from`,
/// `import { a as x }`, `import * as x`).
pub fn imported_binding(file: &str, name: &str) -> bool {
    file.match_indices("import").any(|(at, _)| {
        let starts_line = file[..at]
            .rsplit('\n')
            .next()
            .is_some_and(|l| l.trim().is_empty() || l.trim_end().ends_with(';'));
        let rest = &file[at + "import".len()..];
        if !starts_line || !rest.starts_with([' ', '{', '*', '\t']) {
            return false;
        }
        let Some(end) = rest.find(" from") else {
            return false;
        };
        rest[..end]
            .split([',', '{', '}'])
            .map(|piece| piece.rsplit(" as ").next().unwrap_or("").trim())
            .any(|binding| binding == name)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_binding_read_in_its_own_initializer_is_in_its_dead_zone() {
        let file = "function f() {\n  let total = total + 1;\n}\n";
        assert_eq!(tdz_binding(file, 13), Some("total".into()));
        let file = "const o = { self: o };";
        assert_eq!(tdz_binding(file, 0), Some("o".into()));
    }

    #[test]
    fn a_read_after_the_declarator_or_in_a_closure_is_not() {
        assert_eq!(tdz_binding("let a = 1, b = a + 1; b;", 0), None);
        assert_eq!(tdz_binding("const f = () => f(); f();", 0), None);
        assert_eq!(tdz_binding("let n = 1;\nn = n + 1;", 0), None);
        let file = "const arr = [1, arr.length];";
        assert_eq!(tdz_binding(file, 21), Some("arr".into()));
        // The function's body only, not the code after it.
        let file = "function f() {\n  g();\n}\nconst late = [late];";
        assert_eq!(tdz_binding(file, offset_of(file, 1, 14)), None);
    }

    fn access(line: &str, file: &str) -> Option<(&'static str, String, bool)> {
        failed_access(line, file).map(|a| (a.value, a.key, a.write))
    }

    #[test]
    fn template_substitutions_are_code() {
        let file = "const user = { profile: null };\nconsole.log(`Hi ${user.profile.name}!`);";
        assert_eq!(
            access("console.log(`Hi ${user.profile.name}!`);", file),
            Some(("null", "name".to_string(), false))
        );
        assert_eq!(access("console.log(`user.profile.name`);", file), None);
    }

    #[test]
    fn names_the_nullish_link_and_its_key() {
        let file = "const data = { user: { profile: null } };";
        assert_eq!(
            access("console.log(data.user.profile.avatar.url);", file),
            Some(("null", "avatar".into(), false))
        );
        assert_eq!(
            access("  rows[0];", "let rows;"),
            Some(("undefined", "0".into(), false))
        );
        assert_eq!(
            access("  theme[key];", "const key = 'color';\nconst theme = null;"),
            Some(("null", "color".into(), false))
        );
        assert_eq!(
            access("  o[tag];", "const tag = Symbol('tag');\nlet o;"),
            Some(("undefined", "Symbol(tag)".into(), false))
        );
        assert_eq!(
            access("  list[3] = 'x';", "let list;"),
            Some(("undefined", "3".into(), true))
        );
        assert_eq!(
            access("console.log(a?.b.c);", "const a = {};"),
            Some(("undefined", "c".into(), false))
        );
        assert_eq!(
            access("  undefined.x();", ""),
            Some(("undefined", "x".into(), false))
        );
        assert_eq!(access("console.log(x.y);", "const x = f();"), None);
        assert_eq!(
            access(
                "  return s.length;",
                "function len(s) {\n  return s.length;\n}\nlen(null);"
            ),
            Some(("null", "length".into(), false))
        );
    }

    #[test]
    fn finds_the_binding_read_in_its_dead_zone() {
        let file = "try {\n  console.log(x);\n  let x = 1;\n} catch {}";
        assert_eq!(tdz_binding(file, offset_of(file, 2, 14)), Some("x".into()));
        let file = "function f() {\n  const y = z + 1;\n  const z = 2;\n}";
        assert!(lexical_in_scope(
            "function f() { return x; }\nf();\nlet x = 1;",
            "x",
            22
        ));
        assert!(!lexical_in_scope(
            "{ let x = 1; }\nfunction f() { return x; }",
            "x",
            35
        ));
        assert!(!lexical_in_scope("const xs = 1;\nx;", "x", 14));
        assert_eq!(tdz_binding(file, offset_of(file, 1, 14)), Some("z".into()));
    }
}
