eval('x.y');
