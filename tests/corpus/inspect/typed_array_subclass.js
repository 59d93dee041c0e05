// A typed array subclass.
class TT extends Uint8Array {}
console.log(new TT(2));
