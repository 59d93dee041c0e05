const d = new Date('not a date');
console.log(d.toISOString());
