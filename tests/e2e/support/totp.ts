import { base32Decode, timeStepAt, totpCodeForStep } from '../../../src/platform/auth/totp.ts';
import { TEST_TOTP_SECRET } from '../../support/app.ts';

/** The last time step this run used per user: the server refuses a step twice, as it would a replayed code. */
const lastStep = new Map<string, number>();

/**
 * What the user's authenticator app shows for TEST_TOTP_SECRET. A second sign-in within the same 30 seconds
 * takes the next step's code (inside the server's window of one step); a third waits for the clock, as a
 * person would wait for a new code.
 */
export async function nextTotpCode(username: string): Promise<string> {
  for (;;) {
    const current = timeStepAt(new Date());
    const step = Math.max(current, (lastStep.get(username) ?? current - 1) + 1);
    if (step <= current + 1) {
      lastStep.set(username, step);
      return totpCodeForStep(base32Decode(TEST_TOTP_SECRET), step);
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}
