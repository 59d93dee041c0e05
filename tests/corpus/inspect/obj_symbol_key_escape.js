// Symbol key descriptions are escaped (quote and newline).
console.log({ [Symbol("a'b\nc")]: 1 });
