// An uncaught new on an arrow function.
const make = () => ({});
const m = new make();
