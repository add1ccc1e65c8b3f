/** Query parameters that only track the reader, never select the content. */
const TRACKING_PARAMS = new Set([
  'fbclid', 'gclid', 'dclid', 'gclsrc', 'msclkid', 'yclid', 'twclid', 'igshid', 'mc_cid', 'mc_eid',
  '_hsenc', '_hsmi', 'mkt_tok', 'oly_anon_id', 'oly_enc_id', 'vero_id', 'wickedid', 'rb_clickid',
  's_cid', 'ncid', 'cmpid', 'ito', 'at_medium', 'at_campaign', 'ocid', 'sr_share', 'spm',
]);

function isTrackingParam(name: string): boolean {
  const n = name.toLowerCase();
  return n.startsWith('utm_') || n.startsWith('__twitter') || TRACKING_PARAMS.has(n);
}

/**
 * Resolves `link` against `base` (xml:base or the feed URL) and removes what does not
 * identify the story: tracking parameters (`utm_*`, `fbclid`, `gclid`, `mc_cid`, ...),
 * the fragment, default ports and the host's case. Returns undefined when the result
 * is not an http(s) URL (a `tag:` guid is not a link).
 *
 * @example canonicalUrl('/a?utm_source=x&id=3#top', 'https://News.example/feed') // 'https://news.example/a?id=3'
 */
export function canonicalUrl(link: string | undefined, base?: string): string | undefined {
  if (!link) return undefined;
  const trimmed = link.trim();
  if (!trimmed) return undefined;
  let url: URL;
  try {
    url = base ? new URL(trimmed, base) : new URL(trimmed);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  url.hash = '';
  if (url.search) {
    const kept = [...url.searchParams].filter(([name]) => !isTrackingParam(name));
    if (kept.length !== [...url.searchParams].length) {
      url.search = kept.length ? new URLSearchParams(kept).toString() : '';
    }
  }
  return url.toString();
}

/** True when `value` can serve as a base URL (an http(s) URL, not a file path). */
export function isHttpUrl(value: string | undefined): boolean {
  return !!value && /^https?:\/\//i.test(value);
}
