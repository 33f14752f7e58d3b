/**
 * The cart's writes as Lua scripts: each runs atomically in Redis, touches one key (so it works
 * on Redis Cluster, where the key's hash tag picks the slot), does the quantity arithmetic and
 * the 99 cap itself, stamps `_updatedAt`, bumps `_version`, refreshes the TTL, and returns the
 * cart as it is right after the change (HGETALL), so no second read can see a later state.
 *
 * The hash: one field per product id holding the line as JSON
 * `{sku, name, priceCents, imageUrl, quantity, addedAt}`, plus `_updatedAt` (epoch ms) and
 * `_version`. Product ids start with a letter or digit, so they never meet the `_` fields.
 */

const MAX = 99;

/** Stamps the change and refreshes the expiry: ARGV[nowArg] is epoch ms, ARGV[ttlArg] the TTL in ms. */
const touch = (nowArg: number, ttlArg: number) => `
redis.call('HSET', KEYS[1], '_updatedAt', ARGV[${nowArg}])
redis.call('HINCRBY', KEYS[1], '_version', 1)
redis.call('PEXPIRE', KEYS[1], ARGV[${ttlArg}])
return {1, redis.call('HGETALL', KEYS[1])}`;

/** ARGV: productId, details JSON, quantity to add, limit, now ms, ttl ms, now ISO. → {1, hash} or {0, current quantity}. */
export const ADD_ITEM = `
local raw = redis.call('HGET', KEYS[1], ARGV[1])
local current, addedAt = 0, ARGV[7]
if raw then
  local old = cjson.decode(raw)
  current, addedAt = tonumber(old.quantity), old.addedAt
end
local nextQuantity = current + tonumber(ARGV[3])
if nextQuantity > math.min(tonumber(ARGV[4]), ${MAX}) then return {0, current} end
local line = cjson.decode(ARGV[2])
line.quantity, line.addedAt = nextQuantity, addedAt
redis.call('HSET', KEYS[1], ARGV[1], cjson.encode(line))
${touch(5, 6)}`;

/** ARGV: productId, details JSON, quantity, now ms, ttl ms. → {1, hash} or {0} when the line is absent. */
export const SET_QUANTITY = `
local raw = redis.call('HGET', KEYS[1], ARGV[1])
if not raw then return {0} end
local line = cjson.decode(ARGV[2])
line.quantity, line.addedAt = math.min(tonumber(ARGV[3]), ${MAX}), cjson.decode(raw).addedAt
redis.call('HSET', KEYS[1], ARGV[1], cjson.encode(line))
${touch(4, 5)}`;

/** ARGV: productId, now ms, ttl ms. → {1, hash} or {0} when the line is absent. */
export const REMOVE_ITEM = `
if redis.call('HDEL', KEYS[1], ARGV[1]) == 0 then return {0} end
${touch(2, 3)}`;

/** ARGV: now ms, ttl ms, then pairs of productId and line JSON. Quantities add, capped; a line already there keeps its details. */
export const MERGE_LINES = `
for i = 3, #ARGV, 2 do
  local incoming = cjson.decode(ARGV[i + 1])
  local raw = redis.call('HGET', KEYS[1], ARGV[i])
  local line = incoming
  if raw then line = cjson.decode(raw) end
  local quantity = tonumber(incoming.quantity)
  if raw then quantity = quantity + tonumber(line.quantity) end
  line.quantity = math.min(quantity, ${MAX})
  redis.call('HSET', KEYS[1], ARGV[i], cjson.encode(line))
end
${touch(1, 2)}`;

/** ARGV: version. Deletes the cart only if nobody wrote to it since that version was read. → 1 or 0. */
export const DELETE_IF_VERSION = `
if redis.call('HGET', KEYS[1], '_version') == ARGV[1] then
  redis.call('DEL', KEYS[1])
  return 1
end
return 0`;
