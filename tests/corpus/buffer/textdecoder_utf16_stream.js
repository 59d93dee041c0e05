const dec = new TextDecoder('utf-16le');
console.log(JSON.stringify(dec.decode(new Uint8Array([0x68, 0x00, 0x69]), { stream: true })));
console.log(JSON.stringify(dec.decode(new Uint8Array([0x00]), { stream: true })));
console.log(JSON.stringify(dec.decode(new Uint8Array([0x3d, 0xd8]), { stream: true })));
console.log(JSON.stringify(dec.decode(new Uint8Array([0x00, 0xde]))));
console.log(JSON.stringify(dec.decode(new Uint8Array([0x3d, 0xd8]))));
const fatal = new TextDecoder('utf-16le', { fatal: true });
try { fatal.decode(new Uint8Array([0x00, 0xdc, 0x41, 0x00])); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(JSON.stringify(fatal.decode(new Uint8Array([0x41, 0x00]))));
try { fatal.decode(new Uint8Array([0x41]), { stream: false }); } catch (e) { console.log(e.name, e.code); }
console.log(JSON.stringify(fatal.decode(new Uint8Array([0x42, 0x00]))));
try { fatal.decode(new Uint8Array([0x3d, 0xd8]), { stream: true }); console.log('ok partial'); fatal.decode(new Uint8Array([0x41, 0x00]), { stream: true }); } catch (e) { console.log('threw', e.code); }
try { console.log(JSON.stringify(fatal.decode(new Uint8Array([0x43, 0x00])))); } catch (e) { console.log('threw again', e.code); }
console.log(JSON.stringify(fatal.decode(new Uint8Array([0x44, 0x00]))));
console.log(fatal, dec);
