// Iterating a plain object, in one-line tries.
const obj = { a: 1 };
try { for (const x of obj) {} } catch (e) { console.log(e.message); }
try { const [first] = obj; } catch (e) { console.log(e.message); }
try { console.log([...obj]); } catch (e) { console.log(e.message); }
