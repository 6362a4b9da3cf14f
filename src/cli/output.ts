/**
 * The CLI's two channels, standard output and standard error, each with the terminal's one
 * escaping and the one redaction: text from the repository (names, paths, messages) and from
 * APIs may hold escape sequences or reordering characters, and the environment's keys must reach
 * neither stream, whole or in part.
 */
import { escapeLines } from '../common/format.js';
import { redactSecrets } from '../common/secrets.js';

type Stream = 'stdout' | 'stderr';

/** Text shown as it is: each line escaped on its own (line breaks kept), no secret. */
export function print(text: string, stream: Stream = 'stdout'): void {
  process[stream].write(safe(text));
}

/** A line of progress or warning on standard error. */
export function logLine(line: string): void {
  print(`${line}\n`, 'stderr');
}

/** Text a renderer already escaped for a terminal, whose colours are its only escape sequences. */
export function printRendered(text: string, stream: Stream = 'stdout'): void {
  process[stream].write(redactSecrets(text));
}

/** Text bound for a file the user named (a report): redacted, escaped line by line. */
export function safe(text: string): string {
  return escapeLines(redactSecrets(text));
}
