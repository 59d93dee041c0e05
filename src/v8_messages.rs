//! V8's words for the errors the engine creates. Boa words its errors its own way
//! (`cannot convert 'null' or 'undefined' to object`); Node prints V8's
//! (`Cannot read properties of undefined (reading 'x')`). `translate` rebuilds V8's message from
//! Boa's, the error's kind and the source text at the position Boa recorded, naming the
//! property or callee as V8's call printer does. `fix_error` applies it to an error object;
//! the runtime calls it wherever an error becomes visible to the program (an instrumented
//! `catch`, a rejection handler, an `'uncaughtException'` listener) or to the learner (inspect,
//! the fatal report).

use boa_engine::{Context, JsObject, JsResult, JsString, JsValue, js_string};

use crate::host::Host;

/// Where Boa says the error happened, in the user's coordinates, with the source line.
pub struct Site<'a> {
    pub line_text: &'a str,
    /// 1-based column in characters.
    pub column: u32,
    /// The whole file, for heuristics that look at declarations.
    pub file_text: &'a str,
    /// 1-based line of `line_text` in `file_text` (0 when not known).
    pub line: u32,
}

fn is_ident_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || c == '$'
}

/// The identifier starting at `index`.
fn ident_at(chars: &[char], index: usize) -> Option<String> {
    let mut end = index;
    while end < chars.len() && is_ident_char(chars[end]) {
        end += 1;
    }
    (end > index).then(|| chars[index..end].iter().collect())
}

/// The source text of the expression that ends just before `end` (exclusive): identifiers,
/// member accesses, balanced brackets and calls, as V8's call printer shows them.
fn expression_before(chars: &[char], end: usize) -> Option<String> {
    let (start, text) = raw_expression_before(chars, end)?;
    // `new C(...).rest`: the object `new` made is an intermediate value to V8.
    let before: String = chars[..start].iter().collect();
    if before.trim_end().ends_with("new")
        && !before
            .trim_end()
            .trim_end_matches("new")
            .ends_with(is_ident_char)
        && let Some(open) = constructed_call_open(&text)
    {
        let args_end = open + 1 + up_to_close(&text[open + 1..], false).len();
        let rest = text.get(args_end + 1..).unwrap_or("");
        return Some(format!(
            "(intermediate value){}",
            dotted_string_keys(&shorten_calls(rest))
        ));
    }
    if text.starts_with('(') {
        return Some(parenthesized_callee(&text));
    }
    // V8's call printer writes array literals without spaces: `[1,2].mapp`.
    let text = if text.starts_with('[') {
        text.replace(", ", ",")
    } else {
        text
    };
    Some(dotted_string_keys(&shorten_calls(&text)))
}

/// `(expr).rest` as V8's call printer shows it: a literal or a name inside the parentheses
/// as itself (strings in double quotes), anything else as `(intermediate value)`; what
/// follows with its calls' arguments as `(...)`.
fn parenthesized_callee(text: &str) -> String {
    let close = up_to_close(&text[1..], false).len() + 1;
    let inner = text[1..close].trim();
    let rest = text.get(close + 1..).unwrap_or("");
    let head = if let Some(string) = string_literal(inner) {
        format!("\"{string}\"")
    } else if !inner.is_empty()
        && inner
            .chars()
            .all(|c| is_ident_char(c) || c == '.' || c == '-')
        && !inner.starts_with('.')
    {
        inner.to_string()
    } else {
        "(intermediate value)".to_string()
    };
    format!("{head}{}", dotted_string_keys(&shorten_calls(rest)))
}

/// A literal right before a call's `(`: a string or template (`'abc'()` is `"abc"`), or a
/// tagged template, whose call V8 prints as the tag's (`t`x`()` is `t(...)`).
fn literal_callee(chars: &[char], open: usize) -> Option<String> {
    let mut end = open;
    while end > 0 && chars[end - 1] == ' ' {
        end -= 1;
    }
    let quote = *chars.get(end.checked_sub(1)?)?;
    if !matches!(quote, '\'' | '"' | '`') {
        return None;
    }
    let start = (0..end - 1).rev().find(|&i| chars[i] == quote)?;
    let inner: String = chars[start + 1..end - 1].iter().collect();
    if quote == '`' && start > 0 && (is_ident_char(chars[start - 1]) || chars[start - 1] == ')') {
        return expression_before(chars, start).map(|tag| format!("{tag}(...)"));
    }
    Some(format!("\"{inner}\""))
}

/// Where the arguments of `new`'s call open in `C(...).rest` or `(expr)(...).rest`.
fn constructed_call_open(text: &str) -> Option<usize> {
    let from = match text.strip_prefix('(') {
        Some(inner) => up_to_close(inner, false).len() + 2,
        None => 0,
    };
    text.get(from..)?.find('(').map(|at| at + from)
}

/// The source text of the expression ending before `end`, as written, with where it starts.
fn raw_expression_before(chars: &[char], end: usize) -> Option<(usize, String)> {
    let mut i = end;
    while i > 0 && chars[i - 1] == ' ' {
        i -= 1;
    }
    let stop = i;
    let mut depth = 0i32;
    while i > 0 {
        let c = chars[i - 1];
        match c {
            ')' | ']' => depth += 1,
            '(' | '[' if depth > 0 => depth -= 1,
            '(' | '[' => break,
            _ if depth > 0 => {}
            c if is_ident_char(c) || c == '.' || c == '?' || c == '#' => {}
            _ => break,
        }
        i -= 1;
    }
    let text: String = chars[i..stop].iter().collect();
    // An optional call `f?.()` prints as `f`.
    let text = text.trim().trim_end_matches("?.").to_string();
    if text.is_empty() || text.starts_with('.') {
        return None;
    }
    Some((i, text))
}

/// The callee of the only call on the line, when Boa's position does not point at one.
fn only_call_on_line(chars: &[char]) -> Option<String> {
    let opens: Vec<usize> = (0..chars.len())
        .filter(|&i| {
            chars[i] == '('
                && i > 0
                && (is_ident_char(chars[i - 1])
                    || chars[i - 1] == ')'
                    || i > 1 && chars[i - 2] == '?' && chars[i - 1] == '.')
                && !is_keyword_before(chars, i)
        })
        .collect();
    match opens.as_slice() {
        [only] => expression_before(chars, *only),
        _ => None,
    }
}

fn is_keyword_before(chars: &[char], open: usize) -> bool {
    let text: String = chars[..open].iter().collect();
    let word = text
        .trim_end()
        .rsplit(|c: char| !is_ident_char(c))
        .next()
        .unwrap_or("");
    matches!(
        word,
        "if" | "for" | "while" | "switch" | "catch" | "function"
    )
}

/// How V8's call printer shows a callee that is not a plain name: an object made by `new`
/// or returned by a call it cannot name is `(intermediate value)`, a parenthesised object
/// literal is `{}`.
fn call_printer(callee: &str, line: &str) -> String {
    let callee = callee.trim();
    // `super.m()`: the home object's prototype, which V8 cannot name.
    if let Some(rest) = callee.strip_prefix("super.") {
        return format!("(intermediate value).{rest}");
    }
    let property = callee.rsplit_once('.').map(|(_, p)| p);
    // `new Foo().bar()`: the object `new` made.
    if let Some(property) = property
        && callee.contains("(...).")
        && line.contains(&format!(
            "new {}",
            callee.split("(...)").next().unwrap_or("")
        ))
    {
        return format!("(intermediate value).{property}");
    }
    // `(function () { ... })().go()`: the result of a call of an expression.
    if let Some(property) = property
        && callee.starts_with('}')
    {
        return format!("(intermediate value)(...).{property}");
    }
    // `({}).go()`: a parenthesised object literal.
    if let Some(property) = property
        && line.contains(&format!("({{}}).{property}("))
    {
        return format!("{{}}.{property}");
    }
    callee.to_string()
}

/// The member chain read from an object made by `new` at the start of `text` (`new A().m)`
/// gives `m`), up to the `)` closing the parenthesised callee.
fn member_of_new_object(text: &str) -> Option<String> {
    let rest = text.trim_start().strip_prefix("new ")?.trim_start();
    let name_end = rest.find(|c: char| !(is_ident_char(c) || c == '.'))?;
    let after_args = rest[name_end..].strip_prefix('(')?;
    let mut depth = 1;
    let close = after_args.char_indices().find_map(|(at, c)| {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            _ => {}
        }
        (depth == 0).then_some(at)
    })?;
    let tail = after_args[close + 1..].strip_prefix('.')?;
    let end = tail.find(')')?;
    let member = tail[..end].trim();
    (!member.is_empty() && member.chars().all(|c| is_ident_char(c) || c == '.'))
        .then(|| member.to_string())
}

/// V8's call printer shows a string-literal key as a dotted name: `obj['a']` is `obj.a`.
fn dotted_string_keys(text: &str) -> String {
    let mut out = text.to_string();
    for quote in ['\'', '"'] {
        let open = format!("[{quote}");
        let close = format!("{quote}]");
        while let Some(at) = out.find(&open) {
            let Some(end) = out[at + 2..].find(&close) else {
                break;
            };
            let key = out[at + 2..at + 2 + end].to_string();
            out.replace_range(at..at + 2 + end + 2, &format!(".{key}"));
        }
    }
    out
}

/// V8 prints the arguments of calls inside a callee as `(...)`.
fn shorten_calls(text: &str) -> String {
    let mut out = String::new();
    let mut depth = 0;
    for c in text.chars() {
        match c {
            '(' => {
                if depth == 0 {
                    out.push_str("(...)");
                }
                depth += 1;
            }
            ')' => depth -= 1,
            _ if depth > 0 => {}
            c => out.push(c),
        }
    }
    out
}

/// V8's guess at the value: `null` only where the code says so.
fn null_or_undefined(object_text: &str, file_text: &str) -> &'static str {
    let object = object_text.trim();
    if object == "null" || object.ends_with("null") && !object.contains('.') {
        return "null";
    }
    // `String.prototype.match` and `RegExp.prototype.exec` give null when nothing matches:
    // never undefined.
    if object.ends_with(".match(...)") || object.ends_with(".exec(...)") {
        return "null";
    }
    // `super.x` fails only when the home object's prototype is null: never undefined.
    if object == "super" {
        return "null";
    }
    if !object.is_empty() && object.chars().all(is_ident_char) {
        for decl in [format!("{object} = null"), format!("{object}=null")] {
            if file_text.contains(&decl) {
                return "null";
            }
        }
    }
    "undefined"
}

/// The property accessed at `column` (Boa points at the property name of `a.b`), and the
/// object expression before it.
fn property_at(chars: &[char], index: usize) -> Option<(String, String)> {
    let name = ident_at(chars, index)?;
    let mut dot = index;
    if dot == 0 || chars[dot - 1] != '.' {
        return None;
    }
    dot -= 1;
    if dot > 0 && chars[dot - 1] == '?' {
        dot -= 1;
    }
    let object = expression_before(chars, dot).unwrap_or_default();
    Some((name, object))
}

/// The element access whose key starts at `index` (Boa points at the key of `rows[2][0]`):
/// its key as V8 prints it, the object expression before its `[`, and whether it is written.
fn element_at(chars: &[char], index: usize, file_text: &str) -> Option<(String, String, bool)> {
    let open = (0..index).rev().find(|&i| chars[i] != ' ')?;
    if chars[open] != '[' || open == 0 {
        return None;
    }
    let before = chars[open - 1];
    // `[` after a name, a `]` or a `)`: an element access, not an array literal.
    if !(is_ident_char(before) || before == ']' || before == ')') {
        return None;
    }
    let rest: String = chars[open + 1..].iter().collect();
    let inner = up_to_close(&rest, false);
    let key = crate::v8_access::index_key(inner, file_text)?;
    let object = expression_before(chars, open)?;
    let after: String = chars
        .get(open + 1 + inner.chars().count() + 1..)
        .unwrap_or(&[])
        .iter()
        .collect();
    let after = after.trim_start();
    let write = after.starts_with('=') && !after.starts_with("==") && !after.starts_with("=>");
    Some((key, object, write))
}

/// A method called on what a call returned (`api.load().run()`), for a failed read Boa gives
/// no position for (the callee's lookup records none): the first `.name(` whose object holds a
/// call, since a plain name's methods are read from a value the line does not compute.
fn method_of_call_result(chars: &[char]) -> Option<(String, String)> {
    method_of_call_result_at(chars).map(|(name, object, _)| (name, object))
}

/// `method_of_call_result` with the index of the method's name on the line.
fn method_of_call_result_at(chars: &[char]) -> Option<(String, String, usize)> {
    (1..chars.len()).find_map(|dot| {
        if chars[dot] != '.' || !chars[dot - 1].eq(&')') && !is_ident_char(chars[dot - 1]) {
            return None;
        }
        let name = ident_at(chars, dot + 1)?;
        let after = chars[dot + 1 + name.chars().count()..]
            .iter()
            .find(|c| **c != ' ');
        if after != Some(&'(') {
            return None;
        }
        let object = expression_before(chars, dot)?;
        object.contains('(').then_some((name, object, dot))
    })
}

