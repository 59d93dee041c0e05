// An uncaught destructuring of undefined.
const response = {};
const { body } = response.data;
console.log(body);
