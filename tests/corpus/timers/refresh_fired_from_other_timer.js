// refresh() on a timeout that already fired, from another timer: it runs again, a delay later.
const t = setTimeout(() => console.log('A'), 10);
setTimeout(() => { t.refresh(); console.log('refreshed after fire', t._destroyed); }, 40);
setTimeout(() => console.log('C'), 150);
