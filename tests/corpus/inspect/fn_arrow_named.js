// An arrow assigned to a const is named.
const arrow = () => {};
console.log(arrow);
