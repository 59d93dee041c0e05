// Views over an ArrayBuffer that do not fit: V8 names the start offset or the length it was given
// (typed arrays and DataView), for offsets past the end, negative ones and lengths too long.
const buf = new ArrayBuffer(8);
try { new Uint8Array(buf, 9); } catch (e) { console.log(e.message); }
try { new Uint8Array(buf, 2, 7); } catch (e) { console.log(e.message); }
try { new Uint8Array(buf, -1); } catch (e) { console.log(e.message); }
try { new Uint8Array(buf, 0, -1); } catch (e) { console.log(e.message); }
try { new DataView(buf, 9); } catch (e) { console.log(e.message); }
try { new DataView(buf, 4, 5); } catch (e) { console.log(e.message); }
const offset = 12;
try { new Int16Array(buf, offset); } catch (e) { console.log(e.message); }
