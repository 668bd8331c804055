// Raw, gzip and brotli sizes of the shipped CDN files.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Sizes in bytes of one file's contents. */
export function measure(buffer) {
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length },
    }).length,
  };
}

/** Every `.js` file under `dir`, relative paths, sorted. */
export function jsFiles(dir) {
  return readdirSync(dir, { recursive: true })
    .filter((file) => file.endsWith('.js') && statSync(join(dir, file)).isFile())
    .sort();
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** Prints a table of the CDN files with raw, gzip and brotli sizes; returns the rows. */
export function printSizes(dir = 'dist/cdn') {
  const rows = jsFiles(dir).map((file) => ({ file, ...measure(readFileSync(join(dir, file))) }));
  const width = Math.max(...rows.map((row) => row.file.length), 4);
  console.log(`\n${'file'.padEnd(width)}  ${'raw'.padStart(9)}  ${'gzip'.padStart(9)}  ${'brotli'.padStart(9)}`);
  for (const row of rows) {
    console.log(`${row.file.padEnd(width)}  ${kb(row.raw).padStart(9)}  ${kb(row.gzip).padStart(9)}  ${kb(row.brotli).padStart(9)}`);
  }
  return rows;
}
