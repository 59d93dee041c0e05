//! V8's async stack frames (`    at async outer (file:line:col)`), rebuilt from Boa's
//! promise-reaction hooks.
//!
//! V8 ("zero-cost async stack traces") appends them to an error made while the microtask
//! running is an `await` resuming an async function A: it takes A's promise, and while the
//! only reaction on it is the `await` of another async function G, prints G at that `await`
//! and goes on from G's promise. Boa keeps an async function's promise and a promise's
//! reactions private, so looplab follows the same chain from what its host hooks see:
//!
//! - every `await` registers its resume closures through `HostMakeJobCallback` while the
//!   awaiting frame is the innermost one, at the `await`: that is an [`AwaitSite`];
//! - an activation (one call of an async function) is numbered at its first `await`; a later
//!   `await` of the same activation is one made by the frame a resume job put on the stack;
//! - the promise of an activation B is awaited by G when B's first `await` suspended it back
//!   into G's call `b()` and the next `await` registered is G's own, whose operand (in the
//!   source) is exactly that call: `await b()`, `await this.m(x)`. Nothing runs between the
//!   two, so no other reaction can be the one on B's promise;
//! - `HostCallJobCallback` of a site's closure marks the activation running, until it
//!   suspends again.
//!
//! A chain that does not have this shape (a `.then`, a promise stored and awaited later,
//! `Promise.all`) stops the walk: a missing frame rather than a wrong one.

use std::cell::{Cell, RefCell};
use std::collections::{HashMap, VecDeque};
use std::rc::Rc;

use boa_engine::builtins::function::{BoundFunction, OrdinaryFunction};
use boa_engine::object::FunctionObjectBuilder;
use boa_engine::object::builtins::JsFunction;
use boa_engine::{Context, JsResult, JsValue, NativeFunction, js_string};

use crate::host::Host;
use crate::stack::Frame;

/// A frame's function and position, in the engine's coordinates (Boa's line and column).
/// Boa gives an `await` no position of its own (the frame shows its enclosing one): only
/// the calls' are exact.
#[derive(Debug, Clone, PartialEq)]
struct Place {
    /// The function's code block (its address, only compared): which function it is.
    code: usize,
    path: Rc<str>,
    line: u32,
    column: u32,
}

/// One registration of promise reactions by a native closure (an `await` when the site's
/// source says so): the frame that made it and the activation that frame runs.
#[derive(Debug)]
pub struct AwaitSite {
    activation: u64,
    function: Rc<str>,
    place: Place,
    /// For an activation's first `await`: where the awaiting function was called, and where
    /// its caller was (a function that returns the call, `() => b()`, passes the promise on).
    callers: Vec<Place>,
    /// The activations whose promises this `await` waits for, once linked (several for
    /// `await Promise.all([a(), b()])`).
    awaits: RefCell<Vec<u64>>,
}

/// The calls that led from an awaiter to an awaited activation (innermost first), and the
/// awaiter's `await`.
type Link = (Vec<Place>, Rc<AwaitSite>);

/// How many activations wait to be linked to their caller's `await`.
const UNLINKED_KEPT: usize = 32;

/// How many links are kept: an activation whose awaiter never resumes leaves one behind.
const LINKS_KEPT: usize = 1 << 16;

/// The state of the chain, one per runtime (in the host).
#[derive(Default)]
pub struct Tracker {
    next_activation: Cell<u64>,
    /// The site whose resume job runs now, and the number of frames below the resumed one.
    resumed: RefCell<Option<(Rc<AwaitSite>, usize)>>,
    /// Activations suspended at their first `await` whose caller has not registered one
    /// since, newest last: the caller's next `await` is the one that may wait for them.
    unlinked: RefCell<VecDeque<Rc<AwaitSite>>>,
    /// How many `Promise.prototype.then` calls are running: the reactions they register are
    /// not an `await`'s (`Promise.all`'s on each element, the learner's `.then(resolve)`).
    in_then: Cell<u32>,
    /// The first half (`onFulfilled`) of a registration, whose `onRejected` comes next.
    half: RefCell<Option<Rc<AwaitSite>>>,
    /// Each awaited activation's awaiter, with where the awaited one was called.
    /// Each awaited activation's awaiter, with the calls that led from the awaiter to it
    /// (innermost first).
    awaiters: RefCell<HashMap<u64, Link>>,
    /// See [`NamesCache`].
    names: RefCell<NamesCache>,
    /// The handlers of each `then` call running, innermost last: which reaction is the
    /// `onRejected` one (see [`Tracker::surfaces_reason`]).
    then_handlers: RefCell<Vec<ThenHandlers>>,
}

