// process.stdout.write of what is not a string, a Buffer or a Uint8Array: ERR_INVALID_ARG_TYPE.
for (const v of [1, {}, null, undefined, true, Symbol('s')]) { try { process.stdout.write(v); } catch (e) { console.log(e.name, e.code, e.message); } }
