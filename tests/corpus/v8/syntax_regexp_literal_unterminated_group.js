// A regular expression literal with a group left open.
const words = 'a b c';
const re = /(\w+/g;
console.log(words.match(re));
