#!/usr/bin/env node
// DynamoDB-protocol test server.
//
// An HTTP server on 127.0.0.1:<port> over dynalite's in-memory engine. dynalite's own validations
// and actions serve every operation it has; the operations it lacks are implemented here on top of
// its single-item actions:
//   TransactWriteItems, TransactGetItems, UpdateTimeToLive, DescribeTimeToLive.
// All requests run through one mutex, so nothing interleaves with a transaction.
// TransactWriteItems honours ClientRequestToken as DynamoDB does: within 10 minutes of a successful
// call, the same token with the same request answers success without applying it again, and with a
// different request answers IdempotentParameterMismatchException. A transaction holds at most 100
// items and 4 MB (ValidationException beyond either).
//
// Two behaviours of the real service are switched on per table by a control request, so that a test
// asks for them and the other tests (whose clocks sit in the past) are not disturbed:
//   POST /portside/control {"table": "<name>", "ttlDelayMs": n, "indexLagMs": m}
// - ttlDelayMs: TTL really deletes expired items, late as DynamoDB does: a sweep every --ttl-sweep-ms
//   (default 100) deletes an item once its TTL attribute (epoch seconds) lies n ms in the past; until
//   then the expired item is still returned. Needs TTL enabled on the table; -1 turns deletion off.
//   --ttl-delay-ms n at startup turns it on for every table.
// - indexLagMs: Query and Scan on the table's indexes see writes m ms late (the base table and
//   consistent reads see them at once); 0 turns the lag off. "catchUp": true lets the indexes see
//   every write made so far at once.
// The answer is the table's settings as JSON.
//
// Usage: node server.js --port 8000 [--ttl-sweep-ms 100] [--ttl-delay-ms -1]
'use strict'

const http = require('http')
const crypto = require('crypto')

const API = 'DynamoDB_20120810'
const JSON_TYPE = 'application/x-amz-json-1.0'
const MAX_TRANSACT_ITEMS = 100
const MAX_TRANSACT_BYTES = 4 * 1024 * 1024

function parseArgs (argv) {
  const args = { port: 8000, host: '127.0.0.1', ttlSweepMs: 100, ttlDelayMs: -1 }
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--port') args.port = Number(argv[++i])
    else if (argv[i] === '--host') args.host = argv[++i]
    else if (argv[i] === '--ttl-sweep-ms') args.ttlSweepMs = Number(argv[++i])
    else if (argv[i] === '--ttl-delay-ms') args.ttlDelayMs = Number(argv[++i])
    else throw new Error('unknown argument: ' + argv[i])
  }
  return args
}

// ---- one-at-a-time execution -------------------------------------------------------------
let tail = Promise.resolve()
function exclusive (fn) {
  const run = tail.then(fn, fn)
  tail = run.catch(() => {})
  return run
}

// ---- talking to dynalite -----------------------------------------------------------------
// dynalite's own store, validations and actions are called in process: an operation costs what
// dynalite's engine costs, with no second HTTP hop. A transaction of 100 items therefore costs about
// as much as 100 writes inside the server, not 200 HTTP round trips.
const db = require('dynalite/db')
const validations = require('dynalite/validations')

const NATIVE = ['BatchGetItem', 'BatchWriteItem', 'CreateTable', 'DeleteItem', 'DeleteTable', 'DescribeTable',
  'GetItem', 'ListTables', 'PutItem', 'Query', 'Scan', 'TagResource', 'UntagResource',
  'ListTagsOfResource', 'UpdateItem', 'UpdateTable']
const actions = {}
const checks = {}
for (const op of NATIVE) {
  const name = validations.toLowerFirst(op)
  actions[op] = require('dynalite/actions/' + name)
  checks[op] = require('dynalite/validations/' + name)
}
let store

// Parsing an expression is most of what a conditional write costs in dynalite, and a workload sends
// the same few expressions again and again. The parse is a pure function of the expressions and
// their names and values, so its outcome is kept (bounded) and each request gets its own copy.
const EXPRESSIONS = ['UpdateExpression', 'ConditionExpression', 'KeyConditionExpression', 'FilterExpression',
  'ProjectionExpression']
