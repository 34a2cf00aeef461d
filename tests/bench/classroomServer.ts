// A classroom server in its own process for the bench, so its memory is its own: started by
// tests/bench/classroom.ts with `node --expose-gc --import tsx`, it says its port on stdout, then
// answers each "memory" line on stdin with its heap after a full garbage collection.
import { createInterface } from 'node:readline';
import { startClassroom } from '../../src/classroom/server';

const redisUrl = process.argv[2] || null;
// Rooms hold 200 students; the bench's 300-student run needs one room of 300.
const server = await startClassroom({ port: 0, host: '127.0.0.1', distDir: null, redisUrl, maxStudents: 300 });
process.stdout.write(`port ${server.port}\n`);
const gc = (globalThis as { gc?: () => void }).gc;
for await (const line of createInterface({ input: process.stdin })) {
  if (line === 'memory') {
    gc?.(); gc?.();
    const m = process.memoryUsage();
    process.stdout.write(`memory ${JSON.stringify({ heap: m.heapUsed + m.external, rss: m.rss })}\n`);
  } else if (line === 'stop') {
    await server.close();
    process.exit(0);
  }
}
