import { describe, expect, it } from 'vitest';
import { base32Decode, base32Encode, matchTotpStep, otpauthUri, timeStepAt, totpCode, totpCodeForStep } from './totp.ts';

// RFC 6238 appendix B: the seeds are ASCII "1234567890" repeated to the hash's length; 8-digit codes.
const SEEDS = {
  sha1: Buffer.from('12345678901234567890'),
  sha256: Buffer.from('12345678901234567890123456789012'),
  sha512: Buffer.from('1234567890123456789012345678901234567890123456789012345678901234'),
};
const VECTORS: [number, string, string, string][] = [
  [59, '94287082', '46119246', '90693936'],
  [1111111109, '07081804', '68084774', '25091201'],
  [1111111111, '14050471', '67062674', '99943326'],
  [1234567890, '89005924', '91819424', '93441116'],
  [2000000000, '69279037', '90698825', '38618901'],
  [20000000000, '65353130', '77737706', '47863826'],
];

describe('TOTP (RFC 6238)', () => {
  it.each(VECTORS)('gives the RFC test vector codes at %i seconds', (seconds, sha1, sha256, sha512) => {
    const step = timeStepAt(new Date(seconds * 1000));
    expect(totpCodeForStep(SEEDS.sha1, step, 8, 'sha1')).toBe(sha1);
    expect(totpCodeForStep(SEEDS.sha256, step, 8, 'sha256')).toBe(sha256);
    expect(totpCodeForStep(SEEDS.sha512, step, 8, 'sha512')).toBe(sha512);
  });

  it('reads back the base32 it writes, ignoring case, spaces and padding', () => {
    const secret = base32Encode(SEEDS.sha1);
    expect(secret).toBe('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ');
    expect(base32Decode(secret.toLowerCase().replace(/(.{4})/g, '$1 '))).toEqual(SEEDS.sha1);
  });

  it('accepts the codes of the previous, current and next step, and names the step', () => {
    const secret = base32Encode(SEEDS.sha1);
    const now = new Date(1_111_111_111_000);
    const step = timeStepAt(now);
    for (const offset of [-1, 0, 1]) {
      const code = totpCode(secret, new Date(now.getTime() + offset * 30_000));
      expect(matchTotpStep(secret, code, now)).toBe(step + offset);
    }
  });

  it('refuses a code two steps away, a wrong code and anything that is not six digits', () => {
    const secret = base32Encode(SEEDS.sha1);
    const now = new Date(1_111_111_111_000);
    expect(matchTotpStep(secret, totpCode(secret, new Date(now.getTime() + 60_000)), now)).toBeUndefined();
    const code = totpCode(secret, now);
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
    expect(matchTotpStep(secret, wrong, now)).toBeUndefined();
    expect(matchTotpStep(secret, 'abcdef', now)).toBeUndefined();
    expect(matchTotpStep(secret, `${code}0`, now)).toBeUndefined();
  });

  it('writes the otpauth URI authenticator apps read from a QR code', () => {
    expect(otpauthUri('ABCDEF', 'n.temirova')).toBe(
      'otpauth://totp/Kadam%3An.temirova?secret=ABCDEF&issuer=Kadam&algorithm=SHA1&digits=6&period=30',
    );
  });
});
