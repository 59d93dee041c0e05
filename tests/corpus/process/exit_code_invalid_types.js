for (const v of [1.5, '2', 'abc', null, undefined, true, {}, 2 ** 31]) {
  try { process.exitCode = v; console.log('ok', v, process.exitCode); }
  catch (e) { console.log(e.code, e.message); }
}
process.exitCode = 0;