/// The callable handlers one `then` call was given.
struct ThenHandlers {
    fulfilled: Option<boa_engine::JsObject>,
    rejected: Option<boa_engine::JsObject>,
}

fn code_of(frame: &boa_engine::vm::CallFrame) -> usize {
    std::ptr::from_ref::<boa_engine::vm::CodeBlock>(frame.code_block()) as usize
}

/// The names of the code block last seen registering an `await`, kept with the block (so its
/// address cannot be reused meanwhile): a loop of `await`s converts its function's name and
/// path once, not at every registration.
type NamesCache = Option<(boa_gc::Gc<boa_engine::vm::CodeBlock>, Rc<str>, Rc<str>)>;

fn place_of(
    frame: &boa_engine::vm::CallFrame,
    cache: &RefCell<NamesCache>,
) -> Option<(Rc<str>, Place)> {
    let location = frame.position();
    let position = location.position?;
    let mut cache = cache.borrow_mut();
    let names = match cache.as_ref() {
        Some((code, function, path)) if boa_gc::Gc::ptr_eq(code, frame.code_block()) => {
            (function.clone(), path.clone())
        }
        _ => {
            let function: Rc<str> = location.function_name.to_std_string_escaped().into();
            let path: Rc<str> = location.path.to_string().into();
            *cache = Some((frame.code_block().clone(), function.clone(), path.clone()));
            (function, path)
        }
    };
    Some((
        names.0,
        Place {
            code: code_of(frame),
            path: names.1,
            line: position.line_number(),
            column: position.column_number(),
        },
    ))
}

impl Tracker {
    /// A reaction is being registered (`HostMakeJobCallback`): note the site when the
    /// handler is a native closure registered from a script frame, as an `await`'s are.
    pub fn registered(&self, callback: &JsFunction, context: &Context) -> Option<Rc<AwaitSite>> {
        // The learner's `.then(fn)` or `.then(fn.bind(x))`, any `then` call: not an `await`.
        if self.in_then.get() > 0
            || callback.is::<OrdinaryFunction>()
            || callback.is::<BoundFunction>()
        {
            return None;
        }
        let mut frames = context.stack_trace();
        // The frames are a slice's: its exact length, without a walk.
        let depth = frames.size_hint().0;
        let (function, place) = place_of(frames.next()?, &self.names)?;
        // `onRejected` follows `onFulfilled` in the same registration.
        if let Some(half) = self.half.borrow_mut().take()
            && half.place == place
            && half.function == function
        {
            return Some(half);
        }
        let resumed = self
            .resumed
            .borrow()
            .as_ref()
            .filter(|(_, below)| depth == below + 1)
            .map(|(site, _)| site.activation);
        let (activation, callers) = match resumed {
            Some(activation) => (activation, Vec::new()),
            None => {
                let id = self.next_activation.get() + 1;
                self.next_activation.set(id);
                let callers = frames
                    .take(2)
                    .map_while(|f| place_of(f, &self.names).map(|(_, p)| p))
                    .collect();
                (id, callers)
            }
        };
        let site = Rc::new(AwaitSite {
            activation,
            function,
            place,
            callers,
            awaits: RefCell::new(Vec::new()),
        });
        // The activations that suspended back into this frame's function since it last
        // registered an `await`: if this one is its `await` of their calls, it waits for
        // their promises (checked against the source when a stack needs it).
        let mut unlinked = self.unlinked.borrow_mut();
        let mut awaiters = self.awaiters.borrow_mut();
        unlinked.retain(|previous| {
            let Some(through) = previous
                .callers
                .iter()
                .position(|c| c.code == site.place.code)
            else {
                return true;
            };
            if awaiters.len() >= LINKS_KEPT {
                awaiters.clear();
            }
            let calls = previous.callers[..=through].to_vec();
            awaiters.insert(previous.activation, (calls, site.clone()));
            site.awaits.borrow_mut().push(previous.activation);
            false
        });
        if !site.callers.is_empty() {
            if unlinked.len() == UNLINKED_KEPT {
                unlinked.pop_front();
            }
            unlinked.push_back(site.clone());
        }
        drop((unlinked, awaiters));
        *self.half.borrow_mut() = Some(site.clone());
        Some(site)
    }

