function greet({ name, age }) {
  console.log(`Hi ${name}, ${age}`);
}
greet({ name: 'Ann', age: 3 });
greet();
