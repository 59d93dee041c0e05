//! Where V8 places an error it raises in an operator, for the uncaught-exception arrow: at
//! the operator (`a + 1n` at `+`, `c = 2` at `=`, `'x' in 1` at `in`), at the property a
//! destructuring pattern could not read, at the value a `for ... of` could not iterate. Boa's
//! position is the last call it made (or none at all for destructuring and iteration), so the
//! spot is found again from V8's message and the source text.

fn is_ident_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || c == '$'
}

/// The 0-based character indexes of a line that are code (outside strings and comments).
fn code_mask(chars: &[char]) -> Vec<bool> {
    code_mask_carrying(chars, &mut false)
}

/// [`code_mask`] for a whole file, by character; a line's end counts as code.
pub(crate) fn file_code_mask(file: &str) -> Vec<bool> {
    let mut in_block = false;
    file.split('\n')
        .flat_map(|line| {
            let line: Vec<char> = line.chars().collect();
            let mut mask = code_mask_carrying(&line, &mut in_block);
            mask.push(true);
            mask
        })
        .collect()
}

/// [`code_mask`] for one line of several: `in_block` says whether a `/* */` comment is open
/// at the line's start, and is left saying whether one is open at its end.
pub(crate) fn code_mask_carrying(chars: &[char], in_block: &mut bool) -> Vec<bool> {
    let mut mask = vec![true; chars.len()];
    let mut quote: Option<char> = None;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if *in_block {
            mask[i] = false;
            if c == '*' && next == Some('/') {
                mask[i + 1] = false;
                *in_block = false;
                i += 1;
            }
        } else if let Some(q) = quote {
            mask[i] = false;
            if c == '\\' {
                if let Some(m) = mask.get_mut(i + 1) {
                    *m = false;
                }
                i += 1;
            } else if c == q {
                quote = None;
            }
        } else if c == '/' && next == Some('/') {
            mask[i..].iter_mut().for_each(|m| *m = false);
            break;
        } else if c == '/' && next == Some('*') {
            mask[i] = false;
            *in_block = true;
        } else if matches!(c, '\'' | '"' | '`') {
            mask[i] = false;
            quote = Some(c);
        }
        i += 1;
    }
    mask
}

/// The first operator of `ops` in code on the line, not part of a longer operator.
fn operator(chars: &[char], ops: &[&str]) -> Option<usize> {
    let mask = code_mask(chars);
    let is_op = |c: char| "=+-*/%<>!&|?".contains(c);
    (0..chars.len()).find(|&i| {
        mask[i]
            && ops.iter().any(|op| {
                let op: Vec<char> = op.chars().collect();
                chars[i..].starts_with(&op)
                    && (i == 0 || !is_op(chars[i - 1]))
                    && chars
                        .get(i + op.len())
                        .is_none_or(|&c| !is_op(c) || op == ['='])
                    && !(op == ['='] && chars.get(i + 1).is_some_and(|&c| c == '=' || c == '>'))
            })
    })
}

/// The first of `ops` in code on the line at a position `keep` accepts.
fn operator_where(chars: &[char], ops: &[&str], keep: impl Fn(usize) -> bool) -> Option<usize> {
    let mut from = 0;
    while from < chars.len() {
        let at = from + operator(&chars[from..], ops)?;
        if keep(at) {
            return Some(at);
        }
        from = at + 1;
    }
    None
}

/// Whether the `=` at `at` is a declaration's initializer: `const name =`, `let name =`.
fn initializes_declaration(chars: &[char], at: usize) -> bool {
    if chars.get(at) != Some(&'=') || chars.get(at + 1) == Some(&'=') {
        return false;
    }
    let before: String = chars[..at].iter().collect();
    let before = before.trim_end();
    let name_start = before
        .rfind(|c: char| !is_ident_char(c))
        .map_or(0, |i| i + 1);
    if name_start == before.len() {
        return false;
    }
    let keyword = before[..name_start].trim_end();
    ["const", "let", "var"].iter().any(|k| {
        keyword.ends_with(k)
            && !keyword[..keyword.len() - k.len()]
                .chars()
                .next_back()
                .is_some_and(is_ident_char)
    })
}

