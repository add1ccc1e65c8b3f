/** Offsets in minutes east of UTC for the zone names that feeds actually use. */
const ZONES: Record<string, number> = {
  UT: 0, UTC: 0, GMT: 0, Z: 0, WET: 0, WEST: 60, BST: 60, IST: 330,
  EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420,
  AKST: -540, AKDT: -480, HST: -600, AST: -240, ADT: -180, NST: -210, NDT: -150,
  CET: 60, CEST: 120, MET: 60, MEST: 120, EET: 120, EEST: 180, MSK: 180, MSD: 240,
  JST: 540, KST: 540, HKT: 480, SGT: 480, AWST: 480, ACST: 570, AEST: 600, AEDT: 660,
  NZST: 720, NZDT: 780,
};

const MONTHS: Record<string, number> = {
  jan: 0, feb: 1, mar: 2, apr: 3, may: 4, jun: 5, jul: 6, aug: 7, sep: 8, oct: 9, nov: 10, dec: 11,
  // Non-English abbreviations seen in real feeds.
  janv: 0, fév: 1, fev: 1, févr: 1, mars: 2, avr: 3, mai: 4, juin: 5, juil: 6, aoû: 7, aou: 7, déc: 11,
  mär: 2, mrz: 2, okt: 9, dez: 11, ene: 0, abr: 3, ago: 7, dic: 11, set: 8, out: 9,
};

const MIN_YEAR = 1900;
const MAX_YEAR = 2200;

function zoneOffset(zone: string | undefined): number | undefined {
  if (!zone) return 0;
  const z = zone.trim().replace(/^\(|\)$/g, '');
  if (!z) return 0;
  const numeric = z.match(/^(?:(?:GMT|UTC|UT)\s*)?([+-])(\d{1,2}):?(\d{2})?$/i);
  if (numeric) {
    const sign = numeric[1] === '-' ? -1 : 1;
    const h = Number(numeric[2]);
    const m = Number(numeric[3] ?? 0);
    if (h > 14 || m > 59) return undefined;
    return sign * (h * 60 + m);
  }
  const upper = z.toUpperCase();
  if (upper in ZONES) return ZONES[upper];
  // RFC 822 military zones are famously mis-signed in practice; read them as UTC.
  if (/^[A-IK-Z]$/.test(upper)) return 0;
  return undefined;
}

function build(yearText: string, mo: number, d: number, h: number, mi: number, s: number, ms: number, offsetMin: number): Date | undefined {
  let y = Number(yearText);
  if (yearText.length <= 2) y += y < 50 ? 2000 : 1900;
  if (y < MIN_YEAR || y > MAX_YEAR || mo < 0 || mo > 11 || d < 1 || d > 31 || h > 24 || mi > 59 || s > 60) return undefined;
  const t = Date.UTC(y, mo, d, h, mi, Math.min(s, 59), ms) - offsetMin * 60_000;
  const date = new Date(t);
  // Date.UTC rolls Feb 31 into March; a date that rolled was not a real date.
  if (h < 24 && new Date(Date.UTC(y, mo, d)).getUTCDate() !== d) return undefined;
  return Number.isNaN(date.getTime()) ? undefined : date;
}

const ISO =
  /^(\d{4})(?:-?(\d{2})(?:-?(\d{2}))?)?(?:[T\s]+(\d{1,2}):?(\d{2})(?::?(\d{2})(?:[.,](\d+))?)?)?\s*(Z|[+-]\d{1,2}(?::?\d{2})?|[A-Za-z]{1,5})?$/;

const RFC822 =
  /^(?:[A-Za-z\u00C0-\u024F]+\.?,?\s*)?(\d{1,2})(?:st|nd|rd|th)?[\s-]+([A-Za-z\u00C0-\u024F]+)\.?,?[\s-]+(\d{2,4}),?(?:\s+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(.*)$/;

// "Mon Dec 13 18:30:02 2003 GMT" (asctime / JavaScript toString) and "Dec 13, 2003 18:30".
const MONTH_FIRST =
  /^(?:[A-Za-z]+\.?,?\s+)?([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(?:(\d{4})\s+)?(?:(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*(\d{4})?\s*(.*)$/;

function monthIndex(name: string): number | undefined {
  const n = name.toLowerCase();
  if (n in MONTHS) return MONTHS[n];
  const short = n.slice(0, 3);
  return short in MONTHS ? MONTHS[short] : undefined;
}

/**
 * Parses the dates feeds really carry: RFC 822 (with 2-digit years, missing weekday
 * or seconds, zone names and numeric offsets with or without a colon), ISO 8601 /
 * W3C-DTF (basic and extended, space instead of T, missing zone = UTC) and asctime.
 * Undefined when the text holds no plausible date.
 *
 * @example parseFeedDate('Sat, 13 Dec 03 18:30:02 EST')?.toISOString() // '2003-12-13T23:30:02.000Z'
 */
export function parseFeedDate(raw: string | undefined | null): Date | undefined {
  if (typeof raw !== 'string') return undefined;
  const text = raw.trim().replace(/\s+/g, ' ');
  if (!text || text.length > 100) return undefined;

  const iso = text.match(ISO);
  if (iso) {
    const offset = zoneOffset(iso[8]);
    if (offset === undefined) return undefined;
    const ms = iso[7] ? Math.round(Number(`0.${iso[7]}`) * 1000) : 0;
    return build(iso[1]!, iso[2] ? Number(iso[2]) - 1 : 0, iso[3] ? Number(iso[3]) : 1,
      Number(iso[4] ?? 0), Number(iso[5] ?? 0), Number(iso[6] ?? 0), ms, offset);
  }

  const rfc = text.match(RFC822);
  if (rfc) {
    const month = monthIndex(rfc[2]!);
    const offset = zoneOffset(rfc[7]);
    if (month !== undefined && offset !== undefined) {
      return build(rfc[3]!, month, Number(rfc[1]), Number(rfc[4] ?? 0), Number(rfc[5] ?? 0), Number(rfc[6] ?? 0), 0, offset);
    }
  }

  const mf = text.match(MONTH_FIRST);
  if (mf && (mf[3] || mf[7])) {
    const month = monthIndex(mf[1]!);
    const offset = zoneOffset(mf[8]);
    if (month !== undefined && offset !== undefined) {
      return build((mf[3] ?? mf[7])!, month, Number(mf[2]), Number(mf[4] ?? 0), Number(mf[5] ?? 0), Number(mf[6] ?? 0), 0, offset);
    }
  }

  return undefined;
}
