// irregexp's words for patterns the RegExp constructor rejects, with the flags given.
try { new RegExp('^*') } catch (e) { console.log(e.message) }
try { new RegExp('{2}') } catch (e) { console.log(e.message) }
try { new RegExp('a{2', 'u') } catch (e) { console.log(e.message) }
try { new RegExp('(?<a>x)\\k<b>') } catch (e) { console.log(e.message) }
try { new RegExp('\\', 'u') } catch (e) { console.log(e.message) }
try { new RegExp('a)') } catch (e) { console.log(e.message) }
try { new RegExp('(a') } catch (e) { console.log(e.message) }
try { new RegExp('(?<a') } catch (e) { console.log(e.message) }
try { new RegExp('x{3,2}', 'u') } catch (e) { console.log(e.message) }
try { new RegExp('x{3,2}') } catch (e) { console.log(e.message) }
