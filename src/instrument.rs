//! Source instrumentation for what Boa cannot do itself: a stack overflow that scripts can
//! catch. Every function body gets a call to a depth probe as its first statement; the probe
//! throws a catchable `RangeError: Maximum call stack size exceeded` past the depth limit, as
//! V8 does. Boa's own recursion limit (an uncatchable engine error) stays as the backstop.
//!
//! The probe is inserted right after the body's `{`, so only columns after it on that line
//! move; `Shifts` maps the engine's positions back to the user's.

use std::ops::ControlFlow;

use boa_engine::ast::visitor::{VisitWith, Visitor};
use boa_engine::ast::{Spanned, function::FunctionBody};
use boa_engine::interner::Interner;
use boa_engine::parser::{Parser, Source};

/// The statement put at the start of every arrow function's and class constructor's body.
pub const PROBE: &str = "__looplab_depth();";
/// The statement put at the start of every other function body: the probe also notes the
/// frame's receiver, which V8 names the frame by (`Car.drive`, `Object.run [as go]`) and Boa's
/// frames do not expose (`frame_receivers.rs`). An arrow's `this` is not its frame's receiver,
/// and a derived constructor's is not bound yet at its start.
pub const PROBE_THIS: &str = "__looplab_depth(this, new.target);";
/// The global the probe calls (non-enumerable).
pub const PROBE_NAME: &str = "__looplab_depth";
/// The global called first in every `catch (e)` block, to give engine errors V8's words.
pub const FIX_NAME: &str = "__looplab_fix";
/// The global every `throw` statement's value passes through, with the statement's place:
/// V8 reports an uncaught exception at its `throw`, and Boa keeps only where an error was made.
pub const THROWN_NAME: &str = "__looplab_thrown";

/// Where text was inserted: on `line`, after column `column`, `len` characters.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Shifts {
    inserts: Vec<(u32, u32, u32)>,
}

impl Shifts {
    /// The user's column for a column the engine reports on `line`.
    pub fn user_column(&self, line: u32, column: u32) -> u32 {
        // Walk the line's insertions left to right in the engine's coordinates: each one
        // moved everything after it (a column inside inserted text is the insertion point).
        let mut on_line: Vec<(u32, u32)> = self
            .inserts
            .iter()
            .filter(|&&(l, _, _)| l == line)
            .map(|&(_, c, len)| (c, len))
            .collect();
        on_line.sort_unstable();
        let mut moved = 0;
        for (c, len) in on_line {
            let at = c + moved;
            if column <= at {
                break;
            }
            if column <= at + len {
                return (c + 1).max(1);
            }
            moved += len;
        }
        column.saturating_sub(moved).max(1)
    }

    /// The engine's column for a user's column on `line` (`user_column`'s inverse): every
    /// insertion before it moved it right.
    pub fn engine_column(&self, line: u32, column: u32) -> u32 {
        let moved: u32 = self
            .inserts
            .iter()
            .filter(|&&(l, c, _)| l == line && c < column)
            .map(|&(_, _, len)| len)
            .sum();
        column + moved
    }
}

/// `Function.prototype.toString` without the probes, so printed functions read as written.
pub fn install_to_string(context: &mut boa_engine::Context) -> boa_engine::JsResult<()> {
    use boa_engine::object::builtins::JsFunction;

    use boa_engine::{JsString, JsValue, js_string};

    struct OriginalToString(JsFunction);
    fn to_string(
        this: &JsValue,
        _: &[JsValue],
        context: &mut boa_engine::Context,
    ) -> boa_engine::JsResult<JsValue> {
        let Some(original) = context.get_data::<OriginalToString>().map(|o| o.0.clone()) else {
            return Ok(JsValue::undefined());
        };
        if !this.is_callable() {
            let message = "Function.prototype.toString requires that 'this' be a Function";
            let frame = crate::v8_builtins::frame_name(this, "toString", context);
            crate::stack::note_thrower(message, &frame, context);
            return Err(boa_engine::JsNativeError::typ()
                .with_message(message)
                .into());
        }
        if let Some(text) = this
            .as_object()
            .and_then(|f| crate::fn_source::noted_source(&f, context))
        {
            return Ok(text.into());
        }
        let text = original.call(this, &[], context)?;
        let text = text.to_string(context)?.to_std_string_lossy();
        // A class of code compiled from a string has no note: find its text.
        if text.ends_with("() { [native code] }")
            && let Some(class) = this
                .as_object()
                .filter(|f| f.is::<boa_engine::builtins::function::OrdinaryFunction>())
            && let Some(found) =
                crate::fn_source::compiled_class_source(&class, &original, context)?
        {
            return Ok(found.into());
        }
        Ok(JsString::from(strip_probes(&text).as_str()).into())
    }

    let proto = context.intrinsics().constructors().function().prototype();
    let original = proto.get(js_string!("toString"), context)?;
    if let Some(original) = original.as_object().and_then(JsFunction::from_object) {
        // The first realm's original serves every realm (a `vm` context's too).
        if context.get_data::<OriginalToString>().is_none() {
            context.insert_data(OriginalToString(original));
        }
        crate::bindings::define_method(&proto, js_string!("toString"), 0, to_string, context)?;
    }
    Ok(())
}

