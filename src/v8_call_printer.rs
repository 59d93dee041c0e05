//! V8's call printer over Boa's syntax tree: the text V8 puts before `is not a function` and
//! `is not a constructor`.
//!
//! V8 does not quote the source of a failed call: `CallPrinter` (`src/ast/prettyprinter.cc`)
//! walks the function's AST to the call at the error's position and prints its callee with
//! fixed rules: names and `this` as written, string literals in double quotes, numbers and
//! other literals by value, property keys dotted when they are string literals, operators in
//! parentheses with spaces around the operator (`(a || b)`, `(0 , undefined)`, `(typeof 1)`),
//! a call inside the callee as `(...)`, an object made by `new`, a conditional's parts, an
//! `await`, a function or a class as `(intermediate value)`, an object literal as `{...}` with
//! one `(intermediate value)` a property. V8's parser folds some literals before the printer
//! sees them (`!1` is `false`, `1 + 2` is `3`), so the printer folds them too.
//!
//! Boa records only the position of the failed call, so the file is parsed again with Boa's
//! parser and the call found by that position; the printed text is kept per position.

use std::cell::RefCell;
use std::collections::HashMap;
use std::ops::ControlFlow;

use boa_engine::ast::expression::access::{PropertyAccess, PropertyAccessField};
use boa_engine::ast::expression::literal::{LiteralKind, TemplateElement};
use boa_engine::ast::expression::operator::assign::AssignTarget;
use boa_engine::ast::expression::operator::binary::{ArithmeticOp, BinaryOp, BitwiseOp};
use boa_engine::ast::expression::operator::unary::UnaryOp;
use boa_engine::ast::expression::operator::update::{UpdateOp, UpdateTarget};
use boa_engine::ast::expression::{
    Call, Expression, New, Optional, OptionalOperationKind, TaggedTemplate,
};
use boa_engine::ast::visitor::{VisitWith, Visitor};
use boa_engine::ast::{Position, Spanned};
use boa_engine::interner::{Interner, Sym};
use boa_engine::parser::{Parser, Source};

/// What failed at the position: a call (`is not a function`) or a construction.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum Failed {
    Call,
    New,
}

const INTERMEDIATE: &str = "(intermediate value)";

/// A failure's place: (hash of the file, line, column, kind).
type PrintedKey = (u64, u32, u32, Failed);

thread_local! {
    /// Printed callees by (hash of the file, line, column, kind): a program that fails the
    /// same call in a loop parses its file once.
    static PRINTED: RefCell<HashMap<PrintedKey, Option<String>>> =
        RefCell::new(HashMap::new());
}

/// The callee of the call (or `new`) that failed at `line`:`column` (1-based, in characters)
/// of `file_text`, as V8's call printer shows it; `None` when no call is found there.
pub fn callee(file_text: &str, line: u32, column: u32, failed: Failed) -> Option<String> {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    file_text.hash(&mut hasher);
    let key = (hasher.finish(), line, column, failed);
    if let Some(known) = PRINTED.with(|p| p.borrow().get(&key).cloned()) {
        return known;
    }
    let printed = print_at(file_text, line, column, failed);
    PRINTED.with(|p| {
        let mut printed_map = p.borrow_mut();
        // A bound on the memory a long run of different failures can take.
        if printed_map.len() > 4096 {
            printed_map.clear();
        }
        printed_map.insert(key, printed.clone());
    });
    printed
}

/// An expression's source text as V8's call printer shows it once found (an object
/// literal as `{(intermediate value)}`), or `None` when it does not parse alone.
pub fn print_expression(text: &str) -> Option<String> {
    let mut interner = Interner::default();
    let scope = boa_engine::ast::scope::Scope::new_global();
    let source = format!("({text});");
    let script = Parser::new(Source::from_bytes(source.as_bytes()))
        .parse_script(&scope, &mut interner)
        .ok()?;
    let mut first: Option<String> = None;
    let printer = Printer {
        interner: &interner,
    };
    let mut grab = FirstExpression(None);
    let _ = script.visit_with(&mut grab);
    if let Some(expression) = grab.0 {
        first = Some(printer.find(expression, true));
    }
    first
}

/// The first expression a walk meets: the parenthesized one `print_expression` made.
struct FirstExpression<'a>(Option<&'a Expression>);

