// `super` in a plain function.
function f() { super.x; }
