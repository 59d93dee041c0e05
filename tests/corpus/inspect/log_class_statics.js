class Config { static defaults = { debug: false }; static version = '1.0'; static #secret = 1; static make() {} }
class Sub extends Config { static extra = [1, 2]; }
class Empty {}
console.log(Config, Sub, Empty);
console.log([Config], { cls: Sub });
const Anon = class {};
console.log(Anon, class {}, class extends Empty {});
function Old() {} Old.staticProp = 'x';
console.log(Old);