    /// Whether the reaction being registered (`HostMakeJobCallback`) is the `onRejected` of
    /// the `then` call running: V8 gives a rejection handler an engine-made error in V8's words
    /// with its own `stack` (`v8_messages::surfaced`), which `call_job_callback` does before
    /// calling it. Boa registers `onFulfilled` first, so a function passed as both is the
    /// rejection handler the second time.
    pub fn surfaces_reason(&self, callback: &boa_engine::JsObject) -> bool {
        let mut handlers = self.then_handlers.borrow_mut();
        let Some(top) = handlers.last_mut() else {
            return false;
        };
        if top
            .fulfilled
            .as_ref()
            .is_some_and(|f| boa_engine::JsObject::equals(f, callback))
        {
            top.fulfilled = None;
            return false;
        }
        if top
            .rejected
            .as_ref()
            .is_some_and(|r| boa_engine::JsObject::equals(r, callback))
        {
            top.rejected = None;
            return true;
        }
        false
    }

    /// A site's resume job starts (`HostCallJobCallback`): returns what to restore after.
    pub fn resuming(
        &self,
        site: Rc<AwaitSite>,
        context: &Context,
    ) -> Option<(Rc<AwaitSite>, usize)> {
        // The awaited activation has settled: its link is done with.
        for awaited in site.awaits.borrow().iter() {
            self.awaiters.borrow_mut().remove(awaited);
        }
        let below = context.stack_trace().size_hint().0;
        self.resumed.replace(Some((site, below)))
    }

    /// The resume job has returned.
    pub fn resumed_done(&self, previous: Option<(Rc<AwaitSite>, usize)>) {
        *self.resumed.borrow_mut() = previous;
    }

    /// The async frames V8 would append to an error made now, in Node's words, innermost
    /// first (empty outside a resumed `await`).
    pub fn frames_now(&self, context: &mut Context, host: &Host) -> Vec<String> {
        let Some((site, below)) = self.resumed.borrow().clone() else {
            return Vec::new();
        };
        // The resumed frame must be the resumed function's: a native reaction that calls
        // the learner's code (`finally`'s) is no `await`.
        let frames = context.stack_trace();
        let depth = frames.size_hint().0;
        let resumed = depth
            .checked_sub(below + 1)
            .and_then(|from_top| context.stack_trace().nth(from_top))
            .map(code_of);
        if resumed != Some(site.place.code) {
            return Vec::new();
        }
        let mut out = Vec::new();
        let mut activation = site.activation;
        // A chain is at most as long as the links kept; the bound also stops a cycle.
        while out.len() < 256 {
            let link = self.awaiters.borrow().get(&activation).cloned();
            let Some((calls, awaiter)) = link else { break };
            let Some((call, through)) = calls.split_last() else {
                break;
            };
            if !through.iter().all(|c| returns_call(context, host, c)) {
                break;
            }
            let column = if let Some(column) = await_of_call(context, host, call) {
                column
            } else if let Some((combinator, index, column)) =
                combinator_element(context, host, call)
            {
                out.push(format!("    at async Promise.{combinator} (index {index})"));
                column
            } else {
                break;
            };
            let frame = Frame {
                function: awaiter.function.to_string(),
                path: call.path.to_string(),
                line: call.line,
                column,
            };
            out.push(crate::stack::async_frame_line(context, host, &frame));
            activation = awaiter.activation;
        }
        out
    }
}

#[derive(Clone, boa_engine::Trace, boa_engine::Finalize)]
struct OriginalThen(JsFunction);

