'use strict';
// Adding a property to a locked object, while another object of the file has that key.
const user = Object.preventExtensions({ name: 'Ada' });
const settings = Object.freeze({ port: 80 });
const draft = { role: 'guest', host: 'localhost' };
draft.role = 'editor';
try {
  user.role = 'admin';
} catch (e) {
  console.log(e.message);
}
try {
  settings.port = 8080;
} catch (e) {
  console.log(e.message);
}
try {
  settings.host = 'example.com';
} catch (e) {
  console.log(e.message);
}
const later = { host: 'a' };
Object.seal(later);
later.host = 'b';
try {
  later.port = 1;
} catch (e) {
  console.log(e.message);
}
console.log(user, settings, later, draft);
