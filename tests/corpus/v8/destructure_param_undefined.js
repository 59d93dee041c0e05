// Destructuring a missing function argument.
function connect({ host, port }) {
  return host + ':' + port;
}
try {
  connect();
} catch (e) {
  console.log(e.message);
}
