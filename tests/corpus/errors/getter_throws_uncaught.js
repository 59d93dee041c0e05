const account = {
  _balance: 10,
  get balance() { throw new Error('balance locked'); },
};
console.log(account);
console.log(account.balance);
