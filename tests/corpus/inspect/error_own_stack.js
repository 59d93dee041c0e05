// V8 gives each error an own `stack` (first among its own keys), formatted at its first read.
const util = require('util');
const deleted = new Error('boom');
delete deleted.stack;
console.log(deleted, util.inspect(deleted), deleted.stack);
console.log(Object.getOwnPropertyNames(deleted));
console.log({ nested: deleted }, [deleted]);
const replaced = new Error('boom');
replaced.stack = 'custom';
console.log(replaced, [replaced]);
console.log(Object.getOwnPropertyNames(new Error('q')), new Error('q').hasOwnProperty('stack'));
console.log(Object.getOwnPropertyNames(new Error('c', { cause: 1 })));
console.log(Object.getOwnPropertyNames(new AggregateError([], 'm')), Object.getOwnPropertyNames(RangeError('r')));
class HttpError extends Error {
  constructor(status, message) { super(message); this.status = status; this.name = 'HttpError'; }
}
const h = new HttpError(404, 'Not Found');
console.log(Object.getOwnPropertyNames(h), Object.keys(h), JSON.stringify(h));
delete h.stack;
console.log(h);
const sub = new (class MyErr extends Error {})('sub');
delete sub.stack;
console.log(sub);
const withCause = new Error('cause', { cause: 'str' });
delete withCause.stack;
console.log(withCause);
const renamed = new Error('m');
renamed.name = 'Custom';
delete renamed.stack;
console.log(renamed);
try { null.x; } catch (err) { console.log(Object.getOwnPropertyNames(err), err.hasOwnProperty('stack')); }
try { undefinedVariable; } catch (err) { delete err.stack; console.log(err); }
console.log(Object.create(Error.prototype), [Object.create(TypeError.prototype)]);
console.log(Error.stackTraceLimit, Object.keys(Error), Object.getPrototypeOf(TypeError) === Error);
console.log(Error.name, Error.length, AggregateError.length, TypeError.prototype.constructor === TypeError, String(URIError));
console.log(Error('no new') instanceof Error, new EvalError('e') instanceof EvalError);
