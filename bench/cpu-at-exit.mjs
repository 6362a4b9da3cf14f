/**
 * Preloaded (`node --import`) into each process processes.mjs times: writes the process's CPU
 * time in seconds (user + system, all its threads) to file descriptor 3 as it exits.
 */
import { writeSync } from 'node:fs';

process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  writeSync(3, String((user + system) / 1e6));
});