const PARSED = ['_updates', '_condition', '_keyCondition', '_filter', '_projection']
const parseExpressions = validations.validateExpressions
const parsedExpressions = new Map()
validations.validateExpressions = function (data) {
  if (EXPRESSIONS.every(e => data[e] == null)) return parseExpressions(data)
  const key = JSON.stringify([EXPRESSIONS.map(e => data[e]), data.ExpressionAttributeNames, data.ExpressionAttributeValues])
  let known = parsedExpressions.get(key)
  if (!known) {
    const probe = Object.assign({}, data)
    const message = parseExpressions(probe)
    known = { message, parsed: PARSED.map(p => probe[p]) }
    if (parsedExpressions.size >= 10000) parsedExpressions.clear()
    parsedExpressions.set(key, known)
  }
  if (known.message) return known.message
  PARSED.forEach((p, i) => { if (known.parsed[i] !== undefined) data[p] = structuredClone(known.parsed[i]) })
}

// Runs one dynalite operation: { ok, status, data }, where data is the response or dynalite's error body.
function call (op, payload) {
  return new Promise((resolve, reject) => {
    let data
    try {
      data = validations.checkTypes(payload, checks[op].types)
      validations.checkValidations(data, checks[op].types, checks[op].custom, store)
    } catch (err) {
      if (err.statusCode) return resolve({ ok: false, status: err.statusCode, data: err.body })
      return reject(err)
    }
    try {
      actions[op](store, data, (err, out) => {
        if (err && err.statusCode) resolve({ ok: false, status: err.statusCode, data: err.body })
        else if (err) reject(err)
        else resolve({ ok: true, status: 200, data: out || {} })
      })
    } catch (err) {
      reject(err)
    }
  })
}

// An error from dynalite, to be returned as dynalite returned it.
class PassThrough extends Error {
  constructor (r) { super('dynalite error'); this.status = r.status; this.body = r.data }
}

async function must (op, payload) {
  const r = await call(op, payload)
  if (!r.ok) throw new PassThrough(r)
  return r.data
}

// ---- front-implemented operations ----------------------------------------------------------
class ApiError extends Error {
  constructor (type, message, extra) { super(message); this.type = type; this.extra = extra }
}
const validation = msg => new ApiError('com.amazon.coral.validate#ValidationException', msg)

async function keyOf (schemas, table, item) {
  if (!schemas.has(table)) {
    const d = await must('DescribeTable', { TableName: table })
    schemas.set(table, d.Table.KeySchema.map(k => k.AttributeName))
  }
  const key = {}
  for (const name of schemas.get(table)) {
    if (!item || item[name] === undefined) throw validation('One or more parameter values were invalid: Missing the key ' + name + ' in the item')
    key[name] = item[name]
  }
  return key
}

function pick (src, names) {
  const out = {}
  for (const n of names) if (src[n] !== undefined) out[n] = src[n]
  return out
}
const CONDITION = ['ConditionExpression', 'ExpressionAttributeNames', 'ExpressionAttributeValues']

