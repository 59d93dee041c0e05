// A custom inspect function returning another value.
const util = require('util');
console.log({ [util.inspect.custom]() { return { replaced: true }; } });
console.log({ x: { [util.inspect.custom]() { return [1, 2, 3]; } } });
