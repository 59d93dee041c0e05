const order = { customer: { address: undefined } };
const zip = order?.customer?.address.zip;
console.log(zip);
