// A stray token after a for-of's iterable.
for (let x of [1] 2) {}
