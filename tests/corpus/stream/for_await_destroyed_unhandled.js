// for await over a stream destroyed with an error rejects the async function; the error went
// through destroy (which reads its stack), so Node reports it from triggerUncaughtException.
const { Readable } = require('stream');
const r = new Readable({ read() { this.destroy(new Error('source broke')); } });
(async () => {
  for await (const c of r) console.log(c);
})();
