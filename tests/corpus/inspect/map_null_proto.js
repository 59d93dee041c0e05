// A null-prototype Map.
console.log(Object.setPrototypeOf(new Map([[1, 2]]), null));
