//! The virtual shell that `child_process` runs commands in: `/bin/sh -c LINE` for `exec`, and
//! the programs `spawn` finds on the PATH. A small POSIX-like shell over the run's file system:
//! quoting, `$VAR`, pipes, `;`, `&&`, `||`, `>`/`>>`, `<`, `2>&1` and `>&2`, and the commands `echo`,
//! `pwd`, `ls`, `cat`, `wc`, `sleep`, `true`, `false`, `exit`, `sh -c`, and `node`, which runs
//! a separate runtime to completion (see `lanes.rs` for `node` children that run alongside
//! their parent instead). Messages are those of Debian's dash and GNU coreutils, which is what
//! Node's `/bin/sh` runs on the machine the corpus is recorded on.

use std::cell::RefCell;
use std::rc::Rc;

use crate::vfs::Vfs;

/// What a command did: its output, its exit code and how long it took.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Outcome {
    pub stdout: String,
    pub stderr: String,
    pub code: i32,
    pub duration_us: u64,
}

/// Where commands run.
pub struct ShellEnv<'a> {
    pub vfs: Rc<RefCell<Vfs>>,
    pub cwd: String,
    pub env: Vec<(String, String)>,
    /// Runs `node ARGS` to completion with `stdin`.
    pub run_node: &'a dyn Fn(&[String], &str, &str) -> Outcome,
}

/// Virtual time one builtin command takes.
const BUILTIN_US: u64 = 1_000;

/// The programs the shell knows (what `spawn` finds on the PATH).
pub fn is_program(name: &str) -> bool {
    let base = name.rsplit('/').next().unwrap_or(name);
    matches!(
        base,
        "echo" | "pwd" | "ls" | "cat" | "wc" | "sleep" | "true" | "false" | "sh" | "bash" | "node"
    ) && (!name.contains('/')
        || name == "/usr/local/bin/node"
        || name.starts_with("/bin/")
        || name.starts_with("/usr/bin/"))
}

/// Whether `name` runs Node itself.
pub fn is_node(name: &str) -> bool {
    name == "node" || name == "/usr/local/bin/node" || name == "/usr/bin/node"
}

#[derive(Debug, Clone, PartialEq)]
enum Token {
    Word(String),
    Pipe,
    And,
    Or,
    Semi,
    Out {
        fd: u8,
        append: bool,
    },
    ErrToOut,
    /// `>&2`, `1>&2`: stdout goes where stderr goes.
    OutToErr,
    /// `< file`.
    In,
}

/// Split a command line into words and operators (quotes and `$VAR` resolved).
/// `$((expression))` at `chars[*i]`: dash's arithmetic expansion over integers (`+ - * / %`,
/// unary minus, parentheses, variables by name or `$name`, an unset one 0), in decimal; `*i`
/// moves past the closing `))`. Errors in dash's words.
fn arithmetic(
    chars: &[char],
    i: &mut usize,
    lookup: &dyn Fn(&str) -> String,
) -> Result<String, String> {
    let start = *i + 3;
    let mut depth = 0usize;
    let mut end = start;
    while end < chars.len() {
        match chars[end] {
            '(' => depth += 1,
            ')' if depth == 0 => break,
            ')' => depth -= 1,
            _ => {}
        }
        end += 1;
    }
    if end + 1 >= chars.len() || chars[end + 1] != ')' {
        return Err("Syntax error: Missing '))'".into());
    }
    let text: String = chars[start..end].iter().collect();
    *i = end + 2;
    let mut parser = Arith {
        chars: &chars[start..end],
        at: 0,
        lookup,
        text: &text,
    };
    let value = parser.sum()?;
    parser.skip_spaces();
    if parser.at < parser.chars.len() {
        return Err(format!("arithmetic expression: expecting EOF: \"{text}\""));
    }
    Ok(value.to_string())
}

/// A recursive-descent reader of one arithmetic expression.
struct Arith<'a> {
    chars: &'a [char],
    at: usize,
    lookup: &'a dyn Fn(&str) -> String,
    text: &'a str,
}

