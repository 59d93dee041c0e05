async function f() { throw { code: 42, msg: 'nope' }; }
f();
