const v8 = require('node:v8');
const ser = new v8.Serializer();
ser.writeHeader();
ser.writeUint32(300);
ser.writeUint64(1, 2);
ser.writeDouble(1.5);
ser.writeRawBytes(Buffer.from([9, 8]));
ser.writeValue({ ok: true });
const bytes = ser.releaseBuffer();
console.log(bytes.toString('hex'), ser.releaseBuffer().length);
const des = new v8.Deserializer(bytes);
console.log(des.readHeader(), des.getWireFormatVersion(), des.readUint32(), des.readUint64(), des.readDouble(), des.readRawBytes(2), des.readValue());
console.log(typeof v8.DefaultSerializer, new v8.DefaultSerializer() instanceof v8.Serializer, new v8.DefaultDeserializer(bytes) instanceof v8.Deserializer);
class Custom extends v8.Serializer {}
const custom = new Custom();
custom.writeHeader();
try { custom.writeValue(new Uint8Array(1)); console.log(custom.releaseBuffer().toString('hex')); } catch (err) { console.log(err.message); }
console.log(v8.Serializer.prototype._getDataCloneError === Error);
