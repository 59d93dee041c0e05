// import.meta alone is enough for Node to run a .js file as an ES module.
console.log(import.meta.url.startsWith('file:///'), import.meta.filename.endsWith('detect_import_meta.js'));
