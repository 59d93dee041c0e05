// A self-reference prints as [Circular *1] with <ref *1> on the target.
const o = { a: 1 };
o.self = o;
console.log(o);
