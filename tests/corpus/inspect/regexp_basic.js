// Regular expressions print as literals.
console.log(/ab+c/gi, [/x/], { r: /a\/b[\n]/m }, new RegExp('a/b'));
