// Async arrows keep the outer `this`; async methods get the object as `this`.
const obj = {
  name: 'obj',
  async method() { await null; return this.name; },
  arrowFactory() { return async () => { await null; return this.name; }; },
};
obj.method().then((v) => console.log('method', v));
obj.arrowFactory()().then((v) => console.log('arrow', v));
