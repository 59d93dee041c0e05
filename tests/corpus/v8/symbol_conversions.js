// Symbols do not convert implicitly to strings or numbers.
const id = Symbol('id');
console.log(String(id), id.toString(), id.description);
try { id + ''; } catch (e) { console.log(e.message); }
try { `${id}`; } catch (e) { console.log(e.message); }
try { +id; } catch (e) { console.log(e.message); }
