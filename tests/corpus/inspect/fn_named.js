// Named functions.
function foo() {}
console.log(foo, [foo], { foo });
