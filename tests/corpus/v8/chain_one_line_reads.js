// Property reads on undefined and null, in one-line tries.
const config = { db: {} };
try { config.db.host.name; } catch (e) { console.log(e.message); }
try { null.foo; } catch (e) { console.log(e.message); }
try { undefined[0]; } catch (e) { console.log(e.message); }
