setTimeout(() => console.log('timeout'), 0);
console.log('before');
await null;
console.log('after await');
