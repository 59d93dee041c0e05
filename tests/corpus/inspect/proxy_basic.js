// Proxies print as their target.
console.log(new Proxy({ a: 1 }, {}), new Proxy([1, 2], {}), new Proxy(function pf() {}, {}));
