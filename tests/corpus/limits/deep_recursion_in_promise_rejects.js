// Stack overflow inside a then callback becomes a rejection with a RangeError.
function recurse() { return recurse() + 1; }
Promise.resolve().then(recurse).catch((e) => console.log('rejected:', e instanceof RangeError, e.message));
