// Nested objects near the limit: indentation counts.
console.log({ k: { aa: 'x'.repeat(54) } });
console.log({ k: { aa: 'x'.repeat(55) } });