/// Source text without the probes this module inserted.
pub fn strip_probes(text: &str) -> String {
    let mut out = crate::fn_source::strip_class_marks(text)
        .replace(PROBE, "")
        .replace(PROBE_THIS, "");
    let thrown = format!("{THROWN_NAME}((");
    while let Some(at) = out.find(&thrown) {
        out.replace_range(at..at + thrown.len(), "");
        let Some(tail) = out[at..].find(THROWN_TAIL) else {
            break;
        };
        let start = at + tail;
        let Some(end) = out[start + THROWN_TAIL.len()..].find("\")") else {
            break;
        };
        out.replace_range(start..start + THROWN_TAIL.len() + end + 2, "");
    }
    let pow = format!("{}(", crate::v8_pow::POW_NAME);
    let eval_source = format!("{EVAL_SOURCE_NAME}(");
    out = out.replace(&eval_source, "").replace(EVAL_SOURCE_CLOSE, "");
    // A `**=`'s call: its opening and the copy of the target go, then the operator returns.
    while let Some(read) = out.find(POW_ASSIGN_READ) {
        let Some(open) = out[..read].rfind(&pow) else {
            break;
        };
        out.replace_range(open..read + POW_ASSIGN_READ.len(), "");
    }
    out = out.replace("/*^***/=", "**=");
    out = out
        .replace(&pow, "")
        .replace(&format!("{POW_BEFORE_OPERATOR}***/"), "**")
        .replace(POW_CLOSE, "");
    let fix = format!("{FIX_NAME}(");
    while let Some(at) = out.find(&fix) {
        let Some(close) = out[at..].find(");") else {
            break;
        };
        out.replace_range(at..at + close + 2, "");
    }
    out
}

/// What follows a thrown expression: `), "@line:column")`, the `throw` keyword's place.
const THROWN_TAIL: &str = "), \"@";

#[derive(Default)]
struct BodyStarts {
    bodies: Vec<(u32, u32)>,
    /// The bodies whose `this` is not their frame's receiver: arrows' and class constructors'.
    no_receiver: Vec<(u32, u32)>,
    /// The end of each `catch (e)` parameter: the block's `{` follows it.
    catches: Vec<(u32, u32)>,
    /// Each `throw` statement's value: its start and end (line, column).
    throws: Vec<((u32, u32), (u32, u32))>,
    /// Each class: where its `class` keyword or (for a declaration) its name starts, and
    /// whether it is a declaration.
    classes: Vec<(u32, u32, bool)>,
    /// Each `a ** b`: where `a` starts, where it ends, where `b` starts and where `b` ends.
    pows: Vec<[(u32, u32); 4]>,
    /// Each body opening with a directive prologue (`'use strict';`): the body's start and
    /// where its last directive ends. The probe goes after the prologue, which keeps the
    /// directives first (and so the function strict).
    prologues: Vec<((u32, u32), (u32, u32))>,
    /// Each `a **= b` whose target can be read twice unnoticed (`pure_target`): the same
    /// four places.
    pow_assigns: Vec<[(u32, u32); 4]>,
    /// Each direct `eval(code)`'s code argument: where it starts and ends.
    evals: Vec<[(u32, u32); 2]>,
    /// The source's lines, to find the `]` that ends a computed member access (Boa's span of
    /// `a[i]` ends with `i`).
    lines: Vec<String>,
}

impl<'ast> Visitor<'ast> for BodyStarts {
    type BreakTy = ();

    fn visit_function_body(&mut self, node: &'ast FunctionBody) -> ControlFlow<()> {
        let start = node.span().start();
        self.bodies
            .push((start.line_number(), start.column_number()));
        if let Some(end) = prologue_end(node) {
            self.prologues.push((position(start), end));
        }
        node.visit_with(self)
    }

    fn visit_arrow_function(
        &mut self,
        node: &'ast boa_engine::ast::function::ArrowFunction,
    ) -> ControlFlow<()> {
        self.no_receiver.push(position(node.body().span().start()));
        node.visit_with(self)
    }

    fn visit_async_arrow_function(
        &mut self,
        node: &'ast boa_engine::ast::function::AsyncArrowFunction,
    ) -> ControlFlow<()> {
        self.no_receiver.push(position(node.body().span().start()));
        node.visit_with(self)
    }

    fn visit_throw(&mut self, node: &'ast boa_engine::ast::statement::Throw) -> ControlFlow<()> {
        let span = node.target().span();
        let (start, end) = (span.start(), span.end());
        self.throws.push((
            (start.line_number(), start.column_number()),
            (end.line_number(), end.column_number()),
        ));
        node.visit_with(self)
    }

    fn visit_class_declaration(
        &mut self,
        node: &'ast boa_engine::ast::function::ClassDeclaration,
    ) -> ControlFlow<()> {
        let start = node.name().span().start();
        self.classes
            .push((start.line_number(), start.column_number(), true));
        if let Some(constructor) = node.constructor() {
            self.no_receiver
                .push(position(constructor.body().span().start()));
        }
        node.visit_with(self)
    }

    fn visit_class_expression(
        &mut self,
        node: &'ast boa_engine::ast::function::ClassExpression,
    ) -> ControlFlow<()> {
        let start = node.span().start();
        self.classes
            .push((start.line_number(), start.column_number(), false));
        if let Some(constructor) = node.constructor() {
            self.no_receiver
                .push(position(constructor.body().span().start()));
        }
        node.visit_with(self)
    }

