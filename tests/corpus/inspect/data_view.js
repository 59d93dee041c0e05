// DataViews show their window and buffer.
console.log(new DataView(new ArrayBuffer(4), 1, 2));
