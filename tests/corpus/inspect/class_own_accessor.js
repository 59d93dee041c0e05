// Own accessors on instances.
class Q { constructor() { Object.defineProperty(this, 'v', { get() { return 1; }, enumerable: true }); } }
console.log(new Q());
