// An unref'd timer does not keep the process alive: once nothing else is pending, Node exits.
const t = setTimeout(() => console.log("unref'd timer (never printed)"), 100);
t.unref();
setTimeout(() => console.log("ref'd timer at 10 ms"), 10);
console.log("hasRef:", t.hasRef());
