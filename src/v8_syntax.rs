//! V8's syntax errors: its message and the range its arrow underlines, rebuilt from Boa's
//! parser message and position and the source text.
//!
//! V8 names the token it did not expect by its class (`Unexpected identifier 'x'`,
//! `Unexpected number`, `Unexpected string`, `Unexpected token '}'`, `Unexpected end of input`,
//! `Invalid or unexpected token` for a token it could not even scan) and has its own words for
//! the common grammar mistakes (`missing ) after argument list`, `Missing initializer in const
//! declaration`, `await is only valid in async functions ...`, `Illegal return statement`,
//! `Rest parameter must be last formal parameter`). Its arrow underlines the whole token
//! (`^^^^^`), or nothing at the end of the input.

/// A syntax error as V8 reports it: message, 1-based line and column, underlined width.
#[derive(Debug, Clone, PartialEq)]
pub struct V8Syntax {
    pub message: String,
    pub line: u32,
    pub column: u32,
    pub width: usize,
}

/// How the source is compiled, which changes some of V8's words.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Goal {
    /// A CommonJS module body (inside Node's wrapper function).
    CommonJs,
    /// An ES module.
    Module,
}

fn is_ident_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || c == '$'
}

/// V8's reserved words that are plain `Unexpected token 'x'`.
const KEYWORDS: [&str; 36] = [
    "break",
    "case",
    "catch",
    "class",
    "const",
    "continue",
    "debugger",
    "default",
    "delete",
    "do",
    "else",
    "export",
    "extends",
    "false",
    "finally",
    "for",
    "function",
    "if",
    "import",
    "in",
    "instanceof",
    "new",
    "null",
    "return",
    "super",
    "switch",
    "this",
    "throw",
    "true",
    "try",
    "typeof",
    "var",
    "void",
    "while",
    "with",
    "enum",
];

/// Words reserved only in strict code.
const STRICT_RESERVED: [&str; 9] = [
    "implements",
    "interface",
    "let",
    "package",
    "private",
    "protected",
    "public",
    "static",
    "yield",
];

/// The token that starts at `index` of `chars`: its text.
fn token_at(chars: &[char], index: usize) -> String {
    let Some(&first) = chars.get(index) else {
        return String::new();
    };
    if is_ident_char(first) {
        let end = (index..chars.len())
            .find(|&i| {
                !is_ident_char(chars[i]) && chars[i] != '.'
                    || chars[i] == '.' && !first.is_ascii_digit()
            })
            .unwrap_or(chars.len());
        return chars[index..end].iter().collect();
    }
    if matches!(first, '\'' | '"' | '`') {
        let end = (index + 1..chars.len())
            .find(|&i| chars[i] == first && chars[i - 1] != '\\')
            .map_or(chars.len(), |i| i + 1);
        return chars[index..end].iter().collect();
    }
    const PUNCTUATORS: [&str; 20] = [
        ">>>=", "...", "===", "!==", "**=", "<<=", ">>=", ">>>", "=>", "==", "!=", "<=", ">=",
        "&&", "||", "??", "?.", "++", "--", "**",
    ];
    let rest: String = chars[index..chars.len().min(index + 4)].iter().collect();
    for p in PUNCTUATORS {
        if rest.starts_with(p) {
            return p.to_string();
        }
    }
    first.to_string()
}

/// V8's words for an unexpected token, by its class.
fn unexpected(token: &str, strict: bool, goal: Goal) -> String {
    let first = token.chars().next().unwrap_or(' ');
    if token.is_empty() {
        "Unexpected end of input".to_string()
    } else if matches!(first, '\'' | '"') {
        "Unexpected string".to_string()
    } else if first == '`' {
        "Unexpected template string".to_string()
    } else if first.is_ascii_digit() {
        "Unexpected number".to_string()
    } else if token == "enum" || token == "await" && goal == Goal::Module {
        "Unexpected reserved word".to_string()
    } else if strict && STRICT_RESERVED.contains(&token) {
        "Unexpected strict mode reserved word".to_string()
    } else if KEYWORDS.contains(&token) || !is_ident_char(first) {
        format!("Unexpected token '{token}'")
    } else {
        format!("Unexpected identifier '{token}'")
    }
}

