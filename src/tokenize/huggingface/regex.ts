/**
 * Pre-tokenizer patterns of tokenizer.json, which Hugging Face's Rust `tokenizers` runs with
 * Oniguruma, matched exactly in JavaScript.
 *
 * A JavaScript RegExp can't use its own \p{L} or \s: they follow the runtime's Unicode version
 * (Node 20 and 24 differ, and neither is Oniguruma's), and \s is another set. Spelling the classes
 * out as ranges makes a huge RegExp that V8 matches slowly. Instead, code points are sorted into
 * the few classes a pattern can tell apart (for Llama 3's pattern: letters, digits, \r, \n, other
 * space, ', s/S/ſ, ... about 20), each class becomes one private-use character, and the pattern is
 * rewritten over those characters. The text is mapped the same way, one character per code point,
 * and the rewritten RegExp, whose classes are now tiny, runs on that. Backtracking semantics are
 * the same in both engines for what is accepted here; anything else is refused.
 */
import { CATEGORIES, CATEGORY_RUNS, WHITE_SPACE, WORD } from './unicode-onig.js';

/** A pattern uses something we do not translate; the message says what. */
export class UnsupportedPattern extends Error {}

/** A set of code points the pattern names: a literal range or a predicate over a table. */
type Atom = { lo: number; hi: number } | { test: (cp: number) => boolean };

interface SetNode {
  t: 'set';
  /** Under (?i): the ASCII letter this literal stands for, lower-cased. */
  folded?: string;
  /** Union of these atoms (each possibly complemented), then complemented if `negated`. */
  items: { atom: Atom; not: boolean }[];
  negated: boolean;
}
type Node =
  | SetNode
  | { t: 'seq'; items: Node[] }
  | { t: 'alt'; items: Node[] }
  | { t: 'look'; kind: '=' | '!' | '<=' | '<!'; body: Node }
  | { t: 'atomic'; body: Node }
  | { t: 'rep'; body: Node; min: number; max: number; lazy: boolean; possessive: boolean };

let categoryTable: Uint8Array | undefined;
/** General_Category index (into CATEGORIES) of every code point. */
function categories(): Uint8Array {
  if (categoryTable) return categoryTable;
  const table = new Uint8Array(0x110000);
  let at = 0;
  for (const run of CATEGORY_RUNS.split(' ')) {
    const [length, category] = run.split('.');
    const end = at + parseInt(length!, 36);
    table.fill(parseInt(category!, 36), at, end);
    at = end;
  }
  return (categoryTable = table);
}

const rangeSets = new Map<string, Uint8Array>();
function rangeSet(ranges: string): Uint8Array {
  let set = rangeSets.get(ranges);
  if (set) return set;
  set = new Uint8Array(0x110000);
  for (const item of ranges.split(' ')) {
    const [first, extra = '0'] = item.split('-');
    const lo = parseInt(first!, 36);
    set.fill(1, lo, lo + parseInt(extra, 36) + 1);
  }
  rangeSets.set(ranges, set);
  return set;
}

const CATEGORY_NAMES = CATEGORIES.split(' ');
const PROPERTY_ALIASES: Record<string, string> = {
  letter: 'L', mark: 'M', number: 'N', punctuation: 'P', symbol: 'S', separator: 'Z', other: 'C',
  uppercase_letter: 'Lu', lowercase_letter: 'Ll', titlecase_letter: 'Lt', modifier_letter: 'Lm', other_letter: 'Lo',
  nonspacing_mark: 'Mn', spacing_mark: 'Mc', enclosing_mark: 'Me', decimal_number: 'Nd', letter_number: 'Nl', other_number: 'No',
  control: 'Cc', format: 'Cf', private_use: 'Co', unassigned: 'Cn', space_separator: 'Zs',
};

/** One Atom per property, so a pattern naming \p{L} 400 times scans the code points once. */
const propertyAtoms = new Map<string, Atom>();
function propertyAtom(name: string): Atom {
  const key = name.replace(/[\s-]/g, '_').toLowerCase();
  let atom = propertyAtoms.get(key);
  if (!atom) propertyAtoms.set(key, (atom = newPropertyAtom(name, key)));
  return atom;
}

