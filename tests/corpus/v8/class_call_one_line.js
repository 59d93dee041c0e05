// A class called without new, in a one-line try.
class Foo {}
try { Foo(); } catch (e) { console.log(e.message); }
