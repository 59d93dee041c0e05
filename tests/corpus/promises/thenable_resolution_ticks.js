// Resolving with a thenable costs two extra microtask turns.
const thenable = { then(resolve) { console.log('then called'); resolve('thenable value'); } };
Promise.resolve(thenable).then((v) => console.log(v));
Promise.resolve().then(() => console.log('1')).then(() => console.log('2')).then(() => console.log('3'));
