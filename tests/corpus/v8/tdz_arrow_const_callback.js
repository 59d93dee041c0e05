const handlers = [];
handlers.push(() => config.debug);

try {
  handlers[0]();
} catch (e) {
  console.log(e instanceof ReferenceError, e.message);
}

const config = { debug: true };
console.log(handlers[0]());
