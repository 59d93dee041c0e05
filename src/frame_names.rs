//! How V8 names a stack frame, from the program's syntax.
//!
//! V8 writes a frame as `Type.name [as method]` from the receiver's constructor, the
//! function's name (inferred from where it was written when it has none) and the property it
//! was called through (`CallSiteInfo` in V8, serialised by `AppendMethodCall`). Boa's frames
//! carry only a name (`<main>` for many anonymous functions and accessors). So each user
//! file is parsed once and every function body is classified by where it was written: a
//! class constructor (`new Foo`), a class method or static method (`Foo.bar`), an accessor
//! (`get value [as value]`), an object literal's method (`Object.run`), a function expression
//! assigned to a property (`handlers.onClick`, V8's inferred name), or a plain function.

use std::ops::ControlFlow;

use boa_engine::ast::expression::Expression;
use boa_engine::ast::expression::access::PropertyAccess;
use boa_engine::ast::expression::literal::{ObjectMethodDefinition, PropertyDefinition};
use boa_engine::ast::expression::operator::assign::AssignTarget;
use boa_engine::ast::function::{
    ArrowFunction, AsyncArrowFunction, ClassElement, ClassElementName, FunctionBody,
};
use boa_engine::ast::property::{MethodDefinitionKind, PropertyName};
use boa_engine::ast::visitor::{VisitWith, Visitor};
use boa_engine::ast::{Span, Spanned, expression::operator::Assign};
use boa_engine::interner::{Interner, ToInternedString};
use boa_engine::parser::{Parser, Source};

/// Where a function was written, as far as V8's frame name depends on it.
#[derive(Debug, Clone, PartialEq)]
pub enum FunctionKind {
    /// A class's constructor: `new Foo`.
    Constructor { class: String },
    /// A class method, static or not: `Foo.bar`.
    Method { class: String, name: String },
    /// A getter or setter: `get value [as value]`.
    Accessor { prefix: &'static str, name: String },
    /// A method of an object literal: `Object.run`.
    ObjectMethod { name: String },
    /// An anonymous function expression assigned to `a.b`: V8 infers the name `a.b`.
    Assigned { name: String },
    /// Any other function: its own name, or none.
    Plain,
}

/// One function body: its span (start and end positions, 1-based) and kind.
#[derive(Debug, Clone)]
struct Body {
    start: (u32, u32),
    /// Where the body itself (its `{`) starts, which identifies it.
    body_start: (u32, u32),
    end: (u32, u32),
    kind: FunctionKind,
}

/// Every function body of a file, classified.
#[derive(Debug, Default, Clone)]
pub struct FunctionMap {
    bodies: Vec<Body>,
    /// Where V8's function starts, by its body's `{`, where that is before the head the
    /// frame names use: a declaration's or expression's `function` (or `async`) keyword, an
    /// object method's name. V8's `getEnclosingColumnNumber` gives it.
    heads: Vec<((u32, u32), (u32, u32))>,
    /// The bodies (by their `{`) of static class methods, whose receiver is the class: V8's
    /// CallSite `getTypeName` is then `Function`.
    statics: Vec<(u32, u32)>,
}

impl FunctionMap {
    /// Parse `source` (as a module or a script) and classify its functions. A source that
    /// does not parse gives an empty map.
    pub fn of(source: &str, module: bool) -> FunctionMap {
        let mut interner = Interner::default();
        let scope = boa_engine::ast::scope::Scope::new_global();
        let parsed = if module {
            Parser::new(Source::from_bytes(source.as_bytes()))
                .parse_module(&scope, &mut interner)
                .ok()
                .map(|ast| collect(&interner, lines_of(source), |c| ast.visit_with(c)))
        } else {
            // CommonJS code may `return` at the top level: parse it inside a function, as
            // the loader runs it, on the same line so positions stay the user's.
            let wrapped = format!("(function () {{{source}\n}})");
            let mut parser = Parser::new(Source::from_bytes(wrapped.as_bytes()));
            parser
                .parse_script(&scope, &mut interner)
                .ok()
                .map(|ast| collect(&interner, lines_of(&wrapped), |c| ast.visit_with(c)))
                .map(|mut map| {
                    for body in &mut map.bodies {
                        shift_line_one(&mut body.start, WRAP_SHIFT);
                        shift_line_one(&mut body.body_start, WRAP_SHIFT);
                        shift_line_one(&mut body.end, WRAP_SHIFT);
                    }
                    for body in &mut map.statics {
                        shift_line_one(body, WRAP_SHIFT);
                    }
                    for (body, head) in &mut map.heads {
                        shift_line_one(body, WRAP_SHIFT);
                        shift_line_one(head, WRAP_SHIFT);
                    }
                    // The wrapper's own body is not the user's.
                    map.bodies.retain(|b| b.start != (1, 0));
                    map
                })
        };
        parsed.unwrap_or_default()
    }

