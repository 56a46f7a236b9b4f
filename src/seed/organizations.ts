import type { Organization } from '@/payload-types'

/** Demo units. `regionCode` is the official division code, resolved to the region when seeding. */
export type OrganizationSeed = Omit<Organization, 'id' | 'region' | 'createdAt' | 'updatedAt'> & {
  key: string
  regionCode: string
}

export const demoOrganizations: OrganizationSeed[] = [
  {
    key: 'unitA',
    name: '永安市人民政府办公室',
    kind: 'local-government',
    regionCode: '350481',
    contactPerson: '林晓华',
    phone: '0598-3600000',
    email: 'office@yongan.example.cn',
  },
  {
    key: 'unitB',
    name: '寿宁县下党乡人民政府',
    kind: 'local-government',
    regionCode: '350924',
    contactPerson: '吴建平',
    phone: '0593-5500000',
    email: 'xiadang@shouning.example.cn',
  },
  {
    key: 'portal',
    name: '东南网',
    kind: 'media',
    regionCode: '350100',
    contactPerson: '陈编辑',
    phone: '0591-87000000',
    email: 'news@portal.example.cn',
  },
]
