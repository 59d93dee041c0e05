// Date strings that are not ISO 8601: V8 reads them with its legacy parser (month names,
// US-style slashes, am/pm, zone names and offsets, comments in parentheses).
const inputs = [
  'March 7, 2024',
  'December 17, 1995 03:24:00',
  'Tue Mar 05 2024 10:00:00 GMT+0100',
  'Mon, 25 Dec 1995 13:30:00 GMT',
  '01/15/2024',
  '2024/01/15',
  '1/2/3',
  'March 7',
  '12/25/2024 11:59 PM',
  'Jan 1 2020 12:00 am',
  '4 July 1776',
  '1776 July 4',
  'Jul-4-1776',
  '2024.01.15',
  'Dec 25, 2024 10:30:15.250',
  '2024-06-15 12:00:00 PST',
  'June 15, 2024 (a comment) 10:00',
  '6/15/2024, 3:45:00 PM',
  'Sept 5 2020',
  '3 Mar 75',
];
for (const s of inputs) {
  console.log(JSON.stringify(s).padEnd(38), new Date(s).toISOString());
}
