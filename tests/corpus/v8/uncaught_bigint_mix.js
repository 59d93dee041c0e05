// An uncaught mix of BigInt and Number.
const total = 10n;
console.log(total + 1);
