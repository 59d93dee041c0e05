// %d, %i and %f conversions.
console.log('%d %d %d %d %d', 42, '42', 1.5, -0, 10n);
console.log('%i %i %i %i', 42.9, '42.9abc', -0.5, 7n);
console.log('%f %f %f', '3.25xyz', 1e21, 'abc');
console.log('%d %i %f', Symbol('s'), Symbol('s'), Symbol('s'));
