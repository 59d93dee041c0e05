// Assigning to a call is a ReferenceError at run time in V8: the line before it runs.
console.log('ran first');
function f() {}
f() = 1;