/// `Promise.prototype.then`, noting that the reactions it registers are no `await`'s.
fn then(
    this: &JsValue,
    args: &[JsValue],
    original: &OriginalThen,
    context: &mut Context,
) -> JsResult<JsValue> {
    let host = Host::of(context);
    let tracker = &host.async_frames;
    let callable = |i: usize| {
        args.get(i)
            .and_then(JsValue::as_object)
            .filter(|o| o.is_callable())
    };
    // Pushed even without an `onRejected`: a `then` run from inside this one (a subclass's
    // constructor) finds its own entry on top, never this call's.
    tracker.then_handlers.borrow_mut().push(ThenHandlers {
        fulfilled: callable(0),
        rejected: callable(1),
    });
    tracker.in_then.set(tracker.in_then.get() + 1);
    let result = original.0.call(this, args, context);
    tracker.in_then.set(tracker.in_then.get().saturating_sub(1));
    tracker.then_handlers.borrow_mut().pop();
    result
}

/// Wrap `Promise.prototype.then` (same name, length and attributes) so that the reactions a
/// `then` call registers are told from an `await`'s (Boa calls the same hook for both), and
/// its `onRejected` from its `onFulfilled`.
pub fn install(context: &mut Context) -> JsResult<()> {
    let prototype = context.intrinsics().constructors().promise().prototype();
    let original = prototype.get(js_string!("then"), context)?;
    let Some(original) = original.as_object().and_then(JsFunction::from_object) else {
        return Ok(());
    };
    let wrapper = FunctionObjectBuilder::new(
        context.realm(),
        NativeFunction::from_copy_closure_with_captures(then, OriginalThen(original)),
    )
    .name(js_string!("then"))
    .length(2)
    .build();
    crate::bindings::define_hidden(&prototype, js_string!("then"), wrapper, context)
}

/// The user's text of a line, and a place's column in it (0-based char index).
fn user_line(context: &Context, host: &Host, place: &Place) -> Option<(Vec<char>, usize)> {
    let source = host.source_text(context, &place.path)?;
    let line: Vec<char> = source
        .lines()
        .nth(place.line.checked_sub(1)? as usize)?
        .chars()
        .collect();
    let column = crate::stack::unwrap_column(host, &place.path, place.line, place.column);
    Some((line, column.checked_sub(1)? as usize))
}

fn starts_with_word(line: &[char], at: usize, word: &str) -> bool {
    let end = at + word.chars().count();
    line.get(at..end)
        .is_some_and(|w| w.iter().copied().eq(word.chars()))
        && !line.get(end).is_some_and(|c| is_name_char(*c))
        && !(at > 0
            && line
                .get(at - 1)
                .is_some_and(|c| is_name_char(*c) || *c == '.'))
}

fn is_name_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || c == '$'
}

/// The user's column of the `await` whose operand is exactly the call whose `(` is at
/// `call`: `await f(...)`, `await this.m(...)`, `await obj.a.b(...)` on one line, with
/// nothing applied to the call's result.
fn await_of_call(context: &Context, host: &Host, call: &Place) -> Option<u32> {
    let (line, paren) = user_line(context, host, call)?;
    if line.get(paren) != Some(&'(') {
        return None;
    }
    let start = callee_start(&line, paren)?;
    let mut at = start;
    while at > 0 && line[at - 1].is_whitespace() {
        at -= 1;
    }
    let at = at.checked_sub(5)?;
    if !starts_with_word(&line, at, "await") {
        return None;
    }
    call_result_untouched(&line, paren)?;
    Some(at as u32 + 1)
}

