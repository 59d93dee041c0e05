// console.log prints a buffer as <Buffer xx xx ...>.
console.log(Buffer.from('Hello'));
console.log(Buffer.from([0, 1, 15, 16, 255]));
console.log(Buffer.alloc(0));
console.log(Buffer.from('hi').subarray(1));
