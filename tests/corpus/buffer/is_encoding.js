// Buffer.isEncoding accepts exactly Node's encoding names, in any case.
for (const e of ['utf8', 'UTF-8', 'ucs2', 'utf16le', 'latin1', 'binary', 'ascii', 'base64', 'base64url', 'hex',
  'utf16', 'latin-1', 'buffer', '', ' utf8', null, undefined, 8, {}]) {
  console.log(String(e), Buffer.isEncoding(e));
}
