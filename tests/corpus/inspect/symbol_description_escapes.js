// A symbol value's description is not escaped; a symbol key's is.
console.log([Symbol('a\nb')], { [Symbol('a\nb')]: 1 });
