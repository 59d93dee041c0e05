// Classes print as [class X], with extends.
class A {}
class B extends A {}
console.log(A, B, class {}, [class Named {}]);
