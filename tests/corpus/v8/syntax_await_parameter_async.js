// `await` as a parameter name of an async function.
async function f(await) {}