impl<'a> Visitor<'a> for FirstExpression<'a> {
    type BreakTy = ();

    fn visit_expression(&mut self, node: &'a Expression) -> ControlFlow<()> {
        self.0 = Some(node);
        ControlFlow::Break(())
    }
}

/// The width of `(function () {` put before line 1 when parsing CommonJS code.
const WRAP: &str = "(function () {";

fn print_at(file_text: &str, line: u32, column: u32, failed: Failed) -> Option<String> {
    if line == 0 {
        return None;
    }
    let mut interner = Interner::default();
    let scope = boa_engine::ast::scope::Scope::new_global();
    // CommonJS code may `return` at the top level: parse it inside a function, as the
    // loader runs it, on the same line so positions past the first line stay the user's.
    let wrapped = format!("{WRAP}{file_text}\n}})");
    let shift = if line == 1 { WRAP.len() as u32 } else { 0 };
    let text: Vec<char> = wrapped.chars().collect();
    let target = Position::new(line, column + shift);
    if let Ok(script) =
        Parser::new(Source::from_bytes(wrapped.as_bytes())).parse_script(&scope, &mut interner)
    {
        let mut finder = Finder::new(&text, target, failed);
        let _ = script.visit_with(&mut finder);
        return finder.print(&interner);
    }
    // An ES module: parsed as it is.
    let text: Vec<char> = file_text.chars().collect();
    let module = Parser::new(Source::from_bytes(file_text.as_bytes()))
        .parse_module(&scope, &mut interner)
        .ok()?;
    let mut finder = Finder::new(&text, Position::new(line, column), failed);
    let _ = module.visit_with(&mut finder);
    finder.print(&interner)
}

