import { describe, expect, it } from 'vitest';
import { clientAddressFrom, clientAddressOf, trustedProxyHopsFrom } from './client-address';

describe('the client address of a sign-in', () => {
  it('is the address Next writes when clients reach the app directly', () => {
    expect(clientAddressFrom('203.0.113.9', 0)).toBe('203.0.113.9');
    expect(clientAddressFrom('::ffff:127.0.0.1', 0)).toBe('127.0.0.1');
    expect(clientAddressFrom('::1', 0)).toBe('0:0:0:0::/64');
  });

  it('is the entry our own proxies appended, whatever the client put before it', () => {
    expect(clientAddressFrom('203.0.113.9', 1)).toBe('203.0.113.9');
    expect(clientAddressFrom('6.6.6.6, 203.0.113.9', 1)).toBe('203.0.113.9');
    expect(clientAddressFrom('6.6.6.6, 7.7.7.7, 203.0.113.9, 10.0.0.2', 2)).toBe('203.0.113.9');
  });

  it('takes the leftmost entry when the request passed fewer proxies than configured', () => {
    expect(clientAddressFrom('203.0.113.9', 2)).toBe('203.0.113.9');
  });

  it('keys IPv6 addresses by their /64, so a subscriber cannot step around the limits', () => {
    expect(clientAddressFrom('2001:db8:1:2::7', 1)).toBe('2001:db8:1:2::/64');
    expect(clientAddressFrom('2001:DB8:1:2:aaaa:bbbb:cccc:dddd', 1)).toBe('2001:db8:1:2::/64');
    expect(clientAddressFrom('[2001:db8:1:2::7]:443', 1)).toBe('2001:db8:1:2::/64');
    expect(clientAddressFrom('fe80::1%eth0', 1)).toBe('fe80:0:0:0::/64');
  });

  it('drops a port some proxies add', () => {
    expect(clientAddressFrom('203.0.113.9:51234', 1)).toBe('203.0.113.9');
  });

  it('finds none in a missing, empty or garbled header', () => {
    expect(clientAddressFrom(null, 0)).toBeNull();
    expect(clientAddressFrom(' , ', 1)).toBeNull();
    expect(clientAddressFrom('1.2.3.4, not-an-address', 1)).toBeNull();
    expect(clientAddressFrom('999.1.1.1', 1)).toBeNull();
  });

  it('reads the number of trusted proxies from the environment, refusing anything but a count', () => {
    expect(trustedProxyHopsFrom({})).toBe(0);
    expect(trustedProxyHopsFrom({ TRUSTED_PROXY_HOPS: ' 2 ' })).toBe(2);
    expect(() => trustedProxyHopsFrom({ TRUSTED_PROXY_HOPS: 'yes' })).toThrow(/TRUSTED_PROXY_HOPS/);
    expect(() => trustedProxyHopsFrom({ TRUSTED_PROXY_HOPS: '-1' })).toThrow(/TRUSTED_PROXY_HOPS/);
  });

  it('reads a request’s header as the environment says', () => {
    const headers = new Headers({ 'x-forwarded-for': '6.6.6.6, 203.0.113.9, 10.0.0.2' });
    expect(clientAddressOf(headers, { TRUSTED_PROXY_HOPS: '2' })).toBe('203.0.113.9');
    expect(clientAddressOf(headers, {})).toBe('10.0.0.2');
  });
});
