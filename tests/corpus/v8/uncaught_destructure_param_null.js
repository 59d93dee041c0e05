// A parameter pattern given null, uncaught: V8 prints the value with its type.
function area({ width, height }) {
  return width * height;
}
console.log(area({ width: 2, height: 3 }));
area(null);
