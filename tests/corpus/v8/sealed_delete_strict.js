'use strict';
// Deleting a property of a sealed object in strict code.
const settings = Object.seal({ theme: 'dark' });
try {
  delete settings.theme;
} catch (e) {
  console.log(e.message);
}
