// Writing through a revoked proxy names the trap.
const { proxy, revoke } = Proxy.revocable({}, {});
revoke();
try {
  proxy.count = 1;
} catch (e) {
  console.log(e.message);
}
