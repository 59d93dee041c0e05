// A RegExp subclass instance.
class RR extends RegExp {}
console.log(new RR('a', 'g'));
