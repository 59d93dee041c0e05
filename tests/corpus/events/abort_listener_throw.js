// A throwing abort listener: Node reports the error on a later tick, with the stack it had
// in the listener.
const controller = new AbortController();
controller.signal.addEventListener('abort', () => {
  throw new Error('from abort listener');
});
controller.abort();
console.log('after abort');
