function show(f) {
  try { console.log(f()); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
}
const id = Symbol('id');
show(() => 'id: ' + id);
show(() => `${id}`);
show(() => id + 1);
show(() => +id);
show(() => String(id));
show(() => id.toString());
show(() => id.description);
show(() => [id].join(','));
show(() => Number(id));
show(() => id * 2);
show(() => Math.abs(id));
show(() => parseInt(id));
show(() => new Date(id));
show(() => ({ [id]: 1 })[id]);
show(() => JSON.stringify({ id }));
show(() => 'x'.concat(id));
