// Extra properties on an error without frames.
const e = Object.assign(new Error('e'), { code: 'ERR_THING' });
e.stack = 'Error: e';
console.log(e);
console.log({ e });
