// The class name prefix counts against the line length.
class LongClassNameForTesting { constructor(n) { this.aa = 'x'.repeat(n); } }
console.log(new LongClassNameForTesting(40));
console.log(new LongClassNameForTesting(46));