/// The first whole word `word` in code on the line.
fn word(chars: &[char], word: &str) -> Option<usize> {
    let mask = code_mask(chars);
    let w: Vec<char> = word.chars().collect();
    (0..chars.len()).find(|&i| {
        mask[i]
            && chars[i..].starts_with(&w)
            && (i == 0 || !is_ident_char(chars[i - 1]))
            && chars.get(i + w.len()).is_none_or(|&c| !is_ident_char(c))
    })
}

/// V8's 0-based column on a line for an error with this message, when V8 places it at an
/// operator of that line.
pub fn operator_column(message: &str, line: &str) -> Option<usize> {
    let chars: Vec<char> = line.chars().collect();
    const ASSIGNMENTS: [&str; 10] = ["=", "+=", "-=", "*=", "/=", "||=", "&&=", "??=", "++", "--"];
    if message == "Cannot mix BigInt and other types, use explicit conversions" {
        return operator(&chars, &["**", "+", "-", "*", "/", "%"]);
    }
    if message == "Assignment to constant variable." {
        // A declaration's own `=` (`for (const i = 0; i < 3; i++)`) is not the failing one.
        return operator_where(&chars, &ASSIGNMENTS, |at| {
            !initializes_declaration(&chars, at)
        })
        .or_else(|| operator(&chars, &ASSIGNMENTS));
    }
    // A private member: V8 points at an assignment to an object without it, and at the
    // name of an accessor without a setter or a method assigned to.
    if let Some(name) = message
        .strip_prefix("Cannot write private member ")
        .and_then(|m| m.split(' ').next())
    {
        // The assignment after `.#x`, not a field's initializer before it.
        let line: String = chars.iter().collect();
        let after = line.find(&format!(".{name}"))? + 1 + name.len();
        let from = line[..after].chars().count();
        return operator(&chars[from..], &ASSIGNMENTS[..8]).map(|at| from + at);
    }
    if let Some(name) = message
        .strip_prefix("Private method '")
        .and_then(|m| m.strip_suffix("' is not writable"))
        .or_else(|| {
            message
                .strip_prefix('\'')
                .and_then(|m| m.strip_suffix("' was defined without a setter"))
        })
    {
        let line: String = chars.iter().collect();
        let at = line.find(&format!(".{name}"))?;
        return Some(line[..at + 1].chars().count());
    }
    let assigns = message.starts_with("Cannot assign to read only property ")
        || message.starts_with("Cannot create property ")
        || message.starts_with("Cannot add property ") && !line.contains(".push(")
        || message.ends_with(" which has only a getter")
        || message.starts_with("'set' on proxy:");
    if assigns {
        return operator(&chars, &ASSIGNMENTS[..8]);
    }
    if message.starts_with("Cannot use 'in' operator") {
        return word(&chars, "in");
    }
    // `'id: ' + sym`: the conversion fails in the `+`.
    if message == "Cannot convert a Symbol value to a string" {
        return operator(&chars, &["+", "+="]);
    }
    if message.starts_with("Right-hand side of 'instanceof'") {
        return word(&chars, "instanceof");
    }
    None
}

/// The line (0-based) declaring a function called on line `n` whose parameters destructure
/// (`function greet({ name })`): Boa places a failed parameter pattern at the call, V8 in
/// the parameter list.
pub fn pattern_parameter_line(lines: &[&str], n: usize) -> Option<usize> {
    let chars: Vec<char> = lines.get(n)?.chars().collect();
    let mask = code_mask(&chars);
    let called: Vec<String> = (0..chars.len())
        .filter(|&i| mask[i] && chars[i] == '(')
        .filter_map(|open| {
            let end = open;
            let mut start = end;
            while start > 0 && is_ident_char(chars[start - 1]) {
                start -= 1;
            }
            (start < end).then(|| chars[start..end].iter().collect())
        })
        .collect();
    called.iter().find_map(|name| {
        let declarations = [
            format!("function {name}("),
            format!("{name} = ("),
            format!("{name} = function ("),
            format!("{name}("),
        ];
        lines.iter().enumerate().find_map(|(at, line)| {
            declarations.iter().find_map(|d| {
                let open = line.find(d.as_str())? + d.len();
                let starts_word = line[..line.find(d.as_str())?]
                    .chars()
                    .next_back()
                    .is_none_or(|c| !is_ident_char(c) && c != '.');
                let params = line[open..].trim_start();
                (at != n && starts_word && (params.starts_with('{') || params.starts_with('[')))
                    .then_some(at)
            })
        })
    })
}

