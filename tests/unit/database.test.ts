import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { chooseDatabase } from '@/config/database'

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
