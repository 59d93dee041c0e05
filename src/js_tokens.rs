//! A light tokenizer for finding module syntax in JavaScript source without a full parse:
//! identifiers, string literals and the punctuators the module patterns need, with comments,
//! templates and regular expressions stepped over (the approach of Node's `cjs-module-lexer`).

#[derive(Debug, Clone, PartialEq)]
pub enum Token {
    Ident(String),
    Str(String),
    Punct(&'static str),
    /// Numbers, templates, regular expressions and other punctuation.
    Other,
}

const PUNCTUATORS: [&str; 14] = [
    "...", "===", "==", "=>", "=", ".", ",", ":", ";", "(", ")", "[", "]", "{",
];

/// The tokens of `source`.
pub fn tokenize(source: &str) -> Vec<Token> {
    tokenize_with_offsets(source).0
}

/// The tokens of `source`, with the character offset where each starts.
pub fn tokenize_with_offsets(source: &str) -> (Vec<Token>, Vec<usize>) {
    let chars: Vec<char> = source.chars().collect();
    let mut tokens: Vec<Token> = Vec::new();
    let mut offsets: Vec<usize> = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let start = i;
        let before = tokens.len();
        if c.is_whitespace() {
            i += 1;
        } else if c == '/' && chars.get(i + 1) == Some(&'/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && chars.get(i + 1) == Some(&'*') {
            i += 2;
            while i < chars.len() && !(chars[i] == '*' && chars.get(i + 1) == Some(&'/')) {
                i += 1;
            }
            i += 2;
        } else if c == '\'' || c == '"' {
            let mut text = String::new();
            i += 1;
            while i < chars.len() && chars[i] != c && chars[i] != '\n' {
                if chars[i] == '\\' {
                    i += 1;
                }
                if let Some(&ch) = chars.get(i) {
                    text.push(ch);
                }
                i += 1;
            }
            i += 1;
            tokens.push(Token::Str(text));
        } else if c == '`' {
            i = skip_template(&chars, i + 1);
            tokens.push(Token::Other);
        } else if c == '/' && regex_may_start(tokens.last()) {
            i = skip_regex(&chars, i + 1);
            tokens.push(Token::Other);
        } else if c.is_alphabetic() || c == '_' || c == '$' {
            let start = i;
            while i < chars.len()
                && (chars[i].is_alphanumeric() || chars[i] == '_' || chars[i] == '$')
            {
                i += 1;
            }
            tokens.push(Token::Ident(chars[start..i].iter().collect()));
        } else if c.is_ascii_digit() {
            while i < chars.len()
                && (chars[i].is_alphanumeric() || chars[i] == '.' || chars[i] == '_')
            {
                i += 1;
            }
            tokens.push(Token::Other);
        } else {
            let rest: String = chars[i..chars.len().min(i + 3)].iter().collect();
            match PUNCTUATORS.iter().find(|p| rest.starts_with(**p)) {
                Some(p) => {
                    i += p.chars().count();
                    tokens.push(Token::Punct(p));
                }
                None => {
                    i += 1;
                    tokens.push(if c == '}' {
                        Token::Punct("}")
                    } else {
                        Token::Other
                    });
                }
            }
        }
        if tokens.len() > before {
            offsets.push(start);
        }
    }
    (tokens, offsets)
}

/// A `/` starts a regular expression unless it follows something that ends an expression.
fn regex_may_start(previous: Option<&Token>) -> bool {
    match previous {
        None => true,
        Some(Token::Ident(word)) => matches!(
            word.as_str(),
            "return"
                | "typeof"
                | "case"
                | "do"
                | "else"
                | "in"
                | "of"
                | "new"
                | "delete"
                | "void"
                | "throw"
                | "yield"
                | "await"
        ),
        Some(Token::Punct(p)) => !matches!(*p, ")" | "]" | "}"),
        Some(Token::Str(_)) => false,
        Some(Token::Other) => false,
    }
}

fn skip_regex(chars: &[char], mut i: usize) -> usize {
    let mut in_class = false;
    while i < chars.len() && chars[i] != '\n' {
        match chars[i] {
            '\\' => i += 1,
            '[' => in_class = true,
            ']' => in_class = false,
            '/' if !in_class => {
                i += 1;
                while i < chars.len() && chars[i].is_alphanumeric() {
                    i += 1;
                }
                return i;
            }
            _ => {}
        }
        i += 1;
    }
    i
}

/// Past the closing backquote, stepping over `${ ... }` substitutions (with nested braces and
/// templates).
fn skip_template(chars: &[char], mut i: usize) -> usize {
    while i < chars.len() {
        match chars[i] {
            '\\' => i += 2,
            '`' => return i + 1,
            '$' if chars.get(i + 1) == Some(&'{') => {
                let mut depth = 1;
                i += 2;
                while i < chars.len() && depth > 0 {
                    match chars[i] {
                        '{' => depth += 1,
                        '}' => depth -= 1,
                        '`' => {
                            i = skip_template(chars, i + 1);
                            continue;
                        }
                        '\'' | '"' => {
                            let quote = chars[i];
                            i += 1;
                            while i < chars.len() && chars[i] != quote {
                                if chars[i] == '\\' {
                                    i += 1;
                                }
                                i += 1;
                            }
                        }
                        _ => {}
                    }
                    i += 1;
                }
            }
            _ => i += 1,
        }
    }
    i
}
