// Strings with quotes and newlines, at top level and nested.
const s1 = "It's a test";
const s2 = 'She said "hi"';
const s3 = `Both ' and "`;
const s4 = 'All three \' " `';
const s5 = 'line1\nline2\nline3';
console.log(s1, s2, s3, s4, s5);
console.log({ s1, s2, s3, s4 });
console.log({ s5 });
console.log([s5, 'tab\there', 'back\\slash', 'nul\0x', 'bell\x07', 'del\x7f']);
console.log({ long: 'a'.repeat(100) });
console.log({ multi: 'first line that is fairly long\nsecond line that is also fairly long\nthird' });
console.log(['a\nb']);
console.log(new Map([['k\n', 'v\'']]));
