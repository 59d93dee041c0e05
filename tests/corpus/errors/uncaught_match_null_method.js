// `match` gives null when nothing matches: a method called on it reads from null.
const text = 'no digits here';
const digits = text.match(/\d+/g).map(Number);
console.log(digits);
