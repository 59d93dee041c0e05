'use strict';
// A sealed object takes no new properties.
const user = Object.seal({ name: 'ada' });
user.name = 'grace';
console.log(user.name);
try {
  user.age = 36;
} catch (e) {
  console.log(String(e));
}
