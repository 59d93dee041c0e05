const e = new Error('x');
e.stack;
throw e;
