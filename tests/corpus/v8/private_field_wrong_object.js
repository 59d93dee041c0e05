// Reading a private field from an object of another class.
class Account {
  #balance = 0;
  static peek(o) {
    return o.#balance;
  }
}
try {
  Account.peek({});
} catch (e) {
  console.log(e.message);
}