/// A call the error may be at: its callee's text is printed once it is chosen.
enum Candidate<'a> {
    Call(&'a Expression),
    /// A call inside an optional chain: the chain's target and the operations before it.
    Chained(&'a Optional, usize),
}

/// Walks the tree for the calls whose argument list opens at the error's position (Boa's
/// position of a failed call is its `(`), or the constructions that start there.
struct Finder<'t, 'a> {
    line_starts: Vec<usize>,
    text: &'t [char],
    target: Position,
    failed: Failed,
    exact: Option<Candidate<'a>>,
    /// The calls that start at the position (Boa sometimes places a call at its callee's
    /// start): trusted when there is only one.
    starting: Vec<Candidate<'a>>,
    /// The innermost call (or `new`) whose text holds the position, when none opens there.
    enclosing: Option<(usize, Candidate<'a>)>,
}

impl<'t, 'a> Finder<'t, 'a> {
    fn new(text: &'t [char], target: Position, failed: Failed) -> Self {
        let mut line_starts = vec![0];
        line_starts.extend(
            text.iter()
                .enumerate()
                .filter(|(_, c)| **c == '\n')
                .map(|(i, _)| i + 1),
        );
        Finder {
            line_starts,
            text,
            target,
            failed,
            exact: None,
            starting: Vec::new(),
            enclosing: None,
        }
    }

    fn offset(&self, position: Position) -> Option<usize> {
        let start = *self
            .line_starts
            .get(position.line_number().checked_sub(1)? as usize)?;
        Some(start + position.column_number().checked_sub(1)? as usize)
    }

    /// Whether only spaces, comments' absence aside, closing parentheses and `?.` lie between
    /// `from` and the error's position: the call's `(` is there.
    fn opens_at_target(&self, from: Position) -> bool {
        let (Some(from), Some(to)) = (self.offset(from), self.offset(self.target)) else {
            return false;
        };
        if from > to || !matches!(self.text.get(to), Some('(' | '`')) {
            return false;
        }
        self.text[from..to]
            .iter()
            .all(|c| c.is_whitespace() || matches!(c, ')' | '?' | '.'))
    }

    fn consider(&mut self, start: Position, end: Position, candidate: Candidate<'a>) {
        let (Some(from), Some(to), Some(at)) = (
            self.offset(start),
            self.offset(end),
            self.offset(self.target),
        ) else {
            return;
        };
        if from <= at && at < to {
            let width = to - from;
            if self.enclosing.as_ref().is_none_or(|(w, _)| width <= *w) {
                self.enclosing = Some((width, candidate));
            }
        }
    }

    fn print(self, interner: &Interner) -> Option<String> {
        let printer = Printer { interner };
        // A call is only trusted at its `(`; a construction may be reported anywhere in it.
        let enclosing = self
            .enclosing
            .filter(|_| self.failed == Failed::New)
            .map(|(_, c)| c);
        let starting = (self.starting.len() == 1)
            .then(|| self.starting.into_iter().next())
            .flatten();
        let chosen = self.exact.or(starting).or(enclosing)?;
        Some(match chosen {
            Candidate::Call(callee) => printer.find(callee, true),
            Candidate::Chained(optional, upto) => printer.chain(optional, upto),
        })
    }
}

impl<'a> Visitor<'a> for Finder<'_, 'a> {
    type BreakTy = ();

    fn visit_call(&mut self, node: &'a Call) -> ControlFlow<()> {
        if self.failed == Failed::Call {
            let callee = node.function();
            if self.exact.is_none() && self.opens_at_target(callee.span().end()) {
                self.exact = Some(Candidate::Call(callee));
            }
            let span = node.span();
            if span.start() == self.target {
                self.starting.push(Candidate::Call(callee));
            }
            self.consider(span.start(), span.end(), Candidate::Call(callee));
        }
        node.visit_with(self)
    }

    fn visit_tagged_template(&mut self, node: &'a TaggedTemplate) -> ControlFlow<()> {
        if self.failed == Failed::Call {
            let tag = node.tag();
            if self.exact.is_none() && self.opens_at_target(tag.span().end()) {
                self.exact = Some(Candidate::Call(tag));
            }
            let span = node.span();
            self.consider(span.start(), span.end(), Candidate::Call(tag));
        }
        node.visit_with(self)
    }

    fn visit_new(&mut self, node: &'a New) -> ControlFlow<()> {
        if self.failed == Failed::New {
            let span = node.span();
            let constructor = node.constructor();
            if self.exact.is_none()
                && (span.start() == self.target || self.opens_at_target(constructor.span().end()))
            {
                self.exact = Some(Candidate::Call(constructor));
            }
            self.consider(span.start(), span.end(), Candidate::Call(constructor));
        }
        node.visit_with(self)
    }

    fn visit_optional(&mut self, node: &'a Optional) -> ControlFlow<()> {
        if self.failed == Failed::Call {
            let mut before = node.target().span().end();
            for (index, operation) in node.chain().iter().enumerate() {
                if matches!(operation.kind(), OptionalOperationKind::Call { .. }) {
                    if self.exact.is_none() && self.opens_at_target(before) {
                        self.exact = Some(Candidate::Chained(node, index));
                    }
                    let span = node.span();
                    if span.start() == self.target {
                        self.starting.push(Candidate::Chained(node, index));
                    }
                    self.consider(span.start(), span.end(), Candidate::Chained(node, index));
                }
                before = operation.span().end();
            }
        }
        node.visit_with(self)
    }
}

/// The printing rules, once the failed call is found (V8's `found_` is set).
struct Printer<'i> {
    interner: &'i Interner,
}

impl Printer<'_> {
    fn name(&self, sym: Sym) -> String {
        self.interner.resolve_expect(sym).to_string()
    }

    /// V8's `Find(node, print)`: a node printed in full, or `(intermediate value)` when the
    /// rule does not print it or it prints nothing.
    fn find(&self, expression: &Expression, print: bool) -> String {
        if !print {
            return INTERMEDIATE.to_string();
        }
        self.visit(expression)
            .unwrap_or_else(|| INTERMEDIATE.to_string())
    }

    /// The text of one node, `None` when V8 prints nothing for it.
    fn visit(&self, expression: &Expression) -> Option<String> {
        Some(match expression {
            Expression::This(_) => "this".to_string(),
            Expression::Identifier(id) => self.name(id.sym()),
            Expression::Literal(literal) => self.literal(literal.kind())?,
            Expression::RegExpLiteral(re) => format!(
                "/{}/{}",
                self.name(re.pattern()),
                regexp_flags(&self.name(re.flags()))
            ),
            Expression::ArrayLiteral(array) => {
                let items: Vec<String> = array
                    .as_ref()
                    .iter()
                    .map(|item| match item {
                        Some(item) => self.find(item, true),
                        None => INTERMEDIATE.to_string(),
                    })
                    .collect();
                format!("[{}]", items.join(","))
            }
            Expression::ObjectLiteral(object) => {
                format!("{{{}}}", INTERMEDIATE.repeat(object.properties().len()))
            }
            Expression::Spread(spread) => format!("(...{})", self.find(spread.target(), true)),
            Expression::TemplateLiteral(template) => {
                let substitutions: Vec<&Expression> = template
                    .elements()
                    .iter()
                    .filter_map(|e| match e {
                        TemplateElement::Expr(e) => Some(e),
                        TemplateElement::String(_) => None,
                    })
                    .collect();
                if substitutions.is_empty() {
                    // V8's parser makes a template without substitutions a string literal.
                    let cooked: String = template
                        .elements()
                        .iter()
                        .filter_map(|e| match e {
                            TemplateElement::String(s) => Some(self.name(*s)),
                            TemplateElement::Expr(_) => None,
                        })
                        .collect();
                    format!("\"{cooked}\"")
                } else {
                    substitutions
                        .iter()
                        .map(|e| self.find(e, true))
                        .collect::<String>()
                }
            }
            Expression::PropertyAccess(access) => self.access(access),
            // A call inside the callee: its own callee, then `(...)`.
            Expression::Call(call) => format!("{}(...)", self.find(call.function(), true)),
            Expression::TaggedTemplate(tagged) => {
                format!("{}(...)", self.find(tagged.tag(), true))
            }
            Expression::SuperCall(_) => "super(...)".to_string(),
            Expression::ImportCall(import) => {
                format!("import({})", self.find(import.specifier(), true))
            }
            // Another construction inside the callee is an intermediate value.
            Expression::New(_) => INTERMEDIATE.to_string(),
            Expression::Optional(optional) => self.chain(optional, optional.chain().len()),
            Expression::Assign(assign) => match assign.lhs() {
                AssignTarget::Identifier(id) => self.name(id.sym()),
                AssignTarget::Access(access) => self.access(access),
                AssignTarget::Pattern(_) => return None,
            },
            Expression::Unary(unary) => self.unary(unary.op(), unary.target())?,
            Expression::Update(update) => {
                let target = match update.target() {
                    UpdateTarget::Identifier(id) => self.name(id.sym()),
                    UpdateTarget::PropertyAccess(access) => self.access(access),
                };
                match update.op() {
                    UpdateOp::IncrementPre => format!("(++{target})"),
                    UpdateOp::DecrementPre => format!("(--{target})"),
                    UpdateOp::IncrementPost => format!("({target}++)"),
                    UpdateOp::DecrementPost => format!("({target}--)"),
                }
            }
            Expression::Binary(binary) => {
                if let Some(folded) = fold_binary(binary.op(), binary.lhs(), binary.rhs()) {
                    return Some(number_text(folded));
                }
                // V8 collapses a run of one operator into one n-ary operation
                // (`(a + b + c)`), except `**` and the comparisons.
                let op = binary.op();
                let mut operands = vec![binary.rhs()];
                let mut left = binary.lhs();
                if collapses(op) {
                    while let Expression::Binary(inner) = left
                        && inner.op() == op
                        && fold_binary(inner.op(), inner.lhs(), inner.rhs()).is_none()
                    {
                        operands.push(inner.rhs());
                        left = inner.lhs();
                    }
                }
                operands.push(left);
                operands.reverse();
                let parts: Vec<String> = operands.iter().map(|e| self.find(e, true)).collect();
                format!("({})", parts.join(&format!(" {op} ")))
            }
            Expression::Conditional(_) => INTERMEDIATE.repeat(3),
            Expression::Parenthesized(inner) => return self.visit(inner.expression()),
            Expression::Await(_) | Expression::Yield(_) => INTERMEDIATE.to_string(),
            _ => return None,
        })
    }

    fn literal(&self, kind: &LiteralKind) -> Option<String> {
        Some(match kind {
            LiteralKind::String(s) => format!("\"{}\"", self.name(*s)),
            LiteralKind::Num(n) => number_text(*n),
            LiteralKind::Int(i) => i.to_string(),
            LiteralKind::Bool(b) => b.to_string(),
            LiteralKind::Null => "null".to_string(),
            LiteralKind::Undefined => "undefined".to_string(),
            // V8's `PrintLiteral` has no case for a BigInt: nothing is printed.
            LiteralKind::BigInt(_) => return None,
        })
    }

    fn unary(&self, op: UnaryOp, target: &Expression) -> Option<String> {
        // V8's parser folds `!` of any literal, and `-`, `+`, `~` of a number.
        if let Some(kind) = literal_kind(target) {
            let number = number_of(kind);
            match (op, number) {
                (UnaryOp::Not, _) => {
                    return Some((!literal_truthy(kind, self.interner)).to_string());
                }
                (UnaryOp::Minus, Some(n)) => return Some(number_text(-n)),
                (UnaryOp::Plus, Some(n)) => return Some(number_text(n)),
                (UnaryOp::Tilde, Some(n)) => return Some(number_text(f64::from(!to_int32(n)))),
                _ => {}
            }
        }
        let space = matches!(op, UnaryOp::Delete | UnaryOp::TypeOf | UnaryOp::Void);
        Some(format!(
            "({op}{}{})",
            if space { " " } else { "" },
            self.find(target, true)
        ))
    }

    fn access(&self, access: &PropertyAccess) -> String {
        match access {
            PropertyAccess::Simple(simple) => {
                let object = self.find(simple.target(), true);
                format!("{object}{}", self.field(simple.field(), false))
            }
            PropertyAccess::Private(private) => format!(
                "{}.#{}",
                self.find(private.target(), true),
                self.name(private.field().description())
            ),
            // The home object's prototype prints nothing in V8.
            PropertyAccess::Super(sup) => {
                format!("{INTERMEDIATE}{}", self.field(sup.field(), false))
            }
        }
    }

    /// `.name` for a name or a string key, `[key]` for any other key; `?.` before it in an
    /// optional link.
    fn field(&self, field: &PropertyAccessField, optional: bool) -> String {
        let dotted = match field {
            PropertyAccessField::Const(id) => Some(self.name(id.sym())),
            PropertyAccessField::Expr(key) => match strip_parens(key) {
                Expression::Literal(literal) => match literal.kind() {
                    LiteralKind::String(s) => Some(self.name(*s)),
                    _ => None,
                },
                Expression::TemplateLiteral(t)
                    if t.elements()
                        .iter()
                        .all(|e| matches!(e, TemplateElement::String(_))) =>
                {
                    Some(
                        t.elements()
                            .iter()
                            .filter_map(|e| match e {
                                TemplateElement::String(s) => Some(self.name(*s)),
                                TemplateElement::Expr(_) => None,
                            })
                            .collect(),
                    )
                }
                _ => None,
            },
        };
        match (dotted, field) {
            (Some(name), _) => format!("{}.{name}", if optional { "?" } else { "" }),
            (None, PropertyAccessField::Expr(key)) => format!(
                "{}[{}]",
                if optional { "?." } else { "" },
                self.find(key, true)
            ),
            (None, PropertyAccessField::Const(_)) => String::new(),
        }
    }

    /// An optional chain's target and its first `upto` operations.
    fn chain(&self, optional: &Optional, upto: usize) -> String {
        let mut out = self.find(optional.target(), true);
        for operation in optional.chain().iter().take(upto) {
            let link = operation.shorted();
            match operation.kind() {
                OptionalOperationKind::SimplePropertyAccess { field } => {
                    out.push_str(&self.field(field, link));
                }
                OptionalOperationKind::PrivatePropertyAccess { field } => {
                    out.push_str(if link { "?.#" } else { ".#" });
                    out.push_str(&self.name(field.description()));
                }
                OptionalOperationKind::Call { .. } => out.push_str("(...)"),
            }
        }
        out
    }
}