/// The token Boa quotes in `got 'x'` or `unexpected token 'x'`.
fn quoted_token(boa: &str) -> Option<&str> {
    let at = boa
        .find("got '")
        .map(|a| a + 5)
        .or_else(|| boa.find("unexpected token '").map(|a| a + 18))?;
    let rest = &boa[at..];
    // The token itself may be a quote: take up to the last quote before ` in `/end.
    let end = rest.find("' in ").or_else(|| rest.rfind('\''))?;
    Some(&rest[..end])
}

/// The start of the token that ends just before `index` (skipping spaces).
fn previous_token_start(chars: &[char], index: usize) -> Option<usize> {
    let mut i = index.min(chars.len());
    while i > 0 && chars[i - 1].is_whitespace() {
        i -= 1;
    }
    if i == 0 {
        return None;
    }
    let end = i;
    let last = chars[i - 1];
    if matches!(last, '\'' | '"' | '`') {
        let mut j = i - 1;
        while j > 0 {
            j -= 1;
            if chars[j] == last {
                return Some(j);
            }
        }
        return Some(0);
    }
    if is_ident_char(last) {
        while i > 0 && is_ident_char(chars[i - 1]) {
            i -= 1;
        }
        return Some(i);
    }
    Some(end - 1)
}

/// Whether the source opens with a `'use strict'` directive.
fn is_strict(source: &str) -> bool {
    let body = source
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty() && !l.starts_with("//"))
        .unwrap_or("");
    body.starts_with("'use strict'") || body.starts_with("\"use strict\"")
}

/// The first string literal left open at the end of its line: V8 cannot scan it.
fn unterminated_string(source: &str) -> Option<(u32, u32, usize)> {
    for (n, line) in source.lines().enumerate() {
        let chars: Vec<char> = line.chars().collect();
        let mut open: Option<(char, usize)> = None;
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            match open {
                Some(_) if c == '\\' => i += 1,
                Some((q, _)) if c == q => open = None,
                Some(_) => {}
                None if c == '/' && chars.get(i + 1) == Some(&'/') => break,
                None if matches!(c, '\'' | '"') => open = Some((c, i)),
                None if c == '`' => return None,
                None => {}
            }
            i += 1;
        }
        if let Some((_, start)) = open {
            return Some((n as u32 + 1, start as u32 + 1, chars.len() - start));
        }
    }
    None
}

/// The first `}` that closes nothing, outside strings and comments.
fn stray_closing_brace(source: &str) -> Option<(u32, u32)> {
    let mut depth = 0i32;
    for (n, line) in source.lines().enumerate() {
        let chars: Vec<char> = line.chars().collect();
        let mut quote: Option<char> = None;
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            if let Some(q) = quote {
                if c == '\\' {
                    i += 1;
                } else if c == q {
                    quote = None;
                }
            } else if c == '/' && chars.get(i + 1) == Some(&'/') {
                break;
            } else if matches!(c, '\'' | '"' | '`') {
                quote = Some(c);
            } else if c == '{' {
                depth += 1;
            } else if c == '}' {
                depth -= 1;
                if depth < 0 {
                    return Some((n as u32 + 1, i as u32 + 1));
                }
            }
            i += 1;
        }
    }
    None
}

/// The last token of the source: its line, column and width.
fn last_token(lines: &[&str]) -> Option<V8Syntax> {
    let (n, text) = lines
        .iter()
        .enumerate()
        .rev()
        .find(|(_, t)| !t.trim().is_empty())?;
    let chars: Vec<char> = text.chars().collect();
    let at = previous_token_start(&chars, chars.len())?;
    Some(V8Syntax {
        message: String::new(),
        line: n as u32 + 1,
        column: at as u32 + 1,
        width: token_at(&chars, at).chars().count().max(1),
    })
}

