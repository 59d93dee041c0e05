const orders = [
  { id: 1, customer: { name: 'Ann', address: { city: 'Oslo', geo: { lat: 59.9, lng: 10.7 } } }, items: [{ sku: 'A', qty: 2, tags: ['x', ['y', ['z']]] }] },
  { id: 2, customer: { name: 'Bo', address: { city: 'Rome', geo: { lat: 41.9, lng: 12.5 } } }, items: [] },
];
console.log(orders);
console.log(JSON.stringify(orders).length);
console.log([[[[1, [2, [3]]]]]]);
console.log({ a: [{ b: [{ c: [{ d: 1 }] }] }] });
