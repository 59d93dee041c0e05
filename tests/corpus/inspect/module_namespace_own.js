// The namespace of a data: module.
import('data:text/javascript,export const a = 1; export let b = [1, 2]; export default "d";').then((ns) => console.log(ns));
