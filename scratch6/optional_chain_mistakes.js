function show(f) {
  try { console.log(f()); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
}
const user = { name: 'a', address: null, greet: null };
show(() => user?.address.city);
show(() => user.address?.city);
show(() => user.greet?.());
show(() => user.greet());
show(() => user.missing?.deep.deeper);
show(() => user?.profile.name);
show(() => user.name?.toUpperCase());
show(() => user.name.foo?.bar.baz);
show(() => user?.["address"].street);