function newPropertyAtom(name: string, key: string): Atom {
  const short = PROPERTY_ALIASES[key] ?? name;
  if (key === 'white_space' || key === 'space') return { test: (cp) => rangeSet(WHITE_SPACE)[cp] === 1 };
  if (key === 'any') return { lo: 0, hi: 0x10ffff };
  const unassigned = CATEGORY_NAMES.length;
  if (short === 'Cn') return { test: (cp) => categories()[cp] === unassigned };
  const exact = CATEGORY_NAMES.indexOf(short);
  if (exact >= 0) return { test: (cp) => categories()[cp] === exact };
  if (/^[LMNPSZC]$/.test(short)) {
    const members = CATEGORY_NAMES.map((c, i) => (c[0] === short ? i : -1)).filter((i) => i >= 0);
    if (short === 'C') members.push(unassigned);
    const inGroup = new Uint8Array(unassigned + 1);
    for (const i of members) inGroup[i] = 1;
    return { test: (cp) => inGroup[categories()[cp]!] === 1 };
  }
  throw new UnsupportedPattern(`the Unicode property \\p{${name}}`);
}

const SPACE: Atom = { test: (cp) => rangeSet(WHITE_SPACE)[cp] === 1 };
const WORD_CHAR: Atom = { test: (cp) => rangeSet(WORD)[cp] === 1 };
const DIGIT: Atom = { test: (cp) => categories()[cp] === CATEGORY_NAMES.indexOf('Nd') };
const NEWLINE: Atom = { lo: 0x0a, hi: 0x0a };

/**
 * Under (?i), Oniguruma also matches one character against several (ß against "ss", ﬁ against
 * "fi") and folds whole classes and properties. Only ASCII literals and ranges are translated;
 * their only multi-character folds are these pairs, refused when adjacent.
 */
const MULTI_CHARACTER_FOLDS = new Set(['ss', 'st', 'ff', 'fi', 'fl']);
const FOLD_HINT = 'under (?i), which prompt-budget matches for ASCII letters only';

/** Code points equal to `cp` under case folding, `cp` first (enough for single-character folds). */
function caseVariants(cp: number): number[] {
  const c = String.fromCodePoint(cp);
  const candidates = new Set([c, c.toLowerCase(), c.toUpperCase(), ...(EXTRA_FOLDS[c.toLowerCase()] ?? [])]);
  const same = new RegExp(`^${c.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&')}$`, 'iu');
  return [...candidates].filter((v) => [...v].length === 1 && same.test(v)).map((v) => v.codePointAt(0)!);
}
/** Characters that fold onto another without being its upper or lower case. */
const EXTRA_FOLDS: Record<string, string[]> = { s: ['\u017f'], k: ['\u212a'], 'å': ['\u212b'], 'ß': ['\u1e9e'], 'μ': ['\u00b5'], 'ι': ['\u0345', '\u1fbe'] };

const ESCAPES: Record<string, number> = { n: 0x0a, r: 0x0d, t: 0x09, f: 0x0c, v: 0x0b, a: 0x07, e: 0x1b };

/** Parses the subset of Oniguruma that tokenizer.json patterns use. */
class Parser {
  private at = 0;
  constructor(private readonly source: string) {}

  parse(): Node {
    const node = this.alternation(false);
    if (this.at < this.source.length) throw new UnsupportedPattern(`an unmatched ")" at offset ${this.at}`);
    return node;
  }

  private peek(): string | undefined {
    return this.source[this.at];
  }

  private alternation(fold: boolean): Node {
    const items = [this.sequence(fold)];
    while (this.peek() === '|') {
      this.at++;
      items.push(this.sequence(fold));
    }
    return items.length === 1 ? items[0]! : { t: 'alt', items };
  }