    /// Whether the innermost function holding (line, column) is a static class method.
    pub fn static_method_at(&self, line: u32, column: u32) -> bool {
        let at = (line, column);
        self.bodies
            .iter()
            .filter(|b| b.start <= at && at <= b.end)
            .max_by_key(|b| b.start)
            .is_some_and(|b| self.statics.contains(&b.body_start))
    }

    /// The kind of the innermost function whose body holds (line, column), or `None` at the
    /// top level of the file.
    pub fn function_at(&self, line: u32, column: u32) -> Option<&FunctionKind> {
        let at = (line, column);
        self.bodies
            .iter()
            .filter(|b| b.start <= at && at <= b.end)
            .max_by_key(|b| b.start)
            .map(|b| &b.kind)
    }
}

impl FunctionMap {
    /// Where the innermost function holding (line, column) starts, as V8's
    /// `getEnclosingLineNumber`/`getEnclosingColumnNumber` give it; the top level is the
    /// module's function, which starts at 1:1.
    pub fn enclosing_start(&self, line: u32, column: u32) -> (u32, u32) {
        let at = (line, column);
        self.bodies
            .iter()
            .filter(|b| b.start <= at && at <= b.end)
            .max_by_key(|b| b.start)
            .map_or((1, 1), |b| {
                let head = self.heads.iter().find(|(body, _)| *body == b.body_start);
                head.map_or(b.start, |&(_, head)| head.min(b.start))
            })
    }
}

/// The width of `(function () {` put before line 1 when parsing CommonJS code.
const WRAP_SHIFT: u32 = "(function () {".len() as u32;

fn shift_line_one(position: &mut (u32, u32), shift: u32) {
    if position.0 == 1 {
        position.1 = position.1.saturating_sub(shift);
    }
}

fn collect(
    interner: &Interner,
    lines: Vec<String>,
    visit: impl FnOnce(&mut Collector) -> ControlFlow<()>,
) -> FunctionMap {
    let mut collector = Collector {
        interner,
        lines,
        map: FunctionMap::default(),
    };
    let _ = visit(&mut collector);
    collector.map
}

fn lines_of(source: &str) -> Vec<String> {
    source.split('\n').map(str::to_string).collect()
}

struct Collector<'i> {
    interner: &'i Interner,
    /// The parsed text's lines, to find a declaration's `function` keyword before its name.
    lines: Vec<String>,
    map: FunctionMap,
}