/// The second occurrence of a repeated name in the parameter list opening at or after
/// `index`: its start and length.
fn second_of_duplicate(chars: &[char], index: usize) -> Option<(usize, usize)> {
    let open = (index..chars.len()).find(|&i| chars[i] == '(')?;
    let close = (open..chars.len()).find(|&i| chars[i] == ')')?;
    let mut seen: Vec<String> = Vec::new();
    let mut i = open + 1;
    while i < close {
        if is_ident_char(chars[i]) && (i == 0 || !is_ident_char(chars[i - 1])) {
            let start = i;
            while i < close && is_ident_char(chars[i]) {
                i += 1;
            }
            let name: String = chars[start..i].iter().collect();
            if seen.contains(&name) {
                return Some((start, i - start));
            }
            seen.push(name);
            // Skip a default value up to the next parameter.
            while i < close && chars[i] != ',' {
                i += 1;
            }
        }
        i += 1;
    }
    None
}

/// Where V8 reports the end of the input: the line after a final newline, with no caret.
fn end_of_input(source: &str) -> V8Syntax {
    let lines = source.split('\n').count().max(1) as u32;
    let last = source.split('\n').next_back().unwrap_or("");
    V8Syntax {
        message: "Unexpected end of input".to_string(),
        line: lines,
        column: last.chars().count() as u32 + 1,
        width: 0,
    }
}

/// Module syntax in a CommonJS module, and a wrapper parameter declared again: V8's own
/// words, which Node's module detection reads (`module_format.rs`).
fn outside_a_module(boa: &str, lines: &[&str], line: u32, column: u32) -> Option<V8Syntax> {
    let at = |message: &str, line: usize, column: usize, width: usize| V8Syntax {
        message: message.to_string(),
        line: line as u32 + 1,
        column: column as u32 + 1,
        width,
    };
    let char_index = |text: &str, byte: usize| text[..byte].chars().count();
    if boa.contains("`import.meta`") {
        let (l, text) = lines
            .iter()
            .enumerate()
            .take(line as usize)
            .rev()
            .find(|(_, t)| t.contains("import.meta"))?;
        let meta = char_index(text, text.find("import.meta")? + "import.".len());
        return Some(at("Cannot use 'import.meta' outside a module", l, meta, 4));
    }
    if let Some(name) = boa
        .strip_prefix("formal parameter `")
        .and_then(|rest| rest.strip_suffix("` declared in lexically declared names"))
    {
        // `const require = ...`: V8 stops at the name the wrapper already declares.
        for (l, text) in lines.iter().enumerate() {
            for keyword in ["const ", "let ", "class ", "var "] {
                let Some(k) = text.find(&format!("{keyword}{name}")) else {
                    continue;
                };
                let end = k + keyword.len() + name.len();
                if text[end..].starts_with(|c: char| c.is_alphanumeric() || c == '_' || c == '$') {
                    continue;
                }
                let column = char_index(text, k + keyword.len());
                let message = format!("Identifier '{name}' has already been declared");
                return Some(at(&message, l, column, name.chars().count()));
            }
        }
        return None;
    }
    // An `import` declaration: Boa stops inside it, V8 at the keyword.
    let text = lines.get(line.saturating_sub(1) as usize)?;
    let code = text.trim_start();
    let indent = text.len() - code.len();
    let rest = code.strip_prefix("import")?;
    let declaration = rest.starts_with([' ', '\t', '{', '*', '\'', '"']);
    let inside = column as usize > char_index(text, indent);
    (declaration && inside).then(|| {
        at(
            "Cannot use import statement outside a module",
            line as usize - 1,
            char_index(text, indent),
            6,
        )
    })
}

/// V8's message for `-x ** 2`.
const UNARY_BEFORE_EXPONENT: &str = "Unary operator used immediately before exponentiation \
                                     expression. Parenthesis must be used to disambiguate \
                                     operator precedence";

const UNARY_KEYWORDS: [&str; 4] = ["typeof", "void", "delete", "await"];

