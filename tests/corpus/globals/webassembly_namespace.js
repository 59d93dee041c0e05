// The WebAssembly namespace Node 20 has (V8's): its shape, and validate of a module's header.
console.log(typeof WebAssembly, Object.prototype.toString.call(WebAssembly));
console.log(WebAssembly);
console.log(Object.getOwnPropertyNames(WebAssembly).length, typeof WebAssembly.Module, typeof WebAssembly.CompileError);
console.log(WebAssembly.validate(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0])), WebAssembly.validate(new Uint8Array([1, 2, 3])));
try { WebAssembly.validate('nope'); } catch (e) { console.log(e.name, e.message); }
console.log(typeof navigator, 'navigator' in globalThis, Object.keys(globalThis).includes('WebAssembly'));
