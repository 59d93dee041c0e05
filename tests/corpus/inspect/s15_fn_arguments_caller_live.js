// V8 gives a running sloppy function its own live `arguments` and `caller` values.
function outer(a, b) { return [outer.arguments.length, outer.arguments[1], typeof outer.caller]; }
console.log(outer(1, 'two'), outer.arguments, outer.caller);
