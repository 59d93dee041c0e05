// A private method throws: V8 names the frame with its #name.
class Vault {
  #check(code) { if (code !== 42) throw new Error('wrong code'); }
  open(code) { this.#check(code); return 'open'; }
}
const vault = new Vault();
console.log(vault.open(42));
vault.open(7);