/// Whether Boa's position is the start of the running code (the program's 1:1, or a
/// function's `{` ending its line): Boa recorded none for the failing expression yet, as for
/// a method called on what a call returned (`m.get(k).push(v)`).
pub(crate) fn at_code_start(line_text: &str, line: u32, column: u32) -> bool {
    if (line, column) == (1, 1) {
        return true;
    }
    let chars: Vec<char> = line_text.chars().collect();
    let index = column.saturating_sub(1) as usize;
    chars.get(index) == Some(&'{') && chars[index + 1..].iter().all(|c| c.is_whitespace())
}

/// The first method called on a call's result in the lines from `from` (0-based) to the end
/// of the running function (a `}` in the first column), with V8's message for it: the line,
/// the column (0-based) of the `.` before the method (V8's place after a call) and the
/// message.
pub(crate) fn call_result_method_below(file: &str, from: usize) -> Option<(usize, usize, String)> {
    let lines: Vec<&str> = file.split('\n').collect();
    lines
        .iter()
        .enumerate()
        .skip(from)
        .take(40)
        .take_while(|(n, l)| *n == from || !l.starts_with('}'))
        .find_map(|(n, l)| {
            let chars: Vec<char> = without_comment(l).chars().collect();
            let (property, object, at) = method_of_call_result_at(&chars)?;
            let message = format!(
                "Cannot read properties of {} (reading '{property}')",
                null_or_undefined(&object, file)
            );
            Some((n, at, message))
        })
}

/// An assignment target starting at `index` (`u.x = 1`: Boa points at `u`).
fn assignment_target_at(chars: &[char], index: usize) -> Option<(String, String)> {
    member_target_at(chars, index)
        .and_then(|(name, object, op)| (op == "=").then_some((name, object)))
}

/// A member that an update (`u.x++`, `++u.x`: Boa points at the update's start) or a compound
/// assignment (`u.x += 1`) reads before it writes: V8's error is the read's.
fn read_modify_target_at(chars: &[char], index: usize) -> Option<(String, String)> {
    let prefix = chars
        .get(index..index + 2)
        .filter(|p| *p == ['+', '+'] || *p == ['-', '-']);
    if prefix.is_some() {
        let start = (index + 2..chars.len()).find(|&i| chars[i] != ' ')?;
        let (name, object, _) = member_target_at(chars, start)?;
        return Some((name, object));
    }
    member_target_at(chars, index)
        .and_then(|(name, object, op)| (op != "=").then_some((name, object)))
}

/// A member expression `a.b.c` starting at `index` and the assignment or update operator after
/// it: its last name, its object's text and the operator.
fn member_target_at(chars: &[char], index: usize) -> Option<(String, String, &'static str)> {
    let mut end = index;
    let mut last_dot = None;
    while end < chars.len() && (is_ident_char(chars[end]) || chars[end] == '.') {
        if chars[end] == '.' {
            last_dot = Some(end);
        }
        end += 1;
    }
    let dot = last_dot?;
    let rest: String = chars[end..].iter().collect();
    let rest = rest.trim_start();
    let op = if rest.starts_with('=') && !rest.starts_with("==") && !rest.starts_with("=>") {
        "="
    } else {
        [
            "++", "--", "+=", "-=", "*=", "/=", "%=", "**=", "||=", "&&=", "??=", "<<=", ">>=",
            "|=", "&=", "^=",
        ]
        .into_iter()
        .find(|op| rest.starts_with(op))?
    };
    let name: String = chars[dot + 1..end].iter().collect();
    let object: String = chars[index..dot].iter().collect();
    Some((name, object, op))
}

/// `Cannot read properties of null (reading 'x')` for a failed member access.
fn access_message(access: &crate::v8_access::FailedAccess) -> String {
    let (verb, noun) = if access.write {
        ("set", "setting")
    } else {
        ("read", "reading")
    };
    format!(
        "Cannot {verb} properties of {} ({noun} '{}')",
        access.value, access.key
    )
}

/// The callee of the call or construction that failed at the site, printed by V8's rules
/// from the parsed file (`v8_call_printer`).
fn printed_callee(site: Option<&Site>, failed: crate::v8_call_printer::Failed) -> Option<String> {
    let site = site.filter(|s| s.line > 0 && !s.file_text.is_empty())?;
    crate::v8_call_printer::callee(site.file_text, site.line, site.column, failed)
}

/// Whether Boa's SyntaxError message is one of a parse of code given at run time (`eval`,
/// `new Function`), which carries Boa's position in that code.
fn is_runtime_parse_error(message: &str) -> bool {
    message.contains(" at line ")
        || message.contains("abrupt end")
        || message.starts_with("unterminated ")
        || message.starts_with("failed to parse function body")
}

/// V8's message for a SyntaxError Boa made parsing `code`, the text last compiled from a
/// string (`eval_origins::latest_code_from`): code held in a variable is not on the call's line.
fn translate_compiled(name: &str, message: &str, code: &str) -> Option<String> {
    (name == "SyntaxError" && is_runtime_parse_error(message))
        .then(|| crate::v8_syntax::runtime_message(message, Some(code)))
        .flatten()
}

