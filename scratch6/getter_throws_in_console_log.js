const account = {
  owner: 'ann',
  get balance() {
    throw new Error('balance not loaded');
  },
};
console.log(account);
class Lazy {
  get value() { throw new TypeError('not ready'); }
}
console.log(new Lazy());
console.log(Object.keys(account));
try {
  console.log(account.balance);
} catch (e) {
  console.log('caught', e.message);
}
console.log({ ...{ a: 1 }, get b() { return this.a.c.d; } });
const spread = () => ({ ...account });
spread();
