// Methods, arrows and classes as property values.
console.log({ f() {}, g: () => 1, h: class {}, async i() {}, *j() {} });