async function transactWriteItems (req) {
  const items = req.TransactItems
  if (!Array.isArray(items) || items.length === 0 || items.length > MAX_TRANSACT_ITEMS) {
    throw validation('1 validation error detected: Value at \'transactItems\' failed to satisfy constraint: ' +
      'Member must have length less than or equal to 100 and greater than or equal to 1')
  }
  if (transactionSize(items) > MAX_TRANSACT_BYTES) {
    throw validation('Transaction request cannot be larger than 4 MB')
  }
  const schemas = new Map()
  const plan = []
  const seen = new Set()
  for (const entry of items) {
    const kinds = Object.keys(entry || {}).filter(k => ['Put', 'Update', 'Delete', 'ConditionCheck'].includes(k))
    if (kinds.length !== 1) throw validation('TransactItems can only contain one of Check, Put, Update or Delete')
    const kind = kinds[0]
    const spec = entry[kind]
    if (kind === 'ConditionCheck' && !spec.ConditionExpression) throw validation('ConditionExpression must be provided for ConditionCheck')
    const key = await keyOf(schemas, spec.TableName, kind === 'Put' ? spec.Item : spec.Key)
    const id = spec.TableName + '\u0000' + JSON.stringify(Object.keys(key).sort().map(k => [k, key[k]]))
    if (seen.has(id)) throw validation('Transaction request cannot include multiple operations on one item')
    seen.add(id)
    plan.push({ kind, spec, key })
  }

  // Apply every op in order, each returning the image it replaced (kept for rollback); all conditions
  // are evaluated, as DynamoDB does. A ConditionCheck is run as a conditional re-put of the item's
  // current image, so only those items are read first.
  for (const p of plan) {
    if (p.kind === 'ConditionCheck') p.old = await current(p)
  }
  const applied = []
  const reasons = []
  let failed = false
  try {
    for (const p of plan) {
      const s = p.spec
      let op, payload
      if (p.kind === 'Put') { op = 'PutItem'; payload = { TableName: s.TableName, Item: s.Item } }
      if (p.kind === 'Update') { op = 'UpdateItem'; payload = { TableName: s.TableName, Key: s.Key, UpdateExpression: s.UpdateExpression } }
      if (p.kind === 'Delete') { op = 'DeleteItem'; payload = { TableName: s.TableName, Key: s.Key } }
      if (p.kind === 'ConditionCheck') {
        if (p.old) { op = 'PutItem'; payload = { TableName: s.TableName, Item: p.old } } else { op = 'DeleteItem'; payload = { TableName: s.TableName, Key: s.Key } }
      }
      Object.assign(payload, pick(s, CONDITION), { ReturnValues: 'ALL_OLD' })
      const r = await call(op, payload)
      if (r.ok) {
        p.old = r.data.Attributes
        applied.push(p)
        reasons.push({ Code: 'None' })
      } else if (/ConditionalCheckFailedException$/.test(r.data.__type || '')) {
        failed = true
        const reason = { Code: 'ConditionalCheckFailed', Message: 'The conditional request failed' }
        if (s.ReturnValuesOnConditionCheckFailure === 'ALL_OLD') {
          const item = p.kind === 'ConditionCheck' ? p.old : await current(p)
          if (item) reason.Item = item
        }
        reasons.push(reason)
      } else {
        throw new PassThrough(r)
      }
    }
  } catch (e) {
    await rollback(applied)
    throw e
  }
  if (failed) {
    await rollback(applied)
    throw new ApiError('com.amazonaws.dynamodb.v20120810#TransactionCanceledException',
      'Transaction cancelled, please refer cancellation reasons for specific reasons [' +
      reasons.map(r => r.Code).join(', ') + ']', { CancellationReasons: reasons })
  }
  return {}
}

// DynamoDB's item size: each attribute's name plus its value (strings and binaries by their bytes, a
// number by about one byte per two digits, containers 3 bytes plus their members).
function valueSize (v) {
  if (v == null || typeof v !== 'object') return 0
  if (v.S !== undefined) return Buffer.byteLength(v.S)
  if (v.N !== undefined) return Math.ceil(String(v.N).replace(/^-|\./g, '').length / 2) + 1
  if (v.B !== undefined) return Buffer.from(v.B, 'base64').length
  if (v.SS) return v.SS.reduce((n, x) => n + Buffer.byteLength(x), 0)
  if (v.NS) return v.NS.reduce((n, x) => n + Math.ceil(String(x).length / 2) + 1, 0)
  if (v.BS) return v.BS.reduce((n, x) => n + Buffer.from(x, 'base64').length, 0)
  if (v.L) return 3 + v.L.reduce((n, x) => n + 1 + valueSize(x), 0)
  if (v.M) return 3 + itemSize(v.M)
  return 1
}
function itemSize (item) {
  let n = 0
  for (const name of Object.keys(item || {})) n += Buffer.byteLength(name) + valueSize(item[name])
  return n
}
// The aggregate a transaction writes: whole items put, keys and values of updates, keys otherwise.
function transactionSize (items) {
  let n = 0
  for (const entry of items) {
    const e = entry || {}
    if (e.Put) n += itemSize(e.Put.Item)
    else if (e.Update) n += itemSize(e.Update.Key) + itemSize(e.Update.ExpressionAttributeValues)
    else n += itemSize((e.Delete || e.ConditionCheck || {}).Key)
  }
  return n
}

async function current (p) {
  return (await must('GetItem', { TableName: p.spec.TableName, Key: p.key, ConsistentRead: true })).Item
}

async function rollback (applied) {
  for (const p of applied.reverse()) {
    const table = p.spec.TableName
    if (p.old) await must('PutItem', { TableName: table, Item: p.old })
    else await must('DeleteItem', { TableName: table, Key: p.key })
  }
}

