// nextTick callbacks run in the order they were queued.
for (let i = 1; i <= 5; i++) process.nextTick(() => console.log('tick', i));
console.log('sync');
