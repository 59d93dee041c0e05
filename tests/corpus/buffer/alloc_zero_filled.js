// Buffer.alloc(n) is zero-filled; fractional sizes are truncated.
console.log(Buffer.alloc(5));
console.log(Buffer.alloc(0));
console.log(Buffer.alloc(2.9).length);
console.log(Buffer.alloc(3).every((b) => b === 0));
