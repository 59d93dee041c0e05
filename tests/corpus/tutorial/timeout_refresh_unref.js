const t = setTimeout(() => console.log('refreshed timeout'), 20);
setTimeout(() => { t.refresh(); console.log('refreshed'); }, 10);
const u = setTimeout(() => console.log('unref never'), 1000);
u.unref();
