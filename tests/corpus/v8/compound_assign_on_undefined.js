'use strict';
let u;
try { u.x += 1; } catch (e) { console.log(e.message); }
try { u.x++; } catch (e) { console.log(e.message); }
try { ++u.x; } catch (e) { console.log(e.message); }
try { u.x = 1; } catch (e) { console.log(e.message); }
try { u.x ??= 1; } catch (e) { console.log(e.message); }
function f() { return this.count++; }
try { f(); } catch (e) { console.log(e.message); }
function g() { this.count += 2; }
try { g(); } catch (e) { console.log(e.message); }
function h() { this.count = 2; }
try { h(); } catch (e) { console.log(e.message); }
