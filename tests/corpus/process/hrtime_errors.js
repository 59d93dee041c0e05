// hrtime checks its argument the way Node does.
try { process.hrtime(1); } catch (e) { console.log(e.code, e.message); }
try { process.hrtime([1]); } catch (e) { console.log(e.code, e.message); }
try { process.hrtime('ab'); } catch (e) { console.log(e.code, e.message); }
console.log(process.hrtime(undefined).length);
