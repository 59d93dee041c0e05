// Class instances: private fields are not shown, static fields and accessors on the class.
class P { #secret = 1; name = 'a'; static s = 2; get upper() { return this.name.toUpperCase(); } }
console.log(new P()); console.log(P); console.log([new P()]);
