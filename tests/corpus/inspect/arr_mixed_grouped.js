// A mixed array of numbers and strings is padded at the end.
console.log(Array.from({ length: 12 }, (_, i) => (i % 2 ? i : `s${i}`)));
