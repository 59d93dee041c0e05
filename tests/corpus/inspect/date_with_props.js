// Dates with own properties.
console.log(Object.assign(new Date(0), { a: 1 }));
