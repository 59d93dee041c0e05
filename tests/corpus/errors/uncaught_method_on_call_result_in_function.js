// A method called on what `find` returned, inside a function.
const users = [{ name: 'ada' }, { name: 'grace' }];
function shout(name) {
  const user = users.find((u) => u.name === name);
  return users.find((u) => u.name === name).name.toUpperCase();
}
console.log(shout('ada'));
console.log(shout('linus'));
