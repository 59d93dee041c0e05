const Person = (name) => {
  this.name = name;
};
const p = new Person('Ann');
console.log(p);