/// V8's message for an error Boa made, or `None` when Boa's words are already V8's.
pub fn translate(name: &str, message: &str, site: Option<&Site>) -> Option<String> {
    let chars: Vec<char> = site
        .map(|s| s.line_text.chars().collect())
        .unwrap_or_default();
    let index = site.map_or(0, |s| s.column.saturating_sub(1) as usize);
    let file_text = site.map_or("", |s| s.file_text);
    let fixed: Option<String> = match (name, message) {
        ("TypeError", "cannot convert 'null' or 'undefined' to object") => {
            let line: String = chars.iter().collect();
            let line_number = site.map_or(0, |s| s.line);
            if let Some(access) = crate::v8_access::failed_access(&line, file_text) {
                Some(access_message(&access))
            } else if let Some(spread) = nullish_spread(&line, file_text) {
                Some(spread)
            } else if let Some((property, object)) = property_at(&chars, index) {
                Some(format!(
                    "Cannot read properties of {} (reading '{property}')",
                    null_or_undefined(&object, file_text)
                ))
            } else if let Some((key, object, write)) = element_at(&chars, index, file_text) {
                let value = null_or_undefined(&object, file_text);
                Some(if write {
                    format!("Cannot set properties of {value} (setting '{key}')")
                } else {
                    format!("Cannot read properties of {value} (reading '{key}')")
                })
            } else if let Some((property, object)) = assignment_target_at(&chars, index) {
                Some(format!(
                    "Cannot set properties of {} (setting '{property}')",
                    null_or_undefined(&object, file_text)
                ))
            } else if let Some((property, object)) = read_modify_target_at(&chars, index) {
                Some(format!(
                    "Cannot read properties of {} (reading '{property}')",
                    null_or_undefined(&object, file_text)
                ))
            } else if let Some(access) = (line_number > 0)
                .then(|| crate::v8_access::failed_this_access(&line, file_text, line_number))
                .flatten()
            {
                Some(access_message(&access))
            } else {
                Some("Cannot convert undefined or null to object".to_string())
            }
        }
        ("TypeError", "not a callable function") => {
            if let Some(callee) = printed_callee(site, crate::v8_call_printer::Failed::Call) {
                return Some(format!("{callee} is not a function"));
            }
            // A call's `(`, or a tagged template's backtick (`o.t\`x\``).
            let at_open = chars.get(index).is_some_and(|&c| c == '(' || c == '`');
            let callee = at_open
                .then(|| literal_callee(&chars, index).or_else(|| expression_before(&chars, index)))
                .flatten()
                .or_else(|| only_call_on_line(&chars));
            let line: String = chars.iter().collect();
            Some(format!(
                "{} is not a function",
                callee
                    .map(|c| call_printer(&c, &line))
                    .unwrap_or_else(|| "expression".into())
            ))
        }
        ("TypeError", "not a constructor") => {
            if let Some(callee) = printed_callee(site, crate::v8_call_printer::Failed::New) {
                return Some(format!("{callee} is not a constructor"));
            }
            let line: String = chars.iter().collect();
            // A parenthesised callee holds its own `new`s (`new (new A().m)()`): the outer
            // one is the failing construction.
            let outer = line.find("new (").or_else(|| line.rfind("new "));
            let callee = outer.map(|at| {
                let rest = line[at + 4..].trim_start();
                // `new (expr)()`: V8's call printer shows a parenthesized callee so.
                if let Some(inner) = rest.strip_prefix('(') {
                    // `new (new A().m)()`: a member of the object `new` made.
                    if let Some(member) = member_of_new_object(inner) {
                        return format!("(intermediate value).{member}");
                    }
                    let inner = inner.split(')').next().unwrap_or("").trim();
                    let named =
                        !inner.is_empty() && inner.chars().all(|c| is_ident_char(c) || c == '.');
                    return if named {
                        inner.to_string()
                    } else {
                        "(intermediate value)".to_string()
                    };
                }
                let end = rest
                    .find(|c: char| !(is_ident_char(c) || c == '.'))
                    .unwrap_or(rest.len());
                rest[..end].to_string()
            });
            let callee = callee
                .filter(|c| !c.is_empty())
                .unwrap_or_else(|| "expression".into());
            Some(format!("{callee} is not a constructor"))
        }
        ("TypeError", m) if m.starts_with("cannot mutate an immutable binding") => {
            Some("Assignment to constant variable.".to_string())
        }
        ("TypeError", "class constructor cannot be invoked without 'new'") => {
            let callee = chars
                .get(index)
                .filter(|&&c| c == '(')
                .and_then(|_| expression_before(&chars, index))
                .or_else(|| only_call_on_line(&chars));
            // V8 names the class by its function's name, not by the callee's text: a class
            // expression called in place is its own name, or none (`Class constructors`).
            callee.map(|c| {
                if c == "(intermediate value)" {
                    let before: String = chars[..index.min(chars.len())].iter().collect();
                    match class_expression_name(&before) {
                        Some(name) => {
                            format!("Class constructor {name} cannot be invoked without 'new'")
                        }
                        None => "Class constructors cannot be invoked without 'new'".to_string(),
                    }
                } else {
                    format!("Class constructor {c} cannot be invoked without 'new'")
                }
            })
        }
        // Boa's position is at or before the read (often the last call): the binding is the
        // first identifier from there that is declared further down.
        ("ReferenceError", "access of uninitialized binding") => site
            .filter(|s| s.line > 0)
            .and_then(|s| {
                let offset = crate::v8_access::offset_of(s.file_text, s.line, s.column);
                crate::v8_access::tdz_binding(s.file_text, offset)
            })
            .or_else(|| ident_at(&chars, index))
            .map(|name| format!("Cannot access '{name}' before initialization")),
        ("ReferenceError", m) if m.ends_with(" is not defined") => {
            let name = &m[..m.len() - " is not defined".len()];
            site.filter(|s| s.line > 0)
                .filter(|s| {
                    let offset = crate::v8_access::offset_of(s.file_text, s.line, s.column);
                    crate::v8_access::lexical_in_scope(s.file_text, name, offset)
                })
                .map(|_| format!("Cannot access '{name}' before initialization"))
        }
        ("TypeError", m)
            if m.starts_with("value with type `") && m.ends_with("` is not iterable") =>
        {
            let kind = &m["value with type `".len()..m.len() - "` is not iterable".len()];
            iterable_source(&chars, kind, file_text)
        }
        ("TypeError", "cannot mix BigInt and other types, use explicit conversions") => {
            Some("Cannot mix BigInt and other types, use explicit conversions".to_string())
        }
        ("RangeError", "invalid array length") => Some("Invalid array length".to_string()),
        (
            "TypeError",
            "Array.prototype.reduce: called on an empty array and with no initial value",
        )
        | (
            "TypeError",
            "Array.prototype.reduceRight: called on an empty array and with no initial value",
        ) => Some("Reduce of empty array with no initial value".to_string()),
        ("TypeError", "can't convert symbol to string") => {
            Some("Cannot convert a Symbol value to a string".to_string())
        }
        ("TypeError", "can't convert symbol to number") => {
            Some("Cannot convert a Symbol value to a number".to_string())
        }
        ("AggregateError", "no promise in Promise.any was fulfilled.") => {
            Some("All promises were rejected".to_string())
        }
        ("RangeError", "Maximum call stack size exceeded") => None,
        ("RangeError", "bad length for array") => Some("Invalid array length".to_string()),
        // `import(specifier, options)`: V8 11's words (it still calls attributes assertions).
        ("TypeError", "import options must be an object or undefined") => {
            Some("The second argument to import() must be an object".to_string())
        }
        ("TypeError", "the 'with' option must be an object") => {
            Some("The 'assert' option must be an object".to_string())
        }
        ("TypeError", "import attribute value must be a string") => {
            Some("Import assertion value must be a string".to_string())
        }
        ("RangeError", "BigInt division by zero") => Some("Division by zero".to_string()),
        ("TypeError", "cannot serialize bigint to JSON") => {
            Some("Do not know how to serialize a BigInt".to_string())
        }
        ("RangeError", m) if m.starts_with("cannot convert ") && m.ends_with(" to a BigInt") => {
            let number = &m["cannot convert ".len()..m.len() - " to a BigInt".len()];
            Some(format!(
                "The number {number} cannot be converted to a BigInt because it is not an integer"
            ))
        }
        ("SyntaxError", m)
            if m.starts_with("cannot convert string '") && m.ends_with("' to bigint primitive") =>
        {
            let text = &m["cannot convert string '".len()..m.len() - "' to bigint primitive".len()];
            Some(format!("Cannot convert {text} to a BigInt"))
        }
        ("TypeError", "argument must not be a bigint") => {
            Some("Cannot convert a BigInt value to a number".to_string())
        }
        ("URIError", "invalid escape character found")
        | ("URIError", "trying to encode an invalid string") => Some("URI malformed".to_string()),
        ("TypeError", m)
            if m.starts_with("right-hand side of 'instanceof' should be an object") =>
        {
            Some("Right-hand side of 'instanceof' is not an object".to_string())
        }
        ("RangeError", "BigInt negative exponent") => {
            // V8's kMustBePositive with no argument name.
            Some("undefined must be positive".to_string())
        }
        ("TypeError", "Proxy constructor called with non-object handler")
        | ("TypeError", "Proxy constructor called with non-object target") => {
            Some("Cannot create proxy with a non-object as target or handler".to_string())
        }
        ("TypeError", "Proxy constructor called on undefined new target") => {
            Some("Constructor Proxy requires 'new'".to_string())
        }
        ("ReferenceError", "cannot reinitialize `this` binding")
        | ("ReferenceError", "this binding is already initialized") => {
            Some("Super constructor may only be called once".to_string())
        }
        ("TypeError", m) if m.starts_with("cannot delete non-configurable property: ") => {
            let property = &m["cannot delete non-configurable property: ".len()..];
            let line: String = chars.iter().collect();
            let shown = receiver_shown(&line, file_text);
            Some(format!("Cannot delete property '{property}' of {shown}"))
        }
        ("TypeError", "right-hand side of 'instanceof' is not callable") => {
            Some("Right-hand side of 'instanceof' is not callable".to_string())
        }
        ("TypeError", m)
            if m.starts_with("method `") && m.ends_with("` called on incompatible receiver") =>
        {
            let method = &m["method `".len()..m.len() - "` called on incompatible receiver".len()];
            Some(format!(
                "Method {method} called on incompatible receiver #<Object>"
            ))
        }
        ("ReferenceError", m)
            if m.starts_with("cannot assign to uninitialized global property `") =>
        {
            let name =
                m["cannot assign to uninitialized global property `".len()..].trim_end_matches('`');
            Some(format!("{name} is not defined"))
        }
        ("TypeError", m)
            if m.ends_with(": invalid callback function")
                || m.ends_with(": Callbackfn is not callable") =>
        {
            let method = m
                .split(':')
                .next()
                .unwrap_or("")
                .rsplit('.')
                .next()
                .unwrap_or("")
                .to_string();
            callback_argument(&chars, &method).map(|value| format!("{value} is not a function"))
        }
        ("TypeError", m) if m.starts_with("Cannot destructure '") => destructure_message(&chars, m),
        ("TypeError", "Promise executor is not callable") => {
            let line: String = chars.iter().collect();
            let executor = call_arguments(&line, "Promise(")
                .and_then(|args| args.into_iter().next())
                .filter(|a| !a.is_empty());
            let shown =
                executor.map_or_else(|| "undefined".to_string(), |a| shown_value(&a, file_text));
            Some(format!("Promise resolver {shown} is not a function"))
        }
        ("TypeError", "superclass must be a constructor") => {
            let line: String = chars.iter().collect();
            let value = line.split(" extends ").nth(1).map(|rest| {
                let rest = rest.trim_start();
                let name: String = rest.chars().take_while(|&c| is_ident_char(c)).collect();
                if name.is_empty() {
                    return shown_value(rest.trim_end_matches(['{', ' ', '}']), file_text);
                }
                shown_value(&name, file_text)
            });
            value.map(|v| format!("Class extends value {v} is not a constructor or null"))
        }
        ("TypeError", "argument must not be a symbol") => {
            Some("Cannot convert a Symbol value to a number".to_string())
        }
        ("TypeError", "Promise NewTarget cannot be undefined") => {
            Some("Promise constructor cannot be invoked without 'new'".to_string())
        }
        ("TypeError", "Promise.resolve() called on a non-object") => {
            Some("PromiseResolve called on non-object".to_string())
        }
        // V8 checks `resolution === promise` in its resolve function (ES "SameValue" step).
        ("TypeError", "SameValue(resolution, promise) is true") => {
            Some("Chaining cycle detected for promise #<Promise>".to_string())
        }
        ("TypeError", "cannot get key and value from primitive item of `iterable`") => {
            non_entry_item(&chars)
                .map(|item| format!("Iterator value {item} is not an entry object"))
        }
        ("TypeError", "Private element does not exist on object") => {
            private_member(&chars, file_text)
        }
        // A private accessor lacking the half used, or a private method assigned to: V8 names
        // the member, the first `#name` on the line used in that way.
        ("TypeError", "private property was defined without a setter") => {
            private_used(&chars, true).map(|n| format!("'{n}' was defined without a setter"))
        }
        ("TypeError", "private property was defined without a getter") => {
            private_used(&chars, false).map(|n| format!("'{n}' was defined without a getter"))
        }
        ("TypeError", "private method is not writable") => {
            private_used(&chars, true).map(|n| format!("Private method '{n}' is not writable"))
        }
        ("TypeError", "Proxy object has empty handler and target") => Some(format!(
            "Cannot perform '{}' on a proxy that has been revoked",
            proxy_trap(&chars)
        )),
        ("TypeError", m) if m.starts_with("right-hand side of 'in' should be an object") => {
            in_operator(&chars, file_text)
        }
        ("TypeError", m) if m.starts_with("cannot set non-writable property: ") => {
            let property = &m["cannot set non-writable property: ".len()..];
            Some(non_writable(property, &chars, file_text))
        }
        ("TypeError", "Cannot delete property") => delete_target(&chars, file_text),
        ("SyntaxError", m) if m.starts_with("invalid regular expression flag ") => {
            regexp_arguments(&chars).and_then(|(_, flags)| {
                flags.map(|f| format!("Invalid flags supplied to RegExp constructor '{f}'"))
            })
        }
        ("SyntaxError", m) if m.starts_with("failed to create matcher: ") => {
            regexp_arguments(&chars).map(|(pattern, flags)| {
                let flags = flags.unwrap_or_default();
                let reason = regexp_reason(&m["failed to create matcher: ".len()..], &pattern);
                format!("Invalid regular expression: /{pattern}/{flags}: {reason}")
            })
        }
        ("SyntaxError", m) if m.starts_with("Invalid regular expression literal: ") => {
            let rest = &m["Invalid regular expression literal: ".len()..];
            regexp_literal(&chars).map(|pattern| {
                let reason = regexp_reason(rest.split(" at line ").next().unwrap_or(rest), &pattern);
                format!("Invalid regular expression: /{pattern}/: {reason}")
            })
        }
        // `eval` and `new Function` parse at run time: V8's words from the code passed in.
        ("SyntaxError", m) if is_runtime_parse_error(m) => {
            let line: String = chars.iter().collect();
            let code = ["eval(", "Function("]
                .iter()
                .find_map(|callee| call_arguments(&line, callee))
                .and_then(|args| {
                    args.last()
                        .and_then(|a| string_literal(a).map(str::to_string))
                });
            crate::v8_syntax::runtime_message(m, code.as_deref())
        }
        // `OrdinaryHasInstance` found no object under the function's `prototype`: the
        // functions made without one (arrows, methods, async functions) read `undefined`,
        // which V8 names; a primitive assigned to `prototype` is not told apart.
        ("TypeError", "function has non-object prototype in instanceof check") => {
            Some("Function has non-object prototype 'undefined' in instanceof check".to_string())
        }
        ("TypeError", "cannot convert null to a BigInt") => {
            Some("Cannot convert null to a BigInt".to_string())
        }
        ("TypeError", "cannot convert undefined to a BigInt") => {
            Some("Cannot convert undefined to a BigInt".to_string())
        }
        ("TypeError", "derived constructor can only return an Object or undefined") => {
            Some("Derived constructors may only return object or undefined".to_string())
        }
        ("TypeError", "Generator should not be executing") => {
            Some("Generator is already running".to_string())
        }
        ("RangeError", m) if m.starts_with("codepoint `") => {
            // Boa writes infinity the Rust way.
            let point = m["codepoint `".len()..].split('`').next().unwrap_or("");
            let point = match point {
                "inf" => "Infinity",
                "-inf" => "-Infinity",
                other => other,
            };
            Some(format!("Invalid code point {point}"))
        }
        ("TypeError", m) if m.starts_with("WeakRef: expected target argument") => {
            Some("WeakRef: invalid target".to_string())
        }
        ("TypeError", m) if m.starts_with("new target was undefined when constructing an ") => {
            let kind = &m["new target was undefined when constructing an ".len()..];
            Some(format!("Constructor {kind}Array requires 'new'"))
        }
        ("RangeError", "cannot construct a typed array with an unaligned buffer") => {
            let line: String = chars.iter().collect();
            typed_array_at(&line).map(|(name, size)| {
                format!("byte length of {name}Array should be a multiple of {size}")
            })
        }
        ("RangeError", "Index must be between 0 and  2^53 - 1") => buffer_length(&chars, file_text),
        // A view over an ArrayBuffer (`new Uint8Array(buf, offset, length)`, `new DataView(buf,
        // offset, length)`): V8 names the offset or the length that does not fit.
        ("RangeError", "offset of typed array exceeds buffer size")
        | ("RangeError", "Start offset is outside the bounds of the buffer") => {
            view_argument(&chars, 1, file_text)
                .map(|offset| format!("Start offset {offset} is outside the bounds of the buffer"))
        }
        ("RangeError", "cannot create a typed array spanning a byte range outside of its buffer") => {
            view_argument(&chars, 2, file_text).map(|length| format!("Invalid typed array length: {length}"))
        }
        ("RangeError", "Invalid data view length") => {
            view_argument(&chars, 2, file_text).map(|length| format!("Invalid DataView length {length}"))
        }
        ("SyntaxError", m) if m.starts_with("repeated regular expression flag ") => {
            regexp_arguments(&chars).and_then(|(_, flags)| {
                flags.map(|f| format!("Invalid flags supplied to RegExp constructor '{f}'"))
            })
        }
        ("RangeError", m)
            if m.contains("repeat: count must be non-negative")
                || m.contains("repeat: count must be less than infinity") =>
        {
            Some("Invalid count value".to_string())
        }
        ("TypeError", "cannot bind `this` without a `[[Call]]` internal method") => {
            Some("Bind must be called on a function".to_string())
        }
        ("TypeError", "cannot create list from a primitive") => {
            Some("CreateListFromArrayLike called on non-object".to_string())
        }
        ("TypeError", "Typed array length is 0 and initial value is not present") => {
            Some("Reduce of empty array with no initial value".to_string())
        }
        // V8 names the abstract operation for `reject`/`resolve`, the method for the others.
        ("TypeError", m) if m.starts_with("Promise.") && m.ends_with("() called on a non-object") => {
            let method = &m["Promise.".len()..m.len() - "() called on a non-object".len()];
            Some(match method {
                "reject" => "PromiseReject called on non-object".to_string(),
                "resolve" => "PromiseResolve called on non-object".to_string(),
                other => format!("Promise.{other} called on non-object"),
            })
        }
        ("TypeError", m) if m.starts_with("Invalid property descriptor.Cannot both") => Some(
            "Invalid property descriptor. Cannot both specify accessors and a value or writable attribute, #<Object>"
                .to_string(),
        ),
        ("RangeError", "byte offset of typed array must be aligned") => {
            let line: String = chars.iter().collect();
            typed_array_at(&line).map(|(name, size)| {
                format!("start offset of {name}Array should be a multiple of {size}")
            })
        }
        ("TypeError", "super constructor object must be constructor") => {
            let line: String = chars.iter().collect();
            // `offset_of` counts characters: take the text before the site by characters.
            let before: String = site.map_or(String::new(), |s| {
                let chars_before = crate::v8_access::offset_of(file_text, s.line, 1);
                file_text.chars().take(chars_before).collect()
            });
            Some(format!(
                "Super constructor null of {} is not a constructor",
                constructed_class(&line, &before, file_text)
            ))
        }
        ("TypeError", "superclass prototype must be an object or null") => {
            let line: String = chars.iter().collect();
            extends_prototype(&line, file_text).map(|value| {
                format!("Class extends value does not have valid prototype property {value}")
            })
        }
        // Boa's `__proto__` setter says this when [[SetPrototypeOf]] fails: a cycle, or an
        // object that cannot change (V8 names that one).
        ("TypeError", "__proto__ called on null or undefined") => {
            let line: String = chars.iter().collect();
            let object = member_object(&line, "__proto__");
            let fixed = ["preventExtensions", "freeze", "seal"].iter().any(|how| {
                file_text.contains(&format!("Object.{how}({object})"))
                    || file_text.contains(&format!("{object} = Object.{how}("))
            });
            Some(if fixed && !object.is_empty() {
                format!("{} is not extensible", made_by(&object, file_text).shown())
            } else {
                "Cyclic __proto__ value".to_string()
            })
        }
        ("TypeError", "'this' is not a Date") => Some("this is not a Date object.".to_string()),
        ("TypeError", "buffer must be an ArrayBuffer") => {
            Some("First argument to DataView constructor must be an ArrayBuffer".to_string())
        }
        ("TypeError", m) if m.starts_with("FinalizationRegistry: cleanup callback") => {
            Some("FinalizationRegistry: cleanup must be callable".to_string())
        }
        // V8 names the value given (kSymbolKeyFor's `%s is not a symbol`).
        ("TypeError", "Symbol.keyFor: sym is not a symbol") => {
            let line: String = chars.iter().collect();
            call_arguments(&line, "Symbol.keyFor(").map(|args| {
                let shown = args
                    .first()
                    .map_or_else(|| "undefined".to_string(), |a| shown_value(a, file_text));
                format!("{shown} is not a symbol")
            })
        }
        ("TypeError", "Proxy trap result is neither object nor null") => Some(
            "'getPrototypeOf' on proxy: trap returned neither object nor null".to_string(),
        ),
        _ => None,
    };
    fixed.filter(|f| f != message)
}

