// WeakMap and WeakSet contents are not shown.
console.log(new WeakMap(), new WeakSet(), { wm: new WeakMap([[{}, 1]]) });
