// Errors from a class constructor, a getter reading a missing field, a getter-only assignment.
class Temp {
  constructor(c) { if (typeof c !== 'number') throw new TypeError('celsius must be a number'); this.c = c; }
  get f() { return this.c * 9 / 5 + 32; }
  get broken() { return this.missing.value; }
}
try { new Temp('x'); } catch (e) { console.log(e.message); }
const t = new Temp(10);
try { t.broken; } catch (e) { console.log(e.message); }
try { t.f = 3; console.log('sloppy ok', t.f); } catch (e) { console.log(e.message); }
try { (function () { 'use strict'; t.f = 3; })(); } catch (e) { console.log(e.message); }
try { Temp(1); } catch (e) { console.log(e.message); }
class Child extends Temp { constructor() { this.x = 1; super(1); } }
try { new Child(); } catch (e) { console.log(e.message); }
