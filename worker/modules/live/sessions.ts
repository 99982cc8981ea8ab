// Creating a live session: the D1 row, the points it holds (if any) and its Durable Object, all or nothing.

import type { Db } from "../../db/client";
import { newId } from "../../db/ids";
import type { Resume } from "../../db/schema";
import { AppError } from "../../lib/errors";
import { log } from "../../lib/logger";
import { hold, release } from "../points/ledger";
import type { ResumeSection } from "../resumes/schemas";
import { findUserResume } from "../resumes/service";
import { deleteSession, findSessionByKey, insertSession, type LiveKind, type LiveRow } from "./store";

export type SessionResume = { text: string; sections: ResumeSection[] };

export const toSessionResume = (row: Resume): SessionResume => ({
  text: row.text,
  sections: (row.sectionsJson as ResumeSection[] | null) ?? [],
});

/** The résumé a session is grounded in, by id (404 unless it is the user's). */
export async function sessionResume(db: Db, userId: string, resumeId: string): Promise<SessionResume> {
  return toSessionResume(await findUserResume(db, userId, resumeId));
}

export interface CreateLiveSession<Config> {
  kind: LiveKind;
  userId: string;
  idempotencyKey?: string | undefined;
  config: Config;
  /** Points held for the whole session (interviews); meetings pay per minute instead. */
  hold?: { points: number; holdKey: (id: string) => string; releaseKey: (id: string) => string };
  /** Initialises the session's Durable Object. */
  start: (id: string) => Promise<void>;
}

/**
 * Inserts the row, holds the points (402 leaves nothing behind) and initialises the Durable Object (a failure
 * gives the points back and removes the row). A repeated Idempotency-Key answers the first session.
 */
export async function createLiveSession<Config>(db: Db, input: CreateLiveSession<Config>): Promise<LiveRow> {
  const { kind, userId, idempotencyKey } = input;
  if (idempotencyKey) {
    const existing = await findSessionByKey(db, kind, userId, idempotencyKey);
    if (existing) return existing;
  }
  const id = newId();
  const inserted = await insertSession(db, kind, {
    id,
    userId,
    configJson: input.config,
    idempotencyKey: idempotencyKey ?? null,
  });
  if (!inserted) {
    // A concurrent create with the same key won the insert.
    const winner = idempotencyKey ? await findSessionByKey(db, kind, userId, idempotencyKey) : undefined;
    if (!winner) throw new AppError("CONFLICT");
    return winner;
  }
  const held = input.hold && input.hold.points > 0 ? input.hold : null;
  if (held) {
    try {
      await hold(db, { userId, points: held.points, idempotencyKey: held.holdKey(id), refType: kind, refId: id });
    } catch (error) {
      await deleteSession(db, kind, id);
      throw error;
    }
  }
  try {
    await input.start(id);
  } catch (error) {
    log("error", "live session: the Durable Object did not start, undoing the create", {
      kind,
      id,
      error: String(error),
    });
    if (held) await release(db, held.holdKey(id), held.releaseKey(id));
    await deleteSession(db, kind, id);
    throw new AppError("UNAVAILABLE", { cause: error });
  }
  return inserted;
}
