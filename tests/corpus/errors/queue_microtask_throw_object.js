// An object thrown from a microtask has no place either.
queueMicrotask(() => { throw { a: 1 }; });
