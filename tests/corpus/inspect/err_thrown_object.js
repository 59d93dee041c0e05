// A plain object with error-like fields is not an error.
console.log({ name: 'Error', message: 'not really', stack: 'fake' });