async function transactGetItems (req) {
  const items = req.TransactItems
  if (!Array.isArray(items) || items.length === 0 || items.length > MAX_TRANSACT_ITEMS) {
    throw validation('1 validation error detected: Value at \'transactItems\' failed to satisfy constraint: ' +
      'Member must have length less than or equal to 100 and greater than or equal to 1')
  }
  const responses = []
  for (const entry of items) {
    const g = entry.Get || {}
    const got = await must('GetItem', Object.assign({ ConsistentRead: true },
      pick(g, ['TableName', 'Key', 'ProjectionExpression', 'ExpressionAttributeNames'])))
    responses.push(got.Item ? { Item: got.Item } : {})
  }
  return { Responses: responses }
}

const ttl = new Map() // table name -> attribute name (enabled tables only)

async function updateTimeToLive (req) {
  const spec = req.TimeToLiveSpecification
  if (!spec || typeof spec.Enabled !== 'boolean' || !spec.AttributeName) {
    throw validation('1 validation error detected: Value null at \'timeToLiveSpecification\' failed to satisfy constraint: Member must not be null')
  }
  await must('DescribeTable', { TableName: req.TableName })
  const current = ttl.get(req.TableName)
  if (spec.Enabled && current) throw validation('TimeToLive is already enabled')
  if (!spec.Enabled && !current) throw validation('TimeToLive is already disabled')
  if (spec.Enabled) ttl.set(req.TableName, spec.AttributeName)
  else ttl.delete(req.TableName)
  return { TimeToLiveSpecification: { AttributeName: spec.AttributeName, Enabled: spec.Enabled } }
}

async function describeTimeToLive (req) {
  await must('DescribeTable', { TableName: req.TableName })
  const attr = ttl.get(req.TableName)
  return { TimeToLiveDescription: attr ? { TimeToLiveStatus: 'ENABLED', AttributeName: attr } : { TimeToLiveStatus: 'DISABLED' } }
}

const TOKEN_WINDOW_MS = 10 * 60 * 1000
const tokens = new Map() // client request token -> { fingerprint, at } of a successful TransactWriteItems

async function idempotentTransactWriteItems (req) {
  const token = req.ClientRequestToken
  if (token === undefined) return transactWriteItems(req)
  if (typeof token !== 'string' || token.length < 1 || token.length > 36) {
    throw validation('1 validation error detected: Value at \'clientRequestToken\' failed to satisfy constraint: ' +
      'Member must have length less than or equal to 36 and greater than or equal to 1')
  }
  const now = Date.now()
  for (const [t, seen] of tokens) if (now - seen.at > TOKEN_WINDOW_MS) tokens.delete(t)
  const fingerprint = JSON.stringify(Object.assign({}, req, { ClientRequestToken: undefined, ReturnConsumedCapacity: undefined }))
  const seen = tokens.get(token)
  if (seen) {
    if (seen.fingerprint === fingerprint) return {}
    throw new ApiError('com.amazonaws.dynamodb.v20120810#IdempotentParameterMismatchException',
      'The request uses the same client token as a previous, but non-identical request.')
  }
  const out = await transactWriteItems(req)
  tokens.set(token, { fingerprint, at: now })
  return out
}

// ---- TTL deletion and index lag (per table, by control request) --------------------------------
const settings = new Map() // table -> { ttlDelayMs, indexLagMs }
let defaultTtlDelayMs = -1
function settingsOf (table) {
  if (!settings.has(table)) settings.set(table, { ttlDelayMs: defaultTtlDelayMs, indexLagMs: 0 })
  return settings.get(table)
}

async function scanAll (table, extra) {
  const items = []
  let start
  do {
    const page = await must('Scan', Object.assign({ TableName: table, ExclusiveStartKey: start }, extra || {}))
    items.push(...(page.Items || []))
    start = page.LastEvaluatedKey
  } while (start)
  return items
}

// Deletes every item of a TTL-enabled table whose TTL lies ttlDelayMs in the past (DynamoDB ignores
// TTL values more than five years old, and so does this).
async function sweepExpired () {
  const now = Date.now()
  for (const [table, attribute] of ttl) {
    const delay = settingsOf(table).ttlDelayMs
    if (delay < 0) continue
    const expired = await scanAll(table, {
      FilterExpression: '#t <= :due AND #t >= :oldest',
      ExpressionAttributeNames: { '#t': attribute },
      ExpressionAttributeValues: { ':due': { N: String(Math.floor((now - delay) / 1000)) },
        ':oldest': { N: String(Math.floor(now / 1000) - 5 * 366 * 24 * 3600) } }
    })
    const schemas = new Map()
    for (const item of expired) {
      const key = await keyOf(schemas, table, item)
      await must('DeleteItem', { TableName: table, Key: key })
      await lagged(table, key)
    }
  }
}

