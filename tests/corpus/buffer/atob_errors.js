// Invalid atob input throws a DOMException named InvalidCharacterError.
for (const s of ['a', 'YQ=', 'Y===', 'YQ==YQ==', '*', '-_', 'abcde', 'A=', 'YQ\u00e9']) {
  try {
    atob(s);
  } catch (e) {
    console.log(JSON.stringify(s), e.name, e.code, e.message, e instanceof DOMException);
  }
}
try { atob(); } catch (e) { console.log(e.code, e.name, e.message); }
