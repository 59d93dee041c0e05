class Point { constructor(x, y) { this.x = x; this.y = y; } }
class Segment { constructor(a, b) { this.a = a; this.b = b; } }
class Shape { constructor(name, segs) { this.name = name; this.segments = segs; } }
const sq = new Shape('square', [new Segment(new Point(0, 0), new Point(0, 1)), new Segment(new Point(0, 1), new Point(1, 1))]);
console.log(sq);
console.log({ scene: { shapes: [sq] } });
console.log([[new Point(1, 2)]], [[[new Point(1, 2)]]], { a: { b: { c: new Point(3, 4) } } });
class Empty {}
console.log({ a: { b: { c: new Empty(), d: [], e: {}, f: new Map(), g: new Set([1]) } } });
