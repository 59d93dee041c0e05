class Stack extends Array { peek() { return this[this.length - 1]; } }
const s = Stack.from([1, 2, 3]); s.label = 'top';
class Registry extends Map { constructor() { super([['a', 1]]); this.count = 1; } }
class Tags extends Set {}
class HttpError extends Error { constructor(status, msg) { super(msg); this.status = status; } }
class Later extends Promise {}
console.log(s, new Registry(), new Tags(['x', 'y']));
const e = new HttpError(404, 'Not Found');
console.log(Object.keys(e), e.status, e.name, e instanceof HttpError);
console.log(Later.resolve(5), new Later(() => {}));
console.log(s.map((x) => x * 2), s.filter(Boolean) instanceof Stack);