/// Where the unary operator (`-`, `+`, `!`, `~`, `typeof`, `void`, `delete`, `await`) starts
/// when the `**` at `index` follows a unary expression: its operand, a chain of names,
/// numbers, strings, member accesses, calls and brackets, is walked back over.
fn unary_before_exponent(chars: &[char], index: usize) -> Option<usize> {
    if chars.get(index..index + 2) != Some(&['*', '*'][..]) || chars.get(index + 2) == Some(&'=') {
        return None;
    }
    let skip_space = |mut at: usize| {
        while at > 0 && chars[at - 1].is_whitespace() {
            at -= 1;
        }
        at
    };
    let is_word = |c: char| c.is_alphanumeric() || c == '_' || c == '$';
    let mut at = skip_space(index);
    let operand_end = at;
    loop {
        let closing = match chars.get(at.checked_sub(1)?)? {
            ')' => Some('('),
            ']' => Some('['),
            _ => None,
        };
        if let Some(opening) = closing {
            let close = chars[at - 1];
            let mut depth = 0usize;
            loop {
                at = at.checked_sub(1)?;
                if chars[at] == close {
                    depth += 1;
                } else if chars[at] == opening {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                }
            }
        } else if matches!(chars[at - 1], '\'' | '"') {
            let quote = chars[at - 1];
            at -= 1;
            at = chars[..at].iter().rposition(|&c| c == quote)?;
        } else if is_word(chars[at - 1]) {
            while at > 0 && (is_word(chars[at - 1]) || chars[at - 1] == '.') {
                at -= 1;
            }
        } else {
            break;
        }
        // A member access or a call continues the operand to the left.
        let before = skip_space(at);
        match before.checked_sub(1).map(|i| chars[i]) {
            Some('.' | ')' | ']') => {
                at = if chars[before - 1] == '.' {
                    before - 1
                } else {
                    before
                }
            }
            Some(c) if is_word(c) && matches!(chars.get(at), Some('(' | '[')) => {
                let word_start = chars[..before]
                    .iter()
                    .rposition(|&c| !is_word(c))
                    .map_or(0, |i| i + 1);
                let word: String = chars[word_start..before].iter().collect();
                if UNARY_KEYWORDS.contains(&word.as_str()) {
                    break;
                }
                at = before;
            }
            _ => break,
        }
    }
    if at == operand_end {
        return None;
    }
    let before = skip_space(at);
    let prefix: String = chars[..before].iter().collect();
    if prefix.ends_with(['-', '+', '!', '~']) && !prefix.ends_with("--") && !prefix.ends_with("++")
    {
        return Some(before - 1);
    }
    UNARY_KEYWORDS.iter().find_map(|keyword| {
        let start = before.checked_sub(keyword.len())?;
        let word_starts = start == 0 || !is_word(chars[start - 1]);
        (prefix.ends_with(keyword) && word_starts).then_some(start)
    })
}