fn strip_parens(expression: &Expression) -> &Expression {
    match expression {
        Expression::Parenthesized(inner) => strip_parens(inner.expression()),
        other => other,
    }
}

fn literal_kind(expression: &Expression) -> Option<&LiteralKind> {
    match strip_parens(expression) {
        Expression::Literal(literal) => Some(literal.kind()),
        _ => None,
    }
}

fn number_of(kind: &LiteralKind) -> Option<f64> {
    match kind {
        LiteralKind::Num(n) => Some(*n),
        LiteralKind::Int(i) => Some(f64::from(*i)),
        _ => None,
    }
}

fn literal_truthy(kind: &LiteralKind, interner: &Interner) -> bool {
    match kind {
        LiteralKind::String(s) => !interner.resolve_expect(*s).to_string().is_empty(),
        LiteralKind::Num(n) => *n != 0.0 && !n.is_nan(),
        LiteralKind::Int(i) => *i != 0,
        LiteralKind::BigInt(b) => b.to_string() != "0",
        LiteralKind::Bool(b) => *b,
        LiteralKind::Null | LiteralKind::Undefined => false,
    }
}

fn to_int32(n: f64) -> i32 {
    if !n.is_finite() {
        return 0;
    }
    let wrapped = n.trunc().rem_euclid(4_294_967_296.0);
    wrapped as u32 as i32
}

