import { randomBytes } from 'node:crypto';

let counter = randomBytes(3).readUIntBE(0, 3);
const processPart = randomBytes(5);

/**
 * A new id in MongoDB's ObjectId form (24 hex: seconds, random, counter), so ids look the same
 * whichever store holds them and sort roughly by creation.
 */
export function newObjectId(now: Date = new Date()): string {
  const bytes = Buffer.alloc(12);
  bytes.writeUInt32BE(Math.floor(now.getTime() / 1000), 0);
  processPart.copy(bytes, 4);
  counter = (counter + 1) % 0xffffff;
  bytes.writeUIntBE(counter, 9, 3);
  return bytes.toString('hex');
}

/** What `newObjectId` makes: every product and category id has this form. */
export const OBJECT_ID = /^[0-9a-f]{24}$/;
