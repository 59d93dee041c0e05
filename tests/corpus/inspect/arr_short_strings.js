// Short strings are grouped and padded at the end.
console.log(Array.from({ length: 20 }, (_, i) => String.fromCharCode(97 + i)));
