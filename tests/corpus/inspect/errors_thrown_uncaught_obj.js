// An uncaught non-error: node prints the inspected value.
setTimeout(() => { throw { code: 42, details: { nested: [1, 2, 3] } }; }, 0);
