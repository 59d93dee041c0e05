// Releasing a reader with a pending read rejects it ('Releasing reader').
const rs = new ReadableStream();
const reader = rs.getReader();
reader.read().then((r) => console.log('resolved', r), (e) => console.log('rejected', e.name, e.code, e.message));
reader.closed.catch((e) => console.log('closed', e.code, e.message));
reader.releaseLock();
console.log(rs.locked);
const again = rs.getReader();
console.log(again === reader, rs.locked);
again.cancel('bye').then(() => console.log('cancelled', rs));
