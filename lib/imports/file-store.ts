import "server-only";
import { createHash } from "node:crypto";
import type { Db } from "@/lib/db";
import { UserError } from "@/lib/errors";
import { SNIFF_BYTES } from "./parse/detect-encoding";
import { notACsvReason } from "./parse/file-kind";

/** Size of one stored chunk: big enough to keep row counts low, small enough to hold in memory. */
export const CHUNK_BYTES = 1024 * 1024;
/** Largest file accepted. */
export const MAX_FILE_BYTES = 512 * 1024 * 1024;

export type UploadBody = NodeJS.ReadableStream | ReadableStream<Uint8Array> | Buffer;

export type StoredFile = { id: string; sizeBytes: number; sha256: string; sample: Buffer };

/**
 * Stores an uploaded file in ImportFileChunk rows as it arrives (one chunk in memory at a time),
 * hashing it on the way. Keeps the first bytes for format detection, and refuses an archive,
 * workbook or binary file as soon as those show it. On failure nothing is left behind.
 */
export async function storeFile(
  db: Db,
  orgId: string,
  input: { name: string; body: UploadBody },
): Promise<StoredFile> {
  const file = await db.importFile.create({
    data: { orgId, name: input.name, sizeBytes: 0, sha256: "" },
    select: { id: true },
  });
  try {
    const hash = createHash("sha256");
    const sampleParts: Buffer[] = [];
    let sampleBytes = 0;
    let size = 0;
    let index = 0;
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    let inspected = false;
    const inspect = () => {
      inspected = true;
      const reason = notACsvReason(Buffer.concat(sampleParts));
      if (reason) throw new UserError(reason);
    };
    const flush = async () => {
      if (pendingBytes === 0) return;
      const data = Buffer.concat(pending, pendingBytes);
      pending = [];
      pendingBytes = 0;
      await db.importFileChunk.create({ data: { fileId: file.id, index: index++, data } });
    };
    for await (const part of bodyChunks(input.body)) {
      size += part.byteLength;
      if (size > MAX_FILE_BYTES) {
        throw new UserError(`The file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB.`);
      }
      hash.update(part);
      if (sampleBytes < SNIFF_BYTES) {
        sampleParts.push(part.subarray(0, SNIFF_BYTES - sampleBytes));
        sampleBytes += Math.min(part.byteLength, SNIFF_BYTES - sampleBytes);
        if (sampleBytes >= SNIFF_BYTES) inspect();
      }
      // Cut at exact chunk sizes so every chunk but the last is CHUNK_BYTES long.
      let rest = part;
      while (pendingBytes + rest.byteLength >= CHUNK_BYTES) {
        const take = CHUNK_BYTES - pendingBytes;
        pending.push(rest.subarray(0, take));
        pendingBytes += take;
        rest = rest.subarray(take);
        await flush();
      }
      if (rest.byteLength > 0) {
        pending.push(rest);
        pendingBytes += rest.byteLength;
      }
    }
    if (size === 0) throw new UserError("The file is empty.");
    if (!inspected) inspect();
    await flush();
    const sha256 = hash.digest("hex");
    await db.importFile.update({ where: { id: file.id }, data: { sizeBytes: size, sha256 } });
    return { id: file.id, sizeBytes: size, sha256, sample: Buffer.concat(sampleParts) };
  } catch (error) {
    await db.importFile.delete({ where: { id: file.id } }).catch(() => undefined);
    throw error;
  }
}

/** The stored file, one chunk at a time, in order. Only the organisation's own files. */
export async function* readFileChunks(
  db: Db,
  orgId: string,
  fileId: string,
): AsyncGenerator<Buffer> {
  const file = await db.importFile.findFirst({
    where: { id: fileId, orgId },
    select: { id: true },
  });
  if (!file) throw new UserError("The uploaded file is no longer available. Upload it again.");
  for (let index = 0; ; index++) {
    const chunk = await db.importFileChunk.findUnique({
      where: { fileId_index: { fileId, index } },
      select: { data: true },
    });
    if (!chunk) return;
    yield Buffer.from(chunk.data);
  }
}

async function* bodyChunks(body: UploadBody): AsyncGenerator<Buffer> {
  if (Buffer.isBuffer(body)) {
    yield body;
    return;
  }
  for await (const part of body as AsyncIterable<Uint8Array | string>) {
    yield typeof part === "string"
      ? Buffer.from(part)
      : Buffer.from(part.buffer, part.byteOffset, part.byteLength);
  }
}
