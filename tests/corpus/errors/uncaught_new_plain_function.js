// A plain function run by `new` is framed as a constructor: `at new Account`.
function Account(balance) {
  if (balance < 0) {
    throw new RangeError('balance must not be negative');
  }
  this.balance = balance;
}
console.log(new Account(5).balance);
const broken = new Account(-1);