/// `new ArrayBuffer(-1)`, `new Uint8Array(-1)`: Boa's index check names neither the
/// constructor nor the length, V8 names both (`Invalid typed array length: -1`).
fn buffer_length(chars: &[char], file_text: &str) -> Option<String> {
    let line: String = chars.iter().collect();
    if line.contains("new ArrayBuffer(") || line.contains("new SharedArrayBuffer(") {
        return Some("Invalid array buffer length".to_string());
    }
    let (name, _) = typed_array_at(&line)?;
    let at = line.find(&format!("{name}Array("))?;
    let args = call_arguments(&line[at..], &format!("{name}Array("))?;
    // Over a buffer, the index checked is the offset, then the length.
    if args.len() > 1 {
        let negative = |arg: &String| value_text(arg, file_text).starts_with('-');
        if negative(&args[1]) {
            let offset = value_text(&args[1], file_text);
            return Some(format!(
                "Start offset {offset} is outside the bounds of the buffer"
            ));
        }
        let length = value_text(args.get(2)?, file_text);
        return Some(format!("Invalid typed array length: {length}"));
    }
    let length = value_text(args.first()?, file_text);
    Some(format!("Invalid typed array length: {length}"))
}

/// Argument `index` of the view constructed on the line (a typed array or a DataView over a
/// buffer), as its value reads in the source.
fn view_argument(chars: &[char], index: usize, file_text: &str) -> Option<String> {
    let line: String = chars.iter().collect();
    let callee = match typed_array_at(&line) {
        Some((name, _)) => format!("{name}Array("),
        None => "DataView(".to_string(),
    };
    let at = line.find(&callee)?;
    let args = call_arguments(&line[at..], &callee)?;
    Some(value_text(args.get(index)?, file_text))
}

/// The typed array constructed on the line (`Uint16` of `new Uint16Array(`), and its
/// element size in bytes.
fn typed_array_at(line: &str) -> Option<(&'static str, usize)> {
    const TYPED: [(&str, usize); 11] = [
        ("Int8", 1),
        ("Uint8", 1),
        ("Uint8Clamped", 1),
        ("Int16", 2),
        ("Uint16", 2),
        ("Int32", 4),
        ("Uint32", 4),
        ("Float32", 4),
        ("Float64", 8),
        ("BigInt64", 8),
        ("BigUint64", 8),
    ];
    let at = line.find("Array(")?;
    let start = line[..at]
        .rfind(|c: char| !is_ident_char(c))
        .map_or(0, |i| i + 1);
    let name = &line[start..at];
    TYPED.iter().copied().find(|(n, _)| *n == name)
}

/// The top-level arguments of the first call to `callee(` on the line, as source text.
fn call_arguments(line: &str, callee: &str) -> Option<Vec<String>> {
    let at = line.find(callee)? + callee.len();
    let mut args = Vec::new();
    let mut current = String::new();
    let mut depth = 0i32;
    let mut quote: Option<char> = None;
    for c in line[at..].chars() {
        if let Some(q) = quote {
            current.push(c);
            if c == q {
                quote = None;
            }
            continue;
        }
        match c {
            '\'' | '"' | '`' => {
                quote = Some(c);
                current.push(c);
            }
            '(' | '[' | '{' => {
                depth += 1;
                current.push(c);
            }
            ')' | ']' | '}' if depth == 0 => {
                if !current.trim().is_empty() {
                    args.push(current.trim().to_string());
                }
                return Some(args);
            }
            ')' | ']' | '}' => {
                depth -= 1;
                current.push(c);
            }
            ',' if depth == 0 => {
                args.push(current.trim().to_string());
                current.clear();
            }
            c => current.push(c),
        }
    }
    None
}

/// The text of a string literal (`'a'`, `"a"`), without its quotes.
fn string_literal(text: &str) -> Option<&str> {
    let text = text.trim();
    let quote = text.chars().next()?;
    (matches!(quote, '\'' | '"' | '`') && text.len() >= 2 && text.ends_with(quote))
        .then(|| &text[1..text.len() - 1])
}

/// A value as V8 writes it in a message, from its source text: strings without quotes,
/// other literals as written; a `const` bound to a literal is looked up in the file.
fn value_text(text: &str, file_text: &str) -> String {
    let text = text.trim();
    if let Some(inner) = string_literal(text) {
        return inner.to_string();
    }
    if !text.is_empty()
        && text.chars().all(is_ident_char)
        && !text.chars().all(|c| c.is_ascii_digit())
        && let Some(literal) = declared_literal(text, file_text)
    {
        return value_text(&literal, "");
    }
    text.to_string()
}

/// A value as V8's `NoSideEffectsToString` writes it, from its source text: literals as
/// [`value_text`] does, an object literal (or a name bound to one) as `#<Object>`, an array
/// as `[object Array]`, an instance as `#<Class>`, a function by its source.
fn shown_value(text: &str, file_text: &str) -> String {
    let text = text.trim();
    if text.starts_with('{') {
        return "#<Object>".to_string();
    }
    if text.starts_with('[') {
        return "[object Array]".to_string();
    }
    if !text.is_empty()
        && text.chars().all(is_ident_char)
        && declared_literal(text, file_text).is_none()
    {
        let declared = ["const ", "let ", "var "].iter().find_map(|k| {
            let pattern = format!("{k}{text} = ");
            file_text
                .find(&pattern)
                .map(|at| &file_text[at + pattern.len()..])
        });
        if let Some(init) = declared {
            if init.starts_with('(') && init.contains("=>") || init.starts_with("function") {
                // A function is shown by its source: up to the end of its line.
                return init
                    .lines()
                    .next()
                    .unwrap_or("")
                    .trim_end_matches(';')
                    .to_string();
            }
            return match made_by(text, file_text) {
                Made::Array(_) => "[object Array]".to_string(),
                Made::Instance(class) => format!("#<{class}>"),
                Made::Proxy | Made::Object => "#<Object>".to_string(),
            };
        }
    }
    value_text(text, file_text)
}

/// The literal a `const`/`let`/`var` declaration gives `name`, if it is a plain literal.
fn declared_literal(name: &str, file_text: &str) -> Option<String> {
    for keyword in ["const ", "let ", "var "] {
        let pattern = format!("{keyword}{name} = ");
        if let Some(at) = file_text.find(&pattern) {
            let rest = &file_text[at + pattern.len()..];
            let value = rest[..rest.find([';', '\n']).unwrap_or(rest.len())].trim();
            let literal = string_literal(value).is_some()
                || value.parse::<f64>().is_ok()
                || matches!(value, "true" | "false" | "null" | "undefined")
                || value.starts_with("Symbol(");
            return literal.then(|| value.to_string());
        }
    }
    None
}

/// `new Map([1])`: the first item of the array literal that is not itself an entry.
fn non_entry_item(chars: &[char]) -> Option<String> {
    let line: String = chars.iter().collect();
    let args = ["new Map(", "new WeakMap(", "Object.fromEntries("]
        .iter()
        .find_map(|callee| call_arguments(&line, callee))?;
    let list = args
        .first()?
        .strip_prefix('[')?
        .strip_suffix(']')?
        .to_string();
    let items = call_arguments(&format!("({list})"), "(")?;
    items
        .into_iter()
        .find(|item| !item.starts_with('[') && !item.starts_with('{'))
        .map(|item| value_text(&item, ""))
}

/// The first private name on the line read through `.#name` (or written, with `=` after it,
/// when `writes`).
fn private_used(chars: &[char], writes: bool) -> Option<String> {
    let line: String = chars.iter().collect();
    line.match_indices(".#").find_map(|(at, _)| {
        let name: String = line[at + 1..]
            .chars()
            .take_while(|&c| c == '#' || is_ident_char(c))
            .collect();
        let after = line[at + 1 + name.len()..].trim_start();
        let assigned = after.starts_with('=') && !after.starts_with("==");
        (assigned == writes).then_some(name)
    })
}

/// `o.#x` read or written where `o`'s class did not declare `#x`.
fn private_member(chars: &[char], file_text: &str) -> Option<String> {
    let line: String = chars.iter().collect();
    let at = line.find(".#")?;
    let name: String = line[at + 1..]
        .chars()
        .take_while(|&c| c == '#' || is_ident_char(c))
        .collect();
    let after = line[at + 1 + name.len()..].trim_start();
    let writes = after.starts_with('=') && !after.starts_with("==");
    // A private method is checked against the class's brand, not looked up as a field.
    let method = format!("{name}(");
    let declared_method = file_text
        .match_indices(&method)
        .any(|(i, _)| !file_text[..i].ends_with('.'));
    if declared_method && after.starts_with('(') {
        let class = class_declaring(&method, file_text).unwrap_or_default();
        return Some(format!("Receiver must be an instance of class {class}"));
    }
    // So is a private accessor, read or written.
    if let Some(accessor) = [format!("get {name}("), format!("set {name}(")]
        .into_iter()
        .find(|d| file_text.contains(d.as_str()))
    {
        let class = class_declaring(&accessor, file_text).unwrap_or_default();
        return Some(format!("Receiver must be an instance of class {class}"));
    }
    Some(if writes {
        format!("Cannot write private member {name} to an object whose class did not declare it")
    } else {
        format!("Cannot read private member {name} from an object whose class did not declare it")
    })
}

/// The class `new` constructs on the line, as V8 names the running constructor in `Super
/// constructor null of A`: the name given by the declaration or the binding; on a line
/// without `new` (Boa places the error in the constructor), the class declared last before
/// it; else `anonymous class`.
fn constructed_class(line: &str, before: &str, file_text: &str) -> String {
    if !line.contains("new ")
        && let Some(at) = before.rfind("class ")
    {
        let name: String = before[at + "class ".len()..]
            .chars()
            .take_while(|&c| is_ident_char(c))
            .collect();
        if !name.is_empty() {
            return name;
        }
    }
    let name: Option<String> = line.rfind("new ").map(|at| {
        line[at + 4..]
            .trim_start()
            .chars()
            .take_while(|&c| is_ident_char(c))
            .collect()
    });
    name.filter(|n| {
        !n.is_empty()
            && (file_text.contains(&format!("class {n} "))
                || file_text.contains(&format!("class {n}{{"))
                || file_text.contains(&format!("{n} = class")))
    })
    .unwrap_or_else(|| "anonymous class".to_string())
}

/// `class B extends F` where the program set `F.prototype` to a primitive: that value, as
/// written.
fn extends_prototype(line: &str, file_text: &str) -> Option<String> {
    line.split(" extends ").skip(1).find_map(|rest| {
        let name: String = rest
            .trim_start()
            .chars()
            .take_while(|&c| is_ident_char(c))
            .collect();
        if name.is_empty() {
            return None;
        }
        let assignment = format!("{name}.prototype =");
        let at = file_text.find(&assignment)?;
        let value = file_text[at + assignment.len()..]
            .trim_start()
            .split([';', '\n'])
            .next()?
            .trim();
        Some(value_text(value, file_text))
    })
}

/// Which proxy trap the line performs (V8 names it in the revoked-proxy message).
fn proxy_trap(chars: &[char]) -> &'static str {
    let line: String = chars.iter().collect();
    let assigns = (0..chars.len()).any(|i| {
        is_ident_char(chars[i])
            && (i == 0 || !is_ident_char(chars[i - 1]) && chars[i - 1] != '.')
            && assignment_target_at(chars, i).is_some()
    });
    let lists_keys = [
        "Object.keys(",
        "Object.values(",
        "Object.entries(",
        "Reflect.ownKeys(",
        "Object.getOwnPropertyNames(",
    ];
    if lists_keys.iter().any(|call| line.contains(call)) {
        "ownKeys"
    } else if line.contains("Object.getPrototypeOf(") || line.contains("instanceof") {
        "getPrototypeOf"
    } else if line.contains("delete ") {
        "deleteProperty"
    } else if line.contains(" in ") {
        "has"
    } else if assigns {
        "set"
    } else {
        "get"
    }
}

