// A callback that was never passed.
function fetchData(done) {
  const data = { ok: true };
  done(data);
}
fetchData();