/// V8's report of a parse failure Boa described as `boa` at (line, column) of `source`
/// (the user's text; a position past its end is in Node's wrapper around it).
pub fn translate(boa: &str, source: &str, line: u32, column: u32, goal: Goal) -> V8Syntax {
    let lines: Vec<&str> = source.split('\n').collect();
    let strict = is_strict(source) || goal == Goal::Module;
    let past_end = line as usize > lines.len()
        || line as usize == lines.len() && lines[lines.len() - 1].trim().is_empty();
    if boa.contains("unterminated string literal")
        && let Some((l, c, width)) = unterminated_string(source)
    {
        return V8Syntax {
            message: "Invalid or unexpected token".to_string(),
            line: l,
            column: c,
            width,
        };
    }
    if let Some(early) =
        crate::v8_early::translate(boa, source, line, column.saturating_sub(1) as usize)
    {
        return early;
    }
    if goal == Goal::CommonJs
        && let Some(v8) = outside_a_module(boa, &lines, line, column)
    {
        return v8;
    }
    if boa.contains("abrupt end") || boa.contains("unterminated template literal") {
        return end_of_input(source);
    }
    // A call left open at the end of the input (`console.log("hi"`): Boa meets the wrapper's
    // `}` or the end, V8 stops at the argument list's last token.
    if boa.contains("in argument list")
        && (past_end || boa.contains("end of file"))
        && let Some(last) = last_token(&lines)
    {
        return V8Syntax {
            message: "missing ) after argument list".to_string(),
            ..last
        };
    }
    // The user's code closed Node's wrapper function early (a stray `}`), or left a block
    // open so that the wrapper's own `}` ended it: V8 sees the stray `}`, or the end.
    if past_end && goal == Goal::CommonJs {
        return match stray_closing_brace(source) {
            Some((l, c)) => V8Syntax {
                message: "Unexpected token '}'".to_string(),
                line: l,
                column: c,
                width: 1,
            },
            None => end_of_input(source),
        };
    }
    let text = lines
        .get(line.saturating_sub(1) as usize)
        .copied()
        .unwrap_or("");
    let chars: Vec<char> = text.chars().collect();
    let index = column.saturating_sub(1) as usize;
    let here = |message: String, at: usize| {
        let width = token_at(&chars, at).chars().count().max(1);
        V8Syntax {
            message,
            line,
            column: at as u32 + 1,
            width,
        }
    };
    // `-x ** 2`: Boa's parser ends the unary expression before `**` and fails on the operator
    // wherever the enclosing syntax stops; V8 names the ambiguity from the unary operator to
    // the end of the `**`.
    if let Some(start) = unary_before_exponent(&chars, index) {
        return V8Syntax {
            message: UNARY_BEFORE_EXPONENT.to_string(),
            line,
            column: start as u32 + 1,
            width: index + 2 - start,
        };
    }
    if boa.contains("Expected initializer for const declaration") {
        let at = previous_token_start(&chars, index).unwrap_or(index);
        return here("Missing initializer in const declaration".to_string(), at);
    }
    if boa.contains("octal literals are not allowed in strict mode") {
        return here(
            "Octal literals are not allowed in strict mode.".to_string(),
            index,
        );
    }
    if boa.contains("Duplicate parameter name")
        && let Some((at, width)) = second_of_duplicate(&chars, index)
    {
        return V8Syntax {
            message: boa.to_string(),
            line,
            column: at as u32 + 1,
            width,
        };
    }
    // `x = 5 = 6`: Boa stops at the second `=`, V8 underlines the target before it.
    if boa.contains("Invalid left-hand side in assignment")
        && chars.get(index) == Some(&'=')
        && let Some(previous) = (0..index).rev().find(|&i| {
            chars[i] == '='
                && !matches!(chars.get(i + 1), Some('=' | '>'))
                && !(i > 0 && "=!<>+-*/%&|^?".contains(chars[i - 1]))
        })
    {
        let start = (previous + 1..index)
            .find(|&i| !chars[i].is_whitespace())
            .unwrap_or(index);
        let end = (start..index)
            .rev()
            .find(|&i| !chars[i].is_whitespace())
            .map_or(start + 1, |i| i + 1);
        return V8Syntax {
            message: "Invalid left-hand side in assignment".to_string(),
            line,
            column: start as u32 + 1,
            width: end - start,
        };
    }
    // A rest element followed by a comma: V8 underlines the rest element (`...rest` in an
    // array pattern, its name in an object pattern).
    if (boa.contains("in array binding pattern") || boa.contains("in object binding pattern"))
        && chars.get(index) == Some(&',')
        && let Some(before) = previous_token_start(&chars, index)
        && before >= 3
        && chars[before - 3..before] == ['.', '.', '.']
    {
        let array = boa.contains("in array binding pattern");
        let at = if array { before - 3 } else { before };
        return V8Syntax {
            message: "Rest element must be last element".to_string(),
            line,
            column: at as u32 + 1,
            width: index - at,
        };
    }
    // `yield` or `await` as a name where it is reserved.
    if let Some(word) = ["yield", "await"]
        .into_iter()
        .find(|w| boa.contains(&format!("keyword `{w}` not allowed")))
        && token_at(&chars, index) == word
    {
        let message = if word == "await" {
            "Unexpected reserved word".to_string()
        } else if strict {
            "Unexpected strict mode reserved word".to_string()
        } else {
            "Unexpected identifier 'yield'".to_string()
        };
        return here(message, index);
    }
    // `function (a) {}` as a statement.
    if boa.contains("function declaration")
        && chars.get(index) == Some(&'(')
        && let Some(before) = previous_token_start(&chars, index)
        && token_at(&chars, before) == "function"
    {
        return here(
            "Function statements require a function name".to_string(),
            before,
        );
    }
    if boa.contains("Invalid left-hand side in assignment") {
        // V8 underlines the whole target: from the statement's start to the `=`.
        let start = chars.iter().position(|c| !c.is_whitespace()).unwrap_or(0);
        let is_prefix =
            chars[start..].starts_with(&['+', '+']) || chars[start..].starts_with(&['-', '-']);
        if is_prefix {
            return here(
                "Invalid left-hand side expression in prefix operation".to_string(),
                start + 2,
            );
        }
        let line_text: String = chars[start..].iter().collect();
        let width = line_text
            .find(" =")
            .map_or(1, |at| line_text[..at].chars().count());
        return V8Syntax {
            message: "Invalid left-hand side in assignment".to_string(),
            line,
            column: start as u32 + 1,
            width,
        };
    }
    let got = quoted_token(boa).map(str::to_string);
    let token = got.clone().unwrap_or_else(|| token_at(&chars, index));
    // `await` outside an async function: Boa stops at the operand, V8 at `await`.
    if let Some(before) = previous_token_start(&chars, index)
        && token_at(&chars, before) == "await"
        && goal == Goal::CommonJs
        // (In an async function `await;` lacks its operand: a plain unexpected token.)
        && !boa.contains("primary expression")
    {
        return here(
            "await is only valid in async functions and the top level bodies of modules"
                .to_string(),
            before,
        );
    }
    if boa.contains("in argument list") && token != ")" && token != "," {
        let at = previous_token_start(&chars, index).unwrap_or(index);
        return here("missing ) after argument list".to_string(), at);
    }
    if token == "return" && goal == Goal::Module {
        return here("Illegal return statement".to_string(), index);
    }
    if token == "," {
        let before: String = chars[..index.min(chars.len())].iter().collect();
        let in_rest_parameters = before
            .rfind('(')
            .is_some_and(|open| before[open..].contains("..."));
        if in_rest_parameters {
            return here(
                "Rest parameter must be last formal parameter".to_string(),
                index,
            );
        }
    }
    // V8 scans `let` before a future strict reserved word (not `yield`, `static`, `let`) as
    // the offending token.
    if strict
        && matches!(
            token.as_str(),
            "implements" | "interface" | "package" | "private" | "protected" | "public"
        )
        && let Some(before) = previous_token_start(&chars, index)
        && token_at(&chars, before) == "let"
    {
        return here("Unexpected strict mode reserved word".to_string(), before);
    }
    if boa.starts_with("expected ") || boa.starts_with("unexpected token") || got.is_some() {
        let scanned = token_at(&chars, index);
        let token = if scanned.is_empty() { token } else { scanned };
        return here(unexpected(&token, strict, goal), index);
    }
    here(boa.to_string(), index)
}

