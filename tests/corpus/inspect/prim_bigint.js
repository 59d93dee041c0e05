// BigInts print with an n suffix, alone and nested.
console.log(123n, -(2n ** 70n), [1n, 2n], { b: 0n });