impl Arith<'_> {
    fn skip_spaces(&mut self) {
        while self.chars.get(self.at).is_some_and(|c| c.is_whitespace()) {
            self.at += 1;
        }
    }

    fn peek(&mut self) -> Option<char> {
        self.skip_spaces();
        self.chars.get(self.at).copied()
    }

    fn sum(&mut self) -> Result<i64, String> {
        let mut value = self.product()?;
        while let Some(op @ ('+' | '-')) = self.peek() {
            self.at += 1;
            let rhs = self.product()?;
            value = if op == '+' {
                value.wrapping_add(rhs)
            } else {
                value.wrapping_sub(rhs)
            };
        }
        Ok(value)
    }

    fn product(&mut self) -> Result<i64, String> {
        let mut value = self.unary()?;
        while let Some(op @ ('*' | '/' | '%')) = self.peek() {
            self.at += 1;
            let rhs = self.unary()?;
            value = match op {
                '*' => value.wrapping_mul(rhs),
                _ if rhs == 0 => {
                    return Err(format!(
                        "arithmetic expression: division by zero: \"{}\"",
                        self.text
                    ));
                }
                '/' => value.wrapping_div(rhs),
                _ => value.wrapping_rem(rhs),
            };
        }
        Ok(value)
    }

    fn unary(&mut self) -> Result<i64, String> {
        match self.peek() {
            Some('-') => {
                self.at += 1;
                Ok(self.unary()?.wrapping_neg())
            }
            Some('+') => {
                self.at += 1;
                self.unary()
            }
            _ => self.primary(),
        }
    }

    fn primary(&mut self) -> Result<i64, String> {
        let text = self.text;
        let expecting = || format!("arithmetic expression: expecting primary: \"{text}\"");
        match self.peek() {
            Some('(') => {
                self.at += 1;
                let value = self.sum()?;
                if self.peek() != Some(')') {
                    return Err(expecting());
                }
                self.at += 1;
                Ok(value)
            }
            Some(c) if c.is_ascii_digit() => {
                let start = self.at;
                while self.chars.get(self.at).is_some_and(char::is_ascii_digit) {
                    self.at += 1;
                }
                let digits: String = self.chars[start..self.at].iter().collect();
                digits.parse().map_err(|_| expecting())
            }
            Some(c) if c == '$' || c == '_' || c.is_ascii_alphabetic() => {
                if c == '$' {
                    self.at += 1;
                }
                let start = self.at;
                while self
                    .chars
                    .get(self.at)
                    .is_some_and(|c| c.is_ascii_alphanumeric() || *c == '_')
                {
                    self.at += 1;
                }
                let name: String = self.chars[start..self.at].iter().collect();
                let value = (self.lookup)(&name);
                Ok(value.trim().parse().unwrap_or(0))
            }
            _ => Err(expecting()),
        }
    }
}

