// Which rooms exist, when each was last used, and who is in each: in memory for one server, or
// in Redis when several servers share rooms (`--redis URL`). Rooms expire IDLE_EXPIRY_MS after
// their last use; the clock is injected so tests can move it.
import type { Redis as RedisClient } from 'ioredis';
import { IDLE_EXPIRY_MS, MAX_STUDENTS } from './protocol';

export type JoinResult = 'ok' | 'full' | 'unknown';

export interface RoomRegistry {
  /** Creates the room. */
  open(code: string): Promise<void>;
  /**
   * The teacher (who proved the room is theirs) comes back: true if the room is still on, or was
   * only forgotten by a restart of a server that keeps rooms in memory; false once it expired.
   */
  reopen(code: string): Promise<boolean>;
  exists(code: string): Promise<boolean>;
  /** Marks the room as used now. */
  touch(code: string): Promise<void>;
  /** Counts a student in, unless the room is full or gone. The same id twice counts once. */
  join(code: string, studentId: string): Promise<JoinResult>;
  leave(code: string, studentId: string): Promise<void>;
  /** Of these codes, the ones whose rooms have expired (and are now removed). */
  expired(codes: readonly string[]): Promise<string[]>;
  close(): Promise<void>;
}

export type Clock = () => number;

export class MemoryRegistry implements RoomRegistry {
  private readonly rooms = new Map<string, { lastUsed: number; students: Set<string> }>();
  /** Codes of rooms that expired while this server ran: their teacher can't bring them back. */
  private readonly ended = new Set<string>();
  constructor(private readonly now: Clock = Date.now, private readonly maxStudents = MAX_STUDENTS) {}
  private live(code: string) {
    const room = this.rooms.get(code);
    if (room && this.now() - room.lastUsed > IDLE_EXPIRY_MS) { this.rooms.delete(code); this.ended.add(code); return undefined; }
    return room;
  }
  async open(code: string) { const room = this.live(code); if (room) room.lastUsed = this.now(); else this.rooms.set(code, { lastUsed: this.now(), students: new Set() }); }
  async reopen(code: string) { if (this.live(code) === undefined && this.ended.has(code)) return false; await this.open(code); return true; }
  async exists(code: string) { return this.live(code) !== undefined; }
  async touch(code: string) { const room = this.live(code); if (room) room.lastUsed = this.now(); }
  async join(code: string, studentId: string): Promise<JoinResult> {
    const room = this.live(code);
    if (!room) return 'unknown';
    if (!room.students.has(studentId) && room.students.size >= this.maxStudents) return 'full';
    room.students.add(studentId);
    room.lastUsed = this.now();
    return 'ok';
  }
  async leave(code: string, studentId: string) { const room = this.rooms.get(code); room?.students.delete(studentId); if (room) room.lastUsed = this.now(); }
  async expired(codes: readonly string[]) { return codes.filter((code) => !this.live(code)); }
  async close() { this.rooms.clear(); }
}

/**
 * Redis keys (prefix `corium:class:`): CODE → last use (ms), with a TTL of IDLE_EXPIRY_MS that
 * every use renews, so Redis forgets an idle room by itself; CODE:students → the set of students.
 */
export class RedisRegistry implements RoomRegistry {
  constructor(private readonly redis: RedisClient, private readonly now: Clock = Date.now, private readonly maxStudents = MAX_STUDENTS) {}
  private key = (code: string): string => `corium:class:${code}`;
  private studentsKey = (code: string): string => `corium:class:${code}:students`;
  async open(code: string) {
    await this.redis.multi().set(this.key(code), String(this.now()), 'PX', IDLE_EXPIRY_MS).pexpire(this.studentsKey(code), IDLE_EXPIRY_MS).exec();
  }
  /** Redis outlives the servers: a room missing there has expired. */
  async reopen(code: string) { if (!(await this.exists(code))) return false; await this.touch(code); return true; }
  async exists(code: string) { return (await this.redis.exists(this.key(code))) === 1; }
  async touch(code: string) { await this.redis.set(this.key(code), String(this.now()), 'PX', IDLE_EXPIRY_MS, 'XX'); }
  async join(code: string, studentId: string): Promise<JoinResult> {
    // One script, so two servers can't both let the 201st student in.
    const result = await this.redis.eval(
      `if redis.call('EXISTS', KEYS[1]) == 0 then return 'unknown' end
       if redis.call('SISMEMBER', KEYS[2], ARGV[1]) == 0 and redis.call('SCARD', KEYS[2]) >= tonumber(ARGV[2]) then return 'full' end
       redis.call('SADD', KEYS[2], ARGV[1])
       redis.call('PEXPIRE', KEYS[2], ARGV[3])
       redis.call('SET', KEYS[1], ARGV[4], 'PX', ARGV[3])
       return 'ok'`,
      2, this.key(code), this.studentsKey(code), studentId, String(this.maxStudents), String(IDLE_EXPIRY_MS), String(this.now()));
    return result as JoinResult;
  }
  async leave(code: string, studentId: string) { await this.redis.srem(this.studentsKey(code), studentId); await this.touch(code); }
  async expired(codes: readonly string[]) {
    const gone: string[] = [];
    for (const code of codes) {
      const last = await this.redis.get(this.key(code));
      // Redis drops idle keys itself; the injected clock (tests) is checked too.
      if (last === null || this.now() - Number(last) > IDLE_EXPIRY_MS) {
        await this.redis.del(this.key(code), this.studentsKey(code));
        gone.push(code);
      }
    }
    return gone;
  }
  async close() { this.redis.disconnect(); }
}
