//! V8's words for the early errors Boa reports in its own (`illegal break statement`,
//! `invalid super usage`, `duplicate label: foo`, ...), and where V8's arrow points for each:
//! V8 reports most of them at the offending token, Boa often at the start of the enclosing
//! statement or function, so the token is found again in the source from Boa's position.

use crate::v8_syntax::V8Syntax;

fn is_ident_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || c == '$'
}

/// The source as lines of characters, which of them are code (not in a comment or a
/// string), and a cursor that finds words in the code.
struct Text {
    lines: Vec<Vec<char>>,
    code: Vec<Vec<bool>>,
}

impl Text {
    fn new(source: &str) -> Self {
        let lines: Vec<Vec<char>> = source.split('\n').map(|l| l.chars().collect()).collect();
        let mut code = Vec::with_capacity(lines.len());
        let mut in_block = false;
        for chars in &lines {
            code.push(crate::v8_position::code_mask_carrying(chars, &mut in_block));
        }
        Text { lines, code }
    }

    fn is_code(&self, line: u32, index: usize) -> bool {
        self.code
            .get(line.saturating_sub(1) as usize)
            .and_then(|m| m.get(index))
            .copied()
            .unwrap_or(false)
    }

    fn line(&self, line: u32) -> &[char] {
        self.lines
            .get(line.saturating_sub(1) as usize)
            .map_or(&[], Vec::as_slice)
    }

    /// The first whole `word` at or after (line, index), searching later lines too.
    fn find_word(&self, word: &str, line: u32, index: usize) -> Option<(u32, usize)> {
        let word: Vec<char> = word.chars().collect();
        for l in line.max(1)..=self.lines.len() as u32 {
            let chars = self.line(l);
            let from = if l == line { index } else { 0 };
            for i in from..chars.len() {
                let ends = i + word.len();
                if chars[i..].starts_with(&word)
                    && self.is_code(l, i)
                    && (i == 0 || !is_ident_char(chars[i - 1]))
                    && chars.get(ends).is_none_or(|&c| !is_ident_char(c))
                {
                    return Some((l, i));
                }
            }
        }
        None
    }

    /// The identifier starting at `index` of `line`.
    fn ident(&self, line: u32, index: usize) -> String {
        self.line(line)
            .iter()
            .skip(index)
            .take_while(|&&c| is_ident_char(c))
            .collect()
    }
}

fn at(message: impl Into<String>, line: u32, index: usize, width: usize) -> Option<V8Syntax> {
    Some(V8Syntax {
        message: message.into(),
        line,
        column: index as u32 + 1,
        width: width.max(1),
    })
}

// Boa's messages matched in both `words` and `translate`.
const DUPLICATE_LABEL: &str = "duplicate label: ";
const NUMBER_THEN_LETTER: &str =
    "a numeric literal must not be followed by an alphanumeric, $ or _ characters";
const SETTER_PARAMETERS: &str = "Setter must have exactly one formal parameter.";

/// V8's words for an early error, where they do not depend on the source (for `eval` code
/// the program passed in a variable, where only Boa's message is known).
pub fn words(boa: &str) -> Option<String> {
    let fixed = match boa {
        "illegal break statement" => "Illegal break statement",
        "illegal continue statement" => {
            "Illegal continue statement: no surrounding iteration statement"
        }
        "a class may only have one constructor" => "A class may only have one constructor",
        "invalid super usage" => "'super' keyword unexpected here",
        "with statement not allowed in strict mode" => {
            "Strict mode code may not include a with statement"
        }
        "'let' is disallowed as a lexically bound name" => {
            "let is disallowed as a lexically bound name"
        }
        "cannot delete variables in strict mode" => {
            "Delete of an unqualified identifier in strict mode."
        }
        "keyword `await` not allowed in this context" => "Unexpected reserved word",
        "invalid Hexadecimal escape sequence" => "Invalid hexadecimal escape sequence",
        "malformed Unicode character escape sequence" => "Invalid Unicode escape sequence",
        "octal escape sequences are not allowed in strict mode" => {
            "Octal escape sequences are not allowed in strict mode."
        }
        "only one underscore is allowed as numeric separator" => {
            "Only one underscore is allowed as numeric separator"
        }
        NUMBER_THEN_LETTER
        | "Abrupt end: Expecting private identifier"
        | "unterminated multiline comment" => "Invalid or unexpected token",
        "new lines are not allowed in regular expressions" => {
            "Invalid regular expression: missing /"
        }
        m if m.starts_with("repeated regular expression flag ")
            || m.starts_with("invalid regular expression flag ") =>
        {
            "Invalid regular expression flags"
        }
        m if m.ends_with(" in get method definition") => {
            "Getter must not have any formal parameters."
        }
        m if m.ends_with(" in set method definition") => SETTER_PARAMETERS,
        m if m.contains(" in try statement") && m.contains("'catch' or 'finally'") => {
            "Missing catch or finally after try"
        }
        m if let Some(name) = m.strip_prefix(DUPLICATE_LABEL) => {
            return Some(format!("Label '{name}' has already been declared"));
        }
        m if let Some((_, name)) = undefined_label(m) => {
            return Some(format!("Undefined label '{name}'"));
        }
        "'arguments' not allowed in class field definition" => {
            "'arguments' is not allowed in class field initializer or static initialization block"
        }
        _ => return None,
    };
    Some(fixed.to_string())
}

