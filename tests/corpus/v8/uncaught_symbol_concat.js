const id = Symbol('id');
console.log('start');
const label = 'id: ' + id;
console.log(label);