/// V8's message for a syntax error Boa raised at run time (`eval`, `new Function`), where
/// only Boa's message and the code passed in are known.
pub fn runtime_message(boa: &str, code: Option<&str>) -> Option<String> {
    let message = boa.split(" at line ").next().unwrap_or(boa);
    if let Some(code) = code {
        // `... at line L, col C`: Boa's position in the code passed in.
        let mut numbers = boa
            .rsplit(" at line ")
            .next()
            .unwrap_or("")
            .split(|c: char| !c.is_ascii_digit())
            .filter_map(|n| n.parse::<u32>().ok());
        let (line, column) = (numbers.next().unwrap_or(1), numbers.next().unwrap_or(1));
        if let Some(early) =
            crate::v8_early::translate(message, code, line, column.saturating_sub(1) as usize)
        {
            return Some(early.message);
        }
        let text = code.split('\n').nth(line.saturating_sub(1) as usize);
        let chars: Vec<char> = text.unwrap_or("").chars().collect();
        if unary_before_exponent(&chars, column.saturating_sub(1) as usize).is_some() {
            return Some(UNARY_BEFORE_EXPONENT.to_string());
        }
    }
    if let Some(words) = crate::v8_early::words(message) {
        return Some(words);
    }
    if message.starts_with("failed to parse function body: abrupt end") {
        // V8 compiles `(function anonymous(\n) {\nBODY\n})`: the wrapper's own `}` closes an
        // open block, and the `)` after it is the unexpected token.
        let open = code.map_or(0, |c| {
            c.matches('{').count() as i64 - c.matches('}').count() as i64
        });
        return Some(if open > 0 {
            "Unexpected token ')'".to_string()
        } else {
            "Unexpected token '}'".to_string()
        });
    }
    if message == "lexical name declared multiple times" {
        let name = code.and_then(duplicate_lexical_name)?;
        return Some(format!("Identifier '{name}' has already been declared"));
    }
    if message.contains("abrupt end") && code.is_some_and(ends_in_argument_list) {
        return Some("missing ) after argument list".to_string());
    }
    if message.contains("abrupt end") || message.contains("unterminated template literal") {
        return Some("Unexpected end of input".to_string());
    }
    // Eval code is a script: a `return` where a statement starts is V8's early error.
    if message == "unexpected token 'return', statement" {
        return Some("Illegal return statement".to_string());
    }
    if message.contains("unterminated string literal") {
        return Some("Invalid or unexpected token".to_string());
    }
    if let Some(token) = quoted_token(message) {
        let strict = code.is_some_and(is_strict);
        return Some(unexpected(token, strict, Goal::CommonJs));
    }
    None
}

