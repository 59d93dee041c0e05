// An uncaught call of what a parenthesised function expression returned.
const total = (function () { return 5; })();
console.log(total);
(function () { return total; })()();
