setTimeout(() => console.log('B 2 ms'), 2);
setTimeout(() => console.log('A 1 ms'), 1);
setTimeout(() => console.log('C 0 ms'), 0);
