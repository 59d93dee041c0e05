function make() {
  return new Error('made');
}
module.exports = make;
module.exports.atLoad = make();
