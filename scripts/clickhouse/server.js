#!/usr/bin/env node
// ClickHouse HTTP interface over chDB (the ClickHouse engine, in-process), for tests.
//
// Implements the part of ClickHouse's HTTP protocol that clients and the JDBC driver use:
//   GET /ping                        -> "Ok.\n"
//   GET|POST /?query=...             -> the query from the URL, or from the body, or the URL query
//                                       followed by the body as INSERT data
//   param_<name>=<value>             -> bound to {name:Type} placeholders
//   default_format, X-ClickHouse-Format, FORMAT in the query; database; query_id;
//   other URL parameters are applied as settings for that query.
// Errors answer HTTP 500 with "Code: N. DB::Exception: ..." and X-ClickHouse-Exception-Code.
// Requests run one at a time on one persistent chDB session, so tables survive between requests.
//
// Usage: node server.js --port 8123 --data <dir> [--verbose]
'use strict'

process.env.TZ = 'UTC'
const http = require('http')
const zlib = require('zlib')
const path = require('path')
const crypto = require('crypto')
const { Session } = require('chdb')
// The raw insert entry point takes any "INSERT ... FORMAT X" prefix plus the body bytes as they are.
const native = require(path.join(path.dirname(require.resolve('chdb')), 'dist', 'loader.js')).loadNative()

// URL parameters that are protocol options, not settings.
const NOT_SETTINGS = new Set(['query', 'database', 'default_format', 'query_id', 'session_id',
  'session_timeout', 'session_check', 'compress', 'decompress', 'user', 'password', 'quota_key',
  'buffer_size', 'wait_end_of_query', 'enable_http_compression', 'http_zlib_compression_level',
  'http_native_compression_disable_checksumming_on_decompress', 'send_progress_in_http_headers',
  'http_headers_progress_interval_ms', 'add_http_cors_header', 'client_protocol_version',
  'default_session_timeout', 'role', 'stacktrace'])

const CONTENT_TYPES = {
  TabSeparated: 'text/tab-separated-values; charset=UTF-8',
  TSV: 'text/tab-separated-values; charset=UTF-8',
  CSV: 'text/csv; charset=UTF-8',
  JSON: 'application/json; charset=UTF-8',
  JSONEachRow: 'application/x-ndjson; charset=UTF-8',
  JSONCompact: 'application/json; charset=UTF-8'
}

function parseArgs (argv) {
  const args = { port: 8123, host: '127.0.0.1', data: null, verbose: false }
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--port') args.port = Number(argv[++i])
    else if (argv[i] === '--host') args.host = argv[++i]
    else if (argv[i] === '--data') args.data = argv[++i]
    else if (argv[i] === '--verbose') args.verbose = true
    else throw new Error('unknown argument: ' + argv[i])
  }
  if (!args.data) throw new Error('--data <dir> is required')
  return args
}

// HTTP parameter values arrive in ClickHouse's escaped (TSV) form; chDB escapes them again.
function unescapeParam (v) {
  if (v === '\\N') return null
  const map = { b: '\b', f: '\f', r: '\r', n: '\n', t: '\t', 0: '\0', a: '\x07', v: '\v' }
  return v.replace(/\\(.)/gs, (_, c) => (c in map ? map[c] : c))
}

