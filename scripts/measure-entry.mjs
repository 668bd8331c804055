// Prints the brotli size of the CDN entry and of each lazy chunk, built in memory with the project's Rollup config
// (nothing is written): a quick check while working on size, safe to run beside other builds.
import { rollup } from 'rollup';
import config from '../rollup.config.js';
import { measure } from './lib/sizes.mjs';

const cdn = config[0];
const bundle = await rollup({ ...cdn, onwarn() {} });
const { output } = await bundle.generate(cdn.output);
const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
for (const file of output.filter((o) => o.type === 'chunk').sort((a, b) => a.fileName.localeCompare(b.fileName))) {
  const size = measure(Buffer.from(file.code));
  console.log(`${file.fileName.padEnd(48)} brotli ${kb(size.brotli).padStart(10)}  gzip ${kb(size.gzip).padStart(10)}`);
}
