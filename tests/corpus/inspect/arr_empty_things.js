// Empty containers inside an array.
console.log([[], {}, new Map(), new Set(), '', 0]);
