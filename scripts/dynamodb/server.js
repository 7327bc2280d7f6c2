#!/usr/bin/env node
// DynamoDB-protocol test server.
//
// An HTTP front on 127.0.0.1:<port> over dynalite (in-memory). Every request is proxied to
// dynalite unchanged, except the operations dynalite lacks, which are implemented here on top of
// dynalite's single-item API:
//   TransactWriteItems, TransactGetItems, UpdateTimeToLive, DescribeTimeToLive.
// All requests run through one mutex, so nothing interleaves with a transaction.
// Like DynamoDB Local, TTL is recorded but items never expire.
//
// Usage: node server.js --port 8000
'use strict'

const http = require('http')
const crypto = require('crypto')
const dynalite = require('dynalite')

const API = 'DynamoDB_20120810'
const JSON_TYPE = 'application/x-amz-json-1.0'
const MAX_TRANSACT_ITEMS = 100

function parseArgs (argv) {
  const args = { port: 8000, host: '127.0.0.1' }
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--port') args.port = Number(argv[++i])
    else if (argv[i] === '--host') args.host = argv[++i]
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
const agent = new http.Agent({ keepAlive: true })
let backendPort

function forward (method, path, headers, body) {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: backendPort, method, path, headers, agent }, res => {
      const chunks = []
      res.on('data', c => chunks.push(c))
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }))
      res.on('error', reject)
    })
    req.on('error', reject)
    req.end(body)
  })
}

// Calls one dynalite operation with the caller's auth headers (dynalite checks their shape only).
async function call (ctx, op, payload) {
  const body = Buffer.from(JSON.stringify(payload))
  const headers = {
    'content-type': JSON_TYPE,
    'x-amz-target': API + '.' + op,
    'content-length': body.length,
    authorization: ctx.authorization || 'AWS4-HMAC-SHA256 Credential=local/20000101/us-east-1/dynamodb/aws4_request, SignedHeaders=host, Signature=0',
    'x-amz-date': ctx.date || '20000101T000000Z'
  }
  const res = await forward('POST', '/', headers, body)
  const data = res.body.length ? JSON.parse(res.body.toString()) : {}
  return { ok: res.status === 200, status: res.status, data, raw: res }
}

// An error from dynalite, to be returned as dynalite returned it.
class PassThrough extends Error {
  constructor (res) { super('dynalite error'); this.res = res }
}

async function must (ctx, op, payload) {
  const r = await call(ctx, op, payload)
  if (!r.ok) throw new PassThrough(r.raw)
  return r.data
}

// ---- front-implemented operations ----------------------------------------------------------
class ApiError extends Error {
  constructor (type, message, extra) { super(message); this.type = type; this.extra = extra }
}
const validation = msg => new ApiError('com.amazon.coral.validate#ValidationException', msg)

