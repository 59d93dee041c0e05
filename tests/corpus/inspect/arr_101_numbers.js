// More than 100 items: the rest is summarized as "... 1 more item".
console.log(Array.from({ length: 101 }, (_, i) => i));