  private sequence(fold: boolean): Node {
    const items: Node[] = [];
    for (let c = this.peek(); c !== undefined && c !== '|' && c !== ')'; c = this.peek()) {
      if (this.source.startsWith('(?i)', this.at)) {
        // Case-insensitive to the end of the enclosing group.
        this.at += 4;
        items.push(this.alternation(true));
        break;
      }
      items.push(this.quantified(this.atom(fold)));
    }
    if (fold) {
      const letter = (node: Node | undefined): string | undefined => (node?.t === 'set' ? node.folded : node?.t === 'rep' ? letter(node.body) : undefined);
      for (let i = 0; i + 1 < items.length; i++) {
        const pair = `${letter(items[i]) ?? '?'}${letter(items[i + 1]) ?? '?'}`;
        if (MULTI_CHARACTER_FOLDS.has(pair)) throw new UnsupportedPattern(`the letters "${pair}" ${FOLD_HINT} and one character at a time (Oniguruma also matches them against a ligature or ß)`);
      }
    }
    return items.length === 1 ? items[0]! : { t: 'seq', items };
  }

  private quantified(body: Node): Node {
    for (;;) {
      const c = this.peek();
      let min: number, max: number;
      if (c === '*') [min, max] = [0, Infinity];
      else if (c === '+') [min, max] = [1, Infinity];
      else if (c === '?') [min, max] = [0, 1];
      else if (c === '{') {
        const m = /^\{(\d*)(,?)(\d*)\}/.exec(this.source.slice(this.at));
        if (!m || (m[1] === '' && m[3] === '')) return body; // Oniguruma reads a lone { as a literal
        min = m[1] === '' ? 0 : Number(m[1]);
        max = m[2] ? (m[3] === '' ? Infinity : Number(m[3])) : min;
        this.at += m[0].length - 1;
      } else return body;
      this.at++;
      let lazy = false, possessive = false;
      if (this.peek() === '?') lazy = true;
      else if (this.peek() === '+' && c !== '{') possessive = true;
      if (lazy || possessive) this.at++;
      body = { t: 'rep', body, min, max, lazy, possessive };
    }
  }

  private atom(fold: boolean): Node {
    const c = this.source[this.at]!;
    if (c === '(') return this.group(fold);
    if (c === '[') return this.charClass(fold);
    if (c === '.') {
      this.at++;
      return { t: 'set', items: [{ atom: NEWLINE, not: true }], negated: false };
    }
    if ('^$'.includes(c)) throw new UnsupportedPattern(`the anchor "${c}"`);
    if (c === '\\') {
      const escaped = this.escape();
      if ('lo' in escaped.atom && escaped.atom.lo === escaped.atom.hi && !escaped.not) return this.literal(escaped.atom.lo, fold);
      if (fold) throw new UnsupportedPattern(`a class escape ${FOLD_HINT}`);
      return { t: 'set', items: [escaped], negated: false };
    }
    const cp = this.source.codePointAt(this.at)!;
    this.at += cp > 0xffff ? 2 : 1;
    return this.literal(cp, fold);
  }

  private literal(cp: number, fold: boolean): SetNode {
    if (fold && cp > 0x7f) throw new UnsupportedPattern(`the character ${JSON.stringify(String.fromCodePoint(cp))} ${FOLD_HINT}`);
    const cps = fold ? caseVariants(cp) : [cp];
    const node: SetNode = { t: 'set', items: cps.map((v) => ({ atom: { lo: v, hi: v }, not: false })), negated: false };
    if (fold) node.folded = String.fromCodePoint(cp).toLowerCase();
    return node;
  }

