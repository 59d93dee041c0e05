// %s of dates, functions and classes.
console.log('%s', new Date(0));
console.log('%s|%s', function f() {}, class C {});
