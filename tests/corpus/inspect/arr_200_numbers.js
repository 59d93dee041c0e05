// 200 items: "... 100 more items".
console.log(Array.from({ length: 200 }, (_, i) => i % 10));
