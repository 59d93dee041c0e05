// Strings with "... more items" in grouped form.
console.log(Array.from({ length: 120 }, (_, i) => `s${i}`));