async function keyOf (ctx, schemas, table, item) {
  if (!schemas.has(table)) {
    const d = await must(ctx, 'DescribeTable', { TableName: table })
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

async function transactWriteItems (ctx, req) {
  const items = req.TransactItems
  if (!Array.isArray(items) || items.length === 0 || items.length > MAX_TRANSACT_ITEMS) {
    throw validation('1 validation error detected: Value at \'transactItems\' failed to satisfy constraint: ' +
      'Member must have length less than or equal to 100 and greater than or equal to 1')
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
    const key = await keyOf(ctx, schemas, spec.TableName, kind === 'Put' ? spec.Item : spec.Key)
    const id = spec.TableName + '\u0000' + JSON.stringify(Object.keys(key).sort().map(k => [k, key[k]]))
    if (seen.has(id)) throw validation('Transaction request cannot include multiple operations on one item')
    seen.add(id)
    plan.push({ kind, spec, key })
  }

  // Remember old images, then apply every op; all conditions are evaluated, as DynamoDB does.
  for (const p of plan) {
    const got = await must(ctx, 'GetItem', { TableName: p.spec.TableName, Key: p.key, ConsistentRead: true })
    p.old = got.Item
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
      Object.assign(payload, pick(s, CONDITION))
      const r = await call(ctx, op, payload)
      if (r.ok) {
        applied.push(p)
        reasons.push({ Code: 'None' })
      } else if (/ConditionalCheckFailedException$/.test(r.data.__type || '')) {
        failed = true
        const reason = { Code: 'ConditionalCheckFailed', Message: 'The conditional request failed' }
        if (s.ReturnValuesOnConditionCheckFailure === 'ALL_OLD' && p.old) reason.Item = p.old
        reasons.push(reason)
      } else {
        throw new PassThrough(r.raw)
      }
    }
  } catch (e) {
    await rollback(ctx, applied)
    throw e
  }
  if (failed) {
    await rollback(ctx, applied)
    throw new ApiError('com.amazonaws.dynamodb.v20120810#TransactionCanceledException',
      'Transaction cancelled, please refer cancellation reasons for specific reasons [' +
      reasons.map(r => r.Code).join(', ') + ']', { CancellationReasons: reasons })
  }
  return {}
}

async function rollback (ctx, applied) {
  for (const p of applied.reverse()) {
    const table = p.spec.TableName
    if (p.old) await must(ctx, 'PutItem', { TableName: table, Item: p.old })
    else await must(ctx, 'DeleteItem', { TableName: table, Key: p.key })
  }
}

async function transactGetItems (ctx, req) {
  const items = req.TransactItems
  if (!Array.isArray(items) || items.length === 0 || items.length > MAX_TRANSACT_ITEMS) {
    throw validation('1 validation error detected: Value at \'transactItems\' failed to satisfy constraint: ' +
      'Member must have length less than or equal to 100 and greater than or equal to 1')
  }
  const responses = []
  for (const entry of items) {
    const g = entry.Get || {}
    const got = await must(ctx, 'GetItem', Object.assign({ ConsistentRead: true },
      pick(g, ['TableName', 'Key', 'ProjectionExpression', 'ExpressionAttributeNames'])))
    responses.push(got.Item ? { Item: got.Item } : {})
  }
  return { Responses: responses }
}

const ttl = new Map() // table name -> attribute name (enabled tables only)

async function updateTimeToLive (ctx, req) {
  const spec = req.TimeToLiveSpecification
  if (!spec || typeof spec.Enabled !== 'boolean' || !spec.AttributeName) {
    throw validation('1 validation error detected: Value null at \'timeToLiveSpecification\' failed to satisfy constraint: Member must not be null')
  }
  await must(ctx, 'DescribeTable', { TableName: req.TableName })
  const current = ttl.get(req.TableName)
  if (spec.Enabled && current) throw validation('TimeToLive is already enabled')
  if (!spec.Enabled && !current) throw validation('TimeToLive is already disabled')
  if (spec.Enabled) ttl.set(req.TableName, spec.AttributeName)
  else ttl.delete(req.TableName)
  return { TimeToLiveSpecification: { AttributeName: spec.AttributeName, Enabled: spec.Enabled } }
}

async function describeTimeToLive (ctx, req) {
  await must(ctx, 'DescribeTable', { TableName: req.TableName })
  const attr = ttl.get(req.TableName)
  return { TimeToLiveDescription: attr ? { TimeToLiveStatus: 'ENABLED', AttributeName: attr } : { TimeToLiveStatus: 'DISABLED' } }
}

const OWN = {
  TransactWriteItems: transactWriteItems,
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

function relay (res, r) {
  res.writeHead(r.status, r.headers)
  res.end(r.body)
}

async function handle (req, body, res) {
  const target = String(req.headers['x-amz-target'] || '')
  const op = target.startsWith(API + '.') ? target.slice(API.length + 1) : null
  if (req.method === 'POST' && op && OWN[op]) {
    const ctx = { authorization: req.headers.authorization, date: req.headers['x-amz-date'] || req.headers.date }
    try {
      let payload
      try { payload = JSON.parse(body.toString() || '{}') } catch {
        return reply(res, 400, { __type: 'com.amazon.coral.service#SerializationException' })
      }
      reply(res, 200, await OWN[op](ctx, payload))
    } catch (e) {
      if (e instanceof PassThrough) return relay(res, e.res)
      if (e instanceof ApiError) return reply(res, 400, Object.assign({ __type: e.type, message: e.message }, e.extra))
      throw e
    }
    return
  }
  const r = await forward(req.method, req.url, req.headers, body)
  if (op === 'DeleteTable' && r.status === 200) {
    try { ttl.delete(JSON.parse(body.toString()).TableName) } catch {}
  }
  relay(res, r)
}

function main () {
  const args = parseArgs(process.argv.slice(2))
  const engine = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 })
  engine.listen(0, '127.0.0.1', () => {
    backendPort = engine.address().port
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
    front.listen(args.port, args.host, () => console.log('listening on ' + args.host + ':' + front.address().port))
    // The store is in memory: nothing to flush, so stop at once.
    const stop = () => {
      front.close()
      agent.destroy()
      process.exit(0)
    }
    process.on('SIGTERM', stop)
    process.on('SIGINT', stop)
  })
}

main()
