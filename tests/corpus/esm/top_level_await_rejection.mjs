// A rejected top-level await crashes the module with the rejection reason, exit code 1.
console.log('before');
await Promise.reject(new Error('rejected at top level'));
console.log('never');