/// `'a' in 'abc'`: V8 quotes the key and writes the value as a string.
fn in_operator(chars: &[char], file_text: &str) -> Option<String> {
    let line: String = chars.iter().collect();
    let at = line.find(" in ")?;
    let left = line[..at]
        .rsplit(['(', ' ', ',', '!', '='])
        .next()
        .unwrap_or("")
        .to_string();
    let right = line[at + 4..]
        .trim_start()
        .split([')', ';', ' ', ','])
        .next()
        .unwrap_or("")
        .to_string();
    let right = crate::v8_access::nullish_name(&right, file_text)
        .map_or_else(|| value_text(&right, file_text), str::to_string);
    // V8 prints both values as strings: a BigInt literal without its `n`, a well-known
    // symbol as its description.
    let right = match right.strip_suffix('n') {
        Some(digits) if !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit()) => {
            digits.to_string()
        }
        _ => right,
    };
    let left = match left.strip_prefix("Symbol.") {
        Some(name) if !name.is_empty() && name.chars().all(is_ident_char) => {
            format!("Symbol({left})")
        }
        _ => value_text(&left, file_text),
    };
    Some(format!(
        "Cannot use 'in' operator to search for '{left}' in {right}"
    ))
}

/// What the program's declaration of a name made, as far as V8's messages show it: an
/// array is `[object Array]` in some messages, an instance `#<Class>`, a proxy's failure
/// names its trap.
#[derive(Debug, PartialEq)]
enum Made {
    /// An array literal with this many items.
    Array(usize),
    Instance(String),
    Proxy,
    Object,
}

/// The initializer of the first `name = ...` in the file, read through `Object.freeze(`
/// and its siblings.
fn initializer_of<'a>(name: &str, file_text: &'a str) -> Option<&'a str> {
    if name.is_empty() || !name.chars().all(is_ident_char) {
        return None;
    }
    let mut init = file_text.match_indices(name).find_map(|(at, _)| {
        let before = file_text[..at].chars().next_back();
        if before.is_some_and(|c| is_ident_char(c) || c == '.') {
            return None;
        }
        let rest = file_text[at + name.len()..].trim_start();
        let rest = rest.strip_prefix('=')?;
        (!rest.starts_with('=')).then(|| rest.trim_start())
    })?;
    for wrapper in [
        "Object.freeze(",
        "Object.seal(",
        "Object.preventExtensions(",
    ] {
        if let Some(inner) = init.strip_prefix(wrapper) {
            init = inner.trim_start();
        }
    }
    Some(init)
}

/// The keys an object literal at the start of `text` declares (`a: 1`, `'b': 2`, `c`,
/// `m() {}`, `get g() {}`), or `None` when `text` is not an object literal.
fn literal_keys(text: &str) -> Option<Vec<String>> {
    let body = text.strip_prefix('{')?;
    let mut items = vec![String::new()];
    let mut depth = 0usize;
    let mut quote: Option<char> = None;
    for c in body.chars() {
        if let Some(q) = quote {
            if c == q {
                quote = None;
            }
            if let Some(item) = items.last_mut().filter(|_| depth == 0) {
                item.push(c);
            }
            continue;
        }
        match c {
            '\'' | '"' | '`' => quote = Some(c),
            '(' | '[' | '{' => depth += 1,
            '}' if depth == 0 => break,
            ')' | ']' | '}' => depth = depth.saturating_sub(1),
            ',' if depth == 0 => {
                items.push(String::new());
                continue;
            }
            _ => {}
        }
        if let Some(item) = items.last_mut().filter(|_| depth == 0 || c == '(') {
            item.push(c);
        }
    }
    let keys = items.iter().filter_map(|item| {
        let item = item.trim();
        let item = item
            .strip_prefix("get ")
            .or_else(|| item.strip_prefix("set "))
            .or_else(|| item.strip_prefix("async "))
            .unwrap_or(item)
            .trim_start_matches('*')
            .trim_start();
        let key = item.split([':', '(', '=']).next()?.trim();
        let key = key.trim_matches(['\'', '"']);
        (!key.is_empty() && !key.starts_with("...")).then(|| key.to_string())
    });
    Some(keys.collect())
}

fn made_by(name: &str, file_text: &str) -> Made {
    let Some(init) = initializer_of(name, file_text) else {
        return Made::Object;
    };
    if let Some(elements) = init.strip_prefix('[') {
        let items = call_arguments(&format!("({elements})"), "(")
            .map_or(0, |items| items.iter().filter(|i| !i.is_empty()).count());
        return Made::Array(items);
    }
    if init.starts_with("new Proxy(") || init.starts_with("Proxy.revocable(") {
        return Made::Proxy;
    }
    if let Some(class) = init.strip_prefix("new ") {
        let class: String = class.chars().take_while(|&c| is_ident_char(c)).collect();
        if !class.is_empty() {
            return Made::Instance(class);
        }
    }
    Made::Object
}

impl Made {
    /// The object as V8's `#<Object>` / `[object Array]` shows it.
    fn shown(&self) -> String {
        match self {
            Made::Array(_) => "[object Array]".to_string(),
            Made::Instance(class) => format!("#<{class}>"),
            Made::Proxy | Made::Object => "#<Object>".to_string(),
        }
    }
}

/// The object of the member expression `obj.property` or `obj[...]` on the line: its root name.
fn member_object(line: &str, property: &str) -> String {
    let chars: Vec<char> = line.chars().collect();
    let dotted = format!(".{property}");
    let mut candidates: Vec<usize> = line
        .match_indices(&dotted)
        .filter(|(at, _)| {
            line[at + dotted.len()..]
                .chars()
                .next()
                .is_none_or(|c| !is_ident_char(c))
        })
        .map(|(at, _)| line[..at].chars().count())
        .collect();
    candidates.extend(
        line.match_indices('[')
            .map(|(at, _)| line[..at].chars().count()),
    );
    candidates
        .into_iter()
        .filter_map(|end| expression_before(&chars, end))
        .next()
        .map(|expr| {
            expr.split(['.', '[', '('])
                .next_back()
                .unwrap_or("")
                .to_string()
        })
        .unwrap_or_default()
}

/// The class whose body declares `get property(`, or `None` for an object literal's getter.
fn class_declaring(accessor: &str, file_text: &str) -> Option<String> {
    let at = file_text.find(accessor)?;
    let before = &file_text[..at];
    let class_at = before.rfind("class ")?;
    // The class body must still be open at the accessor.
    let body = &before[class_at..];
    (body.matches('{').count() > body.matches('}').count()).then(|| {
        body["class ".len()..]
            .chars()
            .take_while(|&c| is_ident_char(c))
            .collect()
    })
}

/// Boa says `cannot set non-writable property` for four of V8's cases: a property added to a
/// non-extensible object, a read-only property, one with only a getter, and a proxy whose
/// `set` trap returned false. Tell them apart by what the program declared.
fn non_writable(property: &str, chars: &[char], file_text: &str) -> String {
    let line: String = chars.iter().collect();
    if let Some(message) = read_only_global(property, &line) {
        return message;
    }
    let object = member_object(&line, property);
    let object = if object.is_empty() {
        quoted_receiver(&line, property).unwrap_or_default()
    } else {
        object
    };
    if let Some((kind, value)) = primitive_receiver(&object, file_text) {
        return format!("Cannot create property '{property}' on {kind} '{value}'");
    }
    let made = made_by(&object, file_text);
    let getter = format!("get {property}(");
    let setter = format!("set {property}(");
    if file_text.contains(&getter) && !file_text.contains(&setter) {
        let shown = match class_declaring(&getter, file_text) {
            Some(class) if !class.is_empty() => format!("#<{class}>"),
            _ => made.shown(),
        };
        return format!("Cannot set property {property} of {shown} which has only a getter");
    }
    if made == Made::Proxy {
        return format!("'set' on proxy: trap returned falsish for property '{property}'");
    }
    let array = line.contains(".push(") || line.contains(".unshift(");
    let exists = match &made {
        Made::Array(items) => {
            property == "length" || property.parse::<usize>().is_ok_and(|i| i < *items)
        }
        // The object's own literal says which keys it was made with; an assignment to or a
        // definition of this very name elsewhere adds one.
        _ if let Some(keys) = initializer_of(&object, file_text).and_then(literal_keys) => {
            let others = file_text.replacen(line.trim(), "", 1);
            keys.iter().any(|k| k == property)
                || others.contains(&format!("{object}.{property} ="))
                || others.contains(&format!("{object}.{property}="))
                || others.contains(&format!("defineProperty({object}, '{property}'"))
        }
        _ => {
            // The failing assignment itself does not make the property exist.
            let others = file_text.replacen(line.trim(), "", 1);
            [
                format!("{property}:"),
                format!("{property} :"),
                format!(".{property} ="),
                format!(".{property}="),
            ]
            .iter()
            .any(|d| others.contains(d.as_str()))
        }
    };
    if array || !exists {
        return format!("Cannot add property {property}, object is not extensible");
    }
    format!(
        "Cannot assign to read only property '{property}' of object '{}'",
        made.shown()
    )
}

/// A write to one of the global object's read-only values (`NaN = 1`, `undefined = 1`) or to
/// a `Math` constant: V8 shows the holder as `#<Object>`.
fn read_only_global(property: &str, line: &str) -> Option<String> {
    let global = matches!(property, "NaN" | "undefined" | "Infinity")
        && line.match_indices(property).any(|(at, _)| {
            let before = line[..at].chars().next_back();
            let after = line[at + property.len()..].trim_start();
            before.is_none_or(|c| !is_ident_char(c) && c != '.')
                && after.starts_with('=')
                && !after.starts_with("==")
        });
    let math = property
        .chars()
        .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
        && line.contains(&format!("Math.{property}"));
    (global || math)
        .then(|| format!("Cannot assign to read only property '{property}' of object '#<Object>'"))
}

/// A property written on a primitive in strict code (`'str'.x = 1`, `const n = 5; n.x = 1`):
/// the primitive's type and V8's rendering of it, from the literal or the binding's initializer.
fn primitive_receiver(object: &str, file_text: &str) -> Option<(&'static str, String)> {
    let literal = |text: &str| -> Option<(&'static str, String)> {
        let text = text.trim().trim_end_matches(';').trim();
        let quoted = text.len() >= 2
            && ((text.starts_with('\'') && text.ends_with('\''))
                || (text.starts_with('"') && text.ends_with('"')));
        if quoted {
            return Some(("string", text[1..text.len() - 1].to_string()));
        }
        if text == "true" || text == "false" {
            return Some(("boolean", text.to_string()));
        }
        let number = text.parse::<f64>().ok().filter(|_| !text.is_empty())?;
        Some(("number", crate::inspect::js_number_to_string(number)))
    };
    if let Some(found) = literal(object) {
        return Some(found);
    }
    if object.is_empty() || !object.chars().all(is_ident_char) {
        return None;
    }
    let initializer = declared_literal_text(object, file_text)?;
    literal(&initializer)
}

/// A string literal written right before `.property` on the line (`'str'.x = 1`), quotes kept.
fn quoted_receiver(line: &str, property: &str) -> Option<String> {
    let dotted = format!(".{property}");
    line.match_indices(&dotted).find_map(|(at, _)| {
        let before = &line[..at];
        let quote = before
            .chars()
            .next_back()
            .filter(|&c| c == '\'' || c == '"')?;
        let open = before[..before.len() - 1].rfind(quote)?;
        Some(before[open..].to_string())
    })
}

/// The text after `const|let|var name = ` up to the end of its line, if the file declares it so.
fn declared_literal_text(name: &str, file_text: &str) -> Option<String> {
    ["const ", "let ", "var "].iter().find_map(|keyword| {
        let pattern = format!("{keyword}{name} = ");
        let at = file_text.find(&pattern)? + pattern.len();
        let rest = &file_text[at..];
        let end = rest.find(['\n', ';']).unwrap_or(rest.len());
        Some(rest[..end].to_string())
    })
}

/// How V8 shows the receiver of the array method called on the line (`a.pop()`).
fn receiver_shown(line: &str, file_text: &str) -> String {
    for method in ["pop", "shift", "splice", "length"] {
        let object = member_object(line, method);
        if !object.is_empty() {
            return made_by(&object, file_text).shown();
        }
    }
    "#<Object>".to_string()
}

/// `delete arr.length` in strict code: V8 names the property and the object's `toString`.
fn delete_target(chars: &[char], file_text: &str) -> Option<String> {
    let line: String = chars.iter().collect();
    let at = line.find("delete ")? + "delete ".len();
    let target: String = line[at..]
        .chars()
        .take_while(|&c| is_ident_char(c) || c == '.')
        .collect();
    let (object, property) = target.rsplit_once('.')?;
    let made = made_by(object.rsplit('.').next().unwrap_or(object), file_text);
    if made == Made::Proxy {
        return Some(format!(
            "'deleteProperty' on proxy: trap returned falsish for property '{property}'"
        ));
    }
    Some(format!(
        "Cannot delete property '{property}' of {}",
        made.shown()
    ))
}

/// The pattern and flags of `new RegExp(pattern, flags)` on the line: the pattern as the
/// string's value (V8 prints the source the constructor got, `'\\'` is `\`).
fn regexp_arguments(chars: &[char]) -> Option<(String, Option<String>)> {
    let line: String = chars.iter().collect();
    let args = call_arguments(&line, "RegExp(")?;
    let pattern = unescape_simple(string_literal(args.first()?)?);
    let flags = args
        .get(1)
        .and_then(|f| string_literal(f))
        .map(str::to_string);
    Some((pattern, flags))
}

