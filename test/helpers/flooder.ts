/**
 * The flooding script of test/helpers/hall.ts as its own process: `node --import tsx flooder.ts <baseUrl> <boardId>`.
 * It floods until a line arrives on stdin, then prints its report as JSON and exits.
 */
import { flood } from './hall.ts';

const [baseUrl = '', boardId = ''] = process.argv.slice(2);
const stop = new Promise<void>((resolve) => process.stdin.once('data', () => resolve()));
const report = await flood({ baseUrl, boardId }, stop);
process.stdout.write(JSON.stringify(report));
process.exit(0);