    fn visit_binary(
        &mut self,
        node: &'ast boa_engine::ast::expression::operator::Binary,
    ) -> ControlFlow<()> {
        use boa_engine::ast::expression::operator::binary::{ArithmeticOp, BinaryOp};
        if node.op() == BinaryOp::Arithmetic(ArithmeticOp::Exp) {
            self.pows.push([
                expression_start(node.lhs()),
                expression_end(&self.lines, node.lhs()),
                position(node.rhs().span().start()),
                expression_end(&self.lines, node.rhs()),
            ]);
        }
        node.visit_with(self)
    }

    fn visit_call(&mut self, node: &'ast boa_engine::ast::expression::Call) -> ControlFlow<()> {
        use boa_engine::ast::Expression;
        // A direct eval is a call of the name `eval` itself: its code is rewritten at run time
        // (`EVAL_SOURCE_NAME`), the call staying a direct eval.
        if let (Expression::Identifier(callee), Some(code)) = (node.function(), node.args().first())
            && !matches!(code, Expression::Spread(_))
        {
            let span = callee.span();
            let (line, column) = position(span.start());
            let name: Option<String> = self.lines.get(line.saturating_sub(1) as usize).map(|l| {
                l.chars()
                    .skip(column.saturating_sub(1) as usize)
                    .take(4)
                    .collect()
            });
            if name.as_deref() == Some("eval") && position(span.end()) == (line, column + 4) {
                self.evals
                    .push([expression_start(code), expression_end(&self.lines, code)]);
            }
        }
        node.visit_with(self)
    }

    fn visit_assign(
        &mut self,
        node: &'ast boa_engine::ast::expression::operator::Assign,
    ) -> ControlFlow<()> {
        use boa_engine::ast::expression::access::PropertyAccess;
        use boa_engine::ast::expression::operator::assign::{AssignOp, AssignTarget};
        if node.op() == AssignOp::Exp {
            let target = match node.lhs() {
                AssignTarget::Identifier(ident) => {
                    let span = ident.span();
                    Some((position(span.start()), position(span.end())))
                }
                AssignTarget::Access(PropertyAccess::Simple(access))
                    if pure_target(access.target()) && pure_field(access.field()) =>
                {
                    let access: boa_engine::ast::Expression =
                        PropertyAccess::Simple(access.clone()).into();
                    Some((
                        expression_start(&access),
                        expression_end(&self.lines, &access),
                    ))
                }
                _ => None,
            };
            if let Some((start, end)) = target {
                self.pow_assigns.push([
                    start,
                    end,
                    position(node.rhs().span().start()),
                    expression_end(&self.lines, node.rhs()),
                ]);
            }
        }
        node.visit_with(self)
    }

    fn visit_catch(&mut self, node: &'ast boa_engine::ast::statement::Catch) -> ControlFlow<()> {
        if let Some(boa_engine::ast::declaration::Binding::Identifier(ident)) = node.parameter() {
            let start = ident.span().start();
            self.catches
                .push((start.line_number(), start.column_number()));
        }
        node.visit_with(self)
    }
}

/// Where a body's directive prologue ends: the end of its last leading string-literal
/// statement, if it opens with one.
fn prologue_end(body: &FunctionBody) -> Option<(u32, u32)> {
    use boa_engine::ast::expression::literal::LiteralKind;
    use boa_engine::ast::{Expression, Statement, StatementListItem};
    let mut end = None;
    for item in body.statements() {
        let StatementListItem::Statement(statement) = item else {
            break;
        };
        let Statement::Expression(Expression::Literal(literal)) = statement.as_ref() else {
            break;
        };
        if !matches!(literal.kind(), LiteralKind::String(_)) {
            break;
        }
        end = Some(position(literal.span().end()));
    }
    end
}

/// A position as (line, column).
fn position(at: boa_engine::ast::Position) -> (u32, u32) {
    (at.line_number(), at.column_number())
}

/// Where an expression's text starts: Boa's span of a call or member access starts at its
/// arguments or property, so the start is looked for down the callee and object chain.
fn expression_start(expression: &boa_engine::ast::Expression) -> (u32, u32) {
    use boa_engine::ast::Expression;
    use boa_engine::ast::expression::access::PropertyAccess;
    let start = expression.span().start();
    let own = (start.line_number(), start.column_number());
    let inner = match expression {
        Expression::Call(call) => Some(expression_start(call.function())),
        Expression::PropertyAccess(PropertyAccess::Simple(access)) => {
            Some(expression_start(access.target()))
        }
        Expression::PropertyAccess(PropertyAccess::Private(access)) => {
            Some(expression_start(access.target()))
        }
        Expression::Optional(optional) => Some(expression_start(optional.target())),
        Expression::TaggedTemplate(tagged) => Some(expression_start(tagged.tag())),
        _ => None,
    };
    inner.map_or(own, |inner| inner.min(own))
}