/// For errors Boa gives no position for: the line (0-based, from `from` on) and column V8
/// reports, found from the message.
pub fn unplaced(message: &str, lines: &[&str], from: usize) -> Option<(usize, usize)> {
    let find = |test: &dyn Fn(&[char]) -> Option<usize>| {
        lines
            .iter()
            .enumerate()
            .skip(from)
            .take(40)
            .find_map(|(n, l)| {
                let chars: Vec<char> = l.chars().collect();
                test(&chars).map(|c| (n, c))
            })
    };
    if let Some(rest) = message.strip_prefix("Cannot destructure property '") {
        let property = rest.split('\'').next()?;
        let from = pattern_parameter_line(lines, from).unwrap_or(from);
        let find = |test: &dyn Fn(&[char]) -> Option<usize>| {
            lines
                .iter()
                .enumerate()
                .skip(from)
                .take(40)
                .find_map(|(n, l)| {
                    let chars: Vec<char> = l.chars().collect();
                    test(&chars).map(|c| (n, c))
                })
        };
        return find(&|chars: &[char]| {
            let open = (0..chars.len()).find(|&i| chars[i] == '{')?;
            let close = (open..chars.len()).find(|&i| chars[i] == '}')?;
            let inside: String = chars[open..close].iter().collect();
            let at = word(&chars[open..close], property)?;
            inside.contains(property).then_some(open + at)
        });
    }
    // A symbol concatenated after a call: Boa keeps the call's place. The `+` of the first
    // line that adds a symbol (`Symbol(...)` itself or a name bound to one).
    if message == "Cannot convert a Symbol value to a string" {
        let all = lines.join("\n");
        let symbols: Vec<String> = all
            .match_indices("= Symbol(")
            .filter_map(|(at, _)| {
                let before = all[..at].trim_end();
                let name: String = before
                    .chars()
                    .rev()
                    .take_while(|&c| is_ident_char(c))
                    .collect::<Vec<_>>()
                    .into_iter()
                    .rev()
                    .collect();
                (!name.is_empty()).then_some(name)
            })
            .collect();
        return find(&|chars: &[char]| {
            let plus = operator(chars, &["+", "+="])?;
            let adds_symbol =
                word(chars, "Symbol").is_some() || symbols.iter().any(|s| word(chars, s).is_some());
            adds_symbol.then_some(plus)
        });
    }
    // V8 points at the heritage expression of `class X extends Y`.
    if message.starts_with("Class extends value ") {
        return find(&|chars: &[char]| {
            let at = word(chars, "extends")?;
            let value = (at + "extends".len()..chars.len()).find(|&i| chars[i] != ' ')?;
            Some(value)
        });
    }
    // An assignment's array pattern given a value that is not iterable: V8 places the error
    // at the assignment's `=` (a declaration's pattern at its initializer, below).
    if message.ends_with(" is not iterable (cannot read property Symbol(Symbol.iterator))") {
        return find(&|chars: &[char]| {
            let line: String = chars.iter().collect();
            let close = line.find("] = ")?;
            let open = line[..close].rfind('[')?;
            let head = line[..open].trim_end();
            let declares = ["const", "let", "var"].iter().any(|k| {
                head.ends_with(k) && !head[..head.len() - k.len()].ends_with(is_ident_char)
            });
            (!declares).then(|| line[..close + 2].chars().count())
        });
    }
    // `for (const [k] of [1])`: the pattern of each value (V8's hidden `.for`).
    if message == ".for is not iterable" {
        return find(&|chars: &[char]| {
            let line: String = chars.iter().collect();
            let head = line.find("for (")?;
            let open = head + line[head..].find('[')?;
            let of = head + line[head..].find(" of ")?;
            // At the pattern's closing bracket.
            let close = open + line[open..].find(']')?;
            (open < of).then(|| line[..close].chars().count())
        });
    }
    if let Some(value) = message
        .strip_suffix(" is not iterable")
        .or_else(|| message.strip_suffix(" is not async iterable"))
    {
        let value = value.trim();
        return find(&|chars: &[char]| {
            let line: String = chars.iter().collect();
            for marker in [" of ", "...", "] = "] {
                let pattern = format!("{marker}{value}");
                if let Some(at) = line.find(&pattern) {
                    return Some(line[..at + marker.len()].chars().count());
                }
            }
            None
        });
    }
    None
}

