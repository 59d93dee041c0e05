// A then added to a settled promise from one of its own callbacks runs after the callbacks already queued.
const order = [];
const p = Promise.resolve();
p.then(() => { order.push(1); p.then(() => order.push(4)); });
p.then(() => order.push(2));
p.then(() => order.push(3));
setTimeout(() => console.log(order), 0);
