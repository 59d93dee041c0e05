const { transcode } = require('buffer');
console.log(transcode(Buffer.from([0x61, 0x00, 0x62]), 'utf16le', 'utf8'));
console.log(transcode(Buffer.from([0x61]), 'ucs2', 'latin1'));
console.log(transcode(Buffer.from([0x61, 0x00, 0x62]), 'utf16le', 'ascii'));
console.log(transcode(Buffer.from('héllo'), 'utf8', 'ucs2'));
console.log(transcode(Buffer.from('h€'), 'utf8', 'latin1'));
console.log(transcode(Buffer.from('h€'), 'utf8', 'ascii'));
try { transcode(Buffer.from([0x3d, 0xd8, 0x00]), 'utf16le', 'utf8'); } catch (e) { console.log(e.code, e.errno, e.message); }
try { transcode(Buffer.from([0x41]), 'utf16le', 'utf8'); } catch (e) { console.log(e.code, e.errno, e.message); }
console.log(transcode(Buffer.from([0x3d, 0xd8, 0x00]), 'utf16le', 'ucs2'));
console.log(transcode(Buffer.from([0xff, 0xfe]), 'latin1', 'utf16le'));
console.log(transcode(Buffer.alloc(0), 'utf8', 'utf16le'));
try { transcode(Buffer.from('a'), 'utf8', 'hex'); } catch (e) { console.log(e.code, e.message); }
try { transcode('a', 'utf8', 'ucs2'); } catch (e) { console.log(e.code, e.message); }
