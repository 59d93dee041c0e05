const obj = { date: new Date(0), undef: undefined, fn() {}, sym: Symbol('s'), nan: NaN, inf: -Infinity, nested: { arr: [undefined, () => {}] } };
console.log(obj);
console.log(JSON.stringify(obj));
console.log(JSON.stringify(obj, null, 2));
console.log(JSON.parse('{"a":[1,{"b":null}],"c":"\\n"}'));
console.log(JSON.stringify('he said "hi"'), JSON.stringify({ k: 'v' }, ['k']));
console.log(JSON.stringify([new Map([[1, 2]]), new Set([1])]));
