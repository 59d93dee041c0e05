// Writes to frozen, sealed and non-extensible objects in an ES module (strict).
const cfg = Object.freeze({ port: 80 });
try { cfg.port = 8080; } catch (e) { console.log(e.name, e.message); }
const sealed = Object.seal({ x: 1 });
try { sealed.y = 2; } catch (e) { console.log(e.message); }
try { delete sealed.x; } catch (e) { console.log(e.message); }
const ne = Object.preventExtensions({});
try { ne.z = 1; } catch (e) { console.log(e.message); }