/// V8's parser folds a binary operation of two number literals
/// (`ShortcutNumericLiteralBinaryExpression`).
fn fold_binary(op: BinaryOp, lhs: &Expression, rhs: &Expression) -> Option<f64> {
    let x = number_of(literal_kind(lhs)?)?;
    let y = number_of(literal_kind(rhs)?)?;
    Some(match op {
        BinaryOp::Arithmetic(ArithmeticOp::Add) => x + y,
        BinaryOp::Arithmetic(ArithmeticOp::Sub) => x - y,
        BinaryOp::Arithmetic(ArithmeticOp::Mul) => x * y,
        BinaryOp::Arithmetic(ArithmeticOp::Div) => x / y,
        BinaryOp::Arithmetic(ArithmeticOp::Exp) => x.powf(y),
        BinaryOp::Bitwise(BitwiseOp::And) => f64::from(to_int32(x) & to_int32(y)),
        BinaryOp::Bitwise(BitwiseOp::Or) => f64::from(to_int32(x) | to_int32(y)),
        BinaryOp::Bitwise(BitwiseOp::Xor) => f64::from(to_int32(x) ^ to_int32(y)),
        BinaryOp::Bitwise(BitwiseOp::Shl) => {
            f64::from(to_int32(x).wrapping_shl(to_int32(y) as u32 & 31))
        }
        BinaryOp::Bitwise(BitwiseOp::Shr) => f64::from(to_int32(x) >> (to_int32(y) as u32 & 31)),
        BinaryOp::Bitwise(BitwiseOp::UShr) => {
            f64::from((to_int32(x) as u32) >> (to_int32(y) as u32 & 31))
        }
        _ => return None,
    })
}

