// numeric: true compares runs of digits as numbers.
const files = ['file10.txt', 'file2.txt', 'file1.txt', 'File3.txt', 'file20.txt', 'file02.txt'];
console.log([...files].sort((a, b) => a.localeCompare(b)));
console.log([...files].sort((a, b) => a.localeCompare(b, undefined, { numeric: true })));
console.log([...files].sort(new Intl.Collator('en', { numeric: true, sensitivity: 'base' }).compare));
console.log(['v1.10', 'v1.9', 'v1.2'].sort(new Intl.Collator('en-u-kn-true').compare), new Intl.Collator('en-u-kn-true').resolvedOptions().numeric);
console.log('a2'.localeCompare('a10'), 'a2'.localeCompare('a10', 'en', { numeric: true }));
