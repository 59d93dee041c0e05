'use strict';
// Assigning to a property of a frozen object in strict code.
const config = Object.freeze({ port: 80 });
try {
  config.port = 8080;
} catch (e) {
  console.log(e.message);
}