fn tokenize(line: &str, env: &[(String, String)]) -> Result<Vec<Token>, String> {
    let mut tokens = Vec::new();
    let chars: Vec<char> = line.chars().collect();
    let mut i = 0;
    let mut word = String::new();
    let mut in_word = false;
    let lookup = |name: &str| {
        env.iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    let read_var = |i: &mut usize| -> String {
        let start = *i;
        while *i < chars.len() && (chars[*i].is_ascii_alphanumeric() || chars[*i] == '_') {
            *i += 1;
        }
        chars[start..*i].iter().collect()
    };
    macro_rules! flush {
        () => {
            if in_word {
                tokens.push(Token::Word(std::mem::take(&mut word)));
            }
            #[allow(unused_assignments)]
            {
                in_word = false;
            }
        };
    }
    while i < chars.len() {
        let c = chars[i];
        match c {
            ' ' | '\t' | '\n' => {
                flush!();
                i += 1;
            }
            '\'' => {
                in_word = true;
                i += 1;
                while i < chars.len() && chars[i] != '\'' {
                    word.push(chars[i]);
                    i += 1;
                }
                if i >= chars.len() {
                    return Err("Syntax error: Unterminated quoted string".into());
                }
                i += 1;
            }
            '"' => {
                in_word = true;
                i += 1;
                while i < chars.len() && chars[i] != '"' {
                    if chars[i] == '\\'
                        && i + 1 < chars.len()
                        && matches!(chars[i + 1], '"' | '\\' | '$' | '`')
                    {
                        word.push(chars[i + 1]);
                        i += 2;
                    } else if chars[i] == '$' && chars[i + 1..].starts_with(&['(', '(']) {
                        word.push_str(&arithmetic(&chars, &mut i, &lookup)?);
                    } else if chars[i] == '$' {
                        i += 1;
                        let name = read_var(&mut i);
                        if name.is_empty() {
                            word.push('$');
                        } else {
                            word.push_str(&lookup(&name));
                        }
                    } else {
                        word.push(chars[i]);
                        i += 1;
                    }
                }
                if i >= chars.len() {
                    return Err("Syntax error: Unterminated quoted string".into());
                }
                i += 1;
            }
            '\\' if i + 1 < chars.len() => {
                in_word = true;
                word.push(chars[i + 1]);
                i += 2;
            }
            '$' if chars[i + 1..].starts_with(&['(', '(']) => {
                in_word = true;
                word.push_str(&arithmetic(&chars, &mut i, &lookup)?);
            }
            '$' => {
                i += 1;
                let name = read_var(&mut i);
                if name.is_empty() {
                    in_word = true;
                    word.push('$');
                } else {
                    let value = lookup(&name);
                    if !value.is_empty() {
                        in_word = true;
                        word.push_str(&value);
                    }
                }
            }
            '<' => {
                flush!();
                tokens.push(Token::In);
                i += 1;
            }
            '|' | '&' | ';' | '>' => {
                let next = chars.get(i + 1).copied();
                let numbered = in_word && (word == "1" || word == "2");
                if c == '>' && (numbered || next == Some('&')) {
                    // `2>file`, `2>&1`, `>&2`: the digit belongs to the operator.
                    let fd = if numbered && word == "2" { 2 } else { 1 };
                    if numbered {
                        word.clear();
                        in_word = false;
                    } else {
                        flush!();
                    }
                    if next == Some('&') {
                        // A duplication: `N>&M` (only stdout and stderr exist here).
                        let target = match chars.get(i + 2) {
                            Some('1') => 1,
                            Some('2') => 2,
                            _ => return Err("Syntax error: Bad fd number".into()),
                        };
                        match (fd, target) {
                            (2, 1) => tokens.push(Token::ErrToOut),
                            (1, 2) => tokens.push(Token::OutToErr),
                            _ => {}
                        }
                        i += 3;
                        continue;
                    }
                    let append = next == Some('>');
                    tokens.push(Token::Out { fd, append });
                    i += if append { 2 } else { 1 };
                    continue;
                }
                flush!();
                match (c, next) {
                    ('|', Some('|')) => {
                        tokens.push(Token::Or);
                        i += 2;
                    }
                    ('|', _) => {
                        tokens.push(Token::Pipe);
                        i += 1;
                    }
                    ('&', Some('&')) => {
                        tokens.push(Token::And);
                        i += 2;
                    }
                    ('&', _) => return Err("background jobs (&) are not supported".into()),
                    (';', _) => {
                        tokens.push(Token::Semi);
                        i += 1;
                    }
                    (_, Some('>')) => {
                        tokens.push(Token::Out {
                            fd: 1,
                            append: true,
                        });
                        i += 2;
                    }
                    _ => {
                        tokens.push(Token::Out {
                            fd: 1,
                            append: false,
                        });
                        i += 1;
                    }
                }
            }
            _ => {
                in_word = true;
                word.push(c);
                i += 1;
            }
        }
    }
    flush!();
    Ok(tokens)
}

/// One simple command: its words and redirections.
#[derive(Debug, Default, Clone)]
struct Simple {
    words: Vec<String>,
    stdout_file: Option<(String, bool)>,
    stderr_file: Option<(String, bool)>,
    stdin_file: Option<String>,
    err_to_out: bool,
    out_to_err: bool,
}

/// Split a command line into the simple commands of one pipeline.
fn simple_commands(tokens: &[Token]) -> Result<Vec<Simple>, String> {
    let mut commands = vec![Simple::default()];
    let mut i = 0;
    while i < tokens.len() {
        let current = commands.last_mut().expect("never empty");
        match &tokens[i] {
            Token::Word(w) => current.words.push(w.clone()),
            Token::Pipe => commands.push(Simple::default()),
            Token::Out { fd, append } => {
                let Some(Token::Word(file)) = tokens.get(i + 1) else {
                    return Err("Syntax error: newline unexpected".into());
                };
                let target = Some((file.clone(), *append));
                if *fd == 2 {
                    current.stderr_file = target;
                } else {
                    current.stdout_file = target;
                }
                i += 1;
            }
            Token::ErrToOut => current.err_to_out = true,
            Token::OutToErr => current.out_to_err = true,
            Token::In => {
                let Some(Token::Word(file)) = tokens.get(i + 1) else {
                    return Err("Syntax error: newline unexpected".into());
                };
                current.stdin_file = Some(file.clone());
                i += 1;
            }
            _ => {}
        }
        i += 1;
    }
    if commands.iter().any(|c| c.words.is_empty()) {
        return Err("Syntax error: \"|\" unexpected".into());
    }
    Ok(commands)
}

/// Run `sh -c LINE` with `stdin` as the shell's input: the first command that reads its stdin
/// takes it all (the others of the line find it at its end).
pub fn run_line(line: &str, stdin: &str, shell: &ShellEnv) -> Outcome {
    let mut stdin = stdin.to_string();
    let tokens = match tokenize(line, &shell.env) {
        Ok(t) => t,
        Err(e) => {
            return Outcome {
                stderr: format!("/bin/sh: 1: {e}\n"),
                code: 2,
                duration_us: BUILTIN_US,
                ..Outcome::default()
            };
        }
    };
    let mut total = Outcome::default();
    let mut start = 0;
    let mut skip = false;
    for i in 0..=tokens.len() {
        let op = tokens.get(i);
        if !matches!(op, None | Some(Token::And | Token::Or | Token::Semi)) {
            continue;
        }
        let part = &tokens[start..i];
        start = i + 1;
        if !part.is_empty() && !skip {
            let outcome = match simple_commands(part) {
                Ok(pipeline) => {
                    let reads = pipeline.first().is_some_and(|first| {
                        first.stdin_file.is_none() && reads_stdin(&first.words, &shell.env)
                    });
                    let input = if reads {
                        std::mem::take(&mut stdin)
                    } else {
                        String::new()
                    };
                    run_pipeline(&pipeline, input, shell)
                }
                Err(e) => Outcome {
                    stderr: format!("/bin/sh: 1: {e}\n"),
                    code: 2,
                    ..Outcome::default()
                },
            };
            total.stdout.push_str(&outcome.stdout);
            total.stderr.push_str(&outcome.stderr);
            total.code = outcome.code;
            total.duration_us += outcome.duration_us;
            if outcome.code == 255 + EXIT_FLAG {
                total.code = EXIT_CODE.with(|c| c.get());
                return total;
            }
        }
        skip = match op {
            Some(Token::And) => total.code != 0,
            Some(Token::Or) => total.code == 0,
            _ => false,
        };
    }
    total
}

/// `exit N` stops the whole line: reported with this marker code.
const EXIT_FLAG: i32 = 1 << 20;
thread_local! {
    static EXIT_CODE: std::cell::Cell<i32> = const { std::cell::Cell::new(0) };
}

fn run_pipeline(pipeline: &[Simple], stdin: String, shell: &ShellEnv) -> Outcome {
    let mut input = stdin;
    let mut result = Outcome::default();
    for command in pipeline {
        if let Some(file) = &command.stdin_file {
            // dash opens the redirection before it runs the command.
            let path = resolve(&shell.cwd, file);
            match shell.vfs.borrow().read_file(&path) {
                Ok(bytes) => input = String::from_utf8_lossy(&bytes).into_owned(),
                Err(_) => {
                    result
                        .stderr
                        .push_str(&format!("/bin/sh: 1: cannot open {file}: No such file\n"));
                    result.code = 2;
                    result.duration_us = result.duration_us.max(BUILTIN_US);
                    input = String::new();
                    continue;
                }
            }
        }
        let mut outcome = run_simple(&command.words, &input, shell);
        if command.err_to_out {
            outcome
                .stdout
                .push_str(&std::mem::take(&mut outcome.stderr));
        }
        if command.out_to_err {
            outcome
                .stderr
                .push_str(&std::mem::take(&mut outcome.stdout));
        }
        for (file, target) in [
            (&command.stdout_file, &mut outcome.stdout),
            (&command.stderr_file, &mut outcome.stderr),
        ] {
            if let Some((file, append)) = file {
                let text = std::mem::take(target);
                if file != "/dev/null" {
                    let path = resolve(&shell.cwd, file);
                    let _ = shell
                        .vfs
                        .borrow_mut()
                        .write_file(&path, text.as_bytes(), *append);
                }
            }
        }
        result.stderr.push_str(&outcome.stderr);
        result.code = outcome.code;
        result.duration_us = result.duration_us.max(outcome.duration_us);
        input = outcome.stdout;
    }
    result.stdout = input;
    result
}

/// The words of `line` when it is one simple command (no operators, no redirections).
pub fn single_command(line: &str, env: &[(String, String)]) -> Option<Vec<String>> {
    let tokens = tokenize(line, env).ok()?;
    tokens
        .into_iter()
        .map(|t| match t {
            Token::Word(w) => Some(w),
            _ => None,
        })
        .collect::<Option<Vec<_>>>()
        .filter(|w| !w.is_empty())
}

/// Whether the program of `words` reads its stdin: `cat` and `wc` without files, or a shell
/// line that starts with one.
pub fn reads_stdin(words: &[String], env: &[(String, String)]) -> bool {
    let Some(name) = words.first() else {
        return false;
    };
    let base = name.rsplit('/').next().unwrap_or(name);
    match base {
        "cat" | "wc" => words[1..].iter().all(|a| a.starts_with('-') && a != "-"),
        "sh" | "bash" if words.get(1).map(String::as_str) == Some("-c") => {
            let Some(line) = words.get(2) else {
                return false;
            };
            let Ok(tokens) = tokenize(line, env) else {
                return false;
            };
            // The first simple command, unless its input comes from a file (`wc -l < f`).
            let end = tokens
                .iter()
                .position(|t| !matches!(t, Token::Word(_) | Token::Out { .. } | Token::In))
                .unwrap_or(tokens.len());
            if tokens[..end].contains(&Token::In) {
                return false;
            }
            let first: Vec<String> = tokens
                .into_iter()
                .map_while(|t| match t {
                    Token::Word(w) => Some(w),
                    _ => None,
                })
                .collect();
            matches!(first.first().map(String::as_str), Some("cat" | "wc"))
                && reads_stdin(&first, env)
        }
        _ => false,
    }
}

/// `path` resolved against `cwd`.
pub fn resolve_path(cwd: &str, path: &str) -> String {
    resolve(cwd, path)
}

fn resolve(cwd: &str, path: &str) -> String {
    if path.starts_with('/') {
        path.to_string()
    } else {
        let joined = format!("{}/{}", cwd.trim_end_matches('/'), path);
        normalize(&joined)
    }
}

fn normalize(path: &str) -> String {
    let mut parts: Vec<&str> = Vec::new();
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            p => parts.push(p),
        }
    }
    format!("/{}", parts.join("/"))
}

