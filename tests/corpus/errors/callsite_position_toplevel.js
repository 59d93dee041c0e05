// CallSite positions: getPosition (offset in the file), isToplevel of plain, method and
// accessor calls, and the enclosing function of top-level code and of a static method.
function sitesOf(fn) {
  const old = Error.prepareStackTrace;
  Error.prepareStackTrace = (e, sites) => sites;
  const sites = fn();
  Error.prepareStackTrace = old;
  return sites;
}
const grab = () => new Error('x').stack;
class Shape {
  static make() { return grab(); }
  get area() { return grab(); }
}
const rows = [
  sitesOf(() => grab()),
  sitesOf(() => Shape.make()),
  sitesOf(() => new Shape().area),
  sitesOf(grab),
];
for (const sites of rows) {
  for (const s of sites.slice(0, 3)) {
    if (String(s.getFileName()).startsWith('node:')) continue;
    console.log(s.getFunctionName(), s.getLineNumber(), s.getColumnNumber(), s.getPosition(), s.isToplevel(),
      s.getFunctionName() === null || s.getFunctionName() === 'make' ? [s.getEnclosingLineNumber(), s.getEnclosingColumnNumber()] : '-');
  }
}
