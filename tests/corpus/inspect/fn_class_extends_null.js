// A class extending null.
class N extends null {}
console.log(N);