impl Collector<'_> {
    /// Note where V8's function of `body` starts.
    fn head(&mut self, body: &FunctionBody, head: (u32, u32)) {
        let start = body.span().start();
        let body_start = (start.line_number(), start.column_number());
        if !self.map.heads.iter().any(|(b, _)| *b == body_start) {
            self.map.heads.push((body_start, head));
        }
    }

    /// A declaration's start: the `function` keyword (and an `async` before it) found back
    /// from its name, past spaces and a generator's `*`, on the name's line.
    fn declaration_head(&mut self, name: Span, body: &FunctionBody) {
        let (line, column) = (name.start().line_number(), name.start().column_number());
        let Some(text) = self.lines.get(line.saturating_sub(1) as usize) else {
            return;
        };
        let before: Vec<char> = text
            .chars()
            .take(column.saturating_sub(1) as usize)
            .collect();
        let mut i = before.len();
        while i > 0 && (before[i - 1].is_whitespace() || before[i - 1] == '*') {
            i -= 1;
        }
        if i < 8 || before[i - 8..i].iter().collect::<String>() != "function" {
            return;
        }
        i -= 8;
        let mut j = i;
        while j > 0 && before[j - 1].is_whitespace() {
            j -= 1;
        }
        if j >= 5 && before[j - 5..j].iter().collect::<String>() == "async" {
            i = j - 5;
        }
        self.head(body, (line, i as u32 + 1));
    }

    fn record(&mut self, body: &FunctionBody, kind: FunctionKind) {
        self.record_from(None, body, kind);
    }

    /// Record a body that the function's head (its name, `constructor`) starts before: Boa
    /// reports a frame at the head until the body has made a call.
    fn record_from(&mut self, head: Option<Span>, body: &FunctionBody, kind: FunctionKind) {
        let span = body.span();
        let body_start = (span.start().line_number(), span.start().column_number());
        let body_end = (span.end().line_number(), span.end().column_number());
        let start = head.map_or(body_start, |h| {
            (h.start().line_number(), h.start().column_number()).min(body_start)
        });
        // An arrow's expression body is not in its body's span: the head (the whole arrow)
        // ends after it.
        let end = head.map_or(body_end, |h| {
            (h.end().line_number(), h.end().column_number()).max(body_end)
        });
        // The first classification of a body wins: the specific visits below run before the
        // generic `visit_function_body`.
        if !self.map.bodies.iter().any(|b| b.body_start == body_start) {
            self.map.bodies.push(Body {
                start,
                body_start,
                end,
                kind,
            });
        }
    }

    fn property_name(&self, name: &PropertyName) -> Option<String> {
        match name {
            PropertyName::Literal(ident) => {
                Some(self.interner.resolve_expect(ident.sym()).to_string())
            }
            PropertyName::Computed(_) => None,
        }
    }

    fn object_method(&mut self, method: &ObjectMethodDefinition) {
        let Some(name) = self.property_name(method.name()) else {
            return;
        };
        if let (MethodDefinitionKind::Ordinary, PropertyName::Literal(ident)) =
            (method.kind(), method.name())
        {
            let at = ident.span().start();
            self.head(method.body(), (at.line_number(), at.column_number()));
        }
        let kind = match method.kind() {
            MethodDefinitionKind::Get => FunctionKind::Accessor {
                prefix: "get",
                name,
            },
            MethodDefinitionKind::Set => FunctionKind::Accessor {
                prefix: "set",
                name,
            },
            _ => FunctionKind::ObjectMethod { name },
        };
        self.record(method.body(), kind);
    }

    fn class_elements(&mut self, class: &str, elements: &[ClassElement]) {
        for element in elements {
            let ClassElement::MethodDefinition(method) = element else {
                continue;
            };
            let name = match method.name() {
                ClassElementName::PropertyName(name) => self.property_name(name),
                ClassElementName::PrivateName(private) => Some(format!(
                    "#{}",
                    self.interner.resolve_expect(private.description())
                )),
            };
            let Some(name) = name else {
                continue;
            };
            let head = match method.name() {
                ClassElementName::PropertyName(PropertyName::Literal(ident)) => Some(ident.span()),
                _ => None,
            };
            if method.is_static() {
                let start = method.body().span().start();
                self.map
                    .statics
                    .push((start.line_number(), start.column_number()));
            }
            let kind = match method.kind() {
                MethodDefinitionKind::Get => FunctionKind::Accessor {
                    prefix: "get",
                    name,
                },
                MethodDefinitionKind::Set => FunctionKind::Accessor {
                    prefix: "set",
                    name,
                },
                _ => FunctionKind::Method {
                    class: class.to_string(),
                    name,
                },
            };
            self.record_from(head, method.body(), kind);
        }
    }
}

