const base = { greet() {} };
const child = Object.create(base); child.name = 'kid';
console.log(child, Object.create(child), Object.create(null), Object.create(Array.prototype));
function Legacy() { this.v = 1; }
Legacy.prototype.method = function () {};
console.log(new Legacy(), Object.create(Legacy.prototype), [new Legacy()]);
const anon = new (function () { this.x = 1; })();
console.log(anon);
const proto = { constructor: { name: 'Fake' } };
console.log(Object.create(proto));
