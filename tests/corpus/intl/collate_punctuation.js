// Whitespace and punctuation sort before digits, digits before letters.
const items = ['item', '_private', '-flag', '10', '9', 'Item', ' space', '#hash', '@at', '(paren)', 'zeta', '2nd', '.dot', '$dollar', '~tilde'];
console.log([...items].sort((a, b) => a.localeCompare(b)));
console.log([...items].sort(new Intl.Collator('en', { ignorePunctuation: true }).compare));
console.log(['a-b', 'ab', 'a b', 'a_b', 'aB'].sort((a, b) => a.localeCompare(b)));
