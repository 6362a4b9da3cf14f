/**
 * The reference side of processes.mjs: `node bench/count-files.mjs LIBRARY FILE...` reads each
 * file and counts it with a library of libraries.mjs (its counting call), then prints the total,
 * as `prompt-budget count` prints its total on its last line.
 */
import { readFileSync } from 'node:fs';
import { LIBRARIES } from './libraries.mjs';

const [id, ...files] = process.argv.slice(2);
const library = LIBRARIES.find((candidate) => candidate.id === id && candidate.id !== 'ours');
if (!library) throw new Error(`unknown reference library ${id}`);
const count = await library.load({ api: 'count' });
let total = 0;
for (const file of files) total += count(readFileSync(file, 'utf8'));
process.stdout.write(`${total}  total\n`);