/// Where an expression's text ends (the column after its last character). Boa's span of a
/// computed member access (`a[i]`, `a[f(x)]`) ends with the key, before the `]`, and a span
/// built from its last operand (a unary, binary, conditional or assignment expression) ends
/// there too, so the end is looked for down the last operand.
fn expression_end(lines: &[String], expression: &boa_engine::ast::Expression) -> (u32, u32) {
    use boa_engine::ast::Expression;
    use boa_engine::ast::expression::access::{PropertyAccess, PropertyAccessField};
    let own = position(expression.span().end());
    let inner = match expression {
        Expression::PropertyAccess(PropertyAccess::Simple(access)) => match access.field() {
            PropertyAccessField::Expr(key) => closing_bracket(lines, expression_end(lines, key)),
            PropertyAccessField::Const(_) => None,
        },
        Expression::PropertyAccess(PropertyAccess::Super(access)) => match access.field() {
            PropertyAccessField::Expr(key) => closing_bracket(lines, expression_end(lines, key)),
            PropertyAccessField::Const(_) => None,
        },
        Expression::Unary(unary) => Some(expression_end(lines, unary.target())),
        Expression::Await(awaited) => Some(expression_end(lines, awaited.target())),
        Expression::Binary(binary) => Some(expression_end(lines, binary.rhs())),
        Expression::Assign(assign) => Some(expression_end(lines, assign.rhs())),
        Expression::Conditional(conditional) => Some(expression_end(lines, conditional.if_false())),
        _ => None,
    };
    inner.map_or(own, |inner| inner.max(own))
}

/// The place after the `]` closing a computed key that ends at `from`, past spaces, comments
/// and the key's closing parentheses.
fn closing_bracket(lines: &[String], from: (u32, u32)) -> Option<(u32, u32)> {
    let (line, index, c, _) = first_token_past_parens(lines, from, None)?;
    (c == ']').then_some((line, index as u32 + 2))
}

/// The first character from `from` (line, 1-based column) on that is neither a space, a `)`
/// nor inside a comment: (line, char index, the character, the one after it). `None` at the
/// source's end or, with `until` (line, char index), once the scan reaches it.
fn first_token_past_parens(
    lines: &[String],
    from: (u32, u32),
    until: Option<(u32, usize)>,
) -> Option<(u32, usize, char, Option<char>)> {
    let (mut line, mut index) = (from.0, from.1.saturating_sub(1) as usize);
    let mut in_comment = false;
    loop {
        if until.is_some_and(|end| (line, index) >= end) {
            return None;
        }
        let chars: Vec<char> = lines
            .get(line.saturating_sub(1) as usize)?
            .chars()
            .collect();
        if index >= chars.len() {
            line += 1;
            index = 0;
            continue;
        }
        let (c, next) = (chars[index], chars.get(index + 1).copied());
        if in_comment {
            if c == '*' && next == Some('/') {
                in_comment = false;
                index += 1;
            }
        } else if c == '/' && next == Some('*') {
            in_comment = true;
            index += 1;
        } else if c == '/' && next == Some('/') {
            line += 1;
            index = 0;
            continue;
        } else if !(c.is_whitespace() || c == ')') {
            return Some((line, index, c, next));
        }
        index += 1;
    }
}

/// Whether reading an assignment target's object twice does nothing the program could see:
/// `this`, a name, a literal, or a member chain of those with constant keys.
fn pure_target(expression: &boa_engine::ast::Expression) -> bool {
    use boa_engine::ast::Expression;
    use boa_engine::ast::expression::access::PropertyAccess;
    match expression {
        Expression::This(_) | Expression::Identifier(_) => true,
        Expression::PropertyAccess(PropertyAccess::Simple(access)) => {
            pure_target(access.target()) && pure_field(access.field())
        }
        _ => false,
    }
}

/// A member key that is a name (`o.x`), or a literal or variable in brackets (`o[0]`, `o[k]`).
fn pure_field(field: &boa_engine::ast::expression::access::PropertyAccessField) -> bool {
    use boa_engine::ast::Expression;
    use boa_engine::ast::expression::access::PropertyAccessField;
    match field {
        PropertyAccessField::Const(_) => true,
        PropertyAccessField::Expr(key) => {
            matches!(**key, Expression::Literal(_) | Expression::Identifier(_))
        }
    }
}

/// What goes before a rewritten `**`: the operator stays, inside a comment (`,/*^**/`), so the
/// rewriting only inserts text and `Shifts` maps its positions back.
pub const POW_BEFORE_OPERATOR: &str = ",/*^";
/// What closes a rewritten `**`'s call, marked so `strip_probes` can find it.
pub const POW_CLOSE: &str = "/*^*/)";

/// Rewrite each `a ** b` into `__looplab_pow(a ,/*^**/ b/*^*/)` (V8's pow, `v8_pow.rs`), by
/// insertions only. Openings go after any other insertion at their place and closings before
/// (a `throw a ** b` keeps its own wrapper outermost).
fn pow_calls(lines: &[String], pows: &[[(u32, u32); 4]], inserts: &mut Vec<(u32, usize, String)>) {
    let mut opens = Vec::new();
    let mut closes = Vec::new();
    for &[start, lhs_end, rhs_start, end] in pows {
        let Some((line, index)) = operator_at(lines, lhs_end, rhs_start) else {
            continue;
        };
        let index_of = |(l, c): (u32, u32)| (l, c.saturating_sub(1) as usize);
        let (start_line, start_index) = index_of(start);
        // The call must open where an operand starts: after an identifier's character, a `)`,
        // `]` or `.` the place found is inside an operand, and the operator stays Boa's.
        let before = lines
            .get(start_line.saturating_sub(1) as usize)
            .and_then(|l| l.chars().take(start_index).last());
        if before.is_some_and(|c| c.is_alphanumeric() || matches!(c, '_' | '$' | ')' | ']' | '.')) {
            continue;
        }
        opens.push((
            start_line,
            start_index,
            format!("{}(", crate::v8_pow::POW_NAME),
        ));
        closes.push((line, index, POW_BEFORE_OPERATOR.to_string()));
        closes.push((line, index + 2, "*/".to_string()));
        let (end_line, end_index) = index_of(end);
        closes.push((end_line, end_index, POW_CLOSE.to_string()));
    }
    let others = std::mem::take(inserts);
    inserts.extend(closes);
    inserts.extend(others);
    inserts.extend(opens);
}

