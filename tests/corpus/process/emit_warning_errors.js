// emitWarning validates its arguments synchronously.
for (const args of [[42], [null], ['x', 5], ['x', 'T', 5], ['x', { type: 5 }], [{ message: 'not an error' }]]) {
  try {
    process.emitWarning(...args);
    console.log('accepted', args);
  } catch (e) {
    console.log(e.code, e.message);
  }
}
