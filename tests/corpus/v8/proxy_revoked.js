// Using a revoked proxy.
const { proxy, revoke } = Proxy.revocable({}, {});
revoke();
try {
  proxy.x;
} catch (e) {
  console.log(e.message);
}