/// The global a direct `eval`'s code passes through (`eval_source`).
pub const EVAL_SOURCE_NAME: &str = "__looplab_eval_source";
/// What closes that call, marked for `strip_probes`.
const EVAL_SOURCE_CLOSE: &str = "/*^e*/)";

/// `eval(code)` becomes `eval(__looplab_eval_source(code/*^e*/))`, by insertions only.
fn eval_calls(evals: &[[(u32, u32); 2]], inserts: &mut Vec<(u32, usize, String)>) {
    for &[start, end] in evals {
        inserts.push((
            end.0,
            end.1.saturating_sub(1) as usize,
            EVAL_SOURCE_CLOSE.to_string(),
        ));
        // First at its place: outside a `**` rewrite's opening there (`eval(a ** b)`).
        inserts.insert(
            0,
            (
                start.0,
                start.1.saturating_sub(1) as usize,
                format!("{EVAL_SOURCE_NAME}("),
            ),
        );
    }
}

/// Code compiled from a string (eval code, a `new Function` body) with each `a ** b` and
/// `a **= b` rewritten to V8's pow as in the user's files; nothing else is instrumented
/// there. `None` when there is nothing to rewrite or the code does not parse.
pub fn pow_only(source: &str, function_body: bool) -> Option<String> {
    if !source.contains("**") {
        return None;
    }
    // A body may `return`: it is read inside a function, on lines of its own.
    let text = if function_body {
        format!("(function(){{\n{source}\n}})")
    } else {
        source.to_string()
    };
    let mut interner = Interner::default();
    let scope = boa_engine::ast::scope::Scope::new_global();
    let mut parser = Parser::new(Source::from_bytes(text.as_bytes()));
    let ast = parser.parse_script(&scope, &mut interner).ok()?;
    let mut starts = BodyStarts {
        lines: text.split('\n').map(str::to_string).collect(),
        ..BodyStarts::default()
    };
    let _ = ast.visit_with(&mut starts);
    if starts.pows.is_empty() && starts.pow_assigns.is_empty() {
        return None;
    }
    let mut lines = std::mem::take(&mut starts.lines);
    let mut inserts = Vec::new();
    pow_calls(&lines, &starts.pows, &mut inserts);
    pow_assign_calls(&lines, &starts.pow_assigns, &mut inserts);
    apply(&mut lines, &inserts);
    if function_body {
        let inner = lines.get(1..lines.len().saturating_sub(1))?;
        return Some(inner.join("\n"));
    }
    Some(lines.join("\n"))
}

/// Insert each (line, char index, text), right to left on each line so the earlier positions
/// stay valid; the insertions as `Shifts` records them.
fn apply(lines: &mut [String], inserts: &[(u32, usize, String)]) -> Vec<(u32, u32, u32)> {
    let mut sorted: Vec<&(u32, usize, String)> = inserts.iter().collect();
    sorted.sort_by_key(|a| (a.0, a.1));
    let mut done = Vec::new();
    for (line, index, text) in sorted.into_iter().rev() {
        let Some(target) = lines.get_mut(line.saturating_sub(1) as usize) else {
            continue;
        };
        let byte = target
            .char_indices()
            .nth(*index)
            .map_or(target.len(), |(b, _)| b);
        target.insert_str(byte, text);
        done.push((*line, *index as u32, text.chars().count() as u32));
    }
    done
}

/// What follows the copy of a `**=` target read for the call: `/*^=*/,`, so `strip_probes`
/// can take the copy away with the call's opening.
pub const POW_ASSIGN_READ: &str = "/*^=*/,";

