function square(n) { return n ** 2; }
const cube = (n) => n **
  3;
const obj = { valueOf() { console.log('valueOf'); return 10; } };
console.log(square(1.1), cube(1.1), obj ** -5, 10 ** -obj, -(2 ** 2), (-2) ** 2);
console.log(String(square), String(cube));
console.log(2n ** 64n, (-3n) ** 3n);
try { 2n ** 1; } catch (e) { console.log(e.name, e.message); }
try { 2n ** -1n; } catch (e) { console.log(e.name, e.message); }
console.log([1, 2, 3].map((v) => v ** -1), `${10 ** -4}`, 2 ** 3 ** 2, (2 ** 3) ** 2);
class Geo { static unit = 10 ** -3; area(r) { return Math.PI * r ** 2; } }
console.log(Geo.unit, new Geo().area(2), Geo.toString().includes('r ** 2'));