// Index lag: a lagged table has a shadow table (same keys and indexes) that receives each write's
// outcome indexLagMs late; Query and Scan on an index of the table are answered from the shadow.
const lag = new Map() // table -> { ms, shadow, pending: [{ due, key, image }] }
const shadowName = table => table + '.lagging'

async function startLag (table, ms) {
  const d = (await must('DescribeTable', { TableName: table })).Table
  const shadow = shadowName(table)
  const create = { TableName: shadow, AttributeDefinitions: d.AttributeDefinitions, KeySchema: d.KeySchema,
    BillingMode: 'PAY_PER_REQUEST' }
  const strip = i => ({ IndexName: i.IndexName, KeySchema: i.KeySchema, Projection: i.Projection })
  if (d.GlobalSecondaryIndexes) create.GlobalSecondaryIndexes = d.GlobalSecondaryIndexes.map(strip)
  if (d.LocalSecondaryIndexes) create.LocalSecondaryIndexes = d.LocalSecondaryIndexes.map(strip)
  await must('CreateTable', create)
  await settled(shadow)
  for (const item of await scanAll(table)) await must('PutItem', { TableName: shadow, Item: item })
  lag.set(table, { ms, shadow, pending: [] })
}

async function stopLag (table) {
  const l = lag.get(table)
  if (!l) return
  lag.delete(table)
  await call('DeleteTable', { TableName: l.shadow })
}

// Records that the item under key changed: the shadow gets its present image (or loses it) later.
async function lagged (table, key) {
  const l = lag.get(table)
  if (!l) return
  const image = (await must('GetItem', { TableName: table, Key: key, ConsistentRead: true })).Item
  l.pending.push({ due: Date.now() + l.ms, key, image })
}

// Applies the writes due by now to the shadows (every pending one of {@code only}'s, if given).
async function catchUp (only) {
  const now = Date.now()
  for (const [table, l] of lag) {
    while (l.pending.length && (l.pending[0].due <= now || table === only)) {
      const { key, image } = l.pending.shift()
      if (image) await must('PutItem', { TableName: l.shadow, Item: image })
      else await must('DeleteItem', { TableName: l.shadow, Key: key })
    }
  }
}

// The items (table, key) a write request touches, for the lagging tables.
async function touched (op, payload) {
  const out = []
  const schemas = new Map()
  const add = async (table, keyOrItem) => { if (lag.has(table)) out.push([table, await keyOf(schemas, table, keyOrItem)]) }
  if (op === 'PutItem') await add(payload.TableName, payload.Item)
  if (op === 'UpdateItem' || op === 'DeleteItem') await add(payload.TableName, payload.Key)
  if (op === 'BatchWriteItem') {
    for (const [table, writes] of Object.entries(payload.RequestItems || {})) {
      for (const w of writes) await add(table, w.PutRequest ? w.PutRequest.Item : (w.DeleteRequest || {}).Key)
    }
  }
  if (op === 'TransactWriteItems') {
    for (const e of payload.TransactItems || []) {
      if (e.Put) await add(e.Put.TableName, e.Put.Item)
      if (e.Update) await add(e.Update.TableName, e.Update.Key)
      if (e.Delete) await add(e.Delete.TableName, e.Delete.Key)
    }
  }
  return out
}
const WRITES = new Set(['PutItem', 'UpdateItem', 'DeleteItem', 'BatchWriteItem', 'TransactWriteItems'])

async function control (req) {
  if (!req || typeof req.table !== 'string') throw validation('control: "table" is required')
  const table = req.table
  await must('DescribeTable', { TableName: table })
  const s = settingsOf(table)
  if (typeof req.ttlDelayMs === 'number') s.ttlDelayMs = req.ttlDelayMs
  if (typeof req.indexLagMs === 'number' && req.indexLagMs !== s.indexLagMs) {
    await stopLag(table)
    s.indexLagMs = Math.max(0, req.indexLagMs)
    if (s.indexLagMs > 0) await startLag(table, s.indexLagMs)
  }
  if (req.catchUp === true) await catchUp(table)
  return { table, ttlDelayMs: s.ttlDelayMs, indexLagMs: s.indexLagMs }
}

