// Cancelling both tee branches cancels the source with both reasons.
const rs = new ReadableStream({
  pull(c) { c.enqueue('chunk'); },
  cancel(reason) { console.log('source cancel', reason); },
});
const [a, b] = rs.tee();
a.cancel('first').then(() => console.log('a cancelled'));
setTimeout(() => {
  b.cancel('second').then(() => console.log('b cancelled'));
}, 1);
