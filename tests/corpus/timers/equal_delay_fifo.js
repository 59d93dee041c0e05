// Timers of the same delay run in creation order.
for (const name of ['a', 'b', 'c', 'd']) setTimeout(() => console.log(name), 10);
