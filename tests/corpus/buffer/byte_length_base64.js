// base64 byteLength is 3/4 of the length after dropping up to two trailing "=" (whitespace counts).
for (const s of ['', 'a', 'ab', 'abc', 'abcd', 'YQ', 'YQ=', 'YQ==', 'YQ===', '====', '=', 'YW Jj', 'YWJjZA==']) {
  console.log(JSON.stringify(s), Buffer.byteLength(s, 'base64'), Buffer.from(s, 'base64').length);
}
