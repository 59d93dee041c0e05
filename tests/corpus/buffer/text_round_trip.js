// TextEncoder output decodes back with TextDecoder and Buffer#toString.
const s = 'Grüße, 世界 👋';
const bytes = new TextEncoder().encode(s);
console.log(bytes.length, new TextDecoder().decode(bytes) === s, Buffer.from(bytes).toString() === s);
console.log(Buffer.from(s).equals(bytes));
