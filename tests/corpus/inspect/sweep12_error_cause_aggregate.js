// Sweep (issue 3): a learner's prints, checked against node.
const show = (...a) => process.stdout.write(require('util').format(...a).split(__dirname).join('.') + '\n');
const e = new Error('outer', { cause: new TypeError('middle', { cause: new RangeError('inner') }) });
e.code = 'E_OUTER'; e.details = { retry: true };
show(e);
const ae = new AggregateError([new Error('one'), new SyntaxError('two')], 'many failed');
show(ae);
show({ nested: new Error('in object') });
const noStack = new Error('nostack'); noStack.stack = undefined; show(noStack);
const custom = new Error('custom'); custom.name = 'MyError'; show(custom);
class HttpError extends Error { constructor(s) { super(`HTTP ${s}`); this.status = s; this.name = 'HttpError'; } }
show(new HttpError(404));
show([new Error('a')].length, String(new HttpError(500)));
const causeStr = new Error('with str cause', { cause: 'just a string' }); show(causeStr);
