import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { chooseDatabase, chooseReadReplicas } from '@/config/database'

describe('chooseDatabase', () => {
  it('uses the embedded SQLite file data/newsroom.db when DATABASE_URI is unset or blank', () => {
    for (const uri of [undefined, '', '  ']) {
      expect(chooseDatabase(uri, 'production')).toEqual({ engine: 'sqlite', file: path.resolve('data/newsroom.db') })
    }
  })

  it('keeps `next dev` (which pushes schema changes) on a file of its own', () => {
    expect(chooseDatabase(undefined, 'development')).toEqual({
      engine: 'sqlite',
      file: path.resolve('data/newsroom-dev.db'),
    })
    expect(chooseDatabase('file:/srv/x.db', 'development')).toEqual({ engine: 'sqlite', file: '/srv/x.db' })
  })

  it('uses the file a file: URI names', () => {
    expect(chooseDatabase('file:/srv/news.db')).toEqual({ engine: 'sqlite', file: '/srv/news.db' })
    expect(chooseDatabase('file:./tmp/x.db')).toEqual({ engine: 'sqlite', file: path.resolve('tmp/x.db') })
  })

  it('uses MongoDB for mongodb:// and mongodb+srv:// URIs', () => {
    expect(chooseDatabase('mongodb://127.0.0.1/news')).toEqual({ engine: 'mongodb', url: 'mongodb://127.0.0.1/news' })
    expect(chooseDatabase('mongodb+srv://u:p@cluster.example.net/news').engine).toBe('mongodb')
  })

  it('uses PostgreSQL for postgres:// and postgresql:// URIs', () => {
    expect(chooseDatabase('postgres://news@db:5432/news')).toEqual({
      engine: 'postgres',
      url: 'postgres://news@db:5432/news',
    })
    expect(chooseDatabase('postgresql://news@db/news').engine).toBe('postgres')
  })

  it('refuses anything else, without echoing credentials', () => {
    expect(() => chooseDatabase('mysql://user:hunter2@db/news')).toThrow(/DATABASE_URI must be/)
    expect(() => chooseDatabase('mysql://user:hunter2@db/news')).not.toThrow(/hunter2/)
    expect(() => chooseDatabase('file:')).toThrow(/needs a path/)
  })
})

describe('chooseReadReplicas', () => {
  const postgres = chooseDatabase('postgres://news@primary/news')

  it('reads none when DATABASE_REPLICA_URIS is unset or blank', () => {
    for (const value of [undefined, '', ' , ']) expect(chooseReadReplicas(value, postgres)).toEqual([])
  })

  it('reads the PostgreSQL replicas it lists, separated by commas', () => {
    expect(chooseReadReplicas(' postgres://news@r1/news,postgresql://news@r2/news ', postgres)).toEqual([
      'postgres://news@r1/news',
      'postgresql://news@r2/news',
    ])
  })

  it('stops the start when the primary is not PostgreSQL, or a replica is not, without echoing credentials', () => {
    expect(() => chooseReadReplicas('postgres://news@r1/news', chooseDatabase('file:/srv/news.db'))).toThrow(
      /not PostgreSQL/,
    )
    expect(() => chooseReadReplicas('postgres://news@r1/news,mysql://u:secret@r2/news', postgres)).toThrow(/mysql:…/)
    expect(() => chooseReadReplicas('mysql://u:secret@r2/news', postgres)).not.toThrow(/secret/)
  })
})