/// Whether `code` ends inside a call's argument list after a complete argument
/// (`foo(1, 2`): V8's `ParseArguments` then expects `,` or `)` and reports `missing ) after
/// argument list` at the end of input, where an open block or a trailing `,` is a plain
/// `Unexpected end of input`.
fn ends_in_argument_list(code: &str) -> bool {
    use crate::js_tokens::Token;
    let tokens = crate::js_tokens::tokenize(code);
    // Each open bracket: whether it is a call's `(`.
    let mut open: Vec<bool> = Vec::new();
    for (at, token) in tokens.iter().enumerate() {
        match token {
            Token::Punct("(") => {
                let before = at.checked_sub(1).map(|b| &tokens[b]);
                let keyword_before = at.checked_sub(2).map(|b| &tokens[b]);
                let call = match before {
                    Some(Token::Ident(word)) => {
                        !matches!(
                            word.as_str(),
                            "if" | "while"
                                | "for"
                                | "switch"
                                | "catch"
                                | "with"
                                | "function"
                                | "return"
                                | "typeof"
                                | "in"
                                | "of"
                                | "await"
                                | "yield"
                        ) && !matches!(keyword_before, Some(Token::Ident(k)) if k == "function")
                    }
                    Some(Token::Punct(p)) => matches!(*p, ")" | "]"),
                    Some(Token::Str(_)) | Some(Token::Other) => false,
                    None => false,
                };
                open.push(call);
            }
            Token::Punct("[") | Token::Punct("{") => open.push(false),
            Token::Punct(")") | Token::Punct("]") | Token::Punct("}") => {
                open.pop();
            }
            _ => {}
        }
    }
    let complete = !matches!(
        tokens.last(),
        None | Some(Token::Punct(
            "(" | "," | "=" | "." | ":" | "=>" | "..." | "==" | "==="
        ))
    );
    open.last() == Some(&true) && complete
}

/// V8's report of a name declared twice in `source` where one of the declarations is
/// lexical (`let`, `const`, `class`; `var` and `function` may repeat each other): at the
/// second declaration's name, or at the `function` keyword of a function declaration.
pub fn redeclaration(source: &str) -> Option<V8Syntax> {
    let declarations = declarations(source);
    declarations.iter().enumerate().find_map(|(i, later)| {
        declarations[..i]
            .iter()
            .any(|earlier| earlier.name == later.name && (earlier.lexical || later.lexical))
            .then(|| V8Syntax {
                message: format!("Identifier '{}' has already been declared", later.name),
                line: later.line,
                column: later.column,
                width: later.width,
            })
    })
}

/// One declaration of a name, where V8's arrow would point at it.
struct Declaration {
    name: String,
    lexical: bool,
    line: u32,
    column: u32,
    width: usize,
}

