// Dates outside years 0-9999 use the extended year format.
console.log(new Date(8.64e15), new Date(-8.64e15), new Date(Date.UTC(-1, 0, 1)), new Date(Date.UTC(10000, 0, 1)));
