// Three properties around the line limit.
console.log({ aa: 'x'.repeat(18), bb: 'y'.repeat(18), cc: 'z'.repeat(18) });
console.log({ aa: 'x'.repeat(18), bb: 'y'.repeat(18), cc: 'z'.repeat(19) });
