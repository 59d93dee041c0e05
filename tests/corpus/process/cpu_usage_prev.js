const a = process.cpuUsage();
console.log(Object.keys(a));
const d = process.cpuUsage(a);
console.log(Object.keys(d), d.user >= 0, d.system >= 0);
try { process.cpuUsage({ user: -1, system: 0 }); } catch (e) { console.log(e.code, e.message); }
try { process.cpuUsage({ user: 'x', system: 0 }); } catch (e) { console.log(e.code, e.message); }
try { process.cpuUsage(5); } catch (e) { console.log(e.code, e.message); }
