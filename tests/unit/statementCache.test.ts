import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createClient, type Client } from '@libsql/client'
import { installStatementCache } from '../../src/db/statementCache'

/**
 * The cache sits under @libsql/client, the driver Payload's SQLite adapter uses, so it is tested through that
 * client: the same statement text is served from the cache with fresh bound values each time, and a schema change
 * sent through the connection empties its cache, so rows read afterwards carry the new columns.
 */
describe('prepared-statement cache for the embedded SQLite driver', () => {
  let dir: string
  let client: Client

  beforeAll(async () => {
    installStatementCache()
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'statement-cache-'))
    client = createClient({ url: `file:${path.join(dir, 'test.db')}` })
    await client.execute('create table notes (id integer primary key, body text)')
  })

  afterAll(() => {
    client.close()
    fs.rmSync(dir, { recursive: true, force: true })
  })

  test('a repeated statement binds each call its own values', async () => {
    for (const body of ['first', 'second', 'third']) await client.execute({ sql: 'insert into notes (body) values (?)', args: [body] })
    const read = async (id: number) => (await client.execute({ sql: 'select body from notes where id = ?', args: [id] })).rows[0]?.body
    expect(await read(1)).toBe('first')
    expect(await read(3)).toBe('third')
    expect(await read(2)).toBe('second')
    expect(await read(4)).toBeUndefined()
  })

  test('a statement that returns nothing still runs from the cache', async () => {
    const update = (body: string, id: number) => client.execute({ sql: 'update notes set body = ? where id = ?', args: [body, id] })
    expect((await update('changed', 1)).rowsAffected).toBe(1)
    expect((await update('again', 2)).rowsAffected).toBe(1)
    const rows = (await client.execute('select body from notes order by id')).rows.map((row) => row.body)
    expect(rows).toEqual(['changed', 'again', 'third'])
  })

  test('rows read after a schema change carry the new columns', async () => {
    const all = 'select * from notes where id = ?'
    expect(Object.keys((await client.execute({ sql: all, args: [1] })).rows[0])).toEqual(['id', 'body'])
    await client.execute("alter table notes add column tag text default 'none'")
    const row = (await client.execute({ sql: all, args: [1] })).rows[0]
    expect(Object.keys(row)).toEqual(['id', 'body', 'tag'])
    expect(row.tag).toBe('none')
  })
})
