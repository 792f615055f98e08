/** Reference 1: the HTTP stack's limit here: a bare Node server answering a fixed JSON body. */
import { createServer } from 'node:http'

const body = Buffer.from(process.env.BENCH_BODY ?? '{}')
createServer((_req, res) => {
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length })
  res.end(body)
}).listen(Number(process.env.PORT), '127.0.0.1', () => console.log('ready'))
