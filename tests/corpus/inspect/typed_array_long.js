// A long typed array is grouped and cut at 100 elements.
console.log(new Uint16Array(120).map((_, i) => i * 3));
