const fs = require('fs');
fs.writeFileSync('/tmp/looplab_tut.json', JSON.stringify({ users: [{ id: 1, name: 'a' }, { id: 2, name: 'b' }], meta: { count: 2 } }));
const data = JSON.parse(fs.readFileSync('/tmp/looplab_tut.json', 'utf8'));
console.log(data);
console.log(data.users.find((u) => u.id === 2));
const buf = fs.readFileSync('/tmp/looplab_tut.json');
console.log(buf.length, buf.slice(0, 10), buf.toString('utf8', 0, 10));
fs.unlinkSync('/tmp/looplab_tut.json');
console.log(fs.existsSync('/tmp/looplab_tut.json'));
