// A top-level await that never settles: node warns on stderr and exits with code 13.
console.log('before');
await new Promise(() => {});
console.log('never');
