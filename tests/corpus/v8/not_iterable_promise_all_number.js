// Promise.all of a number rejects with a TypeError.
Promise.all(42).catch((e) => console.log(e.name + ': ' + e.message));
