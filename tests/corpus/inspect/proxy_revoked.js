// A revoked proxy.
const r = Proxy.revocable({}, {});
r.revoke();
console.log(r.proxy);