/// Whether V8 collapses a left-leaning run of `op` into one n-ary operation.
fn collapses(op: BinaryOp) -> bool {
    match op {
        BinaryOp::Arithmetic(ArithmeticOp::Exp) | BinaryOp::Relational(_) => false,
        BinaryOp::Arithmetic(_) | BinaryOp::Bitwise(_) | BinaryOp::Logical(_) => true,
        BinaryOp::Comma => true,
    }
}

/// A regular expression's flags in V8's order (`REGEXP_FLAG_LIST`).
fn regexp_flags(flags: &str) -> String {
    "dgilmsuvy".chars().filter(|c| flags.contains(*c)).collect()
}

/// A number as JavaScript's `String(n)` writes it.
fn number_text(n: f64) -> String {
    if n.is_nan() {
        "NaN".to_string()
    } else if n.is_infinite() {
        if n > 0.0 { "Infinity" } else { "-Infinity" }.to_string()
    } else if n == 0.0 {
        "0".to_string()
    } else {
        ryu_js::Buffer::new().format(n).to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn call_at(source: &str, needle: &str) -> Option<String> {
        let at = source.find(needle).expect("needle") + needle.len();
        let column = source[..at].chars().count() as u32 + 1;
        callee(source, 1, column, Failed::Call)
    }

    #[test]
    fn prints_as_v8() {
        assert_eq!(
            call_at("(void 0)();", "(void 0)").as_deref(),
            Some("(void 0)")
        );
        assert_eq!(
            call_at("(0, undefined)();", "(0, undefined)").as_deref(),
            Some("(0 , undefined)")
        );
        assert_eq!(call_at("(!1)();", "(!1)").as_deref(), Some("false"));
        assert_eq!(
            call_at("(a ? b : c)();", "c)").as_deref(),
            Some(INTERMEDIATE.repeat(3).as_str())
        );
        assert_eq!(
            call_at("obj?.a.b();", "obj?.a.b").as_deref(),
            Some("obj?.a.b")
        );
        assert_eq!(
            call_at("o[a + 1]();", "o[a + 1]").as_deref(),
            Some("o[(a + 1)]")
        );
        assert_eq!(
            call_at("(a + b + c)();", "c)").as_deref(),
            Some("(a + b + c)")
        );
        assert_eq!(call_at("(1 + 2)();", "2)").as_deref(), Some("3"));
    }
}
