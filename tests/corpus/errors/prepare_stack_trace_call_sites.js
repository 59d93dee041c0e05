// Error.prepareStackTrace receives V8's CallSite objects, one per frame (Node's own included).
const path = require('path');
Error.prepareStackTrace = (_, sites) => sites;
class Account { deposit() { return new Error().stack; } constructor(log) { if (log) this.sites = new Error().stack; } }
function plain() { return new Error().stack; }
const wallet = { spend() { return new Error().stack; } };
const arrow = () => new Error().stack;
function show(sites) {
  for (const c of sites) {
    const file = c.getFileName() && path.basename(c.getFileName());
    console.log([c.getTypeName(), c.getFunctionName(), c.getMethodName(), file, c.getLineNumber(), c.getColumnNumber(),
      c.isToplevel(), c.isNative(), c.isEval(), c.isConstructor(), c.isAsync()].map(String).join(' | '));
  }
  console.log('--');
}
Error.stackTraceLimit = 3;
show(new Account().deposit());
show(new Account(true).sites);
show(plain());
show(wallet.spend());
show(arrow());
show([1].map(() => new Error().stack)[0]);
const site = plain()[0];
console.log(Object.prototype.toString.call(site), typeof site.toString(), site.toString().startsWith('plain ('));
console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(site)).filter((k) => k.startsWith('is')).join());
console.log(Object.keys(site).length, Array.isArray(new Error().stack));
