import { isIP } from 'node:net';

/**
 * True when an IP address is not on the public internet: loopback, private (RFC 1918), carrier-grade NAT,
 * link-local, unique-local, multicast, unspecified, documentation/benchmark ranges, and IPv6 forms that
 * embed such an IPv4 address (IPv4-mapped ::ffff:a.b.c.d, IPv4-compatible, NAT64 64:ff9b::/96, 6to4 2002::/16).
 * Anything that is not a valid IP address counts as private, so that a parsing surprise refuses rather than allows.
 *
 * @example
 * isPrivateAddress('127.0.0.1') // true
 * isPrivateAddress('::ffff:10.0.0.1') // true
 * isPrivateAddress('93.184.216.34') // false
 */
export function isPrivateAddress(address: string): boolean {
  const addr = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const kind = isIP(addr);
  if (kind === 4) return isPrivateV4(v4Bytes(addr)!);
  if (kind === 6) {
    const g = v6Groups(addr);
    if (!g) return true;
    return isPrivateV6(g);
  }
  return true;
}

function v4Bytes(addr: string): number[] | null {
  const parts = addr.split('.').map(Number);
  return parts.length === 4 && parts.every((p) => Number.isInteger(p) && p >= 0 && p <= 255) ? parts : null;
}

function isPrivateV4([a, b, c]: number[]): boolean {
  return a === 0 || a === 10 || a === 127 || a! >= 224 // this network, private, loopback, multicast and reserved
    || (a === 100 && b! >= 64 && b! <= 127) // carrier-grade NAT
    || (a === 169 && b === 254) // link-local
    || (a === 172 && b! >= 16 && b! <= 31)
    || (a === 192 && b === 168)
    || (a === 192 && b === 0 && (c === 0 || c === 2)) // IETF protocol assignments, TEST-NET-1
    || (a === 198 && (b === 18 || b === 19)) // benchmarking
    || (a === 198 && b === 51 && c === 100) || (a === 203 && b === 0 && c === 113); // TEST-NET-2/3
}

/** An IPv6 address as eight 16-bit groups (an embedded dotted IPv4 tail is converted). */
function v6Groups(addr: string): number[] | null {
  let s = addr.toLowerCase();
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(s);
  if (dotted) {
    const b = v4Bytes(dotted[1]!);
    if (!b) return null;
    s = s.slice(0, dotted.index) + `${((b[0]! << 8) | b[1]!).toString(16)}:${((b[2]! << 8) | b[3]!).toString(16)}`;
  }
  const [head, tail] = s.split('::') as [string, string | undefined];
  const h = head ? head.split(':') : [];
  const t = tail !== undefined && tail ? tail.split(':') : [];
  const fill = s.includes('::') ? 8 - h.length - t.length : 0;
  const groups = [...h, ...Array<string>(Math.max(0, fill)).fill('0'), ...t].map((x) => parseInt(x, 16));
  return groups.length === 8 && groups.every((x) => Number.isInteger(x) && x >= 0 && x <= 0xffff) ? groups : null;
}

function isPrivateV6(g: number[]): boolean {
  const embedded = (hi: number, lo: number) => isPrivateV4([hi >> 8, hi & 0xff, lo >> 8, lo & 0xff]);
  const zeroTo = (n: number) => g.slice(0, n).every((x) => x === 0);
  if (zeroTo(8)) return true; // ::
  if (zeroTo(7) && g[7] === 1) return true; // ::1
  if (zeroTo(5) && g[5] === 0xffff) return embedded(g[6]!, g[7]!); // IPv4-mapped
  if (zeroTo(6)) return embedded(g[6]!, g[7]!); // IPv4-compatible (deprecated)
  if (g[0] === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((x) => x === 0)) return embedded(g[6]!, g[7]!); // NAT64
  if (g[0] === 0x2002) return embedded(g[1]!, g[2]!); // 6to4
  const first = g[0]!;
  return (first & 0xfe00) === 0xfc00 // unique-local fc00::/7
    || (first & 0xffc0) === 0xfe80 // link-local fe80::/10
    || (first & 0xffc0) === 0xfec0 // site-local (deprecated)
    || (first & 0xff00) === 0xff00 // multicast
    || (first === 0x2001 && g[1] === 0x0db8) // documentation
    || (first === 0x0100 && zeroTo(0) && g[1] === 0 && g[2] === 0 && g[3] === 0); // discard-only 100::/64
}
