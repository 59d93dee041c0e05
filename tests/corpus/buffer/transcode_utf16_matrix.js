// transcode from utf16le with lone surrogates and odd lengths, to every target.
const { transcode } = require('buffer');
const inputs = [[0x3d, 0xd8], [0x3d, 0xd8, 0x00], [0x3d, 0xd8, 0x41, 0x00], [0x00, 0xdc], [0x00, 0xdc, 0x41], [0x41, 0x00, 0x3d, 0xd8], [0x41], [0x41, 0x00, 0x42], [0x3d, 0xd8, 0x00, 0xde, 0x41]];
for (const to of ['utf8', 'latin1', 'ascii', 'ucs2']) {
  for (const i of inputs) {
    try { console.log(to, i.join(','), transcode(Buffer.from(i), 'utf16le', to)); } catch (e) { console.log(to, i.join(','), e.code, e.message); }
  }
}
for (const from of ['utf8', 'latin1', 'ascii']) {
  for (const i of [[0xff], [0xe2, 0x82], [0xc3, 0xa9], [0x80]]) {
    for (const to of ['utf8', 'ucs2', 'latin1', 'ascii']) {
      try { console.log(from, to, i.join(','), transcode(Buffer.from(i), from, to)); } catch (e) { console.log(from, to, i.join(','), e.code, e.message); }
    }
  }
}
