// A shorter delay created later still fires first.
setTimeout(() => console.log('50 ms'), 50);
setTimeout(() => console.log('10 ms'), 10);
setTimeout(() => console.log('30 ms'), 30);
