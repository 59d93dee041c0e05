// Maps with extra properties.
console.log(Object.assign(new Map([[1, 2]]), { extra: true }));
