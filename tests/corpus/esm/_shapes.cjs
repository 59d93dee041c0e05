// A CommonJS helper in the styles the export lexer reads (and one it does not).
console.log('shapes.cjs runs');
exports.area = (r) => Math.round(Math.PI * r * r);
exports['perimeter'] = (r) => Math.round(2 * Math.PI * r);
Object.defineProperty(exports, 'unit', { enumerable: true, value: 'cm' });
exports.computed = 'not' + ' detected? it is: exports.computed = ...';
module.exports.late = 'late';
