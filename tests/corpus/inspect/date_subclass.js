// A Date subclass instance.
class DD extends Date {}
console.log(new DD(0));
