/**
 * Microsoft Prompty (`.prompty`): YAML frontmatter, then a Jinja2 body (Mustache with
 * `template: mustache`) whose lines `system:`, `user:`, `assistant:` start messages. Follows the
 * reference parser, microsoft/prompty runtime/python/prompty/prompty/parsers/prompty.py: a marker
 * is a line holding only the role (optionally after `#`, optionally with `[name="..."]`
 * attributes) and a colon; text before the first marker is a system message ("first role is
 * system (if not specified)"), so a body without any marker is one system message; each message's
 * lines are joined with "\n" and stripped of leading and trailing line breaks.
 */
import type { LineIndex } from '../common/line-index.js';
import type { TemplateReading } from './types.js';
export declare function readPrompty(text: string, path: string, lines: LineIndex): TemplateReading;
