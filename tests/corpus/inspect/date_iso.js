// Dates print as ISO strings.
console.log(new Date(0), [new Date(Date.UTC(2024, 1, 29, 13, 5, 9, 7))], { when: new Date(1e12) });