// dynalite's UpdateTable ignores GlobalSecondaryIndexUpdates. An UpdateTable that creates GSIs (and
// nothing else) is done here: the index is added to the table's description with the attribute
// definitions it needs, then filled from every item of the table, and answered ACTIVE (DynamoDB
// would show CREATING and backfill in the background; the front finishes before it answers).
async function updateTableCreatingIndexes (payload) {
  const creates = (payload.GlobalSecondaryIndexUpdates || []).map(u => u.Create).filter(Boolean)
  if (!creates.length || creates.length !== payload.GlobalSecondaryIndexUpdates.length ||
      payload.ProvisionedThroughput || payload.BillingMode) {
    return must('UpdateTable', payload)
  }
  const table = await new Promise((resolve, reject) => store.getTable(payload.TableName, false,
    (err, t) => err ? (err.statusCode ? reject(new PassThrough({ status: err.statusCode, data: err.body })) : reject(err)) : resolve(t)))
  const existing = new Set((table.GlobalSecondaryIndexes || []).map(i => i.IndexName))
  for (const c of creates) {
    if (existing.has(c.IndexName)) throw validation('Attempting to create an index which already exists')
  }
  const defined = new Map((table.AttributeDefinitions || []).map(a => [a.AttributeName, a.AttributeType]))
  for (const a of payload.AttributeDefinitions || []) defined.set(a.AttributeName, a.AttributeType)
  for (const c of creates) {
    for (const k of c.KeySchema) {
      if (!defined.has(k.AttributeName)) throw validation('Global Secondary Index key ' + k.AttributeName + ' has no attribute definition')
    }
  }
  table.AttributeDefinitions = [...defined].map(([AttributeName, AttributeType]) => ({ AttributeName, AttributeType }))
  const added = creates.map(c => ({
    IndexName: c.IndexName,
    IndexArn: table.TableArn + '/index/' + c.IndexName,
    KeySchema: c.KeySchema,
    Projection: c.Projection,
    IndexStatus: 'ACTIVE',
    IndexSizeBytes: 0,
    ItemCount: 0,
    ProvisionedThroughput: { ReadCapacityUnits: 0, WriteCapacityUnits: 0, NumberOfDecreasesToday: 0 }
  }))
  table.GlobalSecondaryIndexes = (table.GlobalSecondaryIndexes || []).concat(added)
  await new Promise((resolve, reject) => store.tableDb.put(payload.TableName, table, err => err ? reject(err) : resolve()))
  const only = Object.assign({}, table, { GlobalSecondaryIndexes: added, LocalSecondaryIndexes: [] })
  let start
  do {
    const page = await must('Scan', { TableName: payload.TableName, ExclusiveStartKey: start })
    for (const item of page.Items || []) {
      await new Promise((resolve, reject) => db.updateIndexes(store, only, null, item, err => err ? reject(err) : resolve()))
    }
    start = page.LastEvaluatedKey
  } while (start)
  return { TableDescription: table }
}

const OWN = {
  UpdateTable: updateTableCreatingIndexes,
  TransactWriteItems: idempotentTransactWriteItems,
  TransactGetItems: transactGetItems,
  UpdateTimeToLive: updateTimeToLive,
  DescribeTimeToLive: describeTimeToLive
}

// ---- the front -------------------------------------------------------------------------------
function reply (res, status, payload) {
  const body = Buffer.from(JSON.stringify(payload))
  res.writeHead(status, {
    'content-type': JSON_TYPE,
    'content-length': body.length,
    'x-amzn-requestid': crypto.randomUUID()
  })
  res.end(body)
}

// dynalite finishes creating, updating and deleting a table on a timer (0 ms here). The answer keeps
// the CREATING / UPDATING / DELETING status DynamoDB gives, but is sent only once the change is done,
// so the client's next DescribeTable sees the table ACTIVE (or gone), as it would a moment later.
const TABLE_CHANGES = new Set(['CreateTable', 'UpdateTable', 'DeleteTable'])
async function settled (table) {
  for (let i = 0; i < 1000; i++) {
    const d = await call('DescribeTable', { TableName: table })
    if (!d.ok || d.data.Table.TableStatus === 'ACTIVE') return
    await new Promise(resolve => setTimeout(resolve, 1))
  }
}

const OPERATIONS = new Set([...NATIVE, ...Object.keys(OWN)])

