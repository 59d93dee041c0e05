function render() {
  return 'page';
}
let render = 1;
