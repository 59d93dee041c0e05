// A plain function called with call/apply on objects of several types.
const clean = (stack) => stack.split(__dirname + '/').join('');
function report() { throw new Error(`report on ${Object.prototype.toString.call(this)}`); }
class Invoice {}
for (const receiver of [{}, new Invoice(), [], new Date(0), /x/, 'text', 42]) {
  try { report.call(receiver); } catch (e) { console.log(clean(e.stack).split('\n')[1].trim().split(' (')[0]); }
}
try { report.apply(undefined); } catch (e) { console.log(clean(e.stack).split('\n')[1].trim().split(' (')[0]); }
