// An object literal missing a comma: "Unexpected identifier 'b'".
const o = {
  a: 1
  b: 2
};
