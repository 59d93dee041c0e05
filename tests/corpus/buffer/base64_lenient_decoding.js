// Buffer base64 decoding is lenient: it skips junk, accepts both alphabets and stops at "=".
for (const s of ['YWJj', 'YW Jj', 'YW$$Jj', 'ab=cd', 'YQ==YQ==', 'YW=Jj', '====', '-_-_', '+/+/', 'Y', 'YQ', 'YWJjZA==x']) {
  console.log(JSON.stringify(s), Buffer.from(s, 'base64'), Buffer.from(s, 'base64url'));
}
