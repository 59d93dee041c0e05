// An arrow's `=>` on the line after its parameters.
const f = ()
=> 1;
