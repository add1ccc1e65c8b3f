import { BlockList, isIP } from 'node:net';

// Ranges a feed fetch must never reach by default (SSRF guard): loopback, private,
// link-local (169.254.169.254 is the cloud metadata endpoint), CGNAT, multicast,
// documentation, benchmarking and other IANA special-purpose blocks.
const V4: [string, number, string][] = [
  ['0.0.0.0', 8, 'unspecified'],
  ['10.0.0.0', 8, 'private'],
  ['100.64.0.0', 10, 'carrier-grade NAT'],
  ['127.0.0.0', 8, 'loopback'],
  ['169.254.0.0', 16, 'link-local'],
  ['172.16.0.0', 12, 'private'],
  ['192.0.0.0', 24, 'reserved'],
  ['192.0.2.0', 24, 'documentation'],
  ['192.88.99.0', 24, 'reserved'],
  ['192.168.0.0', 16, 'private'],
  ['198.18.0.0', 15, 'benchmarking'],
  ['198.51.100.0', 24, 'documentation'],
  ['203.0.113.0', 24, 'documentation'],
  ['224.0.0.0', 4, 'multicast'],
  ['240.0.0.0', 4, 'reserved'],
];
const V6: [string, number, string][] = [
  ['::', 128, 'unspecified'],
  ['::1', 128, 'loopback'],
  ['100::', 64, 'reserved'],
  ['2001::', 23, 'reserved'],
  ['2001:db8::', 32, 'documentation'],
  ['fc00::', 7, 'private'],
  ['fe80::', 10, 'link-local'],
  ['fec0::', 10, 'site-local'],
  ['ff00::', 8, 'multicast'],
];

const lists = new Map<string, BlockList>();
function listFor(reason: string): BlockList {
  let list = lists.get(reason);
  if (!list) lists.set(reason, (list = new BlockList()));
  return list;
}
for (const [net, prefix, reason] of V4) listFor(reason).addSubnet(net, prefix, 'ipv4');
for (const [net, prefix, reason] of V6) listFor(reason).addSubnet(net, prefix, 'ipv6');

/** The IPv4 address embedded in an IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible or NAT64 IPv6 address. */
function embeddedV4(ip: string): string | undefined {
  const lower = ip.toLowerCase();
  const dotted = lower.match(/^(?:::ffff:|::|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/);
  if (dotted) return dotted[1];
  const hex = lower.match(/^(?:::ffff:|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/);
  if (hex) {
    const hi = parseInt(hex[1]!, 16);
    const lo = parseInt(hex[2]!, 16);
    return `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
  }
  return undefined;
}

/**
 * Why connecting to `ip` is forbidden (`'loopback'`, `'private'`, `'link-local'`, ...),
 * or undefined when it is a public address. Anything that is not an IP is forbidden.
 *
 * @example forbiddenAddressReason('169.254.169.254') // 'link-local'
 */
export function forbiddenAddressReason(ip: string): string | undefined {
  const address = ip.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const family = isIP(address);
  if (family === 0) return 'not an IP address';
  if (family === 6) {
    const v4 = embeddedV4(address);
    if (v4) return forbiddenAddressReason(v4);
  }
  const type = family === 4 ? 'ipv4' : 'ipv6';
  for (const [reason, list] of lists) if (list.check(address, type)) return reason;
  return undefined;
}

/**
 * The guard's decision for one connection: allowed when the host name or the resolved
 * IP is on the allow-list, or the IP is public.
 *
 * @example checkAddress('localhost', '127.0.0.1', ['127.0.0.1']) // undefined (allowed)
 */
export function checkAddress(hostname: string, ip: string, allowHosts: readonly string[] = []): string | undefined {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  const address = ip.replace(/^\[|\]$/g, '');
  if (allowHosts.some((a) => a.toLowerCase() === host || a.toLowerCase() === address.toLowerCase())) return undefined;
  return forbiddenAddressReason(address);
}