/// Rewrite each `a **= b` into `a /*^***/=__looplab_pow(a/*^=*/, b/*^*/)` by insertions only:
/// the operator's `**` goes into a comment, leaving a plain assignment of V8's pow of the
/// target (read again from a copy of its text: `pure_target` made sure that is unnoticed)
/// and the value.
fn pow_assign_calls(
    lines: &[String],
    assigns: &[[(u32, u32); 4]],
    inserts: &mut Vec<(u32, usize, String)>,
) {
    let mut opens = Vec::new();
    let mut closes = Vec::new();
    for &[start, target_end, rhs_start, end] in assigns {
        // The target's text, on one line (a copy must not move the lines after it).
        if start.0 != target_end.0 {
            continue;
        }
        let Some(text) = lines.get(start.0.saturating_sub(1) as usize) else {
            continue;
        };
        let target: String = text
            .chars()
            .skip(start.1.saturating_sub(1) as usize)
            .take(target_end.1.saturating_sub(start.1) as usize)
            .collect();
        let Some((line, index)) = operator_at(lines, target_end, rhs_start) else {
            continue;
        };
        let operator = lines.get(line.saturating_sub(1) as usize);
        if operator.and_then(|l| l.chars().nth(index + 2)) != Some('=') {
            continue;
        }
        closes.push((line, index, "/*^".to_string()));
        closes.push((line, index + 2, "*/".to_string()));
        opens.push((
            line,
            index + 3,
            format!("{}({target}{POW_ASSIGN_READ}", crate::v8_pow::POW_NAME),
        ));
        closes.push((
            end.0,
            end.1.saturating_sub(1) as usize,
            POW_CLOSE.to_string(),
        ));
    }
    let others = std::mem::take(inserts);
    inserts.extend(closes);
    inserts.extend(others);
    inserts.extend(opens);
}

/// The `**` between a left operand ending at `from` and a right operand starting at `to`
/// (line, index of its first `*`), past any parentheses, spaces and comments.
fn operator_at(lines: &[String], from: (u32, u32), to: (u32, u32)) -> Option<(u32, usize)> {
    let until = (to.0, to.1.saturating_sub(1) as usize);
    let (line, index, c, next) = first_token_past_parens(lines, from, Some(until))?;
    (c == '*' && next == Some('*')).then_some((line, index))
}

/// From a catch parameter at (line, column): its name, and the position just after the
/// block's `{` (skipping `) {` across spaces and line breaks).
fn catch_block_start(lines: &[String], line: u32, column: u32) -> Option<(String, u32, usize)> {
    let mut l = line.saturating_sub(1) as usize;
    let chars: Vec<char> = lines.get(l)?.chars().collect();
    let mut i = column.saturating_sub(1) as usize;
    let start = i;
    while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_' || chars[i] == '$') {
        i += 1;
    }
    let name: String = chars.get(start..i)?.iter().collect();
    let mut seen_paren = false;
    loop {
        let chars: Vec<char> = lines.get(l)?.chars().collect();
        while i < chars.len() {
            match chars[i] {
                ' ' | '\t' => {}
                ')' if !seen_paren => seen_paren = true,
                '{' if seen_paren => return Some((name, l as u32 + 1, i + 1)),
                _ => return None,
            }
            i += 1;
        }
        l += 1;
        i = 0;
    }
}

/// Insert the probe into every block-bodied function of `source`. Returns `None` when the
/// source does not parse (the engine then reports the syntax error on the original text).
pub fn instrument(source: &str, module: bool) -> Option<(String, Shifts)> {
    instrument_except(source, module, None)
}

/// Like `instrument`, leaving alone the body that starts at `skip` (a wrapper of ours).
pub fn instrument_except(
    source: &str,
    module: bool,
    skip: Option<(u32, u32)>,
) -> Option<(String, Shifts)> {
    let mut interner = Interner::default();
    let scope = boa_engine::ast::scope::Scope::new_global();
    let mut parser = Parser::new(Source::from_bytes(source.as_bytes()));
    let mut starts = BodyStarts {
        lines: source.split('\n').map(str::to_string).collect(),
        ..BodyStarts::default()
    };
    if module {
        let ast = parser.parse_module(&scope, &mut interner).ok()?;
        let _ = ast.visit_with(&mut starts);
    } else {
        let ast = parser.parse_script(&scope, &mut interner).ok()?;
        let _ = ast.visit_with(&mut starts);
    }
    let mut lines: Vec<String> = source.split('\n').map(str::to_string).collect();
    let mut shifts = Shifts::default();
    // Each insertion: (line, index of the char it goes before, text).
    let mut inserts: Vec<(u32, usize, String)> = Vec::new();
    for &(line, column) in &starts.catches {
        if let Some((name, l, index)) = catch_block_start(&lines, line, column) {
            inserts.push((l, index, format!("{FIX_NAME}({name});")));
        }
    }
    for &((line, column), (end_line, end_column)) in &starts.throws {
        let Some((throw_line, throw_column)) = throw_keyword(&lines, line, column) else {
            continue;
        };
        inserts.push((
            line,
            column.saturating_sub(1) as usize,
            format!("{THROWN_NAME}(("),
        ));
        inserts.push((
            end_line,
            end_column.saturating_sub(1) as usize,
            format!("{THROWN_TAIL}{throw_line}:{throw_column}\")"),
        ));
    }
    for &(line, column, declared) in &starts.classes {
        if let Some((l, index, text)) = class_source(&lines, line, column, declared) {
            inserts.push((l, index, crate::fn_source::class_mark(&text)));
        }
    }
    pow_calls(&lines, &starts.pows, &mut inserts);
    pow_assign_calls(&lines, &starts.pow_assigns, &mut inserts);
    eval_calls(&starts.evals, &mut inserts);
    let mut points = starts.bodies;
    points.sort_unstable();
    points.dedup();
    points.retain(|&p| Some(p) != skip);
    for &(line, column) in &points {
        let Some(text) = lines.get_mut(line.saturating_sub(1) as usize) else {
            continue;
        };
        let chars: Vec<char> = text.chars().collect();
        let index = column.saturating_sub(1) as usize;
        if chars.get(index) != Some(&'{') {
            continue; // an arrow function with an expression body
        }
        // A function body's `{` follows its parameters' `)` or an arrow's `=>`; anything else
        // (a class body holding field initialisers) is not a place for a statement.
        let before = chars[..index].iter().rev().find(|c| !c.is_whitespace());
        if !matches!(before, Some(')') | Some('>'))
            && !previous_line_ends_in_paren(&lines, line, index, &chars)
        {
            continue;
        }
        let probe = if starts.no_receiver.contains(&(line, column)) {
            PROBE
        } else {
            PROBE_THIS
        };
        let prologue = starts
            .prologues
            .iter()
            .find(|(body, _)| *body == (line, column));
        if let Some(&(_, end)) = prologue {
            // "use strict" must stay the first statement: the probe follows the prologue.
            if let Some((l, at, text)) = after_prologue(&lines, end, probe) {
                inserts.push((l, at, text));
            }
            continue;
        }
        if starts_with_directive(&lines, line, index + 1) {
            continue; // a directive Boa's spans did not show: leave the body alone
        }
        inserts.push((line, index + 1, probe.to_string()));
    }
    shifts.inserts = apply(&mut lines, &inserts);
    Some((lines.join("\n"), shifts))
}