  private group(fold: boolean): Node {
    const rest = this.source.slice(this.at);
    const open = /^\((\?(:|=|!|<=|<!|>|i:|-i:|i-:))?/.exec(rest)!;
    if (rest.startsWith('(?') && !open[1]) throw new UnsupportedPattern(`the group "${rest.slice(0, 4)}…"`);
    this.at += open[0].length;
    const kind = open[2];
    const body = this.alternation(kind === 'i:' ? true : kind === '-i:' ? false : fold);
    if (this.peek() !== ')') throw new UnsupportedPattern('an unclosed "("');
    this.at++;
    if (kind === '=' || kind === '!' || kind === '<=' || kind === '<!') return { t: 'look', kind, body };
    if (kind === '>') return { t: 'atomic', body };
    return body;
  }

  /** After a backslash: a class escape or one code point. */
  private escape(): { atom: Atom; not: boolean } {
    const c = this.source[this.at + 1];
    if (c === undefined) throw new UnsupportedPattern('a trailing backslash');
    this.at += 2;
    const single = (cp: number) => ({ atom: { lo: cp, hi: cp }, not: false });
    switch (c) {
      case 's': case 'S': return { atom: SPACE, not: c === 'S' };
      case 'd': case 'D': return { atom: DIGIT, not: c === 'D' };
      case 'w': case 'W': return { atom: WORD_CHAR, not: c === 'W' };
      case 'p': case 'P': {
        const m = /^\{(\^?)([\w\s&-]+)\}/.exec(this.source.slice(this.at));
        if (!m) throw new UnsupportedPattern(`"\\${c}" without {Name}`);
        this.at += m[0].length;
        return { atom: propertyAtom(m[2]!), not: (c === 'P') !== (m[1] === '^') };
      }
      case 'x': case 'u': {
        const m = c === 'x' ? /^(?:\{([0-9a-fA-F]{1,8})\}|([0-9a-fA-F]{1,2}))/.exec(this.source.slice(this.at)) : /^([0-9a-fA-F]{4})/.exec(this.source.slice(this.at));
        if (!m) throw new UnsupportedPattern(`a malformed "\\${c}" escape`);
        this.at += m[0].length;
        return single(parseInt(m[1] ?? m[2]!, 16));
      }
    }
    if (c in ESCAPES) return single(ESCAPES[c]!);
    if (/[0-9A-Za-z]/.test(c)) throw new UnsupportedPattern(`the escape "\\${c}"`);
    const cp = this.source.codePointAt(this.at - 1)!;
    if (cp > 0xffff) this.at++;
    return single(cp);
  }

  private charClass(fold: boolean): SetNode {
    this.at++;
    const node: SetNode = { t: 'set', items: [], negated: false };
    if (this.peek() === '^') {
      if (fold) throw new UnsupportedPattern(`a negated class ${FOLD_HINT}`);
      node.negated = true;
      this.at++;
    }
    const one = (): { atom: Atom; not: boolean } => {
      if (this.peek() === '\\') return this.escape();
      if (this.peek() === '[') throw new UnsupportedPattern('a nested character class');
      const cp = this.source.codePointAt(this.at)!;
      this.at += cp > 0xffff ? 2 : 1;
      return { atom: { lo: cp, hi: cp }, not: false };
    };
    let first = true;
    for (;;) {
      const c = this.peek();
      if (c === undefined) throw new UnsupportedPattern('an unclosed "["');
      if (c === ']' && !first) break;
      if (this.source.startsWith('&&', this.at)) throw new UnsupportedPattern('a class intersection "&&"');
      first = false;
      const item = one();
      if (this.peek() === '-' && this.source[this.at + 1] !== ']' && 'lo' in item.atom && !item.not) {
        this.at++;
        const end = one();
        if (!('lo' in end.atom) || end.not || end.atom.lo < item.atom.lo) throw new UnsupportedPattern('a malformed class range');
        item.atom = { lo: item.atom.lo, hi: end.atom.lo };
      }
      if (fold) {
        if (!('lo' in item.atom) || item.not || item.atom.hi > 0x7f) throw new UnsupportedPattern(`a class with a class escape or non-ASCII characters ${FOLD_HINT}`);
        for (let cp = item.atom.lo; cp <= item.atom.hi; cp++) {
          for (const v of caseVariants(cp)) node.items.push({ atom: { lo: v, hi: v }, not: false });
        }
      } else node.items.push(item);
    }
    this.at++;
    return node;
  }
}

/**
 * Refuses patterns that backtrack out of proportion to the text: a repetition of anything but a
 * fixed run of characters (`(?:a+)+`, `(?:a|a)*` take exponential time; Oniguruma abandons them
 * at its retry limit, so no count would match anyway), and more than two repetitions in a row
 * (`\s*\s*\s*!` is a polynomial of that degree). Real patterns have at most two in a row
 * (`\s*[\r\n]+`). The time limit on counting covers what is left.
 */
function checkBacktracking(node: Node): number {
  switch (node.t) {
    case 'set':
      return 0;
    case 'seq': {
      const degree = node.items.reduce((sum, item) => sum + checkBacktracking(item), 0);
      if (degree > MAX_REPETITIONS_IN_A_ROW) throw new UnsupportedPattern(`${degree} repetitions in a row (at most ${MAX_REPETITIONS_IN_A_ROW}: more backtrack in polynomial time)`);
      return degree;
    }
    case 'alt':
      return Math.max(...node.items.map(checkBacktracking));
    case 'look':
    case 'atomic':
      return checkBacktracking(node.body);
    case 'rep': {
      const fixed = node.body.t === 'set' || (node.body.t === 'seq' && node.body.items.every((item) => item.t === 'set'));
      if (node.max > 1 && !fixed) throw new UnsupportedPattern('a repetition of a group that itself repeats or alternates, e.g. (?:a+)+ (it backtracks in exponential time)');
      return node.max > 1 ? 1 : checkBacktracking(node.body);
    }
  }
}
const MAX_REPETITIONS_IN_A_ROW = 2;

/** Every SetNode's atoms, in the order the translation needs them. */
function atomsOf(node: Node, out: Atom[]): Atom[] {
  if (node.t === 'set') for (const { atom } of node.items) out.push(atom);
  else if (node.t === 'seq' || node.t === 'alt') for (const item of node.items) atomsOf(item, out);
  else atomsOf(node.body, out);
  return out;
}

/** Code points sorted into classes: `cell[cp]` is the class, `cells` how many there are. */
export interface Alphabet {
  readonly cell: Uint16Array;
  readonly cells: number;
  /** Class membership of each atom, as a Uint8Array over classes. */
  readonly atomCells: Map<Atom, Uint8Array>;
}

/** The longest pattern of a real tokenizer.json is a few hundred characters. */
const MAX_PATTERN_LENGTH = 4096;

/** Private-use characters stand for the classes: no JavaScript class or case rule touches them. */
const FIRST_CELL_CHAR = 0xe000;
const MAX_CELLS = 0x1800;

/** Atoms that visit every code point (properties) or a wide range cost a pass each: a bound on load time. */
const MAX_CODE_POINT_VISITS = 48 * 0x110000;

function buildAlphabet(all: readonly Atom[]): Alphabet {
  // The same atom object (a property, \s) may occur many times; the refinement needs it once.
  const atoms = [...new Set(all)];
  const visits = atoms.reduce((sum, atom) => sum + ('lo' in atom ? atom.hi - atom.lo + 1 : 0x110000), 0);
  if (visits > MAX_CODE_POINT_VISITS) throw new UnsupportedPattern('too many distinct character classes');
  const cell = new Uint16Array(0x110000);
  let cells = 1;
  const eachCodePoint = (atom: Atom, visit: (cp: number) => void) => {
    if ('lo' in atom) for (let cp = atom.lo; cp <= atom.hi; cp++) visit(cp);
    else for (let cp = 0; cp < 0x110000; cp++) if (atom.test(cp)) visit(cp);
  };
  // Refine: the code points of each class that the atom holds become a class of their own.
  for (const atom of atoms) {
    const split = new Map<number, number>();
    eachCodePoint(atom, (cp) => {
      const old = cell[cp]!;
      let fresh = split.get(old);
      if (fresh === undefined) split.set(old, (fresh = cells++));
      cell[cp] = fresh;
    });
  }
  // Number the classes in use densely.
  const dense = new Int32Array(cells).fill(-1);
  let used = 0;
  for (let cp = 0; cp < 0x110000; cp++) {
    const c = cell[cp]!;
    if (dense[c] === -1) dense[c] = used++;
    cell[cp] = dense[c]!;
  }
  if (used > MAX_CELLS) throw new UnsupportedPattern('too many distinct characters');
  const atomCells = new Map<Atom, Uint8Array>();
  for (const atom of atoms) {
    const member = new Uint8Array(used);
    eachCodePoint(atom, (cp) => (member[cell[cp]!] = 1));
    atomCells.set(atom, member);
  }
  return { cell, cells: used, atomCells };
}

const hex = (code: number) => `\\u${code.toString(16).padStart(4, '0')}`;

/** JavaScript source of `node` over the class characters of `alphabet`. */
function emit(node: Node, alphabet: Alphabet, captures: { count: number }): string {
  switch (node.t) {
    case 'set': {
      const member = new Uint8Array(alphabet.cells);
      for (const { atom, not } of node.items) {
        const cells = alphabet.atomCells.get(atom)!;
        for (let c = 0; c < alphabet.cells; c++) if ((cells[c] === 1) !== not) member[c] = 1;
      }
      let out = '';
      for (let c = 0; c < alphabet.cells; c++) {
        if ((member[c] === 1) === node.negated) continue;
        let last = c;
        while (last + 1 < alphabet.cells && (member[last + 1] === 1) !== node.negated) last++;
        out += last === c ? hex(FIRST_CELL_CHAR + c) : `${hex(FIRST_CELL_CHAR + c)}-${hex(FIRST_CELL_CHAR + last)}`;
        c = last;
      }
      return `[${out}]`;
    }
    case 'seq':
      return node.items.map((item) => emit(item, alphabet, captures)).join('');
    case 'alt':
      return `(?:${node.items.map((item) => emit(item, alphabet, captures)).join('|')})`;
    case 'look':
      return `(?${node.kind}${emit(node.body, alphabet, captures)})`;
    case 'atomic': {
      // JavaScript has no atomic group; a lookahead's match is never revisited, so capture it and
      // consume it by backreference.
      const index = ++captures.count;
      return `(?=(${emit(node.body, alphabet, captures)}))\\${index}`;
    }
    case 'rep': {
      const body = `(?:${emit(node.body, alphabet, captures)})`;
      const quantifier = `{${node.min},${node.max === Infinity ? '' : node.max}}${node.lazy ? '?' : ''}`;
      if (!node.possessive) return body + quantifier;
      const index = ++captures.count;
      return `(?=(${body}${quantifier}))\\${index}`;
    }
  }
}

/** One or more patterns compiled over a shared alphabet, so a text is mapped once for all. */
export class PatternSet {
  readonly regexps: RegExp[];
  private readonly cellChar: Uint16Array;

