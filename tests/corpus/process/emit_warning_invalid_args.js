for (const args of [[], [1], ['x', 5], ['x', 'T', 5], ['x', { type: 5 }], [{}]]) {
  try { process.emitWarning(...args); console.log('ok'); } catch (e) { console.log(e.code, e.message); }
}
