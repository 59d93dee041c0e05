// Symbols print as Symbol(desc), also when nested.
console.log(Symbol('a'), Symbol(), [Symbol('in array')], { s: Symbol.iterator });
