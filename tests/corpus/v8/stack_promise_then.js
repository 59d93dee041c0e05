// An error thrown in a .then callback: an anonymous frame only.
const show = (e) =>
  console.log(e.stack.split(__dirname).join('$DIR').split('\n').filter((l) => !l.includes('node:')).join('\n'));
Promise.resolve(1)
  .then(() => {
    throw new Error('in then');
  })
  .catch(show);