/// The body of a regular expression literal inside `eval('...')` or on the line.
fn regexp_literal(chars: &[char]) -> Option<String> {
    let line: String = chars.iter().collect();
    let code = call_arguments(&line, "eval(")
        .and_then(|args| {
            args.first()
                .and_then(|a| string_literal(a).map(str::to_string))
        })
        .unwrap_or(line);
    let start = code.find('/')?;
    let end = code.rfind('/')?;
    (end > start).then(|| code[start + 1..end].to_string())
}

/// A string literal's text with its backslash escapes of quotes and backslashes undone.
fn unescape_simple(text: &str) -> String {
    let mut out = String::new();
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        match (c, chars.clone().next()) {
            ('\\', Some(next @ ('\\' | '\'' | '"' | '`'))) => {
                out.push(next);
                chars.next();
            }
            _ => out.push(c),
        }
    }
    out
}

/// V8's (irregexp's) words for what the regular expression engine rejected. regress says
/// "Unbalanced parenthesis" both for a group left open and for a `)` with no group (irregexp's
/// `Unmatched ')'`), and "Invalid quantifier" both for `{3,2}` and for an unfinished `{` under
/// the `u` flag: the pattern tells which.
pub(crate) fn regexp_reason<'a>(boa: &'a str, pattern: &str) -> &'a str {
    match boa {
        "Unbalanced bracket" => "Unterminated character class",
        "Unbalanced parenthesis" if pattern.matches(')').count() > pattern.matches('(').count() => {
            "Unmatched ')'"
        }
        "Unbalanced parenthesis" => "Unterminated group",
        "Invalid quantifier" if braced_out_of_order(pattern) => {
            "numbers out of order in {} quantifier"
        }
        "Invalid quantifier" => "Incomplete quantifier",
        "Invalid braced quantifier" | "Quantifier not allowed here" => "Nothing to repeat",
        "Incomplete escape" => "\\ at end of pattern",
        "Invalid token at named capture group identifier" => "Invalid capture group name",
        m if m.starts_with("Backreference to invalid named capture group") => {
            "Invalid named capture referenced"
        }
        "Invalid atom character" => "Nothing to repeat",
        "Unterminated group" => "Unterminated group",
        "Range values reversed, start char code is greater than end char code." => {
            "Range out of order in character class"
        }
        other => other,
    }
}

/// Whether the pattern has a `{min,max}` quantifier with min above max.
fn braced_out_of_order(pattern: &str) -> bool {
    pattern.split('{').skip(1).any(|rest| {
        let Some((body, _)) = rest.split_once('}') else {
            return false;
        };
        let Some((min, max)) = body.split_once(',') else {
            return false;
        };
        matches!((min.parse::<u64>(), max.parse::<u64>()), (Ok(a), Ok(b)) if a > b)
    })
}

/// The name of the last class expression in `before` (the text up to a call's `(`), if it
/// has one: `(class Foo {})` is `Foo`, `(class {})` and `(class extends B {})` none.
fn class_expression_name(before: &str) -> Option<String> {
    let at = before
        .rmatch_indices("class")
        .map(|(at, _)| at)
        .find(|&at| {
            !before[..at].ends_with(is_ident_char) && !before[at + 5..].starts_with(is_ident_char)
        })?;
    let name: String = before[at + 5..]
        .trim_start()
        .chars()
        .take_while(|&c| is_ident_char(c))
        .collect();
    (!name.is_empty() && name != "extends").then_some(name)
}

/// V8's words for a value that is not iterable: the source of a `for ... of X`, spread `...X`
/// or array pattern; for built-ins that iterate their argument (`new Set(5)`), the kind and
/// value with V8's longer explanation.
fn iterable_source(chars: &[char], kind: &str, file_text: &str) -> Option<String> {
    let line: String = chars.iter().collect();
    if let Some(message) = destructured_iterable(&line, kind, file_text) {
        return Some(message);
    }
    let builtins = [
        "new Set(",
        "new Map(",
        "new WeakSet(",
        "new WeakMap(",
        "Array.from(",
        "Promise.all(",
        "Promise.race(",
        "Promise.allSettled(",
        "Promise.any(",
        "Object.fromEntries(",
    ];
    for builtin in builtins {
        if let Some(at) = line.find(builtin) {
            let rest = &line[at + builtin.len()..];
            let argument = rest[..rest.find([')', ',']).unwrap_or(rest.len())].trim();
            if argument.starts_with("...") {
                // `new Set(...obj)`: the spread fails before the constructor runs.
                break;
            }
            let shown = if kind == "object" || kind == "function" {
                kind.to_string()
            } else {
                format!("{kind} {argument}")
            };
            return Some(format!(
                "{shown} is not iterable (cannot read property Symbol(Symbol.iterator))"
            ));
        }
    }
    let source_after = |marker: &str, ends: &[char]| {
        line.find(marker).map(|at| {
            let rest = &line[at + marker.len()..];
            rest[..rest.find(ends).unwrap_or(rest.len())]
                .trim()
                .to_string()
        })
    };
    // A spread of a non-iterable object into a call's arguments: V8's own words.
    if !matches!(kind, "string" | "undefined" | "null")
        && let Some(at) = line.find("...")
        && spread_in_call(&line[..at])
    {
        return Some("Spread syntax requires ...iterable[Symbol.iterator] to be a function".into());
    }
    // `for (const [a] of [5])`: an array literal is iterable, so the value the pattern takes
    // was not; V8's call printer names it by the loop's hidden variable.
    if let Some(at) = line.find(" of ")
        && line[..at].contains("for (")
        && line[..at].trim_end().ends_with(']')
        && line[at + 4..].trim_start().starts_with('[')
    {
        return Some(".for is not iterable".to_string());
    }
    // `for await`: V8 asks for an async iterator.
    let noun = if line.contains("for await") {
        "async iterable"
    } else {
        "iterable"
    };
    source_after(" of ", &[')'])
        .map(|expr| {
            if noun == "iterable" {
                expr
            } else {
                format!("{expr}\u{0}")
            }
        })
        .or_else(|| source_after("...", &[')', ']', ',']))
        .or_else(|| {
            line.find("] = ")
                .map(|at| expression_end(&line[at + 4..]).trim().to_string())
        })
        .map(|expr| {
            // A BigInt literal is an intermediate value to V8's call printer.
            let literal_bigint = expr.ends_with('n')
                && expr[..expr.len() - 1].chars().all(|c| c.is_ascii_digit())
                && expr.len() > 1;
            if let Some(expr) = expr.strip_suffix('\u{0}') {
                format!("{expr} is not {noun}")
            } else if literal_bigint {
                "(intermediate value) is not iterable".to_string()
            } else {
                format!("{expr} is not iterable")
            }
        })
}

/// An array pattern given a value that is not iterable. V8's call printer names the
/// initializer of a declaration's top-level pattern (`{} is not iterable`, handled by the
/// caller); a pattern nested in an object pattern fails at the whole initializer, printed by
/// the call printer (`{(intermediate value)} is not iterable (cannot read ...)`); an
/// assignment's pattern or one nested in an array pattern fails where the printer finds
/// nothing, and V8 shows the value by its type (`number 5`, `object null`, `object`).
fn destructured_iterable(line: &str, kind: &str, file_text: &str) -> Option<String> {
    const NO_SYMBOL: &str = "is not iterable (cannot read property Symbol(Symbol.iterator))";
    let eq = line.find("] = ").or_else(|| line.find("} = "))? + 1;
    let pattern_end = eq;
    let before = &line[..pattern_end];
    let open = if line[..eq].ends_with(']') { '[' } else { '{' };
    // The pattern's opening bracket: the one matching the bracket before the `=`.
    let close = if open == '[' { ']' } else { '}' };
    let mut depth = 0;
    let start = before.char_indices().rev().find_map(|(at, c)| {
        if c == close {
            depth += 1;
        } else if c == open {
            depth -= 1;
        }
        (depth == 0).then_some(at)
    })?;
    let pattern = &before[start..];
    let head = before[..start].trim_end();
    let declares = ["const", "let", "var"]
        .iter()
        .any(|k| head.ends_with(k) && !head[..head.len() - k.len()].ends_with(is_ident_char));
    let initializer = expression_end(line[eq + 2..].trim_start()).trim();
    let nested_in_object = open == '{' && pattern[1..].contains('[');
    let nested_in_array = open == '[' && pattern[1..].contains('[');
    if nested_in_object {
        let printed = crate::v8_call_printer::print_expression(initializer)?;
        return Some(format!("{printed} {NO_SYMBOL}"));
    }
    if open != '[' || declares && !nested_in_array {
        return None;
    }
    // The value: the initializer itself, or the first element of an array literal for a
    // nested pattern.
    let value = if nested_in_array {
        let inner = initializer.strip_prefix('[')?;
        up_to_close(inner, true).trim().to_string()
    } else {
        initializer.to_string()
    };
    let value = declared_literal(&value, file_text).unwrap_or(value);
    let shown = match kind {
        "object" | "function" => kind.to_string(),
        "null" => "object null".to_string(),
        "undefined" => "undefined".to_string(),
        _ => format!("{kind} {value}"),
    };
    Some(format!("{shown} {NO_SYMBOL}"))
}

/// `...x` where the program left `x` undefined or null: V8 cannot read its iterator.
fn nullish_spread(line: &str, file_text: &str) -> Option<String> {
    let at = line.find("...")?;
    let name: String = line[at + 3..]
        .chars()
        .take_while(|&c| is_ident_char(c))
        .collect();
    let nullish = crate::v8_access::failed_access(&format!("{name}.x"), file_text)?;
    Some(if spread_in_call(&line[..at]) {
        format!(
            "{name} is not iterable (cannot read property {})",
            nullish.value
        )
    } else {
        format!("{name} is not iterable")
    })
}

/// Whether text ending where a `...` starts is inside a call's parentheses (not an array).
fn spread_in_call(before: &str) -> bool {
    let mut depth = 0i32;
    for c in before.chars().rev() {
        match c {
            ')' | ']' | '}' => depth += 1,
            '(' if depth == 0 => return true,
            '[' | '{' if depth == 0 => return false,
            '(' | '[' | '{' => depth -= 1,
            _ => {}
        }
    }
    false
}

/// The argument passed to `.method(` on the line, shown as V8 shows the value.
fn callback_argument(chars: &[char], method: &str) -> Option<String> {
    let line: String = chars.iter().collect();
    let at = line.find(&format!(".{method}("))?;
    let rest = &line[at + method.len() + 2..];
    let argument = rest[..rest.find([')', ',']).unwrap_or(rest.len())].trim();
    Some(if argument.starts_with('{') {
        "#<Object>".to_string()
    } else if argument.is_empty() {
        "undefined".to_string()
    } else {
        argument.to_string()
    })
}

/// Where the first nested object pattern's body starts (after `a: {` or `a:{`).
fn nested_object_at(pattern: &str) -> Option<usize> {
    pattern.match_indices(':').find_map(|(colon, _)| {
        let rest = &pattern[colon + 1..];
        let brace = rest.len() - rest.trim_start().len();
        rest.trim_start()
            .starts_with('{')
            .then_some(colon + 1 + brace + 1)
    })
}

