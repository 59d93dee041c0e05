// A private getter without a setter, assigned to: V8 names the member and points at it.
class Temperature {
  get #celsius() {
    return 21;
  }
  warm() {
    this.#celsius = 25;
  }
}
new Temperature().warm();
