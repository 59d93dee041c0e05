// A static import of it fails at link time, before any of this module runs.
import value from 'badpkg';
console.log(value);