/// The text of every class in `source` (a script), in source order: what `eval`, `new
/// Function` and `vm` code declares, which is not instrumented (see `fn_source::note_compiled`).
pub fn class_texts(source: &str) -> Vec<String> {
    let mut interner = Interner::default();
    let scope = boa_engine::ast::scope::Scope::new_global();
    let mut parser = Parser::new(Source::from_bytes(source.as_bytes()));
    let Ok(ast) = parser.parse_script(&scope, &mut interner) else {
        return Vec::new();
    };
    let mut starts = BodyStarts::default();
    let _ = ast.visit_with(&mut starts);
    if starts.classes.is_empty() {
        return Vec::new();
    }
    let lines: Vec<String> = source.split('\n').map(str::to_string).collect();
    starts
        .classes
        .iter()
        .filter_map(|&(line, column, declared)| class_source(&lines, line, column, declared))
        .map(|(_, _, text)| text)
        .collect()
}

/// A class's original text, and where its closing `}` is (line, char index) for the static
/// block that notes it. `(line, column)` is the `class` keyword, or a declaration's name.
fn class_source(
    lines: &[String],
    line: u32,
    column: u32,
    declared: bool,
) -> Option<(u32, usize, String)> {
    // The whole source as chars, with each line's first index.
    let mut chars: Vec<char> = Vec::new();
    let mut line_starts = Vec::with_capacity(lines.len());
    for l in lines {
        line_starts.push(chars.len());
        chars.extend(l.chars());
        chars.push('\n');
    }
    let mut start =
        line_starts.get(line.checked_sub(1)? as usize)? + column.checked_sub(1)? as usize;
    if declared {
        // Back from the name over blanks to the `class` keyword.
        while start > 0 && chars[start - 1].is_whitespace() {
            start -= 1;
        }
        start = start.checked_sub(5)?;
    }
    if chars.get(start..start + 5)? != ['c', 'l', 'a', 's', 's'] {
        return None;
    }
    let end = crate::fn_source::class_end(&chars, start)?;
    let text: String = chars[start..=end].iter().collect();
    let end_line = line_starts.partition_point(|&s| s <= end);
    Some((end_line as u32, end - line_starts[end_line - 1], text))
}

/// The `throw` keyword before a thrown expression starting at (line, column): its place.
fn throw_keyword(lines: &[String], line: u32, column: u32) -> Option<(u32, u32)> {
    let text = lines.get(line.saturating_sub(1) as usize)?;
    let before: String = text
        .chars()
        .take(column.saturating_sub(1) as usize)
        .collect();
    let at = before.trim_end().strip_suffix("throw")?.chars().count();
    Some((line, at as u32 + 1))
}

fn previous_line_ends_in_paren(lines: &[String], line: u32, index: usize, chars: &[char]) -> bool {
    if chars[..index].iter().any(|c| !c.is_whitespace()) {
        return false;
    }
    lines[..line.saturating_sub(1) as usize]
        .iter()
        .rev()
        .find(|l| !l.trim().is_empty())
        .is_some_and(|l| l.trim_end().ends_with(')') || l.trim_end().ends_with("=>"))
}

/// Where the probe goes after a prologue ending at `end` (line, column after its last
/// quote), and its text: after the `;` that closes the directive, or, for a directive ended
/// by a line break, before the next line's first statement (the break still ends the
/// directive). A directive without either (`{ 'use strict' }`) gets no probe.
fn after_prologue(lines: &[String], end: (u32, u32), probe: &str) -> Option<(u32, usize, String)> {
    let text = lines.get(end.0.checked_sub(1)? as usize)?;
    let chars: Vec<char> = text.chars().collect();
    let mut at = end.1.checked_sub(1)? as usize;
    while chars.get(at).is_some_and(|c| *c == ' ' || *c == '\t') {
        at += 1;
    }
    if chars.get(at) == Some(&';') {
        return Some((end.0, at + 1, probe.to_string()));
    }
    let rest: String = chars[at.min(chars.len())..].iter().collect();
    if !rest.trim().is_empty() && !rest.trim_start().starts_with("//") {
        return None;
    }
    // The next line holding code: the probe goes before its first character.
    for (offset, next) in lines.iter().enumerate().skip(end.0 as usize) {
        let trimmed = next.trim_start();
        if trimmed.is_empty() {
            continue;
        }
        if trimmed.starts_with('}') || trimmed.starts_with("//") || trimmed.starts_with("/*") {
            return None;
        }
        let index = next.chars().count() - trimmed.chars().count();
        return Some((offset as u32 + 1, index, probe.to_string()));
    }
    None
}

