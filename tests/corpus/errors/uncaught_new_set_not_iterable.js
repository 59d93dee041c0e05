// A built-in constructor refusing its argument is the top frame: `at new Set (<anonymous>)`.
const tags = new Set(['a', 'b']);
console.log(tags.size);
const counts = new Set(5);