/// `Cannot destructure property 'x' of 'obj' as it is undefined.` from the pattern on the line:
/// a declaration's `{ ... } = source`, or a parameter pattern (whose source V8 calls
/// `undefined` when the argument is missing).
fn destructure_message(chars: &[char], boa: &str) -> Option<String> {
    let value = if boa.contains("'null'") {
        "null"
    } else {
        "undefined"
    };
    let line: String = chars.iter().collect();
    if let Some(at) = line.find("] = ") {
        // A nested pattern first in an array pattern got `undefined` (the array ran out):
        // V8 words the nested pattern's own load.
        let nested = line[..at]
            .find('[')
            .map(|open| line[open + 1..at].trim_start());
        if nested.is_some_and(|i| i.starts_with('[')) {
            return Some(format!(
                "{value} is not iterable (cannot read property Symbol(Symbol.iterator))"
            ));
        }
        if let Some(inner) = nested.and_then(|i| i.strip_prefix('{')) {
            let key = inner
                .split([',', ':', '=', '}'])
                .next()
                .unwrap_or("")
                .trim();
            if !key.is_empty() && key.chars().all(is_ident_char) {
                return Some(format!(
                    "Cannot read properties of {value} (reading '{key}')"
                ));
            }
        }
        // An assignment's pattern (no declaration before its `[`): V8's call printer finds
        // nothing to name and shows the value by its type, as `destructured_iterable` does.
        let head = line[..at]
            .rfind('[')
            .map_or("", |open| line[..open].trim_end());
        let declares = ["const", "let", "var"]
            .iter()
            .any(|k| head.ends_with(k) && !head[..head.len() - k.len()].ends_with(is_ident_char));
        if !declares {
            let shown = if value == "null" {
                "object null"
            } else {
                value
            };
            return Some(format!(
                "{shown} is not iterable (cannot read property Symbol(Symbol.iterator))"
            ));
        }
        return Some(format!(
            "{} is not iterable",
            expression_end(&line[at + 4..]).trim()
        ));
    }
    // The `{` of a pattern follows a declaration keyword, `(` or `,` (a parameter), or opens
    // a parenthesised assignment `({ a } = x)`.
    let open = line.match_indices('{').map(|(at, _)| at).find(|&at| {
        let before = line[..at].trim_end();
        ["const", "let", "var", "(", ","]
            .iter()
            .any(|k| before.ends_with(k))
    })?;
    let close = open + up_to_close(&line[open + 1..], false).len() + 1;
    let pattern = line.get(open + 1..close)?;
    let first_property = pattern.split(',').next().unwrap_or("").trim();
    let first = first_property
        .split([':', '='])
        .next()
        .unwrap_or("")
        .trim()
        .trim_start_matches("...")
        .to_string();
    let after = line.get(close + 1..).unwrap_or("").trim_start();
    let source = after
        .strip_prefix('=')
        .filter(|rest| !rest.starts_with(['=', '>']))
        .map(|rest| shorten_calls(expression_end(rest.trim()).trim()))
        .filter(|s| !s.is_empty() && !s.contains("=>"));
    // V8's call printer names the value a `for ... of` pattern takes by its hidden variable.
    let for_of = line[..open]
        .trim_end()
        .trim_end_matches(|c: char| is_ident_char(c))
        .trim_end()
        .ends_with("for (");
    // An object literal is never nullish: a nested pattern's value was. V8 cannot print that
    // value, so it words the failed read of the nested pattern's first property.
    if source.as_deref().is_some_and(|s| s.starts_with('{'))
        && let Some(nested) = nested_object_at(pattern)
    {
        let inner = pattern[nested..]
            .split([',', ':', '=', '}'])
            .next()
            .unwrap_or("")
            .trim();
        return Some(format!(
            "Cannot read properties of {value} (reading '{inner}')"
        ));
    }
    // A nested array pattern first: V8 loads its iterator from the missing value and names
    // that load as a property of the outer source.
    let nested_array = first_property
        .split_once(':')
        .is_some_and(|(_, target)| target.trim_start().starts_with('['));
    // A first property with a default is read by a plain load (V8 checks the value only
    // through that load), so the message is the read's.
    if !first.is_empty() && first_property.contains('=') && !first_property.contains(':') {
        return Some(format!(
            "Cannot read properties of {value} (reading '{first}')"
        ));
    }
    let source = match source {
        // V8's call printer shows an awaited or yielded value as an intermediate one.
        Some(source) if source.starts_with("await ") || source.starts_with("yield ") => {
            "(intermediate value)".to_string()
        }
        Some(source) => source,
        None if for_of => ".for".to_string(),
        // A parameter's value has no source text: V8 prints null with its type.
        None if value == "null" => "object null".to_string(),
        None => value.to_string(),
    };
    if nested_array {
        return Some(format!(
            "Cannot destructure property 'Symbol(Symbol.iterator)' of '{source}' as it is {value}."
        ));
    }
    if first.is_empty() {
        return Some(format!("Cannot destructure '{source}' as it is {value}."));
    }
    Some(format!(
        "Cannot destructure property '{first}' of '{source}' as it is {value}."
    ))
}

/// The expression that starts `text`: up to a `;` or `,` outside brackets and strings, or the
/// bracket that closes one opened before it (`try { const [x] = {} }` ends at `{}`).
fn expression_end(text: &str) -> &str {
    up_to_close(text, true)
}

/// `text` up to the bracket closing one opened before it (and, with `separators`, up to a
/// top-level `;` or `,`), stepping over nested brackets and strings.
fn up_to_close(text: &str, separators: bool) -> &str {
    let mut depth = 0i32;
    let mut quote: Option<char> = None;
    let mut escaped = false;
    for (at, c) in text.char_indices() {
        if let Some(q) = quote {
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == q {
                quote = None;
            }
            continue;
        }
        match c {
            '\'' | '"' | '`' => quote = Some(c),
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' if depth == 0 => return &text[..at],
            ')' | ']' | '}' => depth -= 1,
            ';' | ',' if separators && depth == 0 => return &text[..at],
            _ => {}
        }
    }
    text
}

/// A line without its `//` comment (outside strings), so words in comments are not code.
fn without_comment(line: &str) -> String {
    let chars: Vec<char> = line.chars().collect();
    let mut quote: Option<char> = None;
    for i in 0..chars.len() {
        let c = chars[i];
        match quote {
            Some(q) if c == q && (i == 0 || chars[i - 1] != '\\') => quote = None,
            Some(_) => {}
            None if matches!(c, '\'' | '"' | '`') => quote = Some(c),
            None if c == '/' && chars.get(i + 1) == Some(&'/') => {
                return chars[..i].iter().collect();
            }
            None => {}
        }
    }
    line.to_string()
}

/// How a line near the handling point is read: `translate`, or the last resort
/// `method_of_call_result` for a failed read no line explained otherwise.
type LineReader = fn(&str, &str, &Site) -> Option<String>;

/// The last resort for a nullish read Boa placed nowhere useful: a method called on what a
/// call returned, on a line near the handling point.
fn read_of_call_result(_: &str, message: &str, site: &Site) -> Option<String> {
    if message != "cannot convert 'null' or 'undefined' to object" {
        return None;
    }
    let chars: Vec<char> = site.line_text.chars().collect();
    method_of_call_result(&chars).map(|(property, object)| {
        format!(
            "Cannot read properties of {} (reading '{property}')",
            null_or_undefined(&object, site.file_text)
        )
    })
}

/// Try each line from the handling point (or the creation line) back up to 15 lines, or
/// only down to `down_to` (1-based) when the error is known to come from after it.
fn nearby_translation(
    name: &str,
    message: &str,
    context: &mut Context,
    host: &Host,
    site: Option<&(String, u32, u32)>,
    down_to: Option<u32>,
    read: LineReader,
) -> Option<String> {
    let here = crate::stack::current_user_frame(context, host);
    let (path, line) = match (here, site) {
        (Some((path, line)), _) => (path, line),
        (None, Some((path, line, _))) => (path.clone(), *line),
        (None, None) => return None,
    };
    let file = Host::of(context).source_text(context, &path)?;
    let lines: Vec<&str> = file.lines().collect();
    let from = line.saturating_sub(1) as usize;
    let lowest = match down_to {
        Some(l) => (l.saturating_sub(1) as usize).max(from.saturating_sub(15)),
        None => from.saturating_sub(15),
    };
    for l in (lowest..=from.min(lines.len().saturating_sub(1))).rev() {
        let text = lines[l];
        if text.trim_start().starts_with("//") {
            continue;
        }
        // A one-line `try { ... } catch (e) { ... }`: the statement is before the `catch`.
        let text = match text.find("catch") {
            Some(at) => &text[..at],
            None => text,
        };
        let text = without_comment(text);
        let text = text
            .trim_start()
            .strip_prefix("try")
            .unwrap_or(&text)
            .to_string();
        if text
            .trim_matches(|c: char| c.is_whitespace() || c == '{' || c == '}')
            .is_empty()
        {
            continue;
        }
        let site = Site {
            line_text: &text,
            column: 1,
            file_text: &file,
            line: l as u32 + 1,
        };
        if let Some(fixed) = read(name, message, &site)
            && !fixed.starts_with("expression ")
            && fixed != "Cannot convert undefined or null to object"
        {
            return Some(fixed);
        }
        // The last resort reads only the `try` block being handled: a line above it (a
        // loop's head) may call a method on a call's result that did not fail.
        if std::ptr::fn_addr_eq(read, read_of_call_result as LineReader)
            && lines[l].trim_start().starts_with("try")
        {
            break;
        }
    }
    None
}

/// V8's message for an error Boa made at (line, column) of `file`. Boa records no position
/// of its own for destructuring and iteration (the last one it recorded is at or before the
/// statement), so for those the lines below are read too.
pub fn translate_at_site(
    name: &str,
    message: &str,
    file: &str,
    line: u32,
    column: u32,
) -> Option<String> {
    // Boa places these at the statement's (or the program's) start, not at the failing part.
    let unplaced = message.starts_with("Cannot destructure '")
        || message.starts_with("value with type `")
        || message == "superclass must be a constructor";
    let lines: Vec<&str> = file.split('\n').collect();
    let mut first = line.saturating_sub(1) as usize;
    if message.starts_with("Cannot destructure '")
        && let Some(declared) = crate::v8_position::pattern_parameter_line(&lines, first)
    {
        first = declared;
    }
    if message == "cannot convert 'null' or 'undefined' to object"
        && at_code_start(lines.get(first).copied().unwrap_or(""), line, column)
        && let Some((_, _, fixed)) = call_result_method_below(file, first)
    {
        return Some(fixed);
    }
    let last = if unplaced { first + 40 } else { first };
    let found = (first..=last.min(lines.len().saturating_sub(1))).find_map(|n| {
        let line_text = without_comment(lines[n]);
        if unplaced && line_text.trim().is_empty() {
            return None;
        }
        translate(
            name,
            message,
            Some(&Site {
                line_text: &line_text,
                column: if n == first { column } else { 1 },
                file_text: file,
                line: n as u32 + 1,
            }),
        )
    });
    // Boa places a failed read at the last call it made, which may be lines before the read
    // (`const items = undefined;` then `items.forEach(...)` with no call between): when the
    // site's line names no nullish access, the first line below that does is the one.
    if found.as_deref() == Some("Cannot convert undefined or null to object") {
        // Only within the block being run: not past a function's end or a `catch`.
        let below = lines
            .iter()
            .skip(first + 1)
            .take(40)
            .take_while(|text| !text.starts_with('}') && !text.contains("catch"))
            .find_map(|text| {
                let text = without_comment(text);
                crate::v8_access::failed_access(&text, file)
            });
        if let Some(access) = below {
            return Some(access_message(&access));
        }
    }
    found
}

/// Boa's messages for a failed use of a private member, placed at the member's access.
const PRIVATE_FAILURES: [&str; 4] = [
    "Private element does not exist on object",
    "private property was defined without a setter",
    "private property was defined without a getter",
    "private method is not writable",
];

/// Whether this object is an error Boa made whose message still needs V8's words.
pub fn fix_error(value: &JsValue, context: &mut Context) -> JsResult<()> {
    let Some(error) = value.as_object() else {
        return Ok(());
    };
    if !error.is::<boa_engine::builtins::error::Error>() {
        return Ok(());
    }
    let host = Host::of(context);
    let name = error.get(js_string!("name"), context)?;
    let Some(name) = name.as_string().map(|s| s.to_std_string_escaped()) else {
        return Ok(());
    };
    let message = error.get(js_string!("message"), context)?;
    let Some(message) = message.as_string().map(|s| s.to_std_string_escaped()) else {
        return Ok(());
    };
    // Boa's error right after a proxy's trap returned falsish.
    if name == "TypeError"
        && let Some(fixed) = crate::proxy_traps::falsish_message(&message, context)
    {
        return set_message(&error, &name, &message, &fixed, context);
    }
    // A parse of code compiled from a string: V8's words come from that code, which the
    // origin noted before the parse holds (the call's line may name only a variable).
    if name == "SyntaxError"
        && is_runtime_parse_error(&message)
        && let Some((path, line, _)) = crate::stack::creation_site(&error, context, &host)
        && let Some(code) = crate::eval_origins::latest_code_from(context, &path, line)
        && let Some(fixed) = translate_compiled(&name, &message, &code)
    {
        return set_message(&error, &name, &message, &fixed, context);
    }
    // Only messages Boa makes are rewritten: a quick filter before any source lookup.
    if translate(&name, &message, None).is_none() && !needs_site(&message) {
        return Ok(());
    }
    let site = crate::stack::creation_site(&error, context, &host);
    // Boa's position is at or before the failing expression (often the last call made): when
    // the error is being handled further down the same file, the lines between hold it.
    let handled_below = match (&site, crate::stack::current_user_frame(context, &host)) {
        (Some((site_path, site_line, _)), Some((path, line))) => {
            *site_path == path && *site_line <= line
        }
        _ => false,
    };
    // A call's error is placed at the call itself (its callee or its `(`): when the site
    // points there, it names the callee, wherever the error is handled.
    let anchored = site.as_ref().and_then(|(path, line, column)| {
        let file = Host::of(context).source_text(context, path)?;
        let text = file.split('\n').nth(line.checked_sub(1)? as usize)?;
        // Boa places a private member's failure at its access: that line names it.
        if PRIVATE_FAILURES.contains(&message.as_str()) {
            return translate_at_site(&name, &message, &file, *line, *column);
        }
        anchored_call(&name, &message, (&file, *line), text, *column)
    });
    // A dead-zone read is looked for in the block of Boa's position (the function that made
    // the error), not in the lines of the handler, which may be another function's caller;
    // unless Boa recorded no position in the frame yet (1:1).
    let tdz_at_site = (message == "access of uninitialized binding")
        .then(|| {
            site.as_ref()
                .filter(|(_, line, column)| (*line, *column) != (1, 1))
                .and_then(|(path, line, column)| {
                    let file = Host::of(context).source_text(context, path)?;
                    translate_at_site(&name, &message, &file, *line, *column)
                })
        })
        .flatten();
    let between = if anchored.is_some() {
        anchored
    } else if tdz_at_site.is_some() {
        tdz_at_site
    } else if handled_below {
        nearby_translation(
            &name,
            &message,
            context,
            &host,
            site.as_ref(),
            site.as_ref().map(|s| s.1),
            |name, message, site| translate(name, message, Some(site)),
        )
    } else {
        None
    };
    // Handled further down, a method called on a call's result is read back from the
    // handler (the `try` block), not from the start of the running code.
    let between = between.or_else(|| {
        let at_start = site.as_ref().is_some_and(|(path, line, column)| {
            let file = Host::of(context)
                .source_text(context, path)
                .unwrap_or_default();
            let text = file.split('\n').nth(line.saturating_sub(1) as usize);
            at_code_start(text.unwrap_or(""), *line, *column)
        });
        (handled_below && at_start && message == "cannot convert 'null' or 'undefined' to object")
            .then(|| {
                nearby_translation(
                    &name,
                    &message,
                    context,
                    &host,
                    site.as_ref(),
                    None,
                    read_of_call_result,
                )
            })
            .flatten()
    });
    let mut fixed = between.or_else(|| {
        site.as_ref().and_then(|(path, line, column)| {
            let file = Host::of(context)
                .source_text(context, path)
                .unwrap_or_default();
            translate_at_site(&name, &message, &file, *line, *column)
        })
    });
    // Boa records no useful position for some errors (destructuring, for-of): look at the
    // lines just before where the error is being handled (a `catch` follows its `try`).
    if fixed.as_deref().is_none_or(|f| {
        f.starts_with("expression ") || f == "Cannot convert undefined or null to object"
    }) && let Some(near) = nearby_translation(
        &name,
        &message,
        context,
        &host,
        site.as_ref(),
        None,
        |name, message, site| translate(name, message, Some(site)),
    ) {
        fixed = Some(near);
    }
    if fixed
        .as_deref()
        .is_none_or(|f| f == "Cannot convert undefined or null to object")
        && let Some(near) = nearby_translation(
            &name,
            &message,
            context,
            &host,
            site.as_ref(),
            None,
            read_of_call_result,
        )
    {
        fixed = Some(near);
    }
    let fixed = fixed.or_else(|| translate(&name, &message, None));
    if let Some(fixed) = fixed {
        set_message(&error, &name, &message, &fixed, context)?;
    }
    Ok(())
}

