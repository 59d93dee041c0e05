// Symbol.toStringTag from a class getter is shown after the class name; an own one is just a key.
class T { get [Symbol.toStringTag]() { return 'Tagged'; } }
console.log(new T());
console.log({ [Symbol.toStringTag]: 'Own' });
