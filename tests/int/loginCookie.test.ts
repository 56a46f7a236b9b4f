import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import type { RestClient } from '../helpers/rest'
import type { Cast } from '../helpers/seedUsers'
import { TEST_PASSWORD } from '../helpers/seedUsers'
import type { TestApp } from '../helpers/startPayload'
import { startWithCast } from '../helpers/startWithCast'

// Set before the config loads: the site as production publishes it, admin and API on one host, readers on another.
vi.hoisted(() => {
  process.env.SERVER_URL = 'https://zt.example.cn/'
  process.env.SITE_URL = 'https://www.example.cn'
})

let app: TestApp
let rest: RestClient
let cast: Cast
let cookie: string
let setCookie: string

beforeAll(async () => {
  ;({ app, rest, cast } = await startWithCast())
  const login = await rest.post('/users/login', { json: { email: 'editor@test.local', password: TEST_PASSWORD } })
  expect(login.status).toBe(200)
  setCookie = login.headers.get('set-cookie') ?? ''
  cookie = `payload-token=${login.data.token}`
})
afterAll(() => app?.close())

/** The editor renames itself with nothing but the login cookie, as a page in a browser would. */
const renameWithCookie = (name: string, origin: string) =>
  rest.patch(`/users/${cast.users.editor.id}`, { json: { name }, headers: { Cookie: cookie, Origin: origin } })

const storedName = async () =>
  (await app.payload.findByID({ collection: 'users', id: cast.users.editor.id, depth: 0 })).name

describe('the login cookie on a site served over https', () => {
  it('is sent Secure, HttpOnly and SameSite=Lax', () => {
    expect(setCookie).toMatch(/^payload-token=/)
    expect(setCookie).toMatch(/;\s*Secure/i)
    expect(setCookie).toMatch(/;\s*HttpOnly/i)
    expect(setCookie).toMatch(/;\s*SameSite=Lax/i)
  })

  it('writes nothing for a page of another site that sends it along', async () => {
    const res = await renameWithCookie('被别的网站改名', 'https://evil.example')
    expect(res.status).toBe(403)
    expect(await storedName()).toBe('editor')
  })

  it('is honoured from the admin and from the reader site with its portal', async () => {
    expect((await renameWithCookie('后台改名', 'https://zt.example.cn')).status).toBe(200)
    expect(await storedName()).toBe('后台改名')
    expect((await renameWithCookie('门户改名', 'https://www.example.cn')).status).toBe(200)
    expect(await storedName()).toBe('门户改名')
  })

  it('is not honoured from a client that names no origin and no same-site fetch', async () => {
    const res = await rest.patch(`/users/${cast.users.editor.id}`, {
      json: { name: '脚本改名' },
      headers: { Cookie: cookie },
    })
    expect(res.status).toBe(403)
    expect(await storedName()).not.toBe('脚本改名')
  })
})
