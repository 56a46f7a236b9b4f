import type { ArrayField, Config, DateField } from 'payload'
import { describe, expect, it } from 'vitest'

import { chineseAdminFields } from '@/admin/chineseAdminFields'
import { label } from '@/i18n/label'

const config = {
  collections: [
    {
      slug: 'events',
      fields: [
        {
          type: 'tabs',
          tabs: [
            {
              label: 'x',
              fields: [
                {
                  name: 'hosts',
                  type: 'array',
                  labels: { singular: label('主播', 'Host'), plural: label('主播', 'Hosts') },
                  fields: [{ type: 'row', fields: [{ name: 'name', type: 'text' }] }],
                },
                { name: 'counters', type: 'array', fields: [{ name: 'value', type: 'number' }] },
                { name: 'day', type: 'date' },
                { name: 'startsAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
              ],
            },
          ],
        },
      ],
    },
  ],
} as unknown as Config

const fieldsOf = (result: Config) =>
  (result.collections![0].fields[0] as { tabs: { fields: unknown[] }[] }).tabs[0].fields

describe('the admin in Chinese, field by field', () => {
  it('gives every array row a Chinese heading, named by the row when it can be', async () => {
    const [hosts, counters] = fieldsOf(await chineseAdminFields(config)) as ArrayField[]
    expect(hosts.admin?.components?.RowLabel).toMatchObject({
      clientProps: { noun: { zh: '主播' }, titleField: 'name' },
    })
    // No labels of its own: Payload would have said "Counter 01"
    expect(counters.admin?.components?.RowLabel).toMatchObject({ clientProps: { noun: { zh: '条目' } } })
  })

  it('writes dates as yyyy-MM-dd, with HH:mm where the time matters', async () => {
    const [, , day, startsAt] = fieldsOf(await chineseAdminFields(config)) as DateField[]
    expect(day.admin?.date?.displayFormat).toBe('yyyy-MM-dd')
    expect(startsAt.admin?.date?.displayFormat).toBe('yyyy-MM-dd HH:mm')
  })
})
