// import of a CommonJS file: `default` is module.exports, and the names Node's lexer finds.
console.log('main body (runs after its imports)');
import shapes, { area, perimeter, unit } from './_shapes.cjs';
import * as ns from './_shapes.cjs';
import calc from './_calc.cjs';
console.log(area(2), perimeter(1), unit, shapes === ns.default);
console.log(Object.keys(ns));
console.log(calc.add(2, 3), calc.sub(5, 1));
const again = await import('./_shapes.cjs');
console.log(again === ns);
