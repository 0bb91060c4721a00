import { messages } from '../../../src/messages.ts';

/**
 * A message as a Kyrgyz-speaking user reads it (Kyrgyz is every user's default), taken from the catalogs so a
 * journey finds labels and buttons by the words on the screen and follows any rewording of them.
 */
export const ky = (key: string): string => {
  const text = (messages.ky as Record<string, string>)[key];
  if (text === undefined) throw new Error(`no Kyrgyz message ${key}`);
  return text;
};

/** The part of a message before its first `{placeholder}`: what every use of it starts with. */
export const kyPrefix = (key: string): string => ky(key).split('{')[0]!;
