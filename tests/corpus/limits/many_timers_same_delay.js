// 5,000 timers with the same delay fire in creation order.
const order = [];
for (let i = 0; i < 5000; i++) setTimeout(() => order.push(i), 1);
setTimeout(() => {
  console.log('fired', order.length, 'in order:', order.every((v, i) => v === i));
}, 5);
