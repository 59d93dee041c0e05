// Methods called on what a call returned, when the call gave undefined.
const api = { get() { return {}; }, list() { return [1, 2]; }, none() {} };
try { api.get().run(); } catch (e) { console.log(e.message); }
try { api.list().mapp(x => x); } catch (e) { console.log(e.message); }
try { api.none().value; } catch (e) { console.log(e.message); }
try { api.none().go(); } catch (e) { console.log(e.message); }
try { api.get().a.b; } catch (e) { console.log(e.message); }
try { api.list()[5].x; } catch (e) { console.log(e.message); }
try { api.nope(); } catch (e) { console.log(e.message); }
try { api['get']().x.y(); } catch (e) { console.log(e.message); }