impl<'ast> Visitor<'ast> for Collector<'_> {
    type BreakTy = ();

    fn visit_class_declaration(
        &mut self,
        node: &'ast boa_engine::ast::function::ClassDeclaration,
    ) -> ControlFlow<()> {
        let class = self.interner.resolve_expect(node.name().sym()).to_string();
        if let Some(constructor) = node.constructor() {
            self.record_from(
                Some(constructor.span()),
                constructor.body(),
                FunctionKind::Constructor {
                    class: class.clone(),
                },
            );
        }
        self.class_elements(&class, node.elements());
        node.visit_with(self)
    }

    fn visit_class_expression(
        &mut self,
        node: &'ast boa_engine::ast::function::ClassExpression,
    ) -> ControlFlow<()> {
        let class = node
            .name()
            .map(|n| self.interner.resolve_expect(n.sym()).to_string())
            .unwrap_or_default();
        if let Some(constructor) = node.constructor() {
            self.record_from(
                Some(constructor.span()),
                constructor.body(),
                FunctionKind::Constructor {
                    class: class.clone(),
                },
            );
        }
        self.class_elements(&class, node.elements());
        node.visit_with(self)
    }

    fn visit_property_definition(&mut self, node: &'ast PropertyDefinition) -> ControlFlow<()> {
        match node {
            PropertyDefinition::MethodDefinition(method) => self.object_method(method),
            // V8 names `load: function () {}` by its receiver and key, given a name or not.
            PropertyDefinition::Property(name, Expression::FunctionExpression(f)) => {
                if let Some(name) = self.property_name(name) {
                    self.record(f.body(), FunctionKind::ObjectMethod { name });
                }
            }
            // An arrow's frame has its caller's receiver: `o.done()` shows `Object.done`.
            PropertyDefinition::Property(name, Expression::ArrowFunction(f)) => {
                if let Some(name) = self.property_name(name) {
                    // An expression body's span does not cover the expression: the arrow's does.
                    self.record_from(
                        Some(f.span()),
                        f.body(),
                        FunctionKind::ObjectMethod { name },
                    );
                    let body_start = f.body().span().start();
                    let body_start = (body_start.line_number(), body_start.column_number());
                    let end = (f.span().end().line_number(), f.span().end().column_number());
                    if let Some(body) = self
                        .map
                        .bodies
                        .iter_mut()
                        .find(|b| b.body_start == body_start)
                    {
                        body.end = body.end.max(end);
                    }
                }
            }
            _ => {}
        }
        node.visit_with(self)
    }

    fn visit_assign(&mut self, node: &'ast Assign) -> ControlFlow<()> {
        if let (AssignTarget::Access(PropertyAccess::Simple(_)), Expression::FunctionExpression(f)) =
            (node.lhs(), node.rhs())
            && f.name().is_none()
        {
            // V8's name inference leaves `prototype` out: `A.prototype.go = function` is `A.go`.
            let target = node
                .lhs()
                .to_interned_string(self.interner)
                .replace(".prototype.", ".");
            self.record(f.body(), FunctionKind::Assigned { name: target });
        }
        // An arrow assigned to `a.b` is named `a.b` too (an arrow has no receiver of its own).
        let arrow = match node.rhs() {
            Expression::ArrowFunction(f) if f.name().is_none() => Some((f.span(), f.body())),
            Expression::AsyncArrowFunction(f) if f.name().is_none() => Some((f.span(), f.body())),
            _ => None,
        };
        if let (AssignTarget::Access(PropertyAccess::Simple(_)), Some((span, body))) =
            (node.lhs(), arrow)
        {
            let target = node
                .lhs()
                .to_interned_string(self.interner)
                .replace(".prototype.", ".");
            self.record_from(Some(span), body, FunctionKind::Assigned { name: target });
        }
        node.visit_with(self)
    }

    fn visit_function_declaration(
        &mut self,
        node: &'ast boa_engine::ast::function::FunctionDeclaration,
    ) -> ControlFlow<()> {
        self.declaration_head(node.name().span(), node.body());
        node.visit_with(self)
    }

    fn visit_generator_declaration(
        &mut self,
        node: &'ast boa_engine::ast::function::GeneratorDeclaration,
    ) -> ControlFlow<()> {
        self.declaration_head(node.name().span(), node.body());
        node.visit_with(self)
    }

    fn visit_async_function_declaration(
        &mut self,
        node: &'ast boa_engine::ast::function::AsyncFunctionDeclaration,
    ) -> ControlFlow<()> {
        self.declaration_head(node.name().span(), node.body());
        node.visit_with(self)
    }

    fn visit_async_generator_declaration(
        &mut self,
        node: &'ast boa_engine::ast::function::AsyncGeneratorDeclaration,
    ) -> ControlFlow<()> {
        self.declaration_head(node.name().span(), node.body());
        node.visit_with(self)
    }

    fn visit_function_expression(
        &mut self,
        node: &'ast boa_engine::ast::function::FunctionExpression,
    ) -> ControlFlow<()> {
        let at = node.span().start();
        self.head(node.body(), (at.line_number(), at.column_number()));
        node.visit_with(self)
    }

    fn visit_async_function_expression(
        &mut self,
        node: &'ast boa_engine::ast::function::AsyncFunctionExpression,
    ) -> ControlFlow<()> {
        let at = node.span().start();
        self.head(node.body(), (at.line_number(), at.column_number()));
        node.visit_with(self)
    }

    fn visit_arrow_function(&mut self, node: &'ast ArrowFunction) -> ControlFlow<()> {
        self.record_from(Some(node.span()), node.body(), FunctionKind::Plain);
        node.visit_with(self)
    }

    fn visit_async_arrow_function(&mut self, node: &'ast AsyncArrowFunction) -> ControlFlow<()> {
        self.record_from(Some(node.span()), node.body(), FunctionKind::Plain);
        node.visit_with(self)
    }

    fn visit_function_body(&mut self, node: &'ast FunctionBody) -> ControlFlow<()> {
        self.record(node, FunctionKind::Plain);
        node.visit_with(self)
    }
}

