// 27 numbers: the column count follows Node's square-ish heuristic.
console.log(Array.from({ length: 27 }, (_, i) => i));