/// The `let`/`const`/`class`/`var`/`function` declarations of `source`, in order (outside
/// strings and comments).
fn declarations(source: &str) -> Vec<Declaration> {
    let mut found = Vec::new();
    let mut in_block = false;
    for (n, line) in source.split('\n').enumerate() {
        let chars: Vec<char> = line.chars().collect();
        let code = crate::v8_position::code_mask_carrying(&chars, &mut in_block);
        for i in 0..chars.len() {
            if !code[i] || i > 0 && (is_ident_char(chars[i - 1]) || chars[i - 1] == '.') {
                continue;
            }
            for keyword in ["let ", "const ", "class ", "var ", "function "] {
                let k: Vec<char> = keyword.chars().collect();
                if !chars[i..].starts_with(&k) {
                    continue;
                }
                let mut start = i + k.len();
                while chars.get(start) == Some(&' ') {
                    start += 1;
                }
                let name: String = chars[start..]
                    .iter()
                    .take_while(|&&c| is_ident_char(c))
                    .collect();
                if name.is_empty() {
                    continue;
                }
                // V8 marks one character at the name, at a function declaration's start, and
                // a class declaration whole (to its line's end here).
                let (column, width) = match keyword {
                    "function " => (i, 1),
                    "class " => (i, line.trim_end().chars().count().saturating_sub(i).max(1)),
                    _ => (start, 1),
                };
                found.push(Declaration {
                    width,
                    column: column as u32 + 1,
                    lexical: matches!(keyword, "let " | "const " | "class "),
                    line: n as u32 + 1,
                    name,
                });
            }
        }
    }
    found
}

/// The first name that two `let`/`const`/`class` declarations in `code` share.
fn duplicate_lexical_name(code: &str) -> Option<String> {
    let declarations = declarations(code);
    declarations.iter().enumerate().find_map(|(i, later)| {
        (later.lexical
            && declarations[..i]
                .iter()
                .any(|earlier| earlier.lexical && earlier.name == later.name))
        .then(|| later.name.clone())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_unary_operand_before_exponent_is_found_back_to_its_operator() {
        let start = |text: &str| {
            let chars: Vec<char> = text.chars().collect();
            let index = text.find("**").unwrap();
            unary_before_exponent(&chars, index)
        };
        assert_eq!(start("f(-x ** 2)"), Some(2));
        assert_eq!(start("a = typeof o.list[1] ** 2"), Some(4));
        assert_eq!(start("a = typeof (1) ** 2"), Some(4));
        assert_eq!(start("a = !f(1)[0].x ** 2"), Some(4));
        assert_eq!(start("a = void 'x' ** 2"), Some(4));
        // Not a unary expression before the operator.
        assert_eq!(start("a = x++ ** 2"), None);
        assert_eq!(start("a **= 2"), None);
        assert_eq!(start("a = typeofx ** 2"), None);
    }

    fn at(boa: &str, source: &str, line: u32, column: u32) -> (String, u32, u32, usize) {
        let v = translate(boa, source, line, column, Goal::CommonJs);
        (v.message, v.line, v.column, v.width)
    }

    #[test]
    fn names_the_unexpected_token_by_its_class() {
        let src = "let y = total x;";
        let boa =
            "expected one of ';' or 'line terminator', got 'x' in lexical declaration binding list";
        assert_eq!(
            at(boa, src, 1, 15),
            ("Unexpected identifier 'x'".into(), 1, 15, 1)
        );
        let src = "const names = ['a' 'b'];";
        assert_eq!(
            at("unexpected token 'b'", src, 1, 20),
            ("Unexpected string".into(), 1, 20, 3)
        );
    }

    #[test]
    fn words_common_mistakes_as_v8() {
        let src = "console.log('a', 'b';";
        let boa = "expected one of ',' or ')', got ';' in argument list";
        assert_eq!(
            at(boa, src, 1, 21),
            ("missing ) after argument list".into(), 1, 18, 3)
        );
        let src = "function f() {\n  const data = await fetchData();\n}";
        let boa = "expected one of ';' or 'line terminator', got 'fetchData' in lexical declaration binding list";
        assert_eq!(
            at(boa, src, 2, 22).0,
            "await is only valid in async functions and the top level bodies of modules"
        );
        let src = "const greeting = 'hello;\nconsole.log(greeting);";
        assert_eq!(
            at("unterminated string literal", src, 2, 23),
            ("Invalid or unexpected token".into(), 1, 18, 7)
        );
    }

    #[test]
    fn runtime_syntax_errors() {
        assert_eq!(
            runtime_message(
                "lexical name declared multiple times at line 1, col 1",
                Some("let q = 1; let q = 2;")
            ),
            Some("Identifier 'q' has already been declared".into())
        );
        assert_eq!(
            runtime_message("abrupt end", None),
            Some("Unexpected end of input".into())
        );
    }
}
