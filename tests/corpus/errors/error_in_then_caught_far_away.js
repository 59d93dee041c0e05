// An error thrown deep in a then chain skips to the nearest catch.
Promise.resolve(1)
  .then((v) => v + 1)
  .then(() => { throw new RangeError('deep'); })
  .then(() => console.log('skipped'))
  .catch((e) => console.log('caught', e.name, e.message));
