// Runs in Node and in a browser: switch the playground to "Browser" to compare.
setTimeout(() => console.log('timeout'), 0);
Promise.resolve().then(() => console.log('promise'));
console.log('script');