/// Whether the call whose `(` is at `call` is element `index` of the array literal that
/// `await Promise.all([...])` (or `allSettled`, `any`) takes, on one line: the combinator's
/// name, the index, and the user's column of the `await`.
fn combinator_element(
    context: &Context,
    host: &Host,
    call: &Place,
) -> Option<(&'static str, usize, u32)> {
    let (line, paren) = user_line(context, host, call)?;
    if line.get(paren) != Some(&'(') {
        return None;
    }
    let start = callee_start(&line, paren)?;
    // The element ends with the call.
    let close = closing_paren(&line, paren)?;
    let after = line[close + 1..].iter().find(|c| !c.is_whitespace());
    if !matches!(after, Some(',' | ']')) {
        return None;
    }
    // Back to the array's `[`, counting the elements before this one.
    let mut depth = 0usize;
    let mut index = 0usize;
    let mut i = start;
    let open = loop {
        i = i.checked_sub(1)?;
        match line[i] {
            ')' | ']' | '}' => depth += 1,
            '(' | '{' => depth = depth.checked_sub(1)?,
            '[' if depth == 0 => break i,
            '[' => depth -= 1,
            ',' if depth == 0 => index += 1,
            '\'' | '"' | '`' => return None,
            _ => {}
        }
    };
    let before: String = line[..open].iter().collect();
    let before = before.trim_end().strip_suffix('(')?.trim_end();
    let combinators = [
        ("allSettled", "Promise.allSettled"),
        ("all", "Promise.all"),
        ("any", "Promise.any"),
    ];
    let (combinator, rest) = combinators
        .into_iter()
        .find_map(|(name, text)| before.strip_suffix(text).map(|rest| (name, rest)))?;
    let rest = rest.trim_end();
    let at = rest.strip_suffix("await")?.chars().count();
    if !starts_with_word(&line, at, "await") {
        return None;
    }
    // Nothing is applied to the combinator's promise.
    let call_open = line[..open].iter().rposition(|c| *c == '(')?;
    let call_close = closing_paren(&line, call_open)?;
    let after = line[call_close + 1..].iter().find(|c| !c.is_whitespace());
    if matches!(after, Some('.' | '[' | '(' | '`' | '?')) {
        return None;
    }
    Some((combinator, index, at as u32 + 1))
}

/// The callee of the call whose `(` is at `paren`: the index where its name or member chain
/// starts.
fn callee_start(line: &[char], paren: usize) -> Option<usize> {
    let mut start = paren;
    while start > 0 && line[start - 1] == ' ' {
        start -= 1;
    }
    while start > 0 && (is_name_char(line[start - 1]) || matches!(line[start - 1], '.' | '#')) {
        start -= 1;
    }
    let callee: String = line[start..paren].iter().collect();
    let callee = callee.trim();
    (!callee.is_empty() && !callee.starts_with('.') && !callee.contains("..")).then_some(start)
}

/// Whether nothing is applied to the result of the call whose `(` is at `paren`.
fn call_result_untouched(line: &[char], paren: usize) -> Option<usize> {
    let close = closing_paren(line, paren)?;
    let next = line[close + 1..].iter().find(|c| !c.is_whitespace());
    (!matches!(next, Some('.' | '[' | '(' | '`' | '?'))).then_some(close)
}

/// Whether the call whose `(` is at `call` is what its function returns, unchanged: a
/// concise arrow body `=> b(...)` or `return b(...)`, ended there.
fn returns_call(context: &Context, host: &Host, call: &Place) -> bool {
    let Some((line, paren)) = user_line(context, host, call) else {
        return false;
    };
    if line.get(paren) != Some(&'(') {
        return false;
    }
    let Some(start) = callee_start(&line, paren) else {
        return false;
    };
    let Some(close) = call_result_untouched(&line, paren) else {
        return false;
    };
    let before: String = line[..start].iter().collect();
    let before = before.trim_end();
    let after = line[close + 1..].iter().find(|c| !c.is_whitespace());
    if before.ends_with("=>") {
        // The arrow's body ends there (an argument list or a block closes after it).
        return matches!(after, None | Some(';' | '}' | ')' | ','));
    }
    // `return b(), c` would return `c`.
    before.ends_with("return")
        && !before[..before.len() - 6]
            .chars()
            .next_back()
            .is_some_and(|c| is_name_char(c) || c == '.')
        && matches!(after, None | Some(';' | '}'))
}

/// The index of the `)` closing the `(` at `open`, on the same line (strings stepped over).
fn closing_paren(line: &[char], open: usize) -> Option<usize> {
    let mut depth = 0usize;
    let mut quote: Option<char> = None;
    let mut i = open;
    while i < line.len() {
        let c = line[i];
        match quote {
            Some(q) if c == '\\' => {
                let _ = q;
                i += 1;
            }
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None => match c {
                '\'' | '"' | '`' => quote = Some(c),
                '(' | '[' | '{' => depth += 1,
                ')' | ']' | '}' => {
                    depth = depth.checked_sub(1)?;
                    if depth == 0 {
                        return (c == ')').then_some(i);
                    }
                }
                _ => {}
            },
        }
        i += 1;
    }
    None
}
