import { compile } from 'html-to-text';

/**
 * html-to-text with the settings stories and article pages need: no wrapping, no link
 * targets, no images, scripts or navigation. Shared by feed ingest and `analyze` on HTML.
 */
export const libraryHtmlToText = compile({
  wordwrap: false,
  selectors: [
    { selector: 'a', options: { ignoreHref: true } },
    { selector: 'img', format: 'skip' },
    { selector: 'script', format: 'skip' },
    { selector: 'style', format: 'skip' },
    { selector: 'nav', format: 'skip' },
    { selector: 'h1', options: { uppercase: false } },
    { selector: 'h2', options: { uppercase: false } },
    { selector: 'h3', options: { uppercase: false } },
    { selector: 'h4', options: { uppercase: false } },
    { selector: 'h5', options: { uppercase: false } },
    { selector: 'h6', options: { uppercase: false } },
    { selector: 'table', format: 'dataTable', options: { uppercaseHeaderCells: false } },
  ],
});

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', mdash: '—', ndash: '–', hellip: '…',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', sbquo: '‚', bdquo: '„',
  copy: '©', reg: '®', trade: '™', euro: '€', pound: '£', yen: '¥', cent: '¢', deg: '°', middot: '·',
  bull: '•', shy: '', zwnj: '', zwj: '', thinsp: ' ', ensp: ' ', emsp: ' ', times: '×', divide: '÷',
  eacute: 'é', egrave: 'è', ecirc: 'ê', euml: 'ë', aacute: 'á', agrave: 'à', acirc: 'â', auml: 'ä', aring: 'å',
  atilde: 'ã', oacute: 'ó', ograve: 'ò', ocirc: 'ô', ouml: 'ö', otilde: 'õ', oslash: 'ø', uacute: 'ú', ugrave: 'ù',
  ucirc: 'û', uuml: 'ü', iacute: 'í', igrave: 'ì', icirc: 'î', iuml: 'ï', ccedil: 'ç', ntilde: 'ñ', szlig: 'ß',
  Eacute: 'É', Egrave: 'È', Aacute: 'Á', Agrave: 'À', Auml: 'Ä', Ouml: 'Ö', Uuml: 'Ü', Ccedil: 'Ç', Ntilde: 'Ñ',
  iexcl: '¡', iquest: '¿', sect: '§', para: '¶', frac12: '½', frac14: '¼', frac34: '¾', prime: '′', Prime: '″',
};

