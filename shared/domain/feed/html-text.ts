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

/** The fast path alone; undefined when the input needs the library. Exported for tests. */
export function simpleHtmlToText(input: string): string | undefined {
  let html = input.includes('<!--') ? input.replace(/<!--[\s\S]*?(?:-->|$)/g, '') : input;
  if (HIDDEN_OPEN.test(html)) {
    html = html.replace(HIDDEN, '');
    if (HIDDEN_OPEN.test(html)) return undefined;
  }
  // Like html-to-text, breaks between blocks do not add up: a paragraph after a list item
  // is one blank line, not two. `pending` holds the largest break asked for since the last text.
  const lines: string[] = [];
  let line = '';
  let pending = 0;
  let depth = 0;
  let prefix = '';
  const lists: number[] = []; // 0 for <ul>, else the next <ol> number
  const quote = () => (depth ? `${'>'.repeat(1).padEnd(2)}`.repeat(depth) : '');
  const emit = (text: string): void => {
    if (pending && (line || lines.length)) {
      lines.push(line);
      for (let i = 1; i < pending; i++) lines.push(depth ? quote().trimEnd() : '');
      line = '';
    }
    if (pending || !line) line = line || quote();
    pending = 0;
    if (prefix) {
      line += prefix;
      prefix = '';
    }
    line += text;
  };
  let pre = 0;
  const pushText = (raw: string): boolean => {
    if (!raw) return true;
    if (pre) {
      // Inside <pre> line breaks are content.
      const decoded = decodeEntities(raw);
      if (decoded === undefined) return false;
      const [first, ...rest] = decoded.split('\n');
      emit(first!);
      for (const seg of rest) {
        lines.push(line);
        line = quote() + seg;
      }
      return true;
    }
    const collapsed = /[\t\r\n\f]| {2}/.test(raw) ? raw.replace(/[ \t\r\n\f]+/g, ' ') : raw;
    if (collapsed === ' ' && (pending || !line)) return true;
    const decoded = decodeEntities(collapsed);
    if (decoded === undefined) return false;
    emit(decoded);
    return true;
  };
  const block = (level: number): void => {
    pending = Math.max(pending, level);
  };
  const tag = /<(\/?)([a-zA-Z][\w:-]*)(?:\s[^<>]*)?\/?>/g;
  let last = 0;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    if (!pushText(html.slice(last, m.index))) return undefined;
    last = tag.lastIndex;
    const closing = m[1] === '/';
    const name = m[2]!.toLowerCase();
    if (name === 'br') {
      lines.push(line);
      line = quote();
      pending = 0;
    } else if (name === 'li') {
      block(1);
      if (!closing) {
        const n = lists.length ? lists[lists.length - 1]! : 0;
        if (n > 0) lists[lists.length - 1] = n + 1;
        prefix = n > 0 ? ` ${n}. ` : ' * ';
      }
    } else if (name === 'pre') {
      block(2);
      pre = closing ? Math.max(0, pre - 1) : pre + 1;
    } else if (name === 'blockquote') {
      block(2);
      depth = closing ? Math.max(0, depth - 1) : depth + 1;
    } else if (PARAGRAPH.has(name)) {
      if (name === 'ul' || name === 'ol') {
        if (closing) lists.pop();
        else lists.push(name === 'ol' ? 1 : 0);
      }
      block(2);
    } else if (LINE.has(name)) block(1);
    else if ((name === 'td' || name === 'th') && !closing && line && !pending) line += ' ';
  }
  if (!pushText(html.slice(last))) return undefined;
  lines.push(line);
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
