const d = new Date(Date.UTC(2024, 0, 15, 10, 30));
console.log(d);
console.log(d.toISOString(), d.toJSON(), d.getTime(), d.valueOf());
console.log(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCDay());
console.log({ when: d, list: [d] });
console.log(new Date('2024-02-30'), new Date(2024, 1, 30).getUTCDate());
console.log(new Date(0).toUTCString());
console.log(JSON.stringify({ d }));
