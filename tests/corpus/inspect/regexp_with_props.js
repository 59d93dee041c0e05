// RegExps with own properties.
console.log(Object.assign(/x/, { y: 1 }));
