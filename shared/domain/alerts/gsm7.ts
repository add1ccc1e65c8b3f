/**
 * GSM 03.38 (GSM-7) text for SMS: one segment holds 160 septets. Characters of the basic
 * table take one septet, those of the extension table (`^{}\[~]|€` and form feed) two.
 * Anything else forces UCS-2 and cuts a segment to 70 characters, so alert SMS are folded
 * into GSM-7 with {@link toGsm7} first.
 */

const BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
  '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const EXTENSION = '\f^{}\\[~]|€';

const BASIC_SET = new Set(BASIC);
const EXTENSION_SET = new Set(EXTENSION);

/** Punctuation and letters with a conventional fold that NFD decomposition does not give. */
const FOLDS: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'", '\u02BC': "'", '`': "'", '\u00B4': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u2033': '"', '\u00AB': '"', '\u00BB': '"',
  '\u2039': "'", '\u203A': "'",
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\u2026': '...', '\u2022': '*', '\u00B7': '.', '\t': ' ',
  '\u00A0': ' ', '\u2007': ' ', '\u202F': ' ', '\u2009': ' ', '\u200A': ' ', '\u2002': ' ', '\u2003': ' ',
  '\u200B': '', '\u200C': '', '\u200D': '', '\uFEFF': '', '\u00AD': '',
  'ı': 'i', 'İ': 'I', 'ł': 'l', 'Ł': 'L', 'đ': 'd', 'Đ': 'D', 'ð': 'd', 'Ð': 'D', 'þ': 'th', 'Þ': 'Th',
  'œ': 'oe', 'Œ': 'OE', 'ĳ': 'ij', 'Ĳ': 'IJ', 'ŀ': 'l', 'Ŀ': 'L', 'ħ': 'h', 'Ħ': 'H',
  '\u00A2': 'c', '\u00A9': '(c)', '\u00AE': '(R)', '\u2122': 'TM', '\u00B0': ' deg', '\u00D7': 'x', '\u00F7': '/',
  '\u20BD': 'RUB', '\u20B4': 'UAH', '\u20BA': 'TRY',
};

/** Cyrillic (Russian and Ukrainian letters), simplified BGN/PCGN-style romanisation. */
const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', ґ: 'g', д: 'd', е: 'e', ё: 'yo', є: 'ye', ж: 'zh', з: 'z', и: 'i', і: 'i',
  ї: 'yi', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f',
  х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};

/** Greek, simplified ELOT 743 romanisation (GSM-7 has only some capitals, so all are romanised). */
const GREEK: Record<string, string> = {
  α: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 'th', ι: 'i', κ: 'k', λ: 'l', μ: 'm', ν: 'n',
  ξ: 'x', ο: 'o', π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', φ: 'f', χ: 'ch', ψ: 'ps', ω: 'o',
};

function capitalise(s: string): string {
  return s.length === 0 ? s : s[0].toUpperCase() + s.slice(1);
}

function transliterate(ch: string): string | undefined {
  // Letters with their own entry (й, ї, ё) first; accented Greek (tonos, dialytika)
  // romanises like its base letter.
  const own = CYRILLIC[ch.toLowerCase()] !== undefined || GREEK[ch.toLowerCase()] !== undefined;
  const bare = own ? ch : ch.normalize('NFD').replace(/\p{M}+/gu, '');
  if (bare.length !== 1) return undefined;
  const lower = bare.toLowerCase();
  const table = CYRILLIC[lower] !== undefined ? CYRILLIC : GREEK[lower] !== undefined ? GREEK : undefined;
  if (!table) return undefined;
  const latin = table[lower];
  return bare === lower ? latin : capitalise(latin);
}

/** True when every character of `text` is in the GSM-7 basic or extension table. */
export function isGsm7(text: string): boolean {
  for (const ch of text) if (!BASIC_SET.has(ch) && !EXTENSION_SET.has(ch)) return false;
  return true;
}

/** Septets `text` takes in GSM-7 (extension characters count two). Assumes {@link isGsm7}. */
export function gsm7Length(text: string): number {
  let n = 0;
  for (const ch of text) n += EXTENSION_SET.has(ch) ? 2 : 1;
  return n;
}

/**
 * Folds text into the GSM-7 alphabet: curly quotes and dashes to ASCII, Cyrillic and Greek
 * romanised, accents stripped where GSM-7 lacks the accented letter (ç -> c, ş -> s, ő -> o,
 * while é and ü stay), and anything else without a Latin reading (CJK, Arabic, emoji)
 * dropped. Runs of spaces left behind are collapsed; line breaks are kept.
 *
 * @example toGsm7('Зеленський: “ні” — Erdoğan') // 'Zelenskiy: "ni" - Erdogan'
 */
export function toGsm7(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    if (BASIC_SET.has(ch) || EXTENSION_SET.has(ch)) {
      out += ch;
      continue;
    }
    const folded = FOLDS[ch] ?? transliterate(ch);
    if (folded !== undefined) {
      out += folded;
      continue;
    }
    // Latin letters with diacritics GSM-7 lacks: keep the base letter.
    const base = ch.normalize('NFD').replace(/\p{M}+/gu, '');
    if (base.length > 0 && [...base].every((c) => BASIC_SET.has(c))) {
      out += base;
      continue;
    }
    if (/\s/u.test(ch)) out += ' ';
    // Otherwise dropped: a '?' per CJK character would fill the SMS with noise.
  }
  return out.replace(/[ ]{2,}/g, ' ');
}

/**
 * Folds text into printable ASCII (for SNS email subjects, which must be ASCII):
 * first {@link toGsm7}, then the non-ASCII GSM letters to their base letters.
 *
 * @example toAscii('Türkiye on NATO') // 'Turkiye on NATO'
 */
export function toAscii(text: string): string {
  const gsm = toGsm7(text).replace(/[\r\n\f]+/g, ' ');
  const extra: Record<string, string> = {
    '£': 'GBP', '¥': 'JPY', '€': 'EUR', '¤': '', '§': 'S', '¡': '!', '¿': '?', 'Ø': 'O', 'ø': 'o', 'Å': 'A',
    'å': 'a', 'Æ': 'AE', 'æ': 'ae', 'ß': 'ss', 'Δ': 'D', 'Φ': 'F', 'Γ': 'G', 'Λ': 'L', 'Ω': 'O', 'Π': 'P',
    'Ψ': 'Ps', 'Σ': 'S', 'Θ': 'Th', 'Ξ': 'X',
  };
  let out = '';
  for (const ch of gsm) {
    if (ch >= ' ' && ch <= '~') out += ch;
    else if (extra[ch] !== undefined) out += extra[ch];
    else out += ch.normalize('NFD').replace(/\p{M}+/gu, '').replace(/[^ -~]/g, '');
  }
  return out.replace(/ {2,}/g, ' ');
}