/// V8's name for a frame of a function of this kind; `boa_name` is Boa's (`<main>` when it
/// has none), `receiver` the type of the object the function was called on and the property
/// it was called through: the loop's (`Timeout`, `_onTimeout`), or an emitter's (`Foo`, none:
/// `emit` calls a listener with `Reflect.apply`).
pub fn v8_name(
    kind: Option<&FunctionKind>,
    boa_name: &str,
    receiver: Option<(&str, &str)>,
) -> Option<String> {
    let own = (!boa_name.is_empty() && boa_name != "<main>").then_some(boa_name);
    let name = match kind {
        Some(FunctionKind::Constructor { class }) => return Some(format!("new {class}")),
        Some(FunctionKind::Method { class, name }) => format!("{class}.{name}"),
        Some(FunctionKind::Accessor { prefix, name }) => {
            return Some(format!("{prefix} {name} [as {name}]"));
        }
        // Called on another receiver (a listener, a timer), V8 names that receiver's type.
        Some(FunctionKind::ObjectMethod { name }) if receiver.is_some() => {
            return v8_name(Some(&FunctionKind::Plain), name, receiver);
        }
        Some(FunctionKind::ObjectMethod { name }) => format!("Object.{name}"),
        Some(FunctionKind::Assigned { name }) => name.clone(),
        Some(FunctionKind::Plain) => match (own, receiver) {
            // Called through `Reflect.apply` (`emit`): no property names the function.
            (Some(own), Some((ty, ""))) => return Some(format!("{ty}.{own}")),
            (None, Some((ty, ""))) => return Some(format!("{ty}.<anonymous>")),
            (Some(own), Some((ty, method))) if own != method => {
                return Some(format!("{ty}.{own} [as {method}]"));
            }
            (_, Some((ty, method))) => return Some(format!("{ty}.{method}")),
            (Some(own), None) => own.to_string(),
            (None, None) => return None,
        },
        None => return Some(String::new()),
    };
    Some(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind_at(source: &str, line: u32, column: u32) -> Option<FunctionKind> {
        FunctionMap::of(source, false)
            .function_at(line, column)
            .cloned()
    }

    #[test]
    fn classifies_functions_by_where_they_were_written() {
        let source = "class Foo {\n  constructor() {\n    x();\n  }\n  bar() {\n    y();\n  }\n  static find() {\n    z();\n  }\n  get value() {\n    w();\n  }\n}\nconst tool = {\n  run() {\n    v();\n  },\n};\nhandlers.onClick = function () {\n  u();\n};\nfunction plain() {\n  t();\n}\n";
        assert_eq!(
            kind_at(source, 3, 5),
            Some(FunctionKind::Constructor {
                class: "Foo".into()
            })
        );
        assert_eq!(
            kind_at(source, 6, 5),
            Some(FunctionKind::Method {
                class: "Foo".into(),
                name: "bar".into()
            })
        );
        assert_eq!(
            kind_at(source, 9, 5),
            Some(FunctionKind::Method {
                class: "Foo".into(),
                name: "find".into()
            })
        );
        assert_eq!(
            kind_at(source, 12, 5),
            Some(FunctionKind::Accessor {
                prefix: "get",
                name: "value".into()
            })
        );
        assert_eq!(
            kind_at(source, 17, 5),
            Some(FunctionKind::ObjectMethod { name: "run".into() })
        );
        assert_eq!(
            kind_at(source, 21, 3),
            Some(FunctionKind::Assigned {
                name: "handlers.onClick".into()
            })
        );
        assert_eq!(kind_at(source, 24, 3), Some(FunctionKind::Plain));
        assert_eq!(kind_at(source, 20, 1), None);
        // Boa reports a constructor that has made no call yet at its head.
        assert_eq!(
            kind_at(source, 2, 3),
            Some(FunctionKind::Constructor {
                class: "Foo".into()
            })
        );
    }

    #[test]
    fn names_frames_as_v8_does() {
        assert_eq!(v8_name(None, "<main>", None), Some(String::new()));
        assert_eq!(
            v8_name(
                Some(&FunctionKind::Plain),
                "<main>",
                Some(("Timeout", "_onTimeout"))
            ),
            Some("Timeout._onTimeout".into())
        );
        assert_eq!(
            v8_name(
                Some(&FunctionKind::Plain),
                "tick",
                Some(("Timeout", "_onTimeout"))
            ),
            Some("Timeout.tick [as _onTimeout]".into())
        );
        assert_eq!(v8_name(Some(&FunctionKind::Plain), "<main>", None), None);
    }
}