/// Run one program with its arguments (`spawn` without a shell comes here too).
pub fn run_simple(words: &[String], stdin: &str, shell: &ShellEnv) -> Outcome {
    let Some(name) = words.first() else {
        return Outcome::default();
    };
    let args = &words[1..];
    let ok = |stdout: String| Outcome {
        stdout,
        duration_us: BUILTIN_US,
        ..Outcome::default()
    };
    let fail = |stderr: String, code: i32| Outcome {
        stderr,
        code,
        duration_us: BUILTIN_US,
        ..Outcome::default()
    };
    let base = name.rsplit('/').next().unwrap_or(name);
    if !is_program(name) && name != "exit" {
        return fail(format!("/bin/sh: 1: {name}: not found\n"), 127);
    }
    match base {
        "echo" => {
            let (newline, args) = match args.first().map(String::as_str) {
                Some("-n") => (false, &args[1..]),
                _ => (true, args),
            };
            let mut text = args.join(" ");
            if newline {
                text.push('\n');
            }
            ok(text)
        }
        "pwd" => ok(format!("{}\n", shell.cwd)),
        "true" => ok(String::new()),
        "false" => fail(String::new(), 1),
        "exit" => {
            let code = args.first().and_then(|a| a.parse().ok()).unwrap_or(0);
            EXIT_CODE.with(|c| c.set(code));
            fail(String::new(), 255 + EXIT_FLAG)
        }
        "sleep" => {
            let secs: Option<f64> = args.first().and_then(|a| a.parse().ok());
            match secs {
                Some(s) if s >= 0.0 => Outcome {
                    duration_us: (s * 1e6) as u64,
                    ..Outcome::default()
                },
                _ => fail(
                    match args.first() {
                        Some(a) => format!(
                            "sleep: invalid time interval ‘{a}’\nTry 'sleep --help' for more information.\n"
                        ),
                        None => {
                            "sleep: missing operand\nTry 'sleep --help' for more information.\n"
                                .to_string()
                        }
                    },
                    1,
                ),
            }
        }
        "ls" => ls(args, shell),
        "cat" => cat(args, stdin, shell),
        "wc" => wc(args, stdin, shell),
        "sh" | "bash" => match args.first().map(String::as_str) {
            Some("-c") => match args.get(1) {
                Some(line) => run_line(line, stdin, shell),
                None => fail(format!("{base}: 0: -c requires an argument\n"), 2),
            },
            _ => fail(
                format!("looplab: only `{base} -c COMMAND` is supported\n"),
                2,
            ),
        },
        "node" => (shell.run_node)(args, stdin, &shell.cwd),
        _ => fail(format!("/bin/sh: 1: {name}: not found\n"), 127),
    }
}

