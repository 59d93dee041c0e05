// Async methods, static methods, object-literal methods and arrows in the chain.
const show = (stack) => console.log(stack.split(__dirname).join('$DIR'));
class Store {
  async read(key) {
    await null;
    throw new Error(`missing ${key}`);
  }
  async get(key) {
    return await this.read(key);
  }
  static async open() {
    const store = new Store();
    await store.get('a');
  }
}
const api = {
  async fail() {
    await 1;
    throw new TypeError('api failed');
  },
  async call() {
    await this.fail();
  },
};
const arrow = async () => {
  await api.call();
};
// A plain function returning the call passes the promise on unchanged.
const passThrough = () => Store.open();
async function main() {
  for (const run of [() => Store.open(), arrow, passThrough]) {
    try {
      await run();
    } catch (e) {
      show(e.stack);
    }
  }
}
main();
