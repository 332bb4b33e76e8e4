import { isIPv4, isIPv6 } from 'node:net';

/**
 * The address a sign-in comes from, for throttling. Server actions and route handlers never see
 * the socket, only the X-Forwarded-For header, so which entry to believe depends on how many
 * proxies of our own stand in front of the app (TRUSTED_PROXY_HOPS):
 *
 * - Each trusted proxy appends the address it received the request from, so with N of them the
 *   client's address is the Nth entry from the right. Entries left of it are whatever the client
 *   sent and are never read: they cannot be spoofed past a proxy that appends.
 * - With 0 (the default: clients talk to `next start` directly), Next 16's server writes the
 *   socket address into X-Forwarded-For, but only when the request carries none
 *   (`req.headers['x-forwarded-for'] ??= socket.remoteAddress` in next/dist/server/base-server.js),
 *   so we read the rightmost entry: the real address for every client that sends no such header,
 *   and for one that does, a key it chose. Set TRUSTED_PROXY_HOPS to the number of proxies in
 *   production; the per-account limits hold either way, as they do not depend on the address.
 *
 * IPv6 addresses are keyed by their /64, the block one subscriber usually holds, so that stepping
 * through its addresses does not escape the limits. Returns null when no usable address is found.
 */
export function clientAddressFrom(forwardedFor: string | null, trustedProxyHops: number): string | null {
  const entries = (forwardedFor ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) return null;
  // Fewer entries than proxies: the request entered past the outer ones; the leftmost is the best we have.
  const entry = entries[Math.max(0, entries.length - Math.max(1, trustedProxyHops))]!;
  return addressKey(entry);
}

/** The client address of a request, as the deployment's TRUSTED_PROXY_HOPS says to read it. */
export function clientAddressOf(
  headers: Headers,
  env: Record<string, string | undefined> = process.env,
): string | null {
  return clientAddressFrom(headers.get('x-forwarded-for'), trustedProxyHopsFrom(env));
}

/** TRUSTED_PROXY_HOPS: how many proxies of our own append to X-Forwarded-For before the app. */
export function trustedProxyHopsFrom(env: Record<string, string | undefined>): number {
  const value = env.TRUSTED_PROXY_HOPS?.trim();
  if (!value) return 0;
  if (!/^\d{1,2}$/.test(value))
    throw new Error(
      `TRUSTED_PROXY_HOPS must be the number of proxies in front of the app (0 or more), not "${value}".`,
    );
  return Number(value);
}

function addressKey(entry: string): string | null {
  const address = withoutPort(entry).replace(/%.*$/, '');
  if (isIPv4(address)) return address;
  if (!isIPv6(address)) return null;
  const groups = ipv6Groups(address.toLowerCase());
  const mappedIPv4 = groups.slice(0, 5).every((group) => group === 0) && groups[5] === 0xffff;
  if (mappedIPv4) return [groups[6]! >> 8, groups[6]! & 0xff, groups[7]! >> 8, groups[7]! & 0xff].join('.');
  return `${groups
    .slice(0, 4)
    .map((group) => group.toString(16))
    .join(':')}::/64`;
}

/** `1.2.3.4:5678` and `[2001:db8::1]:443`, as some proxies write them, without the port. */
function withoutPort(entry: string): string {
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(entry);
  if (bracketed) return bracketed[1]!;
  const ipv4WithPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(entry);
  return ipv4WithPort ? ipv4WithPort[1]! : entry;
}

/** The eight 16-bit groups of a valid IPv6 address, with `::` and a dotted IPv4 tail expanded. */
function ipv6Groups(address: string): number[] {
  const parse = (part: string) =>
    part
      .split(':')
      .filter(Boolean)
      .flatMap((group) => {
        if (!group.includes('.')) return [parseInt(group, 16)];
        const [a, b, c, d] = group.split('.').map(Number);
        return [(a! << 8) | b!, (c! << 8) | d!];
      });
  const [head = '', tail] = address.split('::');
  const left = parse(head);
  const right = tail === undefined ? [] : parse(tail);
  return [...left, ...Array<number>(8 - left.length - right.length).fill(0), ...right];
}
