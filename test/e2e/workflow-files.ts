/**
 * Parsers for what an action leaves behind for the runner: the GITHUB_OUTPUT-style files and
 * the workflow commands in its log. They follow the runner's own rules (actions/runner), not
 * @actions/core's, so a bundle that writes something the runner would reject fails here too.
 */

/**
 * Parses a GITHUB_OUTPUT / GITHUB_STATE / GITHUB_ENV file: `name=value` lines and the heredoc
 * form `name<<DELIMITER` ... `DELIMITER` that @actions/core writes. As the runner does, a line
 * is a heredoc when `<<` comes before any `=`, and a heredoc without its closing delimiter is
 * an error (the runner fails the step).
 */
export function parseOutputFile(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === '') continue;
    const equals = line.indexOf('=');
    const heredoc = line.indexOf('<<');
    if (heredoc >= 0 && (equals < 0 || heredoc < equals)) {
      const name = line.slice(0, heredoc);
      const delimiter = line.slice(heredoc + 2);
      if (!name || !delimiter) throw new Error(`Invalid format '${line}'`);
      const body: string[] = [];
      i += 1;
      while (i < lines.length && lines[i] !== delimiter) body.push(lines[i++]);
      if (i >= lines.length) throw new Error(`Matching delimiter not found '${delimiter}'`);
      values[name] = body.join('\n');
    } else if (equals > 0) {
      values[line.slice(0, equals)] = line.slice(equals + 1);
    } else {
      throw new Error(`Invalid format '${line}'`);
    }
  }
  return values;
}

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export interface Annotation {
  level: AnnotationLevel;
  message: string;
  file?: string;
  line?: number;
  endLine?: number;
  col?: number;
  endColumn?: number;
  title?: string;
}

/** The runner's unescaping: messages know %25 %0D %0A; properties also %3A and %2C. %25 goes last. */
function unescapeData(text: string): string {
  return text.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%25/g, '%');
}

function unescapeProperty(text: string): string {
  return text.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%3A/gi, ':').replace(/%2C/gi, ',').replace(/%25/g, '%');
}

const NUMERIC = new Set(['line', 'endLine', 'col', 'endColumn']);

/**
 * Finds `::error ...::`, `::warning ...::` and `::notice ...::` commands in a log. Commands
 * between `::stop-commands::TOKEN` and `::TOKEN::` are ignored, as the runner ignores them:
 * that is how an action prints untrusted text without it acting as a command.
 */
export function parseAnnotations(log: string): Annotation[] {
  const annotations: Annotation[] = [];
  let stopToken: string | undefined;
  for (const rawLine of log.split(/\r?\n/)) {
    const line = rawLine.trimStart();
    if (stopToken !== undefined) {
      if (line === `::${stopToken}::`) stopToken = undefined;
      continue;
    }
    const command = /^::([A-Za-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!command) continue;
    const [, name, properties = '', data = ''] = command;
    if (name === 'stop-commands') {
      stopToken = data;
      continue;
    }
    if (name !== 'error' && name !== 'warning' && name !== 'notice') continue;
    const annotation: Annotation = { level: name, message: unescapeData(data) };
    for (const pair of properties.split(',')) {
      const equals = pair.indexOf('=');
      if (equals <= 0) continue;
      const key = pair.slice(0, equals).trim();
      const value = unescapeProperty(pair.slice(equals + 1));
      if (NUMERIC.has(key)) Object.assign(annotation, { [key]: Number(value) });
      else if (key === 'file' || key === 'title') annotation[key] = value;
    }
    annotations.push(annotation);
  }
  return annotations;
}
