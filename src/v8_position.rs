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
        return operator(&chars, &ASSIGNMENTS);
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
    if let Some(value) = message.strip_suffix(" is not iterable") {
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
}