fn ls(args: &[String], shell: &ShellEnv) -> Outcome {
    let all = args.iter().any(|a| a.starts_with('-') && a.contains('a'));
    let paths: Vec<&String> = args.iter().filter(|a| !a.starts_with('-')).collect();
    let targets: Vec<String> = if paths.is_empty() {
        vec![".".into()]
    } else {
        paths.iter().map(|p| p.to_string()).collect()
    };
    let vfs = shell.vfs.borrow();
    let mut out = Outcome {
        duration_us: BUILTIN_US,
        ..Outcome::default()
    };
    let many = targets.len() > 1;
    let mut first = true;
    for target in &targets {
        let path = resolve(&shell.cwd, target);
        if vfs.is_file(&path) {
            out.stdout.push_str(&format!("{target}\n"));
            continue;
        }
        match vfs.read_dir(&path) {
            Ok(entries) => {
                let mut names: Vec<String> = entries
                    .into_iter()
                    .map(|(n, _)| n)
                    .filter(|n| all || !n.starts_with('.'))
                    .collect();
                if all {
                    names.push(".".into());
                    names.push("..".into());
                }
                names.sort();
                if many {
                    if !first {
                        out.stdout.push('\n');
                    }
                    out.stdout.push_str(&format!("{target}:\n"));
                }
                first = false;
                for name in names {
                    out.stdout.push_str(&name);
                    out.stdout.push('\n');
                }
            }
            Err(_) => {
                out.stderr.push_str(&format!(
                    "ls: cannot access '{target}': No such file or directory\n"
                ));
                out.code = 2;
            }
        }
    }
    out
}