  constructor(patterns: readonly string[]) {
    for (const pattern of patterns) {
      if (pattern.length > MAX_PATTERN_LENGTH) throw new UnsupportedPattern(`${pattern.length} characters (real ones have a few hundred; at most ${MAX_PATTERN_LENGTH})`);
    }
    const trees = patterns.map((pattern) => new Parser(pattern).parse());
    for (const tree of trees) checkBacktracking(tree);
    const alphabet = buildAlphabet(trees.flatMap((tree) => atomsOf(tree, [])));
    this.regexps = trees.map((tree) => new RegExp(emit(tree, alphabet, { count: 0 }), 'g'));
    this.cellChar = new Uint16Array(0x110000);
    for (let cp = 0; cp < 0x110000; cp++) this.cellChar[cp] = FIRST_CELL_CHAR + alphabet.cell[cp]!;
  }

  /**
   * `text` with each code point replaced by its class character, and where each mapped index
   * starts in `text` (undefined when they coincide, i.e. no astral code points). `text` has no
   * lone surrogates (the caller replaced them, as Rust's UTF-8 conversion does).
   */
  map(text: string): { mapped: string; offsets: Int32Array | undefined } {
    const units = new Uint16Array(text.length);
    let n = 0;
    let offsets: Int32Array | undefined;
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      if (unit >= 0xd800 && unit < 0xdc00) {
        if (!offsets) {
          offsets = new Int32Array(text.length + 1);
          for (let k = 0; k <= n; k++) offsets[k] = k;
        }
        units[n++] = this.cellChar[text.codePointAt(i)!]!;
        i++;
        offsets[n] = i + 1;
        continue;
      }
      units[n++] = this.cellChar[unit]!;
      if (offsets) offsets[n] = i + 1;
    }
    return { mapped: decodeUnits(units.subarray(0, n)), offsets };
  }
}

const utf16 = new TextDecoder('utf-16le');
function decodeUnits(units: Uint16Array): string {
  if (units.length < 64) return String.fromCharCode(...units);
  return utf16.decode(units);
}
