function greet({ name, age }) {
  return `${name} is ${age}`;
}

console.log(greet({ name: 'Ada', age: 36 }));
console.log(greet());
