import { describe, expect, it } from 'vitest';
import type { Executor } from '../db/pool.ts';
import { eventChannel } from './event-channel.ts';

const tx = {} as Executor;

describe('an event channel', () => {
  it('runs every subscriber, in the order they subscribed, with the event', async () => {
    const channel = eventChannel<{ n: number }>();
    const seen: string[] = [];
    channel.subscribe('first', async (_tx, event) => void seen.push(`first ${event.n}`));
    channel.subscribe('second', async (_tx, event) => void seen.push(`second ${event.n}`));
    await channel.emit(tx, { n: 7 });
    expect(seen).toEqual(['first 7', 'second 7']);
  });

  it('keeps one subscriber per name, so a module registered twice runs once', async () => {
    const channel = eventChannel<string>();
    const seen: string[] = [];
    channel.subscribe('plans', async (_tx, event) => void seen.push(`old ${event}`));
    channel.subscribe('plans', async (_tx, event) => void seen.push(`new ${event}`));
    await channel.emit(tx, 'x');
    expect(seen).toEqual(['new x']);
  });

  it('lets a failing subscriber fail the emit, so the emitter’s transaction rolls back', async () => {
    const channel = eventChannel<string>();
    channel.subscribe('refuses', () => Promise.reject(new Error('refused')));
    await expect(channel.emit(tx, 'x')).rejects.toThrow('refused');
  });

  it('keeps channels apart', async () => {
    const one = eventChannel<string>();
    const two = eventChannel<string>();
    const seen: string[] = [];
    one.subscribe('a', async (_tx, event) => void seen.push(event));
    await two.emit(tx, 'not for one');
    expect(seen).toEqual([]);
  });
});
