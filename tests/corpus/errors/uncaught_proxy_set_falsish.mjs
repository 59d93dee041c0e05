// An ES module is strict: a set trap returning false throws, named by V8.
const user = new Proxy({}, {
  set(target, key, value) {
    if (key === 'age' && value < 0) return false;
    target[key] = value;
    return true;
  },
});
user.age = 30;
console.log(user.age);
user.age = -1;
