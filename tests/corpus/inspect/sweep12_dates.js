// Sweep (issue 3): a learner's prints, checked against node.
const d = new Date(Date.UTC(2024, 1, 29, 12, 30, 45, 123));
console.log(d, [d], { d });
console.log(String(d), d.toISOString(), d.toJSON(), d.toUTCString(), d.toDateString());
console.log(new Date(NaN), String(new Date(NaN)), new Date(NaN).getTime());
try { new Date(NaN).toISOString(); } catch (e) { console.log(e.name, e.message); }
console.log(new Date(8.64e15), new Date(-1), new Date(Date.UTC(-1, 0)));
const dp = new Date(0); dp.note = 'n'; console.log(dp);
console.log(typeof Date.now(), Date.UTC(2000, 0), new Date('2024-01-01').getTime());
