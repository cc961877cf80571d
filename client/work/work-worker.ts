/// <reference lib="webworker" />
/**
 * Searches for a proof of work off the main thread, so the page stays responsive while a phone hashes for a few
 * tenths of a second. Pure-JavaScript SHA-256 (@noble/hashes): one synchronous hash per try is far faster than a
 * promise per try through crypto.subtle.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { solveWork } from '../../shared/work.ts';
import type { WorkTask } from './solve-work.ts';

self.onmessage = (event: MessageEvent<WorkTask>) => {
  const { challenge, subject, bits } = event.data;
  self.postMessage(solveWork(challenge, subject, bits, sha256));
};