/// Where V8 places an unresolvable name's ReferenceError when the statement's own position
/// is still pending (`return missing()` at `return`, `if (missing)` at `if`, `x = missing()`
/// at `x`): V8's bytecode builder attaches a statement position to the statement's first
/// bytecode and ignores expression positions until then, and a global callee is loaded with
/// no position of its own. So when nothing before the name in its statement emits code (only
/// `return`, `throw`, `if (`, grouping parentheses, unary operators, a template's first
/// `${`, a plain variable's `=`; literals too before a called name), the error is at the
/// statement's start. `lines` are the file's lines, `(line, column)` 0-based, at the name.
/// Returns the statement's start, or `None` when the name has a position of its own.
pub fn pending_statement_start(
    lines: &[&str],
    line: usize,
    column: usize,
    called: bool,
) -> Option<(usize, usize)> {
    let rows: Vec<Vec<char>> = lines.iter().map(|l| l.chars().collect()).collect();
    // The leftmost neutral token so far: the statement's start if a boundary comes next.
    let mut start = (line, column);
    let (mut l, mut c) = (line, column);
    // The previous code character before (l, c), walking back over blanks and lines.
    let previous = |mut l: usize, mut c: usize| -> Option<(usize, usize, char)> {
        loop {
            let row = rows.get(l)?;
            let code = code_mask(row);
            while c > 0 {
                c -= 1;
                if !row[c].is_whitespace() && code.get(c).copied().unwrap_or(false) {
                    return Some((l, c, row[c]));
                }
                // A string literal ends here: report its closing quote.
                if matches!(row[c], '\'' | '"') && !code[c] {
                    return Some((l, c, row[c]));
                }
            }
            l = l.checked_sub(1)?;
            c = rows.get(l)?.len();
        }
    };
    for _ in 0..64 {
        let Some((pl, pc, ch)) = previous(l, c) else {
            // The file's start: a boundary.
            return (start != (line, column)).then_some(start);
        };
        let row = &rows[pl];
        match ch {
            ';' | '{' | '}' => {
                // `${` opening a template right after its backtick: nothing is emitted.
                if ch == '{' && pc > 0 && row[pc - 1] == '$' {
                    if pc > 1 && row[pc - 2] == '`' {
                        start = (pl, pc - 2);
                        (l, c) = (pl, pc - 2);
                        continue;
                    }
                    return None;
                }
                return (start != (line, column)).then_some(start);
            }
            // `foo(1) || missing()`: a called name has no position of its own, so the error
            // is at the call before it (a plain function's call is placed at its name).
            '|' | '&' | '?' if called && pc > 0 && row[pc - 1] == ch => {
                let (cl, cc, close) = previous(pl, pc - 1)?;
                if close != ')' {
                    return None;
                }
                let crow = &rows[cl];
                let mut depth = 0;
                let open = (0..=cc).rev().find(|&i| {
                    match crow[i] {
                        ')' => depth += 1,
                        '(' => depth -= 1,
                        _ => {}
                    }
                    depth == 0
                })?;
                let mut s = open;
                while s > 0 && is_ident_char(crow[s - 1]) {
                    s -= 1;
                }
                if s == open || s > 0 && crow[s - 1] == '.' {
                    return None;
                }
                return Some((cl, s));
            }
            // An array literal's bytecode carries no expression position: before a called
            // name (which has none of its own) the statement's still stands.
            '[' if called => {
                start = (pl, pc);
                (l, c) = (pl, pc);
            }
            '(' | '!' | '~' | '-' | '+' => {
                // `=>`, `++`, `--` and binary operators after an operand are not neutral: the
                // operand before them is code (checked when the walk reaches it).
                start = (pl, pc);
                (l, c) = (pl, pc);
            }
            '=' => {
                let before = pc.checked_sub(1).map(|i| row[i]);
                if before.is_some_and(|b| "=!<>+-*/%&|^?".contains(b))
                    || row.get(pc + 1).is_some_and(|&n| n == '=' || n == '>')
                {
                    return None;
                }
                // `name = ...`: only a plain variable, at a statement's start.
                let (nl, nc, _) = previous(pl, pc)?;
                let nrow = &rows[nl];
                if !is_ident_char(nrow[nc]) {
                    return None;
                }
                let mut ns = nc;
                while ns > 0 && is_ident_char(nrow[ns - 1]) {
                    ns -= 1;
                }
                let name: String = nrow[ns..=nc].iter().collect();
                if matches!(name.as_str(), "const" | "let" | "var") || ns > 0 && nrow[ns - 1] == '.'
                {
                    return None;
                }
                let (bl, bc, b) = match previous(nl, ns) {
                    Some(p) => p,
                    None => return Some((nl, ns)),
                };
                if matches!(b, ';' | '{' | '}') && !(b == '{' && bc > 0 && rows[bl][bc - 1] == '$')
                {
                    // A declaration's `let a = 1, b = missing` is not this.
                    return Some((nl, ns));
                }
                return None;
            }
            '\'' | '"' if called => {
                // A string literal: walk to its opening quote.
                let open = (0..pc)
                    .rev()
                    .find(|&i| row[i] == ch && (i == 0 || row[i - 1] != '\\'))?;
                start = (pl, open);
                (l, c) = (pl, open);
            }
            d if d.is_ascii_digit() && called => {
                let mut s = pc;
                while s > 0 && (row[s - 1].is_ascii_alphanumeric() || row[s - 1] == '.') {
                    s -= 1;
                }
                if !row[s].is_ascii_digit() {
                    return None;
                }
                start = (pl, s);
                (l, c) = (pl, s);
            }
            ch if is_ident_char(ch) => {
                let mut s = pc;
                while s > 0 && is_ident_char(row[s - 1]) {
                    s -= 1;
                }
                let word: String = row[s..=pc].iter().collect();
                match word.as_str() {
                    "return" | "throw" | "if" => return Some((pl, s)),
                    "typeof" | "void" | "await" | "new" | "delete" => {
                        start = (pl, s);
                        (l, c) = (pl, s);
                    }
                    "else" | "do" => return (start != (line, column)).then_some(start),
                    _ => return None,
                }
            }
            _ => return None,
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn operators() {
        let big = "Cannot mix BigInt and other types, use explicit conversions";
        assert_eq!(operator_column(big, "console.log(total + 1);"), Some(18));
        assert_eq!(
            operator_column("Assignment to constant variable.", "limit = 2;"),
            Some(6)
        );
        assert_eq!(
            operator_column(
                "Cannot use 'in' operator to search for 'length' in ada",
                "console.log('length' in name);"
            ),
            Some(21)
        );
    }

    #[test]
    fn unplaced_errors() {
        let lines = ["// x", "const { body } = response.data;"];
        assert_eq!(
            unplaced(
                "Cannot destructure property 'body' of 'response.data' as it is undefined.",
                &lines,
                0
            ),
            Some((1, 8))
        );
        let lines = ["// x", "for (const s of scores) {"];
        assert_eq!(unplaced("scores is not iterable", &lines, 0), Some((1, 16)));
    }

    #[test]
    fn pending_statement_positions() {
        let at = |line: &str, name: &str, called: bool| {
            let column = line.find(name).unwrap();
            pending_statement_start(&[line], 0, column, called).map(|(_, c)| c)
        };
        assert_eq!(at("  return missing();", "missing", true), Some(2));
        assert_eq!(at("  return 1 + missing();", "missing", true), Some(2));
        assert_eq!(at("  return 1 + missing;", "missing", false), None);
        assert_eq!(at("  if (missing) {}", "missing", false), Some(2));
        assert_eq!(at("  while (missing) {}", "missing", false), None);
        assert_eq!(at("  x = missing();", "missing", true), Some(2));
        assert_eq!(at("  const x = missing();", "missing", true), None);
        assert_eq!(at("  obj.b = missing;", "missing", false), None);
        assert_eq!(at("  console.log(missing);", "missing", false), None);
        assert_eq!(at("  return `${missing}`;", "missing", false), Some(2));
        assert_eq!(at("  missing();", "missing", true), None);
        assert_eq!(at("  x += missing;", "missing", false), None);
        assert_eq!(
            at("  return foo(1) || missing();", "missing", true),
            Some(9)
        );
        assert_eq!(
            at("  f() { return new Missing(); }", "Missing", true),
            Some(8)
        );
        let lines = ["  return (", "    missing()", "  );"];
        assert_eq!(pending_statement_start(&lines, 1, 4, true), Some((0, 2)));
    }
}
