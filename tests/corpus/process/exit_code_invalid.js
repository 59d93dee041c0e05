// A non-integer exit code is rejected with Node's error.
try { process.exit(1.5); } catch (e) { console.log(e.code, e.message); }
try { process.exitCode = 'abc'; } catch (e) { console.log(e.code, e.message); }
try { process.exit(true); } catch (e) { console.log(e.code, e.message); }
console.log(process.exitCode);
