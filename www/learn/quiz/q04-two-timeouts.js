setTimeout(() => console.log('20 ms'), 20);
setTimeout(() => console.log('10 ms'), 10);
setTimeout(() => console.log('0 ms'), 0);
