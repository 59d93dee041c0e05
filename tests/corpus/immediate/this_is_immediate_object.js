// setImmediate returns an Immediate object, which is `this` inside a non-arrow callback.
const im = setImmediate(function () {
  console.log('this === im:', this === im);
});
console.log(typeof im, im.constructor.name);
console.log(typeof im.ref, typeof im.unref, typeof im.hasRef);
