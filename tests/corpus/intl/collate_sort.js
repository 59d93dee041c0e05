// localeCompare sorts letters without regard to case first, then accents, then case.
const words = ['banana', 'Apple', 'cherry', 'apple', 'Banana', 'äpfel', 'Zebra', 'zebra', 'école', 'Eclair', 'eclair', 'ecole'];
console.log([...words].sort());
console.log([...words].sort((a, b) => a.localeCompare(b)));
console.log(['b', 'a', 'C', 'B', 'c', 'A'].sort((a, b) => a.localeCompare(b)));
console.log('a'.localeCompare('B'), 'B'.localeCompare('a'), 'a'.localeCompare('a'), 'a'.localeCompare('A'), 'résumé'.localeCompare('resume'));
console.log(['Émile', 'Eve', 'eve', 'Ève', 'émile'].sort(new Intl.Collator('en-US').compare));