/// A failed call's message when Boa's position is on the call: at its `(`, or at the start
/// of a callee that runs up to one (`n()`, `Math.nope()`).
fn anchored_call(
    name: &str,
    message: &str,
    (file, line): (&str, u32),
    text: &str,
    column: u32,
) -> Option<String> {
    if message == "not a constructor" {
        let site = Site {
            line_text: text,
            column,
            file_text: file,
            line,
        };
        if let Some(callee) = printed_callee(Some(&site), crate::v8_call_printer::Failed::New) {
            return Some(format!("{callee} is not a constructor"));
        }
        return anchored_new(name, message, text, column);
    }
    if !matches!(
        message,
        "not a callable function" | "class constructor cannot be invoked without 'new'"
    ) {
        return None;
    }
    let text = without_comment(text);
    let chars: Vec<char> = text.chars().collect();
    let index = column.checked_sub(1)? as usize;
    // The one call starting at Boa's position (`obj[k]()`, `o?.a.b()`), by the parsed file.
    if message == "not a callable function"
        && chars.get(index) != Some(&'(')
        && let Some(callee) = printed_callee(
            Some(&Site {
                line_text: &text,
                column,
                file_text: file,
                line,
            }),
            crate::v8_call_printer::Failed::Call,
        )
    {
        return Some(format!("{callee} is not a function"));
    }
    let open = if chars.get(index) == Some(&'(') {
        index
    } else {
        // The callee starts a word here and runs, as names and dots, to the `(`.
        if index > 0 && is_ident_char(chars[index - 1]) || !is_ident_char(*chars.get(index)?) {
            return None;
        }
        let end = (index..chars.len()).find(|&i| !(is_ident_char(chars[i]) || chars[i] == '.'))?;
        let end = if chars[end..].starts_with(&['?', '.', '(']) {
            end + 2
        } else {
            end
        };
        (chars.get(end) == Some(&'(')).then_some(end)?
    };
    if message == "not a callable function" {
        let site = Site {
            line_text: &text,
            column: open as u32 + 1,
            file_text: file,
            line,
        };
        if let Some(callee) = printed_callee(Some(&site), crate::v8_call_printer::Failed::Call) {
            return Some(format!("{callee} is not a function"));
        }
    }
    let fixed = translate(
        name,
        message,
        Some(&Site {
            line_text: &text,
            column: open as u32 + 1,
            file_text: "",
            line: 0,
        }),
    )?;
    (!fixed.starts_with("expression ")).then_some(fixed)
}

/// A failed `new`'s message when Boa's position is on its `new` keyword: the callee is read
/// from there, not from another `new` on the line (`[() => new A(), () => new B()]`).
fn anchored_new(name: &str, message: &str, text: &str, column: u32) -> Option<String> {
    let text = without_comment(text);
    let chars: Vec<char> = text.chars().collect();
    let index = column.checked_sub(1)? as usize;
    if !chars[index.min(chars.len())..].starts_with(&['n', 'e', 'w'])
        || chars.get(index + 3).is_some_and(|&c| is_ident_char(c))
        || index > 0 && is_ident_char(chars[index - 1])
    {
        return None;
    }
    // The expression runs at most to the next `new` word, which is another construction
    // (unless inside a parenthesized callee, `new (new A().m)()`, which translate reads).
    let parenthesized = chars[index + 3..].iter().find(|c| **c != ' ') == Some(&'(');
    let end = (index + 3..chars.len().saturating_sub(3))
        .filter(|_| !parenthesized)
        .find(|&i| {
            chars[i..].starts_with(&['n', 'e', 'w'])
                && !is_ident_char(chars[i - 1])
                && chars.get(i + 3).is_none_or(|&c| !is_ident_char(c))
        })
        .unwrap_or(chars.len());
    let own: String = chars[index..end].iter().collect();
    let fixed = translate(
        name,
        message,
        Some(&Site {
            line_text: &own,
            column: 1,
            file_text: "",
            line: 0,
        }),
    )?;
    (!fixed.starts_with("expression ")).then_some(fixed)
}

/// V8's words for an error Boa made at (line, column) of code that is not a file (a `vm`
/// script): the same rules as `fix_error`, reading `code`.
pub fn fix_error_in(
    error: &JsObject,
    code: &str,
    line: u32,
    column: u32,
    context: &mut Context,
) -> JsResult<()> {
    let name = error.get(js_string!("name"), context)?;
    let message = error.get(js_string!("message"), context)?;
    let (Some(name), Some(message)) = (
        name.as_string().map(|s| s.to_std_string_escaped()),
        message.as_string().map(|s| s.to_std_string_escaped()),
    ) else {
        return Ok(());
    };
    let fixed = translate_at_site(&name, &message, code, line, column)
        .or_else(|| translate(&name, &message, None));
    if let Some(fixed) = fixed {
        set_message(error, &name, &message, &fixed, context)?;
    }
    Ok(())
}

fn needs_site(message: &str) -> bool {
    matches!(
        message,
        "access of uninitialized binding" | "Symbol.keyFor: sym is not a symbol"
    ) || message.starts_with("value with type `")
        || message.starts_with("Cannot destructure '")
        || message.ends_with(": invalid callback function")
        || message.ends_with(": Callbackfn is not callable")
        || message.starts_with("cannot set non-writable property: ")
        || message.starts_with("right-hand side of 'in'")
        || message.ends_with(" is not defined")
        || message.starts_with("repeated regular expression flag ")
        || message == "Index must be between 0 and  2^53 - 1"
        || message == "cannot construct a typed array with an unaligned buffer"
        || message == "byte offset of typed array must be aligned"
        || message == "offset of typed array exceeds buffer size"
        || message == "cannot create a typed array spanning a byte range outside of its buffer"
        || message == "Start offset is outside the bounds of the buffer"
        || message == "Invalid data view length"
        || message == "superclass prototype must be an object or null"
        || message.starts_with("invalid regular expression flag ")
        || message.starts_with("failed to create matcher: ")
        || message.starts_with("Invalid regular expression literal: ")
        || message.contains(" at line ")
        || message.starts_with("failed to parse function body")
        || message == "lexical name declared multiple times"
        || matches!(
            message,
            "Cannot delete property"
                | "class constructor cannot be invoked without 'new'"
                | "superclass must be a constructor"
                | "Private element does not exist on object"
                | "private property was defined without a setter"
                | "private property was defined without a getter"
                | "private method is not writable"
                | "cannot get key and value from primitive item of `iterable`"
        )
}

fn set_message(
    error: &JsObject,
    name: &str,
    old: &str,
    fixed: &str,
    context: &mut Context,
) -> JsResult<()> {
    crate::bindings::define_hidden(error, js_string!("message"), JsString::from(fixed), context)?;
    // An own `stack` already written (by the host) starts with the old header: rewrite it.
    if error.has_own_property(js_string!("stack"), context)? {
        let stack = error.get(js_string!("stack"), context)?;
        if let Some(stack) = stack.as_string().map(|s| s.to_std_string_escaped()) {
            let old_header = format!("{name}: {old}");
            if let Some(rest) = stack.strip_prefix(&old_header) {
                let stack = format!("{name}: {fixed}{rest}");
                error.set(
                    js_string!("stack"),
                    JsString::from(stack.as_str()),
                    false,
                    context,
                )?;
            }
        }
    }
    Ok(())
}

/// A thrown value a script or the host gets hold of (a `catch` block, a rejection handler, an
/// `'uncaughtException'` listener, inspect, the fatal report): an error the engine made gets
/// V8's words and, as V8 gave it when it was made, an own `stack`.
pub fn surfaced(value: &JsValue, context: &mut Context) -> JsResult<()> {
    fix_error(value, context)?;
    crate::own_stack::adopt(value, context)
}

/// The native behind the probe put at the start of every `catch` block.
pub fn fix_native(_: &JsValue, args: &[JsValue], context: &mut Context) -> JsResult<JsValue> {
    if let Some(value) = args.first() {
        surfaced(value, context)?;
    }
    Ok(JsValue::undefined())
}

#[cfg(test)]
mod tests {

    #[test]
    fn literal_keys_reads_the_top_level_keys() {
        let keys = super::literal_keys(
            "{ name: 'Ada', 'role': f(1, 2), nested: { deep: 1 }, short, m() { return 1; }, get g() {} })",
        );
        assert_eq!(
            keys.unwrap(),
            vec!["name", "role", "nested", "short", "m", "g"]
        );
        assert!(super::literal_keys("makeUser()").is_none());
    }
    use super::*;

    fn at(line: &str, column: u32, name: &str, message: &str) -> Option<String> {
        translate(
            name,
            message,
            Some(&Site {
                line_text: line,
                column,
                file_text: line,
                line: 1,
            }),
        )
    }

    #[test]
    fn property_reads_and_writes_name_the_property() {
        let m = "cannot convert 'null' or 'undefined' to object";
        assert_eq!(
            at("  return u.x;", 12, "TypeError", m).unwrap(),
            "Cannot read properties of undefined (reading 'x')"
        );
        assert_eq!(
            at("null.x", 6, "TypeError", m).unwrap(),
            "Cannot read properties of null (reading 'x')"
        );
        assert_eq!(
            at("u.x = 1;", 1, "TypeError", m).unwrap(),
            "Cannot set properties of undefined (setting 'x')"
        );
        assert_eq!(
            at("Object.keys(undefined)", 12, "TypeError", m).unwrap(),
            "Cannot convert undefined or null to object"
        );
    }

    #[test]
    fn calls_name_the_callee_as_the_call_printer_does() {
        let m = "not a callable function";
        assert_eq!(
            at("obj.run();", 8, "TypeError", m).unwrap(),
            "obj.run is not a function"
        );
        assert_eq!(
            at("[1,2].mapp(x => x);", 11, "TypeError", m).unwrap(),
            "[1,2].mapp is not a function"
        );
        assert_eq!(
            at("a.b(1).c();", 9, "TypeError", m).unwrap(),
            "a.b(...).c is not a function"
        );
        assert_eq!(
            at("f();", 2, "TypeError", m).unwrap(),
            "f is not a function"
        );
    }

    #[test]
    fn fixed_words() {
        assert_eq!(
            at(
                "c = 2",
                1,
                "TypeError",
                "cannot mutate an immutable binding 'c'"
            )
            .unwrap(),
            "Assignment to constant variable."
        );
        assert_eq!(
            at(
                "log(tdz);",
                5,
                "ReferenceError",
                "access of uninitialized binding"
            )
            .unwrap(),
            "Cannot access 'tdz' before initialization"
        );
        assert_eq!(
            at(
                "for (const x of 5) {}",
                1,
                "TypeError",
                "value with type `number` is not iterable"
            )
            .unwrap(),
            "5 is not iterable"
        );
        assert_eq!(translate("Error", "boom", None), None);
    }
}
