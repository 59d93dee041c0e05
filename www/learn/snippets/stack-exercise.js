// Exercise: order the lines.
function greet(name) {
  setTimeout(() => console.log(`timeout for ${name}`), 0);
  console.log(`hello ${name}`);
}
greet('Ada');
greet('Linus');
console.log('done');
