// A destructuring parameter with no argument passed.
function connect({ host, port }) {
  return host + port;
}
try {
  connect();
} catch (e) {
  console.log(e.message);
}
