// A boxed String subclass.
class SS extends String {}
console.log(new SS('q'));
