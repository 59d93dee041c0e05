// A const without a value: "Missing initializer in const declaration".
const limit;
limit = 10;
