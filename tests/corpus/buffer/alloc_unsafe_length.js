// allocUnsafe and allocUnsafeSlow give buffers of the requested length (contents unspecified).
console.log(Buffer.allocUnsafe(10).length);
console.log(Buffer.allocUnsafeSlow(10).length);
console.log(Buffer.allocUnsafe(0).length);
console.log(Buffer.allocUnsafe(3.7).length);
const b = Buffer.allocUnsafe(4).fill(0);
console.log(b);
