// A shopping-cart total, as tutorials print it.
const cart = [
  { name: 'Keyboard', price: 49.99, qty: 2 },
  { name: 'Monitor', price: 1299, qty: 1 },
  { name: 'Cable', price: 4.5, qty: 10 },
];
const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });
let total = 0;
for (const item of cart) {
  const line = item.price * item.qty;
  total += line;
  console.log(`${item.name.padEnd(10)} ${String(item.qty).padStart(3)} x ${usd.format(item.price).padStart(10)} = ${usd.format(line).padStart(10)}`);
}
console.log(`Total: ${usd.format(total)} (tax ${(0.0825).toLocaleString('en-US', { style: 'percent', minimumFractionDigits: 2 })})`);
console.log(`Views: ${new Intl.NumberFormat('en-US', { notation: 'compact' }).format(1534000)}`);
