const util = require('util');
class Temp { constructor(c) { this.c = c; } [util.inspect.custom](depth, opts, inspect) { return `Temp<${opts.stylize(this.c + '°', 'number')}>`; } }
console.log(new Temp(21), [new Temp(1), new Temp(2)], { t: new Temp(3) });
class Box { constructor(v) { this.v = v; } [util.inspect.custom](depth, opts, inspect) { if (depth < 0) return '[Box]'; return `Box(${inspect(this.v, { ...opts, depth: opts.depth === null ? null : depth - 1 })})`; } }
console.log(new Box(new Box(new Box(new Box({ x: 1 })))));
console.log(util.inspect(new Box([1, 2]), { colors: true }));
const multi = { [util.inspect.custom]() { return 'line1\nline2'; } };
console.log({ a: { b: multi } }, [multi]);
