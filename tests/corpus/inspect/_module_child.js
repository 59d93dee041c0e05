module.exports = { child: true }; console.log(module.loaded, require.main === module);
