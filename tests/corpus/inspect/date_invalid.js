// An invalid date prints as Invalid Date.
console.log(new Date(NaN), [new Date('nope')]);
