import { createHmac, timingSafeEqual } from 'node:crypto';
import { BlockList, isIP } from 'node:net';

/**
 * The browser's address as a web app vouches for it to the gateway: the web apps call the gateway
 * from their own address on behalf of every shopper, so without this one shopper's failed sign-ins
 * (or one crawler) would throttle everyone. The value is signed with `CLIENT_ADDRESS_SECRET`, which
 * only the web apps and the gateway hold, so nobody else can pick an address this way:
 *
 *     x-shop-client-address: 203.0.113.7; t=1764820000; v1=<hex HMAC-SHA256 of "203.0.113.7.1764820000">
 */
export const CLIENT_ADDRESS_HEADER = 'x-shop-client-address';

/** A signature older (or further in the future) than this is refused: a leaked header soon stops working. */
export const CLIENT_ADDRESS_MAX_AGE_SECONDS = 300;

const LONGEST_ADDRESS = 45; // an IPv6 address with an embedded IPv4 tail

/** The address itself when it is a valid IPv4 or IPv6 address, otherwise undefined (a header can say anything). */
export function validAddress(value: string | undefined): string | undefined {
  return value !== undefined && value.length <= LONGEST_ADDRESS && isIP(value) !== 0 ? value : undefined;
}

function mac(secret: string, address: string, timestamp: number): Buffer {
  return createHmac('sha256', secret).update(`${address}.${timestamp}`).digest();
}

/** The header value for `address`, signed now. */
export function signClientAddress(address: string, secret: string, nowMs = Date.now()): string {
  const timestamp = Math.floor(nowMs / 1000);
  return `${address}; t=${timestamp}; v1=${mac(secret, address, timestamp).toString('hex')}`;
}

const SIGNED = /^([0-9A-Fa-f:.]{2,45}); t=(\d{1,12}); v1=([0-9a-f]{64})$/;

/** The vouched-for address, or undefined when the value is malformed, forged or stale. */
export function verifyClientAddress(value: string | undefined, secret: string, nowMs = Date.now()): string | undefined {
  const match = value && value.length <= 160 ? SIGNED.exec(value) : null;
  if (!match) return undefined;
  const [, address, t, signature] = match as unknown as [string, string, string, string];
  const timestamp = Number(t);
  if (Math.abs(nowMs / 1000 - timestamp) > CLIENT_ADDRESS_MAX_AGE_SECONDS) return undefined;
  if (!timingSafeEqual(Buffer.from(signature, 'hex'), mac(secret, address, timestamp))) return undefined;
  return validAddress(address);
}

/** `::ffff:203.0.113.7` (an IPv4 peer of a dual-stack socket) as `203.0.113.7`. */
function plain(address: string): string {
  return address.startsWith('::ffff:') && isIP(address.slice(7)) === 4 ? address.slice(7) : address;
}

/** Matches addresses against `TRUSTED_PROXIES` entries (addresses or CIDR blocks, already validated). */
export function proxyMatcher(cidrs: readonly string[]): (address: string) => boolean {
  const list = new BlockList();
  for (const entry of cidrs) {
    const [address = '', prefix] = entry.split('/');
    const type = isIP(address) === 6 ? 'ipv6' : 'ipv4';
    if (prefix === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(prefix), type);
  }
  return (address) => {
    const family = isIP(address);
    return family !== 0 && list.check(address, family === 6 ? 'ipv6' : 'ipv4');
  };
}

/**
 * The client's address: the socket's peer, or, while that hop is a trusted proxy, the hop before
 * it in `X-Forwarded-For` (read from the right, as each proxy appends). A hop that is not a valid
 * address ends the walk there.
 */
export function addressBehindProxies(peer: string, forwardedFor: string | undefined, trusted: (address: string) => boolean): string {
  let address = plain(peer);
  const hops = (forwardedFor ?? '').split(',').map((hop) => hop.trim());
  while (trusted(address)) {
    const hop = validAddress(hops.pop());
    if (!hop) break;
    address = plain(hop);
  }
  return address;
}
