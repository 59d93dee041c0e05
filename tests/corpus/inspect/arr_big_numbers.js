// Numbers of different widths are padded at the start.
console.log(Array.from({ length: 30 }, (_, i) => i * 12345));
