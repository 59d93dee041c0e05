class Account {
  #balance = 0;
  #history = [];
  static #count = 0;
  owner;
  constructor(owner) { this.owner = owner; Account.#count++; }
  deposit(n) { this.#balance += n; this.#history.push(n); return this; }
  get balance() { return this.#balance; }
  #secret() {}
  static get count() { return Account.#count; }
}
const a = new Account('ann').deposit(5);
console.log(a);
console.log(Account);
console.log(a.balance, Account.count);
console.log([a, a]);
console.log({ acct: a });
class Sub extends Account { extra = [1, 2]; }
console.log(new Sub('bo'));
console.log(Object.keys(a), JSON.stringify(a));
