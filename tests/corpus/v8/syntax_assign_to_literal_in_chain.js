// A chained assignment to a literal: V8 underlines the literal.
let total;
total = 5 = 6;
