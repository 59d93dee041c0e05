// A class method that throws while Array.prototype.map runs its callback.
class Cart {
  constructor(items) { this.items = items; }
  priceOf(item) {
    if (item.price < 0) throw new RangeError(`bad price for ${item.name}`);
    return item.price;
  }
  total() {
    return this.items.map((item) => this.priceOf(item)).reduce((a, b) => a + b, 0);
  }
}
const cart = new Cart([{ name: 'pen', price: 2 }, { name: 'ink', price: -1 }]);
console.log(cart.total());
