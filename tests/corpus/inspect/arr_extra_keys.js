// Arrays with extra properties list them after the items.
console.log(Object.assign([1, 2], { k: 'v', [Symbol('s')]: 1 }));