fn cat(args: &[String], stdin: &str, shell: &ShellEnv) -> Outcome {
    let mut out = Outcome {
        duration_us: BUILTIN_US,
        ..Outcome::default()
    };
    if args.is_empty() {
        out.stdout = stdin.to_string();
        return out;
    }
    let vfs = shell.vfs.borrow();
    for file in args {
        if file == "-" {
            out.stdout.push_str(stdin);
            continue;
        }
        let path = resolve(&shell.cwd, file);
        if vfs.is_dir(&path) {
            out.stderr
                .push_str(&format!("cat: {file}: Is a directory\n"));
            out.code = 1;
            continue;
        }
        match vfs.read(&path) {
            Some(bytes) => out.stdout.push_str(&String::from_utf8_lossy(bytes)),
            None => {
                out.stderr
                    .push_str(&format!("cat: {file}: No such file or directory\n"));
                out.code = 1;
            }
        }
    }
    out
}

fn wc(args: &[String], stdin: &str, shell: &ShellEnv) -> Outcome {
    let flags: String = args
        .iter()
        .filter(|a| a.starts_with('-'))
        .flat_map(|a| a.chars().skip(1))
        .collect();
    let files: Vec<&String> = args.iter().filter(|a| !a.starts_with('-')).collect();
    let (lines, words, bytes) = (
        flags.is_empty() || flags.contains('l'),
        flags.is_empty() || flags.contains('w'),
        flags.is_empty() || flags.contains('c'),
    );
    let count = |text: &str| {
        [
            text.matches('\n').count(),
            text.split_whitespace().count(),
            text.len(),
        ]
    };
    let mut out = Outcome {
        duration_us: BUILTIN_US,
        ..Outcome::default()
    };
    let mut rows: Vec<([usize; 3], Option<String>)> = Vec::new();
    let selected = [lines, words, bytes].iter().filter(|&&b| b).count();
    let width;
    if files.is_empty() {
        rows.push((count(stdin), None));
        // GNU wc: one count of one input needs no padding; from a pipe it cannot know the
        // size, so it pads to 7.
        width = if selected == 1 { 1 } else { 7 };
    } else {
        let vfs = shell.vfs.borrow();
        let mut total = [0; 3];
        let mut size_sum = 0;
        for file in &files {
            let path = resolve(&shell.cwd, file);
            match vfs.read(&path) {
                Some(data) => {
                    let text = String::from_utf8_lossy(data);
                    let c = count(&text);
                    for k in 0..3 {
                        total[k] += c[k];
                    }
                    size_sum += data.len();
                    rows.push((c, Some(file.to_string())));
                }
                None => {
                    out.stderr
                        .push_str(&format!("wc: {file}: No such file or directory\n"));
                    out.code = 1;
                }
            }
        }
        if files.len() > 1 {
            rows.push((total, Some("total".into())));
        }
        width = if selected == 1 && rows.len() == 1 {
            1
        } else {
            size_sum.to_string().len()
        };
    }
    for (c, name) in rows {
        let mut fields = Vec::new();
        for (k, on) in [lines, words, bytes].into_iter().enumerate() {
            if on {
                fields.push(format!("{:>width$}", c[k]));
            }
        }
        let mut line = fields.join(" ");
        if let Some(name) = name {
            line.push(' ');
            line.push_str(&name);
        }
        out.stdout.push_str(&line);
        out.stdout.push('\n');
    }
    out
}