/// Whether the body starting after `index` on `line` opens with a string (a directive).
fn starts_with_directive(lines: &[String], line: u32, index: usize) -> bool {
    let mut rest: String = lines
        .get(line.saturating_sub(1) as usize)
        .map(|l| l.chars().skip(index).collect())
        .unwrap_or_default();
    for next in lines.iter().skip(line as usize).take(5) {
        if !rest.trim().is_empty() {
            break;
        }
        rest = next.clone();
    }
    let rest = rest.trim_start();
    rest.starts_with('\'') || rest.starts_with('"')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn probes_every_block_body_but_not_expression_arrows() {
        let (code, shifts) = instrument(
            "function f() { return g(); }\nconst g = () => 1;\nclass A { m() {\n} }",
            false,
        )
        .unwrap();
        assert_eq!(
            code,
            format!(
                "function f() {{{PROBE_THIS} return g(); }}\nconst g = () => 1;\nclass A {{ m() {{{PROBE_THIS}\n}} {}}}",
                crate::fn_source::class_mark("class A { m() {\n} }")
            )
        );
        // `return` was at column 16 and moved right by the probe's length.
        assert_eq!(shifts.user_column(1, 16 + PROBE_THIS.len() as u32), 16);
        assert_eq!(shifts.user_column(1, 5), 5);
        assert_eq!(shifts.user_column(2, 30), 30);
    }

    #[test]
    fn keeps_directives_first_and_leaves_bad_syntax_alone() {
        let (code, _) = instrument("function f() {\n  'use strict';\n}", false).unwrap();
        assert_eq!(
            code,
            format!("function f() {{\n  'use strict';{PROBE_THIS}\n}}")
        );
        let (code, _) = instrument("function f() {\n  'use strict'\n  g();\n}", false).unwrap();
        assert_eq!(
            code,
            format!("function f() {{\n  'use strict'\n  {PROBE_THIS}g();\n}}")
        );
        assert!(instrument("function (", false).is_none());
    }
}

#[cfg(test)]
mod catch_tests {
    use super::*;

    #[test]
    fn throws_pass_their_value_and_place_through() {
        let source = "if (e) throw e;\nthrow new Error('a, b');";
        let (code, shifts) = instrument(source, false).unwrap();
        assert_eq!(
            code,
            format!(
                "if (e) throw {THROWN_NAME}((e), \"@1:8\");\nthrow {THROWN_NAME}((new Error('a, b')), \"@2:1\");"
            )
        );
        assert_eq!(strip_probes(&code), source);
        // `new` was at column 7 of line 2.
        assert_eq!(shifts.user_column(2, 7 + THROWN_NAME.len() as u32 + 2), 7);
    }

    #[test]
    fn catch_blocks_fix_their_error_first() {
        let (code, _) = instrument("try { f(); } catch (e) { g(e); }", false).unwrap();
        assert_eq!(
            code,
            format!("try {{ f(); }} catch (e) {{{FIX_NAME}(e); g(e); }}")
        );
        assert_eq!(strip_probes(&code), "try { f(); } catch (e) { g(e); }");
    }

    #[test]
    fn computed_members_and_assignments_are_rewritten_too() {
        let source = "x = a[0] ** b[i];\nn **= 2; o.p[k] **= -1; f().q **= 3;";
        let (code, _) = instrument(source, false).unwrap();
        assert_eq!(
            code,
            format!(
                "x = {POW}(a[0] ,/*^***/ b[i]/*^*/);\n\
                 n /*^***/={POW}(n{READ} 2/*^*/); o.p[k] /*^***/={POW}(o.p[k]{READ} -1/*^*/); \
                 f().q **= 3;",
                POW = crate::v8_pow::POW_NAME,
                READ = POW_ASSIGN_READ
            )
        );
        assert_eq!(strip_probes(&code), source);
    }

    #[test]
    fn exponentiation_becomes_a_call_by_insertions() {
        let source = "let a = x ** 2 + f(y).z ** -1;\nthrow 2 ** n;";
        let (code, shifts) = instrument(source, false).unwrap();
        assert_eq!(
            code,
            format!(
                "let a = {POW}(x ,/*^***/ 2/*^*/) + {POW}(f(y).z ,/*^***/ -1/*^*/);\n\
                 throw {THROWN_NAME}(({POW}(2 ,/*^***/ n/*^*/)), \"@2:1\");",
                POW = crate::v8_pow::POW_NAME
            )
        );
        assert_eq!(strip_probes(&code), source);
        // `2` after `x ** ` is at column 13 in the user's text.
        let engine =
            9 + crate::v8_pow::POW_NAME.len() as u32 + 1 + 2 + POW_BEFORE_OPERATOR.len() as u32 + 4;
        assert_eq!(shifts.user_column(1, engine), 13);
    }
}
