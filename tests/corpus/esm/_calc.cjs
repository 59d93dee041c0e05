// Methods in an object literal: cjs-module-lexer gives up on them, so no named exports.
module.exports = { add: (a, b) => a + b, sub(a, b) { return a - b; } };
