// cpuUsage gives microseconds of user and system time; with a previous value, the difference.
const a = process.cpuUsage();
console.log(Object.keys(a), Number.isInteger(a.user), Number.isInteger(a.system));
let x = 0;
for (let i = 0; i < 1000; i++) x += i;
const d = process.cpuUsage(a);
console.log(d.user >= 0, d.system >= 0, x);
try { process.cpuUsage({ user: -1, system: 0 }); } catch (e) { console.log(e.code, e.message); }
try { process.cpuUsage({ user: 'a' }); } catch (e) { console.log(e.code, e.message); }
const r = process.resourceUsage();
console.log(typeof r.userCPUTime, typeof r.maxRSS, typeof r.fsRead);
