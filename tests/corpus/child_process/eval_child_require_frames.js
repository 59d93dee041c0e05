// `node -e` code that requires a module which throws: the module's frames (the CommonJS loader's)
// come before the eval script's own (`[eval]`, runScriptInThisContext, ...).
const { execFileSync } = require('child_process');
const code = 'try { require("./_module_throws.js"); } catch (e) { console.log(e.stack.split(process.cwd()).join(".")); }';
console.log(execFileSync('node', ['-e', code], { encoding: 'utf8' }));
