// Built-ins whose errors V8 words its own way.
try { Symbol.keyFor(1) } catch (e) { console.log(e.message) }
try { Symbol.keyFor('a') } catch (e) { console.log(e.message) }
try { Symbol.keyFor({}) } catch (e) { console.log(e.message) }
try { Date.prototype.getDay.call({}) } catch (e) { console.log(e.message) }
try { new DataView(5) } catch (e) { console.log(e.message) }
try { new FinalizationRegistry(5) } catch (e) { console.log(e.message) }
try { Object.fromEntries([5]) } catch (e) { console.log(e.message) }
try { Math.max(...5) } catch (e) { console.log(e.message) }
try { Math.max(...true) } catch (e) { console.log(e.message) }
