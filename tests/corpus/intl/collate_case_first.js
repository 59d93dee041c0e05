// caseFirst puts capitals or small letters first when letters tie otherwise.
const letters = ['a', 'A', 'b', 'B', 'á', 'Á'];
for (const caseFirst of [undefined, 'upper', 'lower', 'false']) {
  console.log(String(caseFirst).padEnd(9), [...letters].sort(new Intl.Collator('en', { caseFirst }).compare).join(' '));
}
console.log(['Bob', 'alice', 'Carol', 'bob', 'Alice'].sort(Intl.Collator('en').compare));
console.log(['Bob', 'alice', 'Carol', 'bob', 'Alice'].sort((a, b) => a.localeCompare(b, 'en', { caseFirst: 'upper' })));
console.log(new Intl.Collator(), typeof Intl.Collator.prototype.compare === 'undefined');
