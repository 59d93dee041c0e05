// A trailing comma after a rest property in an object pattern.
const { id, ...details, } = { id: 1, name: "Ada" };
console.log(id, details);
