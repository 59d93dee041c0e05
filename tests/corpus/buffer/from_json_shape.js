// The { type: "Buffer", data: [...] } shape produced by toJSON is accepted back.
const json = JSON.stringify(Buffer.from('hi!'));
console.log(json);
const back = Buffer.from(JSON.parse(json));
console.log(back, back.toString());
console.log(Buffer.from({ type: 'Buffer', data: [1, 2, 300] }));
try { Buffer.from({ type: 'Other', data: [1, 2] }); } catch (e) { console.log(e.code, e.message); }