/// V8's report of an early error Boa described as `boa` at (line, 0-based `index`), or `None`
/// when the generic rules of `v8_syntax` apply.
pub fn translate(boa: &str, source: &str, line: u32, index: usize) -> Option<V8Syntax> {
    let text = Text::new(source);
    let chars = text.line(line);
    // The words come from `words`; what is left here is where V8 points.
    let v8 = words(boa).unwrap_or_else(|| boa.to_string());
    let word_here = |word: &str| {
        let (l, i) = text.find_word(word, line, index)?;
        at(v8.as_str(), l, i, word.chars().count())
    };
    match boa {
        "illegal break statement" => word_here("break"),
        "illegal continue statement" => word_here("continue"),
        "a class may only have one constructor" => word_here("constructor"),
        "invalid super usage" => word_here("super"),
        "with statement not allowed in strict mode" => word_here("with"),
        "'let' is disallowed as a lexically bound name" => at(v8, line, index, 3),
        "cannot delete variables in strict mode" => {
            let (l, i) = text.find_word("delete", line, index)?;
            let after = text.line(l);
            let operand = (i + 6..after.len()).find(|&j| !after[j].is_whitespace())?;
            let width = text.ident(l, operand).chars().count();
            at(v8, l, operand, width)
        }
        "Duplicate parameter name not allowed in this context" => {
            // Boa points at the first of the two names, V8 at the second.
            let name = text.ident(line, index);
            // An arrow's list: Boa points at its `(` (`v8_syntax` finds the repeat).
            if name.is_empty() {
                return None;
            }
            let (l, i) = text.find_word(&name, line, index + name.chars().count())?;
            at(v8, l, i, name.chars().count())
        }
        m if let Some(name) = m.strip_prefix(DUPLICATE_LABEL) => {
            let (l, first) = text.find_word(name, line, index)?;
            let (l, i) = text.find_word(name, l, first + name.chars().count())?;
            at(v8, l, i, name.chars().count())
        }
        "keyword `await` not allowed in this context" => at(v8, line, index, 5),
        // Boa points at the statement holding the jump; V8 at the label the jump names.
        m if let Some((jump, name)) = undefined_label(m) => {
            let (mut l, mut i) = text.find_word(jump, line, index)?;
            loop {
                let after = text.line(l);
                let label = (i + jump.len()..after.len()).find(|&j| !after[j].is_whitespace());
                if let Some(label) = label
                    && text.ident(l, label) == name
                {
                    return at(v8, l, label, name.chars().count());
                }
                (l, i) = text.find_word(jump, l, i + jump.len())?;
            }
        }
        "'arguments' not allowed in class field definition" => word_here("arguments"),
        m if m.starts_with(REGEXP_LITERAL) => regexp_literal_error(&text, line, index, m),
        "invalid Hexadecimal escape sequence" => {
            // From the backslash to the end of the string literal.
            let quote = (0..index).rev().find(|&i| matches!(chars[i], '\'' | '"'));
            let end = quote
                .and_then(|q| (index + 1..chars.len()).find(|&i| chars[i] == chars[q]))
                .map_or(index + 1, |e| e + 1);
            at(v8, line, index, end - index)
        }
        "malformed Unicode character escape sequence" => {
            // V8 points at the first character that is not a hex digit after `\u` or `\u{`.
            let mut i = index + 2;
            if chars.get(i) == Some(&'{') {
                i += 1;
            }
            while chars.get(i).is_some_and(char::is_ascii_hexdigit) {
                i += 1;
            }
            at(v8, line, i, 1)
        }
        "octal escape sequences are not allowed in strict mode" => at(v8, line, index + 1, 1),
        "only one underscore is allowed as numeric separator" => {
            let second = (1..index.min(chars.len()))
                .rev()
                .find(|&i| chars[i] == '_' && chars[i - 1] == '_')?;
            at(v8, line, second, 1)
        }
        NUMBER_THEN_LETTER => {
            let start = (0..index)
                .rev()
                .take_while(|&i| chars[i].is_ascii_alphanumeric() || matches!(chars[i], '.' | '_'))
                .last()
                .unwrap_or(index);
            at(v8, line, start, index - start)
        }
        "Abrupt end: Expecting private identifier" => at(v8, line, index, 1),
        m if m.starts_with("repeated regular expression flag ")
            || m.starts_with("invalid regular expression flag ") =>
        {
            at(v8, line, index, 1)
        }
        "new lines are not allowed in regular expressions" => {
            // Boa stops on the next line; V8 at the `/` that opened the literal.
            let l = line.saturating_sub(1).max(1);
            let open = regexp_start(text.line(l))?;
            at(v8, l, open, 1)
        }
        "unterminated multiline comment" => {
            let (l, i) = (1..=text.lines.len() as u32).find_map(|l| {
                let chars = text.line(l);
                (0..chars.len())
                    .find(|&i| chars[i] == '/' && chars.get(i + 1) == Some(&'*'))
                    .map(|i| (l, i))
            })?;
            // The token runs to the end of the input, past its line: Node draws no caret.
            at(v8, l, i, usize::MAX)
        }
        "invalid private identifier usage" => undeclared_private(&text, line, index),
        m if m.ends_with(" in get method definition") => {
            accessor_parameters(&text, line, index, &v8)
        }
        m if m.ends_with(" in set method definition") || setter_opens_before(chars, index) => {
            accessor_parameters(&text, line, index, SETTER_PARAMETERS)
        }
        m if m.contains(" in try statement") && m.contains("'catch' or 'finally'") => {
            // V8 stops at the `}` that closed the `try` block.
            let (l, i) = previous_char(&text, line, index)?;
            at(v8, l, i, 1)
        }
        "unexpected token ')', empty parenthesized expression" => {
            // `()` then `=>` on the next line: V8 sees the arrow where it may not be.
            let (l, i) = next_char(&text, line, index + 1)?;
            let arrow = l > line && text.line(l)[i..].starts_with(&['=', '>']);
            arrow.then(|| at("Unexpected token '=>'", l, i, 2))?
        }
        _ => None,
    }
}

