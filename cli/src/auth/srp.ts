/**
 * SRP-6a as Amazon Cognito's USER_SRP_AUTH flow uses it: the 3072-bit group of RFC 5054 with g = 2, SHA-256,
 * and Cognito's own key derivation (HKDF with the info "Caldera Derived Key") and claim signature. Written from
 * the protocol description; the password never leaves this machine, only a proof that we know it.
 */
import { createHash, createHmac, randomBytes } from 'node:crypto';

/** RFC 5054 appendix A, 3072-bit group. */
export const N_HEX =
  'FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22514A08798E3404DD' +
  'EF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7ED' +
  'EE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3DC2007CB8A163BF0598DA48361C55D39A69163FA8FD24CF5F' +
  '83655D23DCA3AD961C62F356208552BB9ED529077096966D670C354E4ABC9804F1746C08CA18217C32905E462E36CE3B' +
  'E39E772C180E86039B2783A2EC07A28FB5C55DF06F4C52C9DE2BCBF6955817183995497CEA956AE515D2261898FA0510' +
  '15728E5A8AAAC42DAD33170D04507A33A85521ABDF1CBA64ECFB850458DBEF0A8AEA71575D060C7DB3970F85A6E1E4C7' +
  'ABF5AE8CDB0933D71E8C94E04A25619DCEE3D2261AD2EE6BF12FFA06D98A0864D87602733EC86A64521F2B18177B200C' +
  'BBE117577A615D6C770988C0BAD946E208E24FA074E5AB3143DB5BFCE0FD108E4B82D120A93AD2CAFFFFFFFFFFFFFFFF';

export const N = BigInt(`0x${N_HEX}`);
export const G = 2n;

/** (base ** exp) mod m by square-and-multiply; BigInt has no built-in modular power. */
export function modPow(base: bigint, exp: bigint, m: bigint): bigint {
  let result = 1n;
  let b = ((base % m) + m) % m;
  let e = exp;
  while (e > 0n) {
    if (e & 1n) result = (result * b) % m;
    b = (b * b) % m;
    e >>= 1n;
  }
  return result;
}

/**
 * Hex of a non-negative integer as Cognito hashes it: even length, and a leading 00 when the top bit is set,
 * so the bytes read as a positive two's-complement number.
 */
export function padHex(n: bigint): string {
  if (n < 0n) throw new RangeError('padHex takes non-negative integers');
  let hex = n.toString(16);
  if (hex.length % 2 === 1) hex = `0${hex}`;
  else if ('89abcdef'.includes(hex[0]!)) hex = `00${hex}`;
  return hex;
}

export function sha256Hex(data: Buffer | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/** H(a | b) over the padded byte strings of both integers, as a number. */
export function hashIntegers(a: bigint, b: bigint): bigint {
  return BigInt(`0x${sha256Hex(Buffer.from(padHex(a) + padHex(b), 'hex'))}`);
}

/** The multiplier k = H(N | g). */
export const K = hashIntegers(N, G);

/** x = H(salt | H(poolName | userId | ":" | password)). */
export function passwordExponent(poolName: string, userId: string, password: string, salt: bigint): bigint {
  const inner = sha256Hex(`${poolName}${userId}:${password}`);
  return BigInt(`0x${sha256Hex(Buffer.from(padHex(salt) + inner, 'hex'))}`);
}

/** Cognito's HKDF: one HMAC-SHA256 block over "Caldera Derived Key" 0x01, cut to 16 bytes. */
export function derivePasswordKey(s: bigint, u: bigint): Buffer {
  const prk = createHmac('sha256', Buffer.from(padHex(u), 'hex'))
    .update(Buffer.from(padHex(s), 'hex'))
    .digest();
  const info = Buffer.concat([Buffer.from('Caldera Derived Key', 'utf8'), Buffer.from([1])]);
  return createHmac('sha256', prk).update(info).digest().subarray(0, 16);
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Tue Mar 4 09:05:07 UTC 2025": Cognito wants this exact shape, with the day of month unpadded. */
export function cognitoTimestamp(d: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  const time = `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()} ${time} UTC ${d.getUTCFullYear()}`;
}

/** The signature over poolName | userId | secretBlock | timestamp, keyed with the derived password key. */
export function claimSignature(
  key: Buffer,
  poolName: string,
  userId: string,
  secretBlockBase64: string,
  timestamp: string,
): string {
  return createHmac('sha256', key)
    .update(
      Buffer.concat([
        Buffer.from(poolName, 'utf8'),
        Buffer.from(userId, 'utf8'),
        Buffer.from(secretBlockBase64, 'base64'),
        Buffer.from(timestamp, 'utf8'),
      ]),
    )
    .digest('base64');
}

/** A random exponent of 128 bytes, reduced mod N and never 0. */
export function randomExponent(): bigint {
  for (;;) {
    const e = BigInt(`0x${randomBytes(128).toString('hex')}`) % N;
    if (e !== 0n) return e;
  }
}

export interface SrpClientSession {
  /** The public value A as Cognito's SRP_A wants it (hex). */
  srpA: string;
  /** Answers the PASSWORD_VERIFIER challenge. */
  respond(challenge: PasswordVerifierChallenge, password: string, now?: Date): PasswordClaim;
}

export interface PasswordVerifierChallenge {
  SALT: string;
  SRP_B: string;
  SECRET_BLOCK: string;
  USER_ID_FOR_SRP: string;
}

export interface PasswordClaim {
  USERNAME: string;
  PASSWORD_CLAIM_SECRET_BLOCK: string;
  PASSWORD_CLAIM_SIGNATURE: string;
  TIMESTAMP: string;
}

/** The pool name in the proof is the part of the user pool id after the underscore (eu-west-1_AbC → AbC). */
export function poolNameOf(userPoolId: string): string {
  const name = userPoolId.split('_')[1];
  if (!name) throw new Error(`user pool id ${JSON.stringify(userPoolId)} is not of the form region_id`);
  return name;
}

export function startSrp(userPoolId: string, a: bigint = randomExponent()): SrpClientSession {
  const poolName = poolNameOf(userPoolId);
  const A = modPow(G, a, N);
  return {
    srpA: A.toString(16),
    respond(challenge, password, now = new Date()) {
      const B = BigInt(`0x${challenge.SRP_B}`);
      // A server that sends B ≡ 0 (mod N) could force the shared secret; SRP-6a says abort.
      if (B % N === 0n) throw new Error('Cognito sent an invalid SRP_B');
      const u = hashIntegers(A, B);
      if (u === 0n) throw new Error('SRP scrambling parameter is 0; try again');
      const x = passwordExponent(
        poolName,
        challenge.USER_ID_FOR_SRP,
        password,
        BigInt(`0x${challenge.SALT}`),
      );
      const base = (((B - K * modPow(G, x, N)) % N) + N) % N;
      const S = modPow(base, a + u * x, N);
      const key = derivePasswordKey(S, u);
      const timestamp = cognitoTimestamp(now);
      return {
        USERNAME: challenge.USER_ID_FOR_SRP,
        PASSWORD_CLAIM_SECRET_BLOCK: challenge.SECRET_BLOCK,
        PASSWORD_CLAIM_SIGNATURE: claimSignature(
          key,
          poolName,
          challenge.USER_ID_FOR_SRP,
          challenge.SECRET_BLOCK,
          timestamp,
        ),
        TIMESTAMP: timestamp,
      };
    },
  };
}
