import type { Organization } from '@/payload-types'

/** Demo units. `regionCode` is the official division code, resolved to the region when seeding. */
export type OrganizationSeed = Omit<Organization, 'id' | 'region' | 'approval' | 'createdAt' | 'updatedAt'> & {
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
  // Units that answered the 2020 case call, each with a demo submitter account (see users.ts); a city's poverty
  // alleviation office submits the cases of its counties
  {
    key: 'panxi',
    name: '福鼎市磻溪镇人民政府',
    kind: 'local-government',
    regionCode: '350982',
    contactPerson: '雷春燕',
    phone: '0593-7300000',
    email: 'panxi@fuding.example.cn',
  },
  {
    key: 'fuqing',
    name: '福清市人民政府办公室',
    kind: 'local-government',
    regionCode: '350181',
    contactPerson: '何志强',
    phone: '0591-85200000',
    email: 'office@fuqing.example.cn',
  },
  {
    key: 'nanping',
    name: '南平市扶贫开发办公室',
    kind: 'government-department',
    regionCode: '350700',
    contactPerson: '江海涛',
    phone: '0599-8800000',
    email: 'fpb@nanping.example.cn',
  },
  {
    key: 'longyan',
    name: '龙岩市扶贫开发办公室',
    kind: 'government-department',
    regionCode: '350800',
    contactPerson: '罗文斌',
    phone: '0597-2200000',
    email: 'fpb@longyan.example.cn',
  },
  {
    key: 'jianning',
    name: '建宁县人民政府办公室',
    kind: 'local-government',
    regionCode: '350430',
    contactPerson: '邱慧敏',
    phone: '0598-3900000',
    email: 'office@jianning.example.cn',
  },
  {
    key: 'changji',
    name: '昌吉市人民政府办公室',
    kind: 'local-government',
    regionCode: '652301',
    contactPerson: '马晓军',
    phone: '0994-2300000',
    email: 'office@changji.example.cn',
  },
]
