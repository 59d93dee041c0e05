// The classic: read all of stdin, then parse it as JSON.
let raw = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => { raw += chunk; });
process.stdin.on('end', () => {
  const data = JSON.parse(raw);
  const total = data.items.reduce((sum, item) => sum + item.price * item.qty, 0);
  console.log(data.name, data.items.length, 'items', total.toFixed(2));
  console.log(data.items.map((i) => i.id).join(','));
});
