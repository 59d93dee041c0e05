// Blob.text() decodes UTF-8 with replacement characters.
(async () => {
  const blob = new Blob([Uint8Array.of(0x68, 0xff, 0x69, 0xe2, 0x82)]);
  const text = await blob.text();
  console.log(text.length, [...text].map((c) => c.charCodeAt(0).toString(16)).join(' '));
  console.log(await new Blob(['a', 'b', 'c']).text(), new Blob([new ArrayBuffer(3)]).size);
})();
