// Bound functions are named "bound x".
function bf() {}
console.log(bf.bind(null), [(() => {}).bind(null)]);
