// for await over promises that settle at different times.
const wait = (ms, v) => new Promise((r) => setTimeout(() => r(v), ms));
(async () => {
  for await (const v of [wait(20, 'slow'), wait(5, 'fast'), 'now']) console.log(v);
  console.log('done');
})();
