const samples = ['HTTP://EXAMPLE.com:80/', 'https://example.com:443/p', 'http://[::1]:3000/x', 'http://127.0.0.1/', 'mailto:someone@example.com',
  'data:text/plain,hello', 'http://example.com/a b?c d#e f', 'ws://h/%7Efoo', 'http://ex.com/ü?ü=ü', 'file:///C:/x', 'blob:https://a.com/uuid', 'http://0x7f.1/'];
for (const s of samples) {
  const u = new URL(s);
  console.log([u.href, u.origin, u.protocol, u.host, u.hostname, u.port, u.pathname, u.search, u.hash].join(' | '));
}
