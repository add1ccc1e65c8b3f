import { describe, expect, it } from 'vitest';
import { checkAddress, forbiddenAddressReason } from '../../../shared/adapters/http/address-guard.js';

// Decision-only tests: nothing here opens a connection.
describe('Function: forbiddenAddressReason', () => {
  it.each([
    ['169.254.169.254', 'link-local'],
    ['10.0.0.1', 'private'],
    ['10.255.255.255', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['127.0.0.1', 'loopback'],
    ['127.0.0.2', 'loopback'],
    ['0.0.0.0', 'unspecified'],
    ['100.64.0.1', 'carrier-grade NAT'],
    ['224.0.0.1', 'multicast'],
    ['255.255.255.255', 'reserved'],
    ['192.0.2.10', 'documentation'],
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['fc00::1', 'private'],
    ['fd12:3456::1', 'private'],
    ['fe80::1', 'link-local'],
    ['ff02::1', 'multicast'],
    ['::ffff:169.254.169.254', 'link-local'],
    ['::ffff:7f00:1', 'loopback'],
    ['64:ff9b::10.0.0.1', 'private'],
    ['[::1]', 'loopback'],
    ['fe80::1%eth0', 'link-local'],
    ['not-an-ip', 'not an IP address'],
  ])('refuses %s (%s)', (ip, reason) => {
    expect(forbiddenAddressReason(ip)).toBe(reason);
  });

  it.each(['93.184.215.14', '8.8.8.8', '172.32.0.1', '11.0.0.1', '2606:4700::1111', '::ffff:8.8.8.8'])('allows public %s', (ip) => {
    expect(forbiddenAddressReason(ip)).toBeUndefined();
  });
});

describe('Function: checkAddress', () => {
  it('lets the allow-list through by host name or IP, and nothing else', () => {
    expect(checkAddress('127.0.0.1', '127.0.0.1', ['127.0.0.1'])).toBeUndefined();
    expect(checkAddress('feeds.local', '10.0.0.5', ['feeds.local'])).toBeUndefined();
    expect(checkAddress('127.0.0.2', '127.0.0.2', ['127.0.0.1'])).toBe('loopback');
    expect(checkAddress('evil.example', '169.254.169.254', ['127.0.0.1'])).toBe('link-local');
    expect(checkAddress('public.example', '93.184.215.14')).toBeUndefined();
  });
});