function quoteSetting (v) {
  return /^-?\d+(\.\d+)?$/.test(v) ? v : "'" + v.replace(/\\/g, '\\\\').replace(/'/g, "\\'") + "'"
}

function formatOf (sql) {
  const m = /\bFORMAT\s+([A-Za-z0-9_]+)\s*;?\s*$/i.exec(sql)
  return m ? m[1] : null
}

function decodeBody (req, body) {
  const enc = String(req.headers['content-encoding'] || '').toLowerCase()
  if (enc === 'gzip') return zlib.gunzipSync(body)
  if (enc === 'deflate') return zlib.inflateSync(body)
  if (enc === 'br') return zlib.brotliDecompressSync(body)
  return body
}

let tail = Promise.resolve()
function exclusive (fn) {
  const run = tail.then(fn, fn)
  tail = run.catch(() => {})
  return run
}

function makeHandler (session, displayName) {
  let currentDb = null

  async function run (sql, opts) {
    return session.queryAsync(sql, opts)
  }

  async function useDatabase (db) {
    if (db === currentDb) return
    await run('USE ' + '`' + db.replace(/`/g, '\\`') + '`')
    currentDb = db
  }

  return async function handle (req, res, rawBody) {
    const url = new URL(req.url, 'http://localhost')
    if (url.pathname === '/ping' || (url.pathname === '/' && req.method === 'GET' && !url.searchParams.has('query'))) {
      res.writeHead(200, { 'Content-Type': 'text/plain; charset=UTF-8' })
      return res.end('Ok.\n')
    }
    const p = url.searchParams
    const queryId = p.get('query_id') || crypto.randomUUID()
    const headers = {
      'X-ClickHouse-Query-Id': queryId,
      'X-ClickHouse-Server-Display-Name': displayName,
      'X-ClickHouse-Timezone': 'UTC'
    }
    try {
      const body = decodeBody(req, rawBody)
      let sql = p.get('query')
      let data = null
      if (sql == null) sql = body.toString('utf8')
      else if (body.length) data = body
      if (!sql.trim()) throw Object.assign(new Error('Code: 62. DB::Exception: Empty query. (SYNTAX_ERROR)'), {})

      const params = {}
      const settings = []
      for (const [k, v] of p) {
        if (k.startsWith('param_')) params[k.slice(6)] = unescapeParam(v)
        else if (!NOT_SETTINGS.has(k) && /^[A-Za-z_][A-Za-z0-9_]*$/.test(k)) settings.push(k + ' = ' + quoteSetting(v))
      }
      const database = req.headers['x-clickhouse-database'] || p.get('database') || 'default'
      const format = formatOf(data ? '' : sql) || req.headers['x-clickhouse-format'] || p.get('default_format') || 'TabSeparated'

      await useDatabase(database)
      for (const s of settings) await run('SET ' + s)
      const started = process.hrtime.bigint()
      let out, summary
      try {
        if (data) {
          // The URL holds "INSERT ... FORMAT X" (or VALUES), the body holds the rows.
          const r = await native.InsertRawAsyncConnection(session.connection, sql.trim(), data, false)
          out = Buffer.alloc(0)
          summary = { read_rows: r.rowsWritten, read_bytes: data.length, written_rows: r.rowsWritten, written_bytes: r.bytesWritten || data.length }
        } else {
          const r = Object.keys(params).length
            ? await session.queryBindAsync(sql, params, { format })
            : await session.queryAsync(sql, { format })
          out = Buffer.from(r.bytes())
          const isInsert = /^\s*INSERT\b/i.test(sql)
          summary = { read_rows: r.rowsRead, read_bytes: r.bytesRead, written_rows: isInsert ? r.rowsRead : 0, written_bytes: isInsert ? r.bytesRead : 0 }
        }
      } finally {
        if (/^\s*USE\b/i.test(sql)) currentDb = null
        for (const s of settings) await run('SET ' + s.split(' = ')[0] + ' = DEFAULT').catch(() => {})
      }
      const elapsed = (process.hrtime.bigint() - started).toString()
      const s = Object.assign({ read_rows: 0, read_bytes: 0, written_rows: 0, written_bytes: 0 }, summary)
      headers['X-ClickHouse-Summary'] = JSON.stringify({
        read_rows: String(s.read_rows || 0),
        read_bytes: String(s.read_bytes || 0),
        written_rows: String(s.written_rows || 0),
        written_bytes: String(s.written_bytes || 0),
        total_rows_to_read: String(s.read_rows || 0),
        result_rows: String(data ? 0 : s.read_rows || 0),
        result_bytes: String(out.length),
        elapsed_ns: elapsed
      })
      headers['X-ClickHouse-Format'] = format
      headers['Content-Type'] = CONTENT_TYPES[format] || 'application/octet-stream'
      headers['Content-Length'] = out.length
      res.writeHead(200, headers)
      res.end(out)
    } catch (e) {
      let msg = String((e && e.message) || e).trim()
      const m = /^Code: (\d+)\./.exec(msg)
      const code = m ? m[1] : '1001'
      if (!m) msg = 'Code: 1001. DB::Exception: ' + msg
      const body = Buffer.from(msg + '\n')
      headers['X-ClickHouse-Exception-Code'] = code
      headers['Content-Type'] = 'text/plain; charset=UTF-8'
      headers['Content-Length'] = body.length
      res.writeHead(500, headers)
      res.end(body)
    }
  }
}

async function main () {
  const args = parseArgs(process.argv.slice(2))
  const session = new Session(path.resolve(args.data))
  await session.queryAsync("SET session_timezone = 'UTC'")
  const version = (await session.queryAsync('SELECT version()', { format: 'TabSeparated' })).text().trim()
  const handle = makeHandler(session, 'chdb-' + version)
  const server = http.createServer((req, res) => {
    const chunks = []
    req.on('data', c => chunks.push(c))
    req.on('end', () => {
      if (args.verbose) console.error(req.method, req.url, JSON.stringify(Buffer.concat(chunks).subarray(0, 200).toString()))
      exclusive(() => handle(req, res, Buffer.concat(chunks))).catch(err => {
        console.error(err)
        if (!res.headersSent) { res.writeHead(500); res.end('Code: 1001. DB::Exception: ' + err.message + '\n') } else res.destroy()
      })
    })
  })
  server.keepAliveTimeout = 65000
  server.listen(args.port, args.host, () => console.log('listening on ' + args.host + ':' + server.address().port + ' (ClickHouse ' + version + ' via chDB)'))
  const stop = () => {
    server.close()
    exclusive(() => session.close()).finally(() => process.exit(0))
    setTimeout(() => process.exit(0), 3000).unref()
  }
  process.on('SIGTERM', stop)
  process.on('SIGINT', stop)
}

main().catch(err => { console.error(err); process.exit(1) })
