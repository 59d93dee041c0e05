// The platform and the Node version the runtime models.
console.log(process.platform, process.arch, typeof process.title);
console.log(process.version, process.versions.node === process.version.slice(1));
console.log(process.version.startsWith('v20.'), process.versions.modules, process.versions.uv);
console.log(typeof process.versions.v8, process.release.name, process.release.lts);
console.log(Object.keys(process.versions).includes('openssl'), typeof process.versions.napi);
console.log(typeof process.release.sourceUrl, process.release.sourceUrl.endsWith(`node-${process.version}.tar.gz`));