// dynalite predates ReturnValuesOnConditionCheckFailure (its validation drops the field): a refused
// single-item write that asked for ALL_OLD gets the item as it stood (read under the same mutex, so
// nothing came between).
const SINGLE_WRITES = new Set(['PutItem', 'UpdateItem', 'DeleteItem'])
async function withOldImage (op, payload, r) {
  if (!/ConditionalCheckFailedException$/.test(r.data.__type || '')) return
  const key = await keyOf(new Map(), payload.TableName, op === 'PutItem' ? payload.Item : payload.Key)
  const old = (await must('GetItem', { TableName: payload.TableName, Key: key, ConsistentRead: true })).Item
  if (old) r.data = Object.assign({}, r.data, { Item: old })
}

async function handle (req, body, res) {
  if (req.method === 'GET') {
    res.writeHead(200, { 'content-type': 'text/plain' })
    return res.end('healthy: dynamodb.us-east-1.amazonaws.com ')
  }
  await catchUp()
  if (req.method === 'POST' && req.url === '/portside/control') {
    try {
      return reply(res, 200, await control(JSON.parse(body.toString() || 'null')))
    } catch (e) {
      if (e instanceof PassThrough) return reply(res, e.status, e.body)
      return reply(res, 400, { __type: 'com.amazon.coral.validate#ValidationException', message: String(e.message) })
    }
  }
  const target = String(req.headers['x-amz-target'] || '')
  const op = target.startsWith(API + '.') ? target.slice(API.length + 1) : null
  if (req.method !== 'POST' || !op || !OPERATIONS.has(op)) {
    return reply(res, 400, { __type: 'com.amazon.coral.service#UnknownOperationException' })
  }
  let payload
  try { payload = JSON.parse(body.toString() || 'null') } catch {}
  if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) {
    return reply(res, 400, { __type: 'com.amazon.coral.service#SerializationException' })
  }
  try {
    const changes = WRITES.has(op) && lag.size ? await touched(op, payload) : []
    if (OWN[op]) {
      let out
      try {
        out = await OWN[op](payload)
      } finally {
        for (const [table, key] of changes) await lagged(table, key)
      }
      return reply(res, 200, out)
    }
    if ((op === 'Query' || op === 'Scan') && payload.IndexName && lag.has(payload.TableName)) {
      payload = Object.assign({}, payload, { TableName: lag.get(payload.TableName).shadow })
    }
    const oldImage = SINGLE_WRITES.has(op) && payload.ReturnValuesOnConditionCheckFailure === 'ALL_OLD'
    const r = await call(op, payload)
    for (const [table, key] of changes) await lagged(table, key)
    if (!r.ok && oldImage) await withOldImage(op, payload, r)
    if (r.ok && TABLE_CHANGES.has(op)) await settled(payload.TableName)
    if (r.ok && op === 'UpdateTable' && lag.has(payload.TableName)) {
      const ms = lag.get(payload.TableName).ms
      await stopLag(payload.TableName)
      await startLag(payload.TableName, ms)
    }
    if (op === 'DeleteTable' && r.ok) {
      ttl.delete(payload.TableName)
      settings.delete(payload.TableName)
      await stopLag(payload.TableName)
    }
    reply(res, r.status, r.data)
  } catch (e) {
    if (e instanceof PassThrough) return reply(res, e.status, e.body)
    if (e instanceof ApiError) return reply(res, 400, Object.assign({ __type: e.type, message: e.message }, e.extra))
    throw e
  }
}

function main () {
  const args = parseArgs(process.argv.slice(2))
  store = db.create({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 })
  const front = http.createServer((req, res) => {
    const chunks = []
    req.on('data', c => chunks.push(c))
    req.on('end', () => {
      exclusive(() => handle(req, Buffer.concat(chunks), res)).catch(err => {
        console.error(err)
        if (!res.headersSent) reply(res, 500, { __type: 'com.amazonaws.dynamodb.v20120810#InternalServerError', message: String(err.message || err) })
        else res.destroy()
      })
    })
  })
  front.keepAliveTimeout = 65000
  defaultTtlDelayMs = args.ttlDelayMs
  const sweep = setInterval(() => {
    exclusive(() => catchUp().then(sweepExpired)).catch(err => console.error('ttl sweep: ' + (err.message || err)))
  }, args.ttlSweepMs)
  sweep.unref()
  front.listen(args.port, args.host, () => console.log('listening on ' + args.host + ':' + front.address().port))
  // The store is in memory: nothing to flush, so stop at once.
  const stop = () => {
    front.close()
    process.exit(0)
  }
  process.on('SIGTERM', stop)
  process.on('SIGINT', stop)
}

main()