const REGEXP_LITERAL: &str = "Invalid regular expression literal: ";

/// `undefined break target: foo` (or `continue`): the jump's keyword and the label.
fn undefined_label(boa: &str) -> Option<(&'static str, &str)> {
    ["break", "continue"].into_iter().find_map(|jump| {
        boa.strip_prefix("undefined ")?
            .strip_prefix(jump)?
            .strip_prefix(" target: ")
            .map(|name| (jump, name))
    })
}

/// A regular expression literal the engine rejected: V8 names its pattern and flags in
/// irregexp's words and underlines the whole literal.
fn regexp_literal_error(text: &Text, line: u32, index: usize, boa: &str) -> Option<V8Syntax> {
    let chars = text.line(line);
    let open = if chars.get(index) == Some(&'/') {
        index
    } else {
        regexp_start(chars)?
    };
    // The closing `/`: not escaped, not inside a class.
    let mut in_class = false;
    let mut i = open + 1;
    let close = loop {
        match chars.get(i)? {
            '\\' => i += 1,
            '[' => in_class = true,
            ']' => in_class = false,
            '/' if !in_class => break i,
            _ => {}
        }
        i += 1;
    };
    let flags_end = (close + 1..=chars.len())
        .find(|&j| chars.get(j).is_none_or(|c| !c.is_ascii_alphabetic()))
        .unwrap_or(close + 1);
    let pattern: String = chars[open + 1..close].iter().collect();
    let flags: String = chars[close + 1..flags_end].iter().collect();
    let rest = &boa[REGEXP_LITERAL.len()..];
    let reason = crate::v8_messages::regexp_reason(rest.split(" at line ").next()?, &pattern);
    at(
        format!("Invalid regular expression: /{pattern}/{flags}: {reason}"),
        line,
        open,
        flags_end - open,
    )
}

/// `set x(` just before `index`: a setter's parameter list.
fn setter_opens_before(chars: &[char], index: usize) -> bool {
    let before: String = chars[..index.min(chars.len())].iter().collect();
    let before = before.trim_end();
    let Some(head) = before.strip_suffix('(') else {
        return false;
    };
    let head = head.trim_end();
    let name_start = head.trim_end_matches(is_ident_char);
    name_start.trim_end().ends_with("set") && name_start.len() < head.len()
}

/// A getter's or setter's parameter list, parentheses included: V8 underlines it whole.
fn accessor_parameters(text: &Text, line: u32, index: usize, message: &str) -> Option<V8Syntax> {
    let chars = text.line(line);
    let open = (0..=index.min(chars.len().saturating_sub(1)))
        .rev()
        .find(|&i| chars[i] == '(')?;
    let close = (open..chars.len()).find(|&i| chars[i] == ')')?;
    at(message, line, open, close - open + 1)
}

