// A function that insists on `new` through new.target.
function Account(owner) {
  if (!new.target) throw new TypeError('Account must be called with new');
  this.owner = owner;
}
const a = new Account('ana');
console.log(a.owner);
Account('bob');
