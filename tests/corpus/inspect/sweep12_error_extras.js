// Sweep (issue 3): a learner's prints, checked against node.
const e = new Error('with props');
e.status = 500; e.meta = { path: '/x', tries: [1, 2] }; e[Symbol('s')] = 'sym';
console.log({ e }.e === e, Object.keys(e));
const plain = Object.assign(Object.create(Error.prototype), { message: 'fake' });
console.log(plain instanceof Error, String(plain));
const ae = new AggregateError([], 'empty agg'); console.log(ae.errors, ae.message, ae.name);
const ee = new Error('x'); ee.name = ''; console.log(String(ee));
const em = new Error(''); console.log(String(em), em.message === '');
const eo = new Error({ toString() { return 'obj msg'; } }); console.log(eo.message);
console.log(Object.getOwnPropertyNames(new Error('a', { cause: 1 })));
console.log(new Error('m', { cause: undefined }).cause, 'cause' in new Error('m', {}));