/// The last non-blank character before (line, index), on that line or earlier ones.
fn previous_char(text: &Text, line: u32, index: usize) -> Option<(u32, usize)> {
    let mut l = line;
    let mut end = index;
    loop {
        let chars = text.line(l);
        if let Some(i) = (0..end.min(chars.len()))
            .rev()
            .find(|&i| !chars[i].is_whitespace())
        {
            return Some((l, i));
        }
        if l <= 1 {
            return None;
        }
        l -= 1;
        end = usize::MAX;
    }
}

/// The first non-blank character at or after (line, index), on that line or later ones.
fn next_char(text: &Text, line: u32, index: usize) -> Option<(u32, usize)> {
    (line..=text.lines.len() as u32).find_map(|l| {
        let chars = text.line(l);
        let from = if l == line { index } else { 0 };
        (from..chars.len())
            .find(|&i| !chars[i].is_whitespace())
            .map(|i| (l, i))
    })
}

/// The `/` that opens a regular expression literal on a line (outside strings and after an
/// operator, not a division).
fn regexp_start(chars: &[char]) -> Option<usize> {
    let mut quote: Option<char> = None;
    for i in 0..chars.len() {
        let c = chars[i];
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if matches!(c, '\'' | '"' | '`') => quote = Some(c),
            None if c == '/' => {
                let before = chars[..i].iter().rev().find(|c| !c.is_whitespace());
                if before.is_none_or(|b| !is_ident_char(*b) && !matches!(b, ')' | ']')) {
                    return Some(i);
                }
            }
            None => {}
        }
    }
    None
}

/// The first `.#name` (or `#name in`) from Boa's position whose name no class body declares:
/// V8 reports it at the `.` before it.
fn undeclared_private(text: &Text, line: u32, index: usize) -> Option<V8Syntax> {
    let mut declared = Vec::new();
    let mut uses = Vec::new();
    for (n, chars) in text.lines.iter().enumerate() {
        for i in 0..chars.len() {
            if chars[i] != '#' || chars.get(i + 1).is_none_or(|&c| !is_ident_char(c)) {
                continue;
            }
            let name: String = chars[i..]
                .iter()
                .enumerate()
                .take_while(|&(k, &c)| k == 0 || is_ident_char(c))
                .map(|(_, &c)| c)
                .collect();
            if i > 0 && chars[i - 1] == '.' {
                uses.push((n as u32 + 1, i - 1, name));
            } else {
                declared.push(name);
            }
        }
    }
    let (l, i, name) = uses.into_iter().find(|(l, i, name)| {
        (*l > line || *l == line && *i >= index) && !declared.contains(name)
    })?;
    at(
        format!("Private field '{name}' must be declared in an enclosing class"),
        l,
        i,
        1,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v8(boa: &str, source: &str, line: u32, column: u32) -> (String, u32, u32, usize) {
        let v = translate(boa, source, line, column as usize - 1).expect("translated");
        (v.message, v.line, v.column, v.width)
    }

    #[test]
    fn points_at_the_offending_token() {
        assert_eq!(
            v8(
                "illegal continue statement",
                "function f() { continue; }",
                1,
                1
            ),
            (
                "Illegal continue statement: no surrounding iteration statement".into(),
                1,
                16,
                8
            )
        );
        assert_eq!(
            v8("invalid super usage", "function f() { super.x; }", 1, 12),
            ("'super' keyword unexpected here".into(), 1, 16, 5)
        );
        assert_eq!(
            v8(
                "Duplicate parameter name not allowed in this context",
                "function f(a, a) {}",
                1,
                12
            ),
            (
                "Duplicate parameter name not allowed in this context".into(),
                1,
                15,
                1
            )
        );
        assert_eq!(
            v8("duplicate label: foo", "foo: foo: 1;", 1, 1),
            ("Label 'foo' has already been declared".into(), 1, 6, 3)
        );
    }

    #[test]
    fn accessors_and_literals() {
        assert_eq!(
            v8(
                "expected token ')', got 'a' in get method definition",
                "const o = { get x(a) { return 1; } };",
                1,
                19
            ),
            (
                "Getter must not have any formal parameters.".into(),
                1,
                18,
                3
            )
        );
        assert_eq!(
            v8(
                "expected token 'identifier', got ')' in identifier parsing",
                "const o = { set x() {} };",
                1,
                19
            ),
            (
                "Setter must have exactly one formal parameter.".into(),
                1,
                18,
                2
            )
        );
        assert_eq!(
            v8(
                "a numeric literal must not be followed by an alphanumeric, $ or _ characters",
                "const n = 1.5n;",
                1,
                14
            ),
            ("Invalid or unexpected token".into(), 1, 11, 3)
        );
        assert_eq!(
            v8(
                "invalid private identifier usage",
                "class A { m() { return this.#y; } }",
                1,
                1
            ),
            (
                "Private field '#y' must be declared in an enclosing class".into(),
                1,
                28,
                1
            )
        );
    }
}
