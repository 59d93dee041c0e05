'use strict';
const obj = {};
Object.defineProperty(obj, 'id', { value: 7, enumerable: true });
function clear(o) {
  for (const key of Object.keys(o)) {
    delete o[key];
  }
}
clear(obj);
