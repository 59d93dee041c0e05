// A caught error rethrown from the catch block.
try {
  JSON.parse('{');
} catch (e) {
  console.log('caught', e.name);
  throw e;
}
