// A trailing comma after a rest element in an array pattern.
const [first, ...others,] = [1, 2, 3];
console.log(first, others);
