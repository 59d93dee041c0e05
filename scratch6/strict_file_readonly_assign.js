'use strict';
const config = Object.freeze({ port: 8080 });
function setPort(p) {
  config.port = p;
}
setPort(3000);
