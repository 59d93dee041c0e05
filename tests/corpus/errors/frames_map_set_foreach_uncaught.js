// A Map's forEach callback throws, uncaught.
const stock = new Map([['apples', 3], ['pears', -1]]);
stock.forEach((count, fruit) => {
  if (count < 0) throw new RangeError(`negative stock of ${fruit}`);
});
