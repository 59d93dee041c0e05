// A redefined name property changes the label.
function orig() {}
Object.defineProperty(orig, 'name', { value: 'renamed' });
console.log(orig);
