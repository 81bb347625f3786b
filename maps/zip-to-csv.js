// Writes the zipcodes package's US ZIP points as CSV (zip,city,state,lon,lat) to stdout,
// so that GDAL can read them like any other table.
'use strict';
const codes = require(process.argv[2] + '/zipcodes/lib/codes.js').codes;
const quote = s => '"' + String(s ?? '').replace(/"/g, '""') + '"';
const out = ['zip,city,state,lon,lat'];
for (const c of Object.values(codes)) {
  if (c.country !== 'US') continue;
  out.push([quote(c.zip), quote(c.city), quote(c.state), c.longitude, c.latitude].join(','));
}
process.stdout.write(out.join('\n') + '\n');
