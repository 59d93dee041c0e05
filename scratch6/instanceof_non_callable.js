function show(f) {
  try { console.log(f()); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
}
const Shape = { area() {} };
show(() => ({}) instanceof Shape);
show(() => [] instanceof 'Array');
show(() => 1 instanceof undefined);
show(() => 1 instanceof null);
show(() => 1 instanceof 42);
show(() => ({}) instanceof Shape.area);
show(() => ({}) instanceof (() => {}));
show(() => ({}) instanceof { [Symbol.hasInstance]: 1 });
show(() => ({}) instanceof Math.max);