/// How `node ARGS` was asked to run.
#[derive(Debug, Clone, PartialEq)]
pub enum NodeInvocation {
    /// `node -e CODE ARGS` (`print`: `-p`, which prints the result).
    Eval {
        code: String,
        print: bool,
        args: Vec<String>,
    },
    /// `node FILE ARGS`.
    File { path: String, args: Vec<String> },
    /// `node` with nothing to run (it would read a program from stdin).
    Stdin,
}

/// Read node's command line (flags before the script are skipped).
pub fn parse_node_args(args: &[String]) -> NodeInvocation {
    let mut i = 0;
    while i < args.len() {
        match args[i].as_str() {
            "-e" | "--eval" | "-p" | "--print" => {
                let print = args[i].starts_with("-p") || args[i] == "--print";
                return NodeInvocation::Eval {
                    code: args.get(i + 1).cloned().unwrap_or_default(),
                    print,
                    args: args
                        .get(i + 2..)
                        .map(<[String]>::to_vec)
                        .unwrap_or_default(),
                };
            }
            a if a.starts_with('-') => i += 1,
            _ => {
                return NodeInvocation::File {
                    path: args[i].clone(),
                    args: args[i + 1..].to_vec(),
                };
            }
        }
    }
    NodeInvocation::Stdin
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shell_with(files: &[(&str, &str)]) -> (Rc<RefCell<Vfs>>, Vec<(String, String)>) {
        let mut vfs = Vfs::new();
        for (p, c) in files {
            vfs.insert(*p, c.as_bytes().to_vec());
        }
        (
            Rc::new(RefCell::new(vfs)),
            vec![("HOME".into(), "/home/learner".into())],
        )
    }

    fn run(line: &str, files: &[(&str, &str)]) -> Outcome {
        let (vfs, env) = shell_with(files);
        let no_node = |_: &[String], _: &str, _: &str| Outcome::default();
        let shell = ShellEnv {
            vfs,
            cwd: "/app".into(),
            env,
            run_node: &no_node,
        };
        run_line(line, "", &shell)
    }

    #[test]
    fn arithmetic_expansion() {
        assert_eq!(
            run(
                "echo $((2*4+1)) $(( (1+2)*3 )) \"$((7/2))\" $((-7%3)) $((10-2-3))",
                &[]
            )
            .stdout,
            "9 9 3 -1 5\n"
        );
    }

    #[test]
    fn quoting_variables_and_sequences() {
        let out = run("echo 'a  b' \"$HOME\" c; false || echo no && echo yes", &[]);
        assert_eq!(out.stdout, "a  b /home/learner c\nno\nyes\n");
        assert_eq!(out.code, 0);
    }

    #[test]
    fn pipes_and_wc_widths() {
        let files = [("/app/f.txt", "a b\nc\n")];
        assert_eq!(
            run("cat f.txt | wc", &files).stdout,
            "      2       3       6\n"
        );
        assert_eq!(run("wc f.txt", &files).stdout, "2 3 6 f.txt\n");
        assert_eq!(run("cat f.txt | wc -l", &files).stdout, "2\n");
    }

    #[test]
    fn errors_as_dash_and_coreutils_word_them() {
        let out = run("ls nope; cat nope; foo", &[("/app/x", "")]);
        assert_eq!(
            out.stderr,
            "ls: cannot access 'nope': No such file or directory\ncat: nope: No such file or directory\n/bin/sh: 1: foo: not found\n"
        );
        assert_eq!(out.code, 127);
        assert_eq!(run("echo hi; exit 3; echo no", &[]).code, 3);
    }

    #[test]
    fn redirections_write_the_shared_file_system() {
        let (vfs, env) = shell_with(&[("/app/x", "")]);
        let no_node = |_: &[String], _: &str, _: &str| Outcome::default();
        let shell = ShellEnv {
            vfs: vfs.clone(),
            cwd: "/app".into(),
            env,
            run_node: &no_node,
        };
        let out = run_line(
            "echo one > out.txt; echo two >> out.txt; cat out.txt",
            "",
            &shell,
        );
        assert_eq!(out.stdout, "one\ntwo\n");
        assert!(vfs.borrow().is_file("/app/out.txt"));
    }

    #[test]
    fn node_arguments() {
        let args: Vec<String> = ["--no-warnings", "-e", "1", "x"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert_eq!(
            parse_node_args(&args),
            NodeInvocation::Eval {
                code: "1".into(),
                print: false,
                args: vec!["x".into()]
            }
        );
    }
}
