// A regular expression literal closing a group it never opened.
const re = /ab)c/i;
console.log(re.test('ab'));