// Forms and nested CDATA keep html-to-text's layout.
const COMPLEX = /<(?:form|select|textarea|!\[CDATA)\b/i;
/** Elements whose content is never text; dropped whole before converting. */
const HIDDEN = /<(script|style|svg|math|iframe|object|noscript|template|video|audio|canvas)\b[\s\S]*?<\/\1\s*>/gi;
const HIDDEN_OPEN = /<(?:script|style|svg|math|iframe|object|noscript|template|video|audio|canvas)\b/i;
const PARAGRAPH = new Set(['table', 'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'dl', 'figure', 'hr', 'header', 'footer', 'section', 'article', 'aside', 'nav', 'main', 'address']);
// Table rows become lines and cells are space-separated: plainer than html-to-text's grid, same words.
const LINE = new Set(['div', 'figcaption', 'center', 'details', 'summary', 'tr', 'caption']);

function decodeEntities(text: string): string | undefined {
  if (!text.includes('&')) return text;
  let unknown = false;
  const out = text.replace(/&(#\d{1,7}|#x[0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?/g, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    const value = NAMED[name];
    if (value === undefined) {
      unknown = true;
      return whole;
    }
    return value;
  });
  return unknown ? undefined : out;
}

/**
 * Plain text from HTML as html-to-text would render it (paragraphs as blank lines,
 * `<br>` as a line break, list items as " * ", no link targets or images). Simple markup,
 * the bulk of feed content, takes a fast single-pass converter; anything it does not
 * reproduce faithfully (tables, pre, scripts, ordered lists, unknown entities...) goes
 * to html-to-text itself.
 *
 * @example htmlToPlainText('<p>Leaders <a href="x">met</a>.</p><p>Then left.</p>') // 'Leaders met.\n\nThen left.'
 */
export function htmlToPlainText(html: string): string {
  if (!/[<&]/.test(html)) return tidy(html);
  if (!COMPLEX.test(html)) {
    const fast = simpleHtmlToText(html);
    if (fast !== undefined) return fast;
  }
  return tidy(libraryHtmlToText(html));
}

const MESSY = /[\t\u00a0\r]| {2}| \n|\n |\n{3}/;

/** Collapses runs of spaces, trims lines, keeps at most one blank line. */
function tidy(text: string): string {
  if (!MESSY.test(text)) return text.trim();
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * The text being laid out by the fast path: finished lines, the current line, and the
 * block state (pending break, blockquote depth, list prefix, <pre> nesting). A class
 * rather than closures inside simpleHtmlToText, which would be allocated on every call.
 */
class Layout {
  readonly lines: string[] = [];
  line = '';
  /** Like html-to-text, breaks between blocks do not add up: a paragraph after a list item
   * is one blank line, not two. The largest break asked for since the last text. */
  pending = 0;
  depth = 0;
  prefix = '';
  readonly lists: number[] = []; // 0 for <ul>, else the next <ol> number
  pre = 0;

  quote(): string {
    return '> '.repeat(this.depth);
  }

  emit(text: string): void {
    if (this.pending && (this.line || this.lines.length)) {
      this.lines.push(this.line);
      for (let i = 1; i < this.pending; i++) this.lines.push(this.depth ? this.quote().trimEnd() : '');
      this.line = '';
    }
    if (this.pending || !this.line) this.line = this.line || this.quote();
    this.pending = 0;
    if (this.prefix) {
      this.line += this.prefix;
      this.prefix = '';
    }
    this.line += text;
  }

  /** False when the text holds an entity the fast path does not know. */
  pushText(raw: string): boolean {
    if (!raw) return true;
    if (this.pre) {
      // Inside <pre> line breaks are content.
      const decoded = decodeEntities(raw);
      if (decoded === undefined) return false;
      const [first, ...rest] = decoded.split('\n');
      this.emit(first!);
      for (const seg of rest) {
        this.lines.push(this.line);
        this.line = this.quote() + seg;
      }
      return true;
    }
    const collapsed = /[\t\r\n\f]| {2}/.test(raw) ? raw.replace(/[ \t\r\n\f]+/g, ' ') : raw;
    if (collapsed === ' ' && (this.pending || !this.line)) return true;
    const decoded = decodeEntities(collapsed);
    if (decoded === undefined) return false;
    this.emit(decoded);
    return true;
  }

  block(level: number): void {
    this.pending = Math.max(this.pending, level);
  }

  tag(name: string, closing: boolean): void {
    if (name === 'br') {
      this.lines.push(this.line);
      this.line = this.quote();
      this.pending = 0;
    } else if (name === 'li') {
      this.block(1);
      if (!closing) {
        const n = this.lists.length ? this.lists[this.lists.length - 1]! : 0;
        if (n > 0) this.lists[this.lists.length - 1] = n + 1;
        this.prefix = n > 0 ? ` ${n}. ` : ' * ';
      }
    } else if (name === 'pre') {
      this.block(2);
      this.pre = closing ? Math.max(0, this.pre - 1) : this.pre + 1;
    } else if (name === 'blockquote') {
      this.block(2);
      this.depth = closing ? Math.max(0, this.depth - 1) : this.depth + 1;
    } else if (PARAGRAPH.has(name)) {
      if (name === 'ul' || name === 'ol') {
        if (closing) this.lists.pop();
        else this.lists.push(name === 'ol' ? 1 : 0);
      }
      this.block(2);
    } else if (LINE.has(name)) this.block(1);
    else if ((name === 'td' || name === 'th') && !closing && this.line && !this.pending) this.line += ' ';
  }

  finish(): string {
    const lines = this.lines;
    lines.push(this.line);
    // A stray "<" the tag pattern did not take is text, as in html-to-text.
    for (let k = 0; k < lines.length; k++) {
      const l = lines[k]!;
      if (l.includes('  ') || l.includes('\u00a0')) lines[k] = l.replace(/[ \u00a0]{2,}|\u00a0/g, ' ').trim();
      else if (l.charCodeAt(0) === 32 || l.charCodeAt(l.length - 1) === 32) lines[k] = l.trim();
    }
    return lines
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
  }
}

/** The fast path alone; undefined when the input needs the library. Exported for tests. */
export function simpleHtmlToText(input: string): string | undefined {
  let html = input.includes('<!--') ? input.replace(/<!--[\s\S]*?(?:-->|$)/g, '') : input;
  if (HIDDEN_OPEN.test(html)) {
    html = html.replace(HIDDEN, '');
    if (HIDDEN_OPEN.test(html)) return undefined;
  }
  const out = new Layout();
  const tag = /<(\/?)([a-zA-Z][\w:-]*)(?:\s[^<>]*)?\/?>/g;
  let last = 0;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    if (!out.pushText(html.slice(last, m.index))) return undefined;
    last = tag.lastIndex;
    out.tag(m[2]!.toLowerCase(), m[1] === '/');
  }
  if (!out.pushText(html.slice(last))) return undefined;
  return out.finish();
}
